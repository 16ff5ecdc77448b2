/**
 * Boot of the browser preview (preview.html): creates the host (window.ifoPreviewHost, see
 * src/taskpane/previewHost.ts), loads Exempelkommun (dist/web/exempelkommun.xlsx, made at build time by
 * scripts/build-example-workbook.mjs and listed in dist/web/exempelkommun/index.json) or, when the build has none, a new workbook — then renders the viewer and
 * the pane's iframe. `?workbook=new` starts on a new, empty workbook instead; `?lang=en` shows both in English.
 */
import { createRoot } from 'react-dom/client';
import { setLocale, t } from '../core/strings';
import { PREVIEW_HOST_GLOBAL } from '../taskpane/previewHost';
import { PreviewHostImpl } from './host';
import { PreviewApp } from './PreviewApp';
import { newWorkbook, openWorkbook } from './workbookModule';

const EXAMPLE_NAME = 'Exempelkommun.xlsx';

const host = new PreviewHostImpl({ baseUrl: window.location.href });
(window as unknown as Record<string, unknown>)[PREVIEW_HOST_GLOBAL] = host;

/** Loads Exempelkommun; false (and a new workbook) when the build has none. */
async function loadExample(): Promise<boolean> {
  const bytes = await host.exampleWorkbook();
  if (bytes) {
    host.setWorkbook(await openWorkbook(bytes, EXAMPLE_NAME), EXAMPLE_NAME);
    return true;
  }
  host.setWorkbook(await newWorkbook(t('pane.preview.newWorkbookFile')), t('pane.preview.newWorkbookFile'));
  return false;
}

async function boot(): Promise<void> {
  const lang = new URLSearchParams(window.location.search).get('lang') === 'en' ? 'en' : 'sv';
  setLocale(lang);
  document.documentElement.lang = lang;
  const el = document.getElementById('root');
  if (!el) throw new Error('preview.html has no #root');
  const root = createRoot(el);
  let startNotice: string | null = null;
  try {
    if (new URLSearchParams(window.location.search).get('workbook') === 'new') {
      host.setWorkbook(await newWorkbook(t('pane.preview.newWorkbookFile')), t('pane.preview.newWorkbookFile'));
    } else if (!(await loadExample())) {
      startNotice = t('pane.preview.exampleMissing');
    }
  } catch (e) {
    startNotice = t('pane.preview.workbookUnavailable', { reason: e instanceof Error ? e.message : String(e) });
    console.error('preview: workbook failed', e);
  }
  root.render(
    <PreviewApp
      host={host}
      startNotice={startNotice}
      openFile={async (bytes, name) => host.setWorkbook(await openWorkbook(bytes, name), name)}
      restoreExample={async () => {
        await loadExample();
      }}
    />,
  );
}

void boot();

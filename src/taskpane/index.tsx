/**
 * Boot of the task pane (taskpane.html).
 * - In the browser preview (`?host=preview`) the workbook lives in the parent window: the port comes from
 *   `window.parent.ifoPreviewHost` (see previewHost.ts), bridged into this realm.
 * - Inside Excel, Office.js (loaded from Microsoft's CDN by taskpane.html) must be ready first; the port is
 *   src/excel's Office.js adapter.
 * `?lang=en` switches the pane to English.
 */
import { createRoot } from 'react-dom/client';
import { setLocale } from '../core/strings';
import { App, BootScreen } from './App';
import type { PaneEnvironment } from './context';
import { connectExcel } from './excelHost';
import { connectPreviewHost, isPreviewUrl } from './previewHost';

async function connect(): Promise<PaneEnvironment> {
  if (isPreviewUrl(window.location.search)) {
    const { port, host } = await connectPreviewHost(window);
    return { port, host: await port.host(), mode: 'preview', preview: host };
  }
  const { port, host } = await connectExcel();
  return { port, host, mode: 'excel', preview: null };
}

function boot(): void {
  const lang = new URLSearchParams(window.location.search).get('lang');
  setLocale(lang === 'en' ? 'en' : 'sv');
  document.documentElement.lang = lang === 'en' ? 'en' : 'sv';

  const el = document.getElementById('root');
  if (!el) throw new Error('taskpane.html has no #root');
  const root = createRoot(el);
  const start = () => {
    root.render(<BootScreen />);
    connect().then(
      (env) => root.render(<App env={env} />),
      (error: unknown) => {
        console.error('IFO Prognos: boot failed', error);
        root.render(<BootScreen error={error} onRetry={start} />);
      },
    );
  };
  start();
}

boot();

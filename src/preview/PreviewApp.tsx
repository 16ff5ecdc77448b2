/**
 * preview.html: the task pane in an iframe (Excel's pane width) next to a viewer of the in-memory workbook.
 * Toolbar: open an .xlsx from disk, download the workbook, restore Exempelkommun, reopen the pane.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  FluentProvider,
  Menu,
  MenuItemLink,
  MenuList,
  MenuPopover,
  MenuTrigger,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Button,
  Subtitle2,
  Toolbar,
  ToolbarButton,
  ToolbarDivider,
  Tooltip,
  makeStyles,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import {
  ArrowClockwiseRegular,
  ArrowDownloadRegular,
  ArrowResetRegular,
  DismissRegular,
  DocumentBulletListRegular,
  FolderOpenRegular,
} from '@fluentui/react-icons';
import type { SheetInfo } from '../core/port';
import { getLocale, t } from '../core/strings';
import type { ExampleFile } from '../taskpane/previewHost';
import { XLSX_TYPE, downloadBytes } from '../taskpane/download';
import { describeError } from '../taskpane/status/describeError';
import type { PreviewHostImpl } from './host';
import { SheetViewer } from './SheetViewer';
import { chooseFirstSheet, looksOf, type InspectableWorkbook } from './workbookModule';

/** Width of the pane's iframe: Excel's default task pane is about 350–400 px wide. */
export const PANE_WIDTH = 380;

const useStyles = makeStyles({
  root: { height: '100%', display: 'flex', flexDirection: 'column', backgroundColor: tokens.colorNeutralBackground3 },
  top: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalM,
    padding: `0 ${tokens.spacingHorizontalM}`,
    backgroundColor: '#107c41',
    color: '#ffffff',
    minHeight: '40px',
  },
  title: { color: '#ffffff', whiteSpace: 'nowrap' },
  file: {
    color: '#e6f2ea',
    fontSize: tokens.fontSizeBase200,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
  toolbar: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    flexWrap: 'wrap',
  },
  body: { flexGrow: 1, minHeight: 0, display: 'flex', overflow: 'hidden' },
  book: {
    flexGrow: 1,
    flexBasis: 0,
    minWidth: '280px',
    display: 'flex',
    flexDirection: 'column',
    backgroundColor: '#ffffff',
    overflow: 'hidden',
  },
  pane: {
    width: `${PANE_WIDTH}px`,
    flexShrink: 0,
    border: 'none',
    borderLeft: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: '#ffffff',
  },
  hiddenInput: { display: 'none' },
});

export interface PreviewAppProps {
  host: PreviewHostImpl;
  /** Opens a file from disk (bytes + name) as the workbook. */
  openFile: (bytes: Uint8Array, name: string) => Promise<void>;
  /** Loads Exempelkommun again (or a new workbook when the build has none). */
  restoreExample: () => Promise<void>;
  /** A message about the start-up (e.g. Exempelkommun missing from the build). */
  startNotice: string | null;
}

export function PreviewApp({ host, openFile, restoreExample, startNotice }: PreviewAppProps) {
  const styles = useStyles();
  const fileInput = useRef<HTMLInputElement>(null);
  const [fileName, setFileName] = useState(host.fileName());
  const [notice, setNotice] = useState<{ intent: 'error' | 'warning'; text: string } | null>(
    startNotice ? { intent: 'warning', text: startNotice } : null,
  );
  const [examples, setExamples] = useState<ExampleFile[]>([]);
  const [busy, setBusy] = useState(false);

  useEffect(() => host.onChange(() => setFileName(host.fileName())), [host]);
  useEffect(() => {
    host.exampleFiles().then(setExamples, () => setExamples([]));
  }, [host]);

  const chooseSheet = useCallback(
    (sheets: SheetInfo[]) => chooseFirstSheet(host.current() as InspectableWorkbook | null, host.port, sheets),
    [host],
  );
  const looksFor = useCallback((sheet: string) => looksOf(host.current() as InspectableWorkbook | null, sheet), [host]);

  const guard = async (what: () => Promise<void>, fileForMessage?: string) => {
    setBusy(true);
    try {
      await what();
      setNotice(null);
    } catch (e) {
      const n = describeError(e);
      setNotice({
        intent: 'error',
        text: fileForMessage ? `${t('pane.preview.openFailed', { file: fileForMessage })} ${n.message}` : n.message,
      });
    } finally {
      setBusy(false);
    }
  };

  const onOpen = async (files: FileList | null) => {
    const f = files?.[0];
    if (!f) return;
    await guard(async () => openFile(new Uint8Array(await f.arrayBuffer()), f.name), f.name);
    if (fileInput.current) fileInput.current.value = '';
  };

  const onDownload = () =>
    guard(async () => {
      const wb = host.current();
      if (!wb) return;
      const bytes = await wb.save();
      downloadBytes(host.fileName() || 'arbetsbok.xlsx', bytes, XLSX_TYPE);
    });

  return (
    // Layout lives on an inner element: Fluent copies the provider's className onto its portal nodes.
    <FluentProvider theme={webLightTheme} style={{ height: '100%' }}>
      <div className={styles.root}>
        <header className={styles.top}>
          <Subtitle2 as="h1" className={styles.title}>
            {t('pane.preview.title')}
          </Subtitle2>
          <span className={styles.file} data-testid="workbook-name">
            {fileName}
          </span>
        </header>
        <Toolbar className={styles.toolbar} aria-label={t('pane.preview.title')} size="small">
          <ToolbarButton
            icon={<FolderOpenRegular />}
            onClick={() => fileInput.current?.click()}
            disabled={busy}
            data-testid="open-xlsx"
          >
            {t('pane.preview.open')}
          </ToolbarButton>
          <input
            ref={fileInput}
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            className={styles.hiddenInput}
            onChange={(e) => void onOpen(e.currentTarget.files)}
            data-testid="open-xlsx-input"
          />
          <ToolbarButton
            icon={<ArrowDownloadRegular />}
            onClick={() => void onDownload()}
            disabled={busy}
            data-testid="download-xlsx"
          >
            {t('pane.preview.download')}
          </ToolbarButton>
          <ToolbarButton
            icon={<ArrowResetRegular />}
            onClick={() => void guard(restoreExample)}
            disabled={busy}
            data-testid="restore-example"
          >
            {t('pane.preview.restore')}
          </ToolbarButton>
          <ToolbarDivider />
          <Tooltip content={t('pane.preview.reloadPaneHint')} relationship="description">
            <ToolbarButton icon={<ArrowClockwiseRegular />} onClick={() => host.reloadPane()} data-testid="reload-pane">
              {t('pane.preview.reloadPane')}
            </ToolbarButton>
          </Tooltip>
          {examples.length > 0 && (
            <Menu>
              <MenuTrigger disableButtonEnhancement>
                <ToolbarButton icon={<DocumentBulletListRegular />} data-testid="example-files">
                  {t('pane.preview.exampleFiles')}
                </ToolbarButton>
              </MenuTrigger>
              <MenuPopover>
                <MenuList>
                  {examples.map((f) => (
                    <MenuItemLink key={f.name} href={f.url} download={f.name}>
                      {f.name}
                    </MenuItemLink>
                  ))}
                </MenuList>
              </MenuPopover>
            </Menu>
          )}
        </Toolbar>
        {notice && (
          <MessageBar intent={notice.intent} layout="multiline" data-testid="preview-notice">
            <MessageBarBody>{notice.text}</MessageBarBody>
            <MessageBarActions
              containerAction={
                <Button
                  appearance="transparent"
                  icon={<DismissRegular />}
                  aria-label={t('pane.notice.dismiss')}
                  onClick={() => setNotice(null)}
                />
              }
            />
          </MessageBar>
        )}
        <div className={styles.body}>
          <div className={styles.book}>
            <SheetViewer host={host} looksFor={looksFor} chooseSheet={chooseSheet} />
          </div>
          <iframe
            ref={(el) => host.attachPane(el)}
            className={styles.pane}
            src={`taskpane.html?host=preview${getLocale() === 'en' ? '&lang=en' : ''}`}
            title={t('pane.preview.paneTitle')}
            data-testid="pane-frame"
          />
        </div>
      </div>
    </FluentProvider>
  );
}

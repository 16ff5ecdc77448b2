/**
 * The task pane shell: header, navigation between the sections, the notice area, the current view and the
 * status area for long operations. Readable from 320 px (Excel's narrowest pane) to 450 px and beyond.
 */
import { Component, Suspense, useEffect, useState, type ErrorInfo, type ReactNode } from 'react';
import {
  Button,
  Caption1,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle1,
  Tab,
  TabList,
  makeStyles,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import { t } from '../core/strings';
import { PaneEnvironmentProvider, usePaneEnvironment, type PaneEnvironment } from './context';
import { SECTIONS, initialSection, type SectionId } from './sections';
import { NoticeArea } from './status/NoticeArea';
import { StatusArea } from './status/StatusArea';
import { StatusProvider } from './status/StatusProvider';
import { describeError } from './status/describeError';

const useStyles = makeStyles({
  root: {
    height: '100%',
    display: 'flex',
    flexDirection: 'column',
    backgroundColor: tokens.colorNeutralBackground1,
    minWidth: '280px',
  },
  header: {
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} 0`,
    display: 'flex',
    flexDirection: 'column',
  },
  hostLine: {
    color: tokens.colorNeutralForeground3,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
  nav: {
    flexWrap: 'wrap',
    // Panes up to 520 px (Excel's default is ~350 px): labels only, so the five sections fit on one line.
    '@media (max-width: 520px)': { '& .fui-Tab__icon': { display: 'none' }, paddingLeft: 0, paddingRight: 0 },
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  tab: {
    '@media (max-width: 520px)': { paddingLeft: '2px', paddingRight: '2px' },
  },
  main: {
    flexGrow: 1,
    minHeight: 0,
    overflowY: 'auto',
    padding: tokens.spacingHorizontalM,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
  },
  panel: { outlineStyle: 'none' },
});

function hostLine(env: PaneEnvironment, sheetCount: number | null): string {
  const parts: string[] = [];
  if (env.mode === 'preview') parts.push(t('pane.header.preview', { file: env.preview?.fileName() ?? '' }));
  else if (env.host.apiVersion) parts.push(t('pane.header.excelApi', { version: env.host.apiVersion }));
  else parts.push(t('pane.header.excel'));
  if (sheetCount !== null) parts.push(t('pane.header.sheets', { count: sheetCount }));
  return parts.join(' · ');
}

/** Catches a view that fails to load or render, so the rest of the pane keeps working. */
class SectionBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state: { error: unknown } = { error: null };
  static getDerivedStateFromError(error: unknown) {
    return { error };
  }
  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('IFO Prognos: view failed', error, info.componentStack);
  }
  override render() {
    if (this.state.error === null) return this.props.children;
    const n = describeError(this.state.error);
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t('pane.view.loadFailed')}</MessageBarTitle>
          {n.message}
        </MessageBarBody>
      </MessageBar>
    );
  }
}

function Shell() {
  const styles = useStyles();
  const env = usePaneEnvironment();
  const [section, setSection] = useState<SectionId>(() => initialSection(window.location.hash));
  const [sheetCount, setSheetCount] = useState<number | null>(null);

  useEffect(() => {
    let live = true;
    env.port.listSheets().then(
      (sheets) => live && setSheetCount(sheets.length),
      () => undefined, // the header line is a courtesy; views report their own errors
    );
    return () => {
      live = false;
    };
  }, [env.port, section]);

  const current = SECTIONS.find((s) => s.id === section) ?? SECTIONS[0];
  const View = current.view;
  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <Subtitle1 as="h1">{t('common.productName')}</Subtitle1>
        <Caption1 className={styles.hostLine} data-testid="host-line">
          {hostLine(env, sheetCount)}
        </Caption1>
      </header>
      <TabList
        className={styles.nav}
        selectedValue={section}
        onTabSelect={(_, data) => setSection(data.value as SectionId)}
        aria-label={t('pane.nav.label')}
        size="small"
      >
        {SECTIONS.map((s) => {
          const Icon = s.icon;
          return (
            <Tab
              className={styles.tab}
              key={s.id}
              value={s.id}
              id={`tab-${s.id}`}
              icon={<Icon />}
              aria-controls={`panel-${s.id}`}
              data-testid={`nav-${s.id}`}
            >
              {t(s.label)}
            </Tab>
          );
        })}
      </TabList>
      <main className={styles.main}>
        <NoticeArea />
        <div
          role="tabpanel"
          id={`panel-${current.id}`}
          aria-labelledby={`tab-${current.id}`}
          className={styles.panel}
          data-testid={`section-${current.id}`}
          tabIndex={-1}
        >
          <SectionBoundary key={current.id}>
            <Suspense fallback={<Spinner size="small" label={t('pane.view.loading')} data-testid="view-loading" />}>
              <View />
            </Suspense>
          </SectionBoundary>
        </div>
      </main>
      <StatusArea />
    </div>
  );
}

export interface AppProps {
  env: PaneEnvironment;
}

export function App({ env }: AppProps) {
  return (
    <FluentProvider theme={webLightTheme} style={{ height: '100%' }}>
      <PaneEnvironmentProvider value={env}>
        <StatusProvider>
          <Shell />
        </StatusProvider>
      </PaneEnvironmentProvider>
    </FluentProvider>
  );
}

/** Shown while the pane connects to its workbook, and when that fails. */
export function BootScreen({ error, onRetry }: { error?: unknown; onRetry?: () => void }) {
  if (error === undefined) {
    return (
      <FluentProvider theme={webLightTheme} style={{ height: '100%', display: 'grid', placeItems: 'center' }}>
        <Spinner label={t('pane.boot.loading')} />
      </FluentProvider>
    );
  }
  const n = describeError(error);
  return (
    <FluentProvider theme={webLightTheme} style={{ padding: tokens.spacingHorizontalM }}>
      <MessageBar intent="error" layout="multiline" data-testid="boot-error">
        <MessageBarBody>
          <MessageBarTitle>{t('pane.boot.failedTitle')}</MessageBarTitle>
          {n.message}
        </MessageBarBody>
        {onRetry && (
          <MessageBarActions>
            <Button onClick={onRetry}>{t('pane.boot.retry')}</Button>
          </MessageBarActions>
        )}
      </MessageBar>
    </FluentProvider>
  );
}

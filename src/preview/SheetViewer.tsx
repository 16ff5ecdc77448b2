/**
 * The preview's sheet viewer: the in-memory workbook's sheets as tabs (hidden ones behind a switch), the
 * selected sheet in a virtualised grid, and a cell bar showing the selection and its value. Re-reads through
 * the host's port whenever the pane writes, so what it shows is what the workbook holds.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { Caption1, Spinner, Switch, Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import type { SheetInfo } from '../core/port';
import { parseRange } from '../core/a1';
import { t } from '../core/strings';
import { formatCell } from './numberFormat';
import { Grid, selectionAddress, type GridSelection } from './Grid';
import { formulaAt, valueAt, type SheetArea } from './gridModel';
import type { PreviewHostImpl } from './host';
import type { SheetLooks } from './looks';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', minWidth: 0, minHeight: 0, flexGrow: 1, overflow: 'hidden' },
  bar: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    minHeight: '28px',
    fontFamily: 'Calibri, Carlito, "Segoe UI", Arial, sans-serif',
    fontSize: '12px',
  },
  address: {
    minWidth: '80px',
    paddingRight: tokens.spacingHorizontalS,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  value: { flexGrow: 1, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  tabs: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    padding: `0 ${tokens.spacingHorizontalS}`,
    minWidth: 0,
    flexShrink: 0,
  },
  // Many sheets scroll sideways inside the strip; the strip never widens the viewer.
  tabList: { flexGrow: 1, flexShrink: 1, overflowX: 'auto', flexWrap: 'nowrap', minWidth: 0 },
  toggle: { flexShrink: 0 },
  hiddenTab: { fontStyle: 'italic', color: tokens.colorNeutralForeground3 },
  center: { flexGrow: 1, display: 'grid', placeItems: 'center' },
});

export interface SheetViewerProps {
  host: PreviewHostImpl;
  /** Cell looks for a sheet of the current workbook, when the workbook can tell them. */
  looksFor: (sheet: string) => SheetLooks | null;
  /** Picks the sheet to show first in a newly loaded workbook (null = the first visible one). */
  chooseSheet?: (sheets: SheetInfo[]) => Promise<string | null>;
}

export function SheetViewer({ host, looksFor, chooseSheet }: SheetViewerProps) {
  const styles = useStyles();
  const [sheets, setSheets] = useState<SheetInfo[] | null>(null);
  const [showHidden, setShowHidden] = useState(false);
  const [active, setActive] = useState<string | null>(null);
  const [loaded, setLoaded] = useState<{ sheet: string; area: SheetArea } | null>(null);
  const [looks, setLooks] = useState<SheetLooks | null>(null);
  const [selection, setSelection] = useState<GridSelection | null>(null);
  const [version, setVersion] = useState(0);
  const activeRef = useRef<string | null>(null);
  activeRef.current = active;

  // Re-read after every write (coalesced) and when another workbook is loaded.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    return host.onChange((c) => {
      if (c.reason === 'workbook') {
        setActive(null);
        setSelection(null);
      }
      if (c.activate) setActive(c.activate);
      if (timer === null) {
        timer = setTimeout(() => {
          timer = null;
          setVersion((v) => v + 1);
        }, 30);
      }
    });
  }, [host]);

  useEffect(() => {
    let live = true;
    host.port.listSheets().then(
      (list) => {
        if (!live) return;
        setSheets(list);
        const current = activeRef.current;
        const found = current && list.find((s) => s.name.toLowerCase() === current.toLowerCase());
        if (found) {
          if (found.name !== current) setActive(found.name);
          if (found.visibility !== 'visible') setShowHidden(true);
          return;
        }
        const fallback = list.find((s) => s.visibility === 'visible')?.name ?? list[0]?.name ?? null;
        (chooseSheet ? chooseSheet(list) : Promise.resolve(null)).then(
          (name) => live && activeRef.current === current && setActive(name ?? fallback),
          () => live && setActive(fallback),
        );
      },
      (e: unknown) => console.error('preview: listSheets failed', e),
    );
    return () => {
      live = false;
    };
  }, [host, version, chooseSheet]);

  useEffect(() => {
    let live = true;
    if (!active) {
      setLoaded(null);
      return;
    }
    host.port.readRange(active, undefined, { formulas: true }).then(
      (r) => {
        if (!live) return;
        const at = r.address ? parseRange(r.address) : { top: 0, left: 0 };
        setLooks(looksFor(active));
        setLoaded({ sheet: active, area: { top: at.top, left: at.left, values: r.values, formulas: r.formulas } });
      },
      (e: unknown) => {
        console.error('preview: readRange failed', e);
        if (live) setLoaded({ sheet: active, area: { top: 0, left: 0, values: [] } });
      },
    );
    return () => {
      live = false;
    };
  }, [host, active, version, looksFor]);

  useEffect(() => {
    host.setSelection(active && selection ? { sheet: active, address: selectionAddress(selection) } : null);
  }, [host, active, selection]);

  const shown = useMemo(
    () => (sheets ?? []).filter((s) => showHidden || s.visibility === 'visible' || s.name === active),
    [sheets, showHidden, active],
  );
  const area = loaded && loaded.sheet === active ? loaded.area : null;
  const hiddenCount = (sheets ?? []).filter((s) => s.visibility !== 'visible').length;

  // As Excel's formula bar: the formula when the cell has one, else the value as shown.
  const focusValue =
    area && selection
      ? formulaAt(area, selection.focus.row, selection.focus.col) ||
        formatCell(
          valueAt(area, selection.focus.row, selection.focus.col),
          looks?.look(selection.focus.row, selection.focus.col)?.numberFormat,
        ).text
      : '';

  return (
    <section className={styles.root} aria-label={t('pane.preview.sheets')} data-testid="sheet-viewer">
      <div className={styles.bar}>
        <span className={styles.address} data-testid="cell-address">
          {selection ? selectionAddress(selection) : ''}
        </span>
        <span className={styles.value} data-testid="cell-value" title={focusValue}>
          {focusValue}
        </span>
        {area && area.values.length > 0 && (
          <Caption1>
            {t('pane.preview.size', {
              rows: area.values.length.toLocaleString('sv-SE'),
              columns: area.values.reduce((m, r) => Math.max(m, r.length), 0),
            })}
          </Caption1>
        )}
      </div>
      {sheets === null || (active && !area) ? (
        <div className={styles.center}>
          <Spinner size="small" label={t('pane.preview.loading')} />
        </div>
      ) : active && area ? (
        <Grid
          sheet={active}
          area={area}
          looks={looks}
          selection={selection}
          onSelect={setSelection}
          label={t('pane.preview.grid', { sheet: active })}
          pendingFormulaHint={t('pane.preview.formulaNotCalculated')}
          emptyText={area.values.length === 0 ? t('pane.preview.emptySheet') : undefined}
        />
      ) : (
        <div className={styles.center}>{t('pane.preview.emptyWorkbook')}</div>
      )}
      <div className={styles.tabs}>
        <TabList
          className={styles.tabList}
          size="small"
          selectedValue={active ?? ''}
          onTabSelect={(_, d) => {
            setActive(String(d.value));
            setSelection(null);
          }}
          aria-label={t('pane.preview.sheets')}
          data-testid="sheet-tabs"
        >
          {shown.map((s) => (
            <Tab
              key={s.name}
              value={s.name}
              className={s.visibility !== 'visible' ? styles.hiddenTab : undefined}
              data-sheet={s.name}
            >
              {s.visibility !== 'visible' ? t('pane.preview.hiddenSheet', { sheet: s.name }) : s.name}
            </Tab>
          ))}
        </TabList>
        {hiddenCount > 0 && (
          <Switch
            checked={showHidden}
            onChange={(_, d) => setShowHidden(d.checked)}
            label={`${t('pane.preview.showHidden')} (${hiddenCount})`}
            className={styles.toggle}
            data-testid="show-hidden"
          />
        )}
      </div>
    </section>
  );
}

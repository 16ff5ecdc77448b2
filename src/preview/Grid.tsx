/**
 * A virtualised, read-only sheet grid for the preview: only the cells in view are in the DOM, so a sheet of
 * 50,000 rows scrolls as fast as one of 50. Row and column headers follow the scroll. A cell (or, with Shift,
 * a range) can be selected with the mouse or the arrow keys; the selection is what the pane's
 * `port.getSelection()` returns, as in Excel.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { cellAddress, columnLetters } from '../core/a1';
import { t } from '../core/strings';
import { formatCell } from './numberFormat';
import {
  HEADER_HEIGHT,
  ROW_HEIGHT,
  columnWidths,
  gridSize,
  indexAt,
  offsets,
  formulaAt,
  valueAt,
  visibleRange,
  type SheetArea,
} from './gridModel';
import type { SheetLooks } from './looks';

export interface GridSelection {
  anchor: { row: number; col: number };
  focus: { row: number; col: number };
}

export function selectionAddress(sel: GridSelection): string {
  const top = Math.min(sel.anchor.row, sel.focus.row);
  const bottom = Math.max(sel.anchor.row, sel.focus.row);
  const left = Math.min(sel.anchor.col, sel.focus.col);
  const right = Math.max(sel.anchor.col, sel.focus.col);
  const a = cellAddress(top, left);
  return top === bottom && left === right ? a : `${a}:${cellAddress(bottom, right)}`;
}

const useStyles = makeStyles({
  root: {
    position: 'relative',
    flexGrow: 1,
    minHeight: 0,
    overflow: 'hidden',
    backgroundColor: '#ffffff',
    fontSize: '12px',
    fontFamily: 'Calibri, Carlito, "Segoe UI", Arial, sans-serif',
    userSelect: 'none',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  corner: {
    position: 'absolute',
    top: 0,
    left: 0,
    backgroundColor: '#f3f3f3',
    borderRight: '1px solid #c8c8c8',
    borderBottom: '1px solid #c8c8c8',
    boxSizing: 'border-box',
  },
  colHeaders: { position: 'absolute', top: 0, right: 0, overflow: 'hidden', backgroundColor: '#f3f3f3' },
  rowHeaders: { position: 'absolute', left: 0, bottom: 0, overflow: 'hidden', backgroundColor: '#f3f3f3' },
  header: {
    position: 'absolute',
    boxSizing: 'border-box',
    borderRight: '1px solid #d4d4d4',
    borderBottom: '1px solid #c8c8c8',
    color: '#444',
    textAlign: 'center',
    lineHeight: `${ROW_HEIGHT - 1}px`,
    overflow: 'hidden',
    whiteSpace: 'nowrap',
  },
  headerSelected: { backgroundColor: '#d2e7d7', color: '#0f5e2a', fontWeight: 600 },
  cells: { position: 'absolute', right: 0, bottom: 0, overflow: 'auto' },
  cell: {
    position: 'absolute',
    boxSizing: 'border-box',
    borderRight: '1px solid #e1e1e1',
    borderBottom: '1px solid #e1e1e1',
    padding: '0 3px',
    lineHeight: `${ROW_HEIGHT - 1}px`,
    overflow: 'hidden',
    whiteSpace: 'nowrap',
    textOverflow: 'clip',
    cursor: 'cell',
  },
  selected: { outline: '2px solid #107c41', outlineOffset: '-2px', zIndex: 1 },
  inRange: { backgroundColor: 'rgba(16, 124, 65, 0.08)' },
  empty: { position: 'absolute', top: '40px', left: '60px', color: tokens.colorNeutralForeground3 },
});

const PENDING_FORMULA_COLOR = '#7a7a7a';

export interface GridProps {
  sheet: string;
  area: SheetArea;
  looks: SheetLooks | null;
  selection: GridSelection | null;
  onSelect: (sel: GridSelection) => void;
  emptyText?: string;
  label: string;
  /** Tooltip of a formula cell that has no calculated value in the file. */
  pendingFormulaHint?: string;
}

export function Grid({ sheet, area, looks, selection, onSelect, emptyText, label, pendingFormulaHint }: GridProps) {
  const styles = useStyles();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [scroll, setScroll] = useState({ top: 0, left: 0 });
  const [view, setView] = useState({ width: 800, height: 600 });

  const size = useMemo(() => gridSize(area), [area]);
  const formatOf = useCallback((r: number, c: number) => looks?.look(r, c)?.numberFormat, [looks]);
  const widths = useMemo(
    () => columnWidths(area, size.cols, looks?.columnWidths(size.cols) ?? [], formatOf),
    [area, size.cols, looks, formatOf],
  );
  const colOffsets = useMemo(() => offsets(widths), [widths]);
  const rowHeaderWidth = Math.max(40, String(size.rows).length * 8 + 14);

  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    const measure = () => setView({ width: el.clientWidth, height: el.clientHeight });
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  // A new sheet starts at the top-left.
  useEffect(() => {
    const el = scrollRef.current;
    if (el) {
      el.scrollTop = 0;
      el.scrollLeft = 0;
    }
    setScroll({ top: 0, left: 0 });
  }, [sheet]);

  const vr = visibleRange(scroll.top, scroll.left, view.width, view.height, size, colOffsets);

  const sel = selection
    ? {
        top: Math.min(selection.anchor.row, selection.focus.row),
        bottom: Math.max(selection.anchor.row, selection.focus.row),
        left: Math.min(selection.anchor.col, selection.focus.col),
        right: Math.max(selection.anchor.col, selection.focus.col),
      }
    : null;

  const scrollIntoView = (row: number, col: number) => {
    const el = scrollRef.current;
    if (!el) return;
    const y = row * ROW_HEIGHT;
    if (y < el.scrollTop) el.scrollTop = y;
    else if (y + ROW_HEIGHT > el.scrollTop + el.clientHeight) el.scrollTop = y + ROW_HEIGHT - el.clientHeight;
    const x = colOffsets[col];
    const w = widths[col];
    if (x < el.scrollLeft) el.scrollLeft = x;
    else if (x + w > el.scrollLeft + el.clientWidth) el.scrollLeft = x + w - el.clientWidth;
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
      PageUp: [-20, 0],
      PageDown: [20, 0],
    };
    const m = moves[e.key];
    if (!m) return;
    e.preventDefault();
    const from = selection ?? { anchor: { row: 0, col: 0 }, focus: { row: 0, col: 0 } };
    const row = Math.min(size.rows - 1, Math.max(0, from.focus.row + m[0]));
    const col = Math.min(size.cols - 1, Math.max(0, from.focus.col + m[1]));
    const focus = { row, col };
    onSelect(e.shiftKey ? { anchor: from.anchor, focus } : { anchor: focus, focus });
    scrollIntoView(row, col);
  };

  const cells = [];
  for (let r = vr.firstRow; r <= vr.lastRow; r++) {
    for (let c = vr.firstCol; c <= vr.lastCol; c++) {
      const w = widths[c];
      if (w === 0) continue;
      const v = valueAt(area, r, c);
      // A formula without a cached result (written by the add-in, not yet calculated by Excel) shows as itself.
      const pendingFormula = v === null ? formulaAt(area, r, c) : '';
      const look = looks?.look(r, c);
      const fill = look?.fill;
      const isFocus = !!selection && selection.focus.row === r && selection.focus.col === c;
      const inRange = !!sel && r >= sel.top && r <= sel.bottom && c >= sel.left && c <= sel.right;
      if (v === null && !pendingFormula && !fill && !isFocus && !inRange) continue;
      const f = pendingFormula
        ? { text: pendingFormula, align: 'left' as const, color: PENDING_FORMULA_COLOR }
        : formatCell(v, look?.numberFormat);
      cells.push(
        <div
          key={`${r}:${c}`}
          className={`${styles.cell}${isFocus ? ' ' + styles.selected : ''}${inRange && !isFocus ? ' ' + styles.inRange : ''}`}
          style={{
            top: r * ROW_HEIGHT,
            left: colOffsets[c],
            width: w,
            height: ROW_HEIGHT,
            textAlign: look?.align ?? f.align,
            fontWeight: look?.bold ? 700 : undefined,
            fontStyle: look?.italic || pendingFormula ? 'italic' : undefined,
            color: f.color ?? look?.fontColor,
            backgroundColor: fill,
          }}
          data-cell={cellAddress(r, c)}
          title={pendingFormula ? pendingFormulaHint : f.text.length > 12 ? f.text : undefined}
        >
          {f.text}
        </div>,
      );
    }
  }

  const colHeaders = [];
  for (let c = vr.firstCol; c <= vr.lastCol; c++) {
    if (widths[c] === 0) continue;
    const on = !!sel && c >= sel.left && c <= sel.right;
    colHeaders.push(
      <div
        key={c}
        className={`${styles.header}${on ? ' ' + styles.headerSelected : ''}`}
        style={{ left: colOffsets[c], width: widths[c], height: HEADER_HEIGHT, top: 0 }}
      >
        {columnLetters(c)}
      </div>,
    );
  }
  const rowHeaders = [];
  for (let r = vr.firstRow; r <= vr.lastRow; r++) {
    const on = !!sel && r >= sel.top && r <= sel.bottom;
    rowHeaders.push(
      <div
        key={r}
        className={`${styles.header}${on ? ' ' + styles.headerSelected : ''}`}
        style={{ top: r * ROW_HEIGHT, height: ROW_HEIGHT, width: rowHeaderWidth, left: 0 }}
      >
        {r + 1}
      </div>,
    );
  }

  const cellAt = (clientX: number, clientY: number) => {
    const el = scrollRef.current;
    if (!el) return null;
    const rect = el.getBoundingClientRect();
    const x = clientX - rect.left + el.scrollLeft;
    const y = clientY - rect.top + el.scrollTop;
    const row = Math.min(size.rows - 1, Math.max(0, Math.floor(y / ROW_HEIGHT)));
    return { row, col: Math.min(size.cols - 1, indexAt(colOffsets, x)) };
  };

  return (
    <div
      className={styles.root}
      tabIndex={0}
      role="region"
      aria-label={label}
      aria-roledescription={t('pane.preview.gridRole')}
      onKeyDown={onKeyDown}
      data-testid="sheet-grid"
    >
      <div className={styles.corner} style={{ width: rowHeaderWidth, height: HEADER_HEIGHT }} />
      <div className={styles.colHeaders} style={{ left: rowHeaderWidth, height: HEADER_HEIGHT }}>
        <div style={{ position: 'relative', transform: `translateX(${-scroll.left}px)`, height: HEADER_HEIGHT }}>
          {colHeaders}
        </div>
      </div>
      <div className={styles.rowHeaders} style={{ top: HEADER_HEIGHT, width: rowHeaderWidth }}>
        <div style={{ position: 'relative', transform: `translateY(${-scroll.top}px)` }}>{rowHeaders}</div>
      </div>
      <div
        ref={scrollRef}
        className={styles.cells}
        style={{ top: HEADER_HEIGHT, left: rowHeaderWidth }}
        onScroll={(e) => setScroll({ top: e.currentTarget.scrollTop, left: e.currentTarget.scrollLeft })}
        onMouseDown={(e) => {
          const at = cellAt(e.clientX, e.clientY);
          if (!at) return;
          onSelect(e.shiftKey && selection ? { anchor: selection.anchor, focus: at } : { anchor: at, focus: at });
        }}
      >
        <div style={{ position: 'relative', width: colOffsets[size.cols], height: size.rows * ROW_HEIGHT }}>
          {cells}
        </div>
        {emptyText && <div className={styles.empty}>{emptyText}</div>}
      </div>
    </div>
  );
}

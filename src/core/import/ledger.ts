/**
 * The ledger (huvudbok) pass: classify, validate, mask and aggregate every data row of one file, streaming.
 *
 * Rows are skipped (and counted by reason) when blank, a repeated header, a total/subtotal row, or carrying
 * an amount but no dimension. Rows are rejected (listed with row, column, value and reason) when the amount
 * is not a number, the period is impossible, or the account or cost centre is missing. Everything else is
 * aggregated to period × cost centre × account × activity (× kept optional dimensions), in öre.
 */
import { detectDecimalSeparator, type DecimalSeparator, type Ore } from '../money';
import { throwIfCancelled, shortValue, type CancelSignal } from '../errors';
import { t, type StringKey, type TextParams } from '../strings';
import type { Period } from '../dates';
import { columnLabel, type MappingResult } from './columns';
import { columnsOf } from './kindRows';
import { OPTIONAL_DIMENSIONS, type OptionalDimension } from './fields';
import { mayHoldPersonalNumber, maskPersonalNumbers } from './mask';
import { KeyIndex } from './keyIndex';
import type { LineHandler } from './csv';
import type { RowBatch, SourceInfo } from './sources';
import { firstText, isBlankRow, isTotalLabel, repeatedHeaderMatcher, type TableStart } from './table';
import { emptyReconciliation, type FileReconciliation, type Reject } from './types';
import { cellString, columnHoldsCodeNames, fastAmount, fastAmountRange, parseAmountCell, parsePeriodCell, splitCodeName, type PeriodResult, type RawCell } from './values';

/** Rows looked at before the column-level decisions (decimal separator, code + name columns). */
export const SAMPLE_ROWS = 2000;
/** Rejects listed per file; the count beyond is reported. */
export const MAX_REJECTS_LISTED = 100_000;

export interface LedgerOptions {
  /** Period of every row when the file has none (`--period`); when it has one, rows must match it. */
  period?: Period;
  /** Optional dimensions kept in the aggregate (only those mapped count). Default: aktivitet, projekt, objekt. */
  keep?: readonly OptionalDimension[];
  /** Cost centres whose rows are also kept as detail rows (drill-down). */
  detailCostCenters?: readonly string[];
  /** Most detail rows per import. */
  detailRowCap?: number;
  signal?: CancelSignal;
  /** Use the zero-allocation line path for text sources (default true; tests compare both paths). */
  fused?: boolean;
}

export const DEFAULT_KEEP: readonly OptionalDimension[] = ['subActivity', 'project', 'object'];
export const DEFAULT_DETAIL_ROW_CAP = 100_000;

/** One aggregated row. Optional dimensions are '' when not kept. */
export interface ActualRow {
  period: Period;
  costCenter: string;
  account: string;
  activity: string;
  subActivity: string;
  project: string;
  object: string;
  counterparty: string;
  ore: Ore;
  count: number;
}

export interface DetailRow {
  period: Period;
  costCenter: string;
  account: string;
  activity: string;
  date: string;
  text: string;
  supplier: string;
  invoiceNumber: string;
  ore: Ore;
}

export interface LedgerFileResult {
  recon: FileReconciliation;
  rows: ActualRow[];
  /** dimension label → code → name ("46362" → "Köp medicinskt färdigbeh"). */
  codeNames: Map<string, Map<string, string>>;
  detail: DetailRow[];
  detailExceeded: boolean;
  /** Sum of every imported row's amount as read (checked against the aggregate). */
  rowSumOre: Ore;
}

interface Leaf {
  ore: number;
  count: number;
}
type L4 = Map<string, Leaf>;
type L3 = Map<string, L4>;
type L2 = Map<string, L3>;
type L1 = Map<string, L2>;

class CodeColumn {
  private readonly cache = new Map<string, { code: string; masks: number }>();
  constructor(
    readonly dimension: string,
    private readonly letterCodes: boolean,
    private readonly masker: { count: number },
    /** Where names found in "code name" values go; null for columns only checked for personnummer. */
    private readonly names: Map<string, string> | null,
  ) {}

  code(v: RawCell | undefined): string {
    if (v === null || v === undefined) return '';
    const raw = typeof v === 'string' ? v : cellString(v);
    let c = this.cache.get(raw);
    if (c === undefined) {
      const trimmed = raw.trim();
      const m = maskPersonalNumbers(trimmed);
      let code = m.text;
      if (code) {
        const cn = splitCodeName(code, this.letterCodes);
        code = cn.code;
        if (cn.name !== null && this.names && !this.names.has(code)) this.names.set(code, cn.name);
      }
      c = { code, masks: m.count };
      if (this.cache.size > 200_000) this.cache.clear();
      this.cache.set(raw, c);
    }
    if (c.masks) this.masker.count += c.masks;
    return c.code;
  }
}

function reasonText(key: StringKey, params?: TextParams): string {
  return t(key, params);
}

/** Processes the data rows of one ledger file. */
export async function processLedger(
  info: SourceInfo,
  table: TableStart,
  mapping: MappingResult,
  opts: LedgerOptions,
): Promise<LedgerFileResult> {
  const headers = table.headers;
  const nCols = headers.length;
  const col = columnsOf(mapping);
  const iAmount = col('amount');
  const iAccount = col('account');
  const iCC = col('costCenter');
  const iAct = col('activity');
  const iPeriod = col('period');
  const iText = col('text');
  const iSupplier = col('supplier');
  const iInvoice = col('invoiceNumber');
  const keep = (opts.keep ?? DEFAULT_KEEP).filter((d) => col(d) >= 0);
  const iKeep = OPTIONAL_DIMENSIONS.map((d) => (keep.includes(d) ? col(d) : -1));
  const anyKeep = iKeep.some((i) => i >= 0);
  // Optional dimensions mapped but not kept still count as "dimensions" when classifying subtotal rows.
  const iOtherDims = OPTIONAL_DIMENSIONS.map((d) => col(d)).filter((i) => i >= 0);
  // Every other text column (mapped dimensions not kept, columns not mapped) is checked for personnummer too.
  const mappedCols = new Set(mapping.matches.map((m) => m.column));
  const iUnkeptDims = OPTIONAL_DIMENSIONS.filter((d) => col(d) >= 0 && !keep.includes(d)).map((d) => col(d));
  const iUnmapped = headers.map((_, i) => i).filter((i) => !mappedCols.has(i));
  const labels = {
    amount: columnLabel(headers, iAmount),
    account: columnLabel(headers, iAccount),
    costCenter: columnLabel(headers, iCC),
    period: iPeriod >= 0 ? columnLabel(headers, iPeriod) : '',
  };

  const recon = emptyReconciliation(info.file, 'ledger');
  const skipped: Record<string, number> = {};
  const skippedOre: Record<string, number> = {};
  const rejects: Reject[] = [];
  let rejectsNotListed = 0;
  const masker = { count: 0 };
  const codeNames = new Map<string, Map<string, string>>();
  const namesOf = (label: string) => {
    let m = codeNames.get(label);
    if (!m) codeNames.set(label, (m = new Map()));
    return m;
  };
  const root: L1 = new Map();
  const detailSet = new Set(opts.detailCostCenters ?? []);
  const detailCap = opts.detailRowCap ?? DEFAULT_DETAIL_ROW_CAP;
  const detail: DetailRow[] = [];
  let detailExceeded = false;
  let rowSum = 0;
  let imported = 0;
  let rejectedRows = 0;
  let read = 0;
  const isRepeatedHeader = repeatedHeaderMatcher(headers);
  const headerAmount = headers[iAmount];

  // Column-level decisions are made on a sample of the first data rows.
  let dec: DecimalSeparator | undefined;
  let cAccount!: CodeColumn;
  let cCC!: CodeColumn;
  let cAct!: CodeColumn;
  let cKeep!: (CodeColumn | null)[];
  let cUnkept!: CodeColumn[];
  const periodCache = new Map<RawCell, PeriodResult>();

  const decide = (sample: RawCell[][]) => {
    const amountTexts: string[] = [];
    for (const r of sample) {
      const v = r[iAmount];
      if (typeof v === 'string') amountTexts.push(v);
    }
    dec = detectDecimalSeparator(amountTexts);
    const mk = (field: string, i: number, label: string) => {
      const values = sample.map((r) => cellString(r[i]));
      return new CodeColumn(field, columnHoldsCodeNames(values), masker, namesOf(label));
    };
    cAccount = mk('account', iAccount, 'Konto');
    cCC = mk('costCenter', iCC, 'Ansvar');
    cAct = iAct >= 0 ? mk('activity', iAct, 'Verksamhet') : new CodeColumn('activity', false, masker, namesOf('Verksamhet'));
    const dimLabels: Record<OptionalDimension, string> = {
      subActivity: 'Aktivitet',
      project: 'Projekt',
      object: 'Objekt',
      counterparty: 'Motpart',
    };
    cKeep = OPTIONAL_DIMENSIONS.map((d, k) => (iKeep[k] >= 0 ? mk(d, iKeep[k], dimLabels[d]) : null));
    cUnkept = iUnkeptDims.map(() => new CodeColumn('other', false, masker, null));
  };

  const skip = (reason: string, row: RawCell[]) => {
    skipped[reason] = (skipped[reason] ?? 0) + 1;
    if (iAmount >= 0 && reason !== 'blank' && reason !== 'repeatedHeader') {
      const a = parseAmountCell(row[iAmount], dec);
      if (a.ok) skippedOre[reason] = (skippedOre[reason] ?? 0) + a.ore;
    }
  };
  const addReject = (line: number, column: string, value: RawCell | undefined, key: StringKey, params?: TextParams) => {
    if (rejects.length >= MAX_REJECTS_LISTED) {
      rejectsNotListed++;
      return;
    }
    const v = maskPersonalNumbers(cellString(value)).text;
    rejects.push({ row: line, column, value: shortValue(v, 200), reason: reasonText(key, { ...params, value: shortValue(v) }), key, params });
  };

  /**
   * Rows whose dimension cells (as written) were seen before on a valid row resolve in one lookup: the raw
   * key → the aggregate cell and the personnummer count of those cells. Bounded; misses take the full path.
   */
  interface Seen {
    leaf: Leaf;
    masks: number;
    period: Period;
    date: string;
    costCenter: string;
    account: string;
    activity: string;
  }
  const seen = new Map<string, Seen>();
  const SEEN_MAX = 250_000;
  // Key columns in column order (the fused path hashes them as it meets them on the line).
  const iKeyDims = [iPeriod, iCC, iAccount, iAct, ...iKeep].filter((i) => i >= 0).sort((a, b) => a - b);
  /** The raw key of a row's dimension cells, or null when a cell is not text (grids: take the full path). */
  const rawKey = (row: RawCell[]): string | null => {
    let k = '';
    for (let j = 0; j < iKeyDims.length; j++) {
      const v = row[iKeyDims[j]];
      if (typeof v !== 'string') return null;
      k += j ? '\u0001' + v : v;
    }
    return k;
  };

  // --------------------------------------------------------------------------------------------------
  // The fused line path (text sources): a physical line whose dimension fields were seen before on a valid
  // row, with an amount in a usual shape and nothing that could be a personnummer outside those fields, is
  // aggregated straight from the text in one pass, without making strings. Anything else is left to the row
  // path, so both paths give the same result (a test compares them). Sums per known key are kept in typed
  // arrays and folded into the aggregate at the end.
  const keyIndex = new KeyIndex(SEEN_MAX);
  const byId: Seen[] = [];
  /** Per id: öre, rows, detail flag (1 = a drill-down cost centre: row path). */
  let idAcc = new Float64Array(1024 * 3);
  let prevId = -1;
  const isKeyCol = headers.map((_, i) => iKeyDims.includes(i));
  const checkCols = headers.map((_, i) => i).filter((i) => !isKeyCol[i] && i !== iAmount);
  const fStart = new Int32Array(nCols + 1);
  const fEnd = new Int32Array(nCols + 1);
  const delimChar = info.rawDelimiter ?? ';';
  const dCode = delimChar.charCodeAt(0);
  const fused: LineHandler = (buf, start, end) => {
    if (start >= end) return false;
    // Field boundaries (quoted text fields allowed; quoted keys or amounts go the row path).
    let f = 0;
    let p = start;
    for (;;) {
      if (f >= nCols) return false;
      fStart[f] = p;
      if (p < end && buf.charCodeAt(p) === 34) {
        if (isKeyCol[f] || f === iAmount) return false;
        let q = p + 1;
        for (;;) {
          q = buf.indexOf('"', q);
          if (q < 0 || q >= end) return false;
          if (q + 1 < end && buf.charCodeAt(q + 1) === 34) {
            q += 2;
            continue;
          }
          break;
        }
        fEnd[f++] = q + 1;
        if (q + 1 === end) break;
        if (buf.charCodeAt(q + 1) !== dCode) return false;
        p = q + 2;
        continue;
      }
      let d = p < end ? buf.indexOf(delimChar, p) : end;
      if (d < 0 || d > end) d = end;
      fEnd[f++] = d;
      if (d === end) break;
      p = d + 1;
    }
    if (f !== nCols) return false;
    // A first cell that is empty, or could start a total label, goes the row path.
    if (fEnd[0] === fStart[0]) return false;
    const c0 = buf.charCodeAt(fStart[0]);
    if (c0 <= 32 || c0 === 34 || c0 === 83 || c0 === 115 || c0 === 84 || c0 === 116 || c0 === 68 || c0 === 100 || c0 === 71 || c0 === 103 || c0 === 65 || c0 === 97) {
      return false;
    }
    // Ledgers are usually sorted: the previous line's key is the likeliest (and is in cache).
    const id =
      prevId >= 0 && keyIndex.sameFields(prevId, buf, iKeyDims, fStart, fEnd)
        ? prevId
        : keyIndex.lookupFields(KeyIndex.fieldsHash(buf, iKeyDims, fStart, fEnd), buf, iKeyDims, fStart, fEnd);
    if (id < 0 || idAcc[id * 3 + 2] !== 0) return false;
    const ore = fastAmountRange(buf, fStart[iAmount], fEnd[iAmount], dec);
    if (ore === undefined) return false;
    for (let j = 0; j < checkCols.length; j++) {
      const a = fStart[checkCols[j]];
      const b = fEnd[checkCols[j]];
      if (b - a >= 10 && mayHoldPersonalNumber(buf, a, b)) return false;
    }
    read++;
    idAcc[id * 3] += ore;
    idAcc[id * 3 + 1]++;
    prevId = id;
    rowSum += ore;
    imported++;
    return true;
  };
  const remember = (key: string, e: Seen) => {
    if (seen.size >= SEEN_MAX) return;
    seen.set(key, e);
    const id = keyIndex.add(key);
    if (id < 0) return;
    byId[id] = e;
    if ((id + 1) * 3 > idAcc.length) {
      const a = new Float64Array(idAcc.length * 2);
      a.set(idAcc);
      idAcc = a;
    }
    idAcc[id * 3 + 2] = detailSet.size && detailSet.has(e.costCenter) ? 1 : 0;
  };
  /** Folds the fused path's sums into the aggregate. */
  const foldFused = () => {
    for (let id = 0; id < byId.length; id++) {
      const n = idAcc[id * 3 + 1];
      if (!n) continue;
      const e = byId[id];
      e.leaf.ore += idAcc[id * 3];
      e.leaf.count += n;
      masker.count += e.masks * n;
      idAcc[id * 3] = 0;
      idAcc[id * 3 + 1] = 0;
    }
  };

  const finishRow = (row: RawCell[], e: Seen, ore: number) => {
    e.leaf.ore += ore;
    e.leaf.count++;
    masker.count += e.masks;
    rowSum += ore;
    imported++;
    // Free-text columns are masked (and counted) even though only detail rows store them.
    let text = '';
    let supplier = '';
    let invoice = '';
    if (iText >= 0) text = maskCell(row[iText], masker);
    if (iSupplier >= 0) supplier = maskCell(row[iSupplier], masker);
    if (iInvoice >= 0) invoice = maskCell(row[iInvoice], masker);
    for (let k = 0; k < iUnkeptDims.length; k++) {
      const v = row[iUnkeptDims[k]];
      if (v !== null && v !== undefined && (typeof v !== 'string' || v.length >= 10)) cUnkept[k].code(v);
    }
    for (let k = 0; k < iUnmapped.length; k++) maskCell(row[iUnmapped[k]], masker);
    if (detailSet.size && detailSet.has(e.costCenter)) {
      if (detail.length < detailCap) {
        detail.push({
          period: e.period,
          costCenter: e.costCenter,
          account: e.account,
          activity: e.activity,
          date: e.date,
          text,
          supplier,
          invoiceNumber: invoice,
          ore,
        });
      } else detailExceeded = true;
    }
  };

  const handle = (row: RawCell[], line: number) => {
    read++;
    if (isBlankRow(row)) {
      skip('blank', row);
      return;
    }
    if (info.isText && row.length !== nCols) {
      if (isTotalLabel(firstText(row))) skip('totalRow', row);
      else {
        rejectedRows++;
        addReject(line, '', (row as string[]).join(info.rawDelimiter ?? ';'), 'import.reject.fieldCount', {
          count: row.length,
          expected: nCols,
        });
      }
      return;
    }
    const amountCell = row[iAmount];
    if (amountCell === headerAmount && isRepeatedHeader(row)) {
      skip('repeatedHeader', row);
      return;
    }
    const first = firstText(row);
    if (first && isTotalLabel(first)) {
      skip('totalRow', row);
      return;
    }
    // Fast path: dimensions seen before on a valid row, amount in a usual shape.
    const key = rawKey(row);
    if (key !== null) {
      const e = seen.get(key);
      if (e !== undefined) {
        const fast = typeof amountCell === 'string' ? fastAmount(amountCell, dec) : undefined;
        const ore = fast !== undefined ? fast : (() => {
          const a = parseAmountCell(amountCell, dec);
          return a.ok ? a.ore : undefined;
        })();
        if (ore !== undefined) {
          finishRow(row, e, ore);
          return;
        }
      }
    }
    const before = masker.count;
    const account = cAccount.code(row[iAccount]);
    const costCenter = cCC.code(row[iCC]);
    const activity = iAct >= 0 ? cAct.code(row[iAct]) : '';
    if (isTotalLabel(account) || isTotalLabel(costCenter)) {
      masker.count = before;
      skip('totalRow', row);
      return;
    }
    if (account === '' && costCenter === '' && activity === '') {
      let otherDim = false;
      for (const i of iOtherDims) if (cellString(row[i]) !== '') otherDim = true;
      if (!otherDim) {
        masker.count = before;
        const amountEmpty = amountCell === null || amountCell === undefined || (typeof amountCell === 'string' && amountCell.trim() === '');
        skip(amountEmpty ? 'textOnly' : 'amountWithoutDimensions', row);
        return;
      }
    }
    // Validation.
    let bad = false;
    const amount = parseAmountCell(amountCell, dec);
    if (!amount.ok) {
      bad = true;
      addReject(
        line,
        labels.amount,
        amountCell,
        amount.reason === 'empty' ? 'import.reject.amountMissing' : amount.reason === 'tooLarge' ? 'import.reject.amountTooLarge' : 'import.reject.amountNotNumber',
      );
    }
    if (account === '') {
      bad = true;
      addReject(line, labels.account, row[iAccount], 'import.reject.accountMissing');
    }
    if (costCenter === '') {
      bad = true;
      addReject(line, labels.costCenter, row[iCC], 'import.reject.costCenterMissing');
    }
    let period: Period;
    let date = '';
    if (iPeriod >= 0) {
      const pv = row[iPeriod];
      let p = periodCache.get(pv);
      if (p === undefined) {
        p = parsePeriodCell(pv);
        if (periodCache.size > 100_000) periodCache.clear();
        periodCache.set(pv, p);
      }
      if (!p.ok) {
        bad = true;
        addReject(
          line,
          labels.period,
          pv,
          p.reason === 'empty' ? 'import.reject.periodMissing' : p.reason === 'impossible' ? 'import.reject.periodImpossible' : 'import.reject.periodUnreadable',
        );
        period = '';
      } else {
        period = p.period;
        date = p.date ?? '';
        if (opts.period && period !== opts.period) {
          bad = true;
          addReject(line, labels.period, pv, 'import.reject.periodMismatch', { period: opts.period });
        }
      }
    } else {
      period = opts.period!;
    }
    let extra = '';
    if (anyKeep) {
      for (let k = 0; k < cKeep.length; k++) {
        const c = cKeep[k];
        extra += (k ? '\u0001' : '') + (c ? c.code(row[iKeep[k]]) : '');
      }
    }
    const masks = masker.count - before;
    if (bad) {
      masker.count = before;
      rejectedRows++;
      return;
    }
    const ore = (amount as { ore: number }).ore;
    // Aggregate.
    let l2 = root.get(period);
    if (!l2) root.set(period, (l2 = new Map()));
    let l3 = l2.get(costCenter);
    if (!l3) l2.set(costCenter, (l3 = new Map()));
    let l4 = l3.get(account);
    if (!l4) l3.set(account, (l4 = new Map()));
    const leafKey = anyKeep ? activity + '\u0002' + extra : activity;
    let leaf = l4.get(leafKey);
    if (!leaf) l4.set(leafKey, (leaf = { ore: 0, count: 0 }));
    const e: Seen = { leaf, masks: 0, period, date, costCenter, account, activity };
    // The dimension cells' personnummer were counted above; finishRow adds the free-text ones.
    finishRow(row, e, ore);
    e.masks = masks;
    if (key !== null) remember(key, e);
  };

  let sample: { rows: RawCell[][]; lines: number[] } | null = { rows: [], lines: [] };
  const flushSample = () => {
    if (!sample) return;
    decide(sample.rows);
    const s = sample;
    sample = null;
    for (let i = 0; i < s.rows.length; i++) handle(s.rows[i], s.lines[i]);
  };
  for await (const batch of table.data as AsyncIterable<RowBatch>) {
    throwIfCancelled(opts.signal);
    if (sample) {
      for (let i = 0; i < batch.rows.length; i++) {
        sample.rows.push(batch.rows[i]);
        sample.lines.push(batch.lines[i]);
      }
      if (sample.rows.length >= SAMPLE_ROWS) {
        flushSample();
        if (info.isText && opts.fused !== false) {
          info.lineHandler = fused;
          info.rowHandler = handle;
        }
      }
      continue;
    }
    const rows = batch.rows;
    const lines = batch.lines;
    for (let i = 0; i < rows.length; i++) handle(rows[i], lines[i]);
  }
  flushSample();
  info.lineHandler = null;
  info.rowHandler = null;
  foldFused();

  // Flatten the aggregate and reconcile it against the running sum.
  const out: ActualRow[] = [];
  const byPeriod: Record<string, number> = {};
  const byCC: Record<string, number> = {};
  let aggSum = 0;
  for (const [period, l2] of root) {
    for (const [cc, l3] of l2) {
      for (const [acc, l4] of l3) {
        for (const [key, leaf] of l4) {
          let activity = key;
          let parts: string[] = ['', '', '', ''];
          if (anyKeep) {
            const at = key.indexOf('\u0002');
            activity = key.slice(0, at);
            parts = key.slice(at + 1).split('\u0001');
          }
          out.push({
            period,
            costCenter: cc,
            account: acc,
            activity,
            subActivity: parts[0],
            project: parts[1],
            object: parts[2],
            counterparty: parts[3],
            ore: leaf.ore,
            count: leaf.count,
          });
          byPeriod[period] = (byPeriod[period] ?? 0) + leaf.ore;
          byCC[cc] = (byCC[cc] ?? 0) + leaf.ore;
          aggSum += leaf.ore;
        }
      }
    }
  }
  if (aggSum !== rowSum || !Number.isSafeInteger(rowSum)) {
    throw new Error(`intern avstämning misslyckades: rader ${rowSum} öre, aggregat ${aggSum} öre`);
  }
  recon.encoding = info.encoding;
  recon.delimiter = info.delimiter;
  recon.sheet = info.sheet;
  recon.rowsRead = read;
  recon.rowsImported = imported;
  recon.rowsSkipped = skipped;
  recon.rowsRejected = rejectedRows;
  recon.rejects = rejects;
  if (rejectsNotListed) recon.rejectsNotListed = rejectsNotListed;
  recon.periods = Object.keys(byPeriod).sort();
  recon.totalOre = rowSum;
  recon.totalsByPeriodOre = sortRecord(byPeriod);
  recon.totalsByCostCenterOre = sortRecord(byCC);
  recon.maskedPersonalNumbers = masker.count;
  if (Object.keys(skippedOre).length) recon.skippedAmountsOre = skippedOre;
  return { recon, rows: out, codeNames, detail, detailExceeded, rowSumOre: rowSum };
}

/** A free-text cell, masked; kept as written (no trimming: a leading tab or '=' stays, and stays text). */
function maskCell(v: RawCell | undefined, masker: { count: number }): string {
  if (v === null || v === undefined) return '';
  const s = typeof v === 'string' ? v : cellString(v);
  if (s.length < 10) return s;
  const m = maskPersonalNumbers(s);
  masker.count += m.count;
  return m.text;
}

export function sortRecord(r: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of Object.keys(r).sort()) out[k] = r[k];
  return out;
}

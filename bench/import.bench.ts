/**
 * Import benchmark: a 1,000,000-row Windows-1252 ledger CSV (≈70 MB, generated in setup to a temp dir) through
 * the real pipeline (stream → decode → parse → validate → mask → aggregate, as `ifo-prognos import` runs it,
 * without the SHA-256 and the workbook write), against a minimal split-and-sum baseline reading the same file
 * the same way (decode latin1, split lines, split fields, parse the amount column, sum).
 * A second case writes the aggregate through the Office.js adapter on the Excel fake and counts syncs.
 */
import { createReadStream, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchCase } from './harness';
import type { CellValue, DataTableDef, RowChunk, SettingValue, TableData, WorkbookPort } from '../src/core/port';
import { analyseImport, applyImport, type ImportPlan } from '../src/core/import/service';
import { luhnCheckDigit } from '../src/core/import/mask';
import type { TextSource } from '../src/core/import/sources';
import { nodeLatin1 } from '../src/cli/commands/import';
import { createExcelFake } from '../test/fake';
import { ExcelWorkbook, type ExcelHost } from '../src/excel';

const ROWS = 1_000_000;
let dir = '';

/** Deterministic pseudo-random numbers (xorshift32). */
function rng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 4294967296;
  };
}

const ACCOUNTS = [
  '31100 Egenavgifter', '45200 Ek bistånd', '45331 Arvode fh', '46311 Köp HVB', '46312 Köp SiS', '46321 Konsulentstödda fh',
  '46331 Köp HVB vuxna', '51110 Månadslön', '57110 Arbetsgivaravg', '61110 Lokalhyra', '64110 Kontorsmtrl', '65410 IT-tjänster',
  '71310 Resor',
];
const SUPPLIERS = ['Vårdbolaget AB', '"Omsorg; Stöd"', 'Fh-föreningen', '', '', ''];
/** Free texts; about one in twenty holds a character of 0x80–0x9F (€ – “ ”), as real ledger texts do now and then. */
const TEXTS = [
  'Placering', 'Vårddygn mars', 'Lön', 'Hyra', 'Utbetalning', 'Rättelse', 'Faktura', 'Avgift', 'Arvode', 'Omkostnad',
  'Placering', 'Vårddygn april', 'Lön', 'Hyra', 'Utbetalning', 'Kreditering', 'Faktura', 'Avgift', 'Arvode', 'Hyra € avtal',
  'Vårddygn – mars', '“Rättelse”',
];
const TEXT_WEIGHTS = TEXTS.map((t) => (/[€–“”]/.test(t) ? 1 : 2.15));

export interface LedgerShape {
  /** Rows in the extract's usual order (period, cost centre, account) or shuffled. */
  order: 'sorted' | 'shuffled';
}

/**
 * Writes the ledger in Windows-1252 (latin1 bytes plus € “ ” – remapped) and returns the exact total in öre.
 * Like a real extract (and Exempelkommun's): sorted by period, cost centre and account; each cost centre books
 * on one activity; about one row in a thousand carries a synthetic personnummer in its text.
 */
export function writeLedger(path: string, shape: LedgerShape = { order: 'sorted' }): number {
  const r = rng(20261);
  const weightSum = TEXT_WEIGHTS.reduce((a, b) => a + b, 0);
  const pickText = () => {
    let x = r() * weightSum;
    for (let i = 0; i < TEXTS.length; i++) if ((x -= TEXT_WEIGHTS[i]) < 0) return TEXTS[i];
    return TEXTS[0];
  };
  const lines: string[] = new Array(ROWS);
  let total = 0;
  const perBlock = Math.ceil(ROWS / (12 * 60));
  let i = 0;
  for (let p = 1; p <= 12 && i < ROWS; p++) {
    for (let c = 0; c < 60 && i < ROWS; c++) {
      const cc = String(51000 + c * 10);
      const act = ['569', '559', '571', '575', '585'][c % 5];
      const n = Math.min(perBlock, ROWS - i);
      const accIdx = Array.from({ length: n }, () => Math.floor(r() * ACCOUNTS.length)).sort((a, b) => a - b);
      for (let k = 0; k < n; k++, i++) {
        const ore = Math.floor(r() * 5_000_000) - (r() < 0.05 ? 5_500_000 : 0);
        total += ore;
        const a = Math.abs(ore);
        const kr = Math.floor(a / 100)
          .toString()
          .replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
        const amount = (ore < 0 ? '-' : '') + kr + ',' + String(a % 100).padStart(2, '0');
        let text = pickText();
        if (i % 1000 === 7) {
          const nine = `${String(40 + (i % 50)).padStart(2, '0')}0${1 + (i % 9)}1${i % 10}${String(i % 1000).padStart(3, '0')}`;
          text += ` ${nine.slice(0, 6)}-${nine.slice(6)}${luhnCheckDigit(nine)}`;
        }
        const sup = SUPPLIERS[Math.floor(r() * SUPPLIERS.length)];
        lines[i] = `2025${String(p).padStart(2, '0')};${cc};${ACCOUNTS[accIdx[k]]};${act};;${Math.floor(r() * 100)};${sup};${i};${text};${amount}`;
      }
    }
  }
  if (shape.order === 'shuffled') {
    for (let k = lines.length - 1; k > 0; k--) {
      const j = Math.floor(r() * (k + 1));
      [lines[k], lines[j]] = [lines[j], lines[k]];
    }
  }
  const parts: Buffer[] = [];
  const header = 'Period;Ansvar;Konto;Verksamhet;Aktivitet;Motpart;Leverantör;Fakturanummer;Text;Belopp';
  lines.unshift(header);
  for (let o = 0; o < lines.length; o += 50_000) {
    const s = lines.slice(o, o + 50_000).join('\r\n') + '\r\n';
    const b = Buffer.from(s, 'latin1');
    // Characters above 0xFF (€ “ ” –) were truncated by latin1; write their Windows-1252 bytes instead.
    for (let x = 0; x < s.length; x++) {
      const c = s.charCodeAt(x);
      if (c > 0xff) b[x] = c === 0x20ac ? 0x80 : c === 0x201c ? 0x93 : c === 0x201d ? 0x94 : c === 0x2013 ? 0x96 : 0x3f;
    }
    parts.push(b);
  }
  writeFileSync(path, Buffer.concat(parts));
  return total;
}

function fileChunks(path: string): AsyncIterable<Uint8Array> {
  return (async function* () {
    for await (const c of createReadStream(path, { highWaterMark: 1 << 20 })) {
      const b = c as Buffer;
      yield new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
    }
  })();
}

/** A workbook with nothing in it: the analysis reads tables and settings, finds none, and plans the writes. */
const emptyPort: WorkbookPort = {
  host: async () => ({ kind: 'file' }),
  listSheets: async () => [],
  readRange: async () => ({ address: null, values: [] }),
  readRangeChunks: async function* (): AsyncIterable<RowChunk> {},
  getSelection: async () => null,
  writeSheets: async () => undefined,
  deleteSheet: async () => undefined,
  activateSheet: async () => undefined,
  readTable: async (): Promise<TableData | null> => null,
  listTables: async () => [],
  replaceTable: async (_d: DataTableDef, _r: CellValue[][]) => undefined,
  appendTableRows: async () => undefined,
  updateTableRows: async () => undefined,
  getSettings: async (): Promise<Record<string, SettingValue>> => ({}),
  setSettings: async () => undefined,
};

async function runPipeline(file: string): Promise<ImportPlan> {
  const source: TextSource = { type: 'text', name: 'huvudbok_1M.csv', size: statSync(file).size, chunks: () => fileChunks(file) };
  return analyseImport(emptyPort, [source], { now: '2026-01-01T00:00:00Z', hooks: { latin1: nodeLatin1 } });
}

/** The minimal split-and-sum over the same file, read the same way. */
async function splitAndSum(file: string): Promise<number> {
  let sum = 0;
  let rest = '';
  let header = true;
  for await (const bytes of fileChunks(file)) {
    const text = rest + nodeLatin1(bytes, 0, bytes.length);
    const lines = text.split('\n');
    rest = lines.pop()!;
    for (const line of lines) {
      if (header) {
        header = false;
        continue;
      }
      const f = line.split(';');
      // The amount is the last field (a quoted supplier may hold a ';', which a naive split miscounts).
      const a = f[f.length - 1];
      sum += Math.round(parseFloat(a.replace(/ /g, '').replace(',', '.')) * 100);
    }
  }
  return sum;
}

let lastPlan: ImportPlan | null = null;
const files: Record<LedgerShape['order'], { path: string; total: number }> = {
  sorted: { path: '', total: 0 },
  shuffled: { path: '', total: 0 },
};

function ensureDir(): string {
  if (!dir) {
    dir = mkdtempSync(join(tmpdir(), 'ifo-bench-import-'));
    process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  }
  return dir;
}

function importCase(order: LedgerShape['order']): BenchCase {
  const label = order === 'sorted' ? 'sorterad som ett verkligt uttag' : 'raderna blandade';
  return {
    name: `Import av huvudbok ${ROWS.toLocaleString('sv-SE')} rader, Windows-1252, ${label} (avkoda + tolka + validera + maskera + aggregera)`,
    runs: 5,
    setup() {
      const path = join(ensureDir(), `huvudbok_1M_${order}.csv`);
      files[order] = { path, total: writeLedger(path, { order }) };
    },
    baseline: {
      name: 'split-and-sum: latin1, split rader, split fält, parsa beloppet, summera',
      async run() {
        const sum = await splitAndSum(files[order].path);
        if (sum !== files[order].total) throw new Error(`baseline sum ${sum} ≠ ${files[order].total}`);
      },
    },
    async subject() {
      const plan = await runPipeline(files[order].path);
      const f = plan.reconciliation.files[0];
      if (f.rowsImported !== ROWS || f.totalOre !== files[order].total) {
        throw new Error(`import: ${f.rowsImported} rader, ${f.totalOre} öre ≠ ${ROWS}, ${files[order].total}`);
      }
      lastPlan = plan;
      const actuals = plan.writes.find((w) => w.op === 'replaceTable' && w.def.name === 'IFO_Utfall');
      return {
        'fil MB': (statSync(files[order].path).size / 1048576).toFixed(1),
        'aggregat rader': actuals && actuals.op === 'replaceTable' ? actuals.rows.length : 0,
        maskerade: f.maskedPersonalNumbers,
        'summa öre': f.totalOre,
      };
    },
    maxRatio: 1.3,
    maxRssMb: 600,
  };
}

export const cases: BenchCase[] = [
  importCase('sorted'),
  importCase('shuffled'),
  {
    name: 'Import: skriv aggregatet via Office.js-adaptern på Excel-fake (syncs per 4 MB)',
    runs: 3,
    async setup() {
      if (!lastPlan) {
        const path = join(ensureDir(), 'huvudbok_1M_sorted.csv');
        if (!files.sorted.path) files.sorted = { path, total: writeLedger(path) };
        lastPlan = await runPipeline(path);
      }
    },
    baseline: {
      name: 'JSON.stringify av samma tabellrader (nyttolastens storlek)',
      run() {
        const w = lastPlan!.writes.find((x) => x.op === 'replaceTable' && x.def.name === 'IFO_Utfall');
        if (w && w.op === 'replaceTable') JSON.stringify(w.rows);
      },
    },
    async subject() {
      const fake = createExcelFake({ apiVersion: '1.7', web: true });
      const port = new ExcelWorkbook(fake.Excel as unknown as ExcelHost, fake.isSetSupported);
      fake.resetStats();
      await applyImport(port, lastPlan!);
      const bytes = fake.stats.requestBytes.reduce((a, b) => a + b, 0);
      const bound = Math.ceil(bytes / (4 * 1024 * 1024));
      return {
        syncs: fake.stats.syncs,
        'MB skickat': (bytes / 1048576).toFixed(1),
        'största MB': (fake.maxRequestBytes() / 1048576).toFixed(2),
        'syncs − MB/4': fake.stats.syncs - bound,
      };
    },
  },
];

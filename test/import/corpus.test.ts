/**
 * The import's bad-input corpus (test/fixtures/import, written by make-corpus.mjs), table-driven through the CLI:
 * each file is refused with its specific Swedish message and the workbook left byte for byte as it was, or
 * imported with exactly the expected rows, rejects and sums.
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import type { CliIO } from '../../src/cli/io';
import { XlsxWorkbook } from '../../src/file';
import { ACTUALS_DETAIL_TABLE, ACTUALS_TABLE, CODE_NAMES_TABLE, cellText } from '../../src/core/model/tables';

const FIXTURES = join(__dirname, '../fixtures/import');

interface Refused {
  file: string;
  args?: string[];
  /** The Swedish lines the refusal must print (stderr), in this order among the issues. */
  messages: string[];
}

interface Imported {
  file: string;
  args?: string[];
  expect: Record<string, unknown>;
  /** Extra checks on the saved workbook. */
  check?: (wb: XlsxWorkbook) => Promise<void>;
}

const REFUSED: Refused[] = [
  { file: 'empty.csv', messages: ['fil empty.csv: Filen är tom.'] },
  { file: 'blank-lines.csv', messages: ['fil blank-lines.csv: Filen är tom.'] },
  {
    file: 'header-only.csv',
    messages: ['fil header-only.csv: Filen innehåller inga rader att importera (bara rubriker, summeringar eller tomma rader).'],
  },
  {
    file: 'only-subtotals.csv',
    messages: ['fil only-subtotals.csv: Filen innehåller inga rader att importera (bara rubriker, summeringar eller tomma rader).'],
  },
  { file: 'binary.csv', messages: ['fil binary.csv: Filen är ingen textfil (den innehåller binära tecken). Spara uttaget som CSV eller xlsx.'] },
  { file: 'not-a-zip.xlsx', messages: ['fil not-a-zip.xlsx: Filen "not-a-zip.xlsx" är ingen xlsx-arbetsbok'] },
  { file: 'xlsx-named-csv.csv', messages: ['fil xlsx-named-csv.csv: Filen är en Excel-arbetsbok (xlsx) men har ett textfilnamn. Byt filändelse till .xlsx.'] },
  {
    file: 'missing-amount-column.csv',
    messages: [
      'fil missing-amount-column.csv: Kolumnerna kunde inte tolkas säkert. Föreslagen tolkning: period=Period,costCenter=Ansvar,account=Konto,activity=Verksamhet,text=Text.',
      'fil missing-amount-column.csv: Ingen kolumn för amount. Rubriker i filen: Period, Ansvar, Konto, Verksamhet, Text.',
    ],
  },
  { file: 'no-header.csv', messages: ['fil no-header.csv: Ingen rubrikrad hittades bland de första 40 raderna (t.ex. Konto, Ansvar, Belopp).'] },
  {
    file: 'bad-number.csv',
    messages: [
      'fil bad-number.csv, rad 3, kolumn Belopp, värde "12,3,4": Beloppet är inte ett tal.',
      'fil bad-number.csv, rad 4, kolumn Belopp, värde "tusen": Beloppet är inte ett tal.',
    ],
  },
  {
    file: 'impossible-period.csv',
    messages: [
      'fil impossible-period.csv, rad 2, kolumn Period, värde "202613": Perioden är omöjlig (finns inte i kalendern).',
      'fil impossible-period.csv, rad 3, kolumn Period, värde "2026-02-30": Perioden är omöjlig (finns inte i kalendern).',
    ],
  },
  {
    file: 'unreadable-period.csv',
    messages: ['fil unreadable-period.csv, rad 2, kolumn Period, värde "Q1 2026": Perioden kan inte läsas (skriv ÅÅÅÅMM, ÅÅÅÅ-MM eller ett datum).'],
  },
  { file: 'missing-account.csv', messages: ['fil missing-account.csv, rad 2, kolumn Konto, värde "": Konto saknas.'] },
  { file: 'missing-costcenter.csv', messages: ['fil missing-costcenter.csv, rad 2, kolumn Ansvar, värde "": Ansvar saknas.'] },
  {
    file: 'null-amount.csv',
    messages: [
      'fil null-amount.csv, rad 2, kolumn Belopp, värde "NULL": Beloppet saknas.',
      'fil null-amount.csv, rad 3, kolumn Belopp, värde "SAKNAS": Beloppet saknas.',
    ],
  },
  {
    file: 'amount-too-large.csv',
    messages: ['fil amount-too-large.csv, rad 2, kolumn Belopp, värde "123456789012345678,00": Beloppet är orimligt stort.'],
  },
  {
    file: 'mixed-delimiters.csv',
    messages: [
      'fil mixed-delimiters.csv, rad 3, värde "202603,1210,46311,569,,,Lev,1,Text,200": Raden har 1 fält men rubrikraden har 10 (avgränsare i otexterat fält eller blandade avgränsare?).',
    ],
  },
  {
    file: 'unbalanced-quotes.csv',
    messages: ['fil unbalanced-quotes.csv, rad 3: Ett citattecken (") öppnar ett fält som aldrig stängs. Kontrollera raden och exportera om filen.'],
  },
  { file: 'text-after-quote.csv', messages: ['fil text-after-quote.csv, rad 2: Text direkt efter ett avslutande citattecken ("); fältet är felaktigt citerat.'] },
  {
    file: 'duplicate-header.csv',
    messages: [
      'fil duplicate-header.csv: Kolumnerna kunde inte tolkas säkert.',
      'fil duplicate-header.csv: Flera kolumner kan vara amount: Belopp (D), Belopp (E). Välj en med --map amount=<kolumnbokstav>.',
    ],
  },
  {
    file: 'too-large.csv',
    args: ['--max-size-mb', '0.001'],
    messages: ['fil too-large.csv: Filen är för stor (2,3 kB); gränsen är 1,0 kB. Ingenting lästes.'],
  },
  {
    file: 'period-mismatch.csv',
    args: ['--period', '2026-03'],
    messages: ['fil period-mismatch.csv, rad 2, kolumn Period, värde "202604": Perioden är inte 2026-03 som angavs med --period.'],
  },
  {
    file: 'mixed-encoding.csv',
    messages: ['fil mixed-encoding.csv: Filen är inte giltig UTF-8 längre fram i filen (blandade teckenkodningar). Exportera om filen i en och samma kodning.'],
  },
  {
    file: 'followup-no-period.csv',
    messages: ['fil followup-no-period.csv: Rapportens period framgår inte av rubrikerna; ange den med --period ÅÅÅÅ-MM.'],
  },
  {
    file: 'budget-months-dont-sum.csv',
    messages: ['fil budget-months-dont-sum.csv, rad 2, kolumn Helår, värde "1 300": Helåret är inte summan av månaderna.'],
  },
];

const IMPORTED: Imported[] = [
  {
    file: 'formula-texts.csv',
    args: ['--detail', '1210'],
    expect: { rowsImported: 3, totalOre: 600, rejects: [] },
    check: async (wb) => {
      const d = (await wb.readTable(ACTUALS_DETAIL_TABLE.name))!.rows;
      expect(d.map((r) => [r[5], r[6], r[7]])).toEqual([
        ['=SUM(A1:A9)', '=HYPERLINK("http://x")', '+46701234'],
        ['-minskning', '@konto', '-1'],
        ['\ttabb', '\rretur', '=1+1'],
      ]);
    },
  },
  {
    file: 'personnummer.csv',
    args: ['--detail', '1210'],
    expect: { rowsImported: 3, maskedPersonalNumbers: 3, totalOre: 30000 },
    check: async (wb) => {
      const d = (await wb.readTable(ACTUALS_DETAIL_TABLE.name))!.rows;
      expect(d.map((r) => r[5])).toEqual(['Placering ÅÅMMDD-****', 'Klient ÅÅÅÅMMDD-****', 'Org 232100-0164 ej personnummer']);
    },
  },
  {
    file: 'utf16le-unicode-text.txt',
    expect: { encoding: 'utf-16le', delimiter: 'tab', rowsImported: 1, totalOre: 123450 },
    check: async (wb) => {
      expect((await wb.readTable(CODE_NAMES_TABLE.name))!.rows).toContainEqual(['Konto', '46311', 'Köp HVB']);
    },
  },
  { file: 'utf16be.txt', expect: { encoding: 'utf-16be', delimiter: 'tab', rowsImported: 1, totalOre: 1000 } },
  {
    file: 'cp1252-special.csv',
    expect: { encoding: 'windows-1252', rowsImported: 1, totalOre: 9990 },
    check: async (wb) => {
      expect((await wb.readTable(CODE_NAMES_TABLE.name))!.rows).toContainEqual(['Konto', '46399', 'Köp – tjänster € … ”citat” ‘x’ ™']);
    },
  },
  { file: 'utf8-bom.csv', expect: { encoding: 'utf-8-bom', rowsImported: 1, totalOre: 500 } },
  { file: 'title-block.csv', expect: { headerRow: 5, rowsRead: 1, rowsImported: 1, totalOre: 10000 } },
  {
    file: 'subtotal-rows.csv',
    expect: {
      rowsRead: 6,
      rowsImported: 3,
      rowsSkipped: { totalRow: 2, amountWithoutDimensions: 1 },
      totalOre: 17500,
      skippedAmountsOre: { totalRow: 32500, amountWithoutDimensions: 2500 },
      totalsByCostCenterOre: { '1210': 15000, '1310': 2500 },
    },
  },
  { file: 'repeated-header.csv', expect: { rowsRead: 4, rowsImported: 2, rowsSkipped: { blank: 1, repeatedHeader: 1 }, totalOre: 10100 } },
  { file: 'trailing-minus.csv', expect: { rowsImported: 3, totalOre: -123450 - 10000 - 50 } },
  { file: 'comma-delimited-decimal-point.csv', expect: { delimiter: ',', rowsImported: 2, totalOre: 123450 - 3450 } },
  { file: 'pipe-delimited.txt', expect: { delimiter: '|', rowsImported: 1, totalOre: 1000 } },
  { file: 'cr-line-ends.csv', expect: { rowsImported: 1, totalOre: 700 } },
  {
    file: 'quoted-fields.csv',
    args: ['--detail', '1210'],
    expect: { rowsImported: 1, totalOre: 100000 },
    check: async (wb) => {
      const d = (await wb.readTable(ACTUALS_DETAIL_TABLE.name))!.rows;
      expect(d[0].slice(5, 8)).toEqual(['Rad ett\r\nrad två "citat"', 'Lev; AB', '1']);
    },
  },
  {
    file: 'skip-invalid.csv',
    args: ['--skip-invalid'],
    expect: {
      rowsRead: 3,
      rowsImported: 1,
      rowsRejected: 2,
      totalOre: 10000,
      rejects: [
        { row: 3, column: 'Belopp', value: 'x', reason: 'Beloppet är inte ett tal.' },
        { row: 4, column: 'Period', value: '202699', reason: 'Perioden är omöjlig (finns inte i kalendern).' },
      ],
    },
  },
];

function capture(cwd: string) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io: CliIO = { cwd, out: (s) => stdout.push(s), err: (s) => stderr.push(s) };
  return { io, stdout, stderr };
}

let dir: string;
let baseline: Buffer;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ifo-corpus-'));
  writeFileSync(join(dir, 'base.csv'), 'Period;Ansvar;Konto;Verksamhet;Belopp\r\n202601;1210;46311;569;1\r\n');
  const c = capture(dir);
  expect(await main(['import', 'base.csv', '--workbook', 'bok.xlsx'], c.io)).toBe(0);
  baseline = readFileSync(join(dir, 'bok.xlsx'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('import corpus', () => {
  it('has at least 25 files, every one of them covered below', () => {
    const files = readdirSync(FIXTURES).filter((f) => !f.endsWith('.mjs'));
    expect(files.length).toBeGreaterThanOrEqual(25);
    expect([...REFUSED.map((c) => c.file), ...IMPORTED.map((c) => c.file)].sort()).toEqual(files.sort());
  });

  it.each(REFUSED.map((c) => [c.file, c] as const))('refuses %s with its message, workbook untouched', async (_name, c) => {
    copyFileSync(join(dir, 'bok.xlsx'), join(dir, 'work.xlsx'));
    const { io, stdout, stderr } = capture(dir);
    const code = await main(['import', join(FIXTURES, c.file), '--workbook', 'work.xlsx', '--json', ...(c.args ?? [])], io);
    expect(code).toBe(2);
    expect(readFileSync(join(dir, 'work.xlsx')).equals(baseline)).toBe(true);
    const issues = stderr.slice(1).map((l) => l.trim());
    let from = 0;
    for (const m of c.messages) {
      const at = issues.findIndex((l, i) => i >= from && l.startsWith(m));
      expect({ missing: m, at: at >= 0, issues }).toEqual({ missing: m, at: true, issues });
      from = at + 1;
    }
    // The JSON reconciliation is printed on refusal too.
    const json = JSON.parse(stdout.join('\n'));
    expect(json.files[0].file).toBe(c.file);
  });

  it.each(IMPORTED.map((c) => [c.file, c] as const))('imports %s with exactly the expected result', async (_name, c) => {
    copyFileSync(join(dir, 'bok.xlsx'), join(dir, 'work.xlsx'));
    const { io, stdout, stderr } = capture(dir);
    const code = await main(['import', join(FIXTURES, c.file), '--workbook', 'work.xlsx', '--json', ...(c.args ?? [])], io);
    expect(stderr).toEqual([]);
    expect(code).toBe(0);
    const f = JSON.parse(stdout.join('\n')).files[0];
    expect(f).toMatchObject(c.expect);
    const wb = await XlsxWorkbook.load(new Uint8Array(readFileSync(join(dir, 'work.xlsx'))), 'work.xlsx');
    const actuals = (await wb.readTable(ACTUALS_TABLE.name))!.rows;
    // The base import's January row is still there (other periods untouched).
    expect(actuals.some((r) => cellText(r[0]) === '2026-01')).toBe(true);
    await c.check?.(wb);
  });
});

import fc from 'fast-check';
import { encodeCp1252 } from '../encoding/cp1252';
import { ACTUALS_DETAIL_TABLE, ACTUALS_TABLE, CODE_NAMES_TABLE, IMPORT_LOG_TABLE, ORGANISATION_TABLE, cellOre, cellText } from '../model/tables';
import { MASK_10 } from './mask';
import { analyseImport, ImportRefusedError, runImport } from './service';
import { bytesSource, rowsSource, workbookRangeSource, type ImportSource } from './sources';
import { readImportStatus } from './status';
import { MemoryPort } from './testing/memoryPort.test-util';
import { syntheticPnr } from './testing/synthetic.test-util';
import { reconciliationJson } from './types';
import { writeCsv } from './csv';

const NOW = '2026-04-02T10:00:00Z';
const HEADER = ['Period', 'Ansvar', 'Konto', 'Verksamhet', 'Aktivitet', 'Motpart', 'Leverantör', 'Fakturanummer', 'Text', 'Belopp'];
const enc = (s: string) => new TextEncoder().encode(s);

function ledger(rows: string[][], opts: { title?: string[]; header?: string[] } = {}): string {
  const lines = [...(opts.title ?? []), writeCsv([opts.header ?? HEADER, ...rows], ';')];
  return lines.join('\r\n');
}

function src(name: string, text: string, opts: { cp1252?: boolean; chunk?: number; hash?: string } = {}): ImportSource {
  return bytesSource(name, opts.cp1252 ? encodeCp1252(text) : enc(text), opts.chunk ?? 64, opts.hash ?? 'h-' + name + '-' + text.length);
}

async function refused(p: Promise<unknown>): Promise<ImportRefusedError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ImportRefusedError) return e;
    throw e;
  }
  throw new Error('not refused');
}

async function actualsByPeriod(port: MemoryPort): Promise<Record<string, number>> {
  const t = await port.readTable(ACTUALS_TABLE.name);
  const out: Record<string, number> = {};
  for (const r of t?.rows ?? []) out[cellText(r[0])] = (out[cellText(r[0])] ?? 0) + cellOre(r[8]);
  // In kronor, for readable expectations.
  for (const k of Object.keys(out)) out[k] /= 100;
  return out;
}

const pnr = syntheticPnr('850101', '123');
const R = (period: string, cc: string, acc: string, amount: string, text = 'Placering', act = '569') => [
  period, cc, acc, act, '', '', 'Leverantör AB', '1001', text, amount,
];

describe('ledger import', () => {
  it('imports a Windows-1252 extract below a title block, skipping and reporting subtotals, splitting codes, masking', async () => {
    const text = ledger(
      [
        R('202603', '1210', '46311 Köp HVB barn och unga', '1 234,50', `Placering ${pnr.slice(0, 6)}-${pnr.slice(6)} – €`),
        R('202603', '1210', '46311 Köp HVB barn och unga', '-34,50'),
        R('202603', '1310', '45200 Ekonomiskt bistånd', '10 000,00', 'Utbetalning', '575'),
        ['Summa', '', '', '', '', '', '', '', '', '11 200,00'],
        ['', '', '', '', '', '', '', '', '', '11 200,00'],
        HEADER,
        R('202604', '1210', '46311 Köp HVB barn och unga', '500,00'),
      ],
      { title: ['Huvudbok IFO', 'Utskriven 2026-04-02', ''] },
    );
    const port = new MemoryPort();
    const rec = await runImport(port, [src('hb.csv', text, { cp1252: true, chunk: 17 })], { now: NOW });
    const f = rec.files[0];
    expect(f).toMatchObject({
      file: 'hb.csv',
      kind: 'ledger',
      encoding: 'windows-1252',
      delimiter: ';',
      headerRow: 4,
      rowsRead: 7,
      rowsImported: 4,
      rowsSkipped: { totalRow: 1, amountWithoutDimensions: 1, repeatedHeader: 1 },
      rowsRejected: 0,
      periods: ['2026-03', '2026-04'],
      totalOre: 1170000,
      totalsByPeriodOre: { '2026-03': 1120000, '2026-04': 50000 },
      totalsByCostCenterOre: { '1210': 170000, '1310': 1000000 },
      maskedPersonalNumbers: 1,
      skippedAmountsOre: { totalRow: 1120000, amountWithoutDimensions: 1120000 },
    });
    expect(f.mapping).toMatchObject({ account: 'Konto', costCenter: 'Ansvar', amount: 'Belopp', period: 'Period', activity: 'Verksamhet' });
    expect(await actualsByPeriod(port)).toEqual({ '2026-03': 11200, '2026-04': 500 });
    const names = await port.readTable(CODE_NAMES_TABLE.name);
    expect(names!.rows).toEqual([
      ['Konto', '45200', 'Ekonomiskt bistånd'],
      ['Konto', '46311', 'Köp HVB barn och unga'],
    ]);
    const log = await port.readTable(IMPORT_LOG_TABLE.name);
    expect(log!.rows).toHaveLength(1);
    expect(log!.rows[0].slice(2, 10)).toEqual(['hb.csv', 'ledger', f.hash, '2026-03, 2026-04', 7, 4, 0, 11700]);
    // New cost centres are added to the organisation, flagged until an area is filled in.
    const org = await port.readTable(ORGANISATION_TABLE.name);
    expect(org!.rows).toEqual([
      ['1210', null, null, null, '569'],
      ['1310', null, null, null, '575'],
    ]);
    expect(f.unmappedCostCenters).toEqual(['1210', '1310']);
    expect(f.unmappedAccounts).toEqual([]);
  });

  it('refuses the whole import with every invalid row listed and leaves the workbook untouched', async () => {
    const port = new MemoryPort();
    await runImport(port, [src('ok.csv', ledger([R('202602', '1210', '46311', '100')]))], { now: NOW });
    const before = port.snapshot();
    const bad = ledger([
      R('202603', '1210', '46311', '12,3,4'),
      R('202613', '1210', '46311', '100'),
      R('202603', '', '46311', '100'),
      R('202603', '1210', '', 'abc'),
      R('202603', '1210', '46311', '100'),
    ]);
    const e = await refused(runImport(port, [src('bad.csv', bad)], { now: NOW }));
    expect(port.snapshot()).toBe(before);
    expect(e.key).toBe('import.refused.rows');
    expect(e.issues.map((i) => [i.row, i.column, i.value, i.reason])).toEqual([
      [2, 'Belopp', '12,3,4', 'import.reject.amountNotNumber'],
      [3, 'Period', '202613', 'import.reject.periodImpossible'],
      [4, 'Ansvar', '', 'import.reject.costCenterMissing'],
      [5, 'Belopp', 'abc', 'import.reject.amountNotNumber'],
      [5, 'Konto', '', 'import.reject.accountMissing'],
    ]);
    expect(e.issues[0].message).toBe('fil bad.csv, rad 2, kolumn Belopp, värde "12,3,4": Beloppet är inte ett tal.');
    const json = reconciliationJson(e.reconciliation) as { files: { rowsRejected: number; rejects: unknown[] }[] };
    expect(json.files[0].rowsRejected).toBe(4);
    expect(json.files[0].rejects[0]).toEqual({ row: 2, column: 'Belopp', value: '12,3,4', reason: 'Beloppet är inte ett tal.' });
  });

  it('with skipInvalid imports the rest and lists the rejects', async () => {
    const port = new MemoryPort();
    const rec = await runImport(
      port,
      [src('bad.csv', ledger([R('202603', '1210', '46311', 'x'), R('202603', '1210', '46311', '100')]))],
      { now: NOW, skipInvalid: true },
    );
    expect(rec.files[0]).toMatchObject({ rowsImported: 1, rowsRejected: 1, totalOre: 10000 });
    expect(rec.files[0].rejects).toHaveLength(1);
    expect(await actualsByPeriod(port)).toEqual({ '2026-03': 100 });
  });

  it('is idempotent: the same file again leaves the totals unchanged; a corrected month replaces that month', async () => {
    const port = new MemoryPort();
    const jan = ledger([R('202601', '1210', '46311', '100'), R('202602', '1210', '46311', '200')]);
    await runImport(port, [src('a.csv', jan, { hash: 'aaa' })], { now: NOW });
    const second = await runImport(port, [src('a.csv', jan, { hash: 'aaa' })], { now: '2026-04-03T10:00:00Z' });
    expect(await actualsByPeriod(port)).toEqual({ '2026-01': 100, '2026-02': 200 });
    expect(second.files[0].warnings?.[0]).toMatch(/importerades tidigare/);
    await runImport(port, [src('feb.csv', ledger([R('202602', '1210', '46311', '250')]))], { now: NOW });
    expect(await actualsByPeriod(port)).toEqual({ '2026-01': 100, '2026-02': 250 });
    expect((await port.readTable(IMPORT_LOG_TABLE.name))!.rows).toHaveLength(3);
  });

  it('combines several files in one run and refuses the same content twice', async () => {
    const port = new MemoryPort();
    const a = ledger([R('202603', '1210', '46311', '100')]);
    const b = ledger([R('202603', '1210', '46311', '50'), R('202603', '1310', '45200', '5')]);
    const rec = await runImport(port, [src('a.csv', a, { hash: 'a' }), src('b.csv', b, { hash: 'b' })], { now: NOW });
    expect(rec.files.map((f) => f.totalOre)).toEqual([10000, 5500]);
    expect(await actualsByPeriod(port)).toEqual({ '2026-03': 155 });
    const rows = (await port.readTable(ACTUALS_TABLE.name))!.rows;
    expect(rows.find((r) => r[1] === '1210')!.slice(8, 10)).toEqual([150, 2]);
    const before = port.snapshot();
    const e = await refused(runImport(port, [src('a.csv', a, { hash: 'a' }), src('copy.csv', a, { hash: 'a' })], { now: NOW }));
    expect(e.issues.map((i) => i.reason)).toEqual(['import.file.duplicateInRun']);
    expect(port.snapshot()).toBe(before);
  });

  it('uses --period for a file without a period column and checks it against one with', async () => {
    const port = new MemoryPort();
    const noPeriod = writeCsv([['Ansvar', 'Konto', 'Belopp'], ['1210', '46311', '100']], ';');
    const e = await refused(runImport(port, [src('np.csv', noPeriod)], { now: NOW }));
    expect(e.issues[0].reason).toBe('import.map.uncertain');
    expect(e.issues[1].reason).toBe('import.map.missingField');
    const rec = await runImport(port, [src('np.csv', noPeriod)], { now: NOW, period: '2026-03' });
    expect(rec.files[0].periods).toEqual(['2026-03']);
    const e2 = await refused(runImport(port, [src('p.csv', ledger([R('202604', '1210', '46311', '1')]))], { now: NOW, period: '2026-03' }));
    expect(e2.issues[0].reason).toBe('import.reject.periodMismatch');
  });

  it('asks for confirmation when the mapping is not certain, then remembers the confirmed one', async () => {
    const port = new MemoryPort();
    const text = writeCsv([['Period', 'Resultatenhet', 'Kontonr', 'Värde'], ['202603', '1210', '46311', '100']], ';');
    const e = await refused(runImport(port, [src('x.csv', text)], { now: NOW }));
    expect(e.issues.map((i) => i.reason)).toEqual(['import.map.uncertain', 'import.map.missingField', 'import.map.missingField']);
    expect(e.issues[0].message).toContain('period=Period,account=Kontonr');
    const map = { ansvar: 'Resultatenhet', amount: 'Värde' };
    const rec = await runImport(port, [src('x.csv', text)], { now: NOW, map });
    expect(rec.files[0].mapping).toEqual({ period: 'Period', costCenter: 'Resultatenhet', account: 'Kontonr', amount: 'Värde' });
    expect(Object.keys(port.settings)[0]).toMatch(/^import\.mapping\.ledger\./);
    // Same header again, no --map: the remembered mapping is used.
    const again = await runImport(port, [src('x2.csv', text.replace('100', '200'))], { now: NOW });
    expect(again.files[0].totalOre).toBe(20000);
  });

  it('refuses a duplicated amount column and accepts a column letter to choose', async () => {
    const port = new MemoryPort();
    const text = writeCsv([['Period', 'Ansvar', 'Konto', 'Belopp', 'Belopp'], ['202603', '1210', '46311', '1', '2']], ';');
    const e = await refused(runImport(port, [src('d.csv', text)], { now: NOW }));
    expect(e.issues.map((i) => i.reason)).toEqual(['import.map.uncertain', 'import.map.ambiguousField']);
    expect(e.issues[1].message).toContain('Belopp (D), Belopp (E)');
    const rec = await runImport(port, [src('d.csv', text)], { now: NOW, map: { amount: 'E' } });
    expect(rec.files[0].totalOre).toBe(200);
  });

  it('reads a grid (xlsx or Excel sheet): numbers stay numbers, numeric codes become text', async () => {
    const rows = [
      ['Rapport', null, null, null],
      [null, null, null, null],
      ['RN1/FÖRVALTNING', 'LEVERANTÖR', 'KONTO', 'UTFALL'],
      ['VVV Vård- och omsorgsnämnd väster', 'Lev AB', '46362 Köp medicinskt färdigbeh', 9632],
      ['BGY Gymnasienämnd', 'Lev 2', 70102, 12761.37],
      ['VVV Vård- och omsorgsnämnd väster', 'Lev AB', 46362, -0.5],
    ];
    const port = new MemoryPort({ Extrakt: rows });
    const rec = await runImport(port, [workbookRangeSource(port, 'Extrakt', 'A1:D6')], { now: NOW, period: '2016-03' });
    expect(rec.files[0]).toMatchObject({
      encoding: 'excel',
      headerRow: 3,
      rowsRead: 3,
      rowsImported: 3,
      totalOre: 963200 + 1276137 - 50,
      totalsByCostCenterOre: { BGY: 1276137, VVV: 963150 },
    });
    const names = (await port.readTable(CODE_NAMES_TABLE.name))!.rows;
    expect(names).toContainEqual(['Ansvar', 'VVV', 'Vård- och omsorgsnämnd väster']);
    expect(names).toContainEqual(['Konto', '46362', 'Köp medicinskt färdigbeh']);
    const act = (await port.readTable(ACTUALS_TABLE.name))!.rows;
    expect(act.map((r) => r[2])).toEqual(['70102', '46362']);
  });

  it('masks personnummer in every text column and keeps formula-like texts as text', async () => {
    const s = syntheticPnr('121212', '121');
    const text = ledger([
      ['202603', '1210', '46311', '569', '', `19${s}`, '=HYPERLINK("x")', '+4670', '@SUM(A1)', '100'],
    ]);
    const port = new MemoryPort();
    const rec = await runImport(port, [src('f.csv', text)], { now: NOW, keep: ['counterparty'], detailCostCenters: ['1210'] });
    expect(rec.files[0].maskedPersonalNumbers).toBe(1);
    const act = (await port.readTable(ACTUALS_TABLE.name))!.rows;
    expect(act[0][7]).toBe('ÅÅÅÅMMDD-****');
    const det = (await port.readTable(ACTUALS_DETAIL_TABLE.name))!.rows;
    expect(det[0].slice(5, 8)).toEqual(['@SUM(A1)', '=HYPERLINK("x")', '+4670']);
    expect(JSON.stringify(port.snapshot())).not.toContain(s.slice(6));
    expect(MASK_10).toBe('ÅÅMMDD-****');
  });

  it('caps the detail rows with a clear message', async () => {
    const port = new MemoryPort();
    const rows = Array.from({ length: 5 }, (_, i) => R('202603', '1210', '46311', String(i + 1)));
    const rec = await runImport(port, [src('d.csv', ledger(rows))], { now: NOW, detailCostCenters: ['1210'], detailRowCap: 3 });
    expect(rec.files[0].warnings?.join()).toContain('överstiger taket 3 rader');
    expect((await port.readTable(ACTUALS_DETAIL_TABLE.name))!.rows).toEqual([]);
    expect(await actualsByPeriod(port)).toEqual({ '2026-03': 15 });
  });

  it('refuses a file above the size limit before reading it', async () => {
    let read = false;
    const source: ImportSource = {
      type: 'text',
      name: 'big.csv',
      size: 2048,
      async *chunks() {
        read = true;
        yield enc('x');
      },
    };
    const e = await refused(runImport(new MemoryPort(), [source], { now: NOW, maxFileBytes: 1024 }));
    expect(e.issues[0].reason).toBe('import.file.tooLarge');
    expect(read).toBe(false);
  });

  it('reports progress by bytes and rows, also while the fused path takes the lines', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => R('202603', '1210', '46311', String(i % 100)));
    const text = ledger(rows);
    const seen: { bytesRead?: number; totalBytes?: number; rowsRead: number }[] = [];
    await runImport(new MemoryPort(), [src('p.csv', text, { chunk: 4096 })], { now: NOW, onProgress: (p) => seen.push(p) });
    expect(seen.length).toBeGreaterThan(20);
    const last = seen[seen.length - 1];
    expect(last.bytesRead).toBe(enc(text).length);
    expect(last.totalBytes).toBe(enc(text).length);
    expect(last.rowsRead).toBeGreaterThanOrEqual(5000);
    for (let i = 1; i < seen.length; i++) expect(seen[i].bytesRead!).toBeGreaterThanOrEqual(seen[i - 1].bytesRead!);
  });

  it('analyses without writing', async () => {
    const port = new MemoryPort();
    const plan = await analyseImport(port, [src('a.csv', ledger([R('202603', '1210', '46311', '1')]))], { now: NOW });
    expect(port.writes).toBe(0);
    expect(plan.writes.map((w) => (w.op === 'settings' ? 'settings' : w.def.name))).toEqual([
      'IFO_Utfall',
      'IFO_Kostnadsslag',
      'IFO_Kontoplan',
      'IFO_Organisation',
      'IFO_Importlogg',
    ]);
  });
});

describe('import properties', () => {
  const row = fc.record({
    month: fc.integer({ min: 1, max: 3 }),
    cc: fc.constantFrom('1210', '1310', '0610'),
    acc: fc.constantFrom('46311', '45200', '31000'),
    ore: fc.integer({ min: -5_000_000, max: 5_000_000 }),
  });
  const amountText = (ore: number) => {
    const neg = ore < 0;
    const a = Math.abs(ore);
    const kr = Math.floor(a / 100)
      .toString()
      .replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
    return (neg ? '-' : '') + kr + ',' + String(a % 100).padStart(2, '0');
  };
  const toCsv = (rows: { month: number; cc: string; acc: string; ore: number }[]) =>
    ledger(rows.map((r) => R(`20260${r.month}`, r.cc, r.acc, amountText(r.ore))));

  it('sums are invariant under shuffling the rows and equal the sum of the inputs', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 40 }), fc.integer(), async (rows, seed) => {
        const shuffled = [...rows].sort((a, b) => ((a.ore * 31 + seed) % 7) - ((b.ore * 31 + seed) % 7));
        const p1 = new MemoryPort();
        const p2 = new MemoryPort();
        const r1 = await runImport(p1, [src('a.csv', toCsv(rows))], { now: NOW });
        const r2 = await runImport(p2, [src('a.csv', toCsv(shuffled), { chunk: 7 })], { now: NOW });
        const want = rows.reduce((s, r) => s + r.ore, 0);
        expect(r1.files[0].totalOre).toBe(want);
        expect(r2.files[0].totalsByPeriodOre).toEqual(r1.files[0].totalsByPeriodOre);
        expect(r2.files[0].totalsByCostCenterOre).toEqual(r1.files[0].totalsByCostCenterOre);
        const t1 = (await p1.readTable(ACTUALS_TABLE.name))!.rows;
        const t2 = (await p2.readTable(ACTUALS_TABLE.name))!.rows;
        expect(t1.map((r) => r.slice(0, 10))).toEqual(t2.map((r) => r.slice(0, 10)));
        expect(t1.reduce((s, r) => s + cellOre(r[8]), 0)).toBe(want);
      }),
      { numRuns: 40 },
    );
  });

  it('re-importing the same file is a no-op for the actuals', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 30 }), async (rows) => {
        const port = new MemoryPort();
        await runImport(port, [src('a.csv', toCsv(rows))], { now: NOW });
        const first = (await port.readTable(ACTUALS_TABLE.name))!.rows.map((r) => r.slice(0, 10));
        await runImport(port, [src('a.csv', toCsv(rows))], { now: '2026-04-03T00:00:00Z' });
        const second = (await port.readTable(ACTUALS_TABLE.name))!.rows.map((r) => r.slice(0, 10));
        expect(second).toEqual(first);
      }),
      { numRuns: 30 },
    );
  });
});

describe('status', () => {
  it('reports the import log and totals over the stored actuals', async () => {
    const port = new MemoryPort();
    await runImport(port, [src('a.csv', ledger([R('202603', '1210', '46311', '100'), R('202604', '1310', '45200', '1,50')]))], { now: NOW });
    const st = await readImportStatus(port);
    expect(st.imports).toHaveLength(1);
    expect(st.imports[0]).toMatchObject({ file: 'a.csv', kind: 'ledger', periods: ['2026-03', '2026-04'], rowsImported: 2, totalOre: 10150 });
    expect(st.totalsByPeriodOre).toEqual({ '2026-03': 10000, '2026-04': 150 });
    expect(st.totalsByCostCenterOre).toEqual({ '1210': 10000, '1310': 150 });
    expect(st.actualRows).toBe(2);
  });
});

describe('grid sources', () => {
  it('rowsSource numbers rows from firstRow', async () => {
    const port = new MemoryPort();
    const rec = await runImport(
      port,
      [rowsSource('s.xlsx', [['Konto', 'Ansvar', 'Belopp'], [46311, '1210', 'x']], { firstRow: 5 })],
      { now: NOW, period: '2026-03', skipInvalid: true },
    );
    expect(rec.files[0].headerRow).toBe(5);
    expect(rec.files[0].rejects[0].row).toBe(6);
  });
});

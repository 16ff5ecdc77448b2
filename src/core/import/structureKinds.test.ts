import { generateExample, type ExampleBytesFile } from '../example';
import { ACCOUNT_MAP_TABLE, ORGANISATION_TABLE, cellText } from '../model/tables';
import { writeCsv } from './csv';
import { analyseImport, ImportRefusedError, previewSource, runImport } from './service';
import { DEFAULT_ACCOUNT_MAP } from './structure';
import { mergeOrganisation, rangeRelation } from './structureKinds';
import { bytesSource } from './sources';
import { readImportStatus } from './status';
import { MemoryPort } from './testing/memoryPort.test-util';

const NOW = '2026-11-10T08:00:00Z';
const enc = (s: string) => new TextEncoder().encode(s);
const csv = (name: string, rows: string[][]) => bytesSource(name, enc('\ufeff' + writeCsv(rows, ';')), 1 << 16, 'h-' + name + JSON.stringify(rows).length);
const ORG_HEADER = ['Ansvar', 'Benämning', 'Enhet', 'Område', 'Verksamhet'];
const MAP_HEADER = ['Konto från', 'Konto till', 'Kostnadsslag', 'Anmärkning'];
const LEDGER_HEADER = ['Period', 'Ansvar', 'Konto', 'Verksamhet', 'Belopp'];

async function refused(p: Promise<unknown>): Promise<ImportRefusedError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ImportRefusedError) return e;
    throw e;
  }
  throw new Error('not refused');
}

const rejectsOf = (e: ImportRefusedError) => e.reconciliation.files.flatMap((f) => f.rejects.map((r) => ({ row: r.row, column: r.column, value: r.value, reason: r.reason })));

describe('rangeRelation', () => {
  it('tells separate, nested, unreachable and crossing prefix ranges apart', () => {
    expect(rangeRelation({ from: '3', to: '3' }, { from: '4', to: '4' })).toEqual({ kind: 'separate' });
    expect(rangeRelation({ from: '4631', to: '4631' }, { from: '4', to: '4' })).toEqual({ kind: 'contains' });
    expect(rangeRelation({ from: '4', to: '4' }, { from: '46311', to: '46311' })).toEqual({ kind: 'shadowed', from: '46311', to: '46311' });
    expect(rangeRelation({ from: '4600', to: '4650' }, { from: '4640', to: '4699' })).toEqual({ kind: 'overlap', from: '4640', to: '4650' });
    expect(rangeRelation({ from: '61', to: '62' }, { from: '6150', to: '6300' })).toEqual({ kind: 'overlap', from: '6150', to: '6299' });
  });
});

describe('mergeOrganisation', () => {
  it('fills flagged rows, keeps the rest and appends new cost centres', () => {
    const r = mergeOrganisation(
      [
        { costCenter: '100', name: 'A', unit: '', area: '', activity: '569' },
        { costCenter: '200', name: 'B', unit: 'U', area: 'X', activity: '' },
        { costCenter: '300', name: 'C', unit: 'U', area: 'Y', activity: '575' },
      ],
      [
        { costCenter: '100', name: '', unit: 'Enhet 1', area: 'Barn och unga', activity: '569' },
        { costCenter: '300', name: 'C', unit: 'U', area: 'Y', activity: '575' },
        { costCenter: '400', name: 'D', unit: 'E', area: 'Vuxen', activity: '559' },
      ],
    );
    expect(r.rows.map((x) => [x.costCenter, x.name, x.unit, x.area])).toEqual([
      ['100', 'A', 'Enhet 1', 'Barn och unga'],
      ['200', 'B', 'U', 'X'],
      ['300', 'C', 'U', 'Y'],
      ['400', 'D', 'E', 'Vuxen'],
    ]);
    expect([r.added, r.updated, r.unchanged]).toEqual([1, 1, 1]);
  });
});

describe('organisation import', () => {
  it("detects Exempelkommun's organisation.csv and fills the cost centres a ledger import flagged", async () => {
    const ex = generateExample();
    const org = ex.files.find((f): f is ExampleBytesFile => f.kind === 'organisation')!;
    const ledger = ex.files.find((f): f is ExampleBytesFile => f.kind === 'ledger')!;
    const port = new MemoryPort();
    const first = await runImport(port, [bytesSource(ledger.name, ledger.bytes)], { now: NOW });
    // Without the organisation every cost centre is flagged.
    expect(first.files[0].unmappedCostCenters!.length).toBeGreaterThan(10);

    const preview = await previewSource(port, bytesSource(org.name, org.bytes));
    expect(preview.kind).toBe('organisation');
    expect(preview.certain).toBe(true);
    expect(preview.mapping.map((m) => [m.field, m.header])).toEqual([
      ['costCenter', 'Ansvar'],
      ['name', 'Benämning'],
      ['unit', 'Enhet'],
      ['area', 'Område'],
      ['activity', 'Verksamhet'],
    ]);
    const rec = await runImport(port, [bytesSource(org.name, org.bytes)], { now: NOW });
    const f = rec.files[0];
    expect(f).toMatchObject({ kind: 'organisation', encoding: 'utf-8-bom', rowsRead: org.rows, rowsImported: org.rows, rowsRejected: 0, unmappedCostCenters: [] });
    expect(f.warnings).toEqual([`Organisation: 0 nya ansvar, ${org.rows} ändrade, 0 oförändrade.`]);
    const table = (await port.readTable(ORGANISATION_TABLE.name))!;
    expect(table.rows).toHaveLength(org.rows);
    expect(table.rows.find((r) => r[0] === '52110')).toEqual(['52110', 'Placeringar barn och unga', 'Barn och unga placering', 'Barn och unga', '569']);
    const status = await readImportStatus(port);
    expect(status.unmappedCostCenters).toEqual([]);
    expect(status.unmappedAccounts).toEqual([]);
  });

  it('refuses duplicate and missing cost centres, naming row, column and value; the workbook unchanged', async () => {
    const port = new MemoryPort();
    await runImport(port, [csv('o1.csv', [ORG_HEADER, ['100', 'A', 'U', 'Barn', '569']])], { now: NOW });
    const before = port.snapshot();
    const e = await refused(
      analyseImport(port, [csv('o2.csv', [ORG_HEADER, ['200', 'B', 'U', 'Vuxen', '559'], ['', 'C', 'U', 'Vuxen', '559'], ['200 Dubblett', 'D', 'U', 'Vuxen', '559']])], { now: NOW }),
    );
    expect(rejectsOf(e)).toEqual([
      { row: 3, column: 'Ansvar', value: '', reason: 'Ansvar saknas.' },
      { row: 4, column: 'Ansvar', value: '200 Dubblett', reason: 'Ansvaret finns redan på rad 2.' },
    ]);
    expect(port.snapshot()).toBe(before);
  });

  it('keeps cost centres without an area flagged, and masks personnummer in names', async () => {
    const port = new MemoryPort();
    const rec = await runImport(port, [csv('o.csv', [ORG_HEADER, ['100', 'Ärende 19121212-1212', 'U', '', '569'], ['101', 'B', 'U', 'Vuxen', '559']])], { now: NOW });
    expect(rec.files[0].unmappedCostCenters).toEqual(['100']);
    expect(rec.files[0].maskedPersonalNumbers).toBe(1);
    expect(JSON.stringify(port.snapshot())).not.toContain('19121212');
  });

  it('a ledger and its organisation in one run: no duplicate rows, nothing flagged', async () => {
    const port = new MemoryPort();
    const rec = await runImport(
      port,
      [
        csv('l.csv', [LEDGER_HEADER, ['202601', '100', '46311', '569', '10,00'], ['202601', '101', '51110', '559', '5,00']]),
        csv('o.csv', [ORG_HEADER, ['100', 'A', 'U', 'Barn', '569'], ['101', 'B', 'U', 'Vuxen', '559']]),
      ],
      { now: NOW },
    );
    expect(rec.files.map((f) => f.kind)).toEqual(['ledger', 'organisation']);
    expect((await port.readTable(ORGANISATION_TABLE.name))!.rows.map((r) => r[0])).toEqual(['100', '101']);
    expect(rec.files.map((f) => f.unmappedCostCenters)).toEqual([[], []]);
  });
});

describe('account map import', () => {
  const good = [
    MAP_HEADER,
    ['46351', '', 'Köpt vård institution barn och unga', 'Stödboende'],
    ['4631', '4631', 'köpt VÅRD institution barn och unga', ''],
    ['4632', '4634', 'Familjehemsvård', ''],
    ['452', '', 'Ekonomiskt bistånd', ''],
    ['61', '62', 'Lokaler', ''],
    ['3', '', 'Intäkter', ''],
    ['5', '', 'Personal', ''],
    ['4', '9', 'Övriga kostnader', 'Resten'],
  ];

  it('replaces IFO_Kontoplan with the file, cost line names made canonical', async () => {
    const port = new MemoryPort();
    const rec = await runImport(port, [csv('kontoplan.csv', good)], { now: NOW });
    expect(rec.files[0]).toMatchObject({ kind: 'accountMap', rowsRead: 8, rowsImported: 8, rowsRejected: 0 });
    const t = (await port.readTable(ACCOUNT_MAP_TABLE.name))!;
    expect(t.rows.map((r) => r.map((c) => cellText(c)))).toEqual([
      ['46351', '46351', 'Köpt vård institution barn och unga', 'Stödboende'],
      ['4631', '4631', 'Köpt vård institution barn och unga', ''],
      ['4632', '4634', 'Familjehemsvård', ''],
      ['452', '452', 'Ekonomiskt bistånd', ''],
      ['61', '62', 'Lokaler', ''],
      ['3', '3', 'Intäkter', ''],
      ['5', '5', 'Personal', ''],
      ['4', '9', 'Övriga kostnader', 'Resten'],
    ]);
  });

  it('accepts the default map and the example map (narrow ranges first)', async () => {
    const ex = generateExample();
    for (const rows of [
      DEFAULT_ACCOUNT_MAP.map((r) => [r.from, r.to, r.costLine, r.note]),
      ex.facts.accountMap.map((r) => [r.from, r.to, r.costLine, '']),
    ]) {
      const rec = await runImport(new MemoryPort(), [csv('k.csv', [MAP_HEADER, ...rows])], { now: NOW });
      expect(rec.files[0].rowsRejected).toBe(0);
      expect(rec.files[0].warnings ?? []).toEqual([]);
    }
  });

  it('refuses ill-formed, reversed, unknown, unreachable and crossing rows with Swedish reasons', async () => {
    const port = new MemoryPort();
    const before = port.snapshot();
    const e = await refused(
      analyseImport(
        port,
        [
          csv('k.csv', [
            MAP_HEADER,
            ['4600', '4650', 'Familjehemsvård', ''],
            ['46A1', '', 'Lokaler', ''],
            ['5200', '5100', 'Personal', ''],
            ['3', '', 'Intäkt', ''],
            ['46311', '', 'Köpt vård vuxna', ''],
            ['4640', '4699', 'Övriga kostnader', ''],
            ['', '', 'Lokaler', ''],
            ['7', '', '', ''],
          ]),
        ],
        { now: NOW },
      ),
    );
    const lines = 'Intäkter, Personal, Köpt vård institution barn och unga, Familjehemsvård, Köpt vård vuxna, Ekonomiskt bistånd, Lokaler, Övriga kostnader';
    expect(rejectsOf(e)).toEqual([
      { row: 3, column: 'Konto från', value: '46A1', reason: 'Kontot ska skrivas med siffror: ett kontonummer eller ett prefix, t.ex. 4631.' },
      { row: 4, column: 'Konto till', value: '5100', reason: 'Konto från (5200) är större än Konto till (5100).' },
      { row: 5, column: 'Kostnadsslag', value: 'Intäkt', reason: `Okänt kostnadsslag (finns inte i Kostnadsslag). Möjliga: ${lines}.` },
      {
        row: 6,
        column: 'Konto från',
        value: '46311',
        reason: 'Raden nås aldrig: rad 2 (4600–4650, Familjehemsvård) fångar redan alla dessa konton. Första träffen gäller – lägg smala intervall före breda.',
      },
      {
        row: 7,
        column: 'Konto från',
        value: '4640–4699',
        reason: 'Intervallet överlappar rad 2 (4600–4650, Familjehemsvård) utan att rymmas i det: konton 4640–4650 skulle hamna på rad 2. Dela upp intervallen.',
      },
      { row: 8, column: 'Konto från', value: '', reason: 'Konto saknas.' },
      { row: 9, column: 'Kostnadsslag', value: '', reason: 'Kostnadsslag saknas.' },
    ]);
    expect(e.message).toContain('Importen avvisades: 7 felaktiga värden');
    expect(port.snapshot()).toBe(before);
  });

  it('says which accounts of the actuals change cost line, and flags accounts the new map leaves out', async () => {
    const port = new MemoryPort();
    await runImport(port, [csv('l.csv', [LEDGER_HEADER, ['202601', '100', '46311', '569', '10,00'], ['202601', '100', '71310', '569', '5,00']])], { now: NOW });
    const rec = await runImport(port, [csv('k.csv', [MAP_HEADER, ['4631', '', 'Köpt vård vuxna', ''], ['3', '6', 'Övriga kostnader', '']])], { now: NOW });
    const f = rec.files[0];
    expect(f.warnings).toEqual([
      '2 konton i utfallet får ett annat kostnadsslag: 46311 (Köpt vård institution barn och unga → Köpt vård vuxna), 71310 (Övriga kostnader → –).',
    ]);
    expect(f.unmappedAccounts).toEqual(['71310']);
    const status = await readImportStatus(port);
    expect(status.unmappedAccounts).toEqual(['71310']);
  });

  it('is not mistaken for a ledger, a budget or an organisation', async () => {
    const port = new MemoryPort();
    const p = await previewSource(port, csv('k.csv', [MAP_HEADER, ['4', '', 'Övriga kostnader', '']]));
    expect(p.kind).toBe('accountMap');
    const l = await previewSource(port, csv('l.csv', [LEDGER_HEADER, ['202601', '100', '46311', '569', '1']]));
    expect(l.kind).toBe('ledger');
    const o = await previewSource(port, csv('o.csv', [ORG_HEADER, ['100', 'A', 'U', 'Barn', '569']]));
    expect(o.kind).toBe('organisation');
  });
});

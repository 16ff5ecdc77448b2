/**
 * The import kind `placements` through the import service on the xlsx adapter: detection from the headers,
 * reconciliation (rows, placements, total price), all or nothing (workbook untouched on refusal, byte for byte),
 * the workbook's own lists, replacing the register on re-import.
 */
import { generateExample } from '../../src/core/example';
import { analyseImport, bytesSource, ImportRefusedError, rowsSource, runImport } from '../../src/core/import';
import { isUserError, UserError } from '../../src/core/errors';
import { FORMS_TABLE, LEGAL_BASES_TABLE, REGISTER_TABLE, loadPlacements, formsRows } from '../../src/core/placements';
import '../../src/core/placements/importKind';
import { PRICE_LIST_TABLE } from '../../src/core/prices';
import JSZip from 'jszip';
import { XlsxWorkbook } from '../../src/file';
import { exampleFile, NOW } from './example.test-util';

const enc = new TextEncoder();
const HEADER = 'Ärende;Ansvar;Konto;Målgrupp;Placeringsform;Lagrum;Anordnare;Startdatum;Slutdatum;Pris per dygn;Pris per månad;Uppräkning;Nästa omprövning';
const csv = (...lines: string[]) => enc.encode([HEADER, ...lines].join('\r\n') + '\r\n');
const GOOD = [
  'BU-2026-001;52110;46311;Barn och unga;HVB;SoL;Solgläntans HVB AB;2026-01-10;;3 450,00;;2,5 %;2026-07-10',
  'BU-2026-002;52120;45331;Barn och unga;Eget familjehem;LVU 2 §;Eget familjehem;2025-06-01;2026-12-31;;12 500,00;;2026-12-01',
  'VU-2026-003;53110;46331;Vuxna;HVB;SoL;Kompassens behandlingshem AB;2026-03-01;2026-05-31;2 400,50;;;',
];

/**
 * The saved workbook's content, part by part (every zip entry's bytes). Not the raw zip: its entries carry the time
 * of saving, so two saves of an unchanged workbook a second apart differ in those timestamps only.
 */
async function bytesOf(wb: XlsxWorkbook): Promise<string> {
  const zip = await JSZip.loadAsync(await wb.save());
  const names = Object.keys(zip.files).sort();
  const parts = await Promise.all(names.map(async (n) => `${n}:${Buffer.from(await zip.files[n].async('uint8array')).toString('base64')}`));
  return parts.join('\n');
}

describe('import kind placements', () => {
  it('detects a register from its headers, reconciles and writes the register and the lists', async () => {
    const wb = await XlsxWorkbook.create('bok.xlsx');
    const r = await runImport(wb, [bytesSource('placeringsregister.csv', csv(...GOOD))], { now: NOW });
    const f = r.files[0];
    expect(f.kind).toBe('placements');
    expect({ read: f.rowsRead, imported: f.rowsImported, rejected: f.rowsRejected }).toEqual({ read: 3, imported: 3, rejected: 0 });
    // Total price as written: 3 450,00 + 12 500,00 + 2 400,50.
    expect(f.totalOre).toBe(1_835_050);
    expect(f.totalsByCostCenterOre).toEqual({ '52110': 345_000, '52120': 1_250_000, '53110': 240_050 });
    expect(f.mapping.caseKey).toBe('Ärende');
    expect(f.warnings).toEqual(['3 placeringar, varav 2 pågående och 0 planerade per 2026-11-09; 1 utan slutdatum.']);
    const table = await wb.readTable(REGISTER_TABLE.name);
    expect(table?.rows.map((row) => row[0])).toEqual(['BU-2026-001', 'BU-2026-002', 'VU-2026-003']);
    for (const def of [FORMS_TABLE, LEGAL_BASES_TABLE, PRICE_LIST_TABLE]) expect(await wb.readTable(def.name)).not.toBeNull();
    const sheet = (await wb.listSheets()).find((s) => s.name === 'Placeringsregister');
    expect(sheet?.visibility).toBe('visible');
    const data = await loadPlacements(wb, '2026-11-09');
    expect(data.register?.map((x) => x.placement.pricePerDayOre)).toEqual([345_000, null, 240_050]);
  });

  it('imports the example municipality\'s register (detected, every row)', async () => {
    const ex = generateExample();
    const wb = await XlsxWorkbook.create('bok.xlsx');
    const [file] = exampleFile(ex, 'placements');
    const r = await runImport(wb, [bytesSource(file.name, file.bytes)], { now: NOW });
    expect(r.files[0].kind).toBe('placements');
    expect(r.files[0].rowsImported).toBe(ex.facts.register.rows);
    expect((await wb.readTable(REGISTER_TABLE.name))?.rows).toHaveLength(ex.facts.register.rows);
  });

  it('refuses the whole file when a row is invalid, and leaves the workbook untouched', async () => {
    const wb = await XlsxWorkbook.create('bok.xlsx');
    await runImport(wb, [bytesSource('placeringsregister.csv', csv(...GOOD))], { now: NOW });
    const before = await bytesOf(wb);
    const bad = csv(GOOD[0], '19121212-1212;52110;46311;Barn och unga;HVB;SoL;X AB;2026-02-30;;3 450,00;;;');
    let err: unknown;
    try {
      await runImport(wb, [bytesSource('ny.csv', bad)], { now: NOW });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ImportRefusedError);
    const refused = err as ImportRefusedError;
    expect(refused.reconciliation.files[0].rowsRejected).toBe(1);
    expect(refused.issues.map((i) => i.message)).toEqual([
      'fil ny.csv, rad 3, kolumn Ärende, värde "ÅÅÅÅMMDD-****": Ärendenyckeln ser ut som ett personnummer. Registret får bara innehålla pseudonymer (t.ex. BU-2026-014).',
      'fil ny.csv, rad 3, kolumn Startdatum, värde "2026-02-30": Datumet ska skrivas ÅÅÅÅ-MM-DD och vara ett giltigt datum.',
    ]);
    expect(await bytesOf(wb)).toBe(before);
  });

  it('checks forms and legal bases against the workbook\'s own lists', async () => {
    const wb = await XlsxWorkbook.create('bok.xlsx');
    // The municipality keeps only two forms.
    await wb.replaceTable(FORMS_TABLE, formsRows().slice(0, 2));
    const before = await bytesOf(wb);
    let err: unknown;
    try {
      await runImport(wb, [bytesSource('reg.csv', csv(...GOOD))], { now: NOW });
    } catch (e) {
      err = e;
    }
    expect(isUserError(err)).toBe(true);
    expect((err as UserError).message).toContain('Placeringsregistret importerades inte: 1 fel');
    expect((err as UserError).issues[0].message).toBe(
      'fil reg.csv, rad 3, kolumn Placeringsform, värde "Eget familjehem": Okänd placeringsform; lägg till den i bladet Placeringsformer eller använd någon av: HVB, SiS ungdomshem.',
    );
    expect(await bytesOf(wb)).toBe(before);
  });

  it('replaces the register on a new import (never adds to it)', async () => {
    const wb = await XlsxWorkbook.create('bok.xlsx');
    await runImport(wb, [bytesSource('a.csv', csv(...GOOD))], { now: NOW });
    await runImport(wb, [bytesSource('b.csv', csv(GOOD[2]))], { now: NOW });
    expect((await wb.readTable(REGISTER_TABLE.name))?.rows.map((row) => row[0])).toEqual(['VU-2026-003']);
  });

  it('reads an xlsx grid with synonym headers and a title block when the kind is given', async () => {
    const wb = await XlsxWorkbook.create('bok.xlsx');
    const rows = [
      ['Placeringar, Exempelkommun'],
      [],
      ['Ärendenummer', 'Kostnadsställe', 'Kontonr', 'Målgrupp', 'Vårdform', 'Lagstöd', 'Utförare', 'Placerad från', 'Planerat slutdatum', 'Dygnspris', 'Månadspris', 'Indexering', 'Omprövning'],
      ['BU-2026-009', 52110, 46312, 'Barn och unga', 'SiS ungdomshem', 'LVU 3 §', 'SiS ungdomshem Granbacken', 46023, null, 6100, null, '3 %', 46204],
    ];
    const plan = await analyseImport(wb, [rowsSource('sis.xlsx', rows)], { now: NOW, kind: 'placements' });
    const f = plan.reconciliation.files[0];
    expect(f.headerRow).toBe(3);
    expect(f.rowsImported).toBe(1);
    expect(f.totalOre).toBe(610_000);
  });
});

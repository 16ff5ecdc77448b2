import { writeCsv } from './csv';
import { choicesOf, columnOptions, fileView, mappingRows, progressView, sizeLabel, statusView, summarizeReconciliation, userMappingFor } from './paneModel';
import { analyseImport, previewSource, runImport } from './service';
import { activeSelectionSource, bytesSource } from './sources';
import { readImportStatus } from './status';
import { MemoryPort } from './testing/memoryPort.test-util';
import { emptyReconciliation } from './types';

const NOW = '2026-04-02T10:00:00+02:00';
const enc = (s: string) => new TextEncoder().encode(s);
const csv = (name: string, rows: string[][]) => bytesSource(name, enc(writeCsv(rows, ';')), 1 << 16, 'h-' + name + JSON.stringify(rows));

describe('mapping rows and choices', () => {
  it('marks the ambiguous field of a duplicated header, and a choice by column letter resolves it', async () => {
    const port = new MemoryPort();
    const src = csv('dubbel.csv', [['Period', 'Ansvar', 'Konto', 'Belopp', 'Belopp'], ['202603', '1210', '46311', '100', '200']]);
    const p = await previewSource(port, src);
    expect(p.certain).toBe(false);
    const rows = mappingRows(p);
    expect(rows.slice(0, 4).map((r) => [r.field, r.state, r.columnText, r.attention])).toEqual([
      ['amount', 'ambiguous', 'Belopp (D)', true],
      ['account', 'certain', 'Konto (C)', false],
      ['costCenter', 'certain', 'Ansvar (B)', false],
      ['period', 'certain', 'Period (A)', false],
    ]);
    expect(rows[0].confidence).toBe('Flera möjliga');
    expect(rows[1].confidence).toBe('Säker 100\u00a0%');
    expect(columnOptions(p).map((o) => o.text)).toEqual(['Period (A)', 'Ansvar (B)', 'Konto (C)', 'Belopp (D)', 'Belopp (E)']);

    const map = userMappingFor(p.headers, { amount: 4 });
    expect(map).toEqual({ amount: 'E' });
    const p2 = await previewSource(port, { ...src, map });
    expect(p2.certain).toBe(true);
    expect(mappingRows(p2)[0]).toMatchObject({ field: 'amount', state: 'user', columnText: 'Belopp (E)', confidence: 'Ditt val' });

    // Confirmed and imported: remembered (by letter, the header is not unique) for the next file with that header.
    const rec = await runImport(port, [{ ...src, map: userMappingFor(p2.headers, choicesOf(p2)) }], { now: NOW });
    expect(rec.files[0].totalOre).toBe(20000);
    expect(port.settings[p.settingsKey]).toMatchObject({ amount: 'E', account: 'Konto' });
    const p3 = await previewSource(port, csv('dubbel-2.csv', [['Period', 'Ansvar', 'Konto', 'Belopp', 'Belopp'], ['202604', '1210', '46311', '1', '2']]));
    expect(p3.certain).toBe(true);
    expect(mappingRows(p3)[0]).toMatchObject({ state: 'remembered', columnText: 'Belopp (E)', confidence: 'Ihågkommen' });
  });

  it('per-source choices win over the run options, so two files with different headers import in one run', async () => {
    const port = new MemoryPort();
    const a = csv('a.csv', [['Period', 'Kst', 'Kontonr', 'Summa'], ['202603', '1', '46311', '5']]);
    const b = csv('b.csv', [['Månad', 'Ansvar', 'Konto', 'Belopp', 'Belopp'], ['202603', '2', '46311', '7', '9']]);
    const plan = await analyseImport(port, [a, { ...b, map: { amount: 'D' } }], { now: NOW });
    expect(plan.reconciliation.files.map((f) => f.totalOre)).toEqual([500, 700]);
  });
});

describe('reconciliation views', () => {
  it('sums the files per kind (actuals and budget never added together) and lists periods in order', () => {
    const a = { ...emptyReconciliation('a.csv', 'ledger'), rowsRead: 10, rowsImported: 8, rowsSkipped: { totalRow: 2 }, totalOre: 1500, totalsByPeriodOre: { '2026-02': 1000, '2026-01': 500 }, maskedPersonalNumbers: 1 };
    const b = { ...emptyReconciliation('b.csv', 'ledger'), rowsRead: 3, rowsImported: 2, rowsRejected: 1, totalOre: -250, totalsByPeriodOre: { '2026-02': -250 } };
    const c = { ...emptyReconciliation('c.csv', 'budget'), rowsRead: 1, rowsImported: 1, totalOre: 120000, totalsByPeriodOre: { '2026-01': 10000, '2026-03': 110000 } };
    const o = { ...emptyReconciliation('o.csv', 'organisation'), rowsRead: 4, rowsImported: 4 };
    const s = summarizeReconciliation({ files: [a, b, c, o] });
    expect(s).toMatchObject({ files: 4, rowsRead: 18, rowsImported: 15, rowsSkipped: 2, rowsRejected: 1, maskedPersonalNumbers: 1 });
    expect(s.totals).toEqual([
      { kind: 'ledger', label: 'Summa huvudbok', ore: 1250, amount: '12,50\u00a0kr' },
      { kind: 'budget', label: 'Summa budget', ore: 120000, amount: '1\u00a0200,00\u00a0kr' },
    ]);
    expect(s.periodColumns).toEqual([
      { kind: 'ledger', label: 'Huvudbok' },
      { kind: 'budget', label: 'Budget' },
    ]);
    expect(s.byPeriod).toEqual([
      { period: '2026-01', amounts: ['5,00\u00a0kr', '100,00\u00a0kr'] },
      { period: '2026-02', amounts: ['7,50\u00a0kr', ''] },
      { period: '2026-03', amounts: ['', '1\u00a0100,00\u00a0kr'] },
    ]);
    expect(s.figures.map((f) => f.key)).toEqual(['read', 'imported', 'skipped', 'rejected', 'total-ledger', 'total-budget', 'masked']);
    expect(s.figures.find((f) => f.key === 'rejected')).toEqual({ key: 'rejected', label: 'Avvisade', value: '1', tone: 'danger' });
    const v = fileView({ ...a, skippedAmountsOre: { totalRow: 3000 }, encoding: 'windows-1252', delimiter: ';', headerRow: 5, mapping: { amount: 'Belopp' } });
    expect(v.format).toBe('Windows-1252 · semikolon · rubrik på rad 5');
    expect(v.mapping).toEqual([{ label: 'Belopp', header: 'Belopp' }]);
    expect(v.skipped).toEqual([{ reason: 'totalRow', label: 'summa- och totalrader', count: '2', amount: '30,00\u00a0kr' }]);
    expect(v.rowsLine).toBe('Rader lästa 10, importerade 8, överhoppade 2, avvisade 0');
    expect(v.headline).toBe('15,00\u00a0kr · Rader lästa 10, importerade 8, överhoppade 2, avvisade 0');
    expect(fileView(o).headline).toBe('Rader lästa 4, importerade 4, överhoppade 0, avvisade 0');
    expect(fileView({ ...b, error: 'Filen är tom.' }).headline).toBe('Filen är tom.');
  });

  it('progress in kB with the rows read; sizes', () => {
    expect(progressView({ file: 'x.csv', rowsRead: 12345, bytesRead: 2048 * 1024, totalBytes: 8 * 1024 * 1024 })).toEqual({
      done: 2048,
      total: 8192,
      unit: 'kB',
      detail: 'x.csv · 12\u00a0345 rader lästa',
    });
    expect(progressView({ file: 'blad', rowsRead: 10 })).toEqual({ detail: 'blad · 10 rader lästa' });
    expect(sizeLabel(2150)).toBe('2,1 kB');
    expect(sizeLabel(12.4 * 1024 * 1024)).toBe('12,4 MB');
  });

  it('shows the import status newest first, with the structure gaps', async () => {
    const port = new MemoryPort();
    await runImport(port, [csv('l1.csv', [['Period', 'Ansvar', 'Konto', 'Belopp'], ['202601', '100', '46311', '10']])], { now: '2026-02-01T09:00:00+01:00' });
    await runImport(port, [csv('l2.csv', [['Period', 'Ansvar', 'Konto', 'Belopp'], ['202602', '100', '46311', '20']])], { now: '2026-03-01T09:30:00+01:00' });
    const v = statusView(await readImportStatus(port));
    expect(v.importCount).toBe(2);
    expect(v.entries.map((e) => [e.file, e.time, e.kind, e.periods, e.rows])).toEqual([
      ['l2.csv', '2026-03-01 09:30', 'huvudbok', '2026-02', '1'],
      ['l1.csv', '2026-02-01 09:00', 'huvudbok', '2026-01', '1'],
    ]);
    expect(v.entries[0].line).toBe('huvudbok · 2026-02 · 1 rader · 20,00\u00a0kr');
    expect(v.gaps).toEqual(['Ansvar utan enhet/område i Organisation (finns med, flaggade): 100']);
    expect(v.noGaps).toBe(false);
  });
});

describe('activeSelectionSource', () => {
  it('reads the selected range, or the whole sheet when one cell is selected', async () => {
    const port = new MemoryPort({
      Uttag: [
        ['Rapport'],
        [],
        ['Period', 'Ansvar', 'Konto', 'Belopp'],
        ['202603', '1', '46311', '10'],
        ['202603', '1', '46311', '99'],
      ],
    });
    let selection: { sheet: string; address: string } | null = { sheet: 'Uttag', address: 'C3' };
    port.getSelection = async () => selection;
    const whole = await activeSelectionSource(port);
    expect(whole).toMatchObject({ name: 'Uttag', sheet: 'Uttag' });
    expect((await runImport(new MemoryPort(), [whole], { now: NOW })).files[0]).toMatchObject({ headerRow: 3, totalOre: 10900 });
    selection = { sheet: 'Uttag', address: 'Uttag!$A$3:$D$4' };
    const range = await activeSelectionSource(port);
    expect(range.name).toBe('Uttag!A3:D4');
    expect((await runImport(new MemoryPort(), [range], { now: NOW })).files[0]).toMatchObject({ headerRow: 3, totalOre: 1000 });
    selection = null;
    await expect(activeSelectionSource(port)).rejects.toThrow('Det finns ingen markering att läsa.');
  });
});

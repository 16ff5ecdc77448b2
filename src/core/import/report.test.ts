import { reconciliationLines } from './report';
import { previewSource, runImport } from './service';
import { bytesSource } from './sources';
import { MemoryPort } from './testing/memoryPort.test-util';
import { syntheticPnr } from './testing/synthetic.test-util';

const enc = (s: string) => new TextEncoder().encode(s);
const pnr = syntheticPnr('121212', '121');
const CSV = [
  'Huvudbok',
  'Period;Ansvar;Kontonr;Belopp;Text',
  `202603;1210;46311 Köp HVB;1 234,50;Klient ${pnr.slice(0, 6)}-${pnr.slice(6)}`,
  '202603;1310;19999;-0,50;x',
  'Summa;;;1 234,00;',
].join('\n');

describe('reconciliation text', () => {
  it('shows the reconciliation in Swedish', async () => {
    const port = new MemoryPort();
    const rec = await runImport(port, [bytesSource('hb.csv', enc(CSV))], { now: '2026-04-01T00:00:00Z' });
    const text = reconciliationLines(rec, 'X1').join('\n').replace(/\u00a0/g, ' ');
    expect(text).toContain('Avstämning av import X1');
    expect(text).toContain('Fil: hb.csv (huvudbok)');
    expect(text).toContain('Teckenkodning utf-8, avgränsare ;, rubrikrad 2');
    expect(text).toContain('Kolumner: period=Period, costCenter=Ansvar, account=Kontonr, amount=Belopp, text=Text');
    expect(text).toContain('Rader lästa 3, importerade 2, överhoppade 1, avvisade 0');
    expect(text).toContain('överhoppade: 1 summa- och totalrader');
    expect(text).toContain('(belopp på överhoppade summa- och totalrader: 1 234,00 kr)');
    expect(text).toContain('Summa: 1 234,00 kr');
    expect(text).toContain('2026-03');
    expect(text).toContain('Maskerade personnummer: 1');
    expect(text).toContain('Konton utan kostnadsslag (finns med i utfallet, flaggade): 19999');
    expect(text).toContain('Ansvar utan enhet/område i Organisation (finns med, flaggade): 1210, 1310');
  });
});

describe('previewSource', () => {
  it('proposes a mapping with confidence and shows the first rows masked, writing nothing', async () => {
    const port = new MemoryPort();
    const p = await previewSource(port, bytesSource('hb.csv', enc(CSV)));
    expect(port.writes).toBe(0);
    expect(p).toMatchObject({ kind: 'ledger', encoding: 'utf-8', delimiter: ';', headerRow: 2, certain: true, missing: [] });
    expect(p.mapping.map((m) => [m.field, m.header, m.score])).toEqual([
      ['period', 'Period', 1],
      ['costCenter', 'Ansvar', 1],
      ['account', 'Kontonr', 1],
      ['amount', 'Belopp', 1],
      ['text', 'Text', 1],
    ]);
    expect(p.firstRows[0]).toEqual(['202603', '1210', '46311 Köp HVB', '1 234,50', 'Klient ÅÅMMDD-****']);
    expect(p.fields.filter((f) => f.required).map((f) => f.id)).toEqual(['amount', 'account', 'costCenter', 'period']);
    expect(p.settingsKey).toMatch(/^import\.mapping\.ledger\.[0-9a-f]{8}$/);
  });
});

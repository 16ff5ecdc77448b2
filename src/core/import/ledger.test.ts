import fc from 'fast-check';
import { mapColumns } from './columns';
import { LEDGER_FIELDS } from './fields';
import { processLedger, SAMPLE_ROWS } from './ledger';
import { mayHoldPersonalNumber, maskPersonalNumbers } from './mask';
import { bytesSource, newSourceInfo, sourceRows } from './sources';
import { findTable, headerRowScore } from './table';
import { syntheticPnr } from './testing/synthetic.test-util';
import { encodeCp1252 } from '../encoding/cp1252';

const HEADER = 'Period;Ansvar;Konto;Verksamhet;Aktivitet;Motpart;Leverantör;Fakturanummer;Text;Belopp';
const pnr = syntheticPnr('850101', '123');

/** Row shapes: the common ones the fused path takes, and every kind of exception it must hand on. */
const SHAPES: ((i: number) => string)[] = [
  (i) => `2026${String(1 + (i % 3)).padStart(2, '0')};${1210 + (i % 4) * 10};4631${i % 5} Köp HVB;569;;;Lev AB;${i};Placering;${i % 997},${i % 100}`,
  (i) => `202601;1210;46311 Köp HVB;569;;;"Lev; AB ""x""";${i};Text;-${i % 50} 000,50`,
  (i) => `202601;1220;46312;569;;;Lev;${i};"två\nrader";1 234`,
  (i) => `202602;1210;46311 Köp HVB;569;;;Lev;${i};Klient ${pnr.slice(0, 6)}-${pnr.slice(6)};10`,
  (i) => `202602;1210;46311 Köp HVB;569;;${pnr};Lev;${i};Text;10`,
  (i) => `202602;1210;46311 Köp HVB;569;;;Lev;1234567890${i % 10};Text;10`,
  () => `Summa;;;;;;;;;99 999`,
  () => ``,
  () => `;;;;;;;;;500`,
  (i) => `202603;1230;46311 Köp HVB;569;;;Lev;${i};Text;1.234,50`,
  (i) => `202603;1230;46311 Köp HVB;569;;;Lev;${i};Text;12-`,
  (i) => `202603;1230;46311 Köp HVB;569;;;Lev;${i};Text;abc`,
  (i) => `202613;1230;46311 Köp HVB;569;;;Lev;${i};Text;1`,
  (i) => `202603;1230;46311 Köp HVB;569;;;Lev;${i};Text`,
  (i) => ` 202603;1230;46311 Köp HVB;569;;;Lev;${i};Text;1`,
  (i) => `202603;"1230";46311 Köp HVB;569;;;Lev;${i};Text;"1 000"`,
  (i) => `202603;1240;46311 Köp HVB;569;;;Lev;${i};Text;1,5`,
  () => HEADER,
];

const latin1 = (b: Uint8Array, start: number, end: number) => {
  let s = '';
  for (let i = start; i < end; i++) s += String.fromCharCode(b[i]);
  return s;
};

async function run(text: string, fused: boolean, detail: string[] = [], cp1252 = false) {
  const bytes = cp1252 ? encodeCp1252(text) : new TextEncoder().encode(text);
  const source = bytesSource('t.csv', bytes, 997);
  const info = newSourceInfo(source);
  const table = await findTable(sourceRows(source, info, cp1252 ? { hooks: { latin1 } } : {}), (r) => headerRowScore(r, LEDGER_FIELDS), 't.csv');
  const mapping = mapColumns(table.headers, LEDGER_FIELDS, ['amount', 'account', 'costCenter', 'period']);
  const r = await processLedger(info, table, mapping, { fused, detailCostCenters: detail, keep: ['subActivity', 'counterparty'] });
  return { ...r, codeNames: [...r.codeNames].map(([k, m]) => [k, [...m]]) };
}

describe('processLedger: the fused line path gives exactly what the row path gives', () => {
  it('on random mixes of every row shape (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.nat({ max: SHAPES.length - 1 }), { minLength: 50, maxLength: 400 }),
        fc.constantFrom('\n', '\r\n'),
        fc.constantFrom<string[]>([], ['1210']),
        async (picks, eol, detail) => {
          const lines = [HEADER];
          // Enough plain rows first that the fused path is switched on after the sample.
          for (let i = 0; i < SAMPLE_ROWS + 10; i++) lines.push(SHAPES[0](i));
          picks.forEach((s, i) => lines.push(SHAPES[s](i)));
          for (let i = 0; i < 200; i++) lines.push(SHAPES[i % 2 ? 0 : picks[i % picks.length]](i));
          const text = lines.join(eol);
          const a = await run(text, false, detail);
          const b = await run(text, true, detail);
          expect(b).toEqual(a);
        },
      ),
      { numRuns: 12 },
    );
  }, 60_000);

  it('in Windows-1252 through a Latin-1 decoder (C1 characters mapped only where rows are kept)', async () => {
    const lines = [HEADER];
    for (let i = 0; i < SAMPLE_ROWS + 3000; i++) {
      lines.push(i % 3 ? SHAPES[0](i) : `202601;1210;46399 Köp – tjänster €;569;;;Lev “x”;${i};Text … ${i};${i % 90},50`);
    }
    const text = lines.join('\r\n');
    const a = await run(text, false, [], true);
    const b = await run(text, true, [], true);
    expect(b).toEqual(a);
    expect(a.codeNames).toContainEqual(['Konto', expect.arrayContaining([['46399', 'Köp – tjänster €']])]);
    expect(a.recon.encoding).toBe('windows-1252');
  });

  it('takes most plain rows on the fused path (the lines never become rows)', async () => {
    const lines = [HEADER];
    for (let i = 0; i < 10_000; i++) lines.push(SHAPES[i % 2](i));
    const source = bytesSource('t.csv', new TextEncoder().encode(lines.join('\n')), 4096);
    const info = newSourceInfo(source);
    let rowsSeen = 0;
    const counting = (async function* () {
      for await (const b of sourceRows(source, info)) {
        rowsSeen += b.rows.length;
        yield b;
      }
    })();
    const table = await findTable(counting, (r) => headerRowScore(r, LEDGER_FIELDS), 't.csv');
    const mapping = mapColumns(table.headers, LEDGER_FIELDS, ['amount', 'account', 'costCenter', 'period']);
    const r = await processLedger(info, table, mapping, {});
    expect(r.recon.rowsImported).toBe(10_000);
    expect(rowsSeen).toBeLessThan(3_000);
  });
});

describe('mayHoldPersonalNumber', () => {
  it('is a superset of what is masked', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('1', '2', '9', '0', '-', '+', ' ', 'a'), maxLength: 30 }), (s) => {
        if (maskPersonalNumbers(s).count > 0) expect(mayHoldPersonalNumber(s, 0, s.length)).toBe(true);
      }),
      { numRuns: 3000 },
    );
    expect(mayHoldPersonalNumber(`x ${pnr.slice(0, 6)}-${pnr.slice(6)}`, 0, 14)).toBe(true);
    expect(mayHoldPersonalNumber('Faktura 123456', 0, 14)).toBe(false);
  });
});

import { decodeCp1252, encodeCp1252 } from '../encoding/cp1252';
import { addMonthsToDate, isIsoDate, periodsOfYear } from '../dates';
import { UserError } from '../errors';
import { parseUpliftPercent } from '../placements/cost';
import {
  ACCOUNTS, BUDGET_HEADERS, COST_CENTERS, COST_LINES, LEDGER_HEADERS, PLACEMENT_COST_LINES, REGISTER_HEADERS,
  costLineByMap, generateExample, type ExampleBytesFile, type ExampleResult, type ExampleXlsxFile,
} from './index';
import { decodeUtf8, syntheticPersonnummer } from './text';
import { Random } from './random';
import {
  amount, closedPeriods, findPersonnummer, placementDifferences, readCsv, readLedger, readRegister, records,
} from './exampleReading.test-util';

const def = generateExample();

function bytesOf(r: ExampleResult, name: string): Uint8Array {
  const f = r.files.find((x) => x.name === name);
  if (!f || f.format === 'xlsx') throw new Error(`no byte file ${name}`);
  return f.bytes;
}
function xlsxOf(r: ExampleResult): ExampleXlsxFile {
  const f = r.files.find((x) => x.format === 'xlsx');
  if (!f || f.format !== 'xlsx') throw new Error('no xlsx');
  return f;
}
const utf8Text = (b: Uint8Array) => decodeUtf8(b);
const NAMES = {
  prev: 'huvudbok_2025.csv',
  cur: 'huvudbok_2026-01_2026-10.csv',
  budget: 'budget_2025_2026.csv',
  register: 'placeringsregister.csv',
  organisation: 'organisation.csv',
  facts: 'exempelkommun.json',
};

describe('Exempelkommun: options and determinism', () => {
  it('has the default years, closing month and file names', () => {
    expect(def.options).toMatchObject({ year: 2026, previousYear: 2025, throughMonth: 10, throughPeriod: '2026-10', asOf: '2026-10-31' });
    expect(def.files.map((f) => f.name)).toEqual([
      NAMES.prev, NAMES.cur, NAMES.budget, 'stratsys_uppfoljning_2026-10.xlsx', NAMES.register, NAMES.organisation, NAMES.facts,
    ]);
  });

  it('gives byte-identical files for the same seed', () => {
    const again = generateExample({ seed: def.options.seed, year: 2026, throughMonth: 10 });
    for (let i = 0; i < def.files.length; i++) {
      const a = def.files[i];
      const b = again.files[i];
      if (a.format === 'xlsx' || b.format === 'xlsx') expect(b).toEqual(a);
      else expect(Buffer.from(b.bytes).equals(Buffer.from(a.bytes))).toBe(true);
    }
  });

  it('gives different files for a different seed', () => {
    const other = generateExample({ seed: 7 });
    for (const name of [NAMES.prev, NAMES.cur, NAMES.budget, NAMES.register, NAMES.facts]) {
      expect(Buffer.from(bytesOf(other, name)).equals(Buffer.from(bytesOf(def, name)))).toBe(false);
    }
    expect(xlsxOf(other).xlsx).not.toEqual(xlsxOf(def).xlsx);
    // The organisation is not random.
    expect(Buffer.from(bytesOf(other, NAMES.organisation)).equals(Buffer.from(bytesOf(def, NAMES.organisation)))).toBe(true);
  });

  it('follows the year and closing month it is given', () => {
    const r = generateExample({ year: 2028, throughMonth: 3, seed: 99 });
    expect(r.files.map((f) => f.name)).toContain('huvudbok_2028-01_2028-03.csv');
    expect(r.files.map((f) => f.name)).toContain('huvudbok_2027.csv');
    const cur = readLedger(decodeCp1252(bytesOf(r, 'huvudbok_2028-01_2028-03.csv')));
    expect([...new Set(cur.map((l) => l.period))].sort()).toEqual(['2028-01', '2028-02', '2028-03']);
    expect(r.facts.lateBatch.period).toBe('2028-03');
    const full = generateExample({ year: 2026, throughMonth: 12 });
    expect(full.files.map((f) => f.name)).toContain('huvudbok_2026.csv');
    expect(full.facts.register.startingAfterAsOf).toBe(0);
  });

  it('refuses bad options with a Swedish message', () => {
    expect(() => generateExample({ year: 1999 })).toThrow(UserError);
    expect(() => generateExample({ year: 2026.5 })).toThrow(/Året måste vara/);
    expect(() => generateExample({ throughMonth: 13 })).toThrow(/1–12/);
    expect(() => generateExample({ throughMonth: 0 })).toThrow(UserError);
    expect(() => generateExample({ seed: -1 })).toThrow(/Fröet/);
    expect(() => generateExample({ seed: 2 ** 32 })).toThrow(UserError);
  });

  it('uses a seeded generator that repeats itself and differs between seeds and streams', () => {
    const a = new Random(1, 'x');
    const b = new Random(1, 'x');
    const seqA = Array.from({ length: 20 }, () => a.uint32());
    expect(Array.from({ length: 20 }, () => b.uint32())).toEqual(seqA);
    expect(Array.from({ length: 20 }, () => new Random(2, 'x').uint32())).not.toEqual(seqA);
    const r = new Random(5);
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 4000; i++) counts[r.int(0, 3)]++;
    for (const c of counts) expect(c).toBeGreaterThan(850);
    expect(new Random(5).fork('a').uint32()).not.toBe(new Random(5).fork('b').uint32());
  });
});

describe('Exempelkommun: general ledger', () => {
  const raw = bytesOf(def, NAMES.prev);
  const text = decodeCp1252(raw);
  const rows = readCsv(text);

  it('is Windows-1252 with € – … ’ as single bytes and round-trips', () => {
    for (const b of [0x80, 0x96, 0x85, 0x92]) expect(raw.includes(b)).toBe(true);
    expect(text).toMatch(/€/);
    expect(text).toMatch(/–/);
    expect(text).toMatch(/…/);
    expect(text).toMatch(/’/);
    expect(text).toMatch(/[åäöÅÄÖ]/);
    expect(Buffer.from(encodeCp1252(text)).equals(Buffer.from(raw))).toBe(true);
    // No UTF-8 byte sequences for å (C3 A5) and no BOM.
    expect(raw[0]).toBe('P'.charCodeAt(0));
    expect(Buffer.from(raw).includes(Buffer.from([0xc3, 0xa5]))).toBe(false);
  });

  it('has the agreed header, CRLF line ends and 10 fields on every row', () => {
    expect(text.split('\r\n')[0]).toBe('Period;Ansvar;Konto;Verksamhet;Aktivitet;Motpart;Leverantör;Fakturanummer;Text;Belopp');
    expect(rows[0]).toEqual([...LEDGER_HEADERS]);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const r of rows) expect(r).toHaveLength(10);
    expect(rows.length - 1).toBeGreaterThan(2000);
    expect(rows.length - 1).toBeLessThan(6000);
  });

  it('quotes texts with semicolons and doubled quotes', () => {
    const lines = text.split('\r\n');
    expect(lines.some((l) => l.includes('"Kurs ""Signs of Safety""; 3 deltagare"'))).toBe(true);
    expect(lines.some((l) => l.includes('"Ekhagens familjeresurs; konsulentstöd AB"'))).toBe(true);
    expect(rows.some((r) => r[8].includes(';'))).toBe(true);
    expect(rows.some((r) => r[8].includes('"'))).toBe(true);
  });

  it('writes periods as YYYYMM, accounts as code and name, amounts the Swedish way', () => {
    const data = rows.slice(1);
    const periods = new Set(data.map((r) => r[0]));
    expect([...periods].sort()).toEqual(periodsOfYear(2025).map((p) => p.replace('-', '')));
    const codes = new Set(COST_CENTERS.map((c) => c.code));
    const bad = data.filter(
      (r) =>
        !codes.has(r[1]) || !/^\d{5} \S/.test(r[2]) || !/^(500|559|569|571|575|585)$/.test(r[3]) ||
        !/^-?\d{1,3}( \d{3})*,\d{2}$/.test(r[9]),
    );
    expect(bad).toEqual([]);
    expect(data.some((r) => /^\d{1,3} \d{3} \d{3},\d\d$/.test(r[9]))).toBe(true);
    expect(data.some((r) => /^-\d{1,3} \d{3},\d\d$/.test(r[9]))).toBe(true);
    expect(rows.some((r) => r[2] === '46311 Köp HVB barn och unga')).toBe(true);
  });

  it('sums to the facts per file, period, ansvar and cost line', () => {
    for (const [name, facts] of [[NAMES.prev, def.facts.ledgers[0]], [NAMES.cur, def.facts.ledgers[1]]] as const) {
      const led = readLedger(decodeCp1252(bytesOf(def, name)));
      expect(led).toHaveLength(facts.rows);
      expect(led.reduce((s, l) => s + l.amountOre, 0)).toBe(facts.totalOre);
      const perPeriod: Record<string, number> = {};
      const perCc: Record<string, number> = {};
      for (const l of led) {
        perPeriod[l.period] = (perPeriod[l.period] ?? 0) + l.amountOre;
        perCc[l.costCenter] = (perCc[l.costCenter] ?? 0) + l.amountOre;
      }
      expect(perPeriod).toEqual(facts.perPeriod);
      expect(perCc).toEqual(facts.perCostCenter);
    }
  });

  it('books costs positive and revenue negative, with class 3 revenue, class 5 personnel', () => {
    const led = readLedger(text);
    expect(led.filter((l) => l.account.startsWith('3') && l.amountOre >= 0)).toEqual([]);
    expect(led.filter((l) => l.account.startsWith('5') && l.account !== '52910' && l.amountOre <= 0)).toEqual([]);
    const credits = led.filter((l) => !l.account.startsWith('3') && l.amountOre < 0 && l.account !== '52910');
    expect(credits.length).toBeGreaterThanOrEqual(4);
    // Every credit note names an invoice of the same supplier that exists in the ledger.
    for (const c of credits) {
      const m = /faktura (\S+)/.exec(c.text);
      expect(m).not.toBeNull();
      expect(led.some((l) => l.invoiceNumber === m![1] && l.supplier === c.supplier && l.amountOre > 0)).toBe(true);
    }
  });

  it('shows the seasons: personnel dips in July and peaks in December; financial aid peaks in December', () => {
    const led = readLedger(text);
    const sum = (period: string, pred: (a: string) => boolean) =>
      led.filter((l) => l.period === period && pred(l.account)).reduce((s, l) => s + l.amountOre, 0);
    const personnel = (p: string) => sum(p, (a) => a.startsWith('5'));
    const aid = (p: string) => sum(p, (a) => a.startsWith('452'));
    expect(personnel('2025-07')).toBeLessThan(0.95 * personnel('2025-06'));
    expect(personnel('2025-12')).toBeGreaterThan(1.15 * personnel('2025-11'));
    expect(aid('2025-12')).toBeGreaterThan(1.1 * aid('2025-11'));
  });

  it('uses only the agreed accounts, mapped consistently to cost lines', () => {
    const known = new Set(ACCOUNTS.map((a) => a.code));
    expect(readLedger(text).filter((l) => !known.has(l.account))).toEqual([]);
    for (const a of ACCOUNTS) expect({ code: a.code, line: costLineByMap(a.code) }).toEqual({ code: a.code, line: a.costLine });
  });
});

describe('Exempelkommun: placement register', () => {
  const text = utf8Text(bytesOf(def, NAMES.register));
  const rows = readCsv(text.replace(/^\ufeff/, ''));
  const recs = records(rows);

  it('is UTF-8 with BOM, semicolon, the Swedish headers of issue 6', () => {
    expect(text.startsWith('\ufeffÄrende;Ansvar;Konto;Målgrupp;Placeringsform;Lagrum;Anordnare;Startdatum;Slutdatum;')).toBe(true);
    expect(rows[0]).toEqual([...REGISTER_HEADERS]);
    expect(recs.length).toBeGreaterThanOrEqual(55);
    expect(recs.length).toBeLessThanOrEqual(70);
    for (const r of rows) expect(r).toHaveLength(REGISTER_HEADERS.length);
  });

  it('holds pseudonymised, valid rows of every form', () => {
    const forms = new Set(recs.map((r) => `${r['Placeringsform']}|${r['Målgrupp']}`));
    expect([...forms].sort()).toEqual([
      'Eget familjehem|Barn och unga', 'HVB|Barn och unga', 'HVB|Vuxna', 'Jourhem|Barn och unga',
      'Konsulentstött familjehem|Barn och unga', 'LVM-hem|Vuxna', 'SiS ungdomshem|Barn och unga', 'Skyddat boende|Vuxna',
      'Stödboende|Barn och unga',
    ]);
    const keys = new Set<string>();
    for (const r of recs) {
      expect(r['Ärende']).toMatch(/^(BU|VU)-20\d\d-\d{3}$/);
      keys.add(r['Ärende']);
      expect(['SoL', 'LVU 2 §', 'LVU 3 §', 'LVM']).toContain(r['Lagrum']);
      expect(isIsoDate(r['Startdatum'])).toBe(true);
      if (r['Slutdatum']) expect(r['Slutdatum'] >= r['Startdatum']).toBe(true);
      expect(parseUpliftPercent(r['Uppräkning'])).not.toBeNull();
      if (r['Uppräkning']) {
        expect(r['Uppräkning']).toMatch(/^\d+(,\d{1,2})? %$/);
        expect(r['Uppräkningsdatum'] > r['Startdatum']).toBe(true);
      }
      const perDay = r['Pris per dygn'] !== '';
      const perMonth = r['Pris per månad'] !== '';
      expect(perDay !== perMonth).toBe(true);
      if (r['Placeringsform'] === 'Eget familjehem') expect(amount(r['Omkostnad per månad'])).toBeGreaterThan(0);
      if (r['Målgrupp'] === 'Vuxna') expect(r['Ärende'].startsWith('VU')).toBe(true);
      if (r['Placeringsform'] === 'LVM-hem') expect(r['Lagrum']).toBe('LVM');
    }
    expect(keys.size).toBe(recs.length);
  });

  it('has ended, open-ended, this-year and planned placements, with rolling six-month reviews', () => {
    const asOf = def.options.asOf;
    expect(recs.filter((r) => r['Slutdatum'] !== '' && r['Slutdatum'] <= asOf).length).toBeGreaterThan(10);
    expect(recs.filter((r) => r['Slutdatum'] === '').length).toBeGreaterThan(8);
    expect(recs.filter((r) => r['Startdatum'].startsWith('2026')).length).toBeGreaterThan(5);
    expect(recs.filter((r) => r['Startdatum'] > asOf).length).toBe(2);
    let overdue = 0;
    for (const r of recs) {
      const running = r['Slutdatum'] === '' || r['Slutdatum'] > asOf;
      if (!running) {
        expect(r['Nästa omprövning']).toBe('');
        continue;
      }
      const review = r['Nästa omprövning'];
      const stepsOf6 = Array.from({ length: 40 }, (_, k) => addMonthsToDate(r['Startdatum'], 6 * (k + 1)));
      expect(stepsOf6).toContain(review);
      if (review < asOf) overdue++;
      else expect(addMonthsToDate(review, -6) < asOf || review === addMonthsToDate(r['Startdatum'], 6)).toBe(true);
    }
    expect(overdue).toBeLessThanOrEqual(6);
  });

  it('uses price levels from DOMAIN.md', () => {
    for (const r of recs) {
      const day = r['Pris per dygn'] ? amount(r['Pris per dygn']) / 100 : null;
      const month = r['Pris per månad'] ? amount(r['Pris per månad']) / 100 : null;
      switch (r['Placeringsform']) {
        case 'HVB':
          expect(day).toBeGreaterThanOrEqual(1100);
          expect(day).toBeLessThanOrEqual(8400);
          break;
        case 'SiS ungdomshem':
          expect(day).toBeGreaterThanOrEqual(3528);
          break;
        case 'Konsulentstött familjehem':
          expect(day).toBeGreaterThanOrEqual(1500);
          expect(day).toBeLessThanOrEqual(4200);
          break;
        case 'Eget familjehem':
          expect(month).toBeGreaterThanOrEqual(9000);
          break;
        case 'Jourhem':
          expect(month).toBeGreaterThanOrEqual(17000);
          break;
        case 'Stödboende':
          expect(day).toBeLessThanOrEqual(1500);
          break;
      }
    }
  });
});

describe('Exempelkommun: ledger placement costs agree with the register (cost.ts)', () => {
  it('to the öre per month and ansvar, except exactly the late batch', () => {
    const register = readRegister(utf8Text(bytesOf(def, NAMES.register)));
    const ledger = [...readLedger(decodeCp1252(bytesOf(def, NAMES.prev))), ...readLedger(decodeCp1252(bytesOf(def, NAMES.cur)))];
    const diff = placementDifferences(register, ledger, closedPeriods(2025, 2026, 10));
    const late = def.facts.lateBatch;
    expect(late.count).toBeGreaterThanOrEqual(1);
    expect(late.invoices.every((i) => i.period === '2026-10' && ['46311', '46312', '46331'].includes(i.account))).toBe(true);
    const expected = new Map<string, number>();
    for (const i of late.invoices) expected.set(`2026-10|${i.costCenter}`, (expected.get(`2026-10|${i.costCenter}`) ?? 0) + i.amountOre);
    expect(diff).toEqual(expected);
    expect([...diff.values()].reduce((s, v) => s + v, 0)).toBe(late.totalOre);
    // The late invoices are really absent: no October invoice for those cases.
    for (const i of late.invoices) {
      expect(ledger.some((l) => l.period === '2026-10' && l.text.includes(i.caseKey))).toBe(false);
      expect(ledger.some((l) => l.period === '2026-09' && l.text.includes(i.caseKey))).toBe(true);
    }
  });

  it('records the same in the facts, month by month', () => {
    const reg = def.facts.register;
    expect(reg.costClosedPeriodsOre - def.facts.lateBatch.totalOre).toBe(def.facts.ledgers[0].placementOre + def.facts.ledgers[1].placementOre);
    expect(reg.costPreviousYearOre).toBe(def.facts.ledgers[0].placementOre);
    for (const [period, f] of Object.entries(def.facts.placements.perMonth)) {
      if (period > '2026-10') expect(f.bookedOre).toBeNull();
      else if (period === '2026-10') expect(f.costOre - (f.bookedOre ?? 0)).toBe(def.facts.lateBatch.totalOre);
      else expect(f.bookedOre).toBe(f.costOre);
    }
  });

  it('keeps a credited and re-invoiced placement invoice at the register cost', () => {
    expect(def.facts.placementCorrections.length).toBeGreaterThanOrEqual(3);
    const ledger = readLedger(decodeCp1252(bytesOf(def, NAMES.prev)));
    for (const c of def.facts.placementCorrections.filter((x) => x.period.startsWith('2025'))) {
      const credit = ledger.find((l) => l.invoiceNumber === c.creditNote && l.amountOre < 0);
      expect(credit?.text).toContain(c.creditedInvoice);
      expect(credit?.amountOre).toBe(-c.creditedOre);
    }
  });
});

describe('Exempelkommun: budget', () => {
  const text = utf8Text(bytesOf(def, NAMES.budget));
  const rows = readCsv(text.replace(/^\ufeff/, ''));

  it('has the header, and months that sum exactly to Helår', () => {
    expect(text.startsWith('\ufeff')).toBe(true);
    expect(rows[0]).toEqual([...BUDGET_HEADERS]);
    expect(rows[0].join(';')).toBe('År;Ansvar;Kostnadsslag;Helår;Jan;Feb;Mar;Apr;Maj;Jun;Jul;Aug;Sep;Okt;Nov;Dec');
    const perYear: Record<string, number> = {};
    for (const r of rows.slice(1)) {
      expect(r).toHaveLength(16);
      const annual = amount(r[3]);
      expect(r.slice(4).map(amount).reduce((s, x) => s + x, 0)).toBe(annual);
      expect(COST_LINES).toContain(r[2]);
      if (r[2] === 'Intäkter') expect(annual).toBeLessThan(0);
      else expect(annual).toBeGreaterThan(0);
      perYear[r[0]] = (perYear[r[0]] ?? 0) + annual;
    }
    expect(perYear).toEqual(def.facts.budget.perYear);
    expect(Object.keys(perYear)).toEqual(['2025', '2026']);
  });

  it('budgets bought care too low, so placements drive the deficit (as in the audits)', () => {
    for (const seed of [def.options.seed, 1, 2, 3]) {
      const r = seed === def.options.seed ? def : generateExample({ seed });
      const rowsX = xlsxOf(r).xlsx.sheets[0].rows.slice(5);
      const variance = (pred: (line: string) => boolean) =>
        rowsX.filter((x) => typeof x[1] === 'string' && x[1] !== '' && pred(x[1])).reduce((s, x) => s + (x[6] as number), 0);
      const placements = variance((l) => PLACEMENT_COST_LINES.includes(l as never));
      expect(placements).toBeLessThan(-500_000);
      for (const line of COST_LINES) {
        if (!PLACEMENT_COST_LINES.includes(line)) expect(variance((l) => l === line)).toBeGreaterThan(placements);
      }
    }
  });
});

describe('Exempelkommun: organisation, facts and personal data', () => {
  it('writes the organisation with five columns and the five areas', () => {
    const rows = readCsv(utf8Text(bytesOf(def, NAMES.organisation)).replace(/^\ufeff/, ''));
    expect(rows[0]).toEqual(['Ansvar', 'Benämning', 'Enhet', 'Område', 'Verksamhet']);
    expect(rows.length - 1).toBeGreaterThanOrEqual(14);
    expect(new Set(rows.slice(1).map((r) => r[3]))).toEqual(new Set(['Ledning', 'Barn och unga', 'Vuxen', 'Ekonomiskt bistånd', 'Familjerätt']));
    for (const r of rows.slice(1)) expect(r[0]).toMatch(/^\d{5}$/);
  });

  it('writes facts that parse and describe the files', () => {
    const facts = JSON.parse(utf8Text(bytesOf(def, NAMES.facts)));
    expect(facts).toEqual(JSON.parse(JSON.stringify(def.facts)));
    expect(facts.files.map((f: { name: string }) => f.name)).toEqual(def.files.slice(0, -1).map((f) => f.name));
  });

  it('has no personnummer anywhere except the deliberate synthetic ones in ledger texts', () => {
    const pn = syntheticPersonnummer();
    expect(pn.long).toBe('19121212-1212');
    expect(pn.short).toBe('121212-1212');
    const allowed = new Set(Object.values(pn));
    for (const f of def.files) {
      if (f.format === 'xlsx') {
        for (const row of f.xlsx.sheets[0].rows) for (const c of row) expect(findPersonnummer(String(c ?? ''))).toEqual([]);
        continue;
      }
      const text = f.name.startsWith('huvudbok') ? decodeCp1252(f.bytes) : utf8Text(f.bytes);
      if (!f.name.startsWith('huvudbok')) {
        const found = findPersonnummer(text);
        // The facts file lists the synthetic numbers themselves, nothing else.
        if (f.kind === 'facts') for (const x of found) expect(allowed.has(x)).toBe(true);
        else expect(found).toEqual([]);
        continue;
      }
      const rows = readCsv(text).slice(1);
      let withPn = 0;
      const wrong: string[] = [];
      for (const r of rows) {
        r.forEach((cell, i) => {
          for (const x of findPersonnummer(cell)) if (i !== 8 || !allowed.has(x)) wrong.push(`${i}: ${cell}`);
        });
        if (findPersonnummer(r[8]).length) withPn++;
      }
      expect(wrong).toEqual([]);
      const facts = def.facts.ledgers.find((l) => l.file === f.name)!;
      expect(withPn).toBe(facts.personnummerRows);
      expect(withPn).toBe(3);
    }
  });

  it('keeps every CSV and JSON file small enough for the browser preview', () => {
    for (const f of def.files as (ExampleBytesFile | ExampleXlsxFile)[]) if (f.format !== 'xlsx') expect(f.bytes.length).toBeLessThan(2_000_000);
  });
});

import fixtureJson from '../../../test/fixtures/alternatives/bu-2026-014.json';
import { DEFAULT_PRICE_LIST } from '../prices';
import { parseRange } from '../a1';
import { sheetNameProblem } from '../port';
import { computeCase } from './compute';
import { validateCase, type CaseFile } from './model';
import { buildCostBasisSheet, componentLine, costBasisSheetName, sensitivityLines, sheetTexts, KR_DELTA_FORMAT, KR_FORMAT, KR_PLUSMINUS_FORMAT } from './sheet';

const raw = (): CaseFile => structuredClone(fixtureJson) as unknown as CaseFile;

function build(c: CaseFile = raw()) {
  const rc = validateCase(c, DEFAULT_PRICE_LIST);
  const result = computeCase(rc);
  return { rc, result, spec: buildCostBasisSheet(rc, result) };
}

/** The value written at an address (searching the blocks). */
function valueAt(spec: ReturnType<typeof build>['spec'], address: string) {
  const target = parseRange(address);
  for (const b of spec.blocks) {
    const at = parseRange(b.at);
    const row = b.rows[target.top - at.top];
    if (row && target.left >= at.left && target.left - at.left < row.length) return row[target.left - at.left];
  }
  return undefined;
}

describe('sheet name', () => {
  it.each([
    ['BU-2026-014', 'Kostnadsunderlag BU-2026-014'],
    ['BU-2026-01234567', 'Kostn.underlag BU-2026-01234567'],
    ['BU-2026-0123456789AB', 'Kostn.underlag BU-2026-0123456…'],
  ])('%s → %s', (key, name) => {
    expect(costBasisSheetName(key)).toBe(name);
    expect(name.length).toBeLessThanOrEqual(31);
    expect(sheetNameProblem(name)).toBeNull();
  });
});

describe('Kostnadsunderlag sheet', () => {
  it('prints on one A4 landscape page', () => {
    const { spec } = build();
    expect(spec.print).toMatchObject({ orientation: 'landscape', paper: 'A4', fitToPagesWide: 1, fitToPagesTall: 1 });
    expect(spec.print?.area).toMatch(/^A1:[A-Z]+\d+$/);
  });

  it('has the header, the alternatives side by side and the totals in kronor', () => {
    const { spec, result } = build();
    const texts = sheetTexts(spec);
    for (const s of ['BU-2026-014', '2026-03-10', 'Barn och unga', 'Resursrådet', 'A HVB', 'B Konsulentstött familjehem', 'C Hemmaplan']) {
      expect(texts).toContain(s);
    }
    // Find the totals row by its label and check every alternative's total.
    const totalBlock = spec.blocks.find((b) => b.rows[0][0] === 'Total kostnad, 12 mån');
    expect(totalBlock).toBeDefined();
    expect(totalBlock?.rows[0].slice(1)).toEqual(result.alternatives.map((a) => a.totalOre / 100));
    expect(totalBlock?.columnFormats?.slice(1)).toEqual([KR_FORMAT, KR_FORMAT, KR_FORMAT]);
    const expected = spec.blocks.find((b) => b.rows[0][0] === 'Förväntad kostnad med risk');
    expect(expected?.rows[0].slice(1)).toEqual(result.alternatives.map((a) => a.expectedOre / 100));
    const current = spec.blocks.find((b) => b.rows[0][0] === 'varav budgetår 2026');
    expect(current?.rows[0].slice(1)).toEqual(result.alternatives.map((a) => a.currentYearOre / 100));
  });

  it('has a line chart of the cumulative cost over its data table', () => {
    const { spec, result } = build();
    expect(spec.charts).toHaveLength(1);
    const chart = spec.charts![0];
    expect(chart.type).toBe('line');
    expect(chart.series.map((s) => s.name)).toEqual(result.alternatives.map((a) => a.name));
    const cats = parseRange(chart.categories);
    expect(cats.rows).toBe(12);
    expect(valueAt(spec, chart.categories.split(':')[0])).toBe('apr 2026');
    chart.series.forEach((s, i) => {
      const r = parseRange(s.values);
      expect(r.rows).toBe(12);
      const lastCell = s.values.split(':')[1];
      expect(valueAt(spec, lastCell)).toBe(result.alternatives[i].totalOre / 100);
    });
  });

  it('lists sensitivity rows for every price (± when symmetric) and the duration', () => {
    const { spec, result } = build();
    const labels = spec.blocks.map((b) => String(b.rows[0][0]));
    expect(labels).toContain('Pris hvb_barn_dygn ±10 %');
    expect(labels).toContain('A HVB: Resor och umgänge ±10 %');
    expect(labels).toContain('Placeringens längd +3 mån');
    expect(labels).toContain('Placeringens längd −3 mån');
    const hvb = spec.blocks.find((b) => b.rows[0][0] === 'Pris hvb_barn_dygn ±10 %');
    expect(hvb?.rows[0].slice(1)).toEqual(result.sensitivity.find((s) => s.key === 'hvb_barn_dygn' && s.change === 0.1)?.deltaOre.map((d) => d / 100));
    expect(hvb?.columnFormats?.[1]).toBe(KR_PLUSMINUS_FORMAT);
    const dur = spec.blocks.find((b) => b.rows[0][0] === 'Placeringens längd +3 mån');
    expect(dur?.rows[0].slice(1)).toEqual(result.sensitivity.find((s) => s.key === 'duration' && s.change === 3)?.deltaOre.map((d) => d / 100));
    expect(dur?.columnFormats?.[1]).toBe(KR_DELTA_FORMAT);
  });

  it('folds a +/− pair only when the changes mirror each other within a krona', () => {
    const { result } = build();
    const lines = sensitivityLines(result);
    const priceKeys = new Set(result.sensitivity.filter((s) => s.kind === 'price').map((s) => s.key));
    expect(lines.filter((l) => l.symmetric && !l.label.startsWith('Placeringens'))).toHaveLength(priceKeys.size);
    const tweaked = { ...result, sensitivity: result.sensitivity.map((s) => (s.key === 'hvb_barn_dygn' && s.change < 0 ? { ...s, deltaOre: s.deltaOre.map((d) => d - 500) } : s)) };
    const split = sensitivityLines(tweaked).filter((l) => l.label.startsWith('Pris hvb_barn_dygn'));
    expect(split.map((l) => l.label)).toEqual(['Pris hvb_barn_dygn +10 %', 'Pris hvb_barn_dygn −10 %']);
  });

  it('shows every third month of a long horizon in the chart table', () => {
    const c = raw();
    c.horizonMonths = 24;
    const { spec, result } = build(c);
    const chart = spec.charts![0];
    expect(parseRange(chart.categories).rows).toBe(8);
    expect(valueAt(spec, chart.categories.split(':')[0])).toBe('jun 2026');
    expect(valueAt(spec, chart.series[0].values.split(':')[1])).toBe(result.alternatives[0].totalOre / 100);
  });

  it('describes components with price, months and uplift', () => {
    const { rc, result } = build();
    const line = componentLine(rc, rc.alternatives[0].components[0], result.alternatives[0].components[0].totalOre);
    expect(line).toBe('• HVB-plats: 3\u00a0283\u00a0kr/dygn, mån 1–12, +3\u00a0%/år – 1\u00a0207\u00a0159\u00a0kr');
    const c = rc.alternatives[2].components[1];
    expect(componentLine(rc, c, 0)).toMatch(/650\u00a0kr\/timme × 52, mån 1–6/);
  });

  it('writes no personnummer: the reason is masked', () => {
    const c = raw();
    c.reason = 'Gäller 121212-1212 och 191212121212.';
    const texts = sheetTexts(build(c).spec).join('\n');
    expect(texts).not.toMatch(/1212-?1212/);
    expect(texts).toContain('Gäller ÅÅMMDD-**** och ÅÅÅÅMMDD-****.');
  });

  it('keeps every block inside the print area and merges inside the left part', () => {
    const { spec } = build();
    const area = parseRange(spec.print!.area!);
    for (const b of spec.blocks) {
      const at = parseRange(b.at);
      expect(at.top + b.rows.length).toBeLessThanOrEqual(area.top + area.rows);
      for (const row of b.rows) expect(at.left + row.length).toBeLessThanOrEqual(area.left + area.cols);
    }
  });

  it('adapts to two and to five alternatives', () => {
    const two = raw();
    two.alternatives = [two.alternatives[0], { ...two.alternatives[2], risk: null }];
    expect(build(two).spec.charts![0].series).toHaveLength(2);
    const five = raw();
    five.alternatives = [...five.alternatives, { ...five.alternatives[0], name: 'D SiS' }, { ...five.alternatives[2], name: 'E Stödboende', risk: null }];
    const spec = build(five).spec;
    expect(spec.charts![0].series).toHaveLength(5);
  });
});

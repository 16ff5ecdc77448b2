/**
 * A Stratsys-style monthly follow-up report as plain sheet data (src/file/exampleFiles.ts turns it into .xlsx):
 * title rows, a header row, one row per ansvar × cost line, a "Summa <enhet>" row per unit and a "Totalt" row.
 * Budget helår, Budget t.o.m. period and Prognos helår (föregående) are written as TEXT with spaces
 * ("1 234 567"), as such exports do; the other figures are numbers. All figures are whole kronor.
 */
import { MONTH_NAMES_SV, periodParts, type IsoDate, type Period } from '../dates';
import { divRound, type Ore } from '../money';
import { isPlacementActiveOn } from '../placements/cost';
import type { BudgetLine } from './budget';
import type { LedgerPosting } from './ledger';
import { COST_CENTERS, COST_LINES, PLACEMENT_COST_LINES, costLineOfAccount, units, type ExampleCostLine } from './organisation';
import type { ExamplePlacement } from './register';
import { wholeKronor } from './text';

export type ExampleCell = string | number | null;

/** One sheet as plain data. */
export interface ExampleSheetData {
  name: string;
  rows: ExampleCell[][];
  /** Column widths in characters. */
  columnWidths: number[];
  /** 0-based rows shown bold (title, header, subtotals, total). */
  boldRows: number[];
  /** 0-based index of the header row. */
  headerRow: number;
  /** 0-based columns whose numeric cells get a thousands format. */
  numberColumns: number[];
}

/** A workbook as plain data. */
export interface ExampleWorkbookData {
  creator: string;
  /** Fixed creation date (so the same seed gives the same bytes). */
  created: IsoDate;
  sheets: ExampleSheetData[];
}

export const STRATSYS_HEADERS = [
  'Ansvar', 'Kostnadsslag', 'Budget helår', 'Budget t.o.m. period', 'Utfall period', 'Utfall t.o.m. period',
  'Avvikelse t.o.m. period', 'Prognos helår (föregående)', 'Kommentar',
] as const;

export const STRATSYS_TITLE = 'Månadsuppföljning individ- och familjeomsorg – Exempelkommun';

/** The figures of one report row, in öre (rounded to whole kronor only when written). */
export interface StratsysFigures {
  budgetYearOre: Ore;
  budgetToDateOre: Ore;
  actualPeriodOre: Ore;
  actualToDateOre: Ore;
  varianceOre: Ore;
  forecastOre: Ore;
}

export interface StratsysLine extends StratsysFigures {
  kind: 'line' | 'subtotal' | 'total';
  costCenter: string | null;
  unit: string | null;
  costLine: ExampleCostLine | null;
  label: string;
  comment: string;
}

export interface StratsysInput {
  year: number;
  throughMonth: number;
  asOf: IsoDate;
  printDate: IsoDate;
  /** Current-year postings up to and including the through month. */
  postings: readonly LedgerPosting[];
  budget: readonly BudgetLine[];
  register: readonly ExamplePlacement[];
}

const zero = (): StratsysFigures => ({
  budgetYearOre: 0, budgetToDateOre: 0, actualPeriodOre: 0, actualToDateOre: 0, varianceOre: 0, forecastOre: 0,
});

function add(a: StratsysFigures, b: StratsysFigures): void {
  a.budgetYearOre += b.budgetYearOre;
  a.budgetToDateOre += b.budgetToDateOre;
  a.actualPeriodOre += b.actualPeriodOre;
  a.actualToDateOre += b.actualToDateOre;
  a.varianceOre += b.varianceOre;
  a.forecastOre += b.forecastOre;
}

/** Öre to whole kronor, half away from zero. */
export function toKronor(ore: Ore): number {
  return divRound(ore, 100);
}

function roundTo10k(ore: Ore): Ore {
  return divRound(ore, 1_000_000) * 1_000_000;
}

function comment(line: ExampleCostLine, costCenter: string, f: StratsysFigures, count: number): string {
  const placements = `${count} ${count === 1 ? 'placering' : 'placeringar'}`;
  const v = f.varianceOre;
  const threshold = Math.max(10_000_000, Math.abs(divRound(f.budgetToDateOre, 20)));
  if (Math.abs(v) < threshold) return '';
  const deficit = v < 0;
  switch (line) {
    case 'Köpt vård institution barn och unga':
      if (!deficit) return 'Färre placeringar än budgeterat under perioden.';
      return costCenter === '52140'
        ? `Fler unga i stödboende än budgeterat; ${placements} pågående vid periodens slut. Åtgärd: utsluss till egen bostad planeras tidigt i varje ärende.`
        : `Underskottet beror på fler placeringar på HVB och SiS än budgeterat; ${placements} pågående vid periodens slut. Åtgärd: resursrådet prövar hemmaplanslösning före varje ny placering och alla placeringar följs upp månadsvis.`;
    case 'Familjehemsvård':
      return deficit
        ? `Fler barn i konsulentstödda familjehem än budgeterat; ${placements} vid periodens slut. Åtgärd: rekrytering av egna familjehem för att minska behovet av konsulentstödda hem.`
        : 'Färre familjehemsplaceringar än budgeterat.';
    case 'Köpt vård vuxna':
      if (!deficit) return 'Färre placeringar än budgeterat under perioden.';
      return costCenter === '53200'
        ? `Större behov av skyddat boende än budgeterat; ${placements} pågående vid periodens slut. Åtgärd: samverkan med kvinnojouren om kortare vistelser och egen bostad.`
        : `Fler placeringar på HVB och LVM-hem än budgeterat; ${placements} pågående vid periodens slut. Åtgärd: öppenvård på hemmaplan i första hand och tätare uppföljning av vårdtiderna.`;
    case 'Ekonomiskt bistånd':
      return deficit
        ? 'Fler hushåll med långvarigt försörjningsstöd än budgeterat. Åtgärd: samarbete med arbetsmarknadsenheten och uppföljning av planer för egen försörjning.'
        : 'Färre hushåll med försörjningsstöd än budgeterat.';
    case 'Personal':
      return deficit
        ? 'Underskott på grund av vikarier under sommaren och sjukfrånvaro. Åtgärd: översyn av bemanningen.'
        : 'Överskott på grund av vakanta tjänster under delar av året.';
    case 'Övriga kostnader':
      return deficit
        ? 'Högre kostnader än budgeterat för inhyrd personal och tolk. Åtgärd: rekrytering av egna socialsekreterare.'
        : 'Lägre kostnader än budgeterat för material och utbildning.';
    case 'Intäkter':
      return deficit ? 'Lägre intäkter än budgeterat.' : 'Högre intäkter än budgeterat (statsbidrag och egenavgifter).';
    case 'Lokaler':
      return deficit ? 'Högre lokalkostnader än budgeterat (el och värme).' : 'Lägre lokalkostnader än budgeterat.';
  }
}

/** The report's lines (in order) with their figures in öre. */
export function stratsysLines(input: StratsysInput): StratsysLine[] {
  const { year, throughMonth } = input;
  const through: Period = `${year}-${String(throughMonth).padStart(2, '0')}`;
  const key = (cc: string, line: string) => `${cc}|${line}`;
  const actualToDate = new Map<string, Ore>();
  const actualPeriod = new Map<string, Ore>();
  const actualBefore = new Map<string, Ore>();
  const addTo = (m: Map<string, Ore>, k: string, v: Ore) => m.set(k, (m.get(k) ?? 0) + v);
  for (const p of input.postings) {
    if (p.period > through) continue;
    const k = key(p.costCenter, costLineOfAccount(p.account));
    addTo(actualToDate, k, p.amountOre);
    if (p.period === through) addTo(actualPeriod, k, p.amountOre);
    else addTo(actualBefore, k, p.amountOre);
  }
  const budget = new Map<string, BudgetLine>();
  for (const b of input.budget) if (b.year === year) budget.set(key(b.costCenter, b.costLine), b);

  const lines: StratsysLine[] = [];
  const total = zero();
  for (const unit of units()) {
    const sub = zero();
    let any = false;
    for (const cc of COST_CENTERS.filter((c) => c.unit === unit)) {
      for (const line of COST_LINES) {
        const k = key(cc.code, line);
        const b = budget.get(k);
        const f = zero();
        f.budgetYearOre = b?.annualOre ?? 0;
        f.budgetToDateOre = b ? b.monthsOre.slice(0, throughMonth).reduce((s, x) => s + x, 0) : 0;
        f.actualPeriodOre = actualPeriod.get(k) ?? 0;
        f.actualToDateOre = actualToDate.get(k) ?? 0;
        f.varianceOre = f.budgetToDateOre - f.actualToDateOre;
        if (f.budgetYearOre === 0 && f.actualToDateOre === 0) continue;
        // The forecast made a month ago: bought care at the run rate so far, other lines budget plus the
        // variance so far scaled to the year.
        const monthsBefore = throughMonth - 1;
        if (monthsBefore === 0) f.forecastOre = f.budgetYearOre;
        else {
          const before = actualBefore.get(k) ?? 0;
          const budgetBefore = b ? b.monthsOre.slice(0, monthsBefore).reduce((s, x) => s + x, 0) : 0;
          f.forecastOre = PLACEMENT_COST_LINES.includes(line)
            ? roundTo10k(divRound(before * 12, monthsBefore))
            : roundTo10k(f.budgetYearOre + divRound((before - budgetBefore) * 12, monthsBefore));
        }
        const placements = input.register.filter(
          (p) => p.costCenter === cc.code && costLineOfAccount(p.account) === line && isPlacementActiveOn(p, input.asOf),
        ).length;
        lines.push({
          kind: 'line', costCenter: cc.code, unit, costLine: line, label: `${cc.code} ${cc.name}`,
          comment: comment(line, cc.code, f, placements), ...f,
        });
        add(sub, f);
        any = true;
      }
    }
    if (!any) continue;
    lines.push({ kind: 'subtotal', costCenter: null, unit, costLine: null, label: `Summa ${unit}`, comment: '', ...sub });
    add(total, sub);
  }
  lines.push({ kind: 'total', costCenter: null, unit: null, costLine: null, label: 'Totalt', comment: '', ...total });
  return lines;
}

/** The report as a sheet: 3 title rows, a blank row, the header and the lines. */
export function stratsysWorkbook(input: StratsysInput, lines: readonly StratsysLine[]): ExampleWorkbookData {
  const { month } = periodParts(`${input.year}-${String(input.throughMonth).padStart(2, '0')}`);
  const rows: ExampleCell[][] = [
    [STRATSYS_TITLE],
    [`Period: ${MONTH_NAMES_SV[month - 1]} ${input.year}`],
    [`Utskriftsdatum: ${input.printDate}`],
    [],
    [...STRATSYS_HEADERS],
  ];
  const boldRows = [0, 4];
  for (const l of lines) {
    if (l.kind !== 'line') boldRows.push(rows.length);
    rows.push([
      l.label,
      l.costLine ?? '',
      wholeKronor(l.budgetYearOre),
      wholeKronor(l.budgetToDateOre),
      toKronor(l.actualPeriodOre),
      toKronor(l.actualToDateOre),
      toKronor(l.varianceOre),
      wholeKronor(l.forecastOre),
      l.comment,
    ]);
  }
  return {
    creator: 'Stratsys (Exempelkommun)',
    created: input.printDate,
    sheets: [
      {
        name: 'Uppföljning',
        rows,
        columnWidths: [42, 36, 14, 16, 14, 16, 16, 18, 90],
        boldRows,
        headerRow: 4,
        numberColumns: [4, 5, 6],
      },
    ],
  };
}

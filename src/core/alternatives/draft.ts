/**
 * The task pane's form state for a case (every field as the user types it) and its conversion to the case JSON.
 * The pane holds a DraftCase, and on every change asks evaluateDraft() for the issues per field and the live
 * totals: no arithmetic in the component.
 *
 * Form conventions (Swedish input): amounts and percentages accept a decimal comma and spaces ("2 500", "3,5");
 * uplift and risk probability are entered in percent; a price is a price-list name or an amount in kronor.
 */
import type { InputIssue } from '../errors';
import { isUserError } from '../errors';
import { parseAmount } from '../money';
import { addMonths, makePeriod, periodParts, type IsoDate } from '../dates';
import type { PriceEntry } from '../prices';
import { t } from '../strings';
import { computeCase, type CaseResult } from './compute';
import { validateCase, type AlternativeFile, type AlternativeKind, type CaseFile, type ComponentFile, type ComponentUnit, type ResourceCase } from './model';
import * as Q from './rational';

export interface DraftComponent {
  label: string;
  unit: ComponentUnit;
  /** A price-list name or kronor ("2 500", "1250,50"). */
  price: string;
  /** A number or an expression; empty = 1. */
  quantity: string;
  /** Months, 1-based; empty = 1 / the horizon. */
  from: string;
  to: string;
  /** Yearly uplift in percent ("3" = 3 %); empty = none. */
  upliftPercent: string;
}

export interface DraftRisk {
  enabled: boolean;
  probabilityPercent: string;
  afterMonth: string;
  /** Name of the follow-on alternative. */
  then: string;
}

export interface DraftAlternative {
  name: string;
  kind: AlternativeKind;
  notes: string;
  components: DraftComponent[];
  risk: DraftRisk;
}

export interface DraftCase {
  caseKey: string;
  date: string;
  targetGroup: string;
  reason: string;
  firstMonth: string;
  horizonMonths: string;
  board: string;
  alternatives: DraftAlternative[];
}

export function emptyComponent(unit: ComponentUnit = 'månad', price = ''): DraftComponent {
  return { label: '', unit, price, quantity: '', from: '', to: '', upliftPercent: '' };
}

export function noRisk(): DraftRisk {
  return { enabled: false, probabilityPercent: '', afterMonth: '', then: '' };
}

/** A new case: three alternatives (two external, one home-based) starting next month, ready to adjust. */
export function newDraft(today: IsoDate): DraftCase {
  const { year, month } = periodParts(today.slice(0, 7));
  const first = addMonths(makePeriod(year, month), 1);
  return {
    caseKey: '',
    date: today,
    targetGroup: 'Barn och unga',
    reason: '',
    firstMonth: first,
    horizonMonths: '12',
    board: '',
    alternatives: [
      {
        name: 'A HVB',
        kind: 'extern',
        notes: '',
        components: [{ ...emptyComponent('dygn', 'hvb_barn_dygn'), label: 'HVB-plats' }],
        risk: noRisk(),
      },
      {
        name: 'B Familjehem',
        kind: 'extern',
        notes: '',
        components: [{ ...emptyComponent('dygn', 'konsulentstott_fh_dygn'), label: 'Konsulentstött familjehem' }],
        risk: noRisk(),
      },
      {
        name: 'C Hemmaplan',
        kind: 'hemmaplan',
        notes: '',
        components: [{ ...emptyComponent('timme', 'oppenvard_timme'), label: 'Familjebehandling', quantity: '6 * 52 / 12' }],
        risk: noRisk(),
      },
    ],
  };
}

/** The next free alternative name ("D …"), for "add alternative". */
export function nextAlternative(d: DraftCase): DraftAlternative {
  const letter = String.fromCharCode(65 + d.alternatives.length);
  return { name: `${letter} Alternativ`, kind: 'hemmaplan', notes: '', components: [{ ...emptyComponent(), label: 'Kostnad' }], risk: noRisk() };
}

/** "3,5" → 3.5, "2 500" → 2500; null for empty; the text itself when it is not a number. */
function swedishNumber(text: string): number | string | null {
  const s = text.trim();
  if (s === '') return null;
  const normalised = s.replace(/[\s\u00a0]/g, '').replace(',', '.');
  if (/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(normalised)) return Number(normalised);
  return s;
}

function percentToFraction(text: string): number | string | null {
  const v = swedishNumber(text);
  if (typeof v !== 'number') return v;
  // Exact: percent / 100 through rationals, so "3,5" gives 0.035 and not 0.035000000000000003.
  const r = Q.div(Q.fromNumber(v), Q.rat(100));
  return Number(r.n) / Number(r.d);
}

function priceValue(text: string): number | string {
  const s = text.trim();
  if (/^[a-z][a-z0-9_]*$/.test(s)) return s;
  const p = parseAmount(s);
  return p.ok ? p.ore / 100 : s;
}

function integerValue(text: string): number | string | undefined {
  const v = swedishNumber(text);
  return v === null ? undefined : v;
}

/** The case JSON of a draft (not validated: validateCase reports what is wrong, naming the field). */
export function draftToCaseFile(d: DraftCase): CaseFile {
  const horizon = integerValue(d.horizonMonths);
  const file: Record<string, unknown> = {
    caseKey: d.caseKey,
    date: d.date,
    targetGroup: d.targetGroup,
    reason: d.reason,
    firstMonth: d.firstMonth.trim(),
    ...(horizon !== undefined ? { horizonMonths: horizon } : {}),
    ...(d.board.trim() ? { board: d.board } : {}),
    alternatives: d.alternatives.map((a): AlternativeFile => {
      const alt: AlternativeFile = {
        name: a.name,
        kind: a.kind,
        notes: a.notes,
        components: a.components.map((c) => {
          const comp: Record<string, unknown> = { label: c.label, unit: c.unit, price: priceValue(c.price) };
          const q = swedishNumber(c.quantity);
          if (q !== null) comp.quantity = q;
          const from = integerValue(c.from);
          const to = integerValue(c.to);
          if (from !== undefined) comp.from = from;
          if (to !== undefined) comp.to = to;
          const uplift = percentToFraction(c.upliftPercent);
          if (uplift !== null) comp.uplift = uplift;
          return comp as unknown as ComponentFile;
        }),
      };
      if (a.risk.enabled) {
        alt.risk = {
          probability: percentToFraction(a.risk.probabilityPercent) as number,
          afterMonth: integerValue(a.risk.afterMonth) as number,
          then: a.risk.then,
        };
      }
      return alt;
    }),
  };
  return file as unknown as CaseFile;
}

function numberText(v: number | undefined): string {
  return v === undefined ? '' : String(v).replace('.', ',');
}

function percentText(fraction: number | undefined): string {
  if (fraction === undefined || fraction === 0) return '';
  const r = Q.mul(Q.fromNumber(fraction), Q.rat(100));
  return numberText(Number(r.n) / Number(r.d));
}

/** A stored (or loaded) case as a draft for the form. */
export function caseFileToDraft(f: CaseFile): DraftCase {
  return {
    caseKey: f.caseKey,
    date: f.date,
    targetGroup: f.targetGroup,
    reason: f.reason,
    firstMonth: f.firstMonth,
    horizonMonths: String(f.horizonMonths ?? 12),
    board: f.board ?? '',
    alternatives: f.alternatives.map((a) => ({
      name: a.name,
      kind: a.kind === 'hemmaplan' ? 'hemmaplan' : 'extern',
      notes: a.notes ?? '',
      components: a.components.map((c) => ({
        label: c.label,
        unit: c.unit as ComponentUnit,
        price: typeof c.price === 'number' ? numberText(c.price) : c.price,
        quantity: c.quantity === undefined || c.quantity === 1 ? '' : typeof c.quantity === 'number' ? numberText(c.quantity) : c.quantity,
        from: c.from === undefined ? '' : String(c.from),
        to: c.to === undefined ? '' : String(c.to),
        upliftPercent: percentText(c.uplift),
      })),
      risk: a.risk
        ? { enabled: true, probabilityPercent: percentText(a.risk.probability), afterMonth: String(a.risk.afterMonth), then: a.risk.then }
        : noRisk(),
    })),
  };
}

export interface DraftEvaluation {
  file: CaseFile;
  /** Every problem of the draft, each naming its field (`alternatives[1].components[0].quantity`). */
  issues: InputIssue[];
  /** The first message per field path, without the field prefix (shown under the field). */
  byField: Record<string, string>;
  /** The validated case when the draft has no problem at all (ready to write). */
  valid: ResourceCase | null;
  /**
   * Live figures: computed whenever the numbers are valid, even while header texts (case key, reason …) are
   * still missing or wrong — those do not change a krona. No sensitivity (that is for the sheet).
   */
  result: CaseResult | null;
}

const PLACEHOLDER_KEY = 'UTKAST-1';

/** Validates a draft for the form and computes its live totals (see DraftEvaluation). */
export function evaluateDraft(d: DraftCase, prices: readonly PriceEntry[]): DraftEvaluation {
  const file = draftToCaseFile(d);
  let issues: InputIssue[] = [];
  let valid: ResourceCase | null = null;
  try {
    valid = validateCase(file, prices);
  } catch (e) {
    if (!isUserError(e)) throw e;
    issues = e.issues;
  }
  const byField: Record<string, string> = {};
  const addField = (i: InputIssue) => {
    const f = i.column ?? '';
    if (f in byField) return;
    // The message without its "fält <path>: " prefix: the form shows it under the field itself.
    const prefix = t('alternatives.field', { field: f, message: '' });
    byField[f] = i.message.startsWith(prefix) ? i.message.slice(prefix.length) : i.message;
  };
  issues.forEach(addField);
  let numeric = valid;
  if (!numeric) {
    // The same case with neutral texts where texts do not matter for the figures.
    const lenient: CaseFile = {
      ...file,
      caseKey: PLACEHOLDER_KEY,
      targetGroup: file.targetGroup?.trim() ? file.targetGroup.slice(0, 80) : '–',
      reason: file.reason?.trim() ? file.reason.slice(0, 2000) : '–',
      alternatives: Array.isArray(file.alternatives)
        ? file.alternatives.map((a) => ({
            ...a,
            notes: (a.notes ?? '').slice(0, 1000),
            components: Array.isArray(a.components)
              ? a.components.map((c) => ({ ...c, label: c.label?.trim() ? c.label.slice(0, 60) : '–' }))
              : a.components,
          }))
        : file.alternatives,
    };
    delete (lenient as { board?: string }).board;
    if (file.board && file.board.length <= 80) lenient.board = file.board;
    try {
      numeric = validateCase(lenient, prices);
    } catch (e) {
      if (!isUserError(e)) throw e;
    }
  }
  let result: CaseResult | null = null;
  if (numeric) {
    try {
      result = computeCase(numeric, { sensitivity: false });
    } catch (e) {
      if (!isUserError(e)) throw e;
      for (const i of e.issues) {
        issues.push(i);
        addField(i);
      }
    }
  }
  return { file, issues, byField, valid, result };
}

/**
 * The resource board's case (resourceBoard): the reason for an external placement and two to five placement
 * alternatives (at least one external, at least one home-based) with their cost components, over a horizon of
 * months. `CaseFile` is the JSON shape (CLI contract, stored in the workbook); `ResourceCase` is the validated,
 * masked, compiled form that computeCase works on.
 */
import { UserError, shortValue, type InputIssue } from '../errors';
import { isIsoDate, isPeriod, periodParts, type IsoDate, type Period } from '../dates';
import { t, type StringKey, type TextParams } from '../strings';
import type { Ore } from '../money';
import type { PriceEntry } from '../prices';
import { caseKeyProblem, maskPersonalNumbers } from './privacy';
import { compileExpression, DAYS_NAME, ExpressionError, evaluateAst, expressionMessage, type CompiledExpression } from './expression';
import * as Q from './rational';
import type { Rational } from './rational';

// ---------------------------------------------------------------------------
// The JSON shape

export const COMPONENT_UNITS = ['dygn', 'månad', 'timme', 'vecka', 'engång'] as const;
export type ComponentUnit = (typeof COMPONENT_UNITS)[number];
export const ALTERNATIVE_KINDS = ['extern', 'hemmaplan'] as const;
export type AlternativeKind = (typeof ALTERNATIVE_KINDS)[number];

export interface ComponentFile {
  label: string;
  unit: ComponentUnit | string;
  /** Kronor (at most two decimals) or a price-list name. */
  price: number | string;
  /** A number or an expression (default 1). For `dygn` the number of places (price × quantity × days). */
  quantity?: number | string;
  /** First active month, 1-based within the horizon (default 1). */
  from?: number;
  /** Last active month, inclusive (default the horizon). Ignored for `engång`. */
  to?: number;
  /** Yearly uplift as a fraction (0.03 = 3 %), applied from each 1 January after the first month. */
  uplift?: number;
}

export interface RiskFile {
  /** Probability (0–1) that the alternative breaks down. */
  probability: number;
  /** The breakdown happens after this month (0 = at once); the follow-on starts in month afterMonth + 1. */
  afterMonth: number;
  /** Name of the alternative that follows. */
  then: string;
}

export interface AlternativeFile {
  name: string;
  kind: AlternativeKind | string;
  notes?: string;
  components: ComponentFile[];
  risk?: RiskFile | null;
}

export interface CaseFile {
  caseKey: string;
  /** Date of the case (YYYY-MM-DD); its year is the current budget year. */
  date: string;
  targetGroup: string;
  reason: string;
  firstMonth: string;
  horizonMonths?: number;
  /** Who presents the case (default "Resursrådet"). */
  board?: string;
  alternatives: AlternativeFile[];
}

// ---------------------------------------------------------------------------
// The validated model

export const DEFAULT_HORIZON = 12;
export const MAX_HORIZON = 36;
export const MIN_ALTERNATIVES = 2;
export const MAX_ALTERNATIVES = 5;
export const MAX_COMPONENTS = 20;
export const MAX_UPLIFT = 0.5;
const MAX_PRICE_KR = 10_000_000;
const MAX_QUANTITY = 1_000_000;
const TEXT_LIMITS = { caseKey: 20, targetGroup: 80, reason: 2000, board: 80, name: 40, notes: 1000, label: 60 };

export type PriceRef = { kind: 'amount'; ore: Ore } | { kind: 'name'; name: string };

export interface CostComponent {
  label: string;
  unit: ComponentUnit;
  price: PriceRef;
  quantity: CompiledExpression;
  from: number;
  to: number;
  uplift: Rational;
}

export interface Risk {
  probability: Rational;
  afterMonth: number;
  /** Index of the follow-on alternative. */
  then: number;
}

export interface Alternative {
  name: string;
  kind: AlternativeKind;
  notes: string;
  components: CostComponent[];
  risk: Risk | null;
}

export interface ResourceCase {
  caseKey: string;
  date: IsoDate;
  budgetYear: number;
  targetGroup: string;
  reason: string;
  board: string;
  firstMonth: Period;
  horizonMonths: number;
  alternatives: Alternative[];
  /** The prices the case was validated against, by name. */
  prices: ReadonlyMap<string, PriceEntry>;
  /** Personnummer masked in the free texts. */
  maskedCount: number;
  /** The case as JSON, normalised and masked: what is stored in the workbook. */
  file: CaseFile;
}

// ---------------------------------------------------------------------------
// Validation

/** Builds one issue naming the field (e.g. `alternatives[1].components[2].to`). */
export function fieldIssue(field: string, reason: StringKey, params: TextParams = {}, value?: unknown, message?: string): InputIssue {
  const text = message ?? t(reason, params);
  return {
    column: field,
    ...(value !== undefined ? { value: shortValue(typeof value === 'string' ? value : JSON.stringify(value), 200) } : {}),
    reason,
    params,
    message: t('alternatives.field', { field, message: text }),
  };
}

class Collector {
  readonly issues: InputIssue[] = [];
  maskedCount = 0;
  add(field: string, reason: StringKey, params: TextParams = {}, value?: unknown): void {
    this.issues.push(fieldIssue(field, reason, params, value));
  }
  addExpression(field: string, e: ExpressionError, value: unknown): void {
    this.issues.push(fieldIssue(field, e.key, e.params, value, expressionMessage(e.key, e.params, e.position)));
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function checkKeys(c: Collector, obj: Record<string, unknown>, allowed: readonly string[], path: string): void {
  for (const k of Object.keys(obj)) {
    if (!allowed.includes(k)) c.add(path ? `${path}.${k}` : k, 'alternatives.field.unknown', { allowed: allowed.join(', ') });
  }
}

function text(
  c: Collector,
  v: unknown,
  field: string,
  max: number,
  opts: { required: boolean; mask: boolean; fallback?: string },
): string {
  if (v === undefined || v === null) {
    if (opts.required) c.add(field, 'alternatives.field.missing');
    return opts.fallback ?? '';
  }
  if (typeof v !== 'string') {
    c.add(field, 'alternatives.field.notText', {}, v);
    return '';
  }
  const trimmed = v.trim();
  if (opts.required && trimmed === '') {
    c.add(field, 'alternatives.field.missing');
    return '';
  }
  if (trimmed.length > max) c.add(field, 'alternatives.field.tooLong', { max, length: trimmed.length });
  if (!opts.mask) return trimmed;
  const m = maskPersonalNumbers(trimmed);
  c.maskedCount += m.masked;
  return m.text;
}

function integer(c: Collector, v: unknown, field: string, min: number, max: number, fallback: number): number {
  if (v === undefined || v === null) return fallback;
  if (typeof v !== 'number' || !Number.isInteger(v)) {
    c.add(field, 'alternatives.field.notInteger', {}, v);
    return fallback;
  }
  if (v < min || v > max) {
    c.add(field, 'alternatives.field.range', { min, max }, v);
    return fallback;
  }
  return v;
}

/** Kronor with at most two decimals, as exact öre (via the number's shortest decimal text). */
function kronorOre(v: number): Ore | null {
  const r = Q.fromNumber(v);
  const ore = Q.mul(r, Q.rat(100));
  if (!Q.isInteger(ore)) return null;
  return Number(ore.n);
}

function normaliseUnit(u: string): ComponentUnit | null {
  const s = u.trim().toLowerCase();
  const aliases: Record<string, ComponentUnit> = {
    dygn: 'dygn',
    dag: 'dygn',
    månad: 'månad',
    manad: 'månad',
    mån: 'månad',
    timme: 'timme',
    tim: 'timme',
    vecka: 'vecka',
    engång: 'engång',
    engang: 'engång',
  };
  return Object.prototype.hasOwnProperty.call(aliases, s) ? aliases[s] : null;
}

/** The scope of an expression's price names: each price in kronor, exactly. */
export function priceScope(prices: ReadonlyMap<string, PriceEntry>): Map<string, Rational> {
  const m = new Map<string, Rational>();
  for (const [name, e] of prices) m.set(name, Q.rat(e.priceOre, 100));
  return m;
}

function validateComponent(
  c: Collector,
  raw: unknown,
  path: string,
  horizon: number,
  prices: ReadonlyMap<string, PriceEntry>,
  names: ReadonlySet<string>,
): { comp: CostComponent | null; file: ComponentFile | null } {
  if (!isObject(raw)) {
    c.add(path, 'alternatives.field.notObject');
    return { comp: null, file: null };
  }
  const before = c.issues.length;
  checkKeys(c, raw, ['label', 'unit', 'price', 'quantity', 'from', 'to', 'uplift'], path);
  const label = text(c, raw.label, `${path}.label`, TEXT_LIMITS.label, { required: true, mask: true });

  let unit: ComponentUnit = 'månad';
  if (typeof raw.unit !== 'string') c.add(`${path}.unit`, raw.unit === undefined ? 'alternatives.field.missing' : 'alternatives.field.unit', { units: COMPONENT_UNITS.join(', ') }, raw.unit);
  else {
    const u = normaliseUnit(raw.unit);
    if (!u) c.add(`${path}.unit`, 'alternatives.field.unit', { units: COMPONENT_UNITS.join(', ') }, raw.unit);
    else unit = u;
  }

  let price: PriceRef = { kind: 'amount', ore: 0 };
  const p = raw.price;
  if (typeof p === 'number') {
    const ore = Number.isFinite(p) && Math.abs(p) <= MAX_PRICE_KR ? kronorOre(p) : null;
    if (ore === null) c.add(`${path}.price`, 'alternatives.field.price', { max: MAX_PRICE_KR }, p);
    else price = { kind: 'amount', ore };
  } else if (typeof p === 'string') {
    const name = p.trim();
    if (!prices.has(name)) {
      const known = [...prices.keys()].slice(0, 12).join(', ');
      c.add(`${path}.price`, 'alternatives.field.unknownPrice', { name: shortValue(name, 40), known }, p);
    } else price = { kind: 'name', name };
  } else {
    c.add(`${path}.price`, p === undefined ? 'alternatives.field.missing' : 'alternatives.field.price', { max: MAX_PRICE_KR }, p);
  }

  let quantity: CompiledExpression | null = null;
  const q = raw.quantity ?? 1;
  if (typeof q === 'number') {
    if (!Number.isFinite(q) || Math.abs(q) > MAX_QUANTITY) c.add(`${path}.quantity`, 'alternatives.field.quantity', { max: MAX_QUANTITY }, q);
    else quantity = compileExpression(String(q), names);
  } else if (typeof q === 'string') {
    try {
      quantity = compileExpression(q, names);
    } catch (e) {
      if (!(e instanceof ExpressionError)) throw e;
      c.addExpression(`${path}.quantity`, e, q);
    }
  } else {
    c.add(`${path}.quantity`, 'alternatives.field.quantity', { max: MAX_QUANTITY }, q);
  }
  if (quantity) {
    // Dry run over every month length, so a division by zero or an absurd value is refused now, naming the field.
    const scope = priceScope(prices);
    for (const days of [28, 29, 30, 31]) {
      scope.set(DAYS_NAME, Q.rat(days));
      try {
        const v = evaluateAst(quantity.ast, scope);
        if (Q.cmp(v, Q.rat(MAX_QUANTITY)) > 0 || Q.cmp(v, Q.rat(-MAX_QUANTITY)) < 0) {
          c.add(`${path}.quantity`, 'alternatives.field.quantity', { max: MAX_QUANTITY }, q);
          quantity = null;
          break;
        }
      } catch (e) {
        if (!(e instanceof ExpressionError)) throw e;
        c.addExpression(`${path}.quantity`, e, q);
        quantity = null;
        break;
      }
      if (!quantity.usesDays) break;
    }
  }

  const from = integer(c, raw.from, `${path}.from`, 1, horizon, 1);
  const to = integer(c, raw.to, `${path}.to`, 1, horizon, horizon);
  if (raw.to !== undefined && raw.to !== null && to < from) c.add(`${path}.to`, 'alternatives.field.toBeforeFrom', { from, to }, raw.to);

  let uplift = Q.ZERO;
  if (raw.uplift !== undefined && raw.uplift !== null) {
    const u = raw.uplift;
    if (typeof u !== 'number' || !Number.isFinite(u) || u < -MAX_UPLIFT || u > MAX_UPLIFT) {
      c.add(`${path}.uplift`, 'alternatives.field.uplift', { max: MAX_UPLIFT }, u);
    } else uplift = Q.fromNumber(u);
  }

  if (c.issues.length > before || !quantity) return { comp: null, file: null };
  const file: ComponentFile = {
    label,
    unit,
    price: price.kind === 'name' ? price.name : Number(price.ore) / 100,
    quantity: typeof q === 'number' ? q : String(q).trim(),
    from,
    to,
  };
  if (!Q.isZero(uplift)) file.uplift = raw.uplift as number;
  return { comp: { label, unit, price, quantity, from, to, uplift }, file };
}

/**
 * Validates a case (parsed JSON) against the price list. Every problem is collected and reported in one
 * UserError whose issues name the field (`alternatives[1].components[2].to`). Free texts are masked.
 */
export function validateCase(raw: unknown, priceList: readonly PriceEntry[], opts: { file?: string } = {}): ResourceCase {
  const c = new Collector();
  const prices = new Map(priceList.map((e) => [e.name, e]));
  const names = new Set(prices.keys());
  if (!isObject(raw)) {
    c.add('$', 'alternatives.field.notObject');
    throw caseError(c, opts.file);
  }
  checkKeys(c, raw, ['caseKey', 'date', 'targetGroup', 'reason', 'firstMonth', 'horizonMonths', 'board', 'alternatives'], '');

  let caseKey = '';
  if (typeof raw.caseKey !== 'string') c.add('caseKey', raw.caseKey === undefined ? 'alternatives.field.missing' : 'alternatives.field.notText');
  else {
    caseKey = raw.caseKey.trim();
    const problem = caseKeyProblem(caseKey);
    // The key itself is never echoed: it may be a personnummer.
    if (problem) c.add('caseKey', `alternatives.caseKey.${problem}`, { max: TEXT_LIMITS.caseKey });
  }

  let date = '';
  let budgetYear = 0;
  if (typeof raw.date !== 'string' || !isIsoDate(raw.date)) c.add('date', 'alternatives.field.date', {}, raw.date);
  else {
    date = raw.date;
    budgetYear = +date.slice(0, 4);
  }
  const targetGroup = text(c, raw.targetGroup, 'targetGroup', TEXT_LIMITS.targetGroup, { required: true, mask: true });
  const reason = text(c, raw.reason, 'reason', TEXT_LIMITS.reason, { required: true, mask: true });
  const board = text(c, raw.board, 'board', TEXT_LIMITS.board, { required: false, mask: true, fallback: t('alternatives.defaultBoard') }) || t('alternatives.defaultBoard');

  let firstMonth = '';
  if (typeof raw.firstMonth !== 'string' || !isPeriod(raw.firstMonth)) c.add('firstMonth', 'alternatives.field.period', {}, raw.firstMonth);
  else {
    firstMonth = raw.firstMonth;
    if (budgetYear && periodParts(firstMonth).year < budgetYear) {
      c.add('firstMonth', 'alternatives.field.beforeBudgetYear', { year: budgetYear }, raw.firstMonth);
    }
  }
  const horizon = integer(c, raw.horizonMonths, 'horizonMonths', 1, MAX_HORIZON, DEFAULT_HORIZON);

  const alternatives: Alternative[] = [];
  const altFiles: AlternativeFile[] = [];
  const rawAlts = raw.alternatives;
  if (!Array.isArray(rawAlts)) {
    c.add('alternatives', rawAlts === undefined ? 'alternatives.field.missing' : 'alternatives.field.notArray');
  } else {
    if (rawAlts.length > MAX_ALTERNATIVES) c.add('alternatives', 'alternatives.field.tooManyAlternatives', { max: MAX_ALTERNATIVES, count: rawAlts.length });
    const kinds = new Set<string>();
    const altNames = rawAlts.map((a) => (isObject(a) && typeof a.name === 'string' ? a.name.trim() : ''));
    const seenNames = new Map<string, number>();
    rawAlts.slice(0, MAX_ALTERNATIVES).forEach((a, i) => {
      const path = `alternatives[${i}]`;
      if (!isObject(a)) {
        c.add(path, 'alternatives.field.notObject');
        return;
      }
      const before = c.issues.length;
      checkKeys(c, a, ['name', 'kind', 'notes', 'components', 'risk'], path);
      const name = text(c, a.name, `${path}.name`, TEXT_LIMITS.name, { required: true, mask: true });
      const lower = name.toLowerCase();
      if (name && seenNames.has(lower)) c.add(`${path}.name`, 'alternatives.field.duplicateName', { other: seenNames.get(lower) ?? 0 }, name);
      else if (name) seenNames.set(lower, i);
      let kind: AlternativeKind = 'extern';
      if (a.kind !== 'extern' && a.kind !== 'hemmaplan') c.add(`${path}.kind`, 'alternatives.field.kind', {}, a.kind);
      else {
        kind = a.kind;
        kinds.add(kind);
      }
      const notes = text(c, a.notes, `${path}.notes`, TEXT_LIMITS.notes, { required: false, mask: true });
      const components: CostComponent[] = [];
      const compFiles: ComponentFile[] = [];
      if (!Array.isArray(a.components)) {
        c.add(`${path}.components`, a.components === undefined ? 'alternatives.field.missing' : 'alternatives.field.notArray');
      } else if (a.components.length === 0) {
        c.add(`${path}.components`, 'alternatives.field.noComponents');
      } else if (a.components.length > MAX_COMPONENTS) {
        c.add(`${path}.components`, 'alternatives.field.tooManyComponents', { max: MAX_COMPONENTS });
      } else {
        a.components.forEach((rc, k) => {
          const r = validateComponent(c, rc, `${path}.components[${k}]`, horizon, prices, names);
          if (r.comp && r.file) {
            components.push(r.comp);
            compFiles.push(r.file);
          }
        });
      }
      let risk: Risk | null = null;
      let riskFile: RiskFile | null = null;
      if (a.risk !== undefined && a.risk !== null) {
        const rp = `${path}.risk`;
        if (!isObject(a.risk)) c.add(rp, 'alternatives.field.notObject');
        else {
          checkKeys(c, a.risk, ['probability', 'afterMonth', 'then'], rp);
          const pr = a.risk.probability;
          let probability = Q.ZERO;
          if (typeof pr !== 'number' || !Number.isFinite(pr) || pr < 0 || pr > 1) c.add(`${rp}.probability`, 'alternatives.field.probability', {}, pr);
          else probability = Q.fromNumber(pr);
          const afterMonth = integer(c, a.risk.afterMonth, `${rp}.afterMonth`, 0, Math.max(0, horizon - 1), 0);
          if (a.risk.afterMonth === undefined) c.add(`${rp}.afterMonth`, 'alternatives.field.missing');
          const then = typeof a.risk.then === 'string' ? a.risk.then.trim() : '';
          let thenIndex = -1;
          if (typeof a.risk.then !== 'string' || then === '') c.add(`${rp}.then`, 'alternatives.field.missing');
          else if (then.toLowerCase() === lower) c.add(`${rp}.then`, 'alternatives.field.riskSelf', { name: then });
          else {
            thenIndex = altNames.findIndex((n) => n.toLowerCase() === then.toLowerCase());
            if (thenIndex < 0 || thenIndex >= MAX_ALTERNATIVES) c.add(`${rp}.then`, 'alternatives.field.riskMissing', { name: then });
          }
          if (thenIndex >= 0) {
            risk = { probability, afterMonth, then: thenIndex };
            riskFile = { probability: pr as number, afterMonth, then: altNames[thenIndex] };
          }
        }
      }
      if (c.issues.length === before) {
        alternatives.push({ name, kind, notes, components, risk });
        altFiles.push({ name, kind, notes, components: compFiles, ...(riskFile ? { risk: riskFile } : {}) });
      }
    });
    if (rawAlts.length <= MAX_ALTERNATIVES && (!kinds.has('extern') || !kinds.has('hemmaplan'))) {
      c.add('alternatives', 'alternatives.field.needBothKinds');
    }
  }

  if (c.issues.length > 0) throw caseError(c, opts.file);
  const file: CaseFile = { caseKey, date, targetGroup, reason, firstMonth, horizonMonths: horizon, board, alternatives: altFiles };
  return {
    caseKey,
    date,
    budgetYear,
    targetGroup,
    reason,
    board,
    firstMonth,
    horizonMonths: horizon,
    alternatives,
    prices,
    maskedCount: c.maskedCount,
    file,
  };
}

function caseError(c: Collector, file: string | undefined): UserError {
  return file
    ? new UserError('alternatives.case.invalidFile', { file, count: c.issues.length }, c.issues)
    : new UserError('alternatives.case.invalid', { count: c.issues.length }, c.issues);
}

/** Parses the text of a case file (JSON) and validates it; bad JSON is refused like any other problem. */
export function parseCaseJson(textIn: string, priceList: readonly PriceEntry[], opts: { file?: string } = {}): ResourceCase {
  let raw: unknown;
  try {
    raw = JSON.parse(textIn.replace(/^\uFEFF/, ''));
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    const iss = fieldIssue('$', 'alternatives.field.json', { detail });
    throw opts.file
      ? new UserError('alternatives.case.invalidFile', { file: opts.file, count: 1 }, [iss])
      : new UserError('alternatives.case.invalid', { count: 1 }, [iss]);
  }
  return validateCase(raw, priceList, opts);
}

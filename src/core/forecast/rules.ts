/**
 * Forecast rules: when a comment (orsak) and an action (åtgärd) are required, and validation of what an
 * enhetschef types (Swedish number format, sane values). Every message is a string key + parameters, formatted
 * in the current locale, meant to be shown inline next to the field.
 */
import { hasPersonalNumber } from '../import/mask';
import { assertOre, formatNumber, formatOre, parseAmount, type FormatOptions, type Ore } from '../money';
import { t, type StringKey, type TextParams } from '../strings';
import type { LineKind } from './types';

/** A message for one field: an error (the value is refused) or a question the user must confirm. */
export interface ForecastMessage {
  key: StringKey;
  params?: TextParams;
  message: string;
}

function msg(key: StringKey, params?: TextParams): ForecastMessage {
  return params ? { key, params, message: t(key, params) } : { key, message: t(key) };
}

// ---------------------------------------------------------------------------
// Comment thresholds

/** Set by the ekonom (workbook settings); defaults: 100 tkr or 5 %. */
export interface CommentThresholds {
  /** |variance| at or above this (öre) requires a comment; null = this limit is not used. */
  amountOre: Ore | null;
  /** |variance| ÷ |budget| at or above this (percent, up to two decimals); null = not used. */
  percent: number | null;
  /** 'or': either limit reached requires a comment; 'and': both must be reached. */
  combine: 'or' | 'and';
}

export const DEFAULT_THRESHOLDS: CommentThresholds = { amountOre: 100_000 * 100, percent: 5, combine: 'or' };

/** Checks a thresholds object read from settings; returns the defaults' values for anything unusable. */
export function normaliseThresholds(v: unknown): CommentThresholds {
  const o = (v && typeof v === 'object' ? v : {}) as Record<string, unknown>;
  const amount = o.amountOre;
  const pct = o.percent;
  return {
    amountOre:
      amount === null ? null : typeof amount === 'number' && Number.isSafeInteger(amount) && amount >= 0 ? amount : DEFAULT_THRESHOLDS.amountOre,
    percent: pct === null ? null : typeof pct === 'number' && Number.isFinite(pct) && pct >= 0 ? pct : DEFAULT_THRESHOLDS.percent,
    combine: o.combine === 'and' ? 'and' : 'or',
  };
}

/** Variance = budget − forecast (positive = favourable: under budget on costs). */
export function varianceOf(budgetOre: Ore, forecastOre: Ore): Ore {
  const v = budgetOre - forecastOre;
  assertOre(v, 'avvikelse');
  return v;
}

/** How a variance reads: surplus (positive: under budget on costs), deficit (negative) or even. */
export type VarianceTone = 'surplus' | 'deficit' | 'even';

export function varianceTone(varianceOre: Ore): VarianceTone {
  return varianceOre > 0 ? 'surplus' : varianceOre < 0 ? 'deficit' : 'even';
}

/** An amount with its sign always shown ("+150 000 kr", "−150 000 kr", "0 kr"), for variances and changes. */
export function signedAmount(ore: Ore, opts: FormatOptions = {}): string {
  const body = formatOre(ore, opts);
  return ore > 0 ? '+' + body : body;
}

/** How far a method missed last year, as the pane words it: over or under the outcome, by how much (unsigned). */
export interface BacktestMiss {
  direction: 'over' | 'under' | 'exact';
  /** |error| in öre. */
  errorOre: Ore;
  /** |error| in percent of the outcome (one decimal), null when the outcome was 0. */
  errorPct: number | null;
}

export function backtestMiss(errorOre: Ore, errorPct: number | null): BacktestMiss {
  return {
    direction: errorOre > 0 ? 'over' : errorOre < 0 ? 'under' : 'exact',
    errorOre: Math.abs(errorOre),
    errorPct: errorPct === null ? null : Math.abs(errorPct),
  };
}

/** True when |variance| reaches the thresholds (exact: percent compared in basis points with BigInt). */
export function commentRequired(budgetOre: Ore, forecastOre: Ore, thr: CommentThresholds): boolean {
  const variance = varianceOf(budgetOre, forecastOre);
  if (variance === 0) return false;
  const absVar = BigInt(Math.abs(variance));
  const byAmount = thr.amountOre === null ? null : absVar >= BigInt(thr.amountOre);
  let byPercent: boolean | null = null;
  if (thr.percent !== null) {
    const bp = BigInt(Math.round(thr.percent * 100));
    byPercent = absVar * 10_000n >= bp * BigInt(Math.abs(budgetOre));
  }
  if (byAmount === null && byPercent === null) return false;
  if (byAmount === null) return byPercent as boolean;
  if (byPercent === null) return byAmount;
  return thr.combine === 'or' ? byAmount || byPercent : byAmount && byPercent;
}

export interface LineRuleInput {
  costLine: string;
  budgetOre: Ore;
  /** The full-year forecast; null when none has been entered. */
  forecastOre: Ore | null;
  cause: string;
  action: string;
}

export interface LineRuleIssue extends ForecastMessage {
  costLine: string;
  field: 'forecast' | 'cause' | 'action';
}

/**
 * The rules a line must meet before the unit can be submitted: a forecast exists; when |variance| reaches the
 * thresholds an orsak is written, and when that variance is a deficit (budget − forecast < 0) also an åtgärd.
 */
export function checkLineRules(line: LineRuleInput, thr: CommentThresholds): LineRuleIssue[] {
  if (line.forecastOre === null) {
    return [{ ...msg('forecast.rule.forecastMissing', { line: line.costLine }), costLine: line.costLine, field: 'forecast' }];
  }
  if (!commentRequired(line.budgetOre, line.forecastOre, thr)) return [];
  const out: LineRuleIssue[] = [];
  const variance = varianceOf(line.budgetOre, line.forecastOre);
  const params = { line: line.costLine, variance: formatOre(variance, { unit: 'tkr', suffix: true }) };
  if (line.cause.trim() === '') out.push({ ...msg('forecast.rule.causeRequired', params), costLine: line.costLine, field: 'cause' });
  if (variance < 0 && line.action.trim() === '') {
    out.push({ ...msg('forecast.rule.actionRequired', params), costLine: line.costLine, field: 'action' });
  }
  return out;
}

// ---------------------------------------------------------------------------
// Typed values

export interface AmountContext {
  /** Budget for what is being entered (the full year, or the month). */
  budgetOre: Ore;
  /** Actuals to date (full-year input only): a cost forecast below it means negative months ahead. */
  actualToDateOre?: Ore;
  kind: LineKind;
}

export type AmountCheck =
  | { ok: true; ore: Ore; /** Questions the user must confirm before the value is stored. */ confirm: ForecastMessage[] }
  | { ok: false; errors: ForecastMessage[] };

/** How far beyond the budget (or the actuals to date, whichever is larger) a value may go unconfirmed. */
export const ABSURD_FACTOR = 10;

const SCALE_RE = /\s*(tkr|mnkr)\.?\s*$/i;
const ONLY_NUMBER_CHARS = /^[\s\u00a0\u202f0-9.,'+\-\u2212]+$/;

/**
 * Parses an amount typed by an enhetschef in Swedish format: `1 234 567`, `1 234 567,50`, `-12`, `1 500 tkr`,
 * `2,5 mnkr`. The decimal separator is the comma; a dot is accepted only as a thousands separator in full groups
 * (`1.234.567`). `1.234.5`, `1.5`, `1,2,3` are refused with a message about the decimal separator.
 */
export function parseTypedAmount(text: string): { ok: true; ore: Ore } | { ok: false; error: ForecastMessage } {
  const raw = text.trim();
  if (raw === '') return { ok: false, error: msg('forecast.input.empty') };
  let body = raw;
  let factor = 1;
  const scale = SCALE_RE.exec(body);
  if (scale) {
    factor = scale[1].toLowerCase() === 'tkr' ? 1000 : 1_000_000;
    body = body.slice(0, scale.index);
  }
  const r = parseAmount(body, { decimalSeparator: ',' });
  if (!r.ok) {
    if (r.reason === 'tooLarge') return { ok: false, error: msg('forecast.input.tooLarge', { value: raw }) };
    if (r.reason === 'empty' || !ONLY_NUMBER_CHARS.test(body) || !/[0-9]/.test(body)) {
      return { ok: false, error: msg('forecast.input.notANumber', { value: raw }) };
    }
    return { ok: false, error: msg('forecast.input.decimalSeparator', { value: raw }) };
  }
  if (r.rounded) return { ok: false, error: msg('forecast.input.tooManyDecimals', { value: raw }) };
  const ore = r.ore * factor;
  if (!Number.isSafeInteger(ore)) return { ok: false, error: msg('forecast.input.tooLarge', { value: raw }) };
  return { ok: true, ore: ore === 0 ? 0 : ore };
}

/**
 * An amount as an input field shows it: whole kronor without decimals ("2 400 000"), otherwise with the öre
 * ("1 234,50"). parseTypedAmount reads it back to the same öre.
 */
export function amountText(ore: Ore): string {
  return formatOre(ore, { decimals: ore % 100 === 0 ? 0 : 2 });
}

/** Questions an amount raises (absurd size, wrong sign, below the actuals already booked). */
export function amountQuestions(ore: Ore, ctx: AmountContext): ForecastMessage[] {
  const out: ForecastMessage[] = [];
  const fmt = (v: Ore) => formatOre(v, { unit: 'kr', decimals: 0, suffix: true });
  if (ctx.kind === 'cost' && ore < 0) out.push(msg('forecast.input.confirmNegative', { value: fmt(ore) }));
  if (ctx.kind === 'revenue' && ore > 0) out.push(msg('forecast.input.confirmPositiveRevenue', { value: fmt(ore) }));
  const base = Math.max(Math.abs(ctx.budgetOre), Math.abs(ctx.actualToDateOre ?? 0));
  if (base === 0) {
    if (ore !== 0) out.push(msg('forecast.input.confirmNoBudget', { value: fmt(ore) }));
  } else if (BigInt(Math.abs(ore)) > BigInt(base) * BigInt(ABSURD_FACTOR)) {
    out.push(msg('forecast.input.confirmAbsurd', { value: fmt(ore), factor: ABSURD_FACTOR, budget: fmt(ctx.budgetOre) }));
  }
  if (ctx.actualToDateOre !== undefined) {
    const below = ctx.kind === 'cost' ? ore < ctx.actualToDateOre : ore > ctx.actualToDateOre;
    if (below) out.push(msg('forecast.input.confirmBelowActuals', { value: fmt(ore), actual: fmt(ctx.actualToDateOre) }));
  }
  return out;
}

/** Validates a typed forecast amount: refused (errors) or accepted with the questions to confirm. */
export function checkTypedAmount(text: string, ctx: AmountContext): AmountCheck {
  const p = parseTypedAmount(text);
  if (!p.ok) return { ok: false, errors: [p.error] };
  return { ok: true, ore: p.ore, confirm: amountQuestions(p.ore, ctx) };
}

// ---------------------------------------------------------------------------
// Comments

export const MAX_COMMENT_LENGTH = 2000;

/** Validates an orsak/åtgärd text: not too long, no personal identity numbers (case data is confidential). */
export function checkComment(text: string): { ok: true; text: string } | { ok: false; errors: ForecastMessage[] } {
  const s = text.replace(/\r\n?/g, '\n').trim();
  const errors: ForecastMessage[] = [];
  if (s.length > MAX_COMMENT_LENGTH) errors.push(msg('forecast.input.commentTooLong', { max: MAX_COMMENT_LENGTH }));
  if (hasPersonalNumber(s)) errors.push(msg('forecast.input.commentPersonalNumber'));
  return errors.length ? { ok: false, errors } : { ok: true, text: s };
}

// ---------------------------------------------------------------------------
// Thresholds as the ekonom types them

export interface ThresholdInput {
  /** Amount in kronor ("100 000", "100 tkr"); empty = the amount limit is not used. */
  amountText: string;
  /** Percent of the budget ("5", "2,5 %"); empty = the percent limit is not used. */
  percentText: string;
  combine: 'or' | 'and';
}

export type ThresholdCheck =
  | { ok: true; thresholds: CommentThresholds }
  | { ok: false; errors: (ForecastMessage & { field: 'amount' | 'percent' })[] };

/** Parses the thresholds typed by the ekonom (Swedish number format); negative or unreadable values are refused. */
export function parseThresholdInput(input: ThresholdInput): ThresholdCheck {
  const errors: (ForecastMessage & { field: 'amount' | 'percent' })[] = [];
  let amountOre: Ore | null = null;
  if (input.amountText.trim() !== '') {
    const a = parseTypedAmount(input.amountText);
    if (!a.ok) errors.push({ ...a.error, field: 'amount' });
    else if (a.ore < 0) errors.push({ ...msg('forecast.threshold.negative', { value: input.amountText.trim() }), field: 'amount' });
    else amountOre = a.ore;
  }
  let percent: number | null = null;
  const pt = input.percentText.trim().replace(/\s*%$/, '');
  if (pt !== '') {
    // Percent with at most two decimals, read exactly as hundredths.
    const r = parseAmount(pt, { decimalSeparator: ',' });
    if (!r.ok || r.rounded) errors.push({ ...msg('forecast.threshold.badPercent', { value: input.percentText.trim() }), field: 'percent' });
    else if (r.ore < 0 || r.ore > 100_00) errors.push({ ...msg('forecast.threshold.badPercent', { value: input.percentText.trim() }), field: 'percent' });
    else percent = r.ore / 100;
  }
  if (errors.length) return { ok: false, errors };
  return { ok: true, thresholds: { amountOre, percent, combine: input.combine } };
}

/** The thresholds as the ekonom's input fields show them (inverse of parseThresholdInput). */
export function thresholdText(thr: CommentThresholds): ThresholdInput {
  return {
    amountText: thr.amountOre === null ? '' : amountText(thr.amountOre),
    percentText: thr.percent === null ? '' : formatNumber(thr.percent, Number.isInteger(thr.percent) ? 0 : Number.isInteger(thr.percent * 10) ? 1 : 2),
    combine: thr.combine,
  };
}

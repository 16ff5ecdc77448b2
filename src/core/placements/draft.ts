/**
 * The task pane's side of the register: the add/edit form as text (a PlacementDraft, every field as typed),
 * validated by the register's own parser so the pane shows the same Swedish messages as the import, inline per
 * field; the list items and filters; the chosen resource-board alternative as a draft. No arithmetic in the pane.
 */
import { formatOre } from '../money';
import { t, type TextParams } from '../strings';
import { formatUpliftPercent, isPlacementActiveOn } from './cost';
import { formReference, type PlacementFormDef } from './lists';
import type { PriceEntry } from '../prices';
import { isIsoDate, lastDayOf, type IsoDate, type Period } from '../dates';
import type { AlternativePlacementTerms } from '../alternatives/toPlacement';
import { PLACEMENT_FIELDS, PLACEMENT_HEADERS as HEADER_OF, parsePlacement, type Placement, type PlacementField, type RawPlacement, type RegisterContext, type RegisterRow } from './register';

/** Every field as text, as the user types it (dates YYYY-MM-DD, amounts "3 450,00", uplift "2,5 %"). */
export type PlacementDraft = Record<PlacementField, string>;

export function emptyDraft(today: IsoDate): PlacementDraft {
  const d = Object.fromEntries(PLACEMENT_FIELDS.map((f) => [f, ''])) as PlacementDraft;
  d.targetGroup = 'Barn och unga';
  d.form = 'HVB';
  d.legalBasis = 'SoL';
  d.startDate = today;
  return d;
}

const amountText = (ore: number | null) => (ore === null ? '' : formatOre(ore, { groupSeparator: ' ', asciiMinus: true }));

/** A placement as a draft (for editing). */
export function draftFromPlacement(p: Placement): PlacementDraft {
  return {
    caseKey: p.caseKey,
    costCenter: p.costCenter,
    account: p.account,
    targetGroup: p.targetGroup,
    form: p.form,
    legalBasis: p.legalBasis,
    provider: p.provider,
    startDate: p.startDate,
    endDate: p.endDate ?? '',
    pricePerDay: amountText(p.pricePerDayOre),
    pricePerMonth: amountText(p.pricePerMonthOre),
    expensesPerMonth: amountText(p.expensesPerMonthOre),
    extraPerMonth: amountText(p.extraPerMonthOre),
    uplift: p.upliftBasisPoints ? formatUpliftPercent(p.upliftBasisPoints) : '',
    upliftDate: p.upliftDate ?? '',
    nextReview: p.nextReview ?? '',
    decisionDate: p.decisionDate ?? '',
    note: p.note,
  };
}

export interface DraftEvaluation {
  /** The valid placement, or null while a field is wrong. */
  placement: Placement | null;
  /** The message per field (Swedish, without the location: the pane shows it under the field). */
  byField: Partial<Record<PlacementField, string>>;
  /** Every message with its column, for a notice. */
  messages: string[];
}

/** Validates a draft with the register's rules (the workbook's lists and price list in ctx). */
export function evaluatePlacementDraft(draft: PlacementDraft, ctx: RegisterContext): DraftEvaluation {
  const raw: RawPlacement = {};
  for (const f of PLACEMENT_FIELDS) raw[f] = draft[f]?.trim() ? draft[f] : null;
  const r = parsePlacement(raw, ctx, { row: 0 });
  if (r.ok) return { placement: r.placement, byField: {}, messages: [] };
  const byField: Partial<Record<PlacementField, string>> = {};
  const messages: string[] = [];
  for (const i of r.issues) {
    const field = PLACEMENT_FIELDS.find((f) => HEADER_OF[f] === i.column);
    const text = t(i.reason, { ...(i.params as TextParams), value: i.value });
    if (field && !byField[field]) byField[field] = text;
    messages.push(i.column ? `${i.column}: ${text}` : text);
  }
  return { placement: null, byField, messages };
}

// ---------------------------------------------------------------------------------------------------------
// The list

export type PlacementStatus = 'active' | 'planned' | 'ended';

export interface PlacementListItem {
  key: { caseKey: string; startDate: IsoDate };
  caseKey: string;
  costCenter: string;
  form: string;
  targetGroup: string;
  status: PlacementStatus;
  /** "2026-01-10 – pågår", "2025-06-01 – 2026-12-31". */
  period: string;
  /** "3 450,00 kr/dygn", "12 500,00 kr/mån + 5 000,00 omk.", "3 283,00 kr/dygn (prislista)". */
  price: string;
  nextReview: IsoDate | null;
}

export function placementStatus(p: Pick<Placement, 'startDate' | 'endDate'>, asOf: IsoDate): PlacementStatus {
  if (p.startDate > asOf) return 'planned';
  return isPlacementActiveOn(p, asOf) ? 'active' : 'ended';
}

function priceText(p: Placement, forms: readonly PlacementFormDef[], prices: readonly PriceEntry[]): string {
  const kr = (ore: number) => formatOre(ore, { groupSeparator: '\u00a0' });
  const parts: string[] = [];
  let perDay = p.pricePerDayOre;
  let perMonth = p.pricePerMonthOre;
  let expenses = p.expensesPerMonthOre;
  let reference = false;
  if (perDay === null && perMonth === null && expenses === null) {
    const form = forms.find((f) => f.name === p.form);
    if (form) {
      const ref = formReference(form, prices);
      perDay = ref.pricePerDayOre || null;
      perMonth = ref.pricePerMonthOre || null;
      expenses = ref.expensesPerMonthOre || null;
      reference = true;
    }
  }
  if (perDay !== null) parts.push(t('placements.list.perDay', { amount: kr(perDay) }));
  if (perMonth !== null) parts.push(t('placements.list.perMonth', { amount: kr(perMonth) }));
  if (expenses !== null) parts.push(t('placements.list.expenses', { amount: kr(expenses) }));
  if (p.extraPerMonthOre !== null) parts.push(t('placements.list.extra', { amount: kr(p.extraPerMonthOre) }));
  const text = parts.join(' + ');
  return reference ? t('placements.list.reference', { price: text }) : text;
}

/** The register's rows as list items, filtered by unit and (optionally) to those active or planned on asOf. */
export function placementListItems(
  rows: readonly RegisterRow[],
  options: { asOf: IsoDate; costCenter?: string; activeOnly?: boolean; forms: readonly PlacementFormDef[]; prices: readonly PriceEntry[] },
): PlacementListItem[] {
  const out: PlacementListItem[] = [];
  for (const { placement: p } of rows) {
    if (options.costCenter && p.costCenter !== options.costCenter) continue;
    const status = placementStatus(p, options.asOf);
    if (options.activeOnly && status === 'ended') continue;
    out.push({
      key: { caseKey: p.caseKey, startDate: p.startDate },
      caseKey: p.caseKey,
      costCenter: p.costCenter,
      form: p.form,
      targetGroup: p.targetGroup,
      status,
      period: `${p.startDate} – ${p.endDate ?? t('placements.list.ongoing')}`,
      price: priceText(p, options.forms, options.prices),
      nextReview: p.nextReview,
    });
  }
  const rank: Record<PlacementStatus, number> = { active: 0, planned: 1, ended: 2 };
  return out.sort((a, b) => rank[a.status] - rank[b.status] || (a.costCenter < b.costCenter ? -1 : a.costCenter > b.costCenter ? 1 : a.period < b.period ? -1 : 1));
}

/** The units (ansvar) of the register, sorted, for the filter. */
export function registerCostCenters(rows: readonly RegisterRow[]): string[] {
  return [...new Set(rows.map((r) => r.placement.costCenter))].sort();
}

// ---------------------------------------------------------------------------------------------------------
// "Välj alternativ"

/**
 * The chosen alternative of a resource-board case as a draft for the register: dates, prices and uplift from the
 * alternative, the form found from its price-list names (Öppenvård for a home-based alternative), the decision
 * date and a note naming the case and the alternative. The user adds unit (ansvar) and account before saving.
 */
export function draftFromAlternative(a: AlternativePlacementTerms, decisionDate: IsoDate, forms: readonly PlacementFormDef[]): PlacementDraft {
  const d = emptyDraft(a.startDate);
  d.caseKey = a.caseKey;
  d.targetGroup = /vux/i.test(a.targetGroup) ? 'Vuxna' : 'Barn och unga';
  const byName = forms.find((f) => a.priceNames.some((n) => n && (n === f.perDayPrice || n === f.perMonthPrice || n === f.expensesPrice)));
  const homeBased = forms.find((f) => /öppenvård/i.test(f.name));
  d.form = byName?.name ?? (a.kind === 'hemmaplan' && homeBased ? homeBased.name : (forms[0]?.name ?? ''));
  d.startDate = a.startDate;
  d.endDate = a.endDate ?? '';
  d.pricePerDay = amountText(a.pricePerDayOre);
  d.pricePerMonth = amountText(a.pricePerMonthOre);
  d.extraPerMonth = amountText(a.extraPerMonthOre);
  d.uplift = a.upliftBasisPoints ? formatUpliftPercent(a.upliftBasisPoints) : '';
  d.upliftDate = a.upliftDate ?? '';
  d.decisionDate = decisionDate;
  d.note = [t('placements.fromAlternative.note', { caseKey: a.caseKey, alternative: a.alternative, date: decisionDate }), ...a.notes].join(' ');
  return d;
}

// ---------------------------------------------------------------------------------------------------------
// The pane's year and as-of date

/** The year and as-of date the pane opens with: the latest imported month, or today when nothing is imported. */
export function paneDefaults(actualPeriods: readonly Period[], today: IsoDate): { year: number; asOf: IsoDate } {
  const last = actualPeriods[actualPeriods.length - 1];
  if (last) return { year: +last.slice(0, 4), asOf: lastDayOf(last) };
  return { year: +today.slice(0, 4), asOf: today };
}

/** The year and date typed in the pane, or the reason (Swedish) they cannot be used. */
export function parsePaneDate(yearText: string, asOfText: string): { ok: true; year: number; asOf: IsoDate } | { ok: false; field: 'year' | 'asOf'; message: string } {
  const y = yearText.trim();
  if (!/^\d{4}$/.test(y) || +y < 2000 || +y > 2100) return { ok: false, field: 'year', message: t('placements.pane.yearInvalid') };
  if (!isIsoDate(asOfText.trim())) return { ok: false, field: 'asOf', message: t('placements.field.date') };
  return { ok: true, year: +y, asOf: asOfText.trim() };
}

/**
 * "Välj alternativ": the resource board's chosen alternative as the terms of a placement in the register
 * (src/core/placements turns them into a register row the user completes with unit and account).
 *
 * The placement starts on the 1st of the case's first month and carries the prices of the components active in
 * that month, evaluated exactly (rationals) and rounded to öre once per price, half away from zero:
 *   dygn                 → price per day   = price × quantity (quantity with `days` = days of the first month)
 *   månad                → price per month = price × quantity
 *   timme, vecka         → extra cost per month = price × quantity (compute.ts costs them per month the same way)
 *   engång, later starts → not in the register's prices; named in the note
 * The yearly uplift of the first priced component becomes the placement's uplift from 1 January after the first
 * month (compute.ts applies it from each 1 January the same way). The planned end is the last day of the last
 * month of the recurring components when they all end inside the horizon; otherwise the placement is open-ended
 * (the horizon is the board's comparison period, not a decided length).
 */
import { daysInMonth, lastDayOf, addMonths, periodParts, type IsoDate } from '../dates';
import { formatOre, type Ore } from '../money';
import { t } from '../strings';
import { DAYS_NAME, evaluateAst } from './expression';
import { priceScope, type ResourceCase } from './model';
import * as Q from './rational';

export interface AlternativePlacementTerms {
  caseKey: string;
  targetGroup: string;
  alternative: string;
  kind: 'extern' | 'hemmaplan';
  startDate: IsoDate;
  endDate: IsoDate | null;
  pricePerDayOre: Ore | null;
  pricePerMonthOre: Ore | null;
  extraPerMonthOre: Ore | null;
  upliftBasisPoints: number;
  upliftDate: IsoDate | null;
  /** Price-list names of the priced components (to find the placement form). */
  priceNames: string[];
  /** What the register does not carry (one-off costs, components starting later), in Swedish. */
  notes: string[];
}

function toOre(r: Q.Rational): Ore {
  const v = Number(Q.roundHalfAwayInt(r));
  return v === 0 ? 0 : v;
}

/** The terms of a placement for alternative `index` of a validated case. */
export function alternativeToPlacement(rc: ResourceCase, index: number): AlternativePlacementTerms {
  const alt = rc.alternatives[index];
  if (!alt) throw new RangeError(`no alternative ${index}`);
  const { year, month } = periodParts(rc.firstMonth);
  const scope = priceScope(rc.prices);
  scope.set(DAYS_NAME, Q.rat(daysInMonth(year, month)));
  let perDay: Q.Rational | null = null;
  let perMonth: Q.Rational | null = null;
  let extra: Q.Rational | null = null;
  let uplift: Q.Rational | null = null;
  const priceNames: string[] = [];
  const notes: string[] = [];
  let lastMonth = 0;
  let openEnded = false;
  const add = (a: Q.Rational | null, b: Q.Rational) => (a ? Q.add(a, b) : b);
  for (const c of alt.components) {
    const price = c.price.kind === 'amount' ? Q.rat(c.price.ore) : Q.rat(rc.prices.get(c.price.name)?.priceOre ?? 0);
    if (c.unit === 'engång') {
      notes.push(t('placements.fromAlternative.once', { label: c.label, amount: formatOre(toOre(Q.mul(price, evaluateAst(c.quantity.ast, scope))), { decimals: 0, suffix: true }) }));
      continue;
    }
    if (c.from > 1) {
      notes.push(t('placements.fromAlternative.later', { label: c.label, month: c.from }));
      continue;
    }
    const value = Q.mul(price, evaluateAst(c.quantity.ast, scope));
    if (c.unit === 'dygn') perDay = add(perDay, value);
    else if (c.unit === 'månad') perMonth = add(perMonth, value);
    else extra = add(extra, value);
    if (c.price.kind === 'name') priceNames.push(c.price.name);
    if (!uplift && !Q.isZero(c.uplift)) uplift = c.uplift;
    if (c.to >= rc.horizonMonths) openEnded = true;
    lastMonth = Math.max(lastMonth, c.to);
  }
  const upliftBp = uplift ? Number(Q.roundHalfAwayInt(Q.mul(uplift, Q.rat(10_000)))) : 0;
  return {
    caseKey: rc.caseKey,
    targetGroup: rc.targetGroup,
    alternative: alt.name,
    kind: alt.kind,
    startDate: `${rc.firstMonth}-01`,
    endDate: openEnded || lastMonth === 0 ? null : lastDayOf(addMonths(rc.firstMonth, lastMonth - 1)),
    pricePerDayOre: perDay ? toOre(perDay) : null,
    pricePerMonthOre: perMonth ? toOre(perMonth) : null,
    extraPerMonthOre: extra ? toOre(extra) : null,
    upliftBasisPoints: upliftBp,
    upliftDate: upliftBp ? `${year + 1}-01-01` : null,
    priceNames,
    notes,
  };
}

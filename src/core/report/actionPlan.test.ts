import { actionEffect, actionMonths, parseActionPlan } from './actionPlan';
import { isUserError, type UserError } from '../errors';

const H = ['Åtgärd', 'Ansvarig', 'Ansvar', 'Belopp', 'Från månad', 'Status'];

describe('action plan', () => {
  it('counts the months after the period from the action’s month on; cancelled counts none', () => {
    const a = (from: string, status: 'decided' | 'cancelled' = 'decided') => ({ fromPeriod: from, status });
    expect(actionMonths(a('2026-05'), '2026-03')).toBe(8);
    expect(actionMonths(a('2026-01'), '2026-03')).toBe(9);
    expect(actionMonths(a('2025-06'), '2026-03')).toBe(9);
    expect(actionMonths(a('2027-01'), '2026-03')).toBe(0);
    expect(actionMonths(a('2026-04'), '2026-12')).toBe(0);
    expect(actionMonths(a('2026-12'), '2026-11')).toBe(1);
    expect(actionMonths(a('2026-05', 'cancelled'), '2026-03')).toBe(0);
  });

  it('effect = amount × months / 12, half away from zero, exact in öre', () => {
    expect(actionEffect({ amountOre: 120_000_00, fromPeriod: '2026-11', status: 'decided' }, '2026-10')).toBe(20_000_00);
    // 100 000,50 kr × 9 / 12 = 75 000,375 → 75 000,38
    expect(actionEffect({ amountOre: 100_000_50, fromPeriod: '2026-01', status: 'ongoing' }, '2026-03')).toBe(75_000_38);
    expect(actionEffect({ amountOre: -100_000_50, fromPeriod: '2026-01', status: 'ongoing' }, '2026-03')).toBe(-75_000_38);
    expect(actionEffect({ amountOre: 7, fromPeriod: '2026-07', status: 'proposed' }, '2026-06')).toBe(4);
  });

  it('reads typed cells: Swedish amounts, periods as text or Excel dates, statuses any case', () => {
    const rows = parseActionPlan(H, [
      ['Åtgärd 1', 'Enhetschef', '610', '1 200 000,50', '2026-05', 'beslutad'],
      ['Åtgärd 2', 'Chef', 610, 5000, 46143, ''],
    ]);
    expect(rows.map((r) => [r.costCenter, r.amountOre, r.fromPeriod, r.status])).toEqual([
      ['610', 120_000_050, '2026-05', 'decided'],
      ['610', 500_000, '2026-05', 'proposed'],
    ]);
  });

  it('refuses the whole table with one issue per bad cell', () => {
    let e: UserError | null = null;
    try {
      parseActionPlan(H, [
        ['', 'Chef', '', 'abc', '2026-13', 'Klar'],
        [null, null, null, null, null, null],
      ]);
    } catch (x) {
      e = x as UserError;
    }
    expect(isUserError(e)).toBe(true);
    expect(e!.issues.map((i) => [i.row, i.column, i.reason])).toEqual([
      [2, 'Åtgärd', 'report.actions.actionMissing'],
      [2, 'Ansvar', 'report.actions.costCenterMissing'],
      [2, 'Belopp', 'report.actions.amountBad'],
      [2, 'Från månad', 'report.actions.monthBad'],
      [2, 'Status', 'report.actions.statusBad'],
    ]);
    expect(e!.issues[4].message).toBe('rad 2, kolumn Status, värde "Klar": Okänd status; använd Förslag, Beslutad, Pågår, Genomförd, Avbruten.');
  });
});

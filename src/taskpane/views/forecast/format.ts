/**
 * Formatting for the Prognos view (text only: every figure comes from core; this only writes it the Swedish way).
 */
import { formatNumber, formatOre, type Ore } from '../../../core/money';
import { signedAmount, type VarianceTone } from '../../../core/forecast';
import { t, type StringKey } from '../../../core/strings';

/** "2 400 000 kr" (whole kronor). */
export const kr = (ore: Ore): string => formatOre(ore, { decimals: 0, suffix: true });

/** "2 400 000 kr", or the dash when there is no figure. */
export const krOrDash = (ore: Ore | null): string => (ore === null ? t('forecast.pane.figures.none') : kr(ore));

/** "+150 000 kr" / "−150 000 kr". */
export const signedKr = (ore: Ore): string => signedAmount(ore, { decimals: 0, suffix: true });

/** A backtest error in percent as core gives it (one decimal): "3,4 %". */
export const percentText = (pct: number): string => `${formatNumber(pct, 1)}\u00a0%`;

/** Short month name, 1-based: "okt". */
export const monthShort = (month: number): string => t(`common.monthShort.${month}` as StringKey);

export const toneText = (tone: VarianceTone): string => t(`forecast.pane.tone.${tone}`);

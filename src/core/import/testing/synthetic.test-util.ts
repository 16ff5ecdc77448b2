/** Synthetic test data helpers: no real names or personnummer anywhere in the tests. */
import { luhnCheckDigit } from '../mask';

/** A synthetic, Luhn-valid personnummer (YYMMDDNNNC) built from a date and a three-digit serial. */
export function syntheticPnr(yymmdd: string, serial3: string): string {
  const nine = yymmdd + serial3;
  return nine + luhnCheckDigit(nine);
}

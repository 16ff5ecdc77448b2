/**
 * Personal data guards for resource-board cases (OSL 26 kap., GDPR art. 9):
 * - a case key must be a pseudonym (no personnummer / samordningsnummer, no "Förnamn Efternamn");
 * - personnummer in free text (reason, notes, labels) are masked before anything is computed, stored or written.
 *
 * The rules live in one module, src/core/import/mask.ts (shared with the import and the placement register);
 * case data uses its CASE_DATA_POLICY. This file keeps the resource board's names for them.
 */
import { CASE_DATA_POLICY, MASK_10, MASK_12, hasPersonalNumber, maskPersonalNumbers as maskWithPolicy } from '../import/mask';

export { luhnValid, caseKeyProblem, CASE_KEY_MAX_LENGTH, type CaseKeyProblem } from '../import/mask';

/** What replaces a personnummer in free text (the same shapes as the import's masking). */
export const PERSONAL_NUMBER_MASK_10 = MASK_10;
export const PERSONAL_NUMBER_MASK_12 = MASK_12;

/** True when the text holds something shaped like a personnummer or samordningsnummer. */
export function containsPersonalNumber(text: string): boolean {
  return hasPersonalNumber(text, CASE_DATA_POLICY);
}

/** Replaces every personnummer / samordningsnummer in the text with a mask; returns the count. */
export function maskPersonalNumbers(text: string): { text: string; masked: number } {
  const r = maskWithPolicy(text, CASE_DATA_POLICY);
  return { text: r.text, masked: r.count };
}

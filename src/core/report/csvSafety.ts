/**
 * Spreadsheet safety for CSV text (CWE-1236): a text field that starts with = + - @, a tab or a carriage return
 * would be taken for a formula by Excel or LibreOffice when the CSV is opened. Such a field is written with a leading
 * apostrophe ("'=…"), which a spreadsheet shows as text. To keep the mapping reversible, a field that already starts
 * with an apostrophe gets one more. `restoreCsvText` undoes exactly this (the import's follow-up reader applies it),
 * so an exported comment comes back unchanged.
 */

const TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);

/** True when a text would be read as a formula by a spreadsheet opening the CSV. */
export function isFormulaLike(text: string): boolean {
  return text.length > 0 && TRIGGERS.has(text[0]);
}

/** The text to write in a CSV text field. */
export function neutraliseCsvText(text: string): string {
  return isFormulaLike(text) || text.startsWith("'") ? "'" + text : text;
}

/** Reverses neutraliseCsvText: one leading apostrophe before a trigger character or another apostrophe is dropped. */
export function restoreCsvText(text: string): string {
  if (text.length < 2 || text[0] !== "'") return text;
  return TRIGGERS.has(text[1]) || text[1] === "'" ? text.slice(1) : text;
}

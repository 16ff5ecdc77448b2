/** One user-facing text in Swedish (first) and English (second). Placeholders: {name}. */
export interface Text {
  sv: string;
  en: string;
}
export type TextTable = Record<string, Text>;

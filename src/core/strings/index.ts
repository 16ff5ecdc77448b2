/**
 * The one strings module: every user-facing text, Swedish first, English second.
 * Area files hold the texts (keys prefixed by area); this module merges them and formats.
 */
import type { Text } from './types';
import { commonStrings } from './common';
import { portStrings } from './port';
import { importStrings } from './import';
import { forecastStrings } from './forecast';
import { placementsStrings } from './placements';
import { alternativesStrings } from './alternatives';
import { reportStrings } from './report';
import { paneStrings } from './pane';
import { cliStrings } from './commandLine';
import { exampleStrings } from './example';

const ALL = {
  ...commonStrings,
  ...portStrings,
  ...importStrings,
  ...forecastStrings,
  ...placementsStrings,
  ...alternativesStrings,
  ...reportStrings,
  ...paneStrings,
  ...cliStrings,
  ...exampleStrings,
};

export type StringKey = keyof typeof ALL;
export type Locale = 'sv' | 'en';
export type TextParams = Record<string, string | number | undefined>;

let current: Locale = 'sv';

export function setLocale(locale: Locale): void {
  current = locale;
}

export function getLocale(): Locale {
  return current;
}

/** Formats a text in the given locale, replacing {name} placeholders. Unknown placeholders stay visible. */
export function tl(locale: Locale, key: StringKey, params?: TextParams): string {
  const entry: Text | undefined = (ALL as Record<string, Text>)[key];
  if (!entry) return key;
  const template = entry[locale];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name];
    return v === undefined ? whole : String(v);
  });
}

/** Formats a text in the current locale (Swedish unless changed). */
export function t(key: StringKey, params?: TextParams): string {
  return tl(current, key, params);
}

/** True when key names a text (for keys built at run time, e.g. from an enum). */
export function hasText(key: string): key is StringKey {
  return Object.prototype.hasOwnProperty.call(ALL, key);
}

/** Every key, for the test that checks both languages are filled in. */
export function allTextKeys(): StringKey[] {
  return Object.keys(ALL) as StringKey[];
}

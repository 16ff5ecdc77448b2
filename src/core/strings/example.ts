import type { TextTable } from './types';

/** User-facing texts for example. Keys are 'example.<what>'. */
export const exampleStrings = {
  'example.file.ledger': {
    sv: 'Huvudboksutdrag {from}–{to}: Windows-1252, semikolon, decimalkomma, mellanslag som tusentalsavgränsare.',
    en: 'General-ledger extract {from}–{to}: Windows-1252, semicolon, decimal comma, space as thousands separator.',
  },
  'example.file.budget': {
    sv: 'Budget {from} och {to} per ansvar och kostnadsslag med månadsfördelning (UTF-8, semikolon, hela kronor).',
    en: 'Budget {from} and {to} per cost centre and cost line with monthly phasing (UTF-8, semicolon, whole kronor).',
  },
  'example.file.stratsys': {
    sv: 'Uppföljningsrapport i Stratsys-stil för {period}: titelrader, delsummor per enhet, belopp delvis som text.',
    en: 'Stratsys-style follow-up report for {period}: title rows, subtotals per unit, some amounts as text.',
  },
  'example.file.register': {
    sv: 'Placeringsregister, pseudonymiserat: {count} placeringar (UTF-8, semikolon, decimalkomma).',
    en: 'Placement register, pseudonymised: {count} placements (UTF-8, semicolon, decimal comma).',
  },
  'example.file.organisation': {
    sv: 'Organisation: {count} ansvar med enhet, område och verksamhet (UTF-8, semikolon).',
    en: 'Organisation: {count} cost centres with unit, area and activity (UTF-8, semicolon).',
  },
  'example.file.facts': {
    sv: 'Generatorns egna summor (rader, belopp per fil, period och ansvar, sen fakturabunt) för avstämning.',
    en: "The generator's own totals (rows, amounts per file, period and cost centre, late invoice batch) for reconciliation.",
  },
  'example.option.year': {
    sv: 'Året måste vara ett heltal mellan 2001 och 2099, inte {value}.',
    en: 'The year must be an integer between 2001 and 2099, not {value}.',
  },
  'example.option.throughMonth': {
    sv: 'Sista bokförda månaden måste vara ett heltal 1–12, inte {value}.',
    en: 'The last closed month must be an integer 1–12, not {value}.',
  },
  'example.option.seed': {
    sv: 'Fröet måste vara ett heltal mellan 0 och 4294967295, inte {value}.',
    en: 'The seed must be an integer between 0 and 4294967295, not {value}.',
  },
  'example.option.through': {
    sv: '--through ska skrivas ÅÅÅÅ-MM (till exempel 2026-10), inte {value}.',
    en: '--through must be written YYYY-MM (for example 2026-10), not {value}.',
  },
  'example.option.throughYear': {
    sv: '--through {through} ligger inte i året {year} (--year).',
    en: '--through {through} is not in the year {year} (--year).',
  },
  'example.cli.heading': {
    sv: 'Exempelkommun (frö {seed}): {previousYear} helt år och {year} t.o.m. {through}.',
    en: 'Example municipality (seed {seed}): {previousYear} full year and {year} through {through}.',
  },
  'example.cli.file': { sv: 'Fil', en: 'File' },
  'example.cli.rows': { sv: 'Rader', en: 'Rows' },
  'example.cli.total': { sv: 'Summa', en: 'Total' },
  'example.cli.lateBatch': {
    sv: 'Sen fakturabunt: {count} fakturor för {period} saknas i huvudboken (kommer i nästa månad), summa {amount} kr.',
    en: 'Late invoice batch: {count} invoices for {period} are missing from the ledger (arrive next month), total {amount} kr.',
  },
  'example.cli.written': { sv: '{count} filer skrivna till {dir}.', en: '{count} files written to {dir}.' },
  'example.cli.cannotWrite': {
    sv: 'Kan inte skriva till katalogen {dir}: {message}',
    en: 'Cannot write to the directory {dir}: {message}',
  },
} satisfies TextTable;

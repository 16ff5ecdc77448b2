import type { TextTable } from './types';

/** Texts of the command line. Keys are 'cli.<what>'. */
export const cliStrings = {
  'cli.usage': {
    sv: 'Användning: ifo-prognos <kommando> [flaggor]   (ifo-prognos <kommando> --help visar kommandots flaggor)',
    en: 'Usage: ifo-prognos <command> [options]   (ifo-prognos <command> --help shows the command options)',
  },
  'cli.commands': { sv: 'Kommandon:', en: 'Commands:' },
  'cli.globalOptions': { sv: 'Flaggor:', en: 'Options:' },
  'cli.option.help': { sv: 'visa hjälp', en: 'show help' },
  'cli.option.version': { sv: 'visa versionen', en: 'show the version' },
  'cli.exitCodes': {
    sv: 'Slutkoder: 0 klart, 2 indata avvisade (inget skrivet), 1 internt fel.',
    en: 'Exit codes: 0 done, 2 input refused (nothing written), 1 internal error.',
  },
  'cli.unknownCommand': { sv: 'Okänt kommando: {name}', en: 'Unknown command: {name}' },
  'cli.badArguments': { sv: 'Felaktiga argument: {message}', en: 'Bad arguments: {message}' },
  'cli.missingOption': { sv: 'Flaggan {option} saknas.', en: 'The option {option} is missing.' },
  'cli.moreIssues': { sv: '… och {count} till.', en: '… and {count} more.' },
  'cli.example.summary': {
    sv: 'skriv exempelkommunens filer (huvudbok, budget, Stratsys-rapport, placeringsregister)',
    en: 'write the example municipality files (ledger, budget, Stratsys report, placement register)',
  },
  'cli.example.help': {
    sv: 'ifo-prognos example --out <katalog>\n\nSkriver Exempelkommunens indatafiler till katalogen.',
    en: 'ifo-prognos example --out <dir>\n\nWrites the example municipality input files to the directory.',
  },
} satisfies TextTable;

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
  'cli.import.summary': {
    sv: 'importera huvudbok, uppföljningsrapport (Stratsys) eller budget till arbetsboken, med avstämning',
    en: 'import a general ledger, follow-up report (Stratsys) or budget into the workbook, with reconciliation',
  },
  'cli.import.help': {
    sv:
      'ifo-prognos import <fil>... --workbook <bok.xlsx> [--period ÅÅÅÅ-MM] [--sheet NAMN] [--map fält=Rubrik,...]\n' +
      '                   [--skip-invalid] [--json] [--kind ledger|followup|budget|placements|organisation|accountMap]\n\n' +
      'Läser CSV/TXT/TSV (UTF-8, UTF-16, Windows-1252; ; , tab |) och xlsx, kontrollerar alla rader och skriver\n' +
      'sedan till arbetsboken (skapas om den saknas). Felaktiga rader avvisar hela importen och arbetsboken lämnas\n' +
      'orörd. En import ersätter utfallet för de perioder den täcker; flera filer i samma körning läggs ihop.\n\n' +
      '  --workbook <bok>    arbetsboken att skapa eller uppdatera\n' +
      '  --period ÅÅÅÅ-MM    perioden när filen saknar periodkolumn (eller rapportens period)\n' +
      '  --sheet NAMN        blad i xlsx-filer (standard: första synliga bladet)\n' +
      '  --map k=v,...       bekräfta kolumner, t.ex. account=Kontonr,costCenter=Ansvar (kolumnbokstav går också);\n' +
      '                      valet sparas i arbetsboken för filer med samma rubriker\n' +
      '  --skip-invalid      importera giltiga rader och lista de avvisade\n' +
      '  --kind TYP          ledger (huvudbok), followup (uppföljningsrapport), budget, placements (placeringsregister,\n' +
      '                      ersätter registret), organisation (ansvar → enhet, område), accountMap (kontoplan:\n' +
      '                      konto från–till → kostnadsslag); annars avgörs typen av rubrikerna\n' +
      '  --keep a,b          extra dimensioner i utfallet: subActivity, project, object, counterparty\n' +
      '  --detail A,B        spara detaljrader för dessa ansvar (tak: --detail-cap, standard 100 000)\n' +
      '  --max-size-mb N     största fil som läses (standard 500)\n' +
      '  --json              skriv avstämningen som JSON (belopp i öre)\n\n' +
      'Slutkoder: 0 importerat, 2 avvisat (arbetsboken orörd), 1 internt fel.',
    en:
      'ifo-prognos import <file>... --workbook <book.xlsx> [--period YYYY-MM] [--sheet NAME] [--map field=Header,...]\n' +
      '                   [--skip-invalid] [--json] [--kind ledger|followup|budget|placements|organisation|accountMap]\n\n' +
      'Reads CSV/TXT/TSV (UTF-8, UTF-16, Windows-1252; ; , tab |) and xlsx, checks every row and only then writes\n' +
      'to the workbook (created when missing). Invalid rows refuse the whole import and the workbook is left\n' +
      'untouched. An import replaces the actuals of the periods it covers; several files in one run are combined.\n\n' +
      '  --workbook <book>   the workbook to create or update\n' +
      '  --period YYYY-MM    the period when the file has no period column (or the report period)\n' +
      '  --sheet NAME        sheet of xlsx files (default: the first visible sheet)\n' +
      '  --map k=v,...       confirm columns, e.g. account=Kontonr,costCenter=Ansvar (a column letter works too);\n' +
      '                      the choice is remembered in the workbook for files with the same headers\n' +
      '  --skip-invalid      import the valid rows and list the rejected ones\n' +
      '  --kind KIND         ledger, followup (follow-up report), budget, placements (placement register, replaces\n' +
      '                      the register), organisation (cost centre → unit, area), accountMap (account range →\n' +
      '                      cost line); otherwise decided from the headers\n' +
      '  --keep a,b          extra dimensions in the actuals: subActivity, project, object, counterparty\n' +
      '  --detail A,B        keep detail rows for these cost centres (cap: --detail-cap, default 100,000)\n' +
      '  --max-size-mb N     largest file read (default 500)\n' +
      '  --json              print the reconciliation as JSON (amounts in öre)\n\n' +
      'Exit codes: 0 imported, 2 refused (workbook untouched), 1 internal error.',
  },
  'cli.status.summary': { sv: 'visa arbetsbokens importlogg och summor', en: "show the workbook's import log and totals" },
  'cli.status.help': {
    sv: 'ifo-prognos status --workbook <bok.xlsx> [--json]\n\nVisar importloggen (fil, hash, typ, perioder, rader, summa) och summor per period och ansvar över lagrat utfall.',
    en: 'ifo-prognos status --workbook <book.xlsx> [--json]\n\nShows the import log (file, hash, kind, periods, rows, total) and totals per period and cost centre over the stored actuals.',
  },
  'cli.example.summary': {
    sv: 'skriv exempelkommunens filer (huvudbok, budget, Stratsys-rapport, placeringsregister)',
    en: 'write the example municipality files (ledger, budget, Stratsys report, placement register)',
  },
  'cli.example.help': {
    sv:
      'ifo-prognos example --out <katalog> [--year ÅÅÅÅ] [--through ÅÅÅÅ-MM] [--seed N] [--json]\n\n' +
      'Skriver Exempelkommunens indatafiler till katalogen: huvudbok per år (Windows-1252), budget, ' +
      'Stratsys-rapport (xlsx), placeringsregister, organisation och exempelkommun.json med generatorns summor.\n\n' +
      '  --out <katalog>     katalog att skriva till (skapas vid behov)\n' +
      '  --year ÅÅÅÅ         innevarande år (standard 2026); året före skrivs som helt år\n' +
      '  --through ÅÅÅÅ-MM   sista bokförda månaden (standard oktober innevarande år)\n' +
      '  --seed N            frö för slumptalen (standard 20261); samma frö ger byte-identiska filer\n' +
      '  --json              skriv sammanfattningen som JSON',
    en:
      'ifo-prognos example --out <dir> [--year YYYY] [--through YYYY-MM] [--seed N] [--json]\n\n' +
      'Writes the example municipality input files to the directory: general ledger per year (Windows-1252), ' +
      'budget, Stratsys report (xlsx), placement register, organisation and exempelkommun.json with the generator totals.\n\n' +
      '  --out <dir>         directory to write to (created when missing)\n' +
      '  --year YYYY         current year (default 2026); the year before is written as a full year\n' +
      '  --through YYYY-MM   last closed month (default October of the current year)\n' +
      '  --seed N            seed of the random numbers (default 20261); the same seed gives byte-identical files\n' +
      '  --json              print the summary as JSON',
  },
} satisfies TextTable;

import type { TextTable } from './types';

/** User-facing texts for import. Keys are 'import.<what>'. */
export const importStrings = {
  // Whole-file problems (shown after "fil x.csv: ").
  'import.noSources': { sv: 'Inga filer att importera.', en: 'No files to import.' },
  'import.file.empty': { sv: 'Filen är tom.', en: 'The file is empty.' },
  'import.file.tooLarge': {
    sv: 'Filen är för stor ({size}); gränsen är {max}. Ingenting lästes.',
    en: 'The file is too large ({size}); the limit is {max}. Nothing was read.',
  },
  'import.file.binary': {
    sv: 'Filen är ingen textfil (den innehåller binära tecken). Spara uttaget som CSV eller xlsx.',
    en: 'The file is not a text file (it holds binary characters). Save the extract as CSV or xlsx.',
  },
  'import.file.zipNotText': {
    sv: 'Filen är en Excel-arbetsbok (xlsx) men har ett textfilnamn. Byt filändelse till .xlsx.',
    en: 'The file is an Excel workbook (xlsx) with a text file name. Rename it to .xlsx.',
  },
  'import.file.noRows': {
    sv: 'Filen innehåller inga rader att importera (bara rubriker, summeringar eller tomma rader).',
    en: 'The file holds no rows to import (only headers, totals or blank rows).',
  },
  'import.file.duplicateInRun': {
    sv: 'Filen har samma innehåll som {other} i samma import; den skulle räknas två gånger.',
    en: 'The file has the same content as {other} in the same import; it would be counted twice.',
  },
  'import.file.importedBefore': {
    sv: 'Samma fil importerades tidigare (import {id}, {time}); dess perioder ersätts, summorna ändras inte.',
    en: 'The same file was imported before (import {id}, {time}); its periods are replaced, the totals do not change.',
  },
  'import.encoding.invalidUtf8': {
    sv: 'Filen är inte giltig UTF-8 längre fram i filen (blandade teckenkodningar). Exportera om filen i en och samma kodning.',
    en: 'The file is not valid UTF-8 further on (mixed encodings). Export the file again in a single encoding.',
  },
  'import.csv.unbalancedQuote': {
    sv: 'Ett citattecken (") öppnar ett fält som aldrig stängs. Kontrollera raden och exportera om filen.',
    en: 'A quote (") opens a field that is never closed. Check the row and export the file again.',
  },
  'import.csv.textAfterQuote': {
    sv: 'Text direkt efter ett avslutande citattecken ("); fältet är felaktigt citerat.',
    en: 'Text right after a closing quote ("); the field is quoted wrongly.',
  },
  'import.csv.lineTooLong': {
    sv: 'En rad är längre än 1 miljon tecken; filen är inte ett tabelluttag.',
    en: 'A line is longer than 1 million characters; the file is not a table extract.',
  },
  'import.header.notFound': {
    sv: 'Ingen rubrikrad hittades bland de första {rows} raderna (t.ex. Konto, Ansvar, Belopp).',
    en: 'No header row was found among the first {rows} rows (e.g. Konto, Ansvar, Belopp).',
  },
  'import.kind.unknown': { sv: 'Okänd typ av uttag: {kind} (möjliga: {kinds}).', en: 'Unknown kind of extract: {kind} (possible: {kinds}).' },

  // Column mapping.
  'import.map.uncertain': {
    sv: 'Kolumnerna kunde inte tolkas säkert. Föreslagen tolkning: {proposal}. Bekräfta eller rätta med --map fält=Rubrik,…',
    en: 'The columns could not be read with certainty. Proposed mapping: {proposal}. Confirm or correct with --map field=Header,…',
  },
  'import.map.missingField': {
    sv: 'Ingen kolumn för {field}. Rubriker i filen: {headers}.',
    en: 'No column for {field}. Headers in the file: {headers}.',
  },
  'import.map.ambiguousField': {
    sv: 'Flera kolumner kan vara {field}: {columns}. Välj en med --map {field}=<kolumnbokstav>.',
    en: 'Several columns may be {field}: {columns}. Choose one with --map {field}=<column letter>.',
  },
  'import.map.weakField': { sv: 'Osäker tolkning av kolumnen som {field}.', en: 'Uncertain reading of the column as {field}.' },
  'import.map.unknownField': { sv: 'Okänt fält i --map: {field} (möjliga: {fields}).', en: 'Unknown field in --map: {field} (possible: {fields}).' },
  'import.map.unknownColumn': {
    sv: 'Kolumnen "{column}" i --map finns inte i {file}. Rubriker: {headers}.',
    en: 'The column "{column}" in --map does not exist in {file}. Headers: {headers}.',
  },
  'import.map.syntax': { sv: 'Felaktig --map-del: "{part}" (skriv fält=Rubrik).', en: 'Bad --map part: "{part}" (write field=Header).' },

  // Refusals.
  'import.refused.rows': {
    sv: 'Importen avvisades: {count} felaktiga värden. Ingenting skrevs till arbetsboken. Rätta filen eller använd --skip-invalid.',
    en: 'The import was refused: {count} invalid values. Nothing was written to the workbook. Correct the file or use --skip-invalid.',
  },
  'import.refused.files': {
    sv: 'Importen avvisades: {count} problem med filerna. Ingenting skrevs till arbetsboken.',
    en: 'The import was refused: {count} problems with the files. Nothing was written to the workbook.',
  },

  // Row rejects (shown after "fil x, rad n, kolumn k, värde v: ").
  'import.reject.amountMissing': { sv: 'Beloppet saknas.', en: 'The amount is missing.' },
  'import.reject.amountNotNumber': { sv: 'Beloppet är inte ett tal.', en: 'The amount is not a number.' },
  'import.reject.amountTooLarge': { sv: 'Beloppet är orimligt stort.', en: 'The amount is unreasonably large.' },
  'import.reject.accountMissing': { sv: 'Konto saknas.', en: 'The account is missing.' },
  'import.reject.costCenterMissing': { sv: 'Ansvar saknas.', en: 'The cost centre is missing.' },
  'import.reject.periodMissing': { sv: 'Period saknas (ange --period ÅÅÅÅ-MM om filen saknar period).', en: 'The period is missing (give --period YYYY-MM if the file has none).' },
  'import.reject.periodImpossible': { sv: 'Perioden är omöjlig (finns inte i kalendern).', en: 'The period is impossible (not in the calendar).' },
  'import.reject.periodUnreadable': { sv: 'Perioden kan inte läsas (skriv ÅÅÅÅMM, ÅÅÅÅ-MM eller ett datum).', en: 'The period cannot be read (write YYYYMM, YYYY-MM or a date).' },
  'import.reject.periodMismatch': { sv: 'Perioden är inte {period} som angavs med --period.', en: 'The period is not {period} as given with --period.' },
  'import.reject.fieldCount': {
    sv: 'Raden har {count} fält men rubrikraden har {expected} (avgränsare i otexterat fält eller blandade avgränsare?).',
    en: 'The row has {count} fields but the header row has {expected} (a delimiter in an unquoted field, or mixed delimiters?).',
  },
  'import.reject.costLineMissing': { sv: 'Kostnadsslag saknas.', en: 'The cost line is missing.' },
  'import.reject.accountUnmapped': { sv: 'Kontot saknar kostnadsslag i Kontoplan.', en: 'The account has no cost line in Kontoplan.' },
  'import.reject.yearImpossible': { sv: 'Året är inte ett år (ÅÅÅÅ).', en: 'The year is not a year (YYYY).' },
  'import.reject.yearMissing': { sv: 'År saknas.', en: 'The year is missing.' },
  'import.reject.monthsDontSum': { sv: 'Helåret är inte summan av månaderna.', en: 'The annual figure is not the sum of the months.' },
  'import.reject.profileUnknown': {
    sv: 'Okänd periodisering (skriv "jämn" eller tolv vikter, t.ex. 8;8;9;…).',
    en: 'Unknown phasing (write "jämn" or twelve weights, e.g. 8;8;9;…).',
  },

  // Kinds.
  'import.followup.periodMissing': {
    sv: 'Rapportens period framgår inte av rubrikerna; ange den med --period ÅÅÅÅ-MM.',
    en: 'The report period is not in the title rows; give it with --period YYYY-MM.',
  },
  'import.followup.tooManyRows': { sv: 'Rapporten har fler än {max} rader.', en: 'The report has more than {max} rows.' },
  'import.followup.unknownCostLines': {
    sv: 'Kostnadsslag som inte finns i Kostnadsslag-tabellen: {lines}.',
    en: 'Cost lines not in the cost line table: {lines}.',
  },
  'import.budget.costLineMissing': {
    sv: 'Budgettabellen saknar kolumn för kostnadsslag eller konto.',
    en: 'The budget table has no column for cost line or account.',
  },
  'import.budget.monthColumns': {
    sv: 'Budgettabellen har månadskolumner för {count} månader; alla tolv behövs.',
    en: 'The budget table has month columns for {count} months; all twelve are needed.',
  },
  'import.budget.noAmounts': {
    sv: 'Budgettabellen saknar både månadskolumner och en kolumn för helårsbelopp.',
    en: 'The budget table has neither month columns nor an annual amount column.',
  },
  'import.budget.yearMissing': {
    sv: 'Budgetåret framgår inte (ingen kolumn År, inget år i rubrikerna); ange --period ÅÅÅÅ-MM.',
    en: 'The budget year is not given (no Year column, no year in the headers); give --period YYYY-MM.',
  },
  'import.detail.capExceeded': {
    sv: 'Detaljraderna för valda ansvar överstiger taket {cap} rader; inga detaljrader sparades. Välj färre ansvar.',
    en: 'The detail rows for the chosen cost centres exceed the cap of {cap} rows; no detail rows were kept. Choose fewer cost centres.',
  },

  // Skip reasons (reconciliation).
  'import.skip.blank': { sv: 'tomma rader', en: 'blank rows' },
  'import.skip.repeatedHeader': { sv: 'upprepade rubrikrader', en: 'repeated header rows' },
  'import.skip.totalRow': { sv: 'summa- och totalrader', en: 'total and subtotal rows' },
  'import.skip.amountWithoutDimensions': { sv: 'belopp utan konto/ansvar (delsummor)', en: 'amounts without account/cost centre (subtotals)' },
  'import.skip.textOnly': { sv: 'rader utan belopp och koder', en: 'rows without amount and codes' },
  'import.skip.heading': { sv: 'rubrikrader för enheter', en: 'unit heading rows' },
  'import.skip.unitSubtotal': { sv: 'delsummor per enhet', en: 'subtotals per unit' },

  // Reconciliation (CLI and pane).
  'import.report.title': { sv: 'Avstämning av import {id}', en: 'Reconciliation of import {id}' },
  'import.report.refusedTitle': { sv: 'Avstämning (ingenting skrevs)', en: 'Reconciliation (nothing written)' },
  'import.report.file': { sv: 'Fil: {file} ({kind})', en: 'File: {file} ({kind})' },
  'import.report.kind.ledger': { sv: 'huvudbok', en: 'ledger' },
  'import.report.kind.followup': { sv: 'uppföljningsrapport', en: 'follow-up report' },
  'import.report.kind.budget': { sv: 'budget', en: 'budget' },
  'import.report.format': {
    sv: 'Teckenkodning {encoding}, avgränsare {delimiter}, rubrikrad {row}',
    en: 'Encoding {encoding}, delimiter {delimiter}, header row {row}',
  },
  'import.report.mapping': { sv: 'Kolumner: {mapping}', en: 'Columns: {mapping}' },
  'import.report.rows': {
    sv: 'Rader lästa {read}, importerade {imported}, överhoppade {skipped}, avvisade {rejected}',
    en: 'Rows read {read}, imported {imported}, skipped {skipped}, rejected {rejected}',
  },
  'import.report.skipped': { sv: '  överhoppade: {count} {reason}', en: '  skipped: {count} {reason}' },
  'import.report.skippedAmount': { sv: '  (belopp på överhoppade {reason}: {amount})', en: '  (amount on skipped {reason}: {amount})' },
  'import.report.total': { sv: 'Summa: {amount}', en: 'Total: {amount}' },
  'import.report.byPeriod': { sv: 'Per period:', en: 'By period:' },
  'import.report.byCostCenter': { sv: 'Per ansvar:', en: 'By cost centre:' },
  'import.report.masked': { sv: 'Maskerade personnummer: {count}', en: 'Masked personal identity numbers: {count}' },
  'import.report.unmappedAccounts': {
    sv: 'Konton utan kostnadsslag (finns med i utfallet, flaggade): {list}',
    en: 'Accounts without a cost line (kept in the actuals, flagged): {list}',
  },
  'import.report.unmappedCostCenters': {
    sv: 'Ansvar utan enhet/område i Organisation (finns med, flaggade): {list}',
    en: 'Cost centres without unit/area in Organisation (kept, flagged): {list}',
  },
  'import.report.rejectsHeader': { sv: 'Avvisade värden:', en: 'Rejected values:' },
  'import.report.warning': { sv: 'Obs: {text}', en: 'Note: {text}' },
  'import.report.error': { sv: 'Fel: {text}', en: 'Error: {text}' },
  'import.report.reportPeriod': {
    sv: 'Rapportperiod {period}; tidigare prognos {amount}; {comments} kommentarer',
    en: 'Report period {period}; earlier forecast {amount}; {comments} comments',
  },
  'import.report.written': { sv: 'Arbetsboken sparad: {file}', en: 'Workbook saved: {file}' },
  'import.report.notWritten': { sv: 'Arbetsboken {file} ändrades inte.', en: 'The workbook {file} was not changed.' },
  'import.period.invalid': { sv: 'Ogiltig period "{value}" (skriv ÅÅÅÅ-MM).', en: 'Invalid period "{value}" (write YYYY-MM).' },
  'import.kind.invalidOption': { sv: 'Ogiltig typ "{value}" (möjliga: {kinds}).', en: 'Invalid kind "{value}" (possible: {kinds}).' },
  'import.option.invalidNumber': { sv: 'Flaggan {option} kräver ett positivt tal, inte "{value}".', en: 'The option {option} needs a positive number, not "{value}".' },
  'import.option.noFiles': { sv: 'Ange minst en fil att importera.', en: 'Give at least one file to import.' },
  'import.option.fileMissing': { sv: 'Filen finns inte: {file}', en: 'The file does not exist: {file}' },
  'import.status.workbookMissing': { sv: 'Arbetsboken finns inte: {file}', en: 'The workbook does not exist: {file}' },

  // Status.
  'import.status.title': { sv: 'Arbetsbok: {file}', en: 'Workbook: {file}' },
  'import.status.noImports': { sv: 'Inga importer ännu.', en: 'No imports yet.' },
  'import.status.imports': { sv: 'Importlogg:', en: 'Import log:' },
  'import.status.entry': {
    sv: '  {id}  {time}  {file} ({kind}) perioder {periods}: {rows} rader, {amount}',
    en: '  {id}  {time}  {file} ({kind}) periods {periods}: {rows} rows, {amount}',
  },
  'import.status.actuals': { sv: 'Utfall i arbetsboken: {amount} ({rows} rader)', en: 'Actuals in the workbook: {amount} ({rows} rows)' },
  'import.status.budget': { sv: 'Budget i arbetsboken: {amount}', en: 'Budget in the workbook: {amount}' },
} satisfies TextTable;

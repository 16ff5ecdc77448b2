import type { TextTable } from './types';

/** Texts of the workbook port and its adapters. Keys are 'port.<what>'. */
export const portStrings = {
  'port.sheetName.empty': { sv: 'Bladnamnet får inte vara tomt.', en: 'The sheet name must not be empty.' },
  'port.sheetName.tooLong': {
    sv: 'Bladnamnet "{name}" är längre än 31 tecken.',
    en: 'The sheet name "{name}" is longer than 31 characters.',
  },
  'port.sheetName.forbiddenChar': {
    sv: 'Bladnamnet "{name}" innehåller något av tecknen [ ] : * ? / \\ som Excel inte tillåter.',
    en: 'The sheet name "{name}" contains one of the characters [ ] : * ? / \\ that Excel does not allow.',
  },
  'port.sheetName.apostrophe': {
    sv: 'Bladnamnet "{name}" får inte börja eller sluta med en apostrof.',
    en: 'The sheet name "{name}" must not begin or end with an apostrophe.',
  },
  'port.sheetName.duplicate': {
    sv: 'Bladnamnet "{name}" förekommer två gånger i samma skrivning.',
    en: 'The sheet name "{name}" occurs twice in the same write.',
  },
  'port.tableName.invalid': {
    sv: 'Tabellnamnet "{name}" är inte tillåtet i Excel.',
    en: 'The table name "{name}" is not allowed in Excel.',
  },
  'port.tableName.taken': {
    sv: 'Tabellnamnet "{name}" används redan på bladet "{sheet}".',
    en: 'The table name "{name}" is already used on the sheet "{sheet}".',
  },
  'port.table.missing': { sv: 'Tabellen "{table}" finns inte i arbetsboken.', en: 'The table "{table}" does not exist in the workbook.' },
  'port.table.missingColumn': {
    sv: 'Tabellen "{table}" saknar kolumnen "{column}".',
    en: 'The table "{table}" lacks the column "{column}".',
  },
  'port.table.notANumber': { sv: 'Värdet "{value}" är inte ett tal.', en: 'The value "{value}" is not a number.' },
  'port.table.rowOutOfRange': {
    sv: 'Rad {index} finns inte i tabellen "{table}" ({rows} rader).',
    en: 'Row {index} does not exist in the table "{table}" ({rows} rows).',
  },
  'port.sheet.missing': { sv: 'Bladet "{name}" finns inte i arbetsboken.', en: 'The sheet "{name}" does not exist in the workbook.' },
  'port.sheet.hidden': {
    sv: 'Bladet "{name}" är dolt och kan inte visas som aktivt blad.',
    en: 'The sheet "{name}" is hidden and cannot be made the active sheet.',
  },
  'port.sheet.lastVisible': {
    sv: 'Bladet "{name}" är det sista synliga bladet och kan inte tas bort eller döljas.',
    en: 'The sheet "{name}" is the last visible sheet and cannot be deleted or hidden.',
  },
  'port.limit.rows': {
    sv: 'Bladet "{sheet}" skulle få {rows} rader; Excel tillåter högst 1 048 576.',
    en: 'The sheet "{sheet}" would get {rows} rows; Excel allows at most 1,048,576.',
  },
  'port.limit.columns': {
    sv: 'Bladet "{sheet}" skulle få {columns} kolumner; Excel tillåter högst 16 384.',
    en: 'The sheet "{sheet}" would get {columns} columns; Excel allows at most 16,384.',
  },
  'port.limit.cellText': {
    sv: 'Cell {address} på bladet "{sheet}" skulle få {length} tecken; Excel tillåter högst 32 767.',
    en: 'Cell {address} on the sheet "{sheet}" would get {length} characters; Excel allows at most 32,767.',
  },
  'port.file.notXlsx': {
    sv: 'Filen "{file}" är ingen xlsx-arbetsbok (den går inte att öppna som zip-arkiv).',
    en: 'The file "{file}" is not an xlsx workbook (it cannot be opened as a zip archive).',
  },
  'port.file.unreadable': {
    sv: 'Arbetsboken "{file}" kunde inte läsas: {message}',
    en: 'The workbook "{file}" could not be read: {message}',
  },
  'port.setting.tooLarge': {
    sv: 'Inställningen "{key}" är för stor för en cell ({length} tecken).',
    en: 'The setting "{key}" is too large for one cell ({length} characters).',
  },
  // xlsx adapter (src/file)
  'port.sheetName.reserved': {
    sv: 'Bladnamnet "{name}" är reserverat av Excel.',
    en: 'The sheet name "{name}" is reserved by Excel.',
  },
  'port.address.invalid': {
    sv: 'Adressen "{address}" på bladet "{sheet}" är ingen giltig cellreferens.',
    en: 'The address "{address}" on the sheet "{sheet}" is not a valid cell reference.',
  },
  'port.value.invalid': {
    sv: 'Cell {address} på bladet "{sheet}" kan inte få värdet "{value}" (bara text, ändliga tal, sant/falskt, tomt eller en formel).',
    en: 'Cell {address} on the sheet "{sheet}" cannot hold the value "{value}" (only text, finite numbers, true/false, empty or a formula).',
  },
  'port.formula.invalid': {
    sv: 'Formeln i cell {address} på bladet "{sheet}" måste börja med "=" och vara högst 8 192 tecken.',
    en: 'The formula in cell {address} on the sheet "{sheet}" must begin with "=" and be at most 8,192 characters.',
  },
  'port.merge.overlap': {
    sv: 'Sammanfogningen {range} på bladet "{sheet}" överlappar {other}.',
    en: 'The merge {range} on the sheet "{sheet}" overlaps {other}.',
  },
  'port.table.overlap': {
    sv: 'Tabellen "{table}" på bladet "{sheet}" överlappar tabellen "{other}".',
    en: 'The table "{table}" on the sheet "{sheet}" overlaps the table "{other}".',
  },
  'port.table.rowTooWide': {
    sv: 'Rad {row} till tabellen "{table}" har {cells} värden men tabellen har {columns} kolumner.',
    en: 'Row {row} for the table "{table}" has {cells} values but the table has {columns} columns.',
  },
  'port.chart.duplicate': {
    sv: 'Diagramnamnet "{name}" förekommer två gånger på bladet "{sheet}".',
    en: 'The chart name "{name}" occurs twice on the sheet "{sheet}".',
  },
  'port.chart.range': {
    sv: 'Diagrammet "{name}" på bladet "{sheet}": området {range} ska vara en rad eller en kolumn lika lång som kategorierna.',
    en: 'The chart "{name}" on the sheet "{sheet}": the range {range} must be one row or one column as long as the categories.',
  },
  'port.conditionalFormat.between': {
    sv: 'Villkorsstyrd formatering "mellan" på {range} (bladet "{sheet}") behöver två gränser.',
    en: 'Conditional formatting "between" on {range} (sheet "{sheet}") needs two limits.',
  },
  'port.file.sheetMissing': {
    sv: 'Filen "{file}" har inget blad som heter "{sheet}". Bladen i filen: {sheets}.',
    en: 'The file "{file}" has no sheet named "{sheet}". The sheets in the file: {sheets}.',
  },
  'port.color.invalid': {
    sv: 'Färgen "{color}" på bladet "{sheet}" är ingen färg på formen #RRGGBB.',
    en: 'The colour "{color}" on the sheet "{sheet}" is not a colour of the form #RRGGBB.',
  },
  'port.file.noSheets': {
    sv: 'Filen "{file}" innehåller inga kalkylblad.',
    en: 'The file "{file}" contains no worksheets.',
  },
} satisfies TextTable;

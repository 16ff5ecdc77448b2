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
} satisfies TextTable;

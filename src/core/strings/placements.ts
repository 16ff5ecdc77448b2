import type { TextTable } from './types';

/** User-facing texts for placements. Keys are 'placements.<what>'. */
export const placementsStrings = {
  'placements.location.sheet': { sv: 'blad {sheet}', en: 'sheet {sheet}' },

  // Case keys
  'placements.caseKey.empty': { sv: 'Ärendenyckel saknas.', en: 'The case key is missing.' },
  'placements.caseKey.tooLong': {
    sv: 'Ärendenyckeln får vara högst {max} tecken.',
    en: 'The case key may be at most {max} characters.',
  },
  'placements.caseKey.chars': {
    sv: 'Ärendenyckeln får bara innehålla bokstäver, siffror, - _ och . (inga mellanslag).',
    en: 'The case key may only contain letters, digits, - _ and . (no spaces).',
  },
  'placements.caseKey.noDigit': {
    sv: 'Ärendenyckeln måste innehålla ett löpnummer (siffror), t.ex. BU-2026-014.',
    en: 'The case key must contain a running number (digits), e.g. BU-2026-014.',
  },
  'placements.caseKey.personalNumber': {
    sv: 'Ärendenyckeln ser ut som ett personnummer. Registret får bara innehålla pseudonymer (t.ex. BU-2026-014).',
    en: 'The case key looks like a personal identity number. The register may only hold pseudonyms (e.g. BU-2026-014).',
  },
  'placements.caseKey.coordinationNumber': {
    sv: 'Ärendenyckeln ser ut som ett samordningsnummer. Registret får bara innehålla pseudonymer (t.ex. BU-2026-014).',
    en: 'The case key looks like a coordination number. The register may only hold pseudonyms (e.g. BU-2026-014).',
  },
  'placements.caseKey.name': {
    sv: 'Ärendenyckeln ser ut som ett namn. Registret får bara innehålla pseudonymer (t.ex. BU-2026-014).',
    en: 'The case key looks like a name. The register may only hold pseudonyms (e.g. BU-2026-014).',
  },

  // Fields
  'placements.field.required': { sv: 'Värde saknas.', en: 'The value is missing.' },
  'placements.field.code': {
    sv: 'Ansvaret ska vara en kod (siffror eller bokstäver, högst 20 tecken).',
    en: 'The cost centre must be a code (digits or letters, at most 20 characters).',
  },
  'placements.field.account': { sv: 'Kontot ska vara ett kontonummer (2–10 siffror).', en: 'The account must be an account number (2–10 digits).' },
  'placements.field.targetGroup': { sv: 'Okänd målgrupp; använd {groups}.', en: 'Unknown target group; use {groups}.' },
  'placements.field.form': {
    sv: 'Okänd placeringsform; lägg till den i bladet Placeringsformer eller använd någon av: {forms}.',
    en: 'Unknown placement form; add it on the sheet Placeringsformer or use one of: {forms}.',
  },
  'placements.field.legalBasis': {
    sv: 'Okänt lagrum; lägg till det i bladet Lagrum eller använd något av: {list}.',
    en: 'Unknown legal basis; add it on the sheet Lagrum or use one of: {list}.',
  },
  'placements.field.date': { sv: 'Datumet ska skrivas ÅÅÅÅ-MM-DD och vara ett giltigt datum.', en: 'The date must be written YYYY-MM-DD and be a valid date.' },
  'placements.field.endBeforeStart': { sv: 'Slutdatum ligger före startdatum ({start}).', en: 'The end date is before the start date ({start}).' },
  'placements.field.amount': {
    sv: 'Beloppet är inte ett tal i kronor (t.ex. 3 450,00).',
    en: 'The amount is not a number of kronor (e.g. 3 450,00).',
  },
  'placements.field.negative': { sv: 'Priset får inte vara negativt.', en: 'The price must not be negative.' },
  'placements.field.bothPrices': {
    sv: 'Ange antingen pris per dygn eller pris per månad, inte båda.',
    en: 'Give either a price per day or a price per month, not both.',
  },
  'placements.field.noPrice': {
    sv: 'Pris saknas, och placeringsformen {form} har inget referenspris i prislistan. Ange pris per dygn eller per månad.',
    en: 'No price, and the placement form {form} has no reference price in the price list. Give a price per day or per month.',
  },
  'placements.field.uplift': {
    sv: 'Uppräkningen ska vara en procentsats mellan 0 och 100 med högst två decimaler, t.ex. 2,5 %.',
    en: 'The uplift must be a percentage between 0 and 100 with at most two decimals, e.g. 2,5 %.',
  },
  'placements.field.tooLong': { sv: 'Texten får vara högst {max} tecken.', en: 'The text may be at most {max} characters.' },
  'placements.field.duplicate': {
    sv: 'Ärendet har redan en placering med startdatum {start} (rad {row}).',
    en: 'The case already has a placement starting {start} (row {row}).',
  },

  // Lists
  'placements.lists.invalid': {
    sv: 'Tabellen i bladet {table} kan inte användas: {count} fel.',
    en: 'The table on the sheet {table} cannot be used: {count} errors.',
  },
  'placements.lists.nameMissing': { sv: 'Namnet saknas.', en: 'The name is missing.' },
  'placements.lists.duplicate': { sv: 'Namnet förekommer mer än en gång.', en: 'The name occurs more than once.' },
  'placements.lists.priceUnknown': {
    sv: 'Namnet finns inte i prislistan (bladet Prislista).',
    en: 'The name is not in the price list (sheet Prislista).',
  },
  'placements.lists.reviewMonths': {
    sv: 'Omprövning ska vara ett helt antal månader (1–60) eller tomt.',
    en: 'The review interval must be a whole number of months (1–60) or empty.',
  },

  // Register
  'placements.register.invalid': {
    sv: 'Placeringsregistret (bladet {sheet}) har {count} fel. Rätta raderna och försök igen.',
    en: 'The placement register (sheet {sheet}) has {count} errors. Correct the rows and try again.',
  },
  'placements.register.missing': {
    sv: 'Arbetsboken har inget placeringsregister. Importera ett med `ifo-prognos import <placeringsregister.csv> --workbook <bok>` eller lägg till placeringar i fönstret Placeringar.',
    en: 'The workbook has no placement register. Import one with `ifo-prognos import <register.csv> --workbook <book>` or add placements in the Placeringar pane.',
  },
  'placements.register.notFound': {
    sv: 'Placeringen {caseKey} med startdatum {start} finns inte längre i registret (har raden ändrats i Excel?).',
    en: 'The placement {caseKey} starting {start} is no longer in the register (was the row changed in Excel?).',
  },
  'placements.register.endBeforeStart': {
    sv: 'Slutdatum {end} ligger före startdatum {start}.',
    en: 'The end date {end} is before the start date {start}.',
  },

  // Alerts
  'placements.alert.reviewOverdue': { sv: 'Omprövning försenad', en: 'Review overdue' },
  'placements.alert.reviewDue': { sv: 'Omprövning inom 30 dagar', en: 'Review due within 30 days' },
  'placements.alert.pastPlannedEnd': { sv: 'Planerat slutdatum passerat', en: 'Past the planned end' },
  'placements.alert.noEndDate': { sv: 'Inget slutdatum', en: 'No end date' },
  'placements.alert.noLedgerPostings': { sv: 'Inga bokningar på ansvar och konto', en: 'No ledger postings on unit and account' },

  // The sheet "Placeringar"
  'placements.sheet.title': { sv: 'Placeringar {year}', en: 'Placements {year}' },
  'placements.sheet.subtitle': {
    sv: 'Per {asOf} · {closed} · {count} placeringar i registret, {active} pågående',
    en: 'As of {asOf} · {closed} · {count} placements in the register, {active} ongoing',
  },
  'placements.sheet.closedThrough': { sv: 'bokfört t.o.m. {month}', en: 'booked through {month}' },
  'placements.sheet.noneClosed': { sv: 'inga stängda månader i året', en: 'no closed months in the year' },
  'placements.sheet.privacy': {
    sv: 'Inga personuppgifter: placeringar räknas och summeras; ärenden anges bara med pseudonym (ärendenyckel).',
    en: 'No personal data: placements are counted and summed; cases appear only by pseudonym (case key).',
  },
  'placements.sheet.perMonth': { sv: 'Per månad (registrets placeringar)', en: 'Per month (the register\'s placements)' },
  'placements.sheet.month': { sv: 'Månad', en: 'Month' },
  'placements.sheet.year': { sv: 'Helår', en: 'Year' },
  'placements.sheet.cost': { sv: 'Kostnad (kr)', en: 'Cost (SEK)' },
  'placements.sheet.careDays': { sv: 'Vårddygn', en: 'Care days' },
  'placements.sheet.careDaysAxis': { sv: 'vårddygn', en: 'care days' },
  'placements.sheet.countAtMonthEnd': { sv: 'Placerade vid månadens slut', en: 'Placed at month end' },
  'placements.sheet.activeAtAsOfNote': { sv: 'Helår: pågående {asOf}', en: 'Year: ongoing on {asOf}' },
  'placements.sheet.booked': { sv: 'Bokfört, placeringskonton (kr)', en: 'Booked, placement accounts (SEK)' },
  'placements.sheet.unbilled': { sv: 'Ej fakturerat (kr)', en: 'Not yet invoiced (SEK)' },
  'placements.sheet.perMonthNote': {
    sv: 'Kostnad enligt registret: dygnspris × vårddygn, månadspriser pro rata per dag, uppräkning från uppräkningsdatum. Grå kolumner = stängda månader. Nya placeringar ingår inte här.',
    en: 'Cost by the register: price per day × care days, monthly prices pro rata by day, uplift from the uplift date. Grey columns = closed months. New placements are not included here.',
  },
  'placements.sheet.chartCost': { sv: 'Kostnad per månad enligt registret', en: 'Cost per month by the register' },
  'placements.sheet.chartCareDays': { sv: 'Vårddygn per månad', en: 'Care days per month' },
  'placements.sheet.countPerForm': { sv: 'Placerade vid månadens slut per placeringsform', en: 'Placed at month end by placement form' },
  'placements.sheet.form': { sv: 'Placeringsform', en: 'Placement form' },
  'placements.sheet.atAsOf': { sv: 'Pågående per datum', en: 'Ongoing on the date' },
  'placements.sheet.total': { sv: 'Summa', en: 'Total' },
  'placements.sheet.perForm': { sv: 'Kostnad per vårddygn och placeringsform {year}', en: 'Cost per care day by placement form {year}' },
  'placements.sheet.careDaysYear': { sv: 'Vårddygn helår', en: 'Care days, year' },
  'placements.sheet.costYear': { sv: 'Kostnad helår (kr)', en: 'Cost, year (SEK)' },
  'placements.sheet.perCareDay': { sv: 'Kr per vårddygn', en: 'SEK per care day' },
  'placements.sheet.reference': { sv: 'Referens kr per dygn', en: 'Reference SEK per day' },
  'placements.sheet.referenceVsActual': { sv: 'Avvikelse mot referens', en: 'Difference to reference' },
  'placements.sheet.referenceSource': { sv: 'Referens (Prislista)', en: 'Reference (price list)' },
  'placements.sheet.noReference': { sv: 'ingen referens', en: 'no reference' },
  'placements.sheet.referenceNote': {
    sv: 'Referensnivåer från bladet Prislista via Placeringsformer (källa och år står i prislistan). Månadspriser räknas om till dygn: (arvode + omkostnad) × 12 / 365.',
    en: 'Reference levels from the sheet Prislista via Placeringsformer (source and year in the price list). Monthly prices are converted per day: (fee + expenses) × 12 / 365.',
  },
  'placements.sheet.outlook': { sv: 'Helår {year}: utfall, åtagande och förväntade nya placeringar', en: 'Year {year}: to date, committed and expected new placements' },
  'placements.sheet.earnedToDate': { sv: 'Kostnad t.o.m. {month} enligt registret', en: 'Cost through {month} by the register' },
  'placements.sheet.earnedNone': { sv: 'Kostnad hittills (inga stängda månader)', en: 'Cost to date (no closed months)' },
  'placements.sheet.committed': { sv: 'Åtagande resten av året (registrets placeringar)', en: 'Committed for the rest of the year (the register\'s placements)' },
  'placements.sheet.expectedNew': { sv: 'Förväntade nya placeringar resten av året', en: 'Expected new placements for the rest of the year' },
  'placements.sheet.fullYear': { sv: 'Placeringar helår {year}', en: 'Placements, year {year}' },
  'placements.sheet.inflowHistory': {
    sv: 'Inflöde {rate} nya placeringar per månad enligt registrets historik ({from}–{to}); snittkostnad per vårddygn och snittlängd per ansvar och kostnadsslag.',
    en: 'Inflow {rate} new placements per month from the register\'s history ({from}–{to}); average cost per care day and average length per unit and cost line.',
  },
  'placements.sheet.inflowSet': {
    sv: 'Inflöde {rate} nya placeringar per månad, angivet av användaren; fördelat på ansvar och kostnadsslag efter historiken.',
    en: 'Inflow {rate} new placements per month, set by the user; shared between units and cost lines by the history.',
  },
  'placements.sheet.costCenter': { sv: 'Ansvar', en: 'Cost centre' },
  'placements.sheet.costLine': { sv: 'Kostnadsslag', en: 'Cost line' },
  'placements.sheet.unmappedLine': { sv: '(konto utan kostnadsslag)', en: '(account without cost line)' },
  'placements.sheet.starts': { sv: 'Nya senaste 12 mån', en: 'New, last 12 months' },
  'placements.sheet.ratePerMonth': { sv: 'Nya per månad', en: 'New per month' },
  'placements.sheet.averageDuration': { sv: 'Snittlängd (dygn)', en: 'Average length (days)' },
  'placements.sheet.committedShort': { sv: 'Åtagande (kr)', en: 'Committed (SEK)' },
  'placements.sheet.expectedShort': { sv: 'Förväntat nya (kr)', en: 'Expected new (SEK)' },
  'placements.sheet.expectedNote': {
    sv: 'Förväntat nya = nya per månad × kr per vårddygn × dygn från den 1:a i varje återstående månad till årets slut (högst snittlängden).',
    en: 'Expected new = new per month × SEK per care day × days from the 1st of each remaining month to the year end (at most the average length).',
  },
  'placements.sheet.perCostCenter': { sv: 'Per ansvar {year}', en: 'By cost centre {year}' },
  'placements.sheet.perTargetGroup': { sv: 'Per målgrupp {year}', en: 'By target group {year}' },
  'placements.sheet.targetGroup': { sv: 'Målgrupp', en: 'Target group' },
  'placements.sheet.accrual': { sv: 'Upplupet: intjänat enligt registret men inte bokfört t.o.m. {month}', en: 'Accrual: earned by the register but not booked through {month}' },
  'placements.sheet.account': { sv: 'Konto', en: 'Account' },
  'placements.sheet.earned': { sv: 'Intjänat (kr)', en: 'Earned (SEK)' },
  'placements.sheet.bookedShort': { sv: 'Bokfört (kr)', en: 'Booked (SEK)' },
  'placements.sheet.accrualNote': {
    sv: 'Ej fakturerat = uppskattad kostnad att periodisera (fakturor för HVB och SiS kommer ofta sent). Negativt = mer bokfört än registret ger.',
    en: 'Not yet invoiced = estimated cost to accrue (invoices for HVB and SiS often arrive late). Negative = more booked than the register gives.',
  },
  'placements.sheet.accrualNoActuals': {
    sv: 'Inget utfall är importerat: importera huvudboken för att jämföra med bokfört.',
    en: 'No actuals are imported: import the general ledger to compare with what is booked.',
  },
  'placements.sheet.accrualNoneClosed': { sv: 'Inga stängda månader i året ännu.', en: 'No closed months in the year yet.' },
  'placements.sheet.alerts': { sv: 'Signaler per {asOf} ({count})', en: 'Alerts as of {asOf} ({count})' },
  'placements.sheet.noAlerts': { sv: 'Inga signaler.', en: 'No alerts.' },
  'placements.sheet.caseKey': { sv: 'Ärende', en: 'Case' },
  'placements.sheet.alert': { sv: 'Signal', en: 'Alert' },
  'placements.sheet.date': { sv: 'Datum', en: 'Date' },
  'placements.sheet.footer': { sv: 'IFO Prognos · Placeringar {year} · per {asOf}', en: 'IFO Prognos · Placements {year} · as of {asOf}' },

  // Import
  // The import's report names each file's kind by 'import.report.kind.<kind>'; this kind's label lives here.
  'import.report.kind.placements': { sv: 'placeringsregister', en: 'placement register' },
  'placements.import.summary': {
    sv: '{count} placeringar, varav {active} pågående och {planned} planerade per {today}; {open} utan slutdatum.',
    en: '{count} placements, {active} ongoing and {planned} planned as of {today}; {open} without an end date.',
  },
  'placements.import.tooManyRows': {
    sv: 'Filen {file} har fler än {max} rader; det är inte ett placeringsregister.',
    en: 'The file {file} has more than {max} rows; that is not a placement register.',
  },
  'placements.import.refused': {
    sv: 'Placeringsregistret importerades inte: {count} fel mot arbetsbokens listor (Placeringsformer, Lagrum, Prislista). Arbetsboken är oförändrad.',
    en: 'The placement register was not imported: {count} errors against the workbook\'s lists (Placeringsformer, Lagrum, Prislista). The workbook is unchanged.',
  },

  // Command line
  'placements.cli.summary': {
    sv: 'placeringsregistrets prognos till årets slut, upplupet och signaler; skriver bladet Placeringar',
    en: 'the placement register\'s projection to year end, accrual and alerts; writes the sheet Placeringar',
  },
  'placements.cli.help': {
    sv:
      'ifo-prognos placements --workbook <bok.xlsx> --year ÅÅÅÅ [--as-of ÅÅÅÅ-MM-DD] [--inflow N] [--json]\n\n' +
      'Räknar placeringsregistret (bladet Placeringsregister) för året: kostnad, vårddygn och antal placerade per\n' +
      'månad, per placeringsform, ansvar och målgrupp; åtagande till årets slut och förväntade nya placeringar;\n' +
      'upplupet (intjänat enligt registret mot bokfört i huvudboken) per ansvar och konto; signaler (omprövning\n' +
      'inom 30 dagar eller försenad, passerat planerat slut, inget slutdatum, inga bokningar). Skriver bladet\n' +
      'Placeringar (och Prislista, Placeringsformer, Lagrum om de saknas) och sparar arbetsboken.\n' +
      'Registret läses in med `ifo-prognos import <placeringsregister.csv|xlsx> --workbook <bok.xlsx>`.\n\n' +
      '  --workbook <bok>    arbetsboken med placeringsregistret\n' +
      '  --year ÅÅÅÅ         året som räknas\n' +
      '  --as-of ÅÅÅÅ-MM-DD  per datum (standard: sista dagen i den senast importerade månaden av året);\n' +
      '                      månader som slutar senast detta datum är stängda\n' +
      '  --inflow N          nya placeringar per månad (t.ex. 0,5) i stället för registrets historik\n' +
      '  --json              skriv resultatet som JSON (belopp i öre):\n' +
      '                      {"year","asOf","monthly":[{"month","costOre","careDays","countAtMonthEnd"}],\n' +
      '                       "committedToYearEndOre","expectedNewOre","byForm":{"<form>":{"costOre","careDays"}},\n' +
      '                       "alerts":[{"caseKey","kind","date"}],\n' +
      '                       "accrual":[{"costCenter","account","earnedOre","bookedOre","unbilledOre"}]}\n' +
      '                      kind: reviewOverdue, reviewDue, pastPlannedEnd, noEndDate, noLedgerPostings\n\n' +
      'Slutkoder: 0 klart, 2 avvisat (arbetsboken orörd), 1 internt fel.',
    en:
      'ifo-prognos placements --workbook <book.xlsx> --year YYYY [--as-of YYYY-MM-DD] [--inflow N] [--json]\n\n' +
      'Computes the placement register (sheet Placeringsregister) for the year: cost, care days and number placed per\n' +
      'month, by placement form, cost centre and target group; committed cost to year end and expected new\n' +
      'placements; accrual (earned by the register vs booked in the ledger) per cost centre and account; alerts\n' +
      '(review within 30 days or overdue, past the planned end, no end date, no ledger postings). Writes the sheet\n' +
      'Placeringar (and Prislista, Placeringsformer, Lagrum when missing) and saves the workbook.\n' +
      'The register is read in with `ifo-prognos import <register.csv|xlsx> --workbook <book.xlsx>`.\n\n' +
      '  --workbook <book>   the workbook holding the placement register\n' +
      '  --year YYYY         the year computed\n' +
      '  --as-of YYYY-MM-DD  as of this date (default: the last day of the latest imported month of the year);\n' +
      '                      months ending on or before it are closed\n' +
      '  --inflow N          new placements per month (e.g. 0.5) instead of the register\'s history\n' +
      '  --json              print the result as JSON (amounts in öre):\n' +
      '                      {"year","asOf","monthly":[{"month","costOre","careDays","countAtMonthEnd"}],\n' +
      '                       "committedToYearEndOre","expectedNewOre","byForm":{"<form>":{"costOre","careDays"}},\n' +
      '                       "alerts":[{"caseKey","kind","date"}],\n' +
      '                       "accrual":[{"costCenter","account","earnedOre","bookedOre","unbilledOre"}]}\n' +
      '                      kind: reviewOverdue, reviewDue, pastPlannedEnd, noEndDate, noLedgerPostings\n\n' +
      'Exit codes: 0 done, 2 refused (workbook untouched), 1 internal error.',
  },
  'placements.cli.year': { sv: '--year ska vara ett årtal (ÅÅÅÅ), inte "{value}".', en: '--year must be a year (YYYY), not "{value}".' },
  'placements.cli.asOf': { sv: '--as-of ska vara ett datum ÅÅÅÅ-MM-DD, inte "{value}".', en: '--as-of must be a date YYYY-MM-DD, not "{value}".' },
  'placements.cli.inflow': {
    sv: '--inflow ska vara antal nya placeringar per månad (t.ex. 0,5), inte "{value}".',
    en: '--inflow must be the number of new placements per month (e.g. 0.5), not "{value}".',
  },
  'placements.cli.heading': { sv: 'Placeringar {year} per {asOf} ({closed}), {file}', en: 'Placements {year} as of {asOf} ({closed}), {file}' },
  'placements.cli.register': { sv: 'Registret: {count} placeringar, {active} pågående', en: 'Register: {count} placements, {active} ongoing' },
  'placements.cli.cost': { sv: 'Kostnad kr', en: 'Cost SEK' },
  'placements.cli.count': { sv: 'Placerade', en: 'Placed' },
  'placements.cli.booked': { sv: 'Bokfört på registrets ansvar och konton hittills', en: 'Booked on the register\'s units and accounts to date' },
  'placements.cli.unbilled': { sv: 'Ej fakturerat (upplupet)', en: 'Not yet invoiced (accrual)' },
  'placements.cli.alerts': { sv: 'Signaler: {count} ({list})', en: 'Alerts: {count} ({list})' },
  'placements.cli.written': { sv: 'Bladet "{sheet}" är skrivet i {file}.', en: 'The sheet "{sheet}" is written in {file}.' },

  // The pane's list and form
  'placements.list.perDay': { sv: '{amount} kr/dygn', en: '{amount} SEK/day' },
  'placements.list.perMonth': { sv: '{amount} kr/mån', en: '{amount} SEK/month' },
  'placements.list.expenses': { sv: '{amount} omkostnad/mån', en: '{amount} expenses/month' },
  'placements.list.extra': { sv: '{amount} extra/mån', en: '{amount} extra/month' },
  'placements.list.reference': { sv: '{price} (prislista)', en: '{price} (price list)' },
  'placements.list.ongoing': { sv: 'pågår', en: 'ongoing' },
  'placements.fromAlternative.note': {
    sv: 'Resursråd {caseKey}: valt alternativ "{alternative}", beslut {date}.',
    en: 'Resource board {caseKey}: chosen alternative "{alternative}", decided {date}.',
  },
  'placements.fromAlternative.once': {
    sv: 'Engångskostnaden {label} ({amount}) ingår inte i registrets priser.',
    en: 'The one-off cost {label} ({amount}) is not in the register\'s prices.',
  },
  'placements.fromAlternative.later': {
    sv: '{label} börjar månad {month} och ingår inte i startpriset.',
    en: '{label} starts in month {month} and is not in the starting price.',
  },

  // The task pane
  'placements.pane.title': { sv: 'Placeringar', en: 'Placements' },
  'placements.pane.lead': {
    sv: 'Placeringsregistret med prognos till årets slut. Varje ändring sparas direkt i arbetsboken (bladet Placeringsregister).',
    en: 'The placement register with its projection to year end. Every change is saved in the workbook at once (sheet Placeringsregister).',
  },
  'placements.pane.loading': { sv: 'Läser placeringsregistret …', en: 'Reading the placement register …' },
  'placements.pane.loadFailed': { sv: 'Placeringsregistret kunde inte läsas; se meddelandet ovan.', en: 'The placement register could not be read; see the message above.' },
  'placements.pane.year': { sv: 'År', en: 'Year' },
  'placements.pane.asOf': { sv: 'Per datum', en: 'As of' },
  'placements.pane.yearInvalid': { sv: 'Ange ett årtal (ÅÅÅÅ).', en: 'Enter a year (YYYY).' },
  'placements.pane.summaryTitle': { sv: 'Prognos {year} per {asOf}', en: 'Projection {year} as of {asOf}' },
  'placements.pane.summaryNone': { sv: 'Prognos', en: 'Projection' },
  'placements.pane.summaryInvalid': { sv: 'Ange år och datum för prognosen.', en: 'Enter the year and date of the projection.' },
  'placements.pane.noRegister': {
    sv: 'Arbetsboken har inget placeringsregister ännu. Lägg till en placering eller importera ett register (Importera).',
    en: 'The workbook has no placement register yet. Add a placement or import a register (Import).',
  },
  'placements.pane.earned': { sv: 'Kostnad t.o.m. {month}', en: 'Cost through {month}' },
  'placements.pane.committed': { sv: 'Åtagande resten av året', en: 'Committed, rest of the year' },
  'placements.pane.expectedNew': { sv: 'Förväntade nya placeringar', en: 'Expected new placements' },
  'placements.pane.fullYear': { sv: 'Placeringar helår {year}', en: 'Placements, year {year}' },
  'placements.pane.unbilled': { sv: 'varav ej fakturerat (upplupet)', en: 'of which not yet invoiced (accrual)' },
  'placements.pane.active': { sv: 'Pågående {asOf}', en: 'Ongoing on {asOf}' },
  'placements.pane.alerts': { sv: 'Signaler: {count}', en: 'Alerts: {count}' },
  'placements.pane.moreAlerts': { sv: '… och {count} till i bladet Placeringar.', en: '… and {count} more on the sheet Placeringar.' },
  'placements.pane.writeSheet': { sv: 'Skriv bladet Placeringar', en: 'Write the sheet Placeringar' },
  'placements.pane.writing': { sv: 'Skriver bladet Placeringar …', en: 'Writing the sheet Placeringar …' },
  'placements.pane.written': { sv: 'Bladet "{sheet}" är skrivet.', en: 'The sheet "{sheet}" is written.' },
  'placements.pane.writtenDetail': {
    sv: 'Bladet skrivs om automatiskt när du ändrar en placering här.',
    en: 'The sheet is written again automatically when you change a placement here.',
  },
  'placements.pane.register': { sv: 'Registret ({count})', en: 'Register ({count})' },
  'placements.pane.add': { sv: 'Ny placering', en: 'New placement' },
  'placements.pane.addTitle': { sv: 'Ny placering', en: 'New placement' },
  'placements.pane.editTitle': { sv: 'Ändra placering {caseKey}', en: 'Edit placement {caseKey}' },
  'placements.pane.filterUnit': { sv: 'Ansvar', en: 'Cost centre' },
  'placements.pane.allUnits': { sv: 'Alla', en: 'All' },
  'placements.pane.activeOnly': { sv: 'Bara pågående och planerade', en: 'Ongoing and planned only' },
  'placements.pane.empty': { sv: 'Inga placeringar att visa.', en: 'No placements to show.' },
  'placements.pane.status.active': { sv: 'pågår', en: 'ongoing' },
  'placements.pane.status.planned': { sv: 'planerad', en: 'planned' },
  'placements.pane.status.ended': { sv: 'avslutad', en: 'ended' },
  'placements.pane.edit': { sv: 'Ändra {caseKey}', en: 'Edit {caseKey}' },
  'placements.pane.end': { sv: 'Avsluta {caseKey}', en: 'End {caseKey}' },
  'placements.pane.nextReview': { sv: 'Nästa omprövning {date}', en: 'Next review {date}' },
  'placements.pane.prices': { sv: 'Priser (tomt = prislistans referenspris för formen)', en: 'Prices (empty = the price list\'s reference price for the form)' },
  'placements.pane.none': { sv: '(inget)', en: '(none)' },
  'placements.pane.save': { sv: 'Spara i registret', en: 'Save in the register' },
  'placements.pane.cancel': { sv: 'Avbryt', en: 'Cancel' },
  'placements.pane.saving': { sv: 'Sparar {caseKey} …', en: 'Saving {caseKey} …' },
  'placements.pane.added': { sv: 'Placeringen {caseKey} är tillagd i registret.', en: 'The placement {caseKey} is added to the register.' },
  'placements.pane.updated': { sv: 'Placeringen {caseKey} är ändrad.', en: 'The placement {caseKey} is changed.' },
  'placements.pane.endTitle': { sv: 'Avsluta placering {caseKey}', en: 'End placement {caseKey}' },
  'placements.pane.endLead': {
    sv: 'Slutdatum sätts till sista vårddygnet och nästa omprövning tas bort.',
    en: 'The end date is set to the last day of care and the next review is removed.',
  },
  'placements.pane.endDate': { sv: 'Sista vårddygn', en: 'Last day of care' },
  'placements.pane.endConfirm': { sv: 'Avsluta placeringen', en: 'End the placement' },
  'placements.pane.ending': { sv: 'Avslutar {caseKey} …', en: 'Ending {caseKey} …' },
  'placements.pane.ended': { sv: 'Placeringen {caseKey} är avslutad {date}.', en: 'The placement {caseKey} ended {date}.' },
  'placements.pane.hint.caseKey': { sv: 'Pseudonym, t.ex. BU-2026-014 – aldrig namn eller personnummer.', en: 'A pseudonym, e.g. BU-2026-014 – never a name or personal number.' },
  'placements.pane.hint.uplift': { sv: 'Årlig uppräkning, t.ex. 2,5 %', en: 'Yearly uplift, e.g. 2,5 %' },
  'placements.pane.hint.nextReview': { sv: 'Tomt = start + 6 månader, rullande', en: 'Empty = start + 6 months, rolling' },
  'placements.pane.chooseAlternative': { sv: 'Välj alternativ', en: 'Choose alternative' },
  'placements.pane.chooseLead': {
    sv: 'Nämndens beslut: lägg in det valda alternativet som placering i registret med beslutsdatum.',
    en: 'The committee\'s decision: enter the chosen alternative as a placement in the register with the decision date.',
  },
  'placements.pane.chooseWhich': { sv: 'Valt alternativ', en: 'Chosen alternative' },
  'placements.pane.decisionDate': { sv: 'Beslutsdatum', en: 'Decision date' },
  'placements.pane.chooseTitle': { sv: 'Placering enligt beslut: {alternative}', en: 'Placement as decided: {alternative}' },
  'placements.pane.chooseInvalid': { sv: 'Rätta ärendet först: alternativen måste vara giltiga.', en: 'Correct the case first: the alternatives must be valid.' },
} satisfies TextTable;

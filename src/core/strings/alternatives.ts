import type { TextTable } from './types';

/** User-facing texts for alternatives (the resource board's cost basis) and the price list. Keys are 'alternatives.<what>'. */
export const alternativesStrings = {
  // Placement forms (shared with the placement register through the price list)
  'alternatives.form.hvb': { sv: 'HVB', en: 'HVB (residential care home)' },
  'alternatives.form.sis': { sv: 'SiS ungdomshem / LVM-hem', en: 'SiS youth home / LVM home' },
  'alternatives.form.konsulentstott_familjehem': { sv: 'Konsulentstött familjehem', en: 'Agency-supported family home' },
  'alternatives.form.familjehem': { sv: 'Familjehem (eget)', en: 'Family home (own)' },
  'alternatives.form.jourhem': { sv: 'Jourhem', en: 'Emergency home' },
  'alternatives.form.stodboende': { sv: 'Stödboende', en: 'Supported housing' },
  'alternatives.form.oppenvard': { sv: 'Öppenvård / familjebehandling', en: 'Outpatient care / family therapy' },
  'alternatives.form.ovrigt': { sv: 'Övrigt', en: 'Other' },

  // Price list table
  'alternatives.priceList.invalid': {
    sv: 'Prislistan kan inte användas: {count} fel.',
    en: 'The price list cannot be used: {count} errors.',
  },
  'alternatives.priceList.name.pattern': {
    sv: 'Namnet måste börja med en liten bokstav a–z och bara innehålla a–z, siffror och _ (högst 40 tecken), t.ex. hvb_barn_dygn.',
    en: 'The name must start with a lower-case letter a–z and contain only a–z, digits and _ (at most 40 characters), e.g. hvb_barn_dygn.',
  },
  'alternatives.priceList.name.reserved': {
    sv: 'Namnet är reserverat i kostnadsuttryck; välj ett annat.',
    en: 'The name is reserved in cost expressions; choose another.',
  },
  'alternatives.priceList.name.duplicate': {
    sv: 'Namnet förekommer mer än en gång i prislistan.',
    en: 'The name occurs more than once in the price list.',
  },
  'alternatives.priceList.form': {
    sv: 'Okänd placeringsform.',
    en: 'Unknown placement form.',
  },
  'alternatives.priceList.unit': {
    sv: 'Enheten måste vara dygn, månad eller timme.',
    en: 'The unit must be dygn (day), månad (month) or timme (hour).',
  },
  'alternatives.priceList.price': {
    sv: 'Priset måste vara ett tal i kronor mellan 0 och 10 000 000.',
    en: 'The price must be a number of kronor between 0 and 10,000,000.',
  },
  'alternatives.priceList.year': { sv: 'Året måste vara ett årtal (t.ex. 2024) eller tomt.', en: 'The year must be a year (e.g. 2024) or empty.' },

  // Quantity expressions
  'alternatives.expr.at': { sv: 'tecken {position}: {message}', en: 'character {position}: {message}' },
  'alternatives.expr.tooLong': {
    sv: 'uttrycket har {length} tecken; högst {max} är tillåtet.',
    en: 'the expression has {length} characters; at most {max} are allowed.',
  },
  'alternatives.expr.empty': { sv: 'uttrycket är tomt.', en: 'the expression is empty.' },
  'alternatives.expr.assignment': {
    sv: 'tilldelning och funktionsdefinitioner (=) är inte tillåtna i kostnadsuttryck.',
    en: 'assignments and function definitions (=) are not allowed in cost expressions.',
  },
  'alternatives.expr.string': {
    sv: 'text inom citattecken är inte tillåten i kostnadsuttryck.',
    en: 'quoted text is not allowed in cost expressions.',
  },
  'alternatives.expr.matrix': { sv: 'matriser ([ ]) är inte tillåtna i kostnadsuttryck.', en: 'matrices ([ ]) are not allowed in cost expressions.' },
  'alternatives.expr.object': { sv: 'objekt ({ }) är inte tillåtna i kostnadsuttryck.', en: 'objects ({ }) are not allowed in cost expressions.' },
  'alternatives.expr.power': {
    sv: 'upphöjt till (^) är inte tillåtet; skriv multiplikationen, t.ex. 52 * 52.',
    en: 'powers (^) are not allowed; write the multiplication, e.g. 52 * 52.',
  },
  'alternatives.expr.multiple': {
    sv: 'bara ett uttryck är tillåtet (inga ; eller radbrytningar).',
    en: 'only one expression is allowed (no ; or line breaks).',
  },
  'alternatives.expr.char': {
    sv: 'tecknet "{char}" är inte tillåtet. Tillåtet: tal, + - * /, parenteser, min, max, round, ceil, floor, days och namn ur prislistan.',
    en: 'the character "{char}" is not allowed. Allowed: numbers, + - * /, parentheses, min, max, round, ceil, floor, days and price-list names.',
  },
  'alternatives.expr.operator': { sv: 'operatorn "{char}" är inte tillåten.', en: 'the operator "{char}" is not allowed.' },
  'alternatives.expr.implicit': {
    sv: 'skriv * mellan tal och namn (t.ex. 2 * days).',
    en: 'write * between numbers and names (e.g. 2 * days).',
  },
  'alternatives.expr.blocked': {
    sv: '"{name}" är spärrat i kostnadsuttryck.',
    en: '"{name}" is blocked in cost expressions.',
  },
  'alternatives.expr.notFunction': { sv: '"{name}" är inte en funktion.', en: '"{name}" is not a function.' },
  'alternatives.expr.unknownFunction': {
    sv: 'okänd funktion "{name}"; tillåtna är min, max, round, ceil och floor.',
    en: 'unknown function "{name}"; allowed are min, max, round, ceil and floor.',
  },
  'alternatives.expr.functionNotCalled': {
    sv: '"{name}" är en funktion och skrivs med parentes, t.ex. {name}(2, 3).',
    en: '"{name}" is a function and is written with parentheses, e.g. {name}(2, 3).',
  },
  'alternatives.expr.unknownName': {
    sv: 'okänt namn "{name}"; använd days (dagar i månaden) eller ett namn ur prislistan.',
    en: 'unknown name "{name}"; use days (days in the month) or a price-list name.',
  },
  'alternatives.expr.depth': { sv: 'för många nästlade parenteser (högst {max}).', en: 'too many nested parentheses (at most {max}).' },
  'alternatives.expr.unbalanced': { sv: 'parenteserna går inte ihop.', en: 'the parentheses do not match.' },
  'alternatives.expr.decimalComma': {
    sv: 'kommatecken skiljer bara argument åt, t.ex. min(2, 3); skriv decimaler med punkt (1.5).',
    en: 'commas only separate arguments, e.g. min(2, 3); write decimals with a point (1.5).',
  },
  'alternatives.expr.tooLarge': { sv: 'talet är för stort.', en: 'the number is too large.' },
  'alternatives.expr.arity': {
    sv: '{name} tar {min}–{max} argument.',
    en: '{name} takes {min}–{max} arguments.',
  },
  'alternatives.expr.node': {
    sv: 'uttrycket innehåller en otillåten konstruktion ({node}).',
    en: 'the expression contains a construct that is not allowed ({node}).',
  },
  'alternatives.expr.divisionByZero': { sv: 'uttrycket delar med noll.', en: 'the expression divides by zero.' },
  'alternatives.expr.roundDecimals': {
    sv: 'round tar som andra argument ett heltal 0–6 (antal decimaler).',
    en: 'round takes an integer 0–6 (decimals) as its second argument.',
  },
  'alternatives.expr.syntax': {
    sv: 'uttrycket är ofullständigt eller felskrivet.',
    en: 'the expression is incomplete or malformed.',
  },

  // Case validation
  'alternatives.case.invalid': {
    sv: 'Ärendet kan inte räknas: {count} fel.',
    en: 'The case cannot be computed: {count} errors.',
  },
  'alternatives.case.invalidFile': {
    sv: 'Ärendefilen {file} avvisades: {count} fel. Ingenting har skrivits.',
    en: 'The case file {file} was refused: {count} errors. Nothing has been written.',
  },
  'alternatives.field': { sv: 'fält {field}: {message}', en: 'field {field}: {message}' },
  'alternatives.field.json': { sv: 'filen är inte giltig JSON ({detail}).', en: 'the file is not valid JSON ({detail}).' },
  'alternatives.field.unknown': {
    sv: 'okänt fält (tillåtna här: {allowed}).',
    en: 'unknown field (allowed here: {allowed}).',
  },
  'alternatives.field.missing': { sv: 'saknas.', en: 'is missing.' },
  'alternatives.field.notText': { sv: 'måste vara en text.', en: 'must be a text.' },
  'alternatives.field.notObject': { sv: 'måste vara ett objekt { … }.', en: 'must be an object { … }.' },
  'alternatives.field.notArray': { sv: 'måste vara en lista [ … ].', en: 'must be a list [ … ].' },
  'alternatives.field.tooLong': { sv: 'är {length} tecken; högst {max} är tillåtet.', en: 'is {length} characters; at most {max} are allowed.' },
  'alternatives.field.notInteger': { sv: 'måste vara ett heltal.', en: 'must be an integer.' },
  'alternatives.field.range': { sv: 'måste ligga mellan {min} och {max}.', en: 'must be between {min} and {max}.' },
  'alternatives.field.unit': { sv: 'okänd enhet; tillåtna är {units}.', en: 'unknown unit; allowed are {units}.' },
  'alternatives.field.price': {
    sv: 'priset måste vara ett belopp i kronor (högst två decimaler, högst {max}) eller ett namn ur prislistan.',
    en: 'the price must be an amount in kronor (at most two decimals, at most {max}) or a price-list name.',
  },
  'alternatives.field.unknownPrice': {
    sv: 'namnet "{name}" finns inte i prislistan (till exempel: {known}).',
    en: 'the name "{name}" is not in the price list (for example: {known}).',
  },
  'alternatives.field.quantity': {
    sv: 'antalet måste vara ett tal eller ett uttryck med värde högst {max}.',
    en: 'the quantity must be a number or an expression with a value of at most {max}.',
  },
  'alternatives.field.toBeforeFrom': {
    sv: 'slutmånaden ({to}) ligger före startmånaden ({from}).',
    en: 'the last month ({to}) is before the first month ({from}).',
  },
  'alternatives.field.uplift': {
    sv: 'uppräkningen anges som andel per år mellan −{max} och {max} (0.03 = 3 %).',
    en: 'the uplift is a yearly fraction between −{max} and {max} (0.03 = 3 %).',
  },
  'alternatives.field.date': { sv: 'måste vara ett datum ÅÅÅÅ-MM-DD.', en: 'must be a date YYYY-MM-DD.' },
  'alternatives.field.period': { sv: 'måste vara en månad ÅÅÅÅ-MM.', en: 'must be a month YYYY-MM.' },
  'alternatives.field.beforeBudgetYear': {
    sv: 'första månaden ligger före budgetåret {year} (ärendets datum).',
    en: 'the first month is before the budget year {year} (the date of the case).',
  },
  'alternatives.field.tooManyAlternatives': {
    sv: 'högst {max} alternativ är tillåtna (filen har {count}).',
    en: 'at most {max} alternatives are allowed (the file has {count}).',
  },
  'alternatives.field.needBothKinds': {
    sv: 'minst ett externt alternativ och minst ett hemmaplansalternativ krävs.',
    en: 'at least one external and at least one home-based alternative are required.',
  },
  'alternatives.field.duplicateName': {
    sv: 'namnet används redan av alternatives[{other}].',
    en: 'the name is already used by alternatives[{other}].',
  },
  'alternatives.field.kind': { sv: 'måste vara "extern" eller "hemmaplan".', en: 'must be "extern" or "hemmaplan".' },
  'alternatives.field.noComponents': {
    sv: 'alternativet behöver minst en kostnadskomponent.',
    en: 'the alternative needs at least one cost component.',
  },
  'alternatives.field.tooManyComponents': { sv: 'högst {max} kostnadskomponenter per alternativ.', en: 'at most {max} cost components per alternative.' },
  'alternatives.field.probability': { sv: 'sannolikheten måste ligga mellan 0 och 1 (0.3 = 30 %).', en: 'the probability must be between 0 and 1 (0.3 = 30 %).' },
  'alternatives.field.riskSelf': {
    sv: 'alternativet "{name}" kan inte följas av sig självt.',
    en: 'the alternative "{name}" cannot be followed by itself.',
  },
  'alternatives.field.riskMissing': {
    sv: 'det finns inget alternativ som heter "{name}".',
    en: 'there is no alternative called "{name}".',
  },
  'alternatives.field.tooLarge': { sv: 'beloppet blir för stort.', en: 'the amount becomes too large.' },
  'alternatives.caseKey.empty': { sv: 'ärendenyckeln saknas.', en: 'the case key is missing.' },
  'alternatives.caseKey.tooLong': { sv: 'ärendenyckeln får vara högst {max} tecken.', en: 'the case key may be at most {max} characters.' },
  'alternatives.caseKey.chars': {
    sv: 'ärendenyckeln får bara innehålla bokstäver, siffror, - _ och . (t.ex. BU-2026-014).',
    en: 'the case key may only contain letters, digits, - _ and . (e.g. BU-2026-014).',
  },
  'alternatives.caseKey.noDigit': {
    sv: 'ärendenyckeln ska vara en pseudonym med löpnummer (t.ex. BU-2026-014), inte ett namn.',
    en: 'the case key must be a pseudonym with a running number (e.g. BU-2026-014), not a name.',
  },
  'alternatives.caseKey.personalNumber': {
    sv: 'ärendenyckeln ser ut som ett personnummer eller samordningsnummer. Använd en pseudonym (t.ex. BU-2026-014).',
    en: 'the case key looks like a personal identity or coordination number. Use a pseudonym (e.g. BU-2026-014).',
  },
  'alternatives.caseKey.name': {
    sv: 'ärendenyckeln ser ut som ett personnamn. Använd en pseudonym (t.ex. BU-2026-014).',
    en: 'the case key looks like a personal name. Use a pseudonym (e.g. BU-2026-014).',
  },
  'alternatives.defaultBoard': { sv: 'Resursrådet', en: 'The resource board' },

  // Sensitivity
  'alternatives.sensitivity.priceName': { sv: 'Pris {name}', en: 'Price {name}' },
  'alternatives.sensitivity.ownPrice': { sv: '{alternative}: {label}', en: '{alternative}: {label}' },
  'alternatives.sensitivity.duration': { sv: 'Placeringens längd', en: 'Duration of the placement' },

  // Units and kinds as shown
  'alternatives.unit.dygn': { sv: 'dygn', en: 'day' },
  'alternatives.unit.månad': { sv: 'månad', en: 'month' },
  'alternatives.unit.timme': { sv: 'timme', en: 'hour' },
  'alternatives.unit.vecka': { sv: 'vecka', en: 'week' },
  'alternatives.unit.engång': { sv: 'engång', en: 'one-off' },
  'alternatives.kind.extern': { sv: 'Extern placering', en: 'External placement' },
  'alternatives.kind.hemmaplan': { sv: 'Hemmaplanslösning', en: 'Home-based option' },

  // The sheet "Kostnadsunderlag <case key>"
  'alternatives.sheet.title': { sv: 'Kostnadsunderlag – placeringsalternativ', en: 'Cost basis – placement alternatives' },
  'alternatives.sheet.subtitle': {
    sv: 'Underlag till nämnden: skäl till extern placering och alternativ med kostnadsunderlag (inga personuppgifter).',
    en: 'For the committee: reason for an external placement and alternatives with their cost basis (no personal data).',
  },
  'alternatives.sheet.caseKey': { sv: 'Ärende', en: 'Case' },
  'alternatives.sheet.date': { sv: 'Datum', en: 'Date' },
  'alternatives.sheet.targetGroup': { sv: 'Målgrupp', en: 'Target group' },
  'alternatives.sheet.board': { sv: 'Framtaget av', en: 'Prepared by' },
  'alternatives.sheet.period': { sv: 'Beräkningsperiod', en: 'Period' },
  'alternatives.sheet.periodValue': {
    sv: '{from} – {to} ({months} månader); budgetår {year}',
    en: '{from} – {to} ({months} months); budget year {year}',
  },
  'alternatives.sheet.reason': { sv: 'Skäl till extern placering', en: 'Reason for an external placement' },
  'alternatives.sheet.alternatives': { sv: 'Alternativ', en: 'Alternative' },
  'alternatives.sheet.kind': { sv: 'Typ', en: 'Kind' },
  'alternatives.sheet.notes': { sv: 'Kvalitet och lämplighet', en: 'Quality and fit' },
  'alternatives.sheet.components': { sv: 'Kostnadskomponenter', en: 'Cost components' },
  'alternatives.sheet.component.once': { sv: 'engång mån {month}', en: 'once in month {month}' },
  'alternatives.sheet.component.months': { sv: 'mån {from}–{to}', en: 'months {from}–{to}' },
  'alternatives.sheet.component.uplift': { sv: '+{percent}/år', en: '+{percent}/year' },
  'alternatives.sheet.total': { sv: 'Total kostnad, {months} mån', en: 'Total cost, {months} months' },
  'alternatives.sheet.currentYear': { sv: 'varav budgetår {year}', en: 'of which budget year {year}' },
  'alternatives.sheet.later': { sv: 'varav senare år', en: 'of which later years' },
  'alternatives.sheet.diff': { sv: 'Skillnad mot billigaste', en: 'Difference to the cheapest' },
  'alternatives.sheet.risk': { sv: 'Risk för sammanbrott', en: 'Risk of breakdown' },
  'alternatives.sheet.riskValue': {
    sv: '{percent} risk efter mån {month}, följs av {then} (då {scenario})',
    en: '{percent} risk after month {month}, followed by {then} (then {scenario})',
  },
  'alternatives.sheet.expected': { sv: 'Förväntad kostnad med risk', en: 'Expected cost under risk' },
  'alternatives.sheet.breakEven': { sv: 'Break-even (ackumulerat)', en: 'Break-even (cumulative)' },
  'alternatives.sheet.breakEvenAt': { sv: 'mot {other}: mån {month} ({period})', en: 'vs {other}: month {month} ({period})' },
  'alternatives.sheet.breakEvenNever': { sv: 'mot {other}: korsas inte', en: 'vs {other}: no crossing' },
  'alternatives.sheet.sensitivity': {
    sv: 'Känslighetsanalys – förändring av total kostnad',
    en: 'Sensitivity – change of the total cost',
  },
  'alternatives.sheet.sensitivityChange': { sv: 'Om … ändras', en: 'If … changes' },
  'alternatives.sheet.months': { sv: '{sign}{months} mån', en: '{sign}{months} months' },
  'alternatives.sheet.percentChange': { sv: '{sign}{percent} %', en: '{sign}{percent} %' },
  'alternatives.sheet.footnote': {
    sv: 'Belopp i kronor. Kostnad per komponent och månad avrundad till hela öre; dygnspriser gånger kalenderdagar. Uppräkning från varje 1 januari efter första månaden. Förväntad kostnad = (1 − p) × egen kostnad + p × (egen kostnad till sammanbrottet + följande alternativ därefter). Priser ur bladet Prislista (källa och år där).',
    en: 'Amounts in kronor. Cost per component and month rounded to whole öre; daily prices times calendar days. Uplift from each 1 January after the first month. Expected cost = (1 − p) × own cost + p × (own cost until the breakdown + the following alternative after it). Prices from the sheet Prislista (source and year there).',
  },
  'alternatives.sheet.cumulativeTitle': { sv: 'Ackumulerad kostnad (kr)', en: 'Cumulative cost (SEK)' },
  'alternatives.sheet.cumulativeTitleQuarterly': {
    sv: 'Ackumulerad kostnad (kr), var tredje månad',
    en: 'Cumulative cost (SEK), every third month',
  },
  'alternatives.sheet.month': { sv: 'Månad', en: 'Month' },
  'alternatives.sheet.chartTitle': { sv: 'Ackumulerad kostnad per alternativ', en: 'Cumulative cost per alternative' },
  'alternatives.sheet.chartAxis': { sv: 'kr', en: 'SEK' },
  'alternatives.sheet.printFooter': { sv: 'Kostnadsunderlag {key}', en: 'Cost basis {key}' },

  // The command line: ifo-prognos compare
  'alternatives.cli.summary': {
    sv: 'jämför placeringsalternativ för resursrådet (kostnadsunderlag till nämnden)',
    en: 'compare placement alternatives for the resource board (cost basis for the committee)',
  },
  'alternatives.cli.help': {
    sv: 'ifo-prognos compare --case <ärende.json> [--workbook <bok.xlsx>] [--json]\n\nRäknar kostnaden för ärendets alternativ (per månad, ackumulerat, budgetår, förväntat med risk, break-even, känslighet).\n  --case      ärendefilen (JSON)\n  --workbook  skriv bladet "Kostnadsunderlag <ärende>" och spara ärendet i arbetsboken (skapas om den saknas);\n              arbetsbokens Prislista används om den finns\n  --json      skriv resultatet som JSON\nEn felaktig ärendefil avvisas med slutkod 2 och ett meddelande som namnger fältet; arbetsboken lämnas orörd.',
    en: 'ifo-prognos compare --case <case.json> [--workbook <book.xlsx>] [--json]\n\nComputes the cost of the case\'s alternatives (per month, cumulative, budget year, expected under risk, break-even, sensitivity).\n  --case      the case file (JSON)\n  --workbook  write the sheet "Kostnadsunderlag <case>" and store the case in the workbook (created when missing);\n              the workbook\'s Prislista is used when present\n  --json      print the result as JSON\nA bad case file is refused with exit code 2 and a message naming the field; the workbook is left untouched.',
  },
  'alternatives.cli.caseUnreadable': {
    sv: 'Ärendefilen {file} kunde inte läsas: {message}',
    en: 'The case file {file} could not be read: {message}',
  },
  'alternatives.cli.heading': {
    sv: 'Kostnadsunderlag {key}: {from} – {to} ({months} mån)',
    en: 'Cost basis {key}: {from} – {to} ({months} months)',
  },
  'alternatives.cli.alternative': { sv: 'Alternativ', en: 'Alternative' },
  'alternatives.cli.total': { sv: 'Totalt', en: 'Total' },
  'alternatives.cli.currentYear': { sv: 'Budgetår {year}', en: 'Budget year {year}' },
  'alternatives.cli.expected': { sv: 'Förväntat (risk)', en: 'Expected (risk)' },
  'alternatives.cli.cheapest': { sv: 'Billigast: {name}', en: 'Cheapest: {name}' },
  'alternatives.cli.breakEvenAt': { sv: 'Break-even {a} / {b}: mån {month} ({period})', en: 'Break-even {a} / {b}: month {month} ({period})' },
  'alternatives.cli.breakEvenNever': { sv: 'Break-even {a} / {b}: korsas inte', en: 'Break-even {a} / {b}: no crossing' },
  'alternatives.cli.masked': {
    sv: '{count} personnummer maskerades i fritexten.',
    en: '{count} personal identity numbers were masked in the free text.',
  },
  'alternatives.cli.wrote': { sv: 'Skrev bladet "{sheet}" i {file}.', en: 'Wrote the sheet "{sheet}" in {file}.' },

  // The task pane view "Resursråd"
  'alternatives.pane.title': { sv: 'Resursråd', en: 'Resource board' },
  'alternatives.pane.lead': {
    sv: 'Bygg ärendets placeringsalternativ – minst ett externt och ett på hemmaplan – och se kostnaden direkt. "Skriv kostnadsunderlag" skriver bladet till nämnden och sparar ärendet i arbetsboken.',
    en: 'Build the placement alternatives of the case – at least one external and one home-based – and see the cost at once. "Write cost basis" writes the sheet for the committee and stores the case in the workbook.',
  },
  'alternatives.pane.stored': { sv: 'Sparade ärenden', en: 'Stored cases' },
  'alternatives.pane.storedPlaceholder': { sv: 'Välj ett ärende', en: 'Choose a case' },
  'alternatives.pane.reopen': { sv: 'Öppna', en: 'Open' },
  'alternatives.pane.reopened': { sv: 'Ärendet {key} är öppnat.', en: 'The case {key} is open.' },
  'alternatives.pane.caseHeading': { sv: 'Ärende', en: 'Case' },
  'alternatives.pane.caseKey': { sv: 'Ärendenyckel', en: 'Case key' },
  'alternatives.pane.caseKeyHint': { sv: 'Pseudonym, t.ex. BU-2026-014 – aldrig namn eller personnummer.', en: 'A pseudonym, e.g. BU-2026-014 – never a name or personal number.' },
  'alternatives.pane.date': { sv: 'Datum', en: 'Date' },
  'alternatives.pane.targetGroup': { sv: 'Målgrupp', en: 'Target group' },
  'alternatives.pane.firstMonth': { sv: 'Första månad', en: 'First month' },
  'alternatives.pane.horizon': { sv: 'Antal månader (1–36)', en: 'Months (1–36)' },
  'alternatives.pane.reason': { sv: 'Skäl till extern placering', en: 'Reason for an external placement' },
  'alternatives.pane.reasonHint': { sv: 'Personnummer maskeras automatiskt.', en: 'Personal numbers are masked automatically.' },
  'alternatives.pane.alternative': { sv: 'Alternativ {number}', en: 'Alternative {number}' },
  'alternatives.pane.removeAlternative': { sv: 'Ta bort alternativet {name}', en: 'Remove the alternative {name}' },
  'alternatives.pane.addAlternative': { sv: 'Lägg till alternativ', en: 'Add an alternative' },
  'alternatives.pane.name': { sv: 'Namn', en: 'Name' },
  'alternatives.pane.kind': { sv: 'Typ', en: 'Kind' },
  'alternatives.pane.notes': { sv: 'Kvalitet och lämplighet', en: 'Quality and fit' },
  'alternatives.pane.newComponent': { sv: 'Kostnad', en: 'Cost' },
  'alternatives.pane.addComponent': { sv: 'Lägg till kostnad', en: 'Add a cost' },
  'alternatives.pane.removeComponent': { sv: 'Ta bort kostnaden', en: 'Remove the cost' },
  'alternatives.pane.label': { sv: 'Benämning', en: 'Label' },
  'alternatives.pane.unit': { sv: 'Enhet', en: 'Unit' },
  'alternatives.pane.price': { sv: 'Pris', en: 'Price' },
  'alternatives.pane.priceHint': { sv: 'Välj ur prislistan eller skriv ett belopp i kronor.', en: 'Choose from the price list or type an amount in kronor.' },
  'alternatives.pane.quantity': { sv: 'Antal', en: 'Quantity' },
  'alternatives.pane.quantityHint': {
    sv: 'Tal eller uttryck, t.ex. 6 * 52 / 12; days = dagar i månaden.',
    en: 'A number or an expression, e.g. 6 * 52 / 12; days = days in the month.',
  },
  'alternatives.pane.uplift': { sv: 'Uppräkning per år', en: 'Yearly uplift' },
  'alternatives.pane.from': { sv: 'Från månad', en: 'From month' },
  'alternatives.pane.to': { sv: 'Till månad', en: 'To month' },
  'alternatives.pane.toPlaceholder': { sv: 'sista', en: 'last' },
  'alternatives.pane.risk': { sv: 'Risk för sammanbrott', en: 'Risk of breakdown' },
  'alternatives.pane.riskProbability': { sv: 'Sannolikhet', en: 'Probability' },
  'alternatives.pane.riskAfter': { sv: 'Efter månad', en: 'After month' },
  'alternatives.pane.riskThen': { sv: 'Följs av', en: 'Followed by' },
  'alternatives.pane.total': { sv: 'Totalt, {months} mån', en: 'Total, {months} months' },
  'alternatives.pane.expected': { sv: 'Förväntat med risk', en: 'Expected under risk' },
  'alternatives.pane.noTotalsShort': { sv: 'Rätta de markerade fälten för att se kostnaden.', en: 'Correct the marked fields to see the cost.' },
  'alternatives.pane.summary': { sv: 'Jämförelse', en: 'Comparison' },
  'alternatives.pane.cheapest': { sv: 'Billigast över perioden: {name}', en: 'Cheapest over the period: {name}' },
  'alternatives.pane.breakEvenAt': { sv: 'Break-even {a} / {b}: månad {month}', en: 'Break-even {a} / {b}: month {month}' },
  'alternatives.pane.noTotals': { sv: 'Ingen jämförelse ännu: rätta de markerade fälten.', en: 'No comparison yet: correct the marked fields.' },
  'alternatives.pane.write': { sv: 'Skriv kostnadsunderlag', en: 'Write cost basis' },
  'alternatives.pane.writing': { sv: 'Skriver {sheet}', en: 'Writing {sheet}' },
  'alternatives.pane.written': { sv: 'Bladet "{sheet}" är skrivet.', en: 'The sheet "{sheet}" has been written.' },
  'alternatives.pane.writtenDetail': {
    sv: 'Ärendet är sparat i arbetsboken och kan öppnas igen här. Bladet skrivs ut på en A4-sida i liggande format.',
    en: 'The case is stored in the workbook and can be opened again here. The sheet prints on one A4 landscape page.',
  },
  'alternatives.pane.ready': { sv: 'Klart att skriva', en: 'Ready to write' },
  'alternatives.pane.issueCount': { sv: '{count} fel att rätta', en: '{count} errors to correct' },
} satisfies TextTable;

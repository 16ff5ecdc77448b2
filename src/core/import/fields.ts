/** The fields each kind of extract may hold, with the header names they are recognised by. */
import type { FieldDef } from './columns';

// ---------------------------------------------------------------------------------------------------------
// Shared dimensions

export const COST_CENTER_FIELD: FieldDef = {
  id: 'costCenter',
  aliases: ['ansvar', 'kostnadsställe'],
  synonyms: [
    'Ansvar', 'Ansvarsställe', 'Ansvarsstalle', 'Ansvar kod', 'Ansvarskod', 'Ansvarsenhet', 'Kst', 'Kostnadsställe',
    'Kostnadsstalle', 'Enhet', 'Förvaltning', 'Cost center', 'Cost centre', 'Costcenter', 'Responsibility',
  ],
};

export const ACCOUNT_FIELD: FieldDef = {
  id: 'account',
  aliases: ['konto'],
  synonyms: ['Konto', 'Kontonr', 'Konto nr', 'Kontonummer', 'Konto kod', 'Kontokod', 'Account', 'Account no', 'Account number'],
};

export const ACTIVITY_FIELD: FieldDef = {
  id: 'activity',
  aliases: ['verksamhet'],
  synonyms: ['Verksamhet', 'Vht', 'Verks', 'Verksamhetskod', 'Verksamhet kod', 'Activity'],
};

export const PERIOD_FIELD: FieldDef = {
  id: 'period',
  aliases: ['period', 'datum'],
  synonyms: [
    'Period', 'Bokf.period', 'Bokföringsperiod', 'Bokf period', 'Redovisningsperiod', 'Månad', 'Datum',
    'Bokföringsdatum', 'Bokf.datum', 'Verifikationsdatum', 'Transaktionsdatum', 'Date', 'Posting date', 'Month',
  ],
};

// ---------------------------------------------------------------------------------------------------------
// Ledger (huvudbok)

export const LEDGER_FIELDS: readonly FieldDef[] = [
  {
    id: 'amount',
    aliases: ['belopp', 'utfall'],
    synonyms: ['Belopp', 'Utfall', 'Belopp SEK', 'Belopp kr', 'Belopp exkl moms', 'Belopp exkl. moms', 'Amount', 'Summa', 'Saldo', 'Value'],
    required: true,
  },
  { ...ACCOUNT_FIELD, required: true },
  { ...COST_CENTER_FIELD, required: true },
  ACTIVITY_FIELD,
  PERIOD_FIELD,
  {
    id: 'text',
    aliases: ['text'],
    synonyms: ['Text', 'Verifikationstext', 'Kontotext', 'Benämning', 'Beskrivning', 'Transaktionstext', 'Description'],
  },
  { id: 'subActivity', aliases: ['aktivitet'], synonyms: ['Aktivitet', 'Akt', 'Aktivitetskod', 'Task'] },
  { id: 'project', aliases: ['projekt'], synonyms: ['Projekt', 'Proj', 'Projektnr', 'Project'] },
  { id: 'object', aliases: ['objekt'], synonyms: ['Objekt', 'Obj', 'Objektnr', 'Object'] },
  { id: 'counterparty', aliases: ['motpart'], synonyms: ['Motpart', 'Motpartskod', 'Mp', 'Counterparty'] },
  { id: 'supplier', aliases: ['leverantör', 'leverantor'], synonyms: ['Leverantör', 'Leverantörsnamn', 'Lev namn', 'Supplier', 'Vendor'] },
  {
    id: 'invoiceNumber',
    aliases: ['fakturanummer'],
    synonyms: ['Fakturanummer', 'Fakturanr', 'Faktura nr', 'Fakt nr', 'Faktnr', 'Fakturareferens', 'Invoice', 'Invoice no', 'Invoice number'],
  },
];

/** Dimensions that may be kept in the aggregate besides period × cost centre × account × activity. */
export const OPTIONAL_DIMENSIONS = ['subActivity', 'project', 'object', 'counterparty'] as const;
export type OptionalDimension = (typeof OPTIONAL_DIMENSIONS)[number];

/** Fields whose values are codes (possibly "code name"). */
export const CODE_FIELDS = ['costCenter', 'account', 'activity', ...OPTIONAL_DIMENSIONS] as const;

/** Dimension names as stored in the code-names table. */
export const DIMENSION_LABELS: Record<string, string> = {
  costCenter: 'Ansvar',
  account: 'Konto',
  activity: 'Verksamhet',
  subActivity: 'Aktivitet',
  project: 'Projekt',
  object: 'Objekt',
  counterparty: 'Motpart',
};

// ---------------------------------------------------------------------------------------------------------
// Follow-up extract (Stratsys-style)

export const COST_LINE_FIELD: FieldDef = {
  id: 'costLine',
  aliases: ['kostnadsslag'],
  synonyms: ['Kostnadsslag', 'Kostnads-/intäktsslag', 'Kostnads och intäktsslag', 'Intäkts-/kostnadsslag', 'Rad', 'Post', 'Cost line', 'Line'],
};

export const FOLLOWUP_FIELDS: readonly FieldDef[] = [
  { ...COST_CENTER_FIELD, synonyms: [...COST_CENTER_FIELD.synonyms, 'Enhet/ansvar', 'Organisation', 'Verksamhetsområde'], required: true },
  { id: 'costCenterName', aliases: ['benämning', 'namn'], synonyms: ['Benämning', 'Namn', 'Enhetsnamn', 'Ansvarsnamn', 'Name'] },
  COST_LINE_FIELD,
  {
    id: 'budgetYear',
    aliases: ['årsbudget', 'budget'],
    synonyms: ['Budget helår', 'Årsbudget', 'Budget år', 'Helårsbudget', 'Budget', 'Budget totalt', 'Annual budget', 'Budget year'],
  },
  {
    id: 'budgetToDate',
    aliases: ['budget ack'],
    synonyms: [
      'Budget ack', 'Budget ack.', 'Budget ackumulerat', 'Ackumulerad budget', 'Budget t.o.m. period', 'Budget tom period',
      'Budget hittills', 'Periodiserad budget', 'Periodiserad budget ack', 'Budget to date', 'Budget YTD',
    ],
  },
  {
    id: 'actualPeriod',
    aliases: ['utfall period'],
    synonyms: ['Utfall period', 'Utfall månad', 'Periodens utfall', 'Månadens utfall', 'Utfall perioden', 'Actual period', 'Actual month'],
  },
  {
    id: 'actualToDate',
    aliases: ['utfall ack'],
    synonyms: [
      'Utfall ack', 'Utfall ack.', 'Utfall ackumulerat', 'Ackumulerat utfall', 'Utfall t.o.m. period', 'Utfall tom period',
      'Utfall hittills', 'Utfall', 'Actual to date', 'Actual YTD',
    ],
  },
  {
    id: 'variance',
    aliases: ['avvikelse'],
    synonyms: ['Avvikelse', 'Avvikelse ack', 'Avvikelse ack.', 'Budgetavvikelse', 'Avvikelse mot budget', 'Variance'],
  },
  {
    id: 'earlierForecast',
    aliases: ['prognos'],
    synonyms: [
      'Prognos', 'Tidigare prognos', 'Föregående prognos', 'Helårsprognos', 'Prognos helår', 'Årsprognos', 'Senaste prognos',
      'Prognos föregående månad', 'Forecast', 'Previous forecast',
    ],
  },
  {
    id: 'forecastVariance',
    aliases: ['prognosavvikelse'],
    synonyms: ['Prognosavvikelse', 'Avvikelse prognos', 'Avvikelse helår', 'Prognostiserad avvikelse', 'Forecast variance'],
  },
  { id: 'comment', aliases: ['kommentar'], synonyms: ['Kommentar', 'Kommentarer', 'Analys', 'Kommentar/analys', 'Comment', 'Comments'] },
  PERIOD_FIELD,
];

/** Fields that only a follow-up extract has (used to tell it from a plain budget table). */
export const FOLLOWUP_ONLY = ['budgetToDate', 'actualPeriod', 'actualToDate', 'variance', 'earlierForecast', 'comment', 'forecastVariance'];

// ---------------------------------------------------------------------------------------------------------
// Plain budget table

export const BUDGET_FIELDS: readonly FieldDef[] = [
  { ...COST_CENTER_FIELD, required: true },
  COST_LINE_FIELD,
  ACCOUNT_FIELD,
  { id: 'year', aliases: ['år'], synonyms: ['År', 'Budgetår', 'Year', 'Ar'] },
  {
    id: 'annual',
    aliases: ['helår', 'belopp'],
    synonyms: ['Budget', 'Årsbudget', 'Budget helår', 'Helår', 'Belopp', 'Budgetbelopp', 'Helårsbudget', 'Totalt', 'Annual', 'Amount'],
  },
  { id: 'profile', aliases: ['periodisering', 'profil'], synonyms: ['Periodisering', 'Periodiseringsprofil', 'Profil', 'Fördelning', 'Phasing', 'Profile'] },
];

// ---------------------------------------------------------------------------------------------------------
// Structure: the organisation (cost centre → unit, area) and the account map (account range → cost line)

export const ORGANISATION_FIELDS: readonly FieldDef[] = [
  {
    id: 'costCenter',
    aliases: ['ansvar', 'kostnadsställe'],
    // Not "Enhet": in an organisation file that is the unit a cost centre belongs to.
    synonyms: ['Ansvar', 'Ansvarsställe', 'Ansvarsstalle', 'Ansvarskod', 'Ansvar kod', 'Kst', 'Kostnadsställe', 'Kostnadsstalle', 'Cost center', 'Cost centre', 'Responsibility'],
    required: true,
  },
  { id: 'name', aliases: ['benämning', 'namn'], synonyms: ['Benämning', 'Namn', 'Ansvarsnamn', 'Ansvar namn', 'Ansvarsbenämning', 'Name'] },
  { id: 'unit', aliases: ['enhet'], synonyms: ['Enhet', 'Enhetsnamn', 'Organisatorisk enhet', 'Unit'] },
  { id: 'area', aliases: ['område', 'omrade'], synonyms: ['Område', 'Verksamhetsområde', 'Avdelning', 'Sektion', 'Area'] },
  ACTIVITY_FIELD,
];

export const ACCOUNT_MAP_FIELDS: readonly FieldDef[] = [
  {
    id: 'from',
    aliases: ['konto från', 'från'],
    synonyms: ['Konto från', 'Från konto', 'Från', 'Konto fr o m', 'Konto fr.o.m.', 'Fr o m konto', 'Kontoprefix', 'Konto', 'Account from', 'From account', 'From'],
    required: true,
  },
  { id: 'to', aliases: ['konto till', 'till'], synonyms: ['Konto till', 'Till konto', 'Till', 'Konto t o m', 'Konto t.o.m.', 'T o m konto', 'Account to', 'To account', 'To'] },
  { ...COST_LINE_FIELD, required: true },
  { id: 'note', aliases: ['anmärkning'], synonyms: ['Anmärkning', 'Anmarkning', 'Kommentar', 'Beskrivning', 'Not', 'Note', 'Comment'] },
];

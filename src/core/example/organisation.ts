/**
 * Exempelkommun's IFO organisation (cost centres = ansvar) and chart of accounts, with the cost lines
 * (kostnadsslag) the budget and the follow-up report use. Invented, but shaped like a mid-sized Swedish
 * municipality's individ- och familjeomsorg (about 30 000 inhabitants).
 */

export type ExampleArea = 'Barn och unga' | 'Vuxen' | 'Ekonomiskt bistånd' | 'Familjerätt' | 'Ledning';

export interface ExampleCostCenter {
  /** Ansvar, 5 digits. */
  code: string;
  /** Benämning. */
  name: string;
  /** Enhet: the organisational unit (one unit may hold several ansvar). */
  unit: string;
  /** Område. */
  area: ExampleArea;
  /** Verksamhet: RS activity code (559, 569, 571, 575, 585; 500 = IFO gemensamt). */
  activity: string;
  /** Staff (årsarbetare) and their average monthly salary in kronor, previous-year level. */
  staff: number;
  salaryKr: number;
  /** Premises per month in kronor (rent), previous-year level; 0 = no premises of its own. */
  rentKr: number;
}

/** The cost lines of the budget and the follow-up report, in report order. */
export const COST_LINES = [
  'Intäkter',
  'Personal',
  'Köpt vård institution barn och unga',
  'Familjehemsvård',
  'Köpt vård vuxna',
  'Ekonomiskt bistånd',
  'Lokaler',
  'Övriga kostnader',
] as const;
export type ExampleCostLine = (typeof COST_LINES)[number];

/** Cost lines that are bought care (placements). */
export const PLACEMENT_COST_LINES: readonly ExampleCostLine[] = [
  'Köpt vård institution barn och unga',
  'Familjehemsvård',
  'Köpt vård vuxna',
];

export const COST_CENTERS: readonly ExampleCostCenter[] = [
  { code: '51000', name: 'IFO ledning', unit: 'IFO ledning', area: 'Ledning', activity: '500', staff: 3, salaryKr: 61_500, rentKr: 16_000 },
  { code: '51010', name: 'IFO administration', unit: 'IFO ledning', area: 'Ledning', activity: '500', staff: 4, salaryKr: 33_800, rentKr: 14_000 },
  { code: '52100', name: 'Barn och unga mottagning och utredning', unit: 'Barn och unga utredning', area: 'Barn och unga', activity: '569', staff: 17, salaryKr: 42_600, rentKr: 58_000 },
  { code: '52110', name: 'Placeringar barn och unga', unit: 'Barn och unga placering', area: 'Barn och unga', activity: '569', staff: 4, salaryKr: 43_400, rentKr: 14_000 },
  { code: '52120', name: 'Familjehemsvård', unit: 'Familjehemsenheten', area: 'Barn och unga', activity: '569', staff: 6, salaryKr: 42_100, rentKr: 21_000 },
  { code: '52130', name: 'Öppenvård barn och familj', unit: 'Öppenvård barn och familj', area: 'Barn och unga', activity: '569', staff: 9, salaryKr: 40_200, rentKr: 36_000 },
  { code: '52140', name: 'Stödboende unga', unit: 'Barn och unga placering', area: 'Barn och unga', activity: '569', staff: 2, salaryKr: 35_400, rentKr: 0 },
  { code: '53100', name: 'Vuxen missbruk utredning', unit: 'Vuxenenheten', area: 'Vuxen', activity: '559', staff: 6, salaryKr: 42_000, rentKr: 22_000 },
  { code: '53110', name: 'Placeringar vuxna missbruk', unit: 'Vuxenenheten', area: 'Vuxen', activity: '559', staff: 0, salaryKr: 0, rentKr: 0 },
  { code: '53120', name: 'Öppenvård vuxna missbruk', unit: 'Öppenvård vuxna', area: 'Vuxen', activity: '559', staff: 5, salaryKr: 39_600, rentKr: 19_000 },
  { code: '53200', name: 'Våld i nära relationer', unit: 'Vuxenenheten', area: 'Vuxen', activity: '571', staff: 2, salaryKr: 41_200, rentKr: 8_000 },
  { code: '53210', name: 'Boendestöd vuxna', unit: 'Öppenvård vuxna', area: 'Vuxen', activity: '571', staff: 4, salaryKr: 35_900, rentKr: 12_000 },
  { code: '54100', name: 'Ekonomiskt bistånd handläggning', unit: 'Försörjningsstöd', area: 'Ekonomiskt bistånd', activity: '575', staff: 12, salaryKr: 40_400, rentKr: 41_000 },
  { code: '54110', name: 'Försörjningsstöd utbetalningar', unit: 'Försörjningsstöd', area: 'Ekonomiskt bistånd', activity: '575', staff: 0, salaryKr: 0, rentKr: 0 },
  { code: '54120', name: 'Budget- och skuldrådgivning', unit: 'Försörjningsstöd', area: 'Ekonomiskt bistånd', activity: '575', staff: 2, salaryKr: 39_100, rentKr: 7_000 },
  { code: '55100', name: 'Familjerätt', unit: 'Familjerätt och familjerådgivning', area: 'Familjerätt', activity: '585', staff: 4, salaryKr: 44_200, rentKr: 13_000 },
  { code: '55110', name: 'Familjerådgivning', unit: 'Familjerätt och familjerådgivning', area: 'Familjerätt', activity: '585', staff: 2, salaryKr: 43_100, rentKr: 9_000 },
];

export function costCenter(code: string): ExampleCostCenter {
  const c = COST_CENTERS.find((x) => x.code === code);
  if (!c) throw new RangeError(`unknown example cost centre ${code}`);
  return c;
}

/** Units in report order (the order of their first cost centre). */
export function units(): string[] {
  const out: string[] = [];
  for (const c of COST_CENTERS) if (!out.includes(c.unit)) out.push(c.unit);
  return out;
}

export interface ExampleAccount {
  code: string;
  name: string;
  costLine: ExampleCostLine;
}

function acc(code: string, name: string, costLine: ExampleCostLine): ExampleAccount {
  return { code, name, costLine };
}

/**
 * Every account the example ledger uses, with its cost line. Follows the agreed map:
 * 4631x köpt vård institution barn och unga (HVB, SiS) · 4632x konsulentstödda familjehem · 4533x egna familjehem ·
 * 4634x jourhem · 4633x HVB vuxna, LVM-hem · 4635x stödboende (46351, barn och unga) and skyddat boende
 * (46352, vuxna) · 452xx ekonomiskt bistånd · 61xxx/62xxx lokaler · 3xxxx intäkter · 5xxxx personal ·
 * other 4xxxx/6xxxx/7xxxx övriga kostnader.
 */
export const ACCOUNTS: readonly ExampleAccount[] = [
  acc('33410', 'Egenavgifter placeringar', 'Intäkter'),
  acc('36110', 'Statsbidrag', 'Intäkter'),
  acc('38210', 'Återbetalt ekonomiskt bistånd', 'Intäkter'),
  acc('34910', 'Ersättning för tjänster', 'Intäkter'),
  acc('44210', 'Förbrukningsmaterial', 'Övriga kostnader'),
  acc('45201', 'Försörjningsstöd', 'Ekonomiskt bistånd'),
  acc('45202', 'Bistånd boende', 'Ekonomiskt bistånd'),
  acc('45203', 'Bistånd övrigt och nödbistånd', 'Ekonomiskt bistånd'),
  acc('45331', 'Arvode och omkostnad egna familjehem', 'Familjehemsvård'),
  acc('45410', 'Kontaktpersoner och kontaktfamiljer', 'Övriga kostnader'),
  acc('46311', 'Köp HVB barn och unga', 'Köpt vård institution barn och unga'),
  acc('46312', 'Köp SiS ungdomshem', 'Köpt vård institution barn och unga'),
  acc('46321', 'Köp konsulentstödda familjehem', 'Familjehemsvård'),
  acc('46331', 'Köp HVB vuxna', 'Köpt vård vuxna'),
  acc('46332', 'Köp LVM-hem', 'Köpt vård vuxna'),
  acc('46341', 'Kontrakterade jourhem', 'Familjehemsvård'),
  acc('46351', 'Köp stödboende', 'Köpt vård institution barn och unga'),
  acc('46352', 'Köp skyddat boende', 'Köpt vård vuxna'),
  acc('46410', 'Köp öppenvård', 'Övriga kostnader'),
  acc('46950', 'Inhyrd personal', 'Övriga kostnader'),
  acc('51110', 'Månadslön', 'Personal'),
  acc('51310', 'Timlön vikarier', 'Personal'),
  acc('52910', 'Förändring semesterlöneskuld', 'Personal'),
  acc('57110', 'Lagstadgade arbetsgivaravgifter', 'Personal'),
  acc('57210', 'Avtalsenliga avgifter och pension', 'Personal'),
  acc('61110', 'Lokalhyra', 'Lokaler'),
  acc('61410', 'El och uppvärmning', 'Lokaler'),
  acc('62120', 'Städning lokaler', 'Lokaler'),
  acc('64110', 'Kontorsmaterial', 'Övriga kostnader'),
  acc('64610', 'Telefoni', 'Övriga kostnader'),
  acc('65410', 'IT-tjänster och licenser', 'Övriga kostnader'),
  acc('65810', 'Kurser och konferenser', 'Övriga kostnader'),
  acc('69110', 'Tolktjänster', 'Övriga kostnader'),
  acc('71310', 'Resekostnader', 'Övriga kostnader'),
];

export function account(code: string): ExampleAccount {
  const a = ACCOUNTS.find((x) => x.code === code);
  if (!a) throw new RangeError(`unknown example account ${code}`);
  return a;
}

/** "46311 Köp HVB barn och unga": the way the ledger writes an account. */
export function accountLabel(code: string): string {
  const a = account(code);
  return `${a.code} ${a.name}`;
}

/** The cost line of an account of the example ledger. */
export function costLineOfAccount(code: string): ExampleCostLine {
  return account(code).costLine;
}

/**
 * Account ranges → cost line for the example's accounts, narrow ranges first (the first match wins), in the shape
 * of the add-in's editable account map (Konto från, Konto till, Kostnadsslag).
 */
export const EXAMPLE_ACCOUNT_MAP: readonly { from: string; to: string; costLine: ExampleCostLine }[] = [
  { from: '46351', to: '46351', costLine: 'Köpt vård institution barn och unga' },
  { from: '46352', to: '46352', costLine: 'Köpt vård vuxna' },
  { from: '46310', to: '46319', costLine: 'Köpt vård institution barn och unga' },
  { from: '46320', to: '46329', costLine: 'Familjehemsvård' },
  { from: '45330', to: '45339', costLine: 'Familjehemsvård' },
  { from: '46340', to: '46349', costLine: 'Familjehemsvård' },
  { from: '46330', to: '46339', costLine: 'Köpt vård vuxna' },
  { from: '45200', to: '45299', costLine: 'Ekonomiskt bistånd' },
  { from: '61000', to: '62999', costLine: 'Lokaler' },
  { from: '30000', to: '39999', costLine: 'Intäkter' },
  { from: '50000', to: '59999', costLine: 'Personal' },
  { from: '40000', to: '79999', costLine: 'Övriga kostnader' },
];

/** Cost line by the range map (used by tests to check that the map and the account list agree). */
export function costLineByMap(code: string): ExampleCostLine | null {
  for (const r of EXAMPLE_ACCOUNT_MAP) if (code >= r.from && code <= r.to) return r.costLine;
  return null;
}

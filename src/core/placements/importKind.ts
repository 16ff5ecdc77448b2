/**
 * The import kind `placements`: a placement register file (CSV or xlsx, Swedish headers, synonyms accepted)
 * replaces the workbook's register table `IFO_Placeringsregister`.
 *
 *   ifo-prognos import placeringsregister.csv --workbook bok.xlsx [--kind placements]
 *
 * The kind is detected from the headers (a case-key column, a placement-form column and a start date).
 * All or nothing like every import: `process` validates each row of the file (case keys are pseudonyms, dates,
 * amounts in the Swedish format, uplift …) and the import service refuses the whole run on any reject;
 * `plan` then checks forms and legal bases against the workbook's lists (Placeringsformer, Lagrum — the defaults
 * when the workbook has none) and refuses with every such row listed, before anything is written.
 * The reconciliation counts rows read / imported (= placements) / rejected and sums the price columns as written
 * (Pris per dygn + Pris per månad + Omkostnad + Extra kostnad: the file's total price), per file and per ansvar.
 *
 * Registered with the import (src/core/import/service.ts imports this module); it imports nothing of the
 * service itself.
 */
import { UserError, shortValue, throwIfCancelled, type InputIssue } from '../errors';
import type { CellValue, DataTableDef, TableData } from '../port';
import { t } from '../strings';
import { presenceOf, type FieldDef } from '../import/columns';
import { ACCOUNT_FIELD, COST_CENTER_FIELD } from '../import/fields';
import { registerImportKind, type KindHandler } from '../import/kinds';
import { emptyReconciliation, type Reject } from '../import/types';
import { isBlankRow } from '../import/table';
import type { RawCell } from '../import/values';
import { DEFAULT_PRICE_LIST, PRICE_LIST_TABLE, priceListRows, readPriceList } from '../prices';
import {
  DEFAULT_FORMS,
  DEFAULT_LEGAL_BASES,
  FORMS_TABLE,
  LEGAL_BASES_TABLE,
  formsRows,
  legalBasesRows,
  readForms,
  readLegalBases,
} from './lists';
import {
  PLACEMENT_FIELDS,
  REGISTER_TABLE,
  duplicateIssues,
  parsePlacement,
  placementRow,
  sortPlacements,
  type Placement,
  type RawPlacement,
  type RegisterContext,
  type RowSource,
} from './register';

/** Largest register file accepted (rows). */
export const MAX_REGISTER_ROWS = 100_000;

export const PLACEMENT_IMPORT_FIELDS: readonly FieldDef[] = [
  {
    id: 'caseKey',
    aliases: ['ärende'],
    synonyms: ['Ärende', 'Ärendenummer', 'Ärendenr', 'Ärendenyckel', 'Ärende-id', 'Ärende id', 'Pseudonym', 'Case', 'Case key', 'Case id'],
    required: true,
  },
  { ...COST_CENTER_FIELD, required: true },
  { ...ACCOUNT_FIELD, required: true },
  { id: 'targetGroup', aliases: ['målgrupp'], synonyms: ['Målgrupp', 'Målgrupp barn/vuxna', 'Target group'], required: true },
  { id: 'form', aliases: ['placeringsform'], synonyms: ['Placeringsform', 'Placeringstyp', 'Vårdform', 'Typ av placering', 'Placement form'], required: true },
  { id: 'legalBasis', aliases: ['lagrum'], synonyms: ['Lagrum', 'Lagstöd', 'Legal basis'] },
  { id: 'provider', aliases: ['anordnare'], synonyms: ['Anordnare', 'Utförare', 'Vårdgivare', 'Placeringsställe', 'Provider'] },
  { id: 'startDate', aliases: ['startdatum'], synonyms: ['Startdatum', 'Placerad från', 'Placeringsdatum', 'Inskrivningsdatum', 'Fr.o.m.', 'From', 'Start date'], required: true },
  { id: 'endDate', aliases: ['slutdatum'], synonyms: ['Slutdatum', 'Planerat slutdatum', 'Planerat slut', 'Utskrivningsdatum', 'T.o.m.', 'End date'] },
  { id: 'pricePerDay', aliases: ['pris per dygn', 'dygnspris'], synonyms: ['Pris per dygn', 'Dygnspris', 'Dygnskostnad', 'Kostnad per dygn', 'Pris/dygn', 'Price per day'] },
  { id: 'pricePerMonth', aliases: ['pris per månad', 'månadspris'], synonyms: ['Pris per månad', 'Månadspris', 'Månadskostnad', 'Kostnad per månad', 'Arvode per månad', 'Pris/månad', 'Price per month'] },
  { id: 'expensesPerMonth', aliases: ['omkostnad'], synonyms: ['Omkostnad per månad', 'Omkostnad', 'Omkostnader', 'Omkostnadsersättning'] },
  { id: 'extraPerMonth', aliases: ['extra kostnad'], synonyms: ['Extra kostnad per månad', 'Extra kostnad', 'Extrakostnad', 'Tilläggskostnad', 'Förstärkning per månad'] },
  { id: 'uplift', aliases: ['uppräkning'], synonyms: ['Uppräkning', 'Årlig uppräkning', 'Uppräkning %', 'Indexering', 'Prisuppräkning', 'Uplift'] },
  { id: 'upliftDate', aliases: ['uppräkningsdatum'], synonyms: ['Uppräkningsdatum', 'Datum för uppräkning', 'Indexeringsdatum'] },
  { id: 'nextReview', aliases: ['omprövning'], synonyms: ['Nästa omprövning', 'Omprövning', 'Omprövningsdatum', 'Nästa övervägande', 'Övervägande', 'Next review'] },
  { id: 'decisionDate', aliases: ['beslutsdatum'], synonyms: ['Beslutsdatum', 'Datum för beslut', 'Decision date'] },
  { id: 'note', aliases: ['anmärkning'], synonyms: ['Anmärkning', 'Notering', 'Kommentar', 'Note'] },
];

const present = presenceOf(PLACEMENT_IMPORT_FIELDS);

export interface PlacementsPayload {
  rows: { raw: RawPlacement; src: RowSource }[];
}

function todayOf(now: string): string {
  return /^\d{4}-\d{2}-\d{2}/.test(now) ? now.slice(0, 10) : '1970-01-01';
}

/** A table as the staging holds it (schema order), as TableData for the list readers; null when missing. */
async function stagedTable(run: Parameters<KindHandler['plan']>[0], def: DataTableDef): Promise<TableData | null> {
  if (!(await run.staging.has(def))) return null;
  const rows = await run.staging.rows(def);
  return { name: def.name, sheet: def.sheet, headers: def.columns.map((c) => c.header), rows };
}

export const placementsKind: KindHandler<PlacementsPayload> = {
  kind: 'placements',
  fields: PLACEMENT_IMPORT_FIELDS,
  detect(headers) {
    if (!present(headers, 'caseKey') || !present(headers, 'form') || !present(headers, 'startDate')) return 0;
    return 4 + PLACEMENT_IMPORT_FIELDS.filter((f) => present(headers, f.id)).length * 0.01;
  },
  required() {
    return PLACEMENT_IMPORT_FIELDS.filter((f) => f.required).map((f) => f.id);
  },
  async process(ctx) {
    const { table, mapping, options, info } = ctx;
    const col = new Map<string, number>();
    for (const m of mapping.matches) col.set(m.field, m.column);
    const recon = emptyReconciliation(info.file, 'placements');
    const skipped: Record<string, number> = {};
    const rejects: Reject[] = [];
    const rows: { raw: RawPlacement; src: RowSource }[] = [];
    const placements: { placement: Placement; src: RowSource }[] = [];
    const regCtx: RegisterContext = {
      forms: DEFAULT_FORMS,
      legalBases: DEFAULT_LEGAL_BASES,
      prices: DEFAULT_PRICE_LIST,
      today: todayOf(options.now),
      openLists: true,
    };
    const costCenters = new Map<string, string | null>();
    const byCC: Record<string, number> = {};
    let total = 0;
    let masked = 0;
    const toReject = (issues: InputIssue[], row: number) => {
      for (const i of issues) {
        rejects.push({ row, column: i.column ?? '', value: shortValue(i.value ?? '', 200), reason: t(i.reason, { ...i.params, value: shortValue(i.value ?? '') }), key: i.reason, params: i.params });
      }
    };
    for await (const b of table.data) {
      throwIfCancelled(options.signal);
      for (let i = 0; i < b.rows.length; i++) {
        const cells = b.rows[i];
        const line = b.lines[i];
        recon.rowsRead++;
        if (recon.rowsRead > MAX_REGISTER_ROWS) throw new UserError('placements.import.tooManyRows', { file: info.file, max: MAX_REGISTER_ROWS });
        if (isBlankRow(cells)) {
          skipped.blank = (skipped.blank ?? 0) + 1;
          continue;
        }
        const raw: RawPlacement = {};
        for (const f of PLACEMENT_FIELDS) {
          const c = col.get(f);
          raw[f] = c === undefined ? null : ((cells[c] ?? null) as RawCell as CellValue);
        }
        const src: RowSource = { file: info.file, row: line };
        const parsed = parsePlacement(raw, regCtx, src);
        if (!parsed.ok) {
          recon.rowsRejected++;
          toReject(parsed.issues, line);
          continue;
        }
        const p = parsed.placement;
        masked += parsed.maskedPersonalNumbers;
        rows.push({ raw, src });
        placements.push({ placement: p, src });
        recon.rowsImported++;
        const price = (p.pricePerDayOre ?? 0) + (p.pricePerMonthOre ?? 0) + (p.expensesPerMonthOre ?? 0) + (p.extraPerMonthOre ?? 0);
        total += price;
        byCC[p.costCenter] = (byCC[p.costCenter] ?? 0) + price;
        if (!costCenters.has(p.costCenter)) costCenters.set(p.costCenter, null);
      }
    }
    const dups = duplicateIssues(placements);
    for (const d of dups) {
      recon.rowsRejected++;
      recon.rowsImported--;
      toReject([d], d.row ?? 0);
    }
    recon.rowsSkipped = skipped;
    recon.rejects = rejects;
    recon.totalOre = total;
    recon.totalsByCostCenterOre = Object.fromEntries(Object.keys(byCC).sort().map((k) => [k, byCC[k]]));
    recon.maskedPersonalNumbers = masked;
    const today = regCtx.today;
    const ps = placements.map((x) => x.placement);
    const active = ps.filter((p) => p.startDate <= today && (p.endDate === null || p.endDate >= today)).length;
    const planned = ps.filter((p) => p.startDate > today).length;
    const open = ps.filter((p) => p.endDate === null).length;
    recon.warnings = [t('placements.import.summary', { count: ps.length, active, planned, open, today })];
    return { recon, payload: { rows }, costCenters };
  },
  async plan(run, results) {
    const prices = readPriceList(await stagedTable(run, PRICE_LIST_TABLE));
    const forms = readForms(await stagedTable(run, FORMS_TABLE), prices);
    const legalBases = readLegalBases(await stagedTable(run, LEGAL_BASES_TABLE));
    const ctx: RegisterContext = { forms, legalBases, prices, today: todayOf(run.options.now) };
    const issues: InputIssue[] = [];
    const parsed: { placement: Placement; src: RowSource }[] = [];
    for (const r of results) {
      for (const row of r.payload.rows) {
        const p = parsePlacement(row.raw, ctx, row.src);
        if (p.ok) parsed.push({ placement: p.placement, src: row.src });
        else issues.push(...p.issues);
      }
    }
    issues.push(...duplicateIssues(parsed));
    if (issues.length) throw new UserError('placements.import.refused', { count: issues.length }, issues);
    run.staging.set(REGISTER_TABLE, sortPlacements(parsed.map((x) => x.placement)).map(placementRow));
    if (!(await run.staging.has(PRICE_LIST_TABLE))) run.staging.set(PRICE_LIST_TABLE, priceListRows(DEFAULT_PRICE_LIST));
    if (!(await run.staging.has(FORMS_TABLE))) run.staging.set(FORMS_TABLE, formsRows(forms));
    if (!(await run.staging.has(LEGAL_BASES_TABLE))) run.staging.set(LEGAL_BASES_TABLE, legalBasesRows(legalBases));
  },
};

registerImportKind(placementsKind);

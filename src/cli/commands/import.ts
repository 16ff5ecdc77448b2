/**
 * `ifo-prognos import <file>... --workbook <book.xlsx> [--period YYYY-MM] [--sheet NAME] [--map k=v,...]
 *  [--skip-invalid] [--json] [--kind ledger|followup|budget|placements]`
 *
 * Text files are streamed in chunks (hashed with SHA-256 while read); xlsx files through the streaming sheet
 * reader of src/file. Everything is validated before the workbook is opened for writing; on refusal the
 * workbook file is never written (untouched byte for byte). The workbook is saved atomically.
 */
import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { basename, resolve } from 'node:path';
import type { CliCommand } from './types';
import { parseCommandArgs, required } from '../args';
import { EXIT_OK, EXIT_REFUSED, printJson, reportError, type CliIO } from '../io';
import { UserError } from '../../core/errors';
import { isPeriod } from '../../core/dates';
import { t } from '../../core/strings';
import { parseUserMapping } from '../../core/import/columns';
import { OPTIONAL_DIMENSIONS, type OptionalDimension } from '../../core/import/fields';
import { importKinds, type ImportOptions } from '../../core/import/kinds';
import { reconciliationLines } from '../../core/import/report';
import { analyseImport, applyImport, ImportRefusedError } from '../../core/import/service';
import type { GridSource, ImportSource, TextSource } from '../../core/import/sources';
import { reconciliationJson } from '../../core/import/types';
import { XlsxWorkbook } from '../../file';
import { openXlsxFile, saveXlsxFile, streamSheetRows } from '../../file/node';

const XLSX_EXT = /\.(xlsx|xlsm)$/i;

/** SHA-256 of a file, streamed. */
export async function fileSha256(path: string): Promise<string> {
  const h = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) h.update(chunk as Buffer);
  return h.digest('hex');
}

let lastBytes: Uint8Array | null = null;
let lastBuffer: Buffer | null = null;

/** Node's Latin-1 decoding is native and fast; the core decoder maps the bytes 0x80–0x9F to Windows-1252 itself. */
export function nodeLatin1(bytes: Uint8Array, start: number, end: number): string {
  if (bytes !== lastBytes) {
    lastBytes = bytes;
    lastBuffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  return lastBuffer!.toString('latin1', start, end);
}

/** A text file as an import source: read in 1 MB chunks, hashed while read. */
export function textFileSource(path: string, size: number): TextSource {
  const hash = createHash('sha256');
  let complete = false;
  return {
    type: 'text',
    name: basename(path),
    size,
    async *chunks() {
      for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
        const b = chunk as Buffer;
        hash.update(b);
        yield new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
      }
      complete = true;
    },
    hash: async () => (complete ? hash.digest('hex') : fileSha256(path)),
  };
}

/** An xlsx file as an import source: one sheet, streamed in chunks of rows. */
export function xlsxFileSource(path: string, size: number, sheet?: string): GridSource {
  const source: GridSource = {
    type: 'grid',
    name: basename(path),
    format: 'xlsx',
    size,
    sheet,
    firstRow: 1,
    async *rows() {
      let offset = 0;
      for await (const values of streamSheetRows(path, {
        sheet,
        chunkRows: 5000,
        onSheet: (info) => {
          source.sheet = info.sheet;
        },
      })) {
        yield { rowOffset: offset, values };
        offset += values.length;
      }
    },
    hash: () => fileSha256(path),
  };
  return source;
}

function positiveNumber(v: string | undefined, option: string): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new UserError('import.option.invalidNumber', { option, value: v });
  return n;
}

function list(v: string | undefined): string[] | undefined {
  return v === undefined ? undefined : v.split(',').map((s) => s.trim()).filter(Boolean);
}

export const importCommand: CliCommand = {
  name: 'import',
  summary: 'cli.import.summary',
  help: 'cli.import.help',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        workbook: { type: 'string' },
        period: { type: 'string' },
        sheet: { type: 'string' },
        map: { type: 'string' },
        'skip-invalid': { type: 'boolean' },
        json: { type: 'boolean' },
        kind: { type: 'string' },
        keep: { type: 'string' },
        detail: { type: 'string' },
        'detail-cap': { type: 'string' },
        'max-size-mb': { type: 'string' },
      },
      true,
    );
    const workbookPath = resolve(io.cwd, required(values.workbook, '--workbook'));
    if (!positionals.length) throw new UserError('import.option.noFiles');
    if (values.period !== undefined && !isPeriod(values.period)) throw new UserError('import.period.invalid', { value: values.period });
    const kinds = importKinds().map((k) => k.kind);
    if (values.kind !== undefined && !kinds.includes(values.kind)) {
      throw new UserError('import.kind.invalidOption', { value: values.kind, kinds: kinds.join(', ') });
    }
    const keep = list(values.keep);
    for (const k of keep ?? []) {
      if (!(OPTIONAL_DIMENSIONS as readonly string[]).includes(k)) {
        throw new UserError('import.kind.invalidOption', { value: k, kinds: OPTIONAL_DIMENSIONS.join(', ') });
      }
    }
    const maxMb = positiveNumber(values['max-size-mb'], '--max-size-mb');
    const detailCap = positiveNumber(values['detail-cap'], '--detail-cap');

    const sources: ImportSource[] = [];
    for (const f of positionals) {
      const path = resolve(io.cwd, f);
      let size: number;
      try {
        const st = await stat(path);
        if (!st.isFile()) throw new Error('not a file');
        size = st.size;
      } catch {
        throw new UserError('import.option.fileMissing', { file: f });
      }
      sources.push(XLSX_EXT.test(path) ? xlsxFileSource(path, size, values.sheet) : textFileSource(path, size));
    }

    const options: ImportOptions = {
      kind: values.kind,
      period: values.period,
      map: values.map !== undefined ? parseUserMapping(values.map) : undefined,
      skipInvalid: values['skip-invalid'] ?? false,
      keep: keep as OptionalDimension[] | undefined,
      detailCostCenters: list(values.detail),
      detailRowCap: detailCap,
      maxFileBytes: maxMb !== undefined ? Math.floor(maxMb * 1024 * 1024) : undefined,
      now: new Date().toISOString(),
      user: currentUser(),
      hooks: { latin1: nodeLatin1 },
    };

    const existed = existsSync(workbookPath);
    const workbook = existed ? await openXlsxFile(workbookPath) : await XlsxWorkbook.create(basename(workbookPath));
    let plan;
    try {
      plan = await analyseImport(workbook, sources, options);
    } catch (e) {
      if (e instanceof ImportRefusedError) return refused(io, e, values.json ?? false, workbookPath);
      throw e;
    }
    await applyImport(workbook, plan);
    await saveXlsxFile(workbook, workbookPath);
    if (values.json) printJson(io, reconciliationJson(plan.reconciliation));
    else {
      io.out(reconciliationLines(plan.reconciliation, plan.importId).join('\n'));
      io.out(t('import.report.written', { file: workbookPath }));
    }
    return EXIT_OK;
  },
};

function refused(io: CliIO, e: ImportRefusedError, json: boolean, workbookPath: string): number {
  if (json) printJson(io, reconciliationJson(e.reconciliation));
  // The rejects follow on stderr with the refusal (all of them, up to the listing cap).
  else io.out(reconciliationLines(e.reconciliation, null, { maxRejects: 0 }).join('\n'));
  const code = reportError(io, e);
  io.err(t('import.report.notWritten', { file: workbookPath }));
  return code === EXIT_REFUSED ? EXIT_REFUSED : code;
}

function currentUser(): string {
  try {
    return userInfo().username;
  } catch {
    return '';
  }
}

/**
 * The browser preview runs the pane in an iframe and the workbook in the parent window: two JavaScript realms.
 * Objects crossing between them keep their realm, so `x instanceof Array`, `e instanceof UserError` or
 * `bytes instanceof Uint8Array` silently fail on the other side. Inside Excel, Office.js serialises everything
 * anyway; this bridge gives the preview the same property: every argument is copied into the workbook's realm,
 * every result and error into the pane's — so code in the pane and in the adapters never sees a foreign object.
 */
import type {
  ChunkReadOptions,
  DataTableDef,
  ReadOptions,
  RowChunk,
  SheetSpec,
  TableRowUpdate,
  WorkbookPort,
  WriteOptions,
  CellValue,
  SettingValue,
} from '../core/port';
import { readTables } from '../core/port';
import { CancelledError, UserError, isUserError } from '../core/errors';
import type { StringKey, TextParams } from '../core/strings';

/** Deep copy into a realm: that realm's `structuredClone` (or any equivalent). */
export type CloneFn = <T>(value: T) => T;

export interface RealmBridge {
  /** Copies into the realm of the workbook (the preview's parent window). */
  toRemote: CloneFn;
  /** Copies into the pane's own realm. */
  toLocal: CloneFn;
}

/** Re-creates an error thrown in the other realm as an error of this realm (same name, key, issues, message). */
export function localError(e: unknown, toLocal: CloneFn): unknown {
  if (isUserError(e)) {
    const err = new UserError(e.key as StringKey, toLocal(e.params) as TextParams | undefined, toLocal(e.issues));
    err.message = e.message;
    return err;
  }
  const o = e as { name?: unknown; message?: unknown; stack?: unknown } | null;
  if (!o || typeof o !== 'object') return e;
  if (o.name === 'CancelledError') return new CancelledError();
  const message = typeof o.message === 'string' ? o.message : String(e);
  if (o.name === 'AbortError' && typeof DOMException !== 'undefined') return new DOMException(message, 'AbortError');
  const err = new Error(message);
  if (typeof o.name === 'string') err.name = o.name;
  if (typeof o.stack === 'string') err.stack = o.stack;
  return err;
}

function remoteWriteOptions(options: WriteOptions | undefined, b: RealmBridge): WriteOptions | undefined {
  if (!options) return undefined;
  const { onProgress, signal, ...data } = options;
  const out: WriteOptions = b.toRemote(data);
  if (signal) out.signal = signal; // read through .aborted: fine across realms
  if (onProgress) out.onProgress = (p) => onProgress(b.toLocal(p));
  return out;
}

function remoteChunkOptions(options: ChunkReadOptions | undefined, b: RealmBridge): ChunkReadOptions | undefined {
  if (!options) return undefined;
  const { signal, ...data } = options;
  const out: ChunkReadOptions = b.toRemote(data);
  if (signal) out.signal = signal;
  return out;
}

/** Wraps a port living in another realm so that it behaves like a port of this one. */
export function bridgePort(remote: WorkbookPort, b: RealmBridge): WorkbookPort {
  const call = async <T>(f: () => Promise<T>): Promise<T> => {
    let r: T;
    try {
      r = await f();
    } catch (e) {
      throw localError(e, b.toLocal);
    }
    return b.toLocal(r);
  };
  const R = b.toRemote;
  return {
    host: () => call(() => remote.host()),
    listSheets: () => call(() => remote.listSheets()),
    readRange: (sheet: string, address?: string, options?: ReadOptions) =>
      call(() => remote.readRange(sheet, address, options ? R(options) : undefined)),
    readRangeChunks(sheet: string, address?: string, options?: ChunkReadOptions): AsyncIterable<RowChunk> {
      return {
        async *[Symbol.asyncIterator]() {
          const it = remote.readRangeChunks(sheet, address, remoteChunkOptions(options, b))[Symbol.asyncIterator]();
          for (;;) {
            let step: IteratorResult<RowChunk>;
            try {
              step = await it.next();
            } catch (e) {
              throw localError(e, b.toLocal);
            }
            if (step.done) return;
            yield b.toLocal(step.value);
          }
        },
      };
    },
    getSelection: () => call(() => remote.getSelection()),
    writeSheets: (specs: SheetSpec[], options?: WriteOptions) =>
      call(() => remote.writeSheets(R(specs), remoteWriteOptions(options, b))),
    deleteSheet: (name: string) => call(() => remote.deleteSheet(name)),
    activateSheet: (name: string) => call(() => remote.activateSheet(name)),
    readTable: (name: string) => call(() => remote.readTable(name)),
    readTables: (names: string[]) => call(() => readTables(remote, R(names))),
    listTables: () => call(() => remote.listTables()),
    replaceTable: (def: DataTableDef, rows: CellValue[][], options?: WriteOptions) =>
      call(() => remote.replaceTable(R(def), R(rows), remoteWriteOptions(options, b))),
    appendTableRows: (def: DataTableDef, rows: CellValue[][], options?: WriteOptions) =>
      call(() => remote.appendTableRows(R(def), R(rows), remoteWriteOptions(options, b))),
    updateTableRows: (def: DataTableDef, updates: TableRowUpdate[]) =>
      call(() => remote.updateTableRows(R(def), R(updates))),
    getSettings: () => call(() => remote.getSettings()),
    setSettings: (patch: Record<string, SettingValue>) => call(() => remote.setSettings(R(patch))),
  };
}

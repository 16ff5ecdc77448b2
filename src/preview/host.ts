/**
 * The preview's side of the host API (see src/taskpane/previewHost.ts): owns the in-memory workbook, offers its
 * port to the pane in the iframe, and tells the sheet viewer when anything was written.
 *
 * The port handed out is stable: it forwards to whichever workbook is current, so opening another file or
 * restoring Exempelkommun does not leave the pane holding a stale workbook (the pane is reloaded anyway, as
 * Excel would start it afresh on another workbook). Writes are announced after they settle, also when they fail
 * half-way, so the viewer always shows what the workbook really holds.
 */
import type {
  CellValue,
  ChunkReadOptions,
  DataTableDef,
  ReadOptions,
  RowChunk,
  SettingValue,
  SheetSpec,
  TableRowUpdate,
  WorkbookPort,
  WriteOptions,
} from '../core/port';
import type { ExampleFile, PreviewHost } from '../taskpane/previewHost';
import { readTables } from '../core/port';

/** What the preview needs of a workbook: the port plus saving to .xlsx bytes (XlsxWorkbook). */
export interface PreviewWorkbook extends WorkbookPort {
  save(): Promise<Uint8Array>;
}

export interface WorkbookChange {
  /** 'write': the pane wrote through the port; 'workbook': another workbook was loaded. */
  reason: 'write' | 'workbook';
  /** Sheets named by the write (may be empty when unknown). */
  sheets: string[];
  /** A sheet the write asked to show. */
  activate?: string;
}

export interface ExampleIndex {
  /** Path of the workbook relative to the build, e.g. 'exempelkommun.xlsx'; null when none was built. */
  workbook: string | null;
  files: { name: string; path: string; bytes: number }[];
  notes?: string[];
}

export interface Selection {
  sheet: string;
  address: string;
}

export interface HostOptions {
  /** Base URL of the build (where exempelkommun.xlsx and exempelkommun/index.json are). */
  baseUrl: string;
  fetch?: typeof fetch;
}

export class PreviewHostImpl implements PreviewHost {
  readonly apiVersion = 1 as const;
  readonly port: WorkbookPort;

  private workbook: PreviewWorkbook | null = null;
  private name = '';
  private readonly listeners = new Set<(c: WorkbookChange) => void>();
  private readonly readyPromise: Promise<void>;
  private resolveReady!: () => void;
  private selection: Selection | null = null;
  private paneFrame: HTMLIFrameElement | null = null;
  private readonly fetchFn: typeof fetch;
  private indexPromise: Promise<ExampleIndex | null> | undefined;

  constructor(private readonly options: HostOptions) {
    this.fetchFn = options.fetch ?? ((input, init) => fetch(input, init));
    this.readyPromise = new Promise((res) => (this.resolveReady = res));
    this.port = this.createPort();
  }

  // ---- PreviewHost (used by the pane) ----

  ready(): Promise<void> {
    return this.readyPromise;
  }

  fileName(): string {
    return this.name;
  }

  async exampleFiles(): Promise<ExampleFile[]> {
    const index = await this.exampleIndex();
    return (index?.files ?? []).map((f) => ({
      name: f.name,
      url: new URL(`exempelkommun/${f.path}`, this.options.baseUrl).href,
      bytes: f.bytes,
    }));
  }

  /**
   * exempelkommun/index.json, written by scripts/build-example-workbook.mjs: the example's input files and
   * the workbook built from them (null when the build could not make one). Null when the build has no example.
   */
  exampleIndex(): Promise<ExampleIndex | null> {
    this.indexPromise ??= this.fetchFn(new URL('exempelkommun/index.json', this.options.baseUrl).href)
      .then((r) => (r.ok ? (r.json() as Promise<ExampleIndex>) : null))
      .catch(() => null);
    return this.indexPromise;
  }

  /** The bytes of Exempelkommun's workbook, or null when the build has none. */
  async exampleWorkbook(): Promise<Uint8Array | null> {
    const index = await this.exampleIndex();
    if (!index?.workbook) return null;
    const r = await this.fetchFn(new URL(index.workbook, this.options.baseUrl).href, { cache: 'no-store' });
    if (!r.ok) return null;
    return new Uint8Array(await r.arrayBuffer());
  }

  reloadPane(): void {
    this.paneFrame?.contentWindow?.location.reload();
  }

  // ---- used by the preview page ----

  /** Sets the workbook shown and used by the pane; the first call makes the host ready. */
  setWorkbook(workbook: PreviewWorkbook, fileName: string): void {
    const replacing = this.workbook !== null;
    this.workbook = workbook;
    this.name = fileName;
    this.selection = null;
    this.resolveReady();
    this.emit({ reason: 'workbook', sheets: [] });
    if (replacing) this.reloadPane();
  }

  current(): PreviewWorkbook | null {
    return this.workbook;
  }

  attachPane(frame: HTMLIFrameElement | null): void {
    this.paneFrame = frame;
  }

  setSelection(sel: Selection | null): void {
    this.selection = sel;
  }

  onChange(listener: (c: WorkbookChange) => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  private emit(c: WorkbookChange): void {
    for (const l of [...this.listeners]) {
      try {
        l(c);
      } catch (e) {
        console.error('preview: change listener failed', e);
      }
    }
  }

  private async target(): Promise<PreviewWorkbook> {
    await this.readyPromise;
    return this.workbook as PreviewWorkbook;
  }

  private createPort(): WorkbookPort {
    const read = <T>(f: (wb: PreviewWorkbook) => Promise<T>): Promise<T> => this.target().then(f);
    const write = async <T>(
      f: (wb: PreviewWorkbook) => Promise<T>,
      change: Omit<WorkbookChange, 'reason'>,
    ): Promise<T> => {
      const wb = await this.target();
      try {
        return await f(wb);
      } finally {
        this.emit({ reason: 'write', ...change });
      }
    };
    // A progress callback from the pane's iframe throws once the pane is reloaded; the write must go on.
    const safe = (options: WriteOptions | undefined): WriteOptions | undefined => {
      if (!options?.onProgress) return options;
      const onProgress = options.onProgress;
      return {
        ...options,
        onProgress: (p) => {
          try {
            onProgress(p);
          } catch {
            /* the pane is gone */
          }
        },
      };
    };
    const target = () => this.target();
    return {
      host: () => read((wb) => wb.host()),
      listSheets: () => read((wb) => wb.listSheets()),
      readRange: (sheet: string, address?: string, options?: ReadOptions) =>
        read((wb) => wb.readRange(sheet, address, options)),
      readRangeChunks(sheet: string, address?: string, options?: ChunkReadOptions): AsyncIterable<RowChunk> {
        return {
          async *[Symbol.asyncIterator]() {
            const wb = await target();
            yield* wb.readRangeChunks(sheet, address, options);
          },
        };
      },
      // Excel always has a selection; the viewer's is the preview's.
      getSelection: async () => this.selection ?? (await target()).getSelection(),
      writeSheets: (specs: SheetSpec[], options?: WriteOptions) =>
        write((wb) => wb.writeSheets(specs, safe(options)), {
          sheets: specs.map((s) => s.name),
          activate: options?.activate,
        }),
      deleteSheet: (name: string) => write((wb) => wb.deleteSheet(name), { sheets: [name] }),
      activateSheet: (name: string) => write((wb) => wb.activateSheet(name), { sheets: [name], activate: name }),
      readTable: (name: string) => read((wb) => wb.readTable(name)),
      readTables: (names: string[]) => read((wb) => readTables(wb, names)),
      listTables: () => read((wb) => wb.listTables()),
      replaceTable: (def: DataTableDef, rows: CellValue[][], options?: WriteOptions) =>
        write((wb) => wb.replaceTable(def, rows, safe(options)), { sheets: [def.sheet], activate: options?.activate }),
      appendTableRows: (def: DataTableDef, rows: CellValue[][], options?: WriteOptions) =>
        write((wb) => wb.appendTableRows(def, rows, safe(options)), {
          sheets: [def.sheet],
          activate: options?.activate,
        }),
      updateTableRows: (def: DataTableDef, updates: TableRowUpdate[]) =>
        write((wb) => wb.updateTableRows(def, updates), { sheets: [def.sheet] }),
      getSettings: () => read((wb) => wb.getSettings()),
      setSettings: (patch: Record<string, SettingValue>) => write((wb) => wb.setSettings(patch), { sheets: [] }),
    };
  }
}

import type { WorkbookPort } from '../core/port';
import { UserError } from '../core/errors';
import { PreviewHostImpl, type PreviewWorkbook, type WorkbookChange } from './host';

/** A recording stand-in for the in-memory workbook: every call is logged, writes can be made to fail. */
function fakeWorkbook(log: string[], failWrites = false): PreviewWorkbook {
  const w = (name: string) => async () => {
    log.push(name);
    if (failWrites) throw new UserError('common.cancelled');
  };
  const port: WorkbookPort & { save(): Promise<Uint8Array> } = {
    host: async () => ({ kind: 'file' }),
    listSheets: async () => [{ name: 'Blad1', visibility: 'visible' }],
    readRange: async (sheet) => {
      log.push(`readRange ${sheet}`);
      return { address: 'A1', values: [[1]] };
    },
    readRangeChunks: (sheet) => ({
      async *[Symbol.asyncIterator]() {
        log.push(`chunks ${sheet}`);
        yield { rowOffset: 0, values: [[1]] };
      },
    }),
    getSelection: async () => null,
    writeSheets: w('writeSheets'),
    deleteSheet: w('deleteSheet'),
    activateSheet: w('activateSheet'),
    readTable: async () => null,
    listTables: async () => [],
    replaceTable: async (_def, _rows, options) => {
      log.push('replaceTable');
      options?.onProgress?.({ done: 1, total: 1 });
    },
    appendTableRows: w('appendTableRows'),
    updateTableRows: w('updateTableRows'),
    getSettings: async () => ({}),
    setSettings: w('setSettings'),
    save: async () => new Uint8Array([1]),
  };
  return port;
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('PreviewHostImpl', () => {
  it('holds calls until a workbook is set, then forwards them', async () => {
    const host = new PreviewHostImpl({ baseUrl: 'http://x/' });
    const log: string[] = [];
    let done = false;
    const p = host.port.readRange('Blad1').then((r) => {
      done = true;
      return r;
    });
    await tick();
    expect(done).toBe(false);
    host.setWorkbook(fakeWorkbook(log), 'a.xlsx');
    await expect(p).resolves.toEqual({ address: 'A1', values: [[1]] });
    await host.ready();
    expect(host.fileName()).toBe('a.xlsx');
    const chunks = [];
    for await (const c of host.port.readRangeChunks('Blad1')) chunks.push(c);
    expect(chunks).toHaveLength(1);
    expect(log).toEqual(['readRange Blad1', 'chunks Blad1']);
  });

  it('announces every write with the sheets it names, also when the write fails', async () => {
    const host = new PreviewHostImpl({ baseUrl: 'http://x/' });
    const changes: WorkbookChange[] = [];
    host.onChange((c) => changes.push(c));
    host.setWorkbook(fakeWorkbook([], true), 'a.xlsx');
    expect(changes).toEqual([{ reason: 'workbook', sheets: [] }]);
    await expect(host.port.writeSheets([{ name: 'Avvikelse', blocks: [] }], { activate: 'Avvikelse' })).rejects.toBeInstanceOf(
      UserError,
    );
    await expect(host.port.activateSheet('Blad1')).rejects.toBeInstanceOf(UserError);
    expect(changes.slice(1)).toEqual([
      { reason: 'write', sheets: ['Avvikelse'], activate: 'Avvikelse' },
      { reason: 'write', sheets: ['Blad1'], activate: 'Blad1' },
    ]);
  });

  it('forwards to the current workbook after another one is opened, and reloads the pane', async () => {
    const host = new PreviewHostImpl({ baseUrl: 'http://x/' });
    const first: string[] = [];
    const second: string[] = [];
    const reload = jest.fn();
    host.attachPane({ contentWindow: { location: { reload } } } as unknown as HTMLIFrameElement);
    host.setWorkbook(fakeWorkbook(first), 'a.xlsx');
    expect(reload).not.toHaveBeenCalled(); // the first workbook: the pane is loading anyway
    host.setWorkbook(fakeWorkbook(second), 'b.xlsx');
    expect(reload).toHaveBeenCalledTimes(1);
    await host.port.readRange('Blad1');
    expect(first).toEqual([]);
    expect(second).toEqual(['readRange Blad1']);
  });

  it('returns the viewer’s selection as the workbook’s, as Excel does', async () => {
    const host = new PreviewHostImpl({ baseUrl: 'http://x/' });
    host.setWorkbook(fakeWorkbook([]), 'a.xlsx');
    await expect(host.port.getSelection()).resolves.toBeNull();
    host.setSelection({ sheet: 'Blad1', address: 'B2:C3' });
    await expect(host.port.getSelection()).resolves.toEqual({ sheet: 'Blad1', address: 'B2:C3' });
  });

  it('keeps writing when the pane’s progress callback throws (the pane was reloaded)', async () => {
    const host = new PreviewHostImpl({ baseUrl: 'http://x/' });
    const log: string[] = [];
    host.setWorkbook(fakeWorkbook(log), 'a.xlsx');
    await host.port.replaceTable({ name: 'T', sheet: 'S', columns: [], visibility: 'hidden' }, [], {
      onProgress: () => {
        throw new TypeError("can't access dead object");
      },
    });
    expect(log).toEqual(['replaceTable']);
  });

  it('lists the example files of the build, and none when the build has no index', async () => {
    const index = {
      workbook: 'exempelkommun.xlsx',
      files: [{ name: 'huvudbok.csv', path: 'huvudbok.csv', bytes: 10 }],
    };
    const fetchOk = jest.fn(async (url: string) => {
      if (url.endsWith('index.json')) return { ok: true, json: async () => index } as Response;
      return { ok: true, arrayBuffer: async () => new Uint8Array([80, 75]).buffer } as Response;
    });
    const host = new PreviewHostImpl({ baseUrl: 'http://h/app/preview.html', fetch: fetchOk as unknown as typeof fetch });
    await expect(host.exampleFiles()).resolves.toEqual([
      { name: 'huvudbok.csv', url: 'http://h/app/exempelkommun/huvudbok.csv', bytes: 10 },
    ]);
    await expect(host.exampleWorkbook()).resolves.toEqual(new Uint8Array([80, 75]));
    expect(fetchOk.mock.calls.map((c) => c[0])).toEqual([
      'http://h/app/exempelkommun/index.json',
      'http://h/app/exempelkommun.xlsx',
    ]);

    const missing = new PreviewHostImpl({
      baseUrl: 'http://h/',
      fetch: (async () => ({ ok: false })) as unknown as typeof fetch,
    });
    await expect(missing.exampleFiles()).resolves.toEqual([]);
    await expect(missing.exampleWorkbook()).resolves.toBeNull();
  });
});

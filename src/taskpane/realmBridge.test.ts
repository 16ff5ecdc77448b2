// eslint-disable-next-line no-restricted-imports -- a jest (Node) test: a vm context stands in for the preview's other realm
import vm from 'node:vm';
import type { CellValue, RowChunk, WorkbookPort, WriteOptions } from '../core/port';
import { CancelledError, UserError, isUserError } from '../core/errors';
import { bridgePort, type CloneFn } from './realmBridge';

/** A second realm, like the preview's parent window, with its own Array, Object and Error. */
const other = vm.createContext({});
const otherClone: CloneFn = vm.runInContext('(v) => (v === undefined ? v : JSON.parse(JSON.stringify(v)))', other);
const localClone: CloneFn = (v) => (v === undefined ? v : JSON.parse(JSON.stringify(v)));
const OtherArray = vm.runInContext('Array', other) as ArrayConstructor;
const otherError = (code: string): unknown => vm.runInContext(`(() => { ${code} })()`, other);

function remotePort(calls: unknown[][]): WorkbookPort {
  const ok = async () => undefined;
  return {
    host: async () => vm.runInContext(`({ kind: 'file' })`, other),
    listSheets: async () => vm.runInContext(`[{ name: 'Blad1', visibility: 'visible' }]`, other),
    readRange: async () => vm.runInContext(`({ address: 'A1:B1', values: [[1, 'x']] })`, other),
    readRangeChunks(): AsyncIterable<RowChunk> {
      return {
        async *[Symbol.asyncIterator]() {
          yield vm.runInContext(`({ rowOffset: 0, values: [[1]] })`, other);
          throw otherError(
            `const e = new Error('Bladet finns inte.'); e.name = 'UserError'; e.key = 'common.cancelled'; e.issues = []; return e;`,
          );
        },
      };
    },
    getSelection: async () => null,
    writeSheets: async (specs, options) => {
      calls.push(['writeSheets', specs, options]);
      options?.onProgress?.(vm.runInContext(`({ done: 1, total: 2 })`, other));
    },
    deleteSheet: ok,
    activateSheet: ok,
    readTable: async () => null,
    listTables: async () => [],
    replaceTable: async (def, rows) => {
      calls.push(['replaceTable', def, rows]);
    },
    appendTableRows: ok,
    updateTableRows: ok,
    getSettings: async () => {
      throw otherError(`const e = new Error('Avbrutet'); e.name = 'CancelledError'; return e;`);
    },
    setSettings: async () => {
      throw otherError(`return new TypeError('boom');`);
    },
  };
}

describe('bridgePort', () => {
  const calls: unknown[][] = [];
  const port = bridgePort(remotePort(calls), { toRemote: otherClone, toLocal: localClone });

  it('copies results into this realm', async () => {
    const sheets = await port.listSheets();
    expect(sheets instanceof Array).toBe(true);
    expect(sheets).toEqual([{ name: 'Blad1', visibility: 'visible' }]);
    const r = await port.readRange('Blad1');
    expect(r.values[0] instanceof Array).toBe(true);
  });

  it('copies arguments into the workbook’s realm and keeps signal and progress callbacks working', async () => {
    const controller = new AbortController();
    const progress: unknown[] = [];
    const options: WriteOptions = { activate: 'Blad1', signal: controller.signal, onProgress: (p) => progress.push(p) };
    await port.writeSheets([{ name: 'Blad1', blocks: [{ at: 'A1', rows: [[1, { formula: '=A1' }]] }] }], options);
    const [, specs, opts] = calls.find((c) => c[0] === 'writeSheets')!;
    expect(specs instanceof OtherArray).toBe(true);
    expect((opts as WriteOptions).activate).toBe('Blad1');
    expect((opts as WriteOptions).signal).toBe(controller.signal);
    expect(progress).toEqual([{ done: 1, total: 2 }]);
    expect(progress[0] instanceof Object).toBe(true);

    const rows: CellValue[][] = [['a', 1]];
    await port.replaceTable({ name: 'IFO_X', sheet: 'X', columns: [], visibility: 'hidden' }, rows);
    const [, , sentRows] = calls.find((c) => c[0] === 'replaceTable')!;
    expect(sentRows instanceof OtherArray).toBe(true);
    expect(sentRows).not.toBe(rows);
  });

  it('re-creates errors of the other realm as errors of this one', async () => {
    const chunks: RowChunk[] = [];
    let caught: unknown;
    try {
      for await (const c of port.readRangeChunks('Blad1')) chunks.push(c);
    } catch (e) {
      caught = e;
    }
    expect(chunks).toEqual([{ rowOffset: 0, values: [[1]] }]);
    expect(caught).toBeInstanceOf(UserError);
    expect(isUserError(caught) && caught.message).toBe('Bladet finns inte.');

    await expect(port.getSettings()).rejects.toBeInstanceOf(CancelledError);
    const e = await port.setSettings({ a: 1 }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(Error);
    expect(e).toMatchObject({ name: 'TypeError', message: 'boom' });
  });
});

import { readOnce, readTables, type TableData, type WorkbookPort } from './port';

function countingPort(batched: boolean): { port: WorkbookPort; calls: string[] } {
  const calls: string[] = [];
  const table = (name: string): TableData | null =>
    name.toLowerCase() === 'missing' ? null : { name, sheet: name, headers: ['A'], rows: [[name]] };
  const port = {
    readTable: async (name: string) => {
      calls.push(`one:${name}`);
      return table(name);
    },
    getSettings: async () => {
      calls.push('settings');
      return { a: 1 };
    },
    ...(batched
      ? {
          readTables: async (names: string[]) => {
            calls.push(`many:${names.join(',')}`);
            return names.map(table);
          },
        }
      : {}),
  } as unknown as WorkbookPort;
  return { port, calls };
}

describe('reading tables together and once', () => {
  it('uses the adapter’s batch read when it has one, one by one otherwise', async () => {
    for (const batched of [true, false]) {
      const { port, calls } = countingPort(batched);
      const got = await readTables(port, ['X', 'missing', 'Y']);
      expect(got.map((t) => t?.rows[0][0] ?? null)).toEqual(['X', null, 'Y']);
      expect(calls).toEqual(batched ? ['many:X,missing,Y'] : ['one:X', 'one:missing', 'one:Y']);
    }
  });

  it('reads each table and the settings at most once, prefetched tables not at all again', async () => {
    const { port, calls } = countingPort(true);
    const once = await readOnce(port, ['X', 'Y']);
    await Promise.all([once.readTable('x'), once.readTable('Y'), once.readTable('Z'), once.readTable('z')]);
    await once.getSettings();
    await once.getSettings();
    expect(calls).toEqual(['many:X,Y', 'one:Z', 'settings']);
  });
});

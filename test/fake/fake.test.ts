/* eslint-disable office-addins/no-context-sync-in-loop -- each iteration is its own Excel.run on purpose */
/**
 * The Excel fake's rules, one test each. Each test fails when its rule is removed from the fake.
 * The tests drive the fake through Office.js' own types, so the fake's shape is checked against the real API.
 */
import { createExcelFake, WEB_PAYLOAD_LIMIT, type ExcelFake, type ExcelFakeOptions } from './index';

type Run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

function setup(options: ExcelFakeOptions = {}): { fake: ExcelFake; run: Run } {
  const fake = createExcelFake(options);
  return { fake, run: fake.Excel.run as unknown as Run };
}

async function code(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    return (e as { code?: string }).code ?? `no code: ${String(e)}`;
  }
  return 'resolved';
}

describe('Excel fake: requests', () => {
  it('refuses to read a property before load() and sync()', async () => {
    const { run } = setup();
    await run(async (context) => {
      const r = context.workbook.worksheets.getItem('Blad1').getRange('A1');
      // eslint-disable-next-line office-addins/load-object-before-read, office-addins/call-sync-before-read -- the point of the test
      expect(() => r.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      r.load('values');
      // Loaded but not yet synced: still not available.
      // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read -- the point of the test
      expect(() => r.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(r.values).toEqual([['']]);
      // Only what was loaded is readable.
      // eslint-disable-next-line office-addins/load-object-before-read
      expect(() => r.address).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  it('queues operations and runs them only at sync()', async () => {
    const { fake, run } = setup();
    await run(async (context) => {
      context.workbook.worksheets.getItem('Blad1').getRange('A1').values = [[5]];
      expect(fake.workbook.values('Blad1', 'A1')).toEqual([[null]]);
      await context.sync();
      expect(fake.workbook.values('Blad1', 'A1')).toEqual([[5]]);
    });
  });

  it('has no transactions: operations before the failing one stay, the ones after it are dropped', async () => {
    const { fake, run } = setup();
    const c = await code(
      run(async (context) => {
        const s = context.workbook.worksheets.getItem('Blad1');
        s.getRange('A1').values = [[1]];
        s.getRange('A2').values = [[1, 2]]; // wrong shape
        s.getRange('A3').values = [[3]];
        await context.sync();
      }),
    );
    expect(c).toBe('InvalidArgument');
    expect(fake.workbook.values('Blad1', 'A1:A3')).toEqual([[1], [null], [null]]);
  });

  it('Excel.run sends what is still queued when the batch returns, and its objects are dead afterwards', async () => {
    const { fake, run } = setup();
    let kept: Excel.Range | null = null;
    await run(async (context) => {
      kept = context.workbook.worksheets.getItem('Blad1').getRange('B2');
      kept.values = [['x']];
    });
    expect(fake.workbook.values('Blad1', 'B2')).toEqual([['x']]);
    expect(fake.stats.syncs).toBe(1);
    expect(() => {
      kept!.values = [['y']];
    }).toThrow(expect.objectContaining({ code: 'InvalidRequestContext' }));
  });

  it('gives null objects for getItemOrNullObject and ItemNotFound for getItem', async () => {
    const { run } = setup();
    await run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('Finns inte');
      const present = context.workbook.worksheets.getItemOrNullObject('blad1');
      // eslint-disable-next-line office-addins/call-sync-before-read -- the point of the test
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      present.load('name');
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
      expect(present.name).toBe('Blad1');
    });
    expect(
      await code(
        run(async (context) => {
          context.workbook.worksheets.getItem('Finns inte').getRange('A1').load('values');
          await context.sync();
        }),
      ),
    ).toBe('ItemNotFound');
  });

  it('counts syncs and the bytes of each request', async () => {
    const { fake, run } = setup();
    const write = (text: string): Promise<void> =>
      run(async (context) => {
        context.workbook.worksheets.getItem('Blad1').getRange('A1:B1').values = [[text, 1]];
        await context.sync();
      });
    await write('abc');
    await write('x'.repeat(10_000));
    expect(fake.stats.syncs).toBe(2);
    expect(fake.stats.requestBytes[0]).toBeGreaterThan(10);
    expect(fake.stats.requestBytes[1] - fake.stats.requestBytes[0]).toBe(10_000 - 3);
    fake.resetStats();
    expect(fake.stats.syncs).toBe(0);
    expect(fake.stats.requestBytes).toEqual([]);
  });

  it('counts bytes as UTF-8 (å ä ö are two bytes each)', async () => {
    const { fake, run } = setup();
    for (const ch of ['å', 'a']) {
      await run(async (context) => {
        context.workbook.worksheets.getItem('Blad1').getRange('A1').values = [[ch.repeat(1000)]];
        await context.sync();
      });
    }
    expect(fake.stats.requestBytes[0] - fake.stats.requestBytes[1]).toBe(1000);
  });

  it('refuses a request above 5 MB on the web, before running any of it', async () => {
    const { fake, run } = setup();
    const rows = Array.from({ length: 200 }, () => ['y'.repeat(30_000)]);
    const c = await code(
      run(async (context) => {
        const s = context.workbook.worksheets.getItem('Blad1');
        s.getRange('B1').values = [['före']];
        s.getRange('A1:A200').values = rows;
        await context.sync();
      }),
    );
    expect(c).toBe('RequestPayloadSizeLimitExceeded');
    expect(fake.stats.requestBytes[0]).toBeGreaterThan(WEB_PAYLOAD_LIMIT);
    // Nothing of the refused request ran.
    expect(fake.workbook.values('Blad1', 'B1')).toEqual([[null]]);
  });

  it('accepts the same request on the desktop (web: false)', async () => {
    const { fake, run } = setup({ web: false });
    const rows = Array.from({ length: 200 }, () => ['y'.repeat(30_000)]);
    await run(async (context) => {
      context.workbook.worksheets.getItem('Blad1').getRange('A1:A200').values = rows;
      await context.sync();
    });
    expect(fake.workbook.values('Blad1', 'A200')[0][0]).toHaveLength(30_000);
  });

  it('refuses a response above 5 MB on the web', async () => {
    const { run } = setup();
    const rows = Array.from({ length: 100 }, () => ['z'.repeat(30_000)]);
    await run(async (context) => {
      const s = context.workbook.worksheets.getItem('Blad1');
      s.getRange('A1:A100').values = rows;
      await context.sync();
      s.getRange('B1:B100').values = rows;
      await context.sync();
    });
    expect(
      await code(
        run(async (context) => {
          context.workbook.worksheets.getItem('Blad1').getRange('A1:B100').load('values');
          await context.sync();
        }),
      ),
    ).toBe('ResponsePayloadSizeLimitExceeded');
  });
});

describe('Excel fake: values', () => {
  it('needs a 2D array of exactly the range shape for values', async () => {
    const { run } = setup();
    for (const bad of [[[1, 2]], [[1], [2], [3]], [1, 2], 5]) {
      expect(
        await code(
          run(async (context) => {
            (context.workbook.worksheets.getItem('Blad1').getRange('A1:A2') as { values: unknown }).values = bad;
            await context.sync();
          }),
        ),
      ).toBe('InvalidArgument');
    }
    expect(
      await code(
        run(async (context) => {
          context.workbook.worksheets.getItem('Blad1').getRange('A1:A2').values = [[1], [2]];
          await context.sync();
        }),
      ),
    ).toBe('resolved');
  });

  it('lets a 1×1 number format apply to the whole range', async () => {
    const { fake, run } = setup();
    await run(async (context) => {
      context.workbook.worksheets.getItem('Blad1').getRange('A1:B3').numberFormat = [['0.00']];
      await context.sync();
    });
    expect(fake.workbook.cellInfo('Blad1', 'B3').style.numberFormat).toBe('0.00');
  });

  it('turns a string starting with = into a formula', async () => {
    const { fake, run } = setup();
    await run(async (context) => {
      const s = context.workbook.worksheets.getItem('Blad1');
      s.getRange('A1:A3').values = [[2], [3], ['=SUM(A1:A2)']];
      const r = s.getRange('A3');
      r.load('values, formulas');
      await context.sync();
      expect(r.values).toEqual([[5]]);
      expect(r.formulas).toEqual([['=SUM(A1:A2)']]);
    });
    expect(fake.workbook.cellInfo('Blad1', 'A3').formula).toBe('=SUM(A1:A2)');
  });

  it('turns +/- followed by text, and @…, into formulas as typing does; -3 stays a number', async () => {
    const { fake, run } = setup();
    await run(async (context) => {
      context.workbook.worksheets.getItem('Blad1').getRange('A1:A4').values = [['-minskat'], ['+46 70 123'], ['@konto'], ['-3']];
      await context.sync();
    });
    expect(fake.workbook.cellInfo('Blad1', 'A1').formula).toBe('=-minskat');
    expect(fake.workbook.cellInfo('Blad1', 'A2').formula).toBe('=+46 70 123');
    expect(fake.workbook.cellInfo('Blad1', 'A3').formula).toBe('=@konto');
    expect(fake.workbook.values('Blad1', 'A1:A4')).toEqual([['#NAME?'], ['#NAME?'], ['#NAME?'], [-3]]);
  });

  it('turns numeric-looking strings into numbers, booleans and dates unless the cell is formatted as text', async () => {
    const { fake, run } = setup();
    const texts = [['0610'], ['1e5'], ['5%'], ['1,234.5'], ['TRUE'], ['2026-03-15'], ['12,50']];
    await run(async (context) => {
      const s = context.workbook.worksheets.getItem('Blad1');
      s.getRange('A1:A7').values = texts;
      s.getRange('B1:B7').numberFormat = [['@']];
      s.getRange('B1:B7').values = texts;
      await context.sync();
    });
    expect(fake.workbook.values('Blad1', 'A1:A7')).toEqual([[610], [100000], [0.05], [1234.5], [true], [46096], ['12,50']]);
    expect(fake.workbook.values('Blad1', 'B1:B7')).toEqual(texts);
  });

  it('keeps the rest of a string after a leading apostrophe as text, without the apostrophe', async () => {
    const { fake, run } = setup();
    await run(async (context) => {
      const r = context.workbook.worksheets.getItem('Blad1').getRange('A1:A4');
      r.values = [["'=SUM(A1:A2)"], ["'0610"], ["''citat"], ["'-minskat"]];
      r.load('values, formulas');
      await context.sync();
      expect(r.values).toEqual([['=SUM(A1:A2)'], ['0610'], ["'citat"], ['-minskat']]);
      // Office.js drops the apostrophe in `formulas` too (office-js#6687): the text reads like a formula there.
      expect(r.formulas).toEqual([['=SUM(A1:A2)'], ['0610'], ["'citat"], ['-minskat']]);
    });
    expect(fake.workbook.cellInfo('Blad1', 'A1').formula).toBeNull();
  });

  it('leaves a cell unchanged for null and clears it for an empty string', async () => {
    const { fake, run } = setup();
    await run(async (context) => {
      const r = context.workbook.worksheets.getItem('Blad1').getRange('A1:B1');
      r.values = [[1, 2]];
      await context.sync();
      r.values = [[null, '']] as unknown as (string | number)[][];
      await context.sync();
    });
    expect(fake.workbook.values('Blad1', 'A1:B1')).toEqual([[1, null]]);
  });

  it('refuses a cell text above 32,767 characters', async () => {
    const { fake, run } = setup();
    expect(
      await code(
        run(async (context) => {
          context.workbook.worksheets.getItem('Blad1').getRange('A1:A2').values = [['ok'], ['x'.repeat(32_768)]];
          await context.sync();
        }),
      ),
    ).toBe('InvalidArgument');
    expect(fake.workbook.values('Blad1', 'A1')).toEqual([[null]]);
    await run(async (context) => {
      context.workbook.worksheets.getItem('Blad1').getRange('A1').values = [['x'.repeat(32_767)]];
      await context.sync();
    });
  });

  it('reads formula cells as Excel values: + − × ÷, parentheses, references, SUM; anything else #NAME?', async () => {
    const { fake, run } = setup();
    await run(async (context) => {
      const s = context.workbook.worksheets.getItem('Blad1');
      s.getRange('A1:A3').values = [[10], [4], ['text']];
      s.getRange('B1:B8').formulas = [
        ['=A1+A2*2'],
        ['=(A1-A2)/3'],
        ['=-A1+SUM(A1:A3, 1)'],
        ['=A1/0'],
        ['=A1+A3'],
        ['=AVERAGE(A1:A2)'],
        ['=A1&"x"'],
        ["='Blad1'!A1*2"],
      ];
      const r = s.getRange('B1:B8');
      r.load('values');
      await context.sync();
      expect(r.values).toEqual([[18], [2], [5], ['#DIV/0!'], ['#VALUE!'], ['#NAME?'], ['#NAME?'], [20]]);
    });
    // Never the formula text itself.
    expect(fake.workbook.values('Blad1', 'B6')).toEqual([['#NAME?']]);
  });
});

describe('Excel fake: sheets', () => {
  it('limits the grid to 1,048,576 rows and 16,384 columns', async () => {
    const { run } = setup();
    for (const address of ['A1048577', 'XFE1', 'A1:A1048577']) {
      expect(
        await code(
          run(async (context) => {
            context.workbook.worksheets.getItem('Blad1').getRange(address).load('address');
            await context.sync();
          }),
        ),
      ).toBe('InvalidArgument');
    }
    await run(async (context) => {
      const r = context.workbook.worksheets.getItem('Blad1').getRange('XFD1048576');
      const byIdx = context.workbook.worksheets.getItem('Blad1').getRangeByIndexes(1_048_575, 16_383, 1, 1);
      r.load('address');
      byIdx.load('address');
      await context.sync();
      expect(r.address).toBe('Blad1!XFD1048576');
      expect(byIdx.address).toBe('Blad1!XFD1048576');
    });
    expect(
      await code(
        run(async (context) => {
          context.workbook.worksheets.getItem('Blad1').getRangeByIndexes(1_048_576, 0, 1, 1).load('address');
          await context.sync();
        }),
      ),
    ).toBe('InvalidArgument');
  });

  it('enforces sheet names: ≤ 31 characters, none of []:*?/\\, no apostrophe at the ends, unique ignoring case', async () => {
    const { fake, run } = setup();
    for (const name of ['', 'a'.repeat(32), 'Budget/Utfall', 'Fel[1]', 'Vad?', 'A:B', 'Stjärna*', 'Back\\slash', "'citerad", 'citerad\'', 'History']) {
      expect(
        await code(
          run(async (context) => {
            context.workbook.worksheets.add(name);
            await context.sync();
          }),
        ),
      ).toBe('InvalidArgument');
    }
    expect(
      await code(
        run(async (context) => {
          context.workbook.worksheets.add('BLAD1');
          await context.sync();
        }),
      ),
    ).toBe('ItemAlreadyExists');
    await run(async (context) => {
      context.workbook.worksheets.add('a'.repeat(31));
      context.workbook.worksheets.add("Ett 'namn' här");
      await context.sync();
    });
    expect(fake.workbook.sheetNames()).toEqual(['Blad1', 'a'.repeat(31), "Ett 'namn' här"]);
  });

  it('keeps the last visible sheet: it can be neither deleted nor hidden', async () => {
    const { fake, run } = setup();
    expect(
      await code(
        run(async (context) => {
          context.workbook.worksheets.getItem('Blad1').delete();
          await context.sync();
        }),
      ),
    ).toBe('InvalidOperation');
    expect(
      await code(
        run(async (context) => {
          context.workbook.worksheets.getItem('Blad1').visibility = 'Hidden';
          await context.sync();
        }),
      ),
    ).toBe('InvalidOperation');
    await run(async (context) => {
      context.workbook.worksheets.add('Dold').visibility = 'VeryHidden';
      await context.sync();
    });
    expect(
      await code(
        run(async (context) => {
          context.workbook.worksheets.getItem('Blad1').delete();
          await context.sync();
        }),
      ),
    ).toBe('InvalidOperation');
    await run(async (context) => {
      context.workbook.worksheets.add('Synlig');
      context.workbook.worksheets.getItem('Blad1').delete();
      await context.sync();
    });
    expect(fake.workbook.sheetNames()).toEqual(['Dold', 'Synlig']);
  });

  it('moves sheets by position and lists them in order', async () => {
    const { run } = setup();
    await run(async (context) => {
      context.workbook.worksheets.add('B');
      const c = context.workbook.worksheets.add('C');
      c.position = 0;
      const all = context.workbook.worksheets;
      all.load('items/name,items/position,items/visibility');
      await context.sync();
      expect(all.items.map((s) => [s.name, s.position, s.visibility])).toEqual([
        ['C', 0, 'Visible'],
        ['Blad1', 1, 'Visible'],
        ['B', 2, 'Visible'],
      ]);
    });
  });

  it('refuses changes to locked cells of a protected sheet, but not to unlocked ones', async () => {
    const { fake, run } = setup();
    await run(async (context) => {
      const s = context.workbook.worksheets.getItem('Blad1');
      s.getRange('B2').format.protection.locked = false;
      s.protection.protect();
      await context.sync();
      s.getRange('B2').values = [[7]];
      await context.sync();
    });
    expect(fake.workbook.values('Blad1', 'B2')).toEqual([[7]]);
    expect(
      await code(
        run(async (context) => {
          context.workbook.worksheets.getItem('Blad1').getRange('A1').values = [[1]];
          await context.sync();
        }),
      ),
    ).toBe('AccessDenied');
  });

  it('answers the used range, or a null object for an empty sheet', async () => {
    const { run } = setup();
    await run(async (context) => {
      const s = context.workbook.worksheets.getItem('Blad1');
      const before = s.getUsedRangeOrNullObject(true);
      await context.sync();
      expect(before.isNullObject).toBe(true);
      s.getRange('C3:D4').values = [[1, null], [null, 'x']] as unknown as (string | number)[][];
      s.getRange('F9').format.font.bold = true;
      const valuesOnly = s.getUsedRange(true);
      const all = s.getUsedRange();
      valuesOnly.load('address');
      all.load('address');
      await context.sync();
      expect(valuesOnly.address).toBe('Blad1!C3:D4');
      expect(all.address).toBe('Blad1!C3:F9');
    });
  });
});

describe('Excel fake: tables', () => {
  async function table(run: Run, name: string, at = 'A1:B3', sheet = 'Blad1'): Promise<void> {
    await run(async (context) => {
      const s = context.workbook.worksheets.getItem(sheet);
      s.getRange(at).values = [['Kod', 'Belopp'], ['a', 1], ['b', 2]];
      s.tables.add(at, true).name = name;
      await context.sync();
    });
  }

  it('keeps table names valid and unique across the workbook, ignoring case', async () => {
    const { run } = setup();
    await table(run, 'IFO_Test');
    let row = 10;
    for (const [name, expected] of [
      ['ifo_test', 'ItemAlreadyExists'],
      ['A1', 'InvalidArgument'],
      ['R1C1', 'InvalidArgument'],
      ['1abc', 'InvalidArgument'],
      ['med mellanslag', 'InvalidArgument'],
      ['IFO_Annan', 'resolved'],
    ] as const) {
      const at = `E${row}:F${row + 1}`;
      row += 3;
      expect(
        await code(
          run(async (context) => {
            const s = context.workbook.worksheets.getItem('Blad1');
            s.getRange(at).values = [['x', 'y'], [1, 2]];
            s.tables.add(at, true).name = name;
            await context.sync();
          }),
        ),
      ).toBe(expected);
    }
  });

  it('refuses overlapping tables', async () => {
    const { run } = setup();
    await table(run, 'Tabell_a');
    expect(
      await code(
        run(async (context) => {
          context.workbook.worksheets.getItem('Blad1').tables.add('B2:C4', true);
          await context.sync();
        }),
      ),
    ).toBe('InvalidOperation');
  });

  it('adds rows with values, copying the formats of the row above', async () => {
    const { fake, run } = setup();
    await table(run, 'Tabell_a');
    await run(async (context) => {
      const t = context.workbook.tables.getItem('tabell_A');
      t.getDataBodyRange().getColumn(0).numberFormat = [['@']];
      t.rows.add(undefined, [['0610', 3], ['0620', 4]]);
      const body = t.getDataBodyRange();
      body.load('address, values');
      t.load('rows/count');
      await context.sync();
      expect(body.address).toBe('Blad1!A2:B5');
      expect(t.rows.count).toBe(4);
      expect(body.values).toEqual([['a', 1], ['b', 2], ['0610', 3], ['0620', 4]]);
    });
    expect(fake.workbook.tableInfo('Tabell_a')?.address).toBe('A1:B5');
  });

  it('keeps one body row when every body row is deleted', async () => {
    const { fake, run } = setup();
    await table(run, 'Tabell_a');
    await run(async (context) => {
      context.workbook.worksheets.getItem('Blad1').getRange('2:3').delete('Up');
      await context.sync();
    });
    expect(fake.workbook.tableInfo('Tabell_a')).toMatchObject({ address: 'A1:B2', bodyRows: 1 });
    expect(fake.workbook.values('Blad1', 'A2:B2')).toEqual([[null, null]]);
  });

  it('refuses to delete a table header row, or to shift part of a table', async () => {
    const { run } = setup();
    await table(run, 'Tabell_a');
    expect(
      await code(
        run(async (context) => {
          context.workbook.worksheets.getItem('Blad1').getRange('1:1').delete('Up');
          await context.sync();
        }),
      ),
    ).toBe('InvalidOperation');
    expect(
      await code(
        run(async (context) => {
          context.workbook.worksheets.getItem('Blad1').getRange('A2').delete('Up');
          await context.sync();
        }),
      ),
    ).toBe('InsertDeleteConflict');
  });

  it('names blank and duplicate headers as Excel does', async () => {
    const { fake, run } = setup();
    await run(async (context) => {
      const s = context.workbook.worksheets.getItem('Blad1');
      s.getRange('A1:C2').values = [['Kod', '', 'Kod'], [1, 2, 3]];
      s.tables.add('A1:C2', true);
      await context.sync();
    });
    expect(fake.workbook.values('Blad1', 'A1:C1')).toEqual([['Kod', 'Column2', 'Kod2']]);
  });
});

describe('Excel fake: requirement sets', () => {
  it('answers isSetSupported for ExcelApi up to the configured version', () => {
    const { fake } = setup({ apiVersion: '1.9' });
    expect(fake.isSetSupported('ExcelApi', '1.7')).toBe(true);
    expect(fake.isSetSupported('ExcelApi', '1.9')).toBe(true);
    expect(fake.isSetSupported('ExcelApi', '1.10')).toBe(false);
    expect(fake.isSetSupported('WordApi', '1.1')).toBe(false);
  });

  it('fails pageLayout (1.9), showGridlines (1.8), table resize (1.13) and axis number formats (1.8) on ExcelApi 1.7', async () => {
    const { run } = setup({ apiVersion: '1.7' });
    const attempts: ((context: Excel.RequestContext) => void)[] = [
      (context) => void (context.workbook.worksheets.getItem('Blad1').pageLayout.orientation = 'Landscape'),
      (context) => void (context.workbook.worksheets.getItem('Blad1').showGridlines = false),
      (context) => void (context.workbook.worksheets.getItem('Blad1').getRange('A1').format.indentLevel = 1),
    ];
    for (const attempt of attempts) {
      expect(
        await code(
          run(async (context) => {
            attempt(context);
            await context.sync();
          }),
        ),
      ).toBe('ApiNotFound');
    }
    expect(
      await code(
        run(async (context) => {
          const s = context.workbook.worksheets.getItem('Blad1');
          s.getRange('A1:A2').values = [['h'], [1]];
          const t = s.tables.add('A1:A2', true);
          await context.sync();
          t.resize('A1:A5');
          await context.sync();
        }),
      ),
    ).toBe('ApiNotFound');
  });

  it('offers the same features on a newer host', async () => {
    const { fake, run } = setup({ apiVersion: '1.13' });
    await run(async (context) => {
      const s = context.workbook.worksheets.getItem('Blad1');
      s.pageLayout.orientation = 'Landscape';
      s.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      s.pageLayout.setPrintTitleRows('$1:$3');
      s.showGridlines = false;
      s.getRange('A1:A2').values = [['h'], [1]];
      const t = s.tables.add('A1:A2', true);
      t.resize('A1:A5');
      await context.sync();
    });
    const sheet = fake.workbook.sheet('Blad1');
    expect(sheet.pageLayout).toMatchObject({ orientation: 'Landscape', printTitleRows: '$1:$3', zoom: { horizontalFitToPages: 1 } });
    expect(sheet.showGridlines).toBe(false);
    expect(fake.workbook.tables[0].area.rows).toBe(5);
  });
});

describe('Excel fake: charts, conditional formats, freeze panes', () => {
  it('builds a chart with series, title, axes, legend and position', async () => {
    const { fake, run } = setup();
    await run(async (context) => {
      const s = context.workbook.worksheets.getItem('Blad1');
      s.getRange('A1:C3').values = [['', 'Budget', 'Utfall'], ['jan', 1, 2], ['feb', 3, 4]];
      const chart = s.charts.add('ColumnClustered', s.getRange('B2:B3'), 'Columns');
      chart.name = 'Diagram';
      chart.title.text = 'Budget och utfall';
      chart.series.getItemAt(0).name = 'Budget';
      chart.series.getItemAt(0).setXAxisValues(s.getRange('A2:A3'));
      const second = chart.series.add('Utfall');
      second.setValues(s.getRange('C2:C3'));
      chart.legend.position = 'Bottom';
      chart.axes.valueAxis.title.text = 'kr';
      chart.setPosition('E2', 'K14');
      await context.sync();
    });
    const chart = fake.workbook.sheet('Blad1').charts[0];
    expect(chart).toMatchObject({ name: 'Diagram', type: 'ColumnClustered', title: { text: 'Budget och utfall' }, position: { from: 'E2', to: 'K14' } });
    expect(chart.series.map((x) => x.name)).toEqual(['Budget', 'Utfall']);
    expect(
      await code(
        run(async (context) => {
          const s = context.workbook.worksheets.getItem('Blad1');
          // The real types refuse this too; the fake must refuse it at run time.
          s.charts.add('columnClustered' as Excel.ChartType, s.getRange('B2:B3'));
          await context.sync();
        }),
      ),
    ).toBe('InvalidArgument');
  });

  it('adds cell-value and custom conditional formats and checks the operator', async () => {
    const { fake, run } = setup();
    await run(async (context) => {
      const r = context.workbook.worksheets.getItem('Blad1').getRange('D4:D5');
      const cf = r.conditionalFormats.add('CellValue');
      cf.cellValue.rule = { formula1: '0', operator: 'LessThan' };
      cf.cellValue.format.font.color = '#C00000';
      const custom = r.conditionalFormats.add('Custom');
      custom.custom.rule.formula = '=ABS($D4)>=100';
      custom.custom.format.fill.color = '#FFF2CC';
      await context.sync();
    });
    expect(fake.workbook.sheet('Blad1').conditionalFormats.map((c) => [c.type, c.rule])).toEqual([
      ['CellValue', { formula1: '0', operator: 'LessThan' }],
      ['Custom', { formula: '=ABS($D4)>=100' }],
    ]);
    expect(
      await code(
        run(async (context) => {
          const cf = context.workbook.worksheets.getItem('Blad1').getRange('A1').conditionalFormats.add('CellValue');
          cf.cellValue.rule = { formula1: '0', operator: 'lessThan' as Excel.ConditionalCellValueOperator };
          await context.sync();
        }),
      ),
    ).toBe('InvalidArgument');
  });

  it('freezes panes at a range', async () => {
    const { fake, run } = setup();
    await run(async (context) => {
      context.workbook.worksheets.getItem('Blad1').freezePanes.freezeAt(context.workbook.worksheets.getItem('Blad1').getRange('A1:B3'));
      await context.sync();
    });
    expect(fake.workbook.sheet('Blad1').freeze).toEqual({ rows: 3, columns: 2 });
  });
});

import { accountInRange, costLineOf, costLineResolver, DEFAULT_ACCOUNT_MAP, DEFAULT_COST_LINES, readAccountMap, readOrganisation } from './structure';
import { MemoryPort } from './testing/memoryPort.test-util';
import { ACCOUNT_MAP_TABLE, ORGANISATION_TABLE } from '../model/tables';

describe('account → cost line', () => {
  it('matches on prefixes between from and to', () => {
    expect(accountInRange('46311', '4631', '4631')).toBe(true);
    expect(accountInRange('4631', '4631', '4631')).toBe(true);
    expect(accountInRange('463', '4631', '4631')).toBe(false);
    expect(accountInRange('61990', '61', '62')).toBe(true);
    expect(accountInRange('63000', '61', '62')).toBe(false);
    expect(accountInRange('79999', '6', '9')).toBe(true);
    // Different lengths: from padded with 0, to with 9.
    expect(accountInRange('46399', '4631', '46399')).toBe(true);
    expect(accountInRange('46300', '4631', '46399')).toBe(false);
  });

  it('maps the default IFO accounts, narrow rows first', () => {
    const cases: [string, string | null][] = [
      ['46311', 'Köpt vård institution barn och unga'],
      ['46312', 'Köpt vård institution barn och unga'],
      ['46321', 'Familjehemsvård'],
      ['45331', 'Familjehemsvård'],
      ['46341', 'Familjehemsvård'],
      ['46331', 'Köpt vård vuxna'],
      ['46351', 'Köpt vård institution barn och unga'],
      ['46352', 'Köpt vård vuxna'],
      ['45200', 'Ekonomiskt bistånd'],
      ['45190', 'Övriga kostnader'],
      ['61110', 'Lokaler'],
      ['62120', 'Lokaler'],
      ['64110', 'Övriga kostnader'],
      ['31100', 'Intäkter'],
      ['51110', 'Personal'],
      ['71310', 'Övriga kostnader'],
      ['19300', null],
      ['2440', null],
      ['VVV', null],
    ];
    for (const [acc, line] of cases) expect([acc, costLineOf(acc, DEFAULT_ACCOUNT_MAP)]).toEqual([acc, line]);
    const resolve = costLineResolver(DEFAULT_ACCOUNT_MAP);
    expect(resolve('46311')).toBe(resolve('46311'));
    const names = new Set(DEFAULT_COST_LINES.map((c) => c.name));
    for (const r of DEFAULT_ACCOUNT_MAP) expect(names.has(r.costLine)).toBe(true);
  });

  it('reads edited tables: numbers typed as codes, moved columns', async () => {
    const port = new MemoryPort();
    await port.replaceTable(ACCOUNT_MAP_TABLE, [[4631, 4631, 'HVB', ''], ['', '', '', '']]);
    expect(await readAccountMap(port)).toEqual([{ from: '4631', to: '4631', costLine: 'HVB', note: '' }]);
    expect(await readOrganisation(port)).toBeNull();
    await port.replaceTable(ORGANISATION_TABLE, [['0610', 'Barn', 'Enhet 1', 'Barn och unga', '569']]);
    expect(await readOrganisation(port)).toEqual([{ costCenter: '0610', name: 'Barn', unit: 'Enhet 1', area: 'Barn och unga', activity: '569' }]);
  });
});

import { DraftJournal, draftKey, readName, readRole, writeName, writeRole, type KeyValueStore } from './drafts';

class MemoryStore implements KeyValueStore {
  readonly data = new Map<string, string>();
  getItem(k: string) {
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.data.set(k, v);
  }
  removeItem(k: string) {
    this.data.delete(k);
  }
}

describe('the draft journal', () => {
  const key = draftKey('Anna', '52110', '2026-10', 'Köpt vård', 'cause');

  it('keeps what was typed until the workbook has it', () => {
    const store = new MemoryStore();
    const j = new DraftJournal(store, () => 1000);
    j.put(key, 'Två nya placeringar', '');
    // A new pane (a new journal over the same storage) restores it while the field still shows the same stored value.
    const again = new DraftJournal(store, () => 2000);
    expect(again.restore(key, '')).toEqual({ text: 'Två nya placeringar', base: '', at: 1000 });
    again.remove(key);
    expect(again.size()).toBe(0);
    expect(store.data.size).toBe(0);
  });

  it('drops an entry typed over a value that has changed since, one equal to the stored value, and old ones', () => {
    const store = new MemoryStore();
    let now = 0;
    const j = new DraftJournal(store, () => now);
    j.put(key, '2 500 000', '2 400 000');
    expect(j.restore(key, '2 450 000')).toBeNull(); // someone saved another value meanwhile
    expect(j.size()).toBe(0);
    j.put(key, '2 450 000', '2 400 000');
    expect(j.restore(key, '2 400 000')).not.toBeNull();
    j.put(key, '2 400 000', '2 400 000');
    expect(j.restore(key, '2 400 000')).toBeNull(); // nothing to save
    j.put(key, 'x', '');
    now = 8 * 24 * 3600 * 1000;
    expect(j.restore(key, '')).toBeNull();
  });

  it('keys fields by user, unit, round, line and field; survives broken or missing storage', () => {
    expect(draftKey(' Anna ', '1', '2026-10', 'L', 'f')).toBe(draftKey('anna', '1', '2026-10', 'L', 'f'));
    expect(draftKey('anna', '1', '2026-10', 'L', 'f')).not.toBe(draftKey('anna', '1', '2026-11', 'L', 'f'));
    const store = new MemoryStore();
    store.setItem('ifo-prognos.forecast.drafts', '{not json');
    const j = new DraftJournal(store);
    expect(j.restore(key, '')).toBeNull();
    j.put(key, 'a', '');
    expect(j.size()).toBe(1);
    const none = new DraftJournal(null);
    none.put(key, 'a', '');
    expect(none.restore(key, '')).toBeNull();
    const throwing: KeyValueStore = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('blocked');
      },
      removeItem: () => undefined,
    };
    expect(() => new DraftJournal(throwing).put(key, 'a', '')).not.toThrow();
  });

  it('lists the lines of a unit and round with unsaved fields', () => {
    const j = new DraftJournal(new MemoryStore());
    j.put(draftKey('Anna', '52110', '2026-10', 'Personal', 'cause'), 'a', '');
    j.put(draftKey('Anna', '52110', '2026-10', 'Personal', 'month-11'), '1', '');
    j.put(draftKey('Anna', '52110', '2026-10', 'Lokaler', 'fullYear'), '1', '');
    j.put(draftKey('Anna', '52110', '2026-09', 'Personal', 'cause'), 'a', '');
    j.put(draftKey('Bertil', '52110', '2026-10', 'Personal', 'cause'), 'a', '');
    j.put(draftKey('Anna', '521100', '2026-10', 'Personal', 'cause'), 'a', '');
    expect(j.pendingFields('anna', '52110', '2026-10')).toEqual(
      new Map([
        ['Personal', ['cause', 'month-11']],
        ['Lokaler', ['fullYear']],
      ]),
    );
  });

  it('remembers the name and the role', () => {
    const store = new MemoryStore();
    expect(readName(store)).toBe('');
    writeName(store, '  Anna Andersson ');
    expect(readName(store)).toBe('Anna Andersson');
    expect(readRole(store)).toBe('manager');
    writeRole(store, 'economist');
    expect(readRole(store)).toBe('economist');
    writeName(store, ' ');
    expect(readName(store)).toBe('');
    expect(readName(null)).toBe('');
  });
});

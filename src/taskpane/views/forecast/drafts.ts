/**
 * What the pane keeps on this computer (localStorage, per user of the browser/Office profile):
 * - the name the user entered once (written to the audit trail);
 * - the role last used (enhetschef/ekonom);
 * - a journal of typed values not yet saved to the workbook.
 *
 * The journal is what makes "close the pane mid-edit" safe: every keystroke is written here synchronously, and the
 * entry is removed when the workbook has it. A field that mounts with an entry typed over the same stored value it
 * still shows (`base`) commits the entry at once; an entry typed over a value that has changed since (someone saved
 * something else) is stale and dropped. Entries older than a week are dropped.
 */

/** The part of the Web Storage API used here (injectable for tests). */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const PREFIX = 'ifo-prognos.';
const NAME_KEY = PREFIX + 'user';
const ROLE_KEY = PREFIX + 'forecast.role';
const JOURNAL_KEY = PREFIX + 'forecast.drafts';
const MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;

/** The browser's localStorage, or null where it is not available (private mode, blocked storage). */
export function browserStore(): KeyValueStore | null {
  try {
    const s = globalThis.localStorage;
    const probe = PREFIX + 'probe';
    s.setItem(probe, '1');
    s.removeItem(probe);
    return s;
  } catch {
    return null;
  }
}

export function readName(store: KeyValueStore | null): string {
  try {
    return store?.getItem(NAME_KEY)?.trim() ?? '';
  } catch {
    return '';
  }
}

export function writeName(store: KeyValueStore | null, name: string): void {
  try {
    if (name.trim()) store?.setItem(NAME_KEY, name.trim());
    else store?.removeItem(NAME_KEY);
  } catch {
    // Storage full or blocked: the name is asked for again next time.
  }
}

export type Role = 'manager' | 'economist';

export function readRole(store: KeyValueStore | null): Role {
  try {
    return store?.getItem(ROLE_KEY) === 'economist' ? 'economist' : 'manager';
  } catch {
    return 'manager';
  }
}

export function writeRole(store: KeyValueStore | null, role: Role): void {
  try {
    store?.setItem(ROLE_KEY, role);
  } catch {
    // Not remembered; harmless.
  }
}

export interface DraftEntry {
  /** What the user typed. */
  text: string;
  /** The stored value the field showed when the user typed over it. */
  base: string;
  /** Milliseconds since 1970 when typed. */
  at: number;
}

/** Key of one field: user × unit × round × line × field (fullYear, month-11, cause, action). */
export function draftKey(user: string, costCenter: string, round: string, costLine: string, field: string): string {
  return [user.trim().toLowerCase(), costCenter, round, costLine, field].join('\u001f');
}

/** The journal of unsaved typed values. */
export class DraftJournal {
  constructor(
    private readonly store: KeyValueStore | null,
    private readonly now: () => number = () => Date.now(),
  ) {}

  private load(): Record<string, DraftEntry> {
    try {
      const raw = this.store?.getItem(JOURNAL_KEY);
      if (!raw) return {};
      const parsed = JSON.parse(raw) as unknown;
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
      const out: Record<string, DraftEntry> = {};
      for (const [k, v] of Object.entries(parsed as Record<string, unknown>)) {
        const e = v as Partial<DraftEntry> | null;
        if (e && typeof e.text === 'string' && typeof e.base === 'string' && typeof e.at === 'number') out[k] = { text: e.text, base: e.base, at: e.at };
      }
      return out;
    } catch {
      return {};
    }
  }

  private save(all: Record<string, DraftEntry>): void {
    try {
      if (Object.keys(all).length === 0) this.store?.removeItem(JOURNAL_KEY);
      else this.store?.setItem(JOURNAL_KEY, JSON.stringify(all));
    } catch {
      // Storage full or blocked: the debounce and blur commits still save; only a hard close loses the last keys.
    }
  }

  /** Records what was typed in a field (synchronously: it survives the pane being closed right after). */
  put(key: string, text: string, base: string): void {
    const all = this.load();
    all[key] = { text, base, at: this.now() };
    this.save(all);
  }

  remove(key: string): void {
    const all = this.load();
    if (!(key in all)) return;
    delete all[key];
    this.save(all);
  }

  /**
   * The entry to restore for a field that now shows `stored`: typed over that same value, differing from it, and not
   * older than a week. Any other entry for the key is stale and removed.
   */
  restore(key: string, stored: string): DraftEntry | null {
    const all = this.load();
    const e = all[key];
    if (!e) return null;
    if (e.base === stored && e.text !== stored && this.now() - e.at <= MAX_AGE_MS) return e;
    delete all[key];
    this.save(all);
    return null;
  }

  /** Lines of a unit × round with typed values not yet saved, and which fields (to open those cards on start). */
  pendingFields(user: string, costCenter: string, round: string): Map<string, string[]> {
    const prefix = draftKey(user, costCenter, round, '', '').slice(0, -2);
    const out = new Map<string, string[]>();
    for (const k of Object.keys(this.load())) {
      const parts = k.split('\u001f');
      if (parts.length !== 5 || parts.slice(0, 3).join('\u001f') !== prefix) continue;
      out.set(parts[3], [...(out.get(parts[3]) ?? []), parts[4]]);
    }
    return out;
  }

  /** Number of entries (for tests and diagnostics). */
  size(): number {
    return Object.keys(this.load()).length;
  }
}

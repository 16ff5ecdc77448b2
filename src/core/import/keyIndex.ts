/**
 * An open-addressing hash index from a key (text) to a small integer id, with the keys kept in one flat
 * UTF-16 pool, so that a line of a ledger can be looked up straight from the text it sits in — no substring,
 * no string allocation — and verified character by character (no trust in the hash alone).
 * Per id the hash, the pool offset and the length sit side by side (one cache line).
 */

export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 16777619;
/** Separator between the fields of a key; mixed into the hash like a character. */
export const KEY_SEPARATOR = 1;

/** The hash of a key string (fields joined by U+0001), as the index computes it. */
export function keyHash(key: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), FNV_PRIME);
  return h | 0;
}

const STRIDE = 4; // hash, pool start, length, unused

export class KeyIndex {
  private slots: Int32Array;
  private mask: number;
  private meta: Int32Array = new Int32Array(1024 * STRIDE);
  private pool: Uint16Array = new Uint16Array(1 << 16);
  private poolUsed = 0;
  size = 0;

  constructor(private readonly maxSize: number) {
    this.slots = new Int32Array(1 << 12).fill(-1);
    this.mask = this.slots.length - 1;
  }

  /** Adds a key; returns its id, or −1 when the index is full or the key is already there. */
  add(key: string): number {
    if (this.size >= this.maxSize) return -1;
    const h = keyHash(key);
    if (this.find(key, h) >= 0) return -1;
    if ((this.size + 1) * 2 > this.slots.length) this.grow();
    const id = this.size++;
    if ((id + 1) * STRIDE > this.meta.length) {
      const m = new Int32Array(this.meta.length * 2);
      m.set(this.meta);
      this.meta = m;
    }
    while (this.poolUsed + key.length > this.pool.length) {
      const p = new Uint16Array(this.pool.length * 2);
      p.set(this.pool);
      this.pool = p;
    }
    for (let i = 0; i < key.length; i++) this.pool[this.poolUsed + i] = key.charCodeAt(i);
    const o = id * STRIDE;
    this.meta[o] = h;
    this.meta[o + 1] = this.poolUsed;
    this.meta[o + 2] = key.length;
    this.poolUsed += key.length;
    this.insertSlot(id, h);
    return id;
  }

  private find(key: string, h: number): number {
    let s = h & this.mask;
    for (;;) {
      const id = this.slots[s];
      if (id < 0) return -1;
      const o = id * STRIDE;
      if (this.meta[o] === h && this.meta[o + 2] === key.length) {
        const st = this.meta[o + 1];
        let i = 0;
        while (i < key.length && this.pool[st + i] === key.charCodeAt(i)) i++;
        if (i === key.length) return id;
      }
      s = (s + 1) & this.mask;
    }
  }

  private insertSlot(id: number, h: number): void {
    let s = h & this.mask;
    while (this.slots[s] >= 0) s = (s + 1) & this.mask;
    this.slots[s] = id;
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(-1);
    this.mask = this.slots.length - 1;
    for (let id = 0; id < this.size; id++) this.insertSlot(id, this.meta[id * STRIDE]);
  }

  /** True when key `id` is exactly the given fields of `text` joined by the separator (no hash needed). */
  sameFields(id: number, text: string, cols: readonly number[], fStart: Int32Array, fEnd: Int32Array): boolean {
    const o = id * STRIDE;
    const pool = this.pool;
    let p = this.meta[o + 1];
    const stop = p + this.meta[o + 2];
    for (let j = 0; j < cols.length; j++) {
      if (j) {
        if (p >= stop || pool[p] !== KEY_SEPARATOR) return false;
        p++;
      }
      const b = fEnd[cols[j]];
      for (let i = fStart[cols[j]]; i < b; i++, p++) {
        if (p >= stop || pool[p] !== text.charCodeAt(i)) return false;
      }
    }
    return p === stop;
  }

  /** The hash of the given fields of `text` joined by the separator (as keyHash of the joined string). */
  static fieldsHash(text: string, cols: readonly number[], fStart: Int32Array, fEnd: Int32Array): number {
    let h = FNV_OFFSET;
    for (let j = 0; j < cols.length; j++) {
      if (j) h = Math.imul(h ^ KEY_SEPARATOR, FNV_PRIME);
      const b = fEnd[cols[j]];
      for (let i = fStart[cols[j]]; i < b; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
    }
    return h | 0;
  }

  /**
   * True when key `id` is exactly the given fields of `text` (field k is text[fStart[cols[k]], fEnd[cols[k]])),
   * joined by the separator, and its hash is h.
   */
  matches(id: number, h: number, text: string, cols: readonly number[], fStart: Int32Array, fEnd: Int32Array): boolean {
    return this.meta[id * STRIDE] === h && this.sameFields(id, text, cols, fStart, fEnd);
  }

  /** Looks up the key made of the given fields of `text` whose hash the caller computed; the id or −1. */
  lookupFields(h: number, text: string, cols: readonly number[], fStart: Int32Array, fEnd: Int32Array): number {
    let s = h & this.mask;
    for (;;) {
      const id = this.slots[s];
      if (id < 0) return -1;
      if (this.matches(id, h, text, cols, fStart, fEnd)) return id;
      s = (s + 1) & this.mask;
    }
  }
}

/**
 * A small seeded pseudo-random generator for the example municipality (sfc32, seeded through splitmix32).
 *
 * Determinism across hosts: only 32-bit integer operations and +, ×, ÷, floor on doubles are used (all exact or
 * correctly rounded in IEEE 754), never Math.random or transcendental functions (exp, log, sin …) whose last bit
 * may differ between JavaScript engines. So the same seed gives the same files in Node and in every browser.
 */

/** splitmix32: turns any 32-bit seed into well-mixed 32-bit values. */
function splitmix32(state: number): () => number {
  let s = state >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** FNV-1a hash of a label, to derive independent streams ("ledger", "register" …) from one seed. */
export function hashLabel(label: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  /** A generator for `seed` (any uint32) and an optional stream label. */
  constructor(
    readonly seed: number,
    readonly label = '',
  ) {
    const mix = splitmix32((seed >>> 0) ^ hashLabel(label));
    this.a = mix();
    this.b = mix();
    this.c = mix();
    this.d = mix();
    for (let i = 0; i < 12; i++) this.uint32();
  }

  /** An independent generator for a sub-task: forking does not consume this generator's values. */
  fork(label: string): Random {
    return new Random(this.seed, this.label + '/' + label);
  }

  /** Next 32-bit unsigned integer (sfc32). */
  uint32(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + t) >>> 0;
    return t >>> 0;
  }

  /** Integer in [min, max], both included. Ranges up to 2^32. */
  int(min: number, max: number): number {
    if (!Number.isSafeInteger(min) || !Number.isSafeInteger(max) || max < min) {
      throw new RangeError(`Random.int: bad range ${min}..${max}`);
    }
    const span = max - min + 1;
    if (span > 0x1_0000_0000) throw new RangeError('Random.int: range too large');
    // Multiply-high: floor(u × span / 2^32). Exact while u × span < 2^53; above that the double product is
    // still correctly rounded and therefore the same on every host.
    return min + Math.floor((this.uint32() * span) / 0x1_0000_0000);
  }

  /** True with probability num/den (integers). */
  chance(num: number, den = 100): boolean {
    return this.int(0, den - 1) < num;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('Random.pick: empty list');
    return items[this.int(0, items.length - 1)];
  }

  /** Picks by integer weights. */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((s, [, w]) => s + w, 0);
    let r = this.int(0, total - 1);
    for (const [item, w] of items) {
      if (r < w) return item;
      r -= w;
    }
    return items[items.length - 1][0];
  }

  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const out = items.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const j = this.int(0, i);
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  }

  /** `value` scaled by a random factor in [1 − perMille/1000, 1 + perMille/1000], rounded to an integer. */
  vary(value: number, perMille: number): number {
    const f = 1000 + this.int(-perMille, perMille);
    return Math.round((value * f) / 1000);
  }
}

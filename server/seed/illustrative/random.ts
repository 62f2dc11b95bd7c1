/**
 * A small seeded pseudo-random generator (sfc32, seeded through the cyrb128 string hash).
 * The same seed always gives the same sequence, on every platform, so generated data sets
 * can be regenerated exactly. Not for anything that needs to be unpredictable.
 */
export class Random {
  private readonly nextUint: () => number;

  constructor(private readonly seedText: string) {
    const [a, b, c, d] = cyrb128(seedText);
    this.nextUint = sfc32(a, b, c, d);
    // The first outputs still carry visible structure of the hash; drop them.
    for (let i = 0; i < 15; i++) this.nextUint();
  }

  /** A generator seeded from a number or string; 1 and '1' give the same sequence. */
  static from(seed: number | string): Random {
    return new Random(String(seed));
  }

  /**
   * An independent generator derived from this one's seed and a label. It does not depend
   * on how many numbers this one has drawn, so one part of the output can change without
   * shifting every other part.
   */
  fork(label: string): Random {
    return new Random(`${this.seedText}/${label}`);
  }

  /** A float in [0, 1). */
  next(): number {
    return this.nextUint() / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    if (!Number.isInteger(min) || !Number.isInteger(max) || max < min) {
      throw new RangeError(`int(${min}, ${max}) needs integers with min <= max`);
    }
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick() from an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** One item, each as likely as its weight; weights need not add up to anything. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, weight] of entries) {
      if (!(weight >= 0)) throw new RangeError('weighted() needs non-negative weights');
      total += weight;
    }
    if (total <= 0) throw new RangeError('weighted() needs a positive total weight');
    let remaining = this.next() * total;
    for (const [item, weight] of entries) {
      remaining -= weight;
      if (remaining < 0) return item;
    }
    // Only reachable through float rounding on the very last entry.
    return lastPositive(entries);
  }

  /** A shuffled copy; the input is left as it is. */
  shuffle<T>(items: readonly T[]): T[] {
    return this.sample(items, items.length);
  }

  /** count distinct items (by position), in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const copy = items.slice();
    const n = Math.min(Math.max(0, count), copy.length);
    // A partial Fisher-Yates: only the first n places need settling.
    for (let i = 0; i < n; i++) {
      const j = this.int(i, copy.length - 1);
      const held = copy[i] as T;
      copy[i] = copy[j] as T;
      copy[j] = held;
    }
    return copy.slice(0, n);
  }
}

function lastPositive<T>(entries: readonly (readonly [T, number])[]): T {
  for (let i = entries.length - 1; i >= 0; i--) {
    const entry = entries[i];
    if (entry && entry[1] > 0) return entry[0];
  }
  throw new RangeError('weighted() needs a positive total weight');
}

function cyrb128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

function sfc32(a: number, b: number, c: number, d: number): () => number {
  return () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
}

import { ALL, type Cell, cellKey, type Dataset, type Range } from './harvest';

/**
 * What an attacker does with a harvest: writes down every identity it knows between the figures
 * (from what they mean, not from how the server computes them) and tries to get withheld counts
 * out of them, in the min and in the max of the figures:
 * - differencing: an identity with one withheld member gives it directly;
 * - elimination: any linear combination of identities (Gaussian elimination over all of them
 *   at once, exact, modulo a large prime) that leaves one withheld count alone;
 * - bounds: what the labels say ("fewer than 5": 1 to 4; withheld: not 0), counts are never
 *   negative, and a split part present at n roundtables is at least n, propagated through the
 *   identities until nothing moves; a withheld count narrowed to one value is recovered;
 * - shares times totals: a published share with a published part gives the other part.
 * A withheld count counts as recovered only when the attack pins it to exactly its true value.
 */

export type Kind = 'overlapping periods' | 'regions minus regions' | 'totals minus parts' | 'recorded and illustrative';

/** total = Σ parts, between cells named by key. */
export interface Identity {
  kind: Kind;
  total: string;
  parts: string[];
}

export interface Attempts {
  identities: Record<Kind, number>;
  withheld: number;
  differencing: number;
  elimination: { unknowns: number; equations: number };
  bounds: { unknowns: number; rounds: number };
  shares: number;
  /** Withheld counts pinned to their true value, each with how. */
  recovered: string[];
}

const MODES = ['ONLINE', 'ONSITE', 'UNKNOWN_MODE'];
const GENDERS = ['FEMALE', 'MALE', 'NON_BINARY', 'UNDISCLOSED', 'NOT_RECORDED'].map((g) => `GENDER:${g}`);
const AGES = ['UNDER_18', 'AGE_18_24', 'AGE_25_34', 'AGE_35_49', 'AGE_50_64', 'AGE_65_PLUS', 'NOT_RECORDED'].map((a) => `AGE:${a}`);
const SPLITS = [MODES, ['NEWCOMER', 'OTHER', 'FROM_PUBLICATIONS'], [...GENDERS, 'FROM_PUBLICATIONS'], [...AGES, 'FROM_PUBLICATIONS']];

/**
 * The identities between the harvested cells: regions and sets of regions add up to their union,
 * years to the project, recorded facts and illustrative data to both, and every split of people
 * (by mode, newcomer status, gender, age band) to the total. All time is the project when the
 * coverage shows no roundtable outside it.
 */
export function identities(
  cells: ReadonlyMap<string, Cell>,
  regions: readonly string[],
  sets: readonly string[],
  allTimeIsProject: boolean,
): Identity[] {
  const parts = new Set([...cells.keys()].map((key) => key.split('|')[3] as string));
  const out: Identity[] = [];
  const has = (key: string) => cells.has(key);
  const add = (kind: Kind, total: string, members: string[]) => {
    if (has(total) && members.every(has)) out.push({ kind, total, parts: members });
  };
  for (const part of parts) {
    if (part === 'ONSITE_SHARE') continue;
    for (const period of ['ALL', 'SIRA', '2021', '2022', '2023']) {
      for (const region of [...regions, ALL, ...sets]) {
        add('recorded and illustrative', cellKey('both', region, period, part), [
          cellKey('rec', region, period, part),
          cellKey('ill', region, period, part),
        ]);
      }
      for (const dataset of ['rec', 'ill', 'both'] as Dataset[]) {
        const at = (region: string) => cellKey(dataset, region, period, part);
        add('regions minus regions', at(ALL), regions.map(at));
        for (const set of sets) add('regions minus regions', at(set), set.split('+').map(at));
      }
    }
    for (const dataset of ['rec', 'ill', 'both'] as Dataset[]) {
      for (const region of [...regions, ALL, ...sets]) {
        const at = (period: string) => cellKey(dataset, region, period, part);
        add('overlapping periods', at('SIRA'), ['2021', '2022', '2023'].map(at));
        if (allTimeIsProject) add('overlapping periods', at('ALL'), [at('SIRA')]);
      }
    }
  }
  for (const key of cells.keys()) {
    const [dataset, region, period, part] = key.split('|') as [Dataset, string, string, string];
    if (part !== 'TOTAL') continue;
    for (const split of SPLITS) {
      const members = split.map((p) => cellKey(dataset, region, period, p)).filter(has);
      // Attendance is split by mode for every set asked for; the other splits are asked for each
      // region and all regions, and list their present parts, the others being 0.
      const splitAnswered = split === MODES ? members.length === 3 : members.length > 0 && !region.includes('+');
      if (splitAnswered) out.push({ kind: 'totals minus parts', total: key, parts: members });
    }
  }
  return out;
}

const PRIME = 2_147_483_647n;
const mod = (a: bigint) => ((a % PRIME) + PRIME) % PRIME;
function inverse(a: bigint): bigint {
  let [r0, r1, s0, s1] = [PRIME, mod(a), 0n, 1n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  return mod(s0);
}

type System = 'min' | 'max';
const valueIn = (cell: Cell | undefined, system: System): bigint => BigInt(cell?.value?.[system] ?? 0);

/**
 * The withheld cells that the identities determine, by exact elimination: reduce the system of
 * identities (withheld cells unknown, the rest known) to row echelon form; an unknown is
 * determined when a reduced row holds it alone.
 */
export function eliminate(
  list: readonly Identity[],
  cells: ReadonlyMap<string, Cell>,
  system: System,
): { determined: Map<string, bigint>; unknowns: number } {
  const unknownIndex = new Map<string, number>();
  const rows: Map<number, bigint>[] = [];
  const constants: bigint[] = [];
  for (const { total, parts } of list) {
    const row = new Map<number, bigint>();
    let constant = 0n;
    for (const [key, coefficient] of [[total, -1n] as const, ...parts.map((part) => [part, 1n] as const)]) {
      const cell = cells.get(key);
      if (cell?.withheld) {
        if (!unknownIndex.has(key)) unknownIndex.set(key, unknownIndex.size);
        const index = unknownIndex.get(key) as number;
        row.set(index, mod((row.get(index) ?? 0n) + coefficient));
      } else constant -= coefficient * valueIn(cell, system);
    }
    for (const [index, coefficient] of row) if (coefficient === 0n) row.delete(index);
    if (row.size > 0) {
      rows.push(row);
      constants.push(mod(constant));
    }
  }
  // Gauss–Jordan on sparse rows: every pivot column is cleared from every other row.
  const pivotRow = new Map<number, number>();
  const columnRows = new Map<number, Set<number>>();
  rows.forEach((row, r) => {
    for (const column of row.keys()) (columnRows.get(column) ?? columnRows.set(column, new Set()).get(column))?.add(r);
  });
  const alive = rows.map(() => true);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] as Map<number, bigint>;
    if (row.size === 0) {
      alive[r] = false;
      continue;
    }
    const [column, coefficient] = [...row.entries()].sort((a, b) => a[0] - b[0])[0] as [number, bigint];
    const scale = inverse(coefficient);
    for (const [c, v] of row) row.set(c, mod(v * scale));
    constants[r] = mod((constants[r] as bigint) * scale);
    pivotRow.set(column, r);
    for (const other of [...(columnRows.get(column) ?? [])]) {
      if (other === r) continue;
      const target = rows[other] as Map<number, bigint>;
      const factor = target.get(column);
      if (!factor) continue;
      for (const [c, v] of row) {
        const next = mod((target.get(c) ?? 0n) - factor * v);
        if (next === 0n) {
          target.delete(c);
          columnRows.get(c)?.delete(other);
        } else {
          if (!target.has(c)) (columnRows.get(c) ?? columnRows.set(c, new Set()).get(c))?.add(other);
          target.set(c, next);
        }
      }
      constants[other] = mod((constants[other] as bigint) - factor * (constants[r] as bigint));
    }
  }
  const keys = [...unknownIndex.keys()];
  const determined = new Map<string, bigint>();
  for (const [column, r] of pivotRow) {
    const row = rows[r] as Map<number, bigint>;
    if (alive[r] && row.size === 1 && row.has(column)) determined.set(keys[column] as string, constants[r] as bigint);
  }
  return { determined, unknowns: unknownIndex.size };
}

/**
 * Bounds propagated through the identities: each withheld count starts within what its label
 * says ("fewer than k": 1 to k − 1; any other withheld count: at least `protectsAtLeast`, 1 or,
 * guessing that it protects another, k) and what its present roundtables prove, then every
 * identity narrows each member to the total less what the others can be, until nothing moves.
 */
export function propagate(
  list: readonly Identity[],
  cells: ReadonlyMap<string, Cell>,
  system: System,
  k: number,
  protectsAtLeast: number,
): { bounds: Map<string, Range>; rounds: number } {
  const bounds = new Map<string, Range>();
  const boundOf = (key: string): Range => {
    const cell = cells.get(key);
    if (!cell?.withheld) {
      const v = cell?.value?.[system] ?? 0;
      return { min: v, max: v };
    }
    let known = bounds.get(key);
    if (!known) {
      const small = cell.withheld === 'SMALL_COUNT';
      known = { min: Math.max(small ? 1 : protectsAtLeast, cell.present ?? 0), max: small ? k - 1 : Number.POSITIVE_INFINITY };
      bounds.set(key, known);
    }
    return known;
  };
  let rounds = 0;
  for (let moved = true; moved && rounds < 200; rounds++) {
    moved = false;
    for (const { total, parts } of list) {
      const members = [{ key: total, sign: -1 }, ...parts.map((key) => ({ key, sign: 1 }))];
      for (const member of members) {
        if (!cells.get(member.key)?.withheld) continue;
        // sign·x = −Σ others' sign·value, so x lies within the others' extremes.
        let low = 0;
        let high = 0;
        for (const other of members) {
          if (other === member) continue;
          const b = boundOf(other.key);
          low -= other.sign > 0 ? b.max : -b.min;
          high -= other.sign > 0 ? b.min : -b.max;
        }
        const [lo, hi] = member.sign > 0 ? [low, high] : [-high, -low];
        const current = boundOf(member.key);
        const next = { min: Math.max(current.min, Math.ceil(lo)), max: Math.min(current.max, Math.floor(hi)) };
        if (next.min > current.min || next.max < current.max) {
          bounds.set(member.key, next);
          moved = true;
        }
      }
    }
  }
  return { bounds, rounds };
}

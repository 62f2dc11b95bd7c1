import { type Attempts, eliminate, type Identity, identities, type Kind, propagate } from './attacks';
import type { Cell } from './harvest';

/** The k of the publication the attacker's bounds assume: the default. */
const K = 5;

/** Every attack of attacks.ts on one harvest, each result checked against the data as recorded. */
export function attack(cells: ReadonlyMap<string, Cell>, recorded: ReadonlyMap<string, Cell>): Attempts {
  const keys = [...cells.keys()];
  const regionKeys = new Set(keys.map((key) => key.split('|')[1] as string));
  const single = [...regionKeys].filter((region) => region !== '*' && !region.includes('+'));
  const sets = [...regionKeys].filter((region) => region.includes('+'));
  // All time is the project when no roundtable lies outside it: the coverage every role sees says so.
  const allTimeIsProject = keys.every((key) => {
    if (!key.endsWith('|TOTAL') || !key.includes('|ALL|')) return true;
    return JSON.stringify(recorded.get(key)?.value ?? null) === JSON.stringify(recorded.get(key.replace('|ALL|', '|SIRA|'))?.value ?? null);
  });
  const list: Identity[] = identities(cells, single, sets, allTimeIsProject);
  const counts = Object.fromEntries(
    (['overlapping periods', 'regions minus regions', 'totals minus parts', 'recorded and illustrative'] as Kind[]).map((kind) => [
      kind,
      list.filter((identity) => identity.kind === kind).length,
    ]),
  ) as Record<Kind, number>;
  const withheld = keys.filter((key) => cells.get(key)?.withheld);
  const recovered: string[] = [];
  const truthOf = (key: string, system: 'min' | 'max') => recorded.get(key)?.value?.[system];
  let differencing = 0;
  for (const system of ['min', 'max'] as const) {
    for (const { total, parts } of list) {
      const hidden = [total, ...parts].filter((key) => cells.get(key)?.withheld);
      if (hidden.length === 0) continue;
      differencing++;
      if (hidden.length === 1) recovered.push(`${hidden[0]} (${system}) by differencing`);
    }
    const { determined } = eliminate(list, cells, system);
    for (const [key, value] of determined) {
      if (BigInt(truthOf(key, system) ?? -1) === value) recovered.push(`${key} (${system}) = ${value} by elimination`);
    }
    for (const protectsAtLeast of [1, K]) {
      const { bounds } = propagate(list, cells, system, K, protectsAtLeast);
      for (const [key, bound] of bounds) {
        if (bound.min === bound.max && bound.min === truthOf(key, system)) recovered.push(`${key} (${system}) = ${bound.min} by bounds`);
      }
    }
  }
  // A published share beside a published part would give the other part.
  let shares = 0;
  for (const key of keys.filter((k) => k.endsWith('|ONSITE_SHARE') && cells.get(k)?.value)) {
    shares++;
    const [onsite, online] = ['ONSITE', 'ONLINE'].map((part) => cells.get(key.replace('ONSITE_SHARE', part)));
    if ((onsite?.withheld && !online?.withheld) || (online?.withheld && !onsite?.withheld)) recovered.push(`${key} beside one part`);
  }
  const { unknowns } = eliminate(list, cells, 'min');
  return {
    identities: counts,
    withheld: withheld.length,
    differencing,
    elimination: { unknowns, equations: list.length },
    bounds: { unknowns: withheld.length, rounds: propagate(list, cells, 'min', K, 1).rounds },
    shares,
    recovered,
  };
}

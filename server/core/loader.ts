import DataLoader from 'dataloader';

/**
 * A per-request loader whose batch function returns rows in any order: they are put back
 * in key order, one value per key (or `missing` when the key has no row).
 */
export function keyedLoader<K, V, M = undefined>(
  fetch: (keys: readonly K[]) => Promise<V[]>,
  keyOf: (row: V) => K,
  missing?: M,
): DataLoader<K, V | M> {
  return new DataLoader<K, V | M>(async (keys) => {
    const byKey = new Map((await fetch(keys)).map((row) => [keyOf(row), row] as const));
    return keys.map((key) => byKey.get(key) ?? (missing as M));
  });
}

/** A per-request loader of lists: every key gets the rows that belong to it, maybe none. */
export function groupedLoader<K, V>(fetch: (keys: readonly K[]) => Promise<V[]>, keyOf: (row: V) => K): DataLoader<K, V[]> {
  return new DataLoader<K, V[]>(async (keys) => {
    const groups = new Map<K, V[]>(keys.map((key) => [key, []]));
    for (const row of await fetch(keys)) groups.get(keyOf(row))?.push(row);
    return keys.map((key) => groups.get(key) ?? []);
  });
}

/**
 * A per-request read of something read whole (every target, every mapping): made when first
 * asked for and shared by every later ask, so one statement per request however many fields
 * need it. DataLoader batches keys; here there is none.
 */
export function onceLoader<V>(read: () => Promise<V>): { load(): Promise<V> } {
  let value: Promise<V> | undefined;
  return {
    load: () => {
      value ??= read();
      return value;
    },
  };
}

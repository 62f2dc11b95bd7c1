import { type OperationDefinitionNode, parse } from 'graphql';
import { PUBLIC_VIEWER, Role, type Viewer } from '../../core/auth/viewer';
import type { RedisClient } from '../../core/redis';
import { cacheKey, isCacheable } from '../response-cache';
import { MemoryResponseStore, RedisResponseStore } from '../response-store';

const cacheable = (query: string) => {
  const document = parse(query);
  return isCacheable(document, document.definitions[0] as OperationDefinitionNode);
};
const viewer = (role: Role, regions: string[] = []): Viewer => ({ role, regions, subject: `s-${role}`, name: role });

describe('isCacheable', () => {
  it('takes queries whose every root field is an analytics or reference list', () => {
    expect(cacheable('{ coverage { roundtables } attendanceMix { roundtables } regions { slug } __typename }')).toBe(true);
    expect(cacheable('query { ...Q } fragment Q on Query { challenges { code } ... on Query { indicators { code } } }')).toBe(true);
  });

  it('refuses anything else: other root fields, even through a fragment, and mutations', () => {
    expect(cacheable('{ coverage { roundtables } auditLog { id } }')).toBe(false);
    expect(cacheable('query { ...Q } fragment Q on Query { roundtablesCsv }')).toBe(false);
    expect(cacheable('{ region(slug: "soria") { name } }')).toBe(false);
    expect(cacheable('mutation { deleteRoundtable(id: "x", expectedVersion: 1) }')).toBe(false);
  });
});

describe('cacheKey', () => {
  const key = (variables: unknown, who: Viewer = PUBLIC_VIEWER, query = '{coverage{roundtables}}') => cacheKey(query, null, variables, who);

  it('is the same whatever the order of the variables and of the regions', () => {
    expect(key({ a: 1, b: { c: [1, 2], d: null } })).toBe(key({ b: { d: null, c: [1, 2] }, a: 1 }));
    expect(key({}, viewer(Role.COORDINATOR, ['soria', 'teruel']))).toBe(key({}, viewer(Role.COORDINATOR, ['teruel', 'soria'])));
  });

  it('differs per role, per coordinator region, and per variables', () => {
    const keys = [
      key({}, viewer(Role.ANALYST)),
      key({}, viewer(Role.FUNDER)),
      key({}),
      key({}, viewer(Role.COORDINATOR, ['soria'])),
      key({}, viewer(Role.COORDINATOR, ['teruel'])),
      key({ filter: { regions: ['soria'] } }),
      key({}, PUBLIC_VIEWER, '{coverage{firstDate}}'),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('MemoryResponseStore', () => {
  const result = (n: number) => ({ data: { n } });
  const json = (n: number) => JSON.stringify(result(n));

  it('answers what it stored until a new generation starts', async () => {
    const store = new MemoryResponseStore(1_000_000, 60_000);
    const { generation } = await store.lookup('k');
    await store.store('k', generation, result(1), json(1));
    expect((await store.lookup('k')).result).toEqual(result(1));
    await store.invalidate();
    expect((await store.lookup('k')).result).toBeUndefined();
  });

  it('drops an answer computed in a generation that has ended meanwhile', async () => {
    const store = new MemoryResponseStore(1_000_000, 60_000);
    const { generation } = await store.lookup('k');
    await store.invalidate();
    await store.store('k', generation, result(1), json(1));
    expect((await store.lookup('k')).result).toBeUndefined();
  });

  it('forgets entries past their TTL', async () => {
    let now = 0;
    const store = new MemoryResponseStore(1_000_000, 60_000, () => now);
    await store.store('k', 0, result(1), json(1));
    now = 59_999;
    expect((await store.lookup('k')).result).toEqual(result(1));
    now = 60_000;
    expect((await store.lookup('k')).result).toBeUndefined();
    expect(store.size).toEqual({ entries: 0, bytes: 0 });
  });

  it('keeps its JSON under the size bound, the least recently used going first', async () => {
    const store = new MemoryResponseStore(3 * json(1).length, 60_000);
    for (const n of [1, 2, 3]) await store.store(`k${n}`, 0, result(n), json(n));
    await store.lookup('k1');
    await store.store('k4', 0, result(4), json(4));
    expect((await store.lookup('k2')).result).toBeUndefined();
    for (const n of [1, 3, 4]) expect((await store.lookup(`k${n}`)).result).toEqual(result(n));
    expect(store.size).toEqual({ entries: 3, bytes: 3 * json(1).length });
  });
});

describe('RedisResponseStore', () => {
  it('treats Redis being unreachable as a miss, never as a failed request', async () => {
    const down = () => Promise.reject(new Error('The client is closed'));
    const redis = { mGet: down, set: down, incr: down } as unknown as RedisClient;
    const logged: string[] = [];
    const store = new RedisResponseStore(redis, 'test:', 60, (line) => logged.push(line));
    const found = await store.lookup('k');
    expect(found.result).toBeUndefined();
    await expect(store.store('k', found.generation, { data: {} }, '{"data":{}}')).resolves.toBeUndefined();
    await expect(store.invalidate()).resolves.toBeUndefined();
    // Logged once, not once per request.
    expect(logged).toEqual(['[response cache] could not read in Redis: The client is closed']);
  });
});

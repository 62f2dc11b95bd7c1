import { randomUUID } from 'node:crypto';
import { openRedis } from '../../server/core/redis';
import type { RunningSystem } from '../../server/system';
import { Role, tokenFor } from '../../server/test-support/auth';
import { RUN_WITHOUT_REDIS, requireRedis, TEST_REDIS_URL } from '../../server/test-support/test-redis';
import { startTestSystem } from '../../server/test-support/test-system';

type Api = Awaited<ReturnType<typeof startTestSystem>>;
type Body = { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };

/** Posts through the gateway and returns the answer, its x-cache header and the SQL statements it caused. */
async function ask(system: RunningSystem, query: string, variables?: Record<string, unknown>, token?: string) {
  const statements: string[] = [];
  const stops = [system.geography, system.engagement, system.evaluation].map((subgraph) =>
    subgraph ? subgraph.database.sqlLog.watch((sql) => statements.push(sql)) : () => {},
  );
  try {
    const response = await fetch(system.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { body: (await response.json()) as Body, cache: response.headers.get('x-cache'), statements };
  } finally {
    for (const stop of stops) stop();
  }
}

const COVERAGE = '{ coverage { roundtables } }';
const MIX = `query Mix($filter: AnalyticsFilter) {
  coverage(filter: $filter) { roundtables }
  attendanceMix(filter: $filter) { region { slug } roundtables total { min max } withheld { field reason } }
  stakeholderMix(filter: $filter) { region { slug } category { code } participants { min max } withheld { field reason } }
}`;
const CREATE = 'mutation($input: RoundtableInput!) { createRoundtable(input: $input) { id } }';
let number = 900;
const count = (body: Body) => (body.data?.coverage as { roundtables: number } | undefined)?.roundtables;
const roundtableInput = () => ({
  region: 'soria',
  number: ++number,
  date: '2022-06-01',
  format: 'HYBRID',
  sources: [{ title: 'Minutes kept by the platform' }],
});

describe('response cache (in memory)', () => {
  let api: Api;
  const tokens = {} as Record<Role, string>;

  beforeAll(async () => {
    api = await startTestSystem();
    for (const role of [Role.ADMIN, Role.ANALYST, Role.FUNDER]) tokens[role] = await tokenFor(role);
    tokens[Role.COORDINATOR] = await tokenFor(Role.COORDINATOR, ['soria']);
  });
  afterAll(() => api.close());

  it('answers a repeated analytics query from the cache, without SQL', async () => {
    const first = await ask(api.system, MIX, { filter: { countries: ['ES'] } }, tokens[Role.ANALYST]);
    expect(first.cache).toBe('miss');
    expect(first.statements.length).toBeGreaterThan(0);
    // The same operation and variables, spaced and ordered differently.
    const second = await ask(
      api.system,
      `${MIX.replace(/\n/g, '\n\n  ')}\n# again`,
      { filter: { countries: ['ES'] } },
      tokens[Role.ANALYST],
    );
    expect(second.cache).toBe('hit');
    expect(second.statements).toEqual([]);
    expect(second.body).toEqual(first.body);
  });

  it('shows a write in the very next read', async () => {
    // As an analyst, who counts every record: a new one is a draft, which PUBLIC sees once approved.
    const analyst = tokens[Role.ANALYST];
    const before = await ask(api.system, COVERAGE, undefined, analyst);
    expect((await ask(api.system, COVERAGE, undefined, analyst)).cache).toBe('hit');
    const created = await ask(api.system, CREATE, { input: roundtableInput() }, tokens[Role.ADMIN]);
    expect(created.body.errors).toBeUndefined();
    expect(created.cache).toBeNull();
    const after = await ask(api.system, COVERAGE, undefined, analyst);
    expect(after.cache).toBe('miss');
    expect(count(after.body)).toBe((count(before.body) ?? Number.NaN) + 1);
  });

  it("never gives one role another role's answer", async () => {
    const analyst = await ask(api.system, MIX, {}, tokens[Role.ANALYST]);
    const funder = await ask(api.system, MIX, {}, tokens[Role.FUNDER]);
    expect(funder.cache).toBe('miss');
    // Suppression differs: the answers are not the same, and each role's repeat gets its own.
    expect(funder.body).not.toEqual(analyst.body);
    expect((await ask(api.system, MIX, {}, tokens[Role.FUNDER])).body).toEqual(funder.body);
    expect((await ask(api.system, MIX, {}, tokens[Role.ANALYST])).body).toEqual(analyst.body);
    const coordinator = await ask(api.system, MIX, {}, tokens[Role.COORDINATOR]);
    expect(coordinator.cache).toBe('miss');
    const otherCoordinator = await ask(api.system, MIX, {}, await tokenFor(Role.COORDINATOR, ['teruel']));
    expect(otherCoordinator.cache).toBe('miss');
  });

  it('never stores an answer with errors, and leaves other operations alone', async () => {
    const bad = '{ coverage(filter: { from: "yesterday" }) { roundtables } }';
    const first = await ask(api.system, bad);
    expect(first.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await ask(api.system, bad)).cache).toBe('miss');
    const audit = await ask(api.system, '{ auditLog(limit: 1) { id } }', undefined, tokens[Role.ADMIN]);
    expect(audit.body.errors).toBeUndefined();
    expect(audit.cache).toBeNull();
  });

  it('can be turned off', async () => {
    const off = await startTestSystem({ RESPONSE_CACHE: 'off' }, api.databaseUrl);
    try {
      await ask(off.system, COVERAGE);
      const again = await ask(off.system, COVERAGE);
      expect(again.cache).toBeNull();
      expect(again.statements.length).toBeGreaterThan(0);
    } finally {
      await off.system.stop();
    }
  });
});

// Skipped only when the run says it has no Redis on purpose; otherwise a missing one fails them.
const describeWithRedis = RUN_WITHOUT_REDIS ? describe.skip : describe;

describeWithRedis('response cache shared through Redis', () => {
  // Unset when beforeAll failed; afterAll then has nothing to stop.
  let first: Api | undefined;
  let second: Api | undefined;
  let admin: string;
  // A prefix of its own, so that runs sharing this Redis do not see each other's entries.
  const prefix = `sira-test-${randomUUID()}:`;

  beforeAll(async () => {
    await requireRedis();
    const env = { REDIS_URL: TEST_REDIS_URL, REDIS_KEY_PREFIX: prefix };
    first = await startTestSystem(env);
    second = await startTestSystem(env, first.databaseUrl);
    admin = await tokenFor(Role.ADMIN);
  });
  /** Deletes every entry under this file's prefix: answers cached and the generation. */
  async function forgetCachedAnswers(): Promise<void> {
    const redis = await openRedis(TEST_REDIS_URL, () => {});
    try {
      for await (const keys of redis.scanIterator({ MATCH: `${prefix}*` })) if (keys.length > 0) await redis.del(keys);
    } finally {
      await redis.close();
    }
  }
  afterAll(async () => {
    await second?.system.stop();
    await first?.close();
    if (first) await forgetCachedAnswers();
  });
  // Each test starts with nothing cached: what one test asked must not be a hit in the next.
  beforeEach(forgetCachedAnswers);
  function started(): { first: Api; second: Api } {
    if (!first || !second) throw new Error('The two gateways did not start.');
    return { first, second };
  }

  it('lets a write through one gateway be seen by the next read through another', async () => {
    const { first, second } = started();
    // As an ADMIN, who counts every record: a new one is a draft, which PUBLIC sees once approved.
    const before = await ask(second.system, COVERAGE, undefined, admin);
    expect(before.cache).toBe('miss');
    // Stored by the second gateway, found by the first.
    const shared = await ask(first.system, COVERAGE, undefined, admin);
    expect(shared.cache).toBe('hit');
    expect(shared.statements).toEqual([]);
    expect((await ask(second.system, COVERAGE, undefined, admin)).cache).toBe('hit');

    const created = await ask(first.system, CREATE, { input: roundtableInput() }, admin);
    expect(created.body.errors).toBeUndefined();
    const after = await ask(second.system, COVERAGE, undefined, admin);
    expect(after.cache).toBe('miss');
    expect(count(after.body)).toBe((count(before.body) ?? Number.NaN) + 1);
  });
  it('lets a write sent to a subgraph served alone make the gateways miss too', async () => {
    const { first } = started();
    const engagement = await startTestSystem(
      { REDIS_URL: TEST_REDIS_URL, REDIS_KEY_PREFIX: prefix, SERVE_SUBGRAPH: 'engagement' },
      first.databaseUrl,
    );
    try {
      await ask(first.system, COVERAGE);
      expect((await ask(first.system, COVERAGE)).cache).toBe('hit');
      const created = await ask(engagement.system, CREATE, { input: roundtableInput() }, admin);
      expect(created.body.errors).toBeUndefined();
      expect((await ask(first.system, COVERAGE)).cache).toBe('miss');
    } finally {
      await engagement.system.stop();
    }
  });
});

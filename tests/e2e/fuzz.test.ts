import { writeFileSync } from 'node:fs';
import { Agent } from 'node:http';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Role, tokenFor } from '../../server/test-support/auth';
import { captureLogs } from '../../server/test-support/captured-logs';
import { startTestSystem } from '../../server/test-support/test-system';
import type { FuzzPathResult, FuzzResults } from '../bench/fuzz-report';
import { type HostileRequest, hostileRequests, seededRandom } from './fuzz/hostile-requests';
import { type Outcome, send, sendAll } from './fuzz/send';

const SEED = 20261206;
const REQUESTS_PER_PATH = 1500;
const CONCURRENCY = 8;
// A client's mistake is answered at once; 5 s is a hang.
const TIMEOUT_MS = 5000;
/** The servers run in this process: after the fuzz and a full GC, its RSS stays within this of the start. */
const MAX_RSS_GROWTH = 0.2;

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;
const rssAfterGc = () => {
  collectGarbage();
  collectGarbage();
  return process.memoryUsage().rss;
};

/** What went wrong with an answer to a client's mistake, or undefined when it was answered as one. */
function fault(outcome: Outcome): string | undefined {
  if (outcome.status >= 500) return `HTTP ${outcome.status}`;
  if (outcome.codes.includes('INTERNAL_SERVER_ERROR')) return 'internal error';
  if (outcome.status === 200 && outcome.codes.length === 0 && !outcome.body) return 'empty answer';
  return undefined;
}

/** Adds a valid token of a role drawn from the seed to about half the requests, so resolvers behind sign-in are reached too. */
async function withTokens(requests: HostileRequest[], seed: number): Promise<HostileRequest[]> {
  const random = seededRandom(seed);
  const roles = [Role.ADMIN, Role.ANALYST, Role.FUNDER, Role.COORDINATOR];
  const tokens = await Promise.all(roles.map((role) => tokenFor(role, role === Role.COORDINATOR ? ['soria'] : [])));
  return requests.map((request) => {
    const index = Math.floor(random() * roles.length * 2);
    if (index >= roles.length || request.headers.authorization) return request;
    return { ...request, headers: { ...request.headers, authorization: `Bearer ${tokens[index]}` } };
  });
}

const VALID: HostileRequest = {
  kind: 'a valid query',
  method: 'POST',
  path: '/graphql',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query: '{ coverage { roundtables } }' }),
};

// Thousands of client mistakes and attacks, on every way into the API: each gets a 4xx or a
// client error code, never a 5xx, an internal error or a hang, and the server still answers after.
describe('hostile requests', () => {
  type System = Awaited<ReturnType<typeof startTestSystem>>;
  let api: System;
  let geography: System;
  let engagement: System;
  let evaluation: System;
  let overHttp: System;
  const logged: string[] = [];
  const spies: jest.SpyInstance[] = [];
  // The server's own log lines (JSON, core/observability/logger.ts), kept with what else prints to the console.
  let logs: ReturnType<typeof captureLogs> | undefined;
  const allLogged = () => [...logged, ...(logs?.lines ?? []).map((line) => JSON.stringify(line))];

  beforeAll(async () => {
    api = await startTestSystem();
    geography = await startTestSystem({ SERVE_SUBGRAPH: 'geography' }, api.databaseUrl);
    engagement = await startTestSystem({ SERVE_SUBGRAPH: 'engagement' }, api.databaseUrl);
    evaluation = await startTestSystem({ SERVE_SUBGRAPH: 'evaluation' }, api.databaseUrl);
    overHttp = await startTestSystem(
      { GEOGRAPHY_URL: geography.system.url, ENGAGEMENT_URL: engagement.system.url, EVALUATION_URL: evaluation.system.url },
      api.databaseUrl,
    );
    logs = captureLogs();
    for (const method of ['error', 'warn', 'log'] as const) {
      spies.push(jest.spyOn(console, method).mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(' '))));
    }
  });
  afterAll(async () => {
    for (const spy of spies) spy.mockRestore();
    logs?.stop();
    if (process.env.FUZZ_LOG) require('node:fs').writeFileSync(process.env.FUZZ_LOG, allLogged().join('\n'));
    for (const service of [overHttp, evaluation, engagement, geography]) await service?.system.stop();
    await api?.close();
  });

  // The gateway with its subgraphs in process (single-subgraph operations take its shortcut),
  // a subgraph served alone, and a gateway reaching each subgraph over HTTP.
  const paths = () =>
    [
      ['the gateway', new URL(api.system.url)],
      ['a subgraph served alone', new URL(engagement.system.url)],
      ['a gateway over HTTP', new URL(overHttp.system.url)],
    ] as const;

  let rssAtStart = 0;
  const recorded: FuzzPathResult[] = [];
  const requestsFor = (index: number) => withTokens(hostileRequests(SEED + index, REQUESTS_PER_PATH), SEED);
  const pass = async (index: number) => {
    const [, base] = paths()[index] as readonly [string, URL];
    return sendAll(base, await requestsFor(index), { concurrency: CONCURRENCY, timeoutMs: TIMEOUT_MS });
  };
  // The first pass on each path, sent by whichever test needs it first: the path's own test,
  // or the memory test, which compares a second pass with it.
  const firstPasses = new Map<number, ReturnType<typeof pass>>();
  const firstPass = (index: number) => {
    if (firstPasses.size === 0) rssAtStart = rssAfterGc();
    if (!firstPasses.has(index)) firstPasses.set(index, pass(index));
    return firstPasses.get(index) as ReturnType<typeof pass>;
  };

  it.each([0, 1, 2])('answers every mistake on path %i as a client error, and the server answers after', async (index) => {
    const [name, base] = paths()[index] as readonly [string, URL];
    const { outcomes, failures } = await firstPass(index);
    // One line per kind of request and fault, with the first answer seen.
    const faults = new Map<string, string>();
    for (const outcome of outcomes) {
      const why = fault(outcome);
      const key = `${outcome.request.kind}: ${why}`;
      if (why && !faults.has(key)) faults.set(key, `${key}: ${outcome.body.slice(0, 160)}`);
    }
    const statuses: Record<string, number> = {};
    for (const outcome of outcomes) statuses[outcome.status] = (statuses[outcome.status] ?? 0) + 1;
    recorded.push({
      name,
      answered: outcomes.length,
      statuses,
      faults: outcomes.filter((outcome) => fault(outcome)).length,
      failures: failures.length,
    });
    process.stdout.write(
      `${name}: ${outcomes.length} answered ${JSON.stringify(statuses)}; ${faults.size} kinds of fault, ${failures.length} failures\n`,
    );
    expect([...faults.values(), ...new Set(failures)]).toEqual([]);
    expect(outcomes).toHaveLength(REQUESTS_PER_PATH);
    expect(allLogged().filter((line) => line.includes('[object Object]'))).toEqual([]);

    const agent = new Agent({ keepAlive: true });
    const after = await send(base, VALID, agent, TIMEOUT_MS).finally(() => agent.destroy());
    expect({ status: after.status, codes: after.codes, body: JSON.parse(after.body) }).toEqual({
      status: 200,
      codes: [],
      body: { data: { coverage: { roundtables: expect.any(Number) } } },
    });
  });

  // The first pass fills the servers' caches of parsed, planned and compiled operations, each
  // bounded; the same requests again must not grow memory past them: nothing a request leaves
  // behind is kept.
  it('leaves the servers within 20 % of their memory after a second pass and a GC', async () => {
    for (const index of paths().keys()) await firstPass(index);
    const rssBefore = rssAfterGc();
    for (const index of paths().keys()) {
      const { outcomes, failures } = await pass(index);
      expect({ faults: outcomes.filter((outcome) => fault(outcome)).length, failures }).toEqual({ faults: 0, failures: [] });
    }
    const rssAfter = rssAfterGc();
    const mb = (bytes: number) => Math.round(bytes / 1e6);
    process.stdout.write(`RSS after GC: ${mb(rssAtStart)} MB at start, ${mb(rssBefore)} MB after one pass, ${mb(rssAfter)} MB after two\n`);
    // `pnpm fuzz` keeps the figures for BENCHMARKS.md.
    if (process.env.FUZZ_RESULTS) {
      const results: FuzzResults = {
        ranAt: new Date().toISOString(),
        seed: SEED,
        requestsPerPath: REQUESTS_PER_PATH,
        concurrency: CONCURRENCY,
        timeoutMs: TIMEOUT_MS,
        paths: recorded,
        rssMb: { atStart: mb(rssAtStart), afterOnePass: mb(rssBefore), afterTwoPasses: mb(rssAfter) },
      };
      writeFileSync(process.env.FUZZ_RESULTS, `${JSON.stringify(results, null, 2)}\n`);
    }
    expect(rssAfter).toBeLessThanOrEqual(rssBefore * (1 + MAX_RSS_GROWTH));
  });

  it.each([0, 1])(
    'answers an oversized body 413 and the next request on the same kept-alive connection at once (path %i)',
    async (index) => {
      const [, base] = paths()[index] as readonly [string, URL];
      // One socket, as a browser or proxy reuses: the next request must not wait behind the unread body.
      const agent = new Agent({ keepAlive: true, maxSockets: 1 });
      try {
        const huge: HostileRequest = {
          ...VALID,
          kind: 'oversized',
          body: JSON.stringify({ query: `# ${'x'.repeat(6_000_000)}\n{ regions { slug } }` }),
        };
        const refused = await send(base, huge, agent, TIMEOUT_MS);
        expect({ status: refused.status, codes: refused.codes }).toEqual({ status: 413, codes: ['BAD_REQUEST'] });
        const next = await send(base, VALID, agent, 2_000);
        expect(next.status).toBe(200);
        expect(next.took).toBeLessThan(2_000);
      } finally {
        agent.destroy();
      }
    },
  );
});

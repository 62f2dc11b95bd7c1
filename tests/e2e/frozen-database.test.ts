import { readdirSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { withDatabase } from '../../server/core/database/database-url';
import { freePort } from '../../server/test-support/free-port';
import { type OwnPostgres, startOwnPostgres } from '../../server/test-support/own-postgres';
import { startTestSystem } from '../../server/test-support/test-system';

// A PostgreSQL that stops answering (a frozen VM, a stalled disk, a partition): requests fail
// within 5 s with SERVICE_UNAVAILABLE instead of hanging, /health stays up, /ready says which
// part is not ready, and everything recovers once the server answers again, without a restart.
// The database is an embedded PostgreSQL of this file's own, frozen with SIGSTOP on its
// postmaster and every process it forked; the machine's PostgreSQL is never touched.

const FAIL_WITHIN_MS = 5_000;
const RECOVER_WITHIN_MS = 5_000;
const READY_TIMEOUT_MS = 2_000;
/** Reads from a subgraph's tables on every request (the response cache is off below). */
const QUERY = '{ regions { slug name } }';
const ENGAGEMENT_QUERY = '{ coverage { roundtables } }';

/** The postmaster's pid, from the data folder, and every process whose parent it is (backends, checkpointer...). */
function serverProcesses(dataDir: string): number[] {
  const postmaster = Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  const children: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // pid (comm) state ppid ...: comm may hold spaces, so read after its closing parenthesis.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === postmaster) children.push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return [postmaster, ...children];
}

interface Answer {
  status: number;
  ms: number;
  body: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
}

async function post(url: string, query: string): Promise<Answer> {
  const started = Date.now();
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const body = (await response.json()) as Answer['body'];
  return { status: response.status, ms: Date.now() - started, body };
}

async function get(url: string): Promise<{ status: number; ms: number; body: Record<string, unknown>; text: string }> {
  const started = Date.now();
  const response = await fetch(url);
  const text = await response.text();
  return { status: response.status, ms: Date.now() - started, body: JSON.parse(text), text };
}

/** Asks every 100 ms until the request succeeds; how long that took. */
async function untilAnswered(url: string, query: string, withinMs: number): Promise<number> {
  const started = Date.now();
  for (;;) {
    const answer = await post(url, query).catch(() => undefined);
    if (answer?.status === 200 && !answer.body.errors) return Date.now() - started;
    if (Date.now() - started > withinMs)
      throw new Error(`No answer ${withinMs} ms after the database came back: ${JSON.stringify(answer)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('a frozen database', () => {
  let dataDir: string;
  let port: number;
  let postgres: OwnPostgres;
  let postgresStopped = false;
  let frozen: number[] = [];
  let api: Awaited<ReturnType<typeof startTestSystem>>;
  let engagementAlone: Awaited<ReturnType<typeof startTestSystem>>;
  let gateway: Awaited<ReturnType<typeof startTestSystem>>;
  const origin = (system: typeof api) => system.system.url.replace(/\/graphql$/, '');

  /** Signals a server process, unless it is gone: a backend whose connection closed since it was listed. */
  const signal = (pid: number, name: 'SIGSTOP' | 'SIGCONT') => {
    try {
      process.kill(pid, name);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
    }
  };
  const freeze = () => {
    frozen = serverProcesses(dataDir);
    // The postmaster first, so that it forks nothing we would miss.
    for (const pid of frozen) signal(pid, 'SIGSTOP');
  };
  const thaw = () => {
    for (const pid of frozen.reverse()) signal(pid, 'SIGCONT');
    frozen = [];
  };

  beforeAll(async () => {
    dataDir = path.resolve(__dirname, `../../.data/frozen-postgres-${process.pid}`);
    await rm(dataDir, { recursive: true, force: true });
    port = await freePort();
    postgres = await startOwnPostgres(dataDir, port);
    const url = withDatabase(postgres.url, 'sira');
    const env = { RESPONSE_CACHE: 'off', READY_TIMEOUT_MS: String(READY_TIMEOUT_MS) };
    api = await startTestSystem(env, url);
    // The several-processes topology too: engagement served alone, a gateway reaching it over HTTP.
    engagementAlone = await startTestSystem({ ...env, SERVE_SUBGRAPH: 'engagement', SEED: 'none' }, url);
    gateway = await startTestSystem({ ...env, ENGAGEMENT_URL: engagementAlone.system.url, SEED: 'none' }, url);
  });
  afterAll(async () => {
    thaw();
    for (const service of [gateway, engagementAlone, api]) await service?.system.stop();
    if (!postgresStopped) await postgres?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });
  /** Starts the server again on its data folder and port, and waits until every service answers through it. */
  const restart = async () => {
    postgres = await startOwnPostgres(dataDir, port);
    postgresStopped = false;
    await untilAnswered(api.system.url, QUERY, RECOVER_WITHIN_MS);
    await untilAnswered(gateway.system.url, ENGAGEMENT_QUERY, RECOVER_WITHIN_MS);
    for (const system of [api, gateway]) {
      const started = Date.now();
      while ((await get(`${origin(system)}/ready`)).status !== 200) {
        if (Date.now() - started > RECOVER_WITHIN_MS) throw new Error(`${origin(system)}/ready still fails after the restart.`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  };
  // Whatever an assertion did, the server must not stay frozen, or stopped, for the next test.
  afterEach(async () => {
    thaw();
    if (postgresStopped) await restart();
  });

  it('is ready, and says what it checked by name only', async () => {
    expect((await post(api.system.url, QUERY)).body.errors).toBeUndefined();
    const ready = await get(`${origin(api)}/ready`);
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({
      status: 'ready',
      notReady: [],
      checks: {
        'geography database': 'ready',
        'engagement database': 'ready',
        'evaluation database': 'ready',
        'accounts database': 'ready',
      },
    });
    const gatewayReady = await get(`${origin(gateway)}/ready`);
    expect(gatewayReady.status).toBe(200);
    expect(gatewayReady.body.checks).toEqual({
      'geography database': 'ready',
      'evaluation database': 'ready',
      'accounts database': 'ready',
      'engagement subgraph': 'ready',
    });
    for (const text of [ready.text, gatewayReady.text, (await get(`${origin(api)}/health`)).text]) {
      expect(text).not.toContain(String(port));
      expect(text).not.toContain('127.0.0.1');
      expect(text).not.toMatch(/postgres|sira_test|localhost/i);
    }
  });

  it('fails requests within 5 s with SERVICE_UNAVAILABLE while frozen, and recovers within 5 s once thawed', async () => {
    // Connections are open and idle in the pool: the requests below are sent on them first.
    expect((await post(api.system.url, QUERY)).body.errors).toBeUndefined();
    freeze();
    const [first, second] = await Promise.all([post(api.system.url, QUERY), post(api.system.url, ENGAGEMENT_QUERY)]);
    for (const answer of [first, second]) {
      expect(answer.ms).toBeLessThan(FAIL_WITHIN_MS);
      expect(answer.status).toBe(503);
      expect(answer.body.errors?.map((error) => error.extensions?.code)).toContain('SERVICE_UNAVAILABLE');
      expect(answer.body.errors?.map((error) => error.extensions?.code)).not.toContain('INTERNAL_SERVER_ERROR');
    }
    // Again, now that the stuck connections were dropped and new ones cannot be opened.
    const again = await post(api.system.url, QUERY);
    expect(again.ms).toBeLessThan(FAIL_WITHIN_MS);
    expect(again.body.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    console.log(
      `Frozen database: requests failed after ${first.ms} and ${second.ms} ms on pooled connections, ${again.ms} ms on new ones.`,
    );

    thaw();
    const recovered = await untilAnswered(api.system.url, QUERY, RECOVER_WITHIN_MS);
    expect(recovered).toBeLessThan(RECOVER_WITHIN_MS);
    await untilAnswered(api.system.url, ENGAGEMENT_QUERY, RECOVER_WITHIN_MS);
    console.log(`Thawed database: requests answered again after ${recovered} ms.`);
  });

  it('stays live on /health and answers 503 on /ready within its timeout, naming what is not ready', async () => {
    freeze();
    const health = await get(`${origin(api)}/health`);
    expect(health.status).toBe(200);
    expect(health.ms).toBeLessThan(500);
    expect(health.body).toEqual({ status: 'ok' });

    const [ready, gatewayReady] = await Promise.all([get(`${origin(api)}/ready`), get(`${origin(gateway)}/ready`)]);
    expect(ready.status).toBe(503);
    expect(ready.ms).toBeLessThan(READY_TIMEOUT_MS + 1_000);
    expect(ready.body).toEqual({
      status: 'not ready',
      notReady: ['geography database', 'engagement database', 'evaluation database', 'accounts database'],
      // A pool that found the server silent a moment ago says so at once; the others wait their 2 s.
      checks: {
        'geography database': expect.stringMatching(/^(no answer within 2000 ms|unavailable)$/),
        'engagement database': expect.stringMatching(/^(no answer within 2000 ms|unavailable)$/),
        'evaluation database': expect.stringMatching(/^(no answer within 2000 ms|unavailable)$/),
        'accounts database': expect.stringMatching(/^(no answer within 2000 ms|unavailable)$/),
      },
    });
    expect(gatewayReady.status).toBe(503);
    expect(gatewayReady.ms).toBeLessThan(READY_TIMEOUT_MS + 1_000);
    expect(gatewayReady.body.notReady).toEqual(expect.arrayContaining(['engagement subgraph', 'geography database']));
    expect(gatewayReady.text).not.toContain(String(port));
    expect(gatewayReady.text).not.toContain(new URL(engagementAlone.system.url).port);

    thaw();
    const started = Date.now();
    while ((await get(`${origin(gateway)}/ready`)).status !== 200) {
      expect(Date.now() - started).toBeLessThan(RECOVER_WITHIN_MS);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });

  it('passes SERVICE_UNAVAILABLE on through a gateway that reaches the subgraph over HTTP', async () => {
    expect((await post(gateway.system.url, ENGAGEMENT_QUERY)).body.errors).toBeUndefined();
    freeze();
    const answer = await post(gateway.system.url, ENGAGEMENT_QUERY);
    expect(answer.ms).toBeLessThan(FAIL_WITHIN_MS);
    expect(answer.status).toBe(503);
    expect(answer.body.errors?.map((error) => error.extensions?.code)).toEqual(['SERVICE_UNAVAILABLE']);
    thaw();
    expect(await untilAnswered(gateway.system.url, ENGAGEMENT_QUERY, RECOVER_WITHIN_MS)).toBeLessThan(RECOVER_WITHIN_MS);
  });

  it('fails fast with SERVICE_UNAVAILABLE once the database is gone, and /ready says so', async () => {
    await postgres.stop();
    postgresStopped = true;
    const answer = await post(api.system.url, QUERY);
    expect(answer.ms).toBeLessThan(FAIL_WITHIN_MS);
    expect(answer.status).toBe(503);
    expect(answer.body.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    const ready = await get(`${origin(api)}/ready`);
    expect(ready.status).toBe(503);
    expect(ready.body.notReady).toEqual(['geography database', 'engagement database', 'evaluation database', 'accounts database']);
    expect(ready.body.checks).toMatchObject({ 'geography database': 'unavailable' });
  });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { Role, tokenFor } from '../../../test-support/auth';
import { captureLogs } from '../../../test-support/captured-logs';
import { startTestSystem } from '../../../test-support/test-system';
import { REPO_ROOT } from '../../config';

type TestSystem = Awaited<ReturnType<typeof startTestSystem>>;

/** A GraphQL request as a client sends it, with the request id it chose. */
async function ask(system: TestSystem, query: string, { token, requestId }: { token?: string; requestId?: string } = {}) {
  const response = await fetch(system.system.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(requestId ? { 'x-request-id': requestId } : {}),
    },
    body: JSON.stringify({ query }),
  });
  return { response, body: (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] } };
}

const metricsUrl = (system: TestSystem) => system.system.url.replace(/\/graphql$/, '/metrics');

/** The value of one series of the exposition, e.g. `sira_graphql_errors_total{code="FORBIDDEN"}`; 0 when absent. */
function seriesValue(exposition: string, series: string): number {
  const line = exposition.split('\n').find((candidate) => candidate.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

describe('metrics and logs of a running system', () => {
  let system: TestSystem;
  let admin: string;

  beforeAll(async () => {
    system = await startTestSystem();
    admin = await tokenFor(Role.ADMIN);
  });
  afterAll(() => system?.close());

  const scrape = async () => {
    const response = await fetch(metricsUrl(system));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    return response.text();
  };

  it('counts operations by name, errors by code, cache hits, pools and imports, with no region or user in them', async () => {
    const before = await scrape();
    const indicators = 'query MetricsIndicators { indicators { code } }';
    expect((await ask(system, indicators)).response.headers.get('x-cache')).toBe('miss');
    expect((await ask(system, indicators)).response.headers.get('x-cache')).toBe('hit');
    const invalid = await ask(system, 'query MetricsInvalid { noSuchField }');
    expect(invalid.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    await ask(system, '{ __typename }');
    // Refused before any operation starts: a token that is not one, and a GET without a query.
    const unauthenticated = await ask(system, '{ __typename }', { token: 'not-a-token' });
    expect(unauthenticated.response.status).toBe(401);
    const noQuery = await fetch(system.system.url, { headers: { 'apollo-require-preflight': 'true' } });
    expect(noQuery.status).toBe(400);
    const imported = await ask(system, 'mutation MetricsImport { importRoundtables(csv: "region,number\\n", dryRun: true) { valid } }', {
      token: admin,
    });
    expect(imported.body.data).toEqual({ importRoundtables: { valid: false } });
    const after = await scrape();

    const grew = (series: string, by: number) => expect(seriesValue(after, series) - seriesValue(before, series)).toBe(by);
    grew('sira_graphql_operations_total{operation="MetricsIndicators",type="query"}', 2);
    grew('sira_graphql_operations_total{operation="anonymous",type="query"}', 1);
    // Not valid against the schema, or no query at all: counted, but a name it gave is not a label.
    grew('sira_graphql_operations_total{operation="invalid",type="unknown"}', 2);
    expect(after).not.toContain('MetricsInvalid');
    grew('sira_graphql_errors_total{code="GRAPHQL_VALIDATION_FAILED"}', 1);
    grew('sira_graphql_errors_total{code="UNAUTHENTICATED"}', 1);
    grew('sira_graphql_errors_total{code="BAD_REQUEST"}', 1);
    grew('sira_http_requests_total{route="/graphql",method="POST",status="401"}', 1);
    grew('sira_response_cache_lookups_total{result="hit"}', 1);
    expect(seriesValue(after, 'sira_response_cache_lookups_total{result="miss"}')).toBeGreaterThanOrEqual(1);
    grew('sira_http_requests_total{route="/graphql",method="POST",status="200"}', 4);
    grew('sira_http_requests_total{route="/graphql",method="POST",status="400"}', 1);
    grew('sira_import_duration_seconds_count{kind="roundtables",dry_run="true",outcome="refused"}', 1);
    expect(after).toMatch(/^sira_graphql_operation_duration_seconds_bucket\{le="0\.1",operation="MetricsIndicators",type="query"\} \d+$/m);
    expect(after).toMatch(/^sira_http_request_duration_seconds_count\{route="\/graphql"\} \d+$/m);
    for (const subgraph of ['geography', 'engagement', 'evaluation', 'accounts']) {
      expect(seriesValue(after, `sira_db_pool_connections{subgraph="${subgraph}"}`)).toBeGreaterThan(0);
      expect(seriesValue(after, `sira_db_pool_max_connections{subgraph="${subgraph}"}`)).toBe(10);
      expect(after).toMatch(new RegExp(`^sira_db_pool_idle_connections\\{subgraph="${subgraph}"\\} \\d+$`, 'm'));
      expect(after).toMatch(new RegExp(`^sira_db_pool_waiting_clients\\{subgraph="${subgraph}"\\} 0$`, 'm'));
    }
    expect(after).toMatch(/^process_cpu_seconds_total \d/m);
    expect(after).toMatch(/^nodejs_eventloop_lag_seconds \d/m);
    // The Grafana dashboard reads only metrics the server exposes.
    const dashboard = readFileSync(path.join(REPO_ROOT, 'docker/grafana/sira-monitor.json'), 'utf8');
    const read = new Set([...dashboard.matchAll(/\b((?:sira|process|nodejs)_[a-z0-9_]+)/g)].map(([name]) => name));
    expect(read.size).toBeGreaterThan(10);
    for (const name of read) expect(after).toMatch(new RegExp(`^# TYPE ${name.replace(/_(bucket|count|sum)$/, '')} `, 'm'));
    // The published data set's regions and the users' names are nowhere.
    const regions = (await system.gql<{ regions: { slug: string }[] }>('{ regions { slug } }')).data?.regions ?? [];
    expect(regions.length).toBeGreaterThan(0);
    for (const { slug } of regions) expect(after).not.toContain(`"${slug}"`);
  });

  it('writes a log line during a request with the request id the client sent, and an error with its cause and stack', async () => {
    const logs = captureLogs();
    const database = new Client({ connectionString: system.databaseUrl });
    await database.connect();
    try {
      // A table gone from under the server: an error nobody expected, masked for the client and logged.
      await database.query('ALTER TABLE engagement.roundtable RENAME TO roundtable_moved');
      const { body } = await ask(system, 'query MetricsPage { roundtablePage { totalCount } }', {
        token: await tokenFor(Role.ANALYST),
        requestId: 'observability-test-1',
      });
      expect(body.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      await database.query('ALTER TABLE engagement.roundtable_moved RENAME TO roundtable').catch(() => {});
      await database.end();
      logs.stop();
    }
    const ofRequest = logs.lines.filter((candidate) => candidate.requestId === 'observability-test-1');
    // The failed statement, logged where it failed, names the request too.
    expect(ofRequest).toContainEqual(expect.objectContaining({ component: 'sql', level: 'error', subgraph: 'engagement' }));
    const line = ofRequest.find((candidate) => candidate.component === 'graphql');
    expect(line).toEqual(
      expect.objectContaining({
        level: 'error',
        errorId: expect.stringMatching(/^[0-9a-f-]{36}$/),
        time: expect.any(String),
        err: expect.objectContaining({ type: 'QueryFailedError', stack: expect.stringContaining('QueryFailedError') }),
      }),
    );
    // The cause, as PostgreSQL's driver gave it, with its own message and stack.
    expect(line?.err?.driverError).toEqual(
      expect.objectContaining({ message: 'relation "engagement.roundtable" does not exist', stack: expect.any(String) }),
    );
    expect(JSON.stringify(logs.lines)).not.toContain('[object Object]');
  });
});

describe('who may read /metrics', () => {
  let open: TestSystem;
  const started: TestSystem[] = [];
  const start = async (env: Record<string, string>) => {
    const system = await startTestSystem({ SEED: 'none', ...env }, open?.databaseUrl);
    started.push(system);
    return system;
  };
  beforeAll(async () => {
    open = await start({});
  });
  afterAll(async () => {
    // The first owns the database; the others share it.
    for (const system of started.reverse()) await system.close();
  });

  it('answers whoever reaches the port by default', async () => {
    expect((await fetch(metricsUrl(open))).status).toBe(200);
  });

  it('asks for the bearer token when METRICS_TOKEN is set', async () => {
    const token = 'a-metrics-token-of-at-least-32-characters';
    const guarded = await start({ METRICS_TOKEN: token });
    const withHeader = (authorization?: string) =>
      fetch(metricsUrl(guarded), { headers: authorization ? { authorization } : {} }).then((response) => response.status);
    expect(await withHeader()).toBe(401);
    expect(await withHeader(`Bearer ${token}x`)).toBe(401);
    expect(await withHeader(`Basic ${token}`)).toBe(401);
    expect(await withHeader(`Bearer ${token}`)).toBe(200);
  });

  it('is served by a subgraph served alone too, counting its own operations and pool', async () => {
    const engagement = await start({ SERVE_SUBGRAPH: 'engagement' });
    await ask(engagement, 'query LoneSubgraphPing { __typename }');
    const exposition = await (await fetch(metricsUrl(engagement))).text();
    expect(seriesValue(exposition, 'sira_graphql_operations_total{operation="LoneSubgraphPing",type="query"}')).toBe(1);
    expect(seriesValue(exposition, 'sira_db_pool_max_connections{subgraph="engagement"}')).toBeGreaterThan(0);
  });

  it('serves none with METRICS=off, and says so rather than giving the dashboard page', async () => {
    const off = await start({ METRICS: 'off' });
    const response = await fetch(metricsUrl(off));
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: 'Metrics are off (METRICS=off).' });
  });
});

// The response cache, measured: the gateway as deployed on one machine, started again with
// RESPONSE_CACHE=memory, timed on two cached queries the way the run timed them uncached;
// then a write through it, and the next read must show it. Run last: it writes to the database.
import { signToken } from '../../server/core/auth/tokens';
import { Role } from '../../server/core/auth/viewer';
import type { BenchQueryName, BenchScope } from './candidate';
import { graphql, serve } from './candidates/sira-server';
import { type Load, loadHttp } from './measure';
import { BENCH_JWT_SECRET } from './processes';
import type { Cell } from './report';

/** The candidate whose uncached cells the cached ones are compared with. */
export const UNCACHED_CANDIDATE = 'gateway';
export const CACHED_QUERIES: BenchQueryName[] = ['overview', 'attendanceMix.all'];
export const CACHE_CONNECTIONS = 10;

export interface CachedCell extends Load {
  query: BenchQueryName;
  connections: number;
  /** The x-cache header of a repeat before timing: `hit` when the cache answers. */
  xCache: string | null;
  /** req/s of the uncached gateway in the same run, and cached / uncached. */
  uncachedRps: number | null;
  ratio: number | null;
}

export interface WriteCheck {
  /** coverage.roundtables of the overview before and right after a roundtable was created. */
  before: number | null;
  after: number | null;
  /** x-cache of the read before the write (a hit proves a stale answer was there to serve) and of the read after it. */
  xCacheBefore: string | null;
  xCacheAfter: string | null;
  /** The figure moved by one, and the read after the write did not come from the cache. */
  visible: boolean;
  error?: string;
}

export interface CacheResults {
  cells: CachedCell[];
  write: WriteCheck;
}

type Answer = { body: { data?: { coverage?: { roundtables?: number } }; errors?: unknown[] }; xCache: string | null };

async function post(baseUrl: string, body: string, token: string): Promise<Answer> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body,
  });
  return { body: (await response.json()) as Answer['body'], xCache: response.headers.get('x-cache') };
}

const CREATE_ROUNDTABLE = 'mutation BenchWrite($input: RoundtableInput!) { createRoundtable(input: $input) { id } }';

/** Read the overview, create a roundtable as ADMIN, read again at once: the count must move and the read must miss. */
async function checkWriteVisible(baseUrl: string, scope: BenchScope): Promise<WriteCheck> {
  const overview = graphql.request('overview', scope);
  const read = () => post(baseUrl, overview.body as string, scope.analystToken);
  await read();
  const before = await read();
  const admin = await signToken(new TextEncoder().encode(BENCH_JWT_SECRET), { role: Role.ADMIN, subject: 'bench-admin', regions: [] });
  const input = {
    region: scope.pageRegion,
    // Far above the generated data set's numbers, which run from 1 per region, and within the
    // 10,000 a roundtable's number may reach.
    number: 9_000 + (Date.now() % 1_000),
    date: '2024-06-01',
    sources: [{ title: 'Benchmark write check' }],
  };
  const created = await post(baseUrl, JSON.stringify({ query: CREATE_ROUNDTABLE, variables: { input } }), admin);
  const after = await read();
  const count = (answer: Answer) => answer.body.data?.coverage?.roundtables ?? null;
  const [b, a] = [count(before), count(after)];
  return {
    before: b,
    after: a,
    xCacheBefore: before.xCache,
    xCacheAfter: after.xCache,
    visible: !created.body.errors && b !== null && a === b + 1 && after.xCache === 'miss',
    ...(created.body.errors ? { error: JSON.stringify(created.body.errors).slice(0, 300) } : {}),
  };
}

export async function measureCacheEffect(
  scope: BenchScope,
  uncachedCells: Cell[],
  plan: { warmupS: number; cellS: number },
  log: (line: string) => void,
): Promise<CacheResults> {
  const started = await serve('gateway-cached', scope, { RESPONSE_CACHE: 'memory' });
  try {
    const cells: CachedCell[] = [];
    for (const query of CACHED_QUERIES) {
      const request = graphql.request(query, scope);
      await post(started.url, request.body as string, scope.analystToken);
      const { xCache } = await post(started.url, request.body as string, scope.analystToken);
      await loadHttp(started.url, request, CACHE_CONNECTIONS, plan.warmupS);
      const load = await loadHttp(started.url, request, CACHE_CONNECTIONS, plan.cellS);
      const uncached = uncachedCells.filter(
        (c) => c.query === query && c.candidate === UNCACHED_CANDIDATE && c.connections === CACHE_CONNECTIONS && c.requests > 0,
      );
      const uncachedRps = uncached.length ? uncached.reduce((sum, c) => sum + c.rps, 0) / uncached.length : null;
      const ratio = uncachedRps ? load.rps / uncachedRps : null;
      cells.push({ query, connections: CACHE_CONNECTIONS, ...load, xCache, uncachedRps, ratio });
      log(
        `cached ${query.padEnd(17)} c=${CACHE_CONNECTIONS} ${load.rps.toFixed(0)} req/s p50 ${load.p50.toFixed(1)} p99 ${load.p99.toFixed(1)} ms` +
          ` (x-cache ${xCache}; ${ratio ? `${ratio.toFixed(1)}× the uncached gateway` : 'no uncached cell to compare'})`,
      );
    }
    const write = await checkWriteVisible(started.url, scope);
    log(
      `write check: coverage.roundtables ${write.before} → ${write.after}, x-cache ${write.xCacheBefore} before, ${write.xCacheAfter} after` +
        ` — ${write.visible ? 'visible in the next read' : `NOT visible${write.error ? `: ${write.error}` : ''}`}`,
    );
    return { cells, write };
  } finally {
    await started.stop();
  }
}

import type { Pool } from 'pg';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { DataSource } from 'typeorm';

/**
 * Every metric this process exposes at /metrics (Prometheus text format). Labels take values
 * from short fixed lists (routes, codes, subgraph names) or the bounded set of operation names
 * (operation-names.ts), never a region, a user or anything else a client could make up at will.
 * Process metrics (CPU, memory, event loop lag, GC) are prom-client's defaults, unprefixed so
 * that common Node.js dashboards read them.
 */
export const metricsRegistry = new Registry();

let processMetricsOn = false;
/** Starts prom-client's process metrics once per process, when a server first serves /metrics. */
export function collectProcessMetrics(): void {
  if (processMetricsOn) return;
  processMetricsOn = true;
  collectDefaultMetrics({ register: metricsRegistry });
}

/** Seconds, from a few milliseconds (a cached answer) to the 10 s a remote subgraph is given. */
const REQUEST_SECONDS = [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export const httpRequests = new Counter({
  name: 'sira_http_requests_total',
  help: 'HTTP requests answered, by route (/graphql, /auth, /health, /ready, /metrics, static, other), method and status.',
  labelNames: ['route', 'method', 'status'] as const,
  registers: [metricsRegistry],
});

export const httpDuration = new Histogram({
  name: 'sira_http_request_duration_seconds',
  help: 'Time from a request received to its answer sent, by route.',
  labelNames: ['route'] as const,
  buckets: REQUEST_SECONDS,
  registers: [metricsRegistry],
});

export const graphqlOperations = new Counter({
  name: 'sira_graphql_operations_total',
  help: 'GraphQL operations answered, by operation name (bounded: anonymous, invalid, other) and type.',
  labelNames: ['operation', 'type'] as const,
  registers: [metricsRegistry],
});

export const graphqlDuration = new Histogram({
  name: 'sira_graphql_operation_duration_seconds',
  help: 'Time Apollo took to answer a GraphQL operation, parsing to response, by operation name and type.',
  labelNames: ['operation', 'type'] as const,
  buckets: REQUEST_SECONDS,
  registers: [metricsRegistry],
});

export const graphqlErrors = new Counter({
  name: 'sira_graphql_errors_total',
  help: 'Errors in GraphQL answers, by extensions.code (a code the server does not know is counted as OTHER).',
  labelNames: ['code'] as const,
  registers: [metricsRegistry],
});

export const responseCacheLookups = new Counter({
  name: 'sira_response_cache_lookups_total',
  help: "The gateway's response cache asked for a cacheable query's answer: hit (answered from it) or miss (computed).",
  labelNames: ['result'] as const,
  registers: [metricsRegistry],
});

export const importDuration = new Histogram({
  name: 'sira_import_duration_seconds',
  help: 'Time a CSV import took, checks and writing, by what it imported, whether it was a dry run, and its outcome.',
  labelNames: ['kind', 'dry_run', 'outcome'] as const,
  buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120],
  registers: [metricsRegistry],
});

/**
 * Times one import by its outcome: `valid` (checked and, unless a dry run, written), `refused`
 * (the file had problems: nothing written), `error` (it threw: not permitted, or failed).
 */
export async function timeImport<Report extends { valid: boolean }>(
  kind: 'roundtables' | 'participants',
  dryRun: boolean,
  run: () => Promise<Report>,
): Promise<Report> {
  const stop = importDuration.startTimer({ kind, dry_run: String(dryRun) });
  try {
    const report = await run();
    stop({ outcome: report.valid ? 'valid' : 'refused' });
    return report;
  } catch (error) {
    stop({ outcome: 'error' });
    throw error;
  }
}

export const publicationBuilds = new Histogram({
  name: 'sira_publication_build_seconds',
  help: "Time a protected publication for FUNDER and PUBLIC took to build after the data moved, by how: audited (the disclosure audit ran), decided_before (the table was the last one's: a write that changed none of its counts), read (another instance's, or an earlier start's, read from the database); failed (then the next request tries again).",
  labelNames: ['how'] as const,
  buckets: [0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300],
  registers: [metricsRegistry],
});

/** What answers FUNDER and PUBLIC from a protected publication in this process (engagement's store). */
export interface PublicationLag {
  /** Seconds since a request was first answered from the publication before the records last changed; 0 while none has been. */
  behindSeconds(): number;
}

// Held weakly: a store goes with the subgraph that made it, and tests start many.
const publicationLags = new Set<WeakRef<PublicationLag>>();

new Gauge({
  name: 'sira_publication_behind_seconds',
  help: 'How long FUNDER and PUBLIC have been answered from the publication before the records changed (0 while it is current): longer than a build takes, builds fail or cannot keep up.',
  registers: [metricsRegistry],
  collect() {
    let most = 0;
    for (const reference of publicationLags) {
      const lag = reference.deref();
      if (lag) most = Math.max(most, lag.behindSeconds());
      else publicationLags.delete(reference);
    }
    this.set(most);
  },
});

/** Exposes how far a publication store is behind in sira_publication_behind_seconds. */
export function watchPublicationLag(lag: PublicationLag): void {
  publicationLags.add(new WeakRef(lag));
}

/** The database pools of this process, by subgraph; several of one name (tests) are added up. */
const pools = new Map<DataSource, string>();

const poolOf = (dataSource: DataSource): Pool | undefined =>
  dataSource.isInitialized ? ((dataSource.driver as unknown as { master?: Pool }).master ?? undefined) : undefined;

/** A gauge read from the pools when scraped, so that nothing is counted between scrapes. */
function poolGauge(name: string, help: string, read: (pool: Pool) => number): Gauge<'subgraph'> {
  return new Gauge({
    name,
    help,
    labelNames: ['subgraph'] as const,
    registers: [metricsRegistry],
    collect() {
      this.reset();
      for (const [dataSource, subgraph] of pools) {
        const pool = poolOf(dataSource);
        if (pool) this.inc({ subgraph }, read(pool));
      }
    },
  });
}

poolGauge('sira_db_pool_connections', 'Connections a subgraph database pool holds open, busy or idle.', (pool) => pool.totalCount);
poolGauge('sira_db_pool_idle_connections', 'Connections of a subgraph database pool open and free.', (pool) => pool.idleCount);
poolGauge(
  'sira_db_pool_waiting_clients',
  'Queries waiting for a connection of a subgraph database pool: above 0 for long, the pool is too small.',
  (pool) => pool.waitingCount,
);
poolGauge('sira_db_pool_max_connections', 'The most connections a subgraph database pool may open.', (pool) => pool.options.max ?? 10);

/** Exposes a subgraph's pool in the pool gauges, until the returned function is called. */
export function watchPool(subgraph: string, dataSource: DataSource): () => void {
  pools.set(dataSource, subgraph);
  return () => pools.delete(dataSource);
}

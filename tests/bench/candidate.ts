// What every benchmark candidate provides, so the harness can start them, check that they
// answer alike, and load them the same way. A candidate runs in processes of its own, so
// their CPU time and memory can be read from /proc.

/** The views the dashboard asks for, each as one request. `ten` is a selection of ten regions, which the second request of the compare page and of the report shows. */
export const BENCH_QUERIES = [
  'attendanceMix.all',
  'attendanceMix.ten',
  'stakeholderMix.all',
  'stakeholderMix.ten',
  'challengeFrequency.all',
  'challengeFrequency.ten',
  'regionPage',
  'overview',
  // The compare page and the report each send two requests: which regions to show, then their figures.
  'compareRegions',
  'compare',
  'report',
  'reportRegions',
] as const;
export type BenchQueryName = (typeof BENCH_QUERIES)[number];

/**
 * What the dashboard's pages send: the region page, the overview, and the compare page's and the
 * report's two requests each. The analytics queries before them are candidates' yardsticks, which
 * no page asks whole any more.
 */
export const PAGE_QUERIES: readonly BenchQueryName[] = BENCH_QUERIES.slice(BENCH_QUERIES.indexOf('regionPage'));

export interface BenchRequest {
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string;
}

/** What the harness knows of a data set once loaded: which regions the `ten` queries and the region page ask for. */
export interface BenchScope {
  databaseUrl: string;
  /** Ten region slugs, in slug order. */
  tenRegions: string[];
  /** The region the region page shows. */
  pageRegion: string;
  /** A signed token of an ANALYST (sees every figure, as raw SQL does), for the GraphQL candidates. */
  analystToken: string;
}

export interface RunningCandidate {
  /** http://127.0.0.1:<port>, or null for a candidate measured in the harness's own process (raw SQL). */
  baseUrl: string | null;
  /** The processes serving it, for CPU time and peak RSS. */
  pids: number[];
  /** Its processes by tier (the gateway, each subgraph), for the capacity model; absent when one process serves it all. */
  tiers?: Record<string, number[]>;
  stop(): Promise<void>;
  /**
   * Only for a candidate measured in the harness's own process (baseUrl null): runs one query
   * and resolves to its answer, which `normalise` reads like an HTTP body.
   */
  run?(query: BenchQueryName): Promise<unknown>;
}

export interface Candidate {
  /** e.g. raw-sql, bare-http, subgraph, gateway, gateway-http, postgraphile. */
  name: string;
  description: string;
  supports(query: BenchQueryName): boolean;
  start(scope: BenchScope): Promise<RunningCandidate>;
  request(query: BenchQueryName, scope: BenchScope): BenchRequest;
  /** The answer in one canonical shape (rows sorted, ranges as {min, max}), compared across candidates before timing. */
  normalise(query: BenchQueryName, body: unknown): unknown;
}

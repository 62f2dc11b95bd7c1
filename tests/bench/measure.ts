// One timed cell: a candidate answering one query at a number of connections for a duration.
import autocannon from 'autocannon';
import type { BenchQueryName, BenchRequest, RunningCandidate } from './candidate';

export interface Load {
  requests: number;
  errors: number;
  durationS: number;
  rps: number;
  p50: number;
  p99: number;
}

/**
 * A cell in which each connection finished fewer than this many requests says more about its
 * edges (requests begun before it, cut off at its end) than about the rate: at size L the
 * report's 3 s cells at 10 connections finished 3 requests, read as 1 req/s, where 10 s gave 6.4.
 */
export const FEWEST_REQUESTS_PER_CONNECTION = 3;

/** autocannon over loopback, keep-alive, one request in flight per connection. */
export async function loadHttp(baseUrl: string, request: BenchRequest, connections: number, durationS: number): Promise<Load> {
  const result = await autocannon({
    url: `${baseUrl}${request.path}`,
    method: request.method,
    headers: request.headers,
    body: request.body,
    connections,
    duration: durationS,
    pipelining: 1,
  });
  const ok = result['2xx'];
  const seconds = result.duration || durationS;
  return {
    requests: ok,
    errors: result.errors + result.timeouts + result.non2xx,
    durationS: seconds,
    rps: ok / seconds,
    p50: result.latency.p50,
    p99: result.latency.p99,
  };
}

export const percentile = (sorted: number[], p: number) =>
  sorted.length ? (sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number) : 0;

/** The same for a candidate run in this process: `connections` loops, each one query at a time. */
export async function loadInProcess(
  candidate: RunningCandidate,
  query: BenchQueryName,
  connections: number,
  durationS: number,
): Promise<Load> {
  const run = candidate.run as NonNullable<RunningCandidate['run']>;
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const end = started + durationS * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < end) {
        const t0 = performance.now();
        try {
          await run(query);
          latencies.push(performance.now() - t0);
        } catch {
          errors++;
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    durationS: seconds,
    rps: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
  };
}

/** One answer, for the check before timing. */
export async function fetchOnce(candidate: RunningCandidate, request: () => BenchRequest, query: BenchQueryName): Promise<unknown> {
  if (!candidate.baseUrl) return (candidate.run as NonNullable<RunningCandidate['run']>)(query);
  const { method, path, headers, body } = request();
  const response = await fetch(`${candidate.baseUrl}${path}`, { method, headers, body });
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    return { errors: [`HTTP ${response.status}: ${text.slice(0, 200)}`] };
  }
}

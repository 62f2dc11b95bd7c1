// The cost limit, measured: each abusive operation of cost-limit.ts sent to a running gateway
// (response cache off) whose database connections go through the counting proxy, so that any
// SQL a refused operation caused would be seen; and the gateway's own check timed in process.
import { QUERY_TOO_COMPLEX } from '../../server/gateway/operation-limits';
import { ABUSES, measureLimitChecks } from './cost-limit';
import { percentile } from './measure';

export interface QueryRefusal {
  name: string;
  refusedFor: string;
  /** Answers that were an error with code QUERY_TOO_COMPLEX, of `requests`. */
  refused: number;
  requests: number;
  httpStatus: number;
  /** Loopback HTTP round trip seen by the harness: connection, Apollo's request pipeline, the check, the answer. */
  roundTripP50Ms: number;
  roundTripP99Ms: number;
  /** The gateway's limit check alone, in the harness's process. */
  checkUs: number;
  /** The gateway's precheck of a query text it has not seen: parse + check. */
  unseenTextUs: number;
}

export interface RefusalResults {
  /** SQL statements that reached PostgreSQL while the abusive operations were answered: must be 0. */
  statements: number;
  queries: QueryRefusal[];
}

/** The code every refusal must carry. */
export const REFUSAL_CODE = QUERY_TOO_COMPLEX;

async function refuse(url: string, query: string, token: string): Promise<{ ms: number; status: number; code: unknown }> {
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json().catch(() => ({}))) as { data?: unknown; errors?: { extensions?: { code?: unknown } }[] };
  const ms = performance.now() - started;
  return { ms, status: response.status, code: body.data === undefined ? body.errors?.[0]?.extensions?.code : 'answered with data' };
}

/**
 * Sends each abusive operation `requests` times, one at a time, to the gateway at `baseUrl`;
 * `statements` reads the counting proxy the gateway's subgraphs reach PostgreSQL through.
 */
export async function measureRefusals(
  baseUrl: string,
  token: string,
  statements: () => number,
  options: { requests: number; checkRuns: number; checkBudgetMs: number },
  log: (line: string) => void,
): Promise<RefusalResults> {
  const before = statements();
  const answered: Omit<QueryRefusal, 'refusedFor' | 'checkUs' | 'unseenTextUs'>[] = [];
  for (const [name, query] of Object.entries(ABUSES)) {
    const latencies: number[] = [];
    let refused = 0;
    let httpStatus = 0;
    for (let i = 0; i < options.requests; i++) {
      const answer = await refuse(`${baseUrl}/graphql`, query, token);
      latencies.push(answer.ms);
      httpStatus = answer.status;
      if (answer.code === REFUSAL_CODE) refused++;
    }
    latencies.sort((a, b) => a - b);
    answered.push({
      name,
      refused,
      requests: options.requests,
      httpStatus,
      roundTripP50Ms: percentile(latencies, 50),
      roundTripP99Ms: percentile(latencies, 99),
    });
  }
  const sql = statements() - before;
  const checks = measureLimitChecks(options.checkRuns, options.checkBudgetMs);
  const queries = answered.map((row) => {
    const check = checks.find((c) => c.name === row.name);
    return {
      ...row,
      refusedFor: check?.refusedFor ?? '',
      checkUs: check?.checkUs ?? Number.NaN,
      unseenTextUs: check?.unseenTextUs ?? Number.NaN,
    };
  });
  for (const q of queries) {
    log(
      `refused ${q.name.padEnd(16)} ${q.refused}/${q.requests} ${q.refusedFor.padEnd(24)} HTTP ${q.httpStatus} round trip p50 ` +
        `${q.roundTripP50Ms.toFixed(2)} p99 ${q.roundTripP99Ms.toFixed(2)} ms; check ${q.checkUs.toFixed(0)} µs, ` +
        `unseen text ${q.unseenTextUs.toFixed(0)} µs`,
    );
  }
  log(`SQL statements while refusing: ${sql}`);
  return { statements: sql, queries };
}

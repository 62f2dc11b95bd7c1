// The analytics SQL in a pg loop in the harness's own process: the floor every server is compared with.
import { Pool } from 'pg';
import { ANALYTICS_SQL, shapeAnalytics } from '../analytics-sql';
import type { BenchQueryName, BenchScope, Candidate } from '../candidate';
import { analyticsOf, isAnalytics, normaliseGraphql } from '../queries';

export const rawSql: Candidate = {
  name: 'raw-sql',
  description: 'the analytics SQL run with pg in the harness process (no HTTP, no GraphQL)',
  supports: isAnalytics,
  async start(scope: BenchScope) {
    // As many connections as the largest connection count, so concurrency is never pool-bound.
    const pool = new Pool({ connectionString: scope.databaseUrl, max: 50, application_name: 'sira-bench-raw-sql' });
    // The statement count ends the database's connections; an idle one lost is no failure.
    pool.on('error', () => {});
    return {
      baseUrl: null,
      pids: [process.pid],
      stop: () => pool.end(),
      async run(query: BenchQueryName) {
        const analytics = analyticsOf(query);
        if (!analytics) throw new Error(`raw-sql does not answer ${query}`);
        const result = await pool.query(ANALYTICS_SQL[analytics.name](analytics.ten), analytics.ten ? [scope.tenRegions] : []);
        return { data: shapeAnalytics(analytics.name, result.rows) };
      },
    };
  },
  request() {
    throw new Error('raw-sql is measured in process, not over HTTP');
  },
  normalise: normaliseGraphql,
};

// The analytics SQL behind a bare node:http server in a child process.
import path from 'node:path';
import { freePort } from '../../../server/test-support/free-port';
import type { BenchQueryName, BenchScope, Candidate } from '../candidate';
import { REGISTER_TS, startProcess } from '../processes';
import { analyticsOf, isAnalytics, normaliseGraphql } from '../queries';

export const bareHttp: Candidate = {
  name: 'bare-http',
  description: 'node:http + pg running the same SQL, one process, pool of 10 (as a subgraph)',
  supports: isAnalytics,
  async start(scope: BenchScope) {
    const port = await freePort();
    const started = await startProcess(
      'bare-http',
      ['--require', REGISTER_TS, path.join(__dirname, '..', 'servers', 'bare-http.ts')],
      { DATABASE_URL: scope.databaseUrl },
      port,
    );
    return { baseUrl: started.url, pids: [started.pid], stop: started.stop };
  },
  request(query: BenchQueryName, scope: BenchScope) {
    const analytics = analyticsOf(query);
    if (!analytics) throw new Error(`bare-http does not answer ${query}`);
    const search = analytics.ten ? `?regions=${scope.tenRegions.map(encodeURIComponent).join(',')}` : '';
    return { method: 'GET', path: `/${analytics.name}${search}`, headers: {} };
  },
  normalise: normaliseGraphql,
};

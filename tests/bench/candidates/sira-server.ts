// SIRA Monitor itself, in the three ways it is deployed: the engagement subgraph alone, the
// gateway with every subgraph in its process, and the gateway over subgraphs served over HTTP.

import { freePort } from '../../../server/test-support/free-port';
import type { BenchQueryName, BenchScope, RunningCandidate } from '../candidate';
import { SERVER_MAIN, type Started, serverEnv, startProcess } from '../processes';
import { graphqlRequest, normaliseGraphql } from '../queries';

export const running = (main: Started, all: Started[]): RunningCandidate => ({
  baseUrl: main.url,
  pids: all.map((started) => started.pid),
  stop: async () => {
    for (const started of [...all].reverse()) await started.stop();
  },
});

export async function serve(name: string, scope: BenchScope, extra: Record<string, string> = {}): Promise<Started> {
  return startProcess(name, [SERVER_MAIN], serverEnv(scope.databaseUrl, extra), await freePort());
}

export const graphql = {
  request: (query: BenchQueryName, scope: BenchScope) => graphqlRequest(query, scope),
  normalise: normaliseGraphql,
};

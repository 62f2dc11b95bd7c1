import type { BenchScope, Candidate, RunningCandidate } from '../candidate';
import type { Started } from '../processes';
import { graphql, running, serve } from './sira-server';

/**
 * The gateway in a process of its own over each subgraph served alone, engagement by
 * `engagementInstances` processes whose URLs the gateway is given as one comma list.
 */
export async function startGatewayOverHttp(name: string, scope: BenchScope, engagementInstances: number): Promise<RunningCandidate> {
  const subgraphs: Started[] = [];
  try {
    const urlsOf = async (subgraph: string, instances: number) => {
      const urls: string[] = [];
      for (let i = 1; i <= instances; i++) {
        const suffix = instances > 1 ? `-${i}` : '';
        const started = await serve(`${name}-${subgraph}${suffix}`, scope, { SERVE_SUBGRAPH: subgraph });
        subgraphs.push(started);
        urls.push(`${started.url}/graphql`);
      }
      return urls.join(',');
    };
    const gatewayProcess = await serve(name, scope, {
      GEOGRAPHY_URL: await urlsOf('geography', 1),
      ENGAGEMENT_URL: await urlsOf('engagement', engagementInstances),
      EVALUATION_URL: await urlsOf('evaluation', 1),
    });
    return running(gatewayProcess, [...subgraphs, gatewayProcess]);
  } catch (error) {
    for (const started of subgraphs) await started.stop();
    throw error;
  }
}

export const gatewayHttp: Candidate = {
  name: 'gateway-http',
  description: 'the gateway over three subgraph processes reached over HTTP (several machines)',
  supports: () => true,
  start: (scope) => startGatewayOverHttp('gateway-http', scope, 1),
  ...graphql,
};

import type { BenchScope, Candidate, RunningCandidate } from '../candidate';
import type { Started } from '../processes';
import { graphql, running, serve } from './sira-server';

/** Each subgraph served alone over HTTP, as a gateway on another machine reaches them. */
export interface SubgraphsOverHttp {
  /** GEOGRAPHY_URL, ENGAGEMENT_URL, EVALUATION_URL: each a comma list of /graphql URLs. */
  urls: Record<'GEOGRAPHY_URL' | 'ENGAGEMENT_URL' | 'EVALUATION_URL', string>;
  processes: Started[];
  /** The process ids serving each subgraph. */
  tiers: Record<string, number[]>;
}

/** Starts geography, engagement (in `engagementInstances` processes) and evaluation, each with SERVE_SUBGRAPH. */
export async function startSubgraphsOverHttp(name: string, scope: BenchScope, engagementInstances: number): Promise<SubgraphsOverHttp> {
  const processes: Started[] = [];
  const tiers: Record<string, number[]> = {};
  try {
    const urlsOf = async (subgraph: string, instances: number) => {
      const urls: string[] = [];
      for (let i = 1; i <= instances; i++) {
        const suffix = instances > 1 ? `-${i}` : '';
        const started = await serve(`${name}-${subgraph}${suffix}`, scope, { SERVE_SUBGRAPH: subgraph });
        processes.push(started);
        tiers[subgraph] = [...(tiers[subgraph] ?? []), started.pid];
        urls.push(`${started.url}/graphql`);
      }
      return urls.join(',');
    };
    const urls = {
      GEOGRAPHY_URL: await urlsOf('geography', 1),
      ENGAGEMENT_URL: await urlsOf('engagement', engagementInstances),
      EVALUATION_URL: await urlsOf('evaluation', 1),
    };
    return { urls, processes, tiers };
  } catch (error) {
    for (const started of processes) await started.stop();
    throw error;
  }
}

/**
 * A gateway in a process of its own over each subgraph served alone, engagement by
 * `engagementInstances` processes whose URLs the gateway is given as one comma list.
 * `startGateway` starts the gateway given the subgraphs' URLs; by default the project's own.
 */
export async function startGatewayOverHttp(
  name: string,
  scope: BenchScope,
  engagementInstances: number,
  startGateway: (urls: SubgraphsOverHttp['urls']) => Promise<Started> = (urls) => serve(name, scope, urls),
): Promise<RunningCandidate> {
  const subgraphs = await startSubgraphsOverHttp(name, scope, engagementInstances);
  try {
    const gatewayProcess = await startGateway(subgraphs.urls);
    return {
      ...running(gatewayProcess, [...subgraphs.processes, gatewayProcess]),
      tiers: { gateway: [gatewayProcess.pid], ...subgraphs.tiers },
    };
  } catch (error) {
    for (const started of subgraphs.processes) await started.stop();
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

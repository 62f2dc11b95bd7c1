import type { Candidate } from '../candidate';
import type { Started } from '../processes';
import { graphql, running, serve } from './sira-server';

export const gatewayHttp: Candidate = {
  name: 'gateway-http',
  description: 'the gateway over three subgraph processes reached over HTTP (several machines)',
  supports: () => true,
  async start(scope) {
    const subgraphs: Started[] = [];
    try {
      for (const name of ['geography', 'engagement', 'evaluation']) {
        subgraphs.push(await serve(`gateway-http-${name}`, scope, { SERVE_SUBGRAPH: name }));
      }
      const [geography, engagement, evaluation] = subgraphs as [Started, Started, Started];
      const gatewayProcess = await serve('gateway-http', scope, {
        GEOGRAPHY_URL: `${geography.url}/graphql`,
        ENGAGEMENT_URL: `${engagement.url}/graphql`,
        EVALUATION_URL: `${evaluation.url}/graphql`,
      });
      return running(gatewayProcess, [...subgraphs, gatewayProcess]);
    } catch (error) {
      for (const started of subgraphs) await started.stop();
      throw error;
    }
  },
  ...graphql,
};

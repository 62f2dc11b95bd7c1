import type { Candidate } from '../candidate';
import { startGatewayOverHttp } from './gateway-http';
import { graphql } from './sira-server';

// Whether a second engagement process adds throughput depends on spare cores: on a machine
// whose cores the gateway, PostgreSQL and the load generator already fill, it cannot.
export const gatewayHttp2x: Candidate = {
  name: 'gateway-http-2x',
  description: 'as gateway-http, with two engagement processes the gateway asks in turn (ENGAGEMENT_URL=a,b)',
  supports: () => true,
  start: (scope) => startGatewayOverHttp('gateway-http-2x', scope, 2),
  ...graphql,
};

// Hive Gateway, with its Rust query planner, over the same three subgraph processes as
// gateway-http: the same several-machines topology on another maintained engine.
import path from 'node:path';
import { freePort } from '../../../server/test-support/free-port';
import type { Candidate } from '../candidate';
import { REPO_ROOT, startProcess } from '../processes';
import { startGatewayOverHttp } from './gateway-http';
import { graphql } from './sira-server';

const SERVER = path.join(__dirname, '..', 'servers', 'hive-gateway.mjs');
const SUPERGRAPH_FILE = path.join(REPO_ROOT, 'schema', 'supergraph.graphql');

export const hiveGateway: Candidate = {
  name: 'hive-gateway',
  description:
    'Hive Gateway (@graphql-hive/gateway-runtime with the Rust query planner of @graphql-hive/router-runtime) over the three subgraph processes of gateway-http, forwarding the Authorization header',
  supports: () => true,
  start: (scope) =>
    startGatewayOverHttp('hive-gateway', scope, 1, async (urls) =>
      startProcess('hive-gateway', [SERVER], { ...urls, SUPERGRAPH_FILE }, await freePort()),
    ),
  ...graphql,
};

// Hive Gateway (GraphQL Hive's maintained federation gateway) serving the project's supergraph
// over subgraph processes reached over HTTP, its query plans made by the Rust query planner
// (@graphql-hive/router-runtime). The client's Authorization header goes on to the subgraphs,
// which check the token's signature themselves, as they do behind the project's own gateway.
//   SUPERGRAPH_FILE=... GEOGRAPHY_URL=... ENGAGEMENT_URL=... EVALUATION_URL=... PORT=... node hive-gateway.mjs
// Plain JavaScript, as PostGraphile's server is: the gateway's typings widen graphql's own
// (GraphQLErrorExtensions), which would change how the server's code type-checks in this package.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import * as httpTransport from '@graphql-mesh/transport-http';

/** @param {string} name */
const required = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
};

// The supergraph names each subgraph's URL as docker/ deploys them; here they are the bench's processes.
/** @type {Record<string, string>} */
const subgraphUrls = {
  geography: required('GEOGRAPHY_URL'),
  engagement: required('ENGAGEMENT_URL'),
  evaluation: required('EVALUATION_URL'),
};
const supergraph = readFileSync(required('SUPERGRAPH_FILE'), 'utf8').replace(
  /@join__graph\(name: "(\w+)", url: "[^"]*"\)/g,
  (whole, name) => (subgraphUrls[name] ? `@join__graph(name: "${name}", url: "${subgraphUrls[name]}")` : whole),
);

const FORWARDED_HEADERS = ['authorization', 'x-request-id', 'accept-language'];

const gateway = createGatewayRuntime({
  supergraph,
  unifiedGraphHandler,
  // Given, not left for the runtime to import by name: it is a dependency of this package alone.
  transports: { http: httpTransport },
  // Every request does its own work, as behind the project's gateway. The HTTP executor answers
  // identical subgraph requests in flight once by default; the bench sends the same request with
  // the same token from every connection, where a dashboard's users each have their own, so left
  // on it would share one subgraph answer among many requests that the other candidates each make.
  transportEntries: { '*.http': { options: { deduplicateInflightRequests: false } } },
  propagateHeaders: {
    fromClientToSubgraphs: ({ request }) => Object.fromEntries(FORWARDED_HEADERS.map((header) => [header, request.headers.get(header)])),
  },
  // Ready once the supergraph is loaded and planned over, which is what the harness waits for at /health.
  healthCheckEndpoint: '/healthcheck',
  readinessCheckEndpoint: '/health',
  graphqlEndpoint: '/graphql',
  landingPage: false,
  graphiql: false,
  logging: 'warn',
});

const server = createServer(gateway);
server.listen(Number(process.env.PORT ?? 4000), process.env.HOST ?? '127.0.0.1');
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    server.close();
    void Promise.resolve(gateway.dispose()).finally(() => process.exit(0));
  });
}

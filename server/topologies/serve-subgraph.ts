import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { asHttpError } from '../core/auth/http-error';
import { requestInfo } from '../core/context';
import { formatError } from '../core/errors';
import { clientMistakesPlugin } from '../core/execution/client-mistakes';
import { compiledExecutorGateway } from '../core/execution/compiled-executor-gateway';
import { explorerApolloOptions, noApolloLandingPage } from '../core/explorer/apollo-explorer-options';
import { graphqlRoute } from '../core/http';
import { graphqlMetricsPlugin } from '../core/observability/graphql-metrics';
import { operationNameOnSpanPlugin } from '../core/observability/tracing-http';
import { tracingOn } from '../core/observability/tracing-spans';
import { databaseCheck } from '../core/readiness';
import type { Subgraph } from '../core/subgraph';
import { unavailableStatusPlugin } from '../core/unavailable-status';
import { invalidateOnMutationPlugin } from '../gateway/response-cache';
import { openResponseStore } from '../gateway/response-store';
import type { Served, Startup } from './startup';

/** One subgraph served alone over HTTP (SERVE_SUBGRAPH), for gateways on other machines. */
export async function serveSubgraph(subgraph: Subgraph, { config, log, explorer, stops }: Startup): Promise<Served> {
  // With a shared cache, a write sent to this subgraph directly also makes the gateways' cache miss.
  const sharedCache = config.responseCache.mode === 'redis' ? await openResponseStore(config.responseCache, log) : undefined;
  if (sharedCache) {
    stops.add(() => sharedCache.close());
    subgraph.onAnswersOutdated?.(() => sharedCache.invalidate());
  }
  const apollo = new ApolloServer({
    gateway: compiledExecutorGateway(subgraph.schema),
    formatError: formatError(),
    // No client sends persisted queries; served, they only added an in-memory store a client can fill.
    persistedQueries: false,
    ...explorerApolloOptions(explorer),
    stopOnTerminationSignals: false,
    // Inline traces only feed Apollo's hosted studio, which this deployment does not use.
    // Cache-control hints are not sent either (the gateway caches by role); and while a
    // plugin resolves fields, Apollo wraps every resolver of the schema, which undoes
    // what compiling the queries gains (measured: half the requests/s on analytics).
    plugins: [
      ...(config.metrics.enabled ? [graphqlMetricsPlugin()] : []),
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      noApolloLandingPage(),
      unavailableStatusPlugin(),
      ...(tracingOn() ? [operationNameOnSpanPlugin()] : []),
      clientMistakesPlugin(),
      ...(sharedCache ? [invalidateOnMutationPlugin(sharedCache)] : []),
    ],
  });
  await apollo.start();
  stops.add(() => apollo.stop());
  return {
    routes: [graphqlRoute(apollo, async (req) => subgraph.createContext(requestInfo(req.headers)).catch(asHttpError))],
    readiness: [databaseCheck(subgraph.name, subgraph.database.dataSource)],
  };
}

import { readFile } from 'node:fs/promises';
import { Supergraph } from '@apollo/federation-internals';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { QueryLimits, SubgraphName } from '../core/config';
import { formatError } from '../core/errors';
import { clientMistakesPlugin } from '../core/execution/client-mistakes';
import { type ExplorerSetting, explorerApolloOptions, noApolloLandingPage } from '../core/explorer/apollo-explorer-options';
import { graphqlMetricsPlugin } from '../core/observability/graphql-metrics';
import { operationNameOnSpanPlugin } from '../core/observability/tracing-http';
import { tracingOn } from '../core/observability/tracing-spans';
import { currentLanguage } from '../core/request-language';
import type { Subgraph } from '../core/subgraph';
import { unavailableStatusPlugin } from '../core/unavailable-status';
import type { GatewayContext } from './gateway-context';
import { InProcessDataSource } from './in-process-data-source';
import { operationLimitsPlugin, parseOptionsFor } from './operation-limits';
import { type OperationPrecheck, operationPrecheck } from './operation-precheck';
import { responseCachePlugin } from './response-cache';
import type { ResponseStore } from './response-store';
import { RoundRobinDataSource } from './round-robin-data-source';
import { stringifyResult } from './serialized-answers';
import { SingleSubgraphShortcut } from './single-subgraph-shortcut';

/** Headers a subgraph needs to see again: who asks, and which request it belongs to. */
const FORWARDED_HEADERS = ['authorization', 'x-request-id'];

export interface GatewayOptions {
  supergraphPath: string;
  /** Subgraphs running in this process; the others are reached over HTTP. */
  inProcess: Partial<Record<SubgraphName, Subgraph>>;
  /** Where each remote subgraph answers; several URLs are its instances, asked in turn. */
  urls: Partial<Record<SubgraphName, readonly string[]>>;
  /** The longest a query waits for a remote subgraph before its part is answered SERVICE_UNAVAILABLE. */
  subgraphTimeoutMs: number;
  /** Off: every operation is planned and executed by Apollo Gateway, none sent straight to a subgraph. */
  fastPaths: boolean;
  limits: QueryLimits;
  /** Where analytics answers are cached; none: no caching. */
  responseStore?: ResponseStore;
  /** Introspection (and the explorer, served by explorer-route.ts); closed by default in production. */
  explorer: ExplorerSetting;
  /** Counts and times each operation for /metrics (METRICS). */
  metrics?: boolean;
}

export interface Gateway {
  apollo: ApolloServer<GatewayContext>;
  /** The operation limits, to apply to a request body before Apollo validates it. */
  precheck: OperationPrecheck;
}

/**
 * The gateway over the supergraph composed at build time (schema/supergraph.graphql):
 * no runtime composition, so a subgraph being down cannot keep the gateway from starting.
 */
export async function createGateway(options: GatewayOptions): Promise<Gateway> {
  const supergraphSdl = await readFile(options.supergraphPath, 'utf8');
  const supergraph = Supergraph.build(supergraphSdl);
  const inProcess = new Map(
    Object.entries(options.inProcess).flatMap(([name, subgraph]) => (subgraph ? [[name, new InProcessDataSource(subgraph)] as const] : [])),
  );
  // Apollo Gateway otherwise sends the machine's description (CPUs, memory, OS, uptime) to Apollo every
  // hour, read when it is made: nothing about a deployment leaves it unless its operator sends it.
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  const gateway = new ApolloGateway({
    supergraphSdl,
    // Its spans (gateway.plan, gateway.fetch, ...) name the operation; never its text, nor an error's message.
    telemetry: { includeDocument: false, recordExceptions: false },
    buildService: ({ name, url }) => {
      const local = inProcess.get(name);
      if (local) return local;
      const remote = options.urls[name as SubgraphName] ?? (url ? [url] : []);
      if (!remote.length) throw new Error(`Subgraph ${name} is neither in this process nor given a URL (set ${name.toUpperCase()}_URL).`);
      return new RoundRobinDataSource({
        name,
        urls: remote,
        timeoutMs: options.subgraphTimeoutMs,
        prepare: ({ request, context }) => {
          for (const header of FORWARDED_HEADERS) {
            const value = context.request?.headers[header];
            if (value) request.http?.headers.set(header, value);
          }
          // The language the client asked for, header or ?locale=, as the one the subgraph's messages are said in.
          request.http?.headers.set('accept-language', currentLanguage());
        },
      });
    },
  });
  const server = new ApolloServer<GatewayContext>({
    gateway: options.fastPaths ? new SingleSubgraphShortcut(gateway, supergraph, inProcess) : gateway,
    formatError: formatError(),
    includeStacktraceInErrorResponses: false,
    // No client sends persisted queries; served, they only added an in-memory store a client can fill.
    persistedQueries: false,
    ...explorerApolloOptions(options.explorer),
    // main.ts shuts the whole process down in order; Apollo must not stop on its own.
    stopOnTerminationSignals: false,
    // A cached answer is written from the JSON text it was stored as.
    stringifyResult,
    // Refuses client mistakes, then abusive operations, before planning: no subgraph, and so no SQL, sees them.
    // The limits run first (didResolveOperation), so a refused operation never reaches the cache.
    // Cache-control hints are not sent (the response cache is by role); without the plugin,
    // Apollo installs no per-field hooks for a request.
    plugins: [
      // First, so that it times what every other plugin adds.
      ...(options.metrics ? [graphqlMetricsPlugin<GatewayContext>()] : []),
      ApolloServerPluginCacheControlDisabled(),
      noApolloLandingPage(),
      unavailableStatusPlugin(),
      // Before the limits, so that a refused operation's span is named too.
      ...(tracingOn() ? [operationNameOnSpanPlugin<GatewayContext>()] : []),
      clientMistakesPlugin(),
      operationLimitsPlugin(options.limits),
      ...(options.responseStore ? [responseCachePlugin(options.responseStore)] : []),
    ],
    parseOptions: parseOptionsFor(options.limits),
  });
  await server.start();
  return { apollo: server, precheck: operationPrecheck(supergraph.apiSchema().toGraphQLJSSchema(), options.limits) };
}

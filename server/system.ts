import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import type { Access } from './core/auth/access';
import { asHttpError } from './core/auth/http-error';
import { signInRoute, TOKEN_TTL_SECONDS } from './core/auth/sign-in-route';
import { SignInThrottle } from './core/auth/sign-in-throttle';
import { loadSigningKey } from './core/auth/signing-key';
import { tokenAuthenticator } from './core/auth/tokens';
import type { Config, SubgraphName } from './core/config';
import { requestInfo } from './core/context';
import { openDatabaseServer } from './core/database/database-server';
import { openSubgraphDatabase, type SubgraphDatabaseDefinition } from './core/database/subgraph-data-source';
import { formatError } from './core/errors';
import { clientMistakesPlugin } from './core/execution/client-mistakes';
import { compiledExecutorGateway } from './core/execution/compiled-executor-gateway';
import { explorerApolloOptions, noApolloLandingPage } from './core/explorer/apollo-explorer-options';
import { explorerRoute } from './core/explorer/explorer-route';
import { graphqlRoute, healthRoute, type Route, readyRoute, startHttpServer } from './core/http';
import { checkReadiness, databaseCheck, type ReadinessCheck, remoteSubgraphCheck } from './core/readiness';
import { setRecordedDatesFrom } from './core/recording-limits';
import { openRedis } from './core/redis';
import { staticFilesRoute } from './core/static-files';
import type { Subgraph } from './core/subgraph';
import { unavailableStatusPlugin } from './core/unavailable-status';
import { createGateway } from './gateway/gateway';
import { invalidateOnMutationPlugin } from './gateway/response-cache';
import { openResponseStore } from './gateway/response-store';
import { generateIllustrativeDataset } from './seed/illustrative/generate-illustrative';
import { loadDataset } from './seed/load-dataset';
import { PUBLISHED_DATASET } from './seed/published-dataset';
import { ENGAGEMENT_DATABASE } from './subgraphs/engagement/engagement.database';
import { type EngagementSubgraph, startEngagement } from './subgraphs/engagement/engagement.subgraph';
import { EVALUATION_DATABASE } from './subgraphs/evaluation/evaluation.database';
import { type EvaluationSubgraph, startEvaluation } from './subgraphs/evaluation/evaluation.subgraph';
import { GEOGRAPHY_DATABASE } from './subgraphs/geography/geography.database';
import { startGeography } from './subgraphs/geography/geography.subgraph';

const SUBGRAPH_DATABASES: readonly (readonly [SubgraphName, SubgraphDatabaseDefinition])[] = [
  ['geography', GEOGRAPHY_DATABASE],
  ['engagement', ENGAGEMENT_DATABASE],
  ['evaluation', EVALUATION_DATABASE],
];

export interface RunningSystem {
  url: string;
  port: number;
  geography?: Subgraph;
  engagement?: EngagementSubgraph;
  evaluation?: EvaluationSubgraph;
  stop(): Promise<void>;
}

/**
 * Starts what the configuration asks for: by default the database, both subgraphs in this
 * process and the gateway over them; with SERVE_SUBGRAPH one subgraph alone; with every
 * <NAME>_URL set, the gateway alone over remote subgraphs.
 */
export async function startSystem(config: Config, log: (line: string) => void = console.log): Promise<RunningSystem> {
  const stops: (() => Promise<unknown>)[] = [];
  const stopAll = async () => {
    for (const stop of stops.reverse()) await stop().catch((error) => log(`[stop] ${String(error)}`));
  };
  try {
    const wanted = (name: SubgraphName) => (config.serveSubgraph ? config.serveSubgraph === name : config.subgraphUrls[name] === undefined);
    const needsDatabase = SUBGRAPH_DATABASES.some(([name]) => wanted(name));
    const database = needsDatabase ? await openDatabaseServer(config, log) : undefined;
    if (database) stops.push(() => database.stop());

    setRecordedDatesFrom(config.recordedDatesFrom);
    const signingKey = await loadSigningKey(config.jwtSecret, config.localKeyFile);
    const tokenMaxLifetimeSeconds = config.tokenMaxLifetimeHours * 3600;
    const access: Access = {
      authenticate: tokenAuthenticator(signingKey, tokenMaxLifetimeSeconds),
      disclosure: config.disclosure,
    };
    const open = async <S extends Subgraph>(
      name: SubgraphName,
      start: (db: Awaited<ReturnType<typeof openSubgraphDatabase>>, access: Access) => Promise<S>,
    ) => {
      if (!database || !wanted(name)) return undefined;
      const definition = SUBGRAPH_DATABASES.find(([named]) => named === name)?.[1] as SubgraphDatabaseDefinition;
      const db = await openSubgraphDatabase(definition, database.urlFor(name), {
        logSql: config.logSql,
        timeouts: config.databaseTimeouts,
      });
      stops.push(() => db.dataSource.destroy());
      return start(db, access);
    };
    const geography = await open('geography', startGeography);
    const engagement = await open('engagement', startEngagement);
    const evaluation = await open('evaluation', startEvaluation);
    if (geography && engagement && config.seed !== 'none') {
      const report = await loadDataset(geography, engagement, PUBLISHED_DATASET, evaluation);
      if (report.roundtablesAdded > 0) log(`Loaded the published data set (${report.roundtablesAdded} roundtables).`);
      if (config.seed === 'illustrative') {
        const generated = await loadDataset(geography, engagement, generateIllustrativeDataset({}), evaluation);
        log(`Illustrative data loaded (${generated.roundtablesAdded} roundtables added); it is labelled illustrative everywhere.`);
      }
    }

    const routes: Route[] = [];
    const explorer = { enabled: config.graphqlExplorer, production: config.production };
    if (config.serveSubgraph) {
      const subgraph = (geography ?? engagement ?? evaluation) as Subgraph;
      // With a shared cache, a write sent to this subgraph directly also makes the gateways' cache miss.
      const sharedCache = config.responseCache.mode === 'redis' ? await openResponseStore(config.responseCache, log) : undefined;
      if (sharedCache) stops.push(() => sharedCache.close());
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
          ApolloServerPluginInlineTraceDisabled(),
          ApolloServerPluginCacheControlDisabled(),
          noApolloLandingPage(),
          unavailableStatusPlugin(),
          clientMistakesPlugin(),
          ...(sharedCache ? [invalidateOnMutationPlugin(sharedCache)] : []),
        ],
      });
      await apollo.start();
      stops.push(() => apollo.stop());
      routes.push(graphqlRoute(apollo, async (req) => subgraph.createContext(requestInfo(req.headers)).catch(asHttpError)));
    } else {
      const responseStore = await openResponseStore(config.responseCache, log);
      if (responseStore) stops.push(() => responseStore.close());
      const { apollo, precheck } = await createGateway({
        supergraphPath: config.supergraphPath,
        inProcess: { geography, engagement, evaluation },
        urls: config.subgraphUrls,
        subgraphTimeoutMs: config.subgraphTimeoutMs,
        limits: config.queryLimits,
        responseStore,
        explorer,
      });
      stops.push(() => apollo.stop());
      // The gateway checks the token before planning, and the subgraphs check it again.
      routes.push(
        graphqlRoute(
          apollo,
          async (req) => {
            const request = requestInfo(req.headers);
            return { request, viewer: await access.authenticate(request.headers).catch(asHttpError) };
          },
          precheck,
        ),
      );
    }
    // Every database this process uses, and each subgraph it reaches over HTTP.
    const readiness: ReadinessCheck[] = [];
    for (const subgraph of [geography, engagement, evaluation]) {
      if (subgraph) readiness.push(databaseCheck(subgraph.name, subgraph.database.dataSource));
    }
    if (!config.serveSubgraph) {
      for (const [name, urls] of Object.entries(config.subgraphUrls)) readiness.push(remoteSubgraphCheck(name, urls));
    }
    routes.unshift(
      healthRoute,
      readyRoute(() => checkReadiness(readiness, config.readyTimeoutMs)),
      // Before /graphql, so that a browser's GET gets the explorer, or a plain answer when it is off.
      explorerRoute(explorer),
    );
    // Static files last, so that they never shadow /graphql, /health, /ready or /auth/sign-in.
    if (!config.serveSubgraph) {
      // With Redis every instance counts the same attempts, whatever the response cache's mode.
      const { redisUrl, redisKeyPrefix } = config.responseCache;
      const throttle = redisUrl ? SignInThrottle.inRedis(await openRedis(redisUrl, log), redisKeyPrefix) : SignInThrottle.inMemory();
      stops.push(() => throttle.close());
      routes.push(
        signInRoute({
          usersFile: config.usersFile,
          key: signingKey,
          ttlSeconds: Math.min(TOKEN_TTL_SECONDS, tokenMaxLifetimeSeconds),
          throttle,
          trustedProxies: config.trustedProxies,
        }),
      );
      routes.push(staticFilesRoute(config.dashboardDir));
      if (!existsSync(path.join(config.dashboardDir, 'index.html'))) {
        log(`The dashboard is not built (no ${config.dashboardDir}/index.html): run pnpm build to serve it at /.`);
      }
    }
    const http: Server = await startHttpServer(routes, config.port, config.host);
    stops.push(() => new Promise((resolve) => http.close(resolve)));
    const port = (http.address() as AddressInfo).port;
    return { url: `http://localhost:${port}/graphql`, port, geography, engagement, evaluation, stop: stopAll };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Access } from '../core/auth/access';
import { asHttpError } from '../core/auth/http-error';
import { signInRoute, TOKEN_TTL_SECONDS } from '../core/auth/sign-in-route';
import { SignInThrottle } from '../core/auth/sign-in-throttle';
import { requestInfo } from '../core/context';
import { graphqlRoute } from '../core/http';
import { databaseCheck, remoteSubgraphCheck } from '../core/readiness';
import { openRedis } from '../core/redis';
import { staticFilesRoute } from '../core/static-files';
import { createGateway } from '../gateway/gateway';
import { openResponseStore } from '../gateway/response-store';
import type { RunningSubgraphs } from '../subgraphs/registry';
import type { Served, Startup } from './startup';

/** How this process signs tokens in and checks them. */
export interface TokenKeys {
  access: Access;
  signingKey: Uint8Array;
  tokenMaxLifetimeSeconds: number;
}

/**
 * The gateway over the subgraphs started in this process and those at a <NAME>_URL, with
 * sign-in and the dashboard's files.
 */
export async function serveGateway(
  inProcess: RunningSubgraphs,
  keys: TokenKeys,
  { config, log, explorer, stops }: Startup,
): Promise<Served> {
  const responseStore = await openResponseStore(config.responseCache, log);
  if (responseStore) stops.add(() => responseStore.close());
  const { apollo, precheck } = await createGateway({
    supergraphPath: config.supergraphPath,
    inProcess,
    urls: config.subgraphUrls,
    subgraphTimeoutMs: config.subgraphTimeoutMs,
    fastPaths: config.executionFastPaths,
    limits: config.queryLimits,
    responseStore,
    explorer,
  });
  stops.add(() => apollo.stop());
  // The gateway checks the token before planning, and the subgraphs check it again.
  const graphql = graphqlRoute(
    apollo,
    async (req) => {
      const request = requestInfo(req.headers);
      return { request, viewer: await keys.access.authenticate(request.headers).catch(asHttpError) };
    },
    precheck,
  );
  // With Redis every instance counts the same attempts, whatever the response cache's mode.
  const { redisUrl, redisKeyPrefix } = config.responseCache;
  const throttle = redisUrl ? SignInThrottle.inRedis(await openRedis(redisUrl, log), redisKeyPrefix) : SignInThrottle.inMemory();
  stops.add(() => throttle.close());
  const signIn = signInRoute({
    usersFile: config.usersFile,
    key: keys.signingKey,
    ttlSeconds: Math.min(TOKEN_TTL_SECONDS, keys.tokenMaxLifetimeSeconds),
    throttle,
    trustedProxies: config.trustedProxies,
  });
  if (!existsSync(path.join(config.dashboardDir, 'index.html'))) {
    log(`The dashboard is not built (no ${config.dashboardDir}/index.html): run pnpm build to serve it at /.`);
  }
  return {
    // Static files last, so that they never shadow /graphql, /health, /ready or /auth/sign-in.
    routes: [graphql, signIn, staticFilesRoute(config.dashboardDir)],
    // Every database this process uses, and each subgraph it reaches over HTTP.
    readiness: [
      ...Object.values(inProcess).map((subgraph) => databaseCheck(subgraph.name, subgraph.database.dataSource)),
      ...Object.entries(config.subgraphUrls).map(([name, urls]) => remoteSubgraphCheck(name, urls)),
    ],
  };
}

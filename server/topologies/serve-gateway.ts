import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Access } from '../core/auth/access';
import { asHttpError } from '../core/auth/http-error';
import { passwordLinkRoute } from '../core/auth/password-link-route';
import { requestAuthenticator } from '../core/auth/request-authentication';
import { signInRoute, TOKEN_TTL_SECONDS } from '../core/auth/sign-in-route';
import { SignInThrottle } from '../core/auth/sign-in-throttle';
import { requestInfo } from '../core/context';
import { graphqlRoute } from '../core/http';
import { countGraphqlError } from '../core/observability/graphql-metrics';
import { databaseCheck, remoteSubgraphCheck } from '../core/readiness';
import { openRedis } from '../core/redis';
import { staticFilesRoute } from '../core/static-files';
import { createGateway } from '../gateway/gateway';
import type { OperationPrecheck } from '../gateway/operation-precheck';
import { openResponseStore } from '../gateway/response-store';
import type { RunningSubgraphs } from '../subgraphs/registry';
import type { Served, Startup } from './startup';

/** The operation limits, their refusals counted by code: they are answered before Apollo, whose plugin counts the rest. */
const countedRefusals =
  (precheck: OperationPrecheck): OperationPrecheck =>
  (body) => {
    const refusal = precheck(body);
    if (refusal) countGraphqlError(refusal);
    return refusal;
  };

/** How this process signs tokens in and checks them. */
export interface TokenKeys {
  access: Access;
  signingKey: Uint8Array;
  tokenMaxLifetimeSeconds: number;
}

/**
 * The gateway over the subgraphs started in this process and those at a <NAME>_URL, with
 * sign-in, sessions and password links (over the accounts, always in this process) and the
 * dashboard's files.
 */
export async function serveGateway(
  inProcess: RunningSubgraphs,
  keys: TokenKeys,
  { config, log, explorer, stops }: Startup,
): Promise<Served> {
  const responseStore = await openResponseStore(config.responseCache, log);
  if (responseStore) {
    stops.add(() => responseStore.close());
    for (const subgraph of Object.values(inProcess)) subgraph?.onAnswersOutdated?.(() => responseStore.invalidate());
  }
  const { apollo, precheck } = await createGateway({
    supergraphPath: config.supergraphPath,
    inProcess,
    urls: config.subgraphUrls,
    subgraphTimeoutMs: config.subgraphTimeoutMs,
    fastPaths: config.executionFastPaths,
    limits: config.queryLimits,
    responseStore,
    explorer,
    metrics: config.metrics.enabled,
  });
  stops.add(() => apollo.stop());
  const accounts = inProcess.accounts?.services.gate;
  if (!accounts) throw new Error('The gateway runs the accounts subgraph in its own process, and it did not start.');
  await accounts.importUsersFile(config.usersFile);
  // The gateway checks the token (a script's, or the session cookie's) and its session before
  // planning; the subgraphs check the token's signature again.
  const authenticate = requestAuthenticator(keys.access.authenticate, accounts);
  const graphql = graphqlRoute(
    apollo,
    async (req) => {
      const request = requestInfo(req.headers);
      return { request, viewer: await authenticate(request).catch(asHttpError) };
    },
    config.metrics.enabled ? countedRefusals(precheck) : precheck,
  );
  // With Redis every instance counts the same attempts, whatever the response cache's mode.
  const { redisUrl, redisKeyPrefix } = config.responseCache;
  const throttle = redisUrl ? SignInThrottle.inRedis(await openRedis(redisUrl, log), redisKeyPrefix) : SignInThrottle.inMemory();
  stops.add(() => throttle.close());
  const ttlSeconds = Math.min(TOKEN_TTL_SECONDS, keys.tokenMaxLifetimeSeconds);
  const cookies = { trustedProxies: config.trustedProxies, cookieSecurity: config.sessionCookieSecure };
  const signIn = signInRoute({
    accounts,
    usersFile: config.usersFile,
    key: keys.signingKey,
    ttlSeconds,
    maxLifetimeSeconds: keys.tokenMaxLifetimeSeconds,
    throttle,
    ...cookies,
  });
  const passwordLinks = passwordLinkRoute({ accounts, key: keys.signingKey, ttlSeconds, ...cookies });
  if (!existsSync(path.join(config.dashboardDir, 'index.html'))) {
    log(`The dashboard is not built (no ${config.dashboardDir}/index.html): run pnpm build to serve it at /.`);
  }
  return {
    // Static files last, so that they never shadow /graphql, /health, /ready or /auth/*.
    routes: [graphql, signIn, passwordLinks, staticFilesRoute(config.dashboardDir)],
    // Every database this process uses, and each subgraph it reaches over HTTP.
    readiness: [
      ...Object.values(inProcess).map((subgraph) => databaseCheck(subgraph.name, subgraph.database.dataSource)),
      ...Object.entries(config.subgraphUrls).map(([name, urls]) => remoteSubgraphCheck(name, urls)),
    ],
  };
}

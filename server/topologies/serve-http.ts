import type { Server } from 'node:http';
import { explorerRoute } from '../core/explorer/explorer-route';
import { healthRoute, readyRoute, startHttpServer, stopHttpServer } from '../core/http';
import { httpMetricsRoute, metricsRoute } from '../core/observability/metrics-routes';
import { checkReadiness } from '../core/readiness';
import type { Served, Startup } from './startup';

/** Serves a topology's routes behind /metrics, /health, /ready (its checks) and the explorer, on the configured port. */
export async function serveHttp({ routes, readiness }: Served, { config, explorer, stops }: Startup): Promise<Server> {
  const http = await startHttpServer(
    [
      // First: it only starts the clock and counts the answer, whichever route gives it.
      ...(config.metrics.enabled ? [httpMetricsRoute] : []),
      metricsRoute(config.metrics),
      healthRoute,
      readyRoute(() => checkReadiness(readiness, config.readyTimeoutMs)),
      // Before /graphql, so that a browser's GET gets the explorer, or a plain answer when it is off.
      explorerRoute(explorer),
      ...routes,
    ],
    config.port,
    config.host,
  );
  stops.add(() => stopHttpServer(http));
  return http;
}

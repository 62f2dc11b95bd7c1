import { createHash, timingSafeEqual } from 'node:crypto';
import type { MetricsConfig } from '../config';
import type { Route } from '../http';
import { collectProcessMetrics, httpDuration, httpRequests, metricsRegistry } from './metrics';

const pathOf = (url: string | undefined) => new URL(url ?? '/', 'http://localhost').pathname;

/** The routes a request is counted under: a short fixed list, whatever path a client asks for. */
function routeLabel(path: string, method: string, status: number): string {
  if (path === '/graphql' || path === '/health' || path === '/ready' || path === '/metrics') return path;
  if (path.startsWith('/auth/')) return '/auth';
  if (method === 'GET' && status < 400) return 'static';
  return 'other';
}

const METHODS = new Set(['GET', 'POST', 'HEAD', 'OPTIONS', 'PUT', 'DELETE', 'PATCH']);

/**
 * Counts and times every request once its answer is sent. It answers nothing itself: first in
 * the list of routes, it lets the request go on to the others.
 */
export const httpMetricsRoute: Route = (req, res) => {
  const stop = httpDuration.startTimer();
  res.once('finish', () => {
    const method = METHODS.has(req.method ?? '') ? (req.method as string) : 'OTHER';
    const route = routeLabel(pathOf(req.url), method, res.statusCode);
    stop({ route });
    httpRequests.inc({ route, method, status: String(res.statusCode) });
  });
  return false;
};

const digest = (text: string) => createHash('sha256').update(text).digest();

/** True when the request carries `Authorization: Bearer <token>`, compared in constant time. */
function bearerMatches(header: string | undefined, token: string): boolean {
  const sent = /^Bearer (.+)$/i.exec(header ?? '')?.[1];
  return sent !== undefined && timingSafeEqual(digest(sent), digest(token));
}

/**
 * GET /metrics in Prometheus' text format; with a token (METRICS_TOKEN), only for a scraper
 * that sends it as a bearer token, else 401. With METRICS=off, a plain 404 (rather than the
 * dashboard's page, which the static files give any path they do not know).
 */
export function metricsRoute({ enabled, token }: MetricsConfig): Route {
  if (enabled) collectProcessMetrics();
  return async (req, res) => {
    if (pathOf(req.url) !== '/metrics') return false;
    if (!enabled) {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: 'Metrics are off (METRICS=off).' }));
      return true;
    }
    if (token !== undefined && !bearerMatches(req.headers.authorization, token)) {
      res.writeHead(401, { 'content-type': 'application/json', 'www-authenticate': 'Bearer realm="metrics"' });
      res.end(JSON.stringify({ error: 'The metrics need the bearer token set in METRICS_TOKEN.' }));
      return true;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { 'content-type': 'application/json', allow: 'GET, HEAD' });
      res.end(JSON.stringify({ error: 'Read the metrics with GET.' }));
      return true;
    }
    const body = await metricsRegistry.metrics();
    res.writeHead(200, { 'content-type': metricsRegistry.contentType, 'cache-control': 'no-store' });
    res.end(req.method === 'HEAD' ? undefined : body);
    return true;
  };
}

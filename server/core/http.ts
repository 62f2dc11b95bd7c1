import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import { type ApolloServer, type BaseContext, HeaderMap } from '@apollo/server';
import type { GraphQLError } from 'graphql';
import { type ErrorText, errorMessageIn, errorText } from '../contract/error-messages';
import type { Language } from '../contract/languages';
import { messageFor } from './errors';
import { MAX_JSON_DEPTH, withinJsonDepth } from './json-depth';
import { logger } from './observability/logger';
import { tracedRequests } from './observability/tracing-http';
import { extensionsLocale, requestLanguage, withLanguage } from './request-language';
import { requestIdFrom, withRequestId } from './request-scope';

const MAX_BODY_BYTES = 1_000_000;
// Room for a roundtable import of 2 MB of CSV, which JSON escaping of quotes and line breaks can nearly double.
const MAX_GRAPHQL_BODY_BYTES = 5_000_000;

export type Route = (req: IncomingMessage, res: ServerResponse) => Promise<boolean> | boolean;

/** The request body as text; rejects with `status: 413` past `maxBytes`, as soon as the header or the bytes say so. */
export async function readBody(req: IncomingMessage, maxBytes = MAX_BODY_BYTES): Promise<string> {
  const tooLarge = () => Object.assign(new Error('Request body too large'), { status: 413 });
  if (Number(req.headers['content-length'] ?? 0) > maxBytes) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw tooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Headers for an answer sent before the request's body was read to its end (a 413): the
 * connection is closed after it, so the unread rest is never taken for the next request and
 * the client opens a fresh connection at once instead of waiting on this one.
 */
export const CLOSE_AFTER_ANSWER = { connection: 'close' } as const;

function send(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(body);
}

const badRequest = (text: ErrorText, language: Language) =>
  JSON.stringify({ errors: [{ message: errorMessageIn(text, language), extensions: { code: 'BAD_REQUEST' } }] });

/**
 * Serves Apollo Server on a bare node:http server at /graphql: the JSON body is parsed
 * here and Apollo does the rest, in the language the request asked for (Accept-Language,
 * or `?locale=` or `extensions.locale`, which win), the language of its error messages.
 * Other paths go to the given routes, in order.
 */
export function graphqlRoute<Context extends BaseContext>(
  apollo: ApolloServer<Context>,
  context: (req: IncomingMessage) => Promise<Context>,
  /** Refuses an operation from its body alone, before Apollo parses and validates it. */
  refuse?: (body: unknown) => GraphQLError | undefined,
): Route {
  return async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname !== '/graphql') return false;
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const acceptLanguage = headers.get('accept-language');
    // Until the body is read, the header and ?locale= decide the language of a refusal.
    const early = requestLanguage({ acceptLanguage, locales: [url.searchParams.get('locale')] });
    const tooDeep = [url.searchParams.get('variables'), url.searchParams.get('extensions')].some(
      (value) => value && !withinJsonDepth(value),
    );
    if (tooDeep) {
      send(res, 400, badRequest(errorText('parametersTooDeep', { levels: MAX_JSON_DEPTH }), early));
      return true;
    }
    let body: unknown;
    try {
      const raw = req.method === 'POST' ? await readBody(req, MAX_GRAPHQL_BODY_BYTES) : '';
      const json = raw !== '' && (headers.get('content-type') ?? '').includes('application/json');
      if (json && !withinJsonDepth(raw)) {
        send(res, 400, badRequest(errorText('bodyTooDeep', { levels: MAX_JSON_DEPTH }), early));
        return true;
      }
      body = json ? JSON.parse(raw) : raw;
    } catch (error) {
      if ((error as { status?: number }).status === 413) {
        const text = errorText('bodyTooLarge', { megabytes: MAX_GRAPHQL_BODY_BYTES / 1_000_000 });
        send(res, 413, badRequest(text, early), CLOSE_AFTER_ANSWER);
      } else {
        send(res, 400, badRequest(errorText('bodyNotJson'), early));
      }
      return true;
    }
    const language = requestLanguage({
      acceptLanguage,
      locales: [url.searchParams.get('locale'), extensionsLocale(body, url.searchParams.get('extensions'))],
    });
    return withLanguage(language, async () => {
      const refusal = refuse?.(body);
      if (refusal) {
        const { http, ...extensions } = refusal.extensions as { http?: { status?: number } };
        send(res, http?.status ?? 400, JSON.stringify({ errors: [{ message: messageFor(refusal, refusal.message), extensions }] }));
        return true;
      }
      const response = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
        context: () => context(req),
      });
      for (const [name, value] of response.headers) res.setHeader(name, value);
      res.statusCode = response.status ?? 200;
      if (response.body.kind === 'complete') {
        res.end(response.body.string);
      } else {
        for await (const chunk of response.body.asyncIterator) res.write(chunk);
        res.end();
      }
      return true;
    });
  };
}

/**
 * Liveness: the process answers HTTP. It touches nothing else, so a database outage never
 * makes an orchestrator restart every instance, and it shows nothing of where things are.
 */
export const healthRoute: Route = (req, res) => {
  if (new URL(req.url ?? '/', 'http://localhost').pathname !== '/health') return false;
  send(res, 200, JSON.stringify({ status: 'ok' }));
  return true;
};

/** Readiness: 200 when every check passes, else 503 naming what is not ready. */
export const readyRoute =
  (check: () => Promise<{ ready: boolean; body: object }>): Route =>
  async (req, res) => {
    if (new URL(req.url ?? '/', 'http://localhost').pathname !== '/ready') return false;
    const { ready, body } = await check();
    res.setHeader('cache-control', 'no-store');
    send(res, ready ? 200 : 503, JSON.stringify(body));
    return true;
  };

export function startHttpServer(routes: Route[], port: number, host: string): Promise<Server> {
  // Each request a span when tracing is on (observability/tracing-http.ts); answered the same either way.
  const server = createServer(tracedRequests(answer));
  function answer(req: IncomingMessage, res: ServerResponse) {
    // Once closing, a kept-alive connection ends with its answer: a client that keeps it busy (a
    // gateway under load) would otherwise hold a stopping server open for as long as it asks.
    if (!server.listening) res.setHeader('connection', 'close');
    // One id per request, sent back and passed to the subgraphs, so a client can quote it and a log line names it.
    const requestId = requestIdFrom(req.headers['x-request-id']);
    req.headers['x-request-id'] = requestId;
    res.setHeader('x-request-id', requestId);
    return withRequestId(requestId, async () => {
      try {
        for (const route of routes) if (await route(req, res)) return;
        send(res, 404, JSON.stringify({ error: 'Not found. The API is at /graphql.' }));
      } catch (error) {
        logger.error({ component: 'http', err: error }, 'Unexpected error while answering a request');
        if (!res.headersSent) send(res, 500, JSON.stringify({ error: `Internal error; quote ${requestId} when reporting it.` }));
        else res.end();
      }
    });
  }
  server.keepAliveTimeout = 65_000;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}

/** How long answers under way may take to finish once the server stops. */
export const STOP_GRACE_MS = 5_000;

/**
 * Stops taking connections and waits for the answers under way, at most `graceMs`; then
 * drops every connection left. A connection is closed as soon as it is idle: one whose
 * answer ends after the stop began would otherwise be kept alive for the 65 s above, and one
 * that never finished its request (a client gone quiet halfway) for the headers timeout.
 */
export function stopHttpServer(server: Server, graceMs = STOP_GRACE_MS): Promise<void> {
  return new Promise((resolve) => {
    const closeIdle = setInterval(() => server.closeIdleConnections(), 50);
    const dropTheRest = setTimeout(() => server.closeAllConnections(), graceMs);
    server.close(() => {
      clearInterval(closeIdle);
      clearTimeout(dropTheRest);
      resolve();
    });
  });
}

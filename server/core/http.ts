import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import { type ApolloServer, type BaseContext, HeaderMap } from '@apollo/server';
import type { GraphQLError } from 'graphql';
import { MAX_JSON_DEPTH, withinJsonDepth } from './json-depth';
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

const badRequest = (message: string) => JSON.stringify({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });

/**
 * Serves Apollo Server on a bare node:http server at /graphql: the JSON body is parsed
 * here and Apollo does the rest. Other paths go to the given routes, in order.
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
    const tooDeep = [url.searchParams.get('variables'), url.searchParams.get('extensions')].some(
      (value) => value && !withinJsonDepth(value),
    );
    if (tooDeep) {
      send(res, 400, badRequest(`The variables or extensions are nested deeper than ${MAX_JSON_DEPTH} levels.`));
      return true;
    }
    let body: unknown;
    try {
      const raw = req.method === 'POST' ? await readBody(req, MAX_GRAPHQL_BODY_BYTES) : '';
      const json = raw !== '' && (headers.get('content-type') ?? '').includes('application/json');
      if (json && !withinJsonDepth(raw)) {
        send(res, 400, badRequest(`The request body is nested deeper than ${MAX_JSON_DEPTH} levels.`));
        return true;
      }
      body = json ? JSON.parse(raw) : raw;
    } catch (error) {
      if ((error as { status?: number }).status === 413) {
        const limit = `${MAX_GRAPHQL_BODY_BYTES / 1_000_000} MB`;
        send(res, 413, badRequest(`The request body is larger than ${limit}; send less at once.`), CLOSE_AFTER_ANSWER);
      } else {
        send(res, 400, badRequest('The request body is not valid JSON.'));
      }
      return true;
    }
    const refusal = refuse?.(body);
    if (refusal) {
      const { http, ...extensions } = refusal.extensions as { http?: { status?: number } };
      send(res, http?.status ?? 400, JSON.stringify({ errors: [{ message: refusal.message, extensions }] }));
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
  const server = createServer((req, res) => {
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
        console.error(
          `[http] request ${requestId}: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
        );
        if (!res.headersSent) send(res, 500, JSON.stringify({ error: `Internal error; quote ${requestId} when reporting it.` }));
        else res.end();
      }
    });
  });
  server.keepAliveTimeout = 65_000;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}

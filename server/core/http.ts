import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import { type ApolloServer, type BaseContext, HeaderMap } from '@apollo/server';
import type { GraphQLError } from 'graphql';

const MAX_BODY_BYTES = 1_000_000;
// Room for a roundtable import of 2 MB of CSV, which JSON escaping of quotes and line breaks can nearly double.
const MAX_GRAPHQL_BODY_BYTES = 5_000_000;

export type Route = (req: IncomingMessage, res: ServerResponse) => Promise<boolean> | boolean;

/** The request body as text; rejects with `status: 413` past `maxBytes`. */
export async function readBody(req: IncomingMessage, maxBytes = MAX_BODY_BYTES): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw Object.assign(new Error('Request body too large'), { status: 413 });
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function send(res: ServerResponse, status: number, body: string, contentType = 'application/json'): void {
  res.writeHead(status, { 'content-type': contentType });
  res.end(body);
}

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
    let body: unknown;
    try {
      const raw = req.method === 'POST' ? await readBody(req, MAX_GRAPHQL_BODY_BYTES) : '';
      body = raw && (headers.get('content-type') ?? '').includes('application/json') ? JSON.parse(raw) : raw;
    } catch (error) {
      const status = (error as { status?: number }).status ?? 400;
      send(
        res,
        status,
        JSON.stringify({
          errors: [
            {
              message: status === 413 ? 'Request body too large.' : 'Request body is not valid JSON.',
              extensions: { code: 'BAD_REQUEST' },
            },
          ],
        }),
      );
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
  const server = createServer(async (req, res) => {
    try {
      for (const route of routes) if (await route(req, res)) return;
      send(res, 404, JSON.stringify({ error: 'Not found. The API is at /graphql.' }));
    } catch (error) {
      console.error('[http] unexpected error', error);
      if (!res.headersSent) send(res, 500, JSON.stringify({ error: 'Internal error.' }));
      else res.end();
    }
  });
  server.keepAliveTimeout = 65_000;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}

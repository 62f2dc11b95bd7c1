import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { isUnavailableError } from '../database/unavailable-errors';
import { type Route, readBody } from '../http';

const MAX_BODY_BYTES = 10_000;

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: OutgoingHttpHeaders = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(JSON.stringify(body));
}

export type JsonBody = { body: Record<string, unknown> } | { status: 400 | 413 | 415; error: string };

/**
 * A JSON object body of at most 10 KB. JSON only: a page on another site can send text/plain or
 * a form without the browser asking first, but not JSON. `what` names the route ("Sign-in"),
 * `expected` says what to send instead.
 */
export async function readJsonBody(req: IncomingMessage, what: string, expected: string): Promise<JsonBody> {
  const contentType = String(req.headers['content-type'] ?? '').trim();
  if (contentType.split(';')[0]?.trim().toLowerCase() !== 'application/json') {
    const sent = contentType ? `content-type "${contentType.slice(0, 100)}"` : 'no content-type';
    return { status: 415, error: `${what} accepts only application/json, and this request has ${sent}. ${expected}` };
  }
  let body: unknown;
  try {
    body = JSON.parse(await readBody(req, MAX_BODY_BYTES));
  } catch (error) {
    if ((error as { status?: number }).status === 413)
      return { status: 413, error: `The request body is larger than ${MAX_BODY_BYTES.toLocaleString('en')} bytes. ${expected}` };
    return { status: 400, error: `The body is not valid JSON. ${expected}` };
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return { status: 400, error: expected };
  return { body: body as Record<string, unknown> };
}

/** The path of a request, without its query. */
export const pathOf = (req: IncomingMessage): string => new URL(req.url ?? '/', 'http://localhost').pathname;

/**
 * A route over the accounts' database: when the database does not answer in time, a 503 with
 * Retry-After that says to try again, as /graphql answers, rather than an internal error.
 */
export function answeringUnavailable(route: Route): Route {
  return async (req, res) => {
    try {
      return await route(req, res);
    } catch (error) {
      if (!isUnavailableError(error) || res.headersSent) throw error;
      sendJson(
        res,
        503,
        { error: 'Temporarily unavailable: the database did not answer in time. Try again in a few seconds.' },
        { 'retry-after': '5' },
      );
      return true;
    }
  };
}

import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import {
  type Attributes,
  context,
  createContextKey,
  propagation,
  ROOT_CONTEXT,
  type Span,
  SpanKind,
  SpanStatusCode,
  trace,
} from '@opentelemetry/api';
import {
  ATTR_HTTP_REQUEST_METHOD,
  ATTR_HTTP_RESPONSE_STATUS_CODE,
  ATTR_HTTP_ROUTE,
  ATTR_URL_PATH,
  ATTR_URL_SCHEME,
} from '@opentelemetry/semantic-conventions';
import { ATTR_GRAPHQL_OPERATION_NAME, ATTR_GRAPHQL_OPERATION_TYPE, activeTracer } from './tracing-spans';

type Listener = (req: IncomingMessage, res: ServerResponse) => unknown;

/** The span of the request being handled, which the operation's name is written on once Apollo knows it. */
const INCOMING_REQUEST_SPAN = createContextKey('sira incoming request span');

/** The paths that are routes of the API; any other (the dashboard's files and pages) is named by its method alone. */
const API_ROUTE = /^\/(graphql|auth\/[a-z/-]+)$/;
/**
 * Probes are not traced: an orchestrator asks them every few seconds, and their traces would
 * bury the requests'. /ready's statements are then not traced either (tracing-sql.ts).
 */
const PROBES = new Set(['/health', '/ready']);

/** The id of the request (core/request-scope.ts), on its span, so a trace and the log lines of its request find each other. */
export const ATTR_SIRA_REQUEST_ID = 'sira.request_id';
/** `hit` or `miss`: whether the gateway's response cache answered (its `x-cache` header). */
export const ATTR_SIRA_RESPONSE_CACHE = 'sira.response_cache';

/**
 * Wraps a node:http request listener so that each request is a SERVER span, `POST /graphql`,
 * continuing the trace its `traceparent` names (a subgraph's request from a gateway) or
 * starting one. The span says the method, the route and the status; never the query string,
 * a header's value or the client's address.
 */
export function tracedRequests(listener: Listener): Listener {
  return (req, res) => {
    const tracer = activeTracer();
    if (!tracer) return listener(req, res);
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (PROBES.has(path)) return listener(req, res);
    const method = req.method ?? 'GET';
    const route = API_ROUTE.test(path) ? path : undefined;
    const attributes: Attributes = { [ATTR_HTTP_REQUEST_METHOD]: method, [ATTR_URL_SCHEME]: 'http' };
    if (route) Object.assign(attributes, { [ATTR_HTTP_ROUTE]: route, [ATTR_URL_PATH]: path });
    const parent = propagation.extract(ROOT_CONTEXT, req.headers);
    const span = tracer.startSpan(route ? `${method} ${route}` : method, { kind: SpanKind.SERVER, attributes }, parent);
    res.once('close', () => {
      span.setAttribute(ATTR_HTTP_RESPONSE_STATUS_CODE, res.statusCode);
      const requestId = res.getHeader('x-request-id');
      if (typeof requestId === 'string') span.setAttribute(ATTR_SIRA_REQUEST_ID, requestId);
      const cache = res.getHeader('x-cache');
      if (typeof cache === 'string') span.setAttribute(ATTR_SIRA_RESPONSE_CACHE, cache);
      // A 5xx, or an answer never finished (the client went away first), is the server's failure.
      if (res.statusCode >= 500 || !res.writableFinished) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    });
    return context.with(trace.setSpan(parent, span).setValue(INCOMING_REQUEST_SPAN, span), () => listener(req, res));
  };
}

/**
 * Writes the operation's name and type (`query`, `mutation`) on the request's span once Apollo
 * has resolved them: a name the client gave its operation, never its variables or its text.
 * Added to a server only while tracing is on.
 */
export function operationNameOnSpanPlugin<Context extends BaseContext>(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operationName, operation }) {
          const span = context.active().getValue(INCOMING_REQUEST_SPAN) as Span | undefined;
          if (!span) return;
          if (operation) span.setAttribute(ATTR_GRAPHQL_OPERATION_TYPE, operation.operation);
          if (operationName) span.setAttribute(ATTR_GRAPHQL_OPERATION_NAME, operationName);
        },
      };
    },
  };
}

import { type Attributes, context, propagation, type Span, SpanKind, SpanStatusCode, type Tracer, trace } from '@opentelemetry/api';
import { ATTR_ERROR_TYPE, ATTR_SERVER_ADDRESS, ATTR_SERVER_PORT } from '@opentelemetry/semantic-conventions';

/**
 * The tracer of this process while tracing is on (tracing.ts sets it). Unset, every helper
 * below runs what it wraps and nothing else: no span, no context switch, no header.
 */
let tracer: Tracer | undefined;

export function setTracer(next: Tracer | undefined): void {
  tracer = next;
}

export function activeTracer(): Tracer | undefined {
  return tracer;
}

/** Whether spans are made: plugins that only feed spans are left out of a server when not. */
export function tracingOn(): boolean {
  return tracer !== undefined;
}

/** The attribute naming the subgraph a span belongs to (a fetch, or the statements of its pool). */
export const ATTR_SIRA_SUBGRAPH = 'sira.subgraph';
/** graphql.operation.name and .type (OpenTelemetry's GraphQL conventions, still incubating there). */
export const ATTR_GRAPHQL_OPERATION_NAME = 'graphql.operation.name';
export const ATTR_GRAPHQL_OPERATION_TYPE = 'graphql.operation.type';

/**
 * A failed span says what failed by its kind alone (a code such as SQLSTATE 57014 or
 * ECONNREFUSED, else the error's class): a message may quote what a client sent.
 */
export function markFailed(span: Span, error: unknown): void {
  const code = (error as { code?: unknown } | undefined)?.code;
  const type = typeof code === 'string' && code !== '' ? code : error instanceof Error ? error.name : 'unknown';
  span.setStatus({ code: SpanStatusCode.ERROR });
  span.setAttribute(ATTR_ERROR_TYPE, type);
}

/** Runs `work` as the active span, so what it starts (statements, fetches) descends from it; ended when it settles. */
function inSpan<T>(name: string, options: { kind: SpanKind; attributes: Attributes }, work: () => Promise<T>): Promise<T> {
  if (!tracer) return work();
  return tracer.startActiveSpan(name, options, async (span) => {
    try {
      return await work();
    } catch (error) {
      markFailed(span, error);
      throw error;
    } finally {
      span.end();
    }
  });
}

/**
 * The span of one fetch of the gateway to a subgraph, `subgraph <name>`: INTERNAL when the
 * subgraph runs in this process (the span is its handling), CLIENT when it is reached over HTTP
 * (its own server span, in its process, descends from this one through `traceparent`).
 */
export function inSubgraphFetch<T>(
  subgraph: string,
  where: 'in-process' | 'http',
  operationName: string | null | undefined,
  work: () => Promise<T>,
): Promise<T> {
  if (!tracer) return work();
  const attributes: Attributes = { [ATTR_SIRA_SUBGRAPH]: subgraph };
  if (operationName) attributes[ATTR_GRAPHQL_OPERATION_NAME] = operationName;
  return inSpan(`subgraph ${subgraph}`, { kind: where === 'http' ? SpanKind.CLIENT : SpanKind.INTERNAL, attributes }, work);
}

/**
 * Puts the active span's W3C `traceparent` on a request about to leave, and names on the span
 * where it goes (host and port: the URL of a subgraph, never a client's).
 */
export function announceOutgoingRequest(url: string, headers: { set(name: string, value: string): unknown }): void {
  if (!tracer) return;
  const { hostname, port, protocol } = new URL(url);
  trace.getActiveSpan()?.setAttributes({
    [ATTR_SERVER_ADDRESS]: hostname,
    [ATTR_SERVER_PORT]: Number(port || (protocol === 'https:' ? 443 : 80)),
  });
  propagation.inject(context.active(), headers, { set: (carrier, key, value) => carrier.set(key, value) });
}

import { type ProxyTracerProvider, trace } from '@opentelemetry/api';
import { InMemorySpanExporter, type ReadableSpan, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { startTracing } from '../core/observability/tracing';
import { waitUntil } from './wait-until';

export { SpanKind } from '@opentelemetry/api';
export type { ReadableSpan };

/**
 * What the OpenTelemetry API has for this process: the class of the tracer provider behind its
 * proxy (`NoopTracerProvider` until one is registered) and whether a span made now records.
 */
export function registeredTracing(): { provider: string; recording: boolean } {
  const provider = (trace.getTracerProvider() as ProxyTracerProvider).getDelegate();
  return { provider: provider.constructor.name, recording: trace.getTracer('probe').startSpan('probe').isRecording() };
}

/** Runs `step` within a new span of its own, made active, and gives the span's trace id. */
export function inActiveSpan(name: string, step: () => void): string {
  return trace.getTracer('sira-test').startActiveSpan(name, (span) => {
    step();
    span.end();
    return span.spanContext().traceId;
  });
}

/**
 * Tracing on for this test file, its spans kept in memory as each ends. Start it before the
 * systems (tracing starts once per process), as `startSystem` does with an OTLP exporter.
 */
export async function recordSpans() {
  const exporter = new InMemorySpanExporter();
  const tracing = await startTracing({ serviceName: 'sira-test', spanProcessor: new SimpleSpanProcessor(exporter) });
  return {
    /** Forgets what was recorded so far (the start of the systems, an earlier test). */
    reset: () => exporter.reset(),
    spans: (): ReadableSpan[] => exporter.getFinishedSpans(),
    /**
     * Every span of the trace whose root, the request's span at the gateway, carries
     * `operationName`; waits for the root, which ends once the answer has left.
     */
    async trace(operationName: string): Promise<ReadableSpan[]> {
      const root = () =>
        exporter.getFinishedSpans().find((span) => span.attributes['graphql.operation.name'] === operationName && !span.parentSpanContext);
      await waitUntil(() => root() !== undefined, { what: `the span of operation ${operationName}` });
      const traceId = root()?.spanContext().traceId;
      return exporter.getFinishedSpans().filter((span) => span.spanContext().traceId === traceId);
    },
    stop: () => tracing.stop(),
  };
}

/** The spans from `span` up to its trace's root, by their parents' ids: the span first. */
export function ancestry(span: ReadableSpan, spans: readonly ReadableSpan[]): ReadableSpan[] {
  const byId = new Map(spans.map((each) => [each.spanContext().spanId, each]));
  const line = [span];
  for (let parent = span.parentSpanContext; parent; parent = line[line.length - 1]?.parentSpanContext) {
    const next = byId.get(parent.spanId);
    if (!next) break;
    line.push(next);
  }
  return line;
}

import { context, propagation, trace } from '@opentelemetry/api';
import type { Sampler, SpanProcessor } from '@opentelemetry/sdk-trace-base';
import type { TracingConfig } from '../config';
import { setTracer, tracingOn } from './tracing-spans';

export interface TracingOptions {
  /** service.name of every span this process makes. */
  serviceName: string;
  /** Where finished spans go: batches to an exporter, or an in-memory exporter in tests. */
  spanProcessor: SpanProcessor;
  /** Which traces are kept; by default every one, a request that comes with a parent following its parent's choice. */
  sampler?: Sampler;
}

export interface Tracing {
  /** Sends the spans still waiting, then stops making any. */
  stop(): Promise<void>;
}

/** The instrumentation scope of the spans this server makes itself (Apollo Gateway's are `apollo/gateway-js`). */
const TRACER_NAME = '@sira/server';

let started = false;

/**
 * Registers an OpenTelemetry tracer provider for the process (with the AsyncLocalStorage
 * context manager and the W3C `traceparent` propagator) and turns on the spans of
 * tracing-http.ts, tracing-spans.ts and tracing-sql.ts. Apollo Gateway's own spans
 * (`gateway.request`, `gateway.plan`, `gateway.fetch`, ...) come through the same provider.
 *
 * Once per process: Apollo Gateway keeps the tracer it was first given, so a second provider
 * would never see its spans. The SDK is loaded here, so a process without tracing never loads it.
 */
export async function startTracing(options: TracingOptions): Promise<Tracing> {
  if (started || tracingOn()) throw new Error('Tracing starts once per process, before the system.');
  started = true;
  const { NodeTracerProvider } = await import('@opentelemetry/sdk-trace-node');
  const { defaultResource, resourceFromAttributes } = await import('@opentelemetry/resources');
  const { ATTR_SERVICE_NAME } = await import('@opentelemetry/semantic-conventions');
  const provider = new NodeTracerProvider({
    resource: defaultResource().merge(resourceFromAttributes({ [ATTR_SERVICE_NAME]: options.serviceName })),
    spanProcessors: [options.spanProcessor],
    ...(options.sampler ? { sampler: options.sampler } : {}),
  });
  provider.register();
  setTracer(trace.getTracer(TRACER_NAME));
  return {
    async stop() {
      setTracer(undefined);
      await provider.shutdown();
      trace.disable();
      context.disable();
      propagation.disable();
    },
  };
}

/**
 * The tracing the configuration asks for (config.ts: OTEL_EXPORTER_OTLP_ENDPOINT, OTEL_TRACES_EXPORTER...):
 * spans batched to an OTLP collector over HTTP, or printed. Unset, the default, nothing is
 * started: no SDK, no provider, no span made anywhere.
 */
export async function startConfiguredTracing(config: TracingConfig | undefined, log: (line: string) => void): Promise<Tracing | undefined> {
  if (!config) return undefined;
  const sdk = await import('@opentelemetry/sdk-trace-base');
  const exporter =
    config.exporter.kind === 'otlp'
      ? new (await import('@opentelemetry/exporter-trace-otlp-http')).OTLPTraceExporter({ url: config.exporter.url })
      : new sdk.ConsoleSpanExporter();
  const ratio = new sdk.TraceIdRatioBasedSampler(config.samplerRatio);
  const root = { always_on: new sdk.AlwaysOnSampler(), always_off: new sdk.AlwaysOffSampler(), traceidratio: ratio };
  const name = config.sampler.replace(/^parentbased_/, '') as keyof typeof root;
  const sampler = config.sampler.startsWith('parentbased_') ? new sdk.ParentBasedSampler({ root: root[name] }) : root[name];
  const tracing = await startTracing({ serviceName: config.serviceName, spanProcessor: new sdk.BatchSpanProcessor(exporter), sampler });
  const where = config.exporter.kind === 'otlp' ? `sent to ${config.exporter.url}` : 'printed';
  log(`Traces of ${config.serviceName} are ${where} (sampler ${config.sampler}).`);
  return tracing;
}

import { logger } from '../../server/core/observability/logger';
import { tracingOn } from '../../server/core/observability/tracing-spans';
import { Role, tokenFor } from '../../server/test-support/auth';
import { captureLogs } from '../../server/test-support/captured-logs';
import {
  ancestry,
  inActiveSpan,
  type ReadableSpan,
  recordSpans,
  registeredTracing,
  SpanKind,
} from '../../server/test-support/recorded-spans';
import { startTestSystem } from '../../server/test-support/test-system';

type TestSystem = Awaited<ReturnType<typeof startTestSystem>>;

const named = (spans: readonly ReadableSpan[], name: string) => spans.filter((span) => span.name === name);
const only = (spans: readonly ReadableSpan[], name: string): ReadableSpan => {
  const found = named(spans, name);
  if (found.length !== 1) throw new Error(`Expected one span ${name}, found ${found.length}: ${spans.map((span) => span.name).join(', ')}`);
  return found[0] as ReadableSpan;
};
const sqlSpans = (spans: readonly ReadableSpan[]) => spans.filter((span) => span.attributes['db.system.name'] === 'postgresql');
const isRoot = (span: ReadableSpan) => span.parentSpanContext === undefined;

// The query a region page asks, and the same without the names that geography gives.
const MIX = 'query Mix { attendanceMix(filter: { regions: ["soria"] }) { region { name } total { min max } } }';
const TOTALS = 'query Totals { attendanceMix(filter: { regions: ["soria"] }) { total { min max } } }';

// Runs first: tracing, once on, stays on for the rest of the file's process.
describe('tracing off, the default', () => {
  it('registers no tracer provider and makes no span', async () => {
    const off = await startTestSystem({ RESPONSE_CACHE: 'off' });
    try {
      expect((await off.gql(MIX)).errors).toBeUndefined();
      expect(tracingOn()).toBe(false);
      expect(registeredTracing()).toEqual({ provider: 'NoopTracerProvider', recording: false });
    } finally {
      await off.close();
    }
  });
});

describe('a query traced from the gateway through the subgraphs to SQL', () => {
  let recorder: Awaited<ReturnType<typeof recordSpans>>;
  let gateway: TestSystem;
  let engagementAlone: TestSystem;
  let gatewayOverHttp: TestSystem;

  beforeAll(async () => {
    recorder = await recordSpans();
    gateway = await startTestSystem({ RESPONSE_CACHE: 'off' });
    engagementAlone = await startTestSystem({ SERVE_SUBGRAPH: 'engagement' }, gateway.databaseUrl);
    // Engagement over HTTP; geography, evaluation and the accounts in the gateway's process.
    gatewayOverHttp = await startTestSystem({ RESPONSE_CACHE: 'off', ENGAGEMENT_URL: engagementAlone.system.url }, gateway.databaseUrl);
  });
  afterAll(async () => {
    for (const system of [gatewayOverHttp, engagementAlone]) await system?.system.stop();
    await gateway?.close();
    await recorder?.stop();
  });
  beforeEach(() => recorder.reset());

  it('is one trace: the request, its plan, a span per subgraph fetch, and their statements beneath them', async () => {
    expect(registeredTracing()).toEqual({ provider: 'NodeTracerProvider', recording: true });
    // An analyst's counts come from the rollups (PUBLIC's from the protected publication).
    expect((await gateway.gql(MIX, undefined, await tokenFor(Role.ANALYST))).errors).toBeUndefined();
    const spans = await recorder.trace('Mix');

    // Every span the request caused is in its trace: nothing it did started another.
    expect(new Set(recorder.spans().map((span) => span.spanContext().traceId)).size).toBe(1);
    const request = only(spans, 'POST /graphql');
    expect(spans.filter(isRoot)).toEqual([request]);
    expect(request.kind).toBe(SpanKind.SERVER);
    expect(request.attributes).toMatchObject({
      'http.request.method': 'POST',
      'http.route': '/graphql',
      'http.response.status_code': 200,
      'graphql.operation.name': 'Mix',
      'graphql.operation.type': 'query',
    });
    expect(request.attributes['sira.request_id']).toMatch(/^[0-9a-f-]{36}$/);
    // Apollo Gateway's own spans, through the same provider.
    for (const name of ['gateway.request', 'gateway.plan', 'gateway.execute']) expect(named(spans, name)).toHaveLength(1);

    const engagement = only(spans, 'subgraph engagement');
    const geography = only(spans, 'subgraph geography');
    for (const fetch of [engagement, geography]) {
      expect(fetch.kind).toBe(SpanKind.INTERNAL);
      expect(ancestry(fetch, spans)).toContain(request);
    }
    const engagementSql = sqlSpans(spans).filter((span) => ancestry(span, spans).includes(engagement));
    expect(engagementSql.length).toBeGreaterThanOrEqual(1);
    for (const statement of engagementSql) {
      expect(statement.kind).toBe(SpanKind.CLIENT);
      expect(statement.attributes).toMatchObject({ 'sira.subgraph': 'engagement', 'db.operation.name': expect.any(String) });
    }
    const texts = engagementSql.map((span) => span.attributes['db.query.text']);
    expect(texts).toContainEqual(expect.stringContaining('engagement.region_attendance_rollup'));
    // What the client asked about, a region, is in no span: not in the statements, nor anywhere else.
    expect(JSON.stringify(spans.map((span) => span.attributes))).not.toContain('soria');
  });

  it('traces the shortcut too: a query one subgraph answers alone is its one fetch', async () => {
    expect((await gateway.gql(TOTALS)).errors).toBeUndefined();
    const spans = await recorder.trace('Totals');
    const request = only(spans, 'POST /graphql');
    const engagement = only(spans, 'subgraph engagement');
    expect(named(spans, 'gateway.plan')).toEqual([]);
    expect(engagement.parentSpanContext?.spanId).toBe(request.spanContext().spanId);
    expect(sqlSpans(spans).some((span) => ancestry(span, spans).includes(engagement))).toBe(true);
  });

  it('keeps one trace across HTTP: the remote subgraph continues the traceparent the gateway sent', async () => {
    expect((await gatewayOverHttp.gql(MIX)).errors).toBeUndefined();
    const spans = await recorder.trace('Mix');
    const [request, ...others] = named(spans, 'POST /graphql').sort((a, b) => Number(isRoot(b)) - Number(isRoot(a)));
    expect(request && isRoot(request)).toBe(true);

    const fetch = only(spans, 'subgraph engagement');
    expect(fetch.kind).toBe(SpanKind.CLIENT);
    expect(fetch.attributes).toMatchObject({ 'server.address': 'localhost', 'server.port': engagementAlone.system.port });
    // The subgraph's own request span, made in its server from the traceparent header.
    expect(others).toHaveLength(1);
    const remote = others[0] as ReadableSpan;
    expect(remote.kind).toBe(SpanKind.SERVER);
    expect(remote.parentSpanContext).toMatchObject({ spanId: fetch.spanContext().spanId, isRemote: true });
    expect(remote.attributes['graphql.operation.name']).toEqual(expect.stringMatching(/^Mix__engagement__\d+$/));
    const remoteSql = sqlSpans(spans).filter((span) => ancestry(span, spans).includes(remote));
    expect(remoteSql.length).toBeGreaterThanOrEqual(1);
    expect(remoteSql.every((span) => span.attributes['sira.subgraph'] === 'engagement')).toBe(true);
    // Geography, in the gateway's process, under its own fetch.
    expect(ancestry(only(spans, 'subgraph geography'), spans)).toContain(request);
  });

  it('names the trace in the log lines written within it, to go from a line to its trace', () => {
    const captured = captureLogs();
    try {
      const traceId = inActiveSpan('a traced step', () => logger.info('written while a span is active'));
      logger.info('written outside any span');
      expect(captured.lines.map(({ msg, traceId: id }) => ({ msg, traceId: id }))).toEqual([
        { msg: 'written while a span is active', traceId },
        { msg: 'written outside any span', traceId: undefined },
      ]);
    } finally {
      captured.stop();
    }
  });
});

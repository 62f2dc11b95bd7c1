import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { REPO_ROOT } from '../../server/core/config';
import { TEST_JWT_SECRET } from '../../server/test-support/auth';
import { freePort } from '../../server/test-support/free-port';
import { createTestDatabase } from '../../server/test-support/test-database';
import { postGraphQL } from '../../server/test-support/test-system';
import { waitUntil } from '../../server/test-support/wait-until';

interface OtlpExport {
  resourceSpans: {
    resource: { attributes: { key: string; value: { stringValue?: string } }[] };
    scopeSpans: { spans: { name: string; traceId: string }[] }[];
  }[];
}

/** A stand-in for an OpenTelemetry collector: keeps what is POSTed to it, as OTLP/HTTP JSON. */
async function fakeCollector() {
  const received: { path: string; contentType: string; body: OtlpExport }[] = [];
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as OtlpExport;
    received.push({ path: req.url ?? '', contentType: req.headers['content-type'] ?? '', body });
    res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, received, close: () => new Promise((done) => server.close(done)) };
}

// The path an operator takes, in a process of its own as `pnpm start` runs it (the TypeScript
// compiled to CommonJS on the fly): OTEL_EXPORTER_OTLP_ENDPOINT set, the spans batched to the
// collector, the last ones sent as the server stops on SIGTERM.
it('sends the spans of a request to the OTLP endpoint set, as the service sira-gateway', async () => {
  const collector = await fakeCollector();
  const database = await createTestDatabase();
  const port = await freePort();
  let server: ChildProcess | undefined;
  try {
    server = spawn(process.execPath, ['--require', './server/cli/register-typescript.cjs', 'server/main.ts'], {
      cwd: REPO_ROOT,
      env: {
        ...process.env,
        DATABASE_URL: database.url,
        PORT: String(port),
        HOST: '127.0.0.1',
        JWT_SECRET: TEST_JWT_SECRET,
        RESPONSE_CACHE: 'off',
        OTEL_EXPORTER_OTLP_ENDPOINT: collector.url,
      },
      stdio: 'ignore',
    });
    const health = `http://127.0.0.1:${port}/ready`;
    await waitUntil(
      () =>
        fetch(health).then(
          (response) => response.ok,
          () => false,
        ),
      { what: 'the server', withinMs: 60_000, everyMs: 250 },
    );
    const answer = await postGraphQL(
      `http://127.0.0.1:${port}/graphql`,
      'query Names { attendanceMix(filter: { regions: ["soria"] }) { region { name } } }',
    );
    expect(answer.errors).toBeUndefined();
    server.kill('SIGTERM');
    await once(server, 'exit');
  } finally {
    if (server?.exitCode === null) server.kill('SIGKILL');
    await collector.close();
    await database.drop();
  }

  expect(collector.received.length).toBeGreaterThanOrEqual(1);
  for (const { path, contentType } of collector.received)
    expect({ path, contentType }).toEqual({ path: '/v1/traces', contentType: 'application/json' });
  const resourceSpans = collector.received.flatMap(({ body }) => body.resourceSpans);
  const serviceNames = resourceSpans.map(
    ({ resource }) => resource.attributes.find(({ key }) => key === 'service.name')?.value.stringValue,
  );
  expect(new Set(serviceNames)).toEqual(new Set(['sira-gateway']));
  const spans = resourceSpans.flatMap(({ scopeSpans }) => scopeSpans.flatMap((scope) => scope.spans));
  const request = spans.find(({ name }) => name === 'POST /graphql');
  const inTrace = spans.filter(({ traceId }) => traceId === request?.traceId).map(({ name }) => name);
  expect(inTrace).toEqual(
    expect.arrayContaining([
      'POST /graphql',
      'gateway.fetch',
      'subgraph engagement',
      'subgraph geography',
      expect.stringMatching(/^SELECT /),
    ]),
  );
});

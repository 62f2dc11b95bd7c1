import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startTestSystem } from '../../server/test-support/test-system';

const INDEX_HTML = '<!doctype html><title>SIRA Monitor</title>';

// The dashboard and the API share one origin: the gateway serves both, and the pages
// must never hide /graphql or /health.
describe('the dashboard served by the gateway', () => {
  let dashboardDir: string;
  let gateway: Awaited<ReturnType<typeof startTestSystem>>;
  let subgraph: Awaited<ReturnType<typeof startTestSystem>>;
  const origin = (system: typeof gateway) => system.system.url.replace(/\/graphql$/, '');

  beforeAll(async () => {
    dashboardDir = await mkdtemp(path.join(tmpdir(), 'sira-dashboard-'));
    await writeFile(path.join(dashboardDir, 'index.html'), INDEX_HTML);
    gateway = await startTestSystem({ DASHBOARD_DIR: dashboardDir });
    subgraph = await startTestSystem({ SERVE_SUBGRAPH: 'geography', DASHBOARD_DIR: dashboardDir }, gateway.databaseUrl);
  });
  afterAll(async () => {
    await subgraph?.system.stop();
    await gateway?.close();
    await rm(dashboardDir, { recursive: true, force: true });
  });

  it.each(['/', '/regions/soria'])('serves the dashboard at %s', async (route) => {
    const response = await fetch(`${origin(gateway)}${route}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toBe(INDEX_HTML);
  });

  it('sends pages with a CSP that allows no inline or foreign script and no framing, no referrer off-site, no sniffing', async () => {
    const response = await fetch(`${origin(gateway)}/regions/soria`);
    const directives = new Map(
      (response.headers.get('content-security-policy') ?? '').split(';').map((directive) => {
        const [name, ...values] = directive.trim().split(/\s+/);
        return [name, values];
      }),
    );
    // Scripts fall back to default-src when script-src is not given.
    expect(directives.get('script-src') ?? directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'self'"]);
    expect(response.headers.get('referrer-policy')).toBe('same-origin');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('still answers /health and /graphql on the same port', async () => {
    const health = await fetch(`${origin(gateway)}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok' });
    expect(await gateway.gql('{ region(slug: "soria") { name } }')).toEqual({ data: { region: { name: 'Soria' } } });
  });

  it('is not served by a subgraph running alone', async () => {
    const response = await fetch(`${origin(subgraph)}/`);
    expect(response.status).toBe(404);
  });
});

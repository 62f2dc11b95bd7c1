import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { tokenWithTimes as tokenWith } from '../../server/test-support/auth';
import { startTestSystem } from '../../server/test-support/test-system';

// NODE_ENV=production closes what development leaves open: introspection and the explorer unless
// GRAPHQL_EXPLORER=on, tokens that never expire, and nothing is ever loaded from another origin.
type System = Awaited<ReturnType<typeof startTestSystem>>;
type Answer = { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] };

const PRODUCTION = { NODE_ENV: 'production' };
const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const INDEX_HTML = '<!doctype html><title>SIRA Monitor</title><script type="module" src="/assets/index.js"></script>';
const origin = (system: System) => system.system.url.replace(/\/graphql$/, '');

async function post(url: string, query: string, authorization?: string): Promise<{ status: number; body: Answer }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: (await response.json()) as Answer };
}

describe('in production (NODE_ENV=production)', () => {
  let dashboardDir: string;
  let gateway: System;
  let geography: System;
  let explorerOn: System;

  beforeAll(async () => {
    dashboardDir = await mkdtemp(path.join(tmpdir(), 'sira-dashboard-'));
    await writeFile(path.join(dashboardDir, 'index.html'), INDEX_HTML);
    gateway = await startTestSystem({ ...PRODUCTION, DASHBOARD_DIR: dashboardDir });
    geography = await startTestSystem({ ...PRODUCTION, SERVE_SUBGRAPH: 'geography', SEED: 'none' }, gateway.databaseUrl);
    explorerOn = await startTestSystem({ ...PRODUCTION, GRAPHQL_EXPLORER: 'on', SEED: 'none' }, gateway.databaseUrl);
  });
  afterAll(async () => {
    await explorerOn?.system.stop();
    await geography?.system.stop();
    await gateway?.close();
    if (dashboardDir) await rm(dashboardDir, { recursive: true, force: true });
  });

  describe('introspection', () => {
    it.each([
      ['__schema', '{ __schema { queryType { name } } }'],
      ['__type', '{ __type(name: "Region") { fields { name } } }'],
      ['an aliased __schema', '{ schema: __schema { types { name } } }'],
    ])('refuses %s at the gateway and at a subgraph alone, naming the setting that opens it', async (_what, query) => {
      for (const system of [gateway, geography]) {
        const { status, body } = await post(system.system.url, query);
        expect({ status, code: body.errors?.[0]?.extensions?.code, data: body.data }).toEqual({
          status: 400,
          code: 'GRAPHQL_VALIDATION_FAILED',
          data: undefined,
        });
        expect(body.errors?.[0]?.message).toContain('Introspection is off in production');
        expect(body.errors?.[0]?.message).toContain('GRAPHQL_EXPLORER=on');
      }
    });

    it('leaves queries, __typename and a subgraph’s _service { sdl } open', async () => {
      expect((await post(gateway.system.url, '{ region(slug: "soria") { __typename name } }')).body).toEqual({
        data: { region: { __typename: 'Region', name: 'Soria' } },
      });
      // The gateway composes from the committed supergraph, but tools compose from this.
      const service = await post(geography.system.url, '{ _service { sdl } }');
      expect(service.status).toBe(200);
      expect(String((service.body.data?._service as { sdl?: string })?.sdl)).toContain('type Region');
    });

    it('answers with GRAPHQL_EXPLORER=on', async () => {
      const { status, body } = await post(explorerOn.system.url, '{ __schema { queryType { name } } }');
      expect({ status, body }).toEqual({ status: 200, body: { data: { __schema: { queryType: { name: 'Query' } } } } });
    });
  });

  describe('GET /graphql from a browser', () => {
    it('gets a short plain answer saying how to open the explorer, with nothing to load', async () => {
      for (const system of [gateway, geography]) {
        const response = await fetch(system.system.url, { headers: { accept: BROWSER_ACCEPT } });
        expect(response.status).toBe(200);
        expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
        const text = await response.text();
        expect(text).toContain('GRAPHQL_EXPLORER=on');
        expect(text).not.toMatch(/<script|https?:\/\//);
        expect((await fetch(`${origin(system)}/graphiql/graphiql.js`)).status).toBe(404);
      }
    });

    it('gets GraphiQL from this server’s own files with GRAPHQL_EXPLORER=on, under a CSP that allows no other origin', async () => {
      const response = await fetch(explorerOn.system.url, { headers: { accept: BROWSER_ACCEPT } });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self';");
      expect(csp).toContain("frame-ancestors 'none'");
      const page = await response.text();
      expect(page).not.toContain('https://');
      expect(page).not.toMatch(/<script>/);
      const sources = [...page.matchAll(/<(?:script|link)[^>]+(?:src|href)="([^"]+)"/g)].map((match) => match[1] as string);
      expect(sources.filter((source) => source.endsWith('.js'))).toHaveLength(4);
      for (const source of sources.filter((source) => !source.startsWith('data:'))) {
        expect(source).toMatch(/^\/graphiql\//);
        const asset = await fetch(`${origin(explorerOn)}${source}`);
        expect({ source, status: asset.status, type: asset.headers.get('content-type') }).toEqual({
          source,
          status: 200,
          type: expect.stringMatching(source.endsWith('.css') ? /^text\/css/ : /^text\/javascript/),
        });
        expect((await asset.text()).length).toBeGreaterThan(200);
      }
    });

    it('still answers a GET query asked for as JSON', async () => {
      const response = await fetch(`${gateway.system.url}?query=${encodeURIComponent('{ region(slug: "soria") { name } }')}`, {
        headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
      });
      expect(await response.json()).toEqual({ data: { region: { name: 'Soria' } } });
    });
  });

  describe('tokens', () => {
    const now = () => Math.floor(Date.now() / 1000);

    it.each([
      ['without exp', () => tokenWith({ iat: now() }), 'has no expiry time (exp)'],
      ['valid for 30 days', () => tokenWith({ iat: now(), exp: now() + 30 * 86_400 }), 'longer than the 24 hours this server accepts'],
      ['valid for 30 days and no iat', () => tokenWith({ exp: now() + 30 * 86_400 }), 'TOKEN_MAX_LIFETIME_HOURS'],
    ])('refuses a token %s with 401 UNAUTHENTICATED, at the gateway and at a subgraph alone', async (_what, token, message) => {
      for (const system of [gateway, geography]) {
        const { status, body } = await post(system.system.url, '{ regions { slug } }', `Bearer ${await token()}`);
        expect({ status, code: body.errors?.[0]?.extensions?.code }).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
        expect(body.errors?.[0]?.message).toContain(message);
      }
    });

    it('accepts one that expires within the day', async () => {
      const token = await tokenWith({ iat: now(), exp: now() + 8 * 3600 });
      const { status, body } = await post(gateway.system.url, '{ regions { slug } }', `Bearer ${token}`);
      expect({ status, regions: ((body.data?.regions ?? []) as unknown[]).length }).toEqual({ status: 200, regions: 10 });
    });
  });

  it('says nothing on /health of where the database or the server is', async () => {
    const response = await fetch(`${origin(gateway)}/health`);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ status: 'ok' });
    const database = new URL(gateway.databaseUrl);
    for (const secret of [database.hostname, database.port, database.pathname.slice(1), String(gateway.system.port)]) {
      if (secret) expect(text).not.toContain(secret);
    }
  });

  it('serves the dashboard with headers that allow no inline script, no framing and no sniffing', async () => {
    const response = await fetch(`${origin(gateway)}/`);
    expect(response.status).toBe(200);
    const csp = response.headers.get('content-security-policy') ?? '';
    const directives = new Map(
      csp
        .split(';')
        .map((d) => d.trim().split(/\s+/) as [string, ...string[]])
        .map(([n, ...v]) => [n, v]),
    );
    expect(directives.get('script-src') ?? directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(response.headers.get('referrer-policy')).toBe('same-origin');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { type IncomingHttpHeaders, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { startHttpServer } from '../http';
import { staticFilesRoute } from '../static-files';

const INDEX_HTML = '<!doctype html><html><body><div id="root"></div><script src="/assets/app-abc123.js"></script></body></html>';
const APP_JS = `export const regions = ${JSON.stringify(Array.from({ length: 200 }, (_, i) => `region-${i}`))};\n`;
const SECRET = 'outside-the-dashboard-folder';

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** node:http rather than fetch, so the path goes out exactly as written (fetch would resolve `..`). */
function get(server: Server, rawPath: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Answer> {
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: rawPath, headers, method }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('staticFilesRoute', () => {
  let base: string;
  let server: Server;

  beforeAll(async () => {
    base = await mkdtemp(path.join(tmpdir(), 'sira-static-'));
    const dist = path.join(base, 'dist');
    await mkdir(path.join(dist, 'assets'), { recursive: true });
    await writeFile(path.join(dist, 'index.html'), INDEX_HTML);
    await writeFile(path.join(dist, 'assets', 'app-abc123.js'), APP_JS);
    await writeFile(path.join(dist, 'sw.js'), 'self.addEventListener("fetch", () => {});\n');
    await writeFile(path.join(dist, 'manifest.webmanifest'), JSON.stringify({ name: 'SIRA Monitor', start_url: '/' }));
    await writeFile(path.join(base, 'package.json'), JSON.stringify({ name: SECRET }));
    server = await startHttpServer([staticFilesRoute(dist)], 0, '127.0.0.1');
  });
  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
    await rm(base, { recursive: true, force: true });
  });

  it('serves index.html at / with no-cache and the security headers', async () => {
    const answer = await get(server, '/');
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(answer.headers['cache-control']).toBe('no-cache');
    expect(answer.headers['content-security-policy']).toBe(
      "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'",
    );
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(answer.headers['referrer-policy']).toBe('same-origin');
    expect(answer.body.toString()).toBe(INDEX_HTML);
  });

  // An unknown path without an extension gets the dashboard too, whose not-found page then says what was not found.
  it.each(['/compare', '/regions/soria', '/compare?regions=soria,teruel', '/nowhere', '/regions/atlantis', '/roundtables/not-an-id/edit'])(
    'serves index.html for the client-side route %s',
    async (route) => {
      const answer = await get(server, route);
      expect(answer.status).toBe(200);
      expect(answer.headers['cache-control']).toBe('no-cache');
      expect(answer.body.toString()).toBe(INDEX_HTML);
    },
  );

  it('serves hashed assets as immutable JavaScript', async () => {
    const answer = await get(server, '/assets/app-abc123.js');
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(answer.headers['content-security-policy']).toBeUndefined();
    expect(answer.body.toString()).toBe(APP_JS);
  });

  it('serves the service worker and the app manifest themselves, never the page, and always checked afresh', async () => {
    const worker = await get(server, '/sw.js');
    expect(worker.status).toBe(200);
    expect(worker.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(worker.headers['cache-control']).toBe('no-cache');
    expect(worker.body.toString()).toContain('addEventListener');
    const manifest = await get(server, '/manifest.webmanifest');
    expect(manifest.status).toBe(200);
    expect(manifest.headers['content-type']).toBe('application/manifest+json; charset=utf-8');
    expect(manifest.headers['cache-control']).toBe('no-cache');
    expect(JSON.parse(manifest.body.toString())).toEqual({ name: 'SIRA Monitor', start_url: '/' });
  });

  it('gzips when the client accepts it, and the same bytes come back out', async () => {
    for (let i = 0; i < 2; i++) {
      const answer = await get(server, '/assets/app-abc123.js', { 'accept-encoding': 'br, gzip' });
      expect(answer.headers['content-encoding']).toBe('gzip');
      expect(answer.headers.vary).toBe('Accept-Encoding');
      expect(Number(answer.headers['content-length'])).toBe(answer.body.length);
      expect(answer.body.length).toBeLessThan(Buffer.byteLength(APP_JS));
      expect(gunzipSync(answer.body).toString()).toBe(APP_JS);
    }
  });

  it('does not gzip when the client refuses it', async () => {
    const answer = await get(server, '/assets/app-abc123.js', { 'accept-encoding': 'gzip;q=0, deflate' });
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(answer.body.toString()).toBe(APP_JS);
  });

  it('answers HEAD with the headers only', async () => {
    const answer = await get(server, '/assets/app-abc123.js', {}, 'HEAD');
    expect(answer.status).toBe(200);
    expect(answer.headers['content-length']).toBe(String(Buffer.byteLength(APP_JS)));
    expect(answer.body.length).toBe(0);
  });

  it('answers 304 when the copy the client holds is current', async () => {
    const first = await get(server, '/');
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^W\/".+"$/);
    const again = await get(server, '/', { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  it('answers 404 for a missing file that has an extension', async () => {
    const answer = await get(server, '/assets/missing.js');
    expect(answer.status).toBe(404);
    expect(answer.headers['content-type']).toBe('application/json');
  });

  it('leaves other methods to the other routes', async () => {
    const answer = await get(server, '/', {}, 'POST');
    expect(answer.status).toBe(404);
  });

  it.each(['/../package.json', '/%2e%2e/package.json', '/assets/..%2f..%2fpackage.json'])(
    'never serves outside the folder: %s',
    async (rawPath) => {
      const answer = await get(server, rawPath);
      expect([400, 404]).toContain(answer.status);
      expect(answer.body.toString()).not.toContain(SECRET);
    },
  );

  it('allows the inline scripts a built page has by their hash, and no other inline script', async () => {
    const dist = path.join(base, 'with-inline-script');
    const script = 'document.documentElement.dataset.route = location.pathname;';
    await mkdir(dist, { recursive: true });
    await writeFile(path.join(dist, 'index.html'), `<!doctype html><html><head><script>${script}</script></head><body></body></html>`);
    const other = await startHttpServer([staticFilesRoute(dist)], 0, '127.0.0.1');
    try {
      const policy = String((await get(other, '/regions/soria')).headers['content-security-policy']);
      const hash = createHash('sha256').update(script).digest('base64');
      expect(policy).toContain("default-src 'self'");
      expect(policy).toMatch(new RegExp(`; script-src 'self' 'sha256-${hash.replace(/[+/]/g, '\\$&')}'$`));
      expect(policy).not.toContain("unsafe-inline'; script");
    } finally {
      await new Promise((resolve) => other.close(resolve));
    }
  });

  it('answers 400 for a malformed escape', async () => {
    const answer = await get(server, '/%E0%A4%A');
    expect(answer.status).toBe(400);
  });
});

describe('staticFilesRoute without a build', () => {
  let server: Server;
  beforeAll(async () => {
    server = await startHttpServer([staticFilesRoute(path.join(tmpdir(), 'sira-no-such-dashboard'))], 0, '127.0.0.1');
  });
  afterAll(() => new Promise((resolve) => server?.close(resolve)));

  it('answers / with a page saying how to build the dashboard', async () => {
    const answer = await get(server, '/');
    expect(answer.status).toBe(503);
    expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(answer.headers['content-security-policy']).toContain("default-src 'self'");
    expect(answer.body.toString()).toContain('The dashboard is not built');
    expect(answer.body.toString()).toContain('<code>pnpm build</code>');
  });

  it('answers other paths 404 as before', async () => {
    const answer = await get(server, '/compare');
    expect(answer.status).toBe(404);
    expect(JSON.parse(answer.body.toString())).toEqual({ error: 'Not found. The API is at /graphql.' });
  });
});

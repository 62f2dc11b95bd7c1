import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzip as gzipCallback } from 'node:zlib';
import type { Route } from './http';

const gzip = promisify(gzipCallback);

const TYPES: Record<string, { contentType: string; compressible: boolean }> = {
  '.html': { contentType: 'text/html; charset=utf-8', compressible: true },
  '.js': { contentType: 'text/javascript; charset=utf-8', compressible: true },
  '.css': { contentType: 'text/css; charset=utf-8', compressible: true },
  '.svg': { contentType: 'image/svg+xml', compressible: true },
  '.json': { contentType: 'application/json; charset=utf-8', compressible: true },
  '.webmanifest': { contentType: 'application/manifest+json; charset=utf-8', compressible: true },
  '.map': { contentType: 'application/json; charset=utf-8', compressible: true },
  '.txt': { contentType: 'text/plain; charset=utf-8', compressible: true },
  '.png': { contentType: 'image/png', compressible: false },
  '.woff2': { contentType: 'font/woff2', compressible: false },
  '.ico': { contentType: 'image/x-icon', compressible: false },
};
const UNKNOWN_TYPE = { contentType: 'application/octet-stream', compressible: false };

const CONTENT_SECURITY_POLICY =
  "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'";
const HTML_HEADERS: OutgoingHttpHeaders = { 'content-security-policy': CONTENT_SECURITY_POLICY, 'referrer-policy': 'same-origin' };
/** A script written in the page itself, as the build writes one: `<script>` without attributes. */
const INLINE_SCRIPT = /<script>([\s\S]*?)<\/script>/g;

/**
 * A page's headers: its inline scripts (the build's route preloads) allowed by their hash and
 * nothing else inline, so an injected script still does not run.
 */
function htmlHeadersOfFile(file: CachedFile): OutgoingHttpHeaders {
  file.htmlHeaders ??= htmlHeadersOf(file.body);
  return file.htmlHeaders;
}

function htmlHeadersOf(body: Buffer): OutgoingHttpHeaders {
  const hashes = [...body.toString('utf8').matchAll(INLINE_SCRIPT)].map(
    ([, script]) =>
      `'sha256-${createHash('sha256')
        .update(script ?? '')
        .digest('base64')}'`,
  );
  if (hashes.length === 0) return HTML_HEADERS;
  return { ...HTML_HEADERS, 'content-security-policy': `${CONTENT_SECURITY_POLICY}; script-src 'self' ${hashes.join(' ')}` };
}

const NOT_BUILT_PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>SIRA Monitor: dashboard not built</title></head>
<body>
<h1>The dashboard is not built</h1>
<p>Run <code>pnpm build</code> (or <code>pnpm start</code>, which builds it), then reload this page.
The GraphQL API is at <a href="/graphql">/graphql</a>.</p>
</body>
</html>
`;

interface CachedFile {
  mtimeMs: number;
  size: number;
  body: Buffer;
  gzipped?: Promise<Buffer>;
  /** A page's headers, worked out once per version of the file. */
  htmlHeaders?: OutgoingHttpHeaders;
}

/** The file a request path names inside `root`; `'bad'` for a path that is malformed or leaves it. */
function resolveInside(root: string, rawUrl: string): string | 'bad' | undefined {
  const rawPath = rawUrl.split(/[?#]/, 1)[0] ?? '';
  // Absolute-form targets (proxy requests) are not ours to serve.
  if (!rawPath.startsWith('/')) return undefined;
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return 'bad';
  }
  if (decoded.includes('\0') || decoded.split(/[/\\]/).includes('..')) return 'bad';
  const file = path.resolve(root, `.${decoded}`);
  return file === root || file.startsWith(root + path.sep) ? file : 'bad';
}

/** Whether Accept-Encoding allows gzip: listed with q > 0, or not listed while `*` is. */
function acceptsGzip(header: string | string[] | undefined): boolean {
  const weights = new Map<string, number>();
  for (const part of String(header ?? '').split(',')) {
    const [coding, ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    if (!coding) continue;
    const q = params.find((p) => p.startsWith('q='));
    weights.set(coding, q === undefined ? 1 : Number(q.slice(2)) || 0);
  }
  return (weights.get('gzip') ?? weights.get('*') ?? 0) > 0;
}

function sendNotBuilt(req: IncomingMessage, res: ServerResponse): void {
  res.writeHead(503, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-cache',
    'x-content-type-options': 'nosniff',
    ...HTML_HEADERS,
  });
  res.end(req.method === 'HEAD' ? undefined : NOT_BUILT_PAGE);
}

/**
 * Serves the built dashboard from `dir`. Paths without an extension that are not files are
 * client-side routes and get index.html; a missing file with one (`/sw.js` before a build made
 * it) is not found, never the page. Outside assets/, every file is `no-cache`: the service
 * worker and its manifest are checked at every visit, so a new build reaches the installed app. Files are read and gzipped once and kept in
 * memory until they change on disk, since a build is a handful of small files.
 */
export function staticFilesRoute(dir: string): Route {
  const root = path.resolve(dir);
  const indexFile = path.join(root, 'index.html');
  const assetsDir = path.join(root, 'assets') + path.sep;
  const cache = new Map<string, CachedFile>();

  const load = async (file: string): Promise<CachedFile | undefined> => {
    const info = await stat(file).catch((error: NodeJS.ErrnoException) => {
      // A name too long for the file system is a path no file has, not a fault.
      if (error.code === 'ENOENT' || error.code === 'ENOTDIR' || error.code === 'ENAMETOOLONG') return undefined;
      throw error;
    });
    if (!info?.isFile()) return undefined;
    const cached = cache.get(file);
    if (cached && cached.mtimeMs === info.mtimeMs && cached.size === info.size) return cached;
    const fresh: CachedFile = { mtimeMs: info.mtimeMs, size: info.size, body: await readFile(file) };
    cache.set(file, fresh);
    return fresh;
  };

  return async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const target = resolveInside(root, req.url ?? '/');
    if (target === undefined) return false;
    if (target === 'bad') {
      res.writeHead(400, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: 'Bad request path.' }));
      return true;
    }
    let served = target;
    let file = await load(target);
    if (!file && path.extname(target) === '') {
      served = indexFile;
      file = await load(indexFile);
      if (!file && target === root) {
        sendNotBuilt(req, res);
        return true;
      }
    }
    if (!file) return false;

    const { contentType, compressible } = TYPES[path.extname(served).toLowerCase()] ?? UNKNOWN_TYPE;
    // Vite puts a content hash in every name under assets/, so those never change.
    const immutable = served.startsWith(assetsDir);
    const etag = `W/"${file.size.toString(16)}-${Math.floor(file.mtimeMs).toString(16)}"`;
    const headers: OutgoingHttpHeaders = {
      'content-type': contentType,
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      'x-content-type-options': 'nosniff',
      etag,
      ...(served.endsWith('.html') ? htmlHeadersOfFile(file) : {}),
      ...(compressible ? { vary: 'Accept-Encoding' } : {}),
    };
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, headers);
      res.end();
      return true;
    }
    let body = file.body;
    if (compressible && acceptsGzip(req.headers['accept-encoding'])) {
      file.gzipped ??= gzip(file.body);
      body = await file.gzipped;
      headers['content-encoding'] = 'gzip';
    }
    headers['content-length'] = body.length;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
    return true;
  };
}

import { readFile } from 'node:fs/promises';
import type { OutgoingHttpHeaders } from 'node:http';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzip as gzipCallback } from 'node:zlib';
import type { Route } from '../http';
import type { ExplorerSetting } from './apollo-explorer-options';
import { EXPLORER_ASSETS_PATH, EXPLORER_CSP, EXPLORER_FILES, EXPLORER_PAGE, START_SCRIPT } from './graphiql-page';

const gzip = promisify(gzipCallback);
const GRAPHQL_PATH = '/graphql';

/** Weight of each media type in an Accept header (`q`, 1 when not given). */
function acceptWeights(accept: string): Map<string, number> {
  const weights = new Map<string, number>();
  for (const part of accept.split(',')) {
    const [type, ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    if (!type) continue;
    const q = params.find((p) => p.startsWith('q='));
    weights.set(type, q === undefined ? 1 : Number(q.slice(2)) || 0);
  }
  return weights;
}

/** A browser's navigation: text/html asked for above JSON (a `*\/*` alone, as curl sends, is JSON). */
export function prefersHtml(accept: string | undefined): boolean {
  const weights = acceptWeights(accept ?? '');
  const html = weights.get('text/html') ?? 0;
  const json =
    weights.get('application/json') ??
    weights.get('application/graphql-response+json') ??
    weights.get('application/*') ??
    weights.get('*/*') ??
    0;
  return html > 0 && html > json;
}

const closedAnswer = (production: boolean) =>
  'This is a GraphQL API: send queries with POST and a JSON body {"query": "..."} (content-type application/json).\n' +
  `The in-browser explorer and introspection are off${production ? ' in production' : ''}; GRAPHQL_EXPLORER=on turns them on.\n`;

interface Asset {
  body: Buffer;
  gzipped: Buffer;
  contentType: string;
}

async function loadAsset(name: string): Promise<Asset | undefined> {
  let body: Buffer;
  let contentType = 'text/javascript; charset=utf-8';
  if (name === 'start.js') {
    body = Buffer.from(START_SCRIPT);
  } else {
    const file = EXPLORER_FILES[name];
    if (!file) return undefined;
    const packageDir = path.dirname(require.resolve(`${file.packageName}/package.json`));
    body = await readFile(path.join(packageDir, file.file));
    contentType = file.contentType;
  }
  return { body, gzipped: await gzip(body), contentType };
}

/**
 * GET /graphql from a browser: GraphiQL from this server's own files when the explorer is on,
 * else a short plain answer (never Apollo's landing page, which loads from a CDN). Requests for
 * JSON, and every POST, go on to the GraphQL route.
 */
export function explorerRoute(setting: ExplorerSetting): Route {
  const assets = new Map<string, Promise<Asset | undefined>>();
  return async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    const common: OutgoingHttpHeaders = { 'x-content-type-options': 'nosniff', 'referrer-policy': 'same-origin' };
    if (pathname === GRAPHQL_PATH) {
      if (!prefersHtml(req.headers.accept)) return false;
      if (!setting.enabled) {
        res.writeHead(200, { ...common, 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-cache' });
        res.end(req.method === 'HEAD' ? undefined : closedAnswer(setting.production));
        return true;
      }
      res.writeHead(200, {
        ...common,
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-cache',
        'content-security-policy': EXPLORER_CSP,
      });
      res.end(req.method === 'HEAD' ? undefined : EXPLORER_PAGE);
      return true;
    }
    if (!setting.enabled || !pathname.startsWith(EXPLORER_ASSETS_PATH)) return false;
    const name = pathname.slice(EXPLORER_ASSETS_PATH.length);
    if (!assets.has(name)) {
      if (name !== 'start.js' && !EXPLORER_FILES[name]) return false;
      assets.set(name, loadAsset(name));
    }
    const asset = await assets.get(name);
    if (!asset) return false;
    const gzipped = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const body = gzipped ? asset.gzipped : asset.body;
    res.writeHead(200, {
      ...common,
      'content-type': asset.contentType,
      // Not versioned by name: an upgrade shows within the hour.
      'cache-control': 'public, max-age=3600',
      vary: 'Accept-Encoding',
      'content-length': body.length,
      ...(gzipped ? { 'content-encoding': 'gzip' } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
    return true;
  };
}

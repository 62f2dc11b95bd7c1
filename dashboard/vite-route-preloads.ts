import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin, Rolldown } from 'vite';

type OutputBundle = Rolldown.OutputBundle;
type OutputChunk = Rolldown.OutputChunk;

const SOURCE = fileURLToPath(new URL('./src/', import.meta.url));
const ROUTES_FILE = path.join(SOURCE, 'app/routes.ts');
/** A route of the table in routes.ts: its path and the page module it loads. */
const ROUTE = /route\(\s*'([^']+)',\s*\(\)\s*=>\s*import\('([^']+)'\)/g;

/** A route's path as a pattern of pathnames: `/regions/:slug` matches `/regions/soria`. */
const patternOf = (routePath: string) =>
  `^${routePath
    .split('/')
    .filter(Boolean)
    .map((segment) => (segment.startsWith(':') ? (segment.endsWith('?') ? '(?:/[^/]+)?' : '/[^/]+') : `/${segment}`))
    .join('')}/?$`;

const chunksOf = (bundle: OutputBundle) => Object.values(bundle).filter((file): file is OutputChunk => file.type === 'chunk');

/** A chunk's files and those of its static imports, recursively. */
function closure(bundle: OutputBundle, fileName: string, seen = new Set<string>()): Set<string> {
  if (seen.has(fileName)) return seen;
  seen.add(fileName);
  const chunk = bundle[fileName];
  if (chunk?.type === 'chunk') for (const imported of chunk.imports) closure(bundle, imported, seen);
  return seen;
}

/**
 * The page code of the route a visitor opens, fetched with the entry rather than after it: a
 * script in index.html, run before the entry, adds `modulepreload` links for the route's page
 * chunk and its imports. Without it the browser learns of them only once the entry has
 * downloaded and run: a second round trip in series, a second on a phone on 3G (BENCHMARKS.md,
 * First view). Pages preload their charts themselves (charts/lazy.ts).
 */
export function routePreloads(): Plugin {
  return {
    name: 'sira-route-preloads',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle, chunk: entry }) {
        if (!bundle || !entry) return [];
        const inEntry = closure(bundle, entry.fileName);
        const chunks = chunksOf(bundle);
        const routes = [...readFileSync(ROUTES_FILE, 'utf8').matchAll(ROUTE)].map(([, routePath = '', pageImport = '']) => {
          const module = path.resolve(path.dirname(ROUTES_FILE), `${pageImport}.tsx`);
          const pageChunk = chunks.find((chunk) => chunk.facadeModuleId === module);
          if (!pageChunk) throw new Error(`vite-route-preloads: no chunk for ${pageImport} (route ${routePath})`);
          const files = [...closure(bundle, pageChunk.fileName)];
          return [patternOf(routePath), files.filter((file) => !inEntry.has(file) && file.endsWith('.js'))];
        });
        const script = `(function(){var r=${JSON.stringify(routes)},p=location.pathname;for(var i=0;i<r.length;i++)if(new RegExp(r[i][0]).test(p)){r[i][1].forEach(function(f){var l=document.createElement('link');l.rel='modulepreload';l.href='/'+f;document.head.appendChild(l)});return}})();`;
        return [{ tag: 'script', children: script, injectTo: 'head-prepend' }];
      },
    },
  };
}

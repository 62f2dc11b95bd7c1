import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

// The repository's template is the one source: the dashboard serves it as it is, never a copy kept here.
const TEMPLATE = fileURLToPath(new URL('../templates/roundtables-import.csv', import.meta.url));
const SERVED_AS = 'templates/roundtables-import.csv';

/** Serves the roundtables import template at /templates/roundtables-import.csv, in the build and in `vite dev`. */
export function importTemplate(): Plugin {
  return {
    name: 'sira-import-template',
    buildStart() {
      this.addWatchFile(TEMPLATE);
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: SERVED_AS, source: readFileSync(TEMPLATE) });
    },
    configureServer(server) {
      server.middlewares.use(`/${SERVED_AS}`, (_request, response) => {
        response.setHeader('content-type', 'text/csv; charset=utf-8');
        response.end(readFileSync(TEMPLATE));
      });
    },
  };
}

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

// The repository's templates are the one source: the dashboard serves them as they are, never copies kept here.
const TEMPLATES = ['roundtables-import.csv', 'participants-import.csv'].map((name) => ({
  file: fileURLToPath(new URL(`../templates/${name}`, import.meta.url)),
  servedAs: `templates/${name}`,
}));

/** Serves the import templates at /templates/<name>.csv, in the build and in `vite dev`. */
export function importTemplate(): Plugin {
  return {
    name: 'sira-import-template',
    buildStart() {
      for (const { file } of TEMPLATES) this.addWatchFile(file);
    },
    generateBundle() {
      for (const { file, servedAs } of TEMPLATES) this.emitFile({ type: 'asset', fileName: servedAs, source: readFileSync(file) });
    },
    configureServer(server) {
      for (const { file, servedAs } of TEMPLATES) {
        server.middlewares.use(`/${servedAs}`, (_request, response) => {
          response.setHeader('content-type', 'text/csv; charset=utf-8');
          response.end(readFileSync(file));
        });
      }
    },
  };
}

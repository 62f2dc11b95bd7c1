import { parse } from '@formatjs/icu-messageformat-parser';
import type { Plugin } from 'vite';
import { isPlainText } from './src/app/i18n/plain-text';

/** The catalogues of texts: modules that export objects of ICU MessageFormat texts and nothing else. */
const CATALOGUE = /\/src\/app\/i18n\/messages\/[\w-]+\.ts$/;

/**
 * Each catalogue's texts compiled to ICU syntax trees at build time, as formatjs's own
 * `compile --ast` does, so the pages carry intl-messageformat without its parser (about 7 kB
 * gzip less). Texts without arguments stay strings (`isPlainText`). A text that is not valid
 * ICU fails the build. Only for `vite build`: the dev server and the tests parse at run time.
 */
export function precompiledMessages(): Plugin {
  return {
    name: 'sira-precompiled-messages',
    apply: 'build',
    enforce: 'post',
    config: () => ({
      resolve: {
        alias: [{ find: /^@formatjs\/icu-messageformat-parser$/, replacement: '@formatjs/icu-messageformat-parser/no-parser.js' }],
      },
    }),
    async transform(code, id) {
      if (!CATALOGUE.test(id)) return null;
      // By now the module is JavaScript with no imports (catalogues import types only).
      const module = (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as Record<string, unknown>;
      const exports = Object.entries(module).map(([name, texts]) => {
        const compiled = Object.fromEntries(
          Object.entries(texts as Record<string, string>).map(([key, text]) => {
            try {
              return [key, isPlainText(text) ? text : parse(text)];
            } catch (error) {
              return this.error(`${id}: ${key} is not an ICU message (${(error as Error).message})`);
            }
          }),
        );
        return `export const ${name} = JSON.parse(${JSON.stringify(JSON.stringify(compiled))});\n`;
      });
      return { code: exports.join(''), map: null };
    },
  };
}

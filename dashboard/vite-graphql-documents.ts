import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const GENERATED = fileURLToPath(new URL('./src/__generated__/', import.meta.url));
/** A `graphql(`...`)` call, as codegen finds them: a template without substitutions. */
const CALL = /\bgraphql\(\s*`([^`]*)`\s*\)/g;
/** An entry of codegen's map from a call's text to the document generated for it (gql.ts). */
const MAP_ENTRY = /^ {4}("(?:[^"\\]|\\.)*"): types\.(\w+),$/gm;
/** A document as codegen wrote it (graphql.ts): one line, its value as JSON. */
const DOCUMENT = /^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*$/gm;
const IMPORTED = 'virtual:graphql-document/';
const RESOLVED = '\0graphql-document/';

const read = (file: string) => readFileSync(`${GENERATED}${file}`, 'utf8');

/**
 * Each `graphql(`...`)` call replaced by the very document codegen generated for it, as
 * codegen's own Babel and SWC plugins do, each document a module of its own. The `graphql()`
 * function looks its text up in a map of every document (gql.ts), so whatever calls it first
 * (the filter bar, in the entry) carries every document into its chunk; one module each, a
 * document goes with the pages that send it. A call codegen has not seen fails the build.
 * Line breaks are kept, so the lines of a module still match its source.
 */
export function graphqlDocuments(): Plugin {
  return {
    name: 'sira-graphql-documents',
    enforce: 'pre',
    resolveId(source) {
      return source.startsWith(IMPORTED) ? `${RESOLVED}${source.slice(IMPORTED.length)}` : null;
    },
    load(id) {
      if (!id.startsWith(RESOLVED)) return null;
      this.addWatchFile(`${GENERATED}graphql.ts`);
      const name = id.slice(RESOLVED.length);
      const document = [...read('graphql.ts').matchAll(DOCUMENT)].find((match) => match[1] === name)?.[2];
      if (!document) this.error(`No document ${name} in src/__generated__/graphql.ts; run \`pnpm codegen\`.`);
      return `export default ${document};\n`;
    },
    transform(code, id) {
      if (id.startsWith(GENERATED) || !/\.tsx?$/.test(id) || !/\bgraphql\(\s*`/.test(code)) return null;
      this.addWatchFile(`${GENERATED}gql.ts`);
      const names = new Map([...read('gql.ts').matchAll(MAP_ENTRY)].map(([, text, name]) => [JSON.parse(text as string) as string, name]));
      const used = new Set<string>();
      const replaced = code.replace(CALL, (call: string, text: string) => {
        const name = names.get(text);
        if (!name) this.error(`${id}: no generated document for a graphql() call; run \`pnpm codegen\`.`);
        used.add(name);
        return `(${'\n'.repeat(call.split('\n').length - 1)}__${name})`;
      });
      const imports = [...used].map((name) => `import __${name} from '${IMPORTED}${name}';\n`).join('');
      return { code: `${replaced}\n${imports}`, map: null };
    },
  };
}

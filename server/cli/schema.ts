import 'reflect-metadata';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { printSubgraphSchema } from '@apollo/subgraph';
import { parse, printSchema } from 'graphql';
import { CACHE_POLICY_FILE, type CachePolicy, cachePolicies } from '../core/cache-policy';
import { REPO_ROOT } from '../core/config';
import { servicesForPrinting } from '../core/container';
import { SUBGRAPHS } from '../subgraphs/registry';

const SCHEMA_DIR = path.join(REPO_ROOT, 'schema');

/** The printed subgraph SDLs and the supergraph composed from them, file name → content. */
export async function schemaArtifacts(): Promise<Map<string, string>> {
  const artifacts = new Map<string, string>();
  const services = [];
  const policies: Record<string, CachePolicy> = {};
  for (const { name, url, buildSchema } of SUBGRAPHS) {
    // The same resolvers as a running subgraph, made without a database: printing runs none of them.
    const schema = await buildSchema(servicesForPrinting());
    const sdl = `${printSubgraphSchema(schema)}\n`;
    artifacts.set(`${name}.graphql`, sdl);
    services.push({ name, url, typeDefs: parse(sdl) });
    for (const [field, policy] of Object.entries(cachePolicies(schema))) {
      if (field.startsWith('_')) continue;
      if (!policy)
        throw new Error(`The ${name} root query field ${field} declares no cache policy: add @Cached(...) (core/cache-policy.ts).`);
      policies[field] = policy;
    }
  }
  const composed = composeServices(services);
  if (composed.errors) {
    throw new Error(`Composition failed:\n${composed.errors.map((error) => `- ${error.message}`).join('\n')}`);
  }
  artifacts.set('supergraph.graphql', `${composed.supergraphSdl}\n`);
  // What clients see through the gateway, without federation's own types: the dashboard's codegen reads it.
  artifacts.set('api.graphql', `${printSchema(composed.schema.toAPISchema().toGraphQLJSSchema())}\n`);
  // What the gateway's response cache and the dashboard's cache may keep of each root query field.
  const sorted = Object.fromEntries(Object.entries(policies).sort(([a], [b]) => a.localeCompare(b)));
  artifacts.set(CACHE_POLICY_FILE, `${JSON.stringify(sorted, null, 2)}\n`);
  return artifacts;
}

async function main(mode: string | undefined): Promise<void> {
  const artifacts = await schemaArtifacts();
  if (mode === 'write') {
    for (const [file, content] of artifacts) await writeFile(path.join(SCHEMA_DIR, file), content);
    console.log(`Wrote ${[...artifacts.keys()].map((file) => `schema/${file}`).join(', ')}.`);
    return;
  }
  const drifted: string[] = [];
  for (const [file, content] of artifacts) {
    const committed = await readFile(path.join(SCHEMA_DIR, file), 'utf8').catch(() => '');
    if (committed !== content) drifted.push(`schema/${file}`);
  }
  if (drifted.length > 0) {
    console.error(`Schema drift: ${drifted.join(', ')} differ from the code. Run \`pnpm schema:print\` and commit the result.`);
    process.exit(1);
  }
  console.log('Schema artifacts match the code.');
}

if (require.main === module) {
  main(process.argv[2]).catch((error) => {
    console.error(error);
    process.exit(1);
  });
}

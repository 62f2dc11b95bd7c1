// node --require ./server/cli/register-typescript.cjs tests/bench/cost-limit.ts [runs]
// How long the gateway works to refuse an abusive operation: the limit check alone, and
// parse + validate + check (everything before planning, which a refused query never reaches).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, type OperationDefinitionNode, parse, specifiedRules, validate } from 'graphql';
import { loadConfig } from '../../server/core/config';
import { checkOperation } from '../../server/gateway/operation-limits';

const runs = Number(process.argv[2] ?? 10_000);
const REPO_ROOT = path.resolve(__dirname, '../..');
const schema = buildSchema(readFileSync(path.join(REPO_ROOT, 'schema/supergraph.graphql'), 'utf8'));
const limits = loadConfig({}).queryLimits;

const nest = (levels: number): string => (levels === 0 ? 'name' : `roundtables { region { ${nest(levels - 1)} } }`);
const ABUSES: Record<string, string> = {
  deep: `{ regions { ${nest(6)} } }`,
  aliased: `{ ${Array.from({ length: 200 }, (_, i) => `c${i}: coverage { roundtables }`).join(' ')} }`,
  wide: '{ regions { roundtables { region { roundtables { participations { mode participant { id category { code label } } } } } } } }',
  'fragment fan-out': `{ regions { ...F0 } } ${Array.from({ length: 30 }, (_, i) => `fragment F${i} on Region { a${i}: slug ...F${i + 1} b${i}: name ...F${i + 1} }`).join('\n')}
    fragment F30 on Region { slug }`,
};

function timePerRun(work: () => unknown): number {
  for (let i = 0; i < Math.min(1000, runs); i++) work();
  const started = process.hrtime.bigint();
  for (let i = 0; i < runs; i++) work();
  return Number(process.hrtime.bigint() - started) / 1e3 / runs;
}

console.log(`Limits: depth ${limits.maxDepth}, aliases ${limits.maxAliases}, cost ${limits.maxCost}; ${runs} runs each.`);
console.log('query             | refused for                | check (µs) | parse + validate + check (µs)');
for (const [name, query] of Object.entries(ABUSES)) {
  const document = parse(query);
  const operation = document.definitions[0] as OperationDefinitionNode;
  const refused = checkOperation(schema, document, operation, limits);
  if (!refused) throw new Error(`${name} was not refused`);
  const check = timePerRun(() => checkOperation(schema, document, operation, limits));
  const whole = timePerRun(() => {
    const parsed = parse(query);
    if (validate(schema, parsed, specifiedRules).length > 0) throw new Error(`${name} is not valid`);
    return checkOperation(schema, parsed, parsed.definitions[0] as OperationDefinitionNode, limits);
  });
  const reason = `${refused.extensions.limit} ${refused.extensions.value} > ${refused.extensions.max}`;
  console.log(`${name.padEnd(17)} | ${reason.padEnd(26)} | ${check.toFixed(1).padStart(10)} | ${whole.toFixed(1).padStart(10)}`);
}

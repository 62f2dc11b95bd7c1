// node --require ./server/cli/register-typescript.cjs tests/bench/cost-limit.ts [runs]
// How long the gateway works to refuse an abusive operation: the limit check alone, and the
// whole refusal of a text it has not seen (its precheck parses and measures the text; nothing
// is validated or planned for a refused query).
// The harness calls measureLimitChecks in its refusal phase (refusal.ts).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, type OperationDefinitionNode, parse } from 'graphql';
import { loadConfig } from '../../server/core/config';
import { checkOperation } from '../../server/gateway/operation-limits';
import { operationPrecheck } from '../../server/gateway/operation-precheck';

const REPO_ROOT = path.resolve(__dirname, '../..');

const nest = (levels: number): string => (levels === 0 ? 'name' : `roundtables { region { ${nest(levels - 1)} } }`);
/** Operations the gateway must refuse with QUERY_TOO_COMPLEX under its default limits. */
export const ABUSES: Record<string, string> = {
  deep: `{ regions { ${nest(6)} } }`,
  aliased: `{ ${Array.from({ length: 200 }, (_, i) => `c${i}: coverage { roundtables }`).join(' ')} }`,
  wide: '{ regions { roundtables { region { roundtables { participations { mode participant { id category { code label } } } } } } } }',
  'fragment fan-out': `{ regions { ...F0 } } ${Array.from({ length: 30 }, (_, i) => `fragment F${i} on Region { a${i}: slug ...F${i + 1} b${i}: name ...F${i + 1} }`).join('\n')}
    fragment F30 on Region { slug }`,
};

export interface LimitCheck {
  name: string;
  /** Which limit refused it, e.g. "depth 15 > 10". */
  refusedFor: string;
  /** checkOperation alone on a parsed document, µs per run. */
  checkUs: number;
  /** The gateway's precheck of a text it has not seen (parse + checkOperation), µs per run. */
  unseenTextUs: number;
}

/** Mean µs per run: `runs` runs after a warm-up of a tenth as many, or fewer (20 at least) once `budgetMs` has passed. */
function timePerRun(runs: number, budgetMs: number, work: () => unknown): number {
  for (let i = 0; i < Math.max(1, Math.floor(runs / 10)); i++) work();
  const started = performance.now();
  const deadline = started + budgetMs;
  let done = 0;
  while (done < runs && (done < 20 || performance.now() < deadline)) {
    work();
    done++;
  }
  return ((performance.now() - started) * 1e3) / done;
}

/**
 * Times, in this process, the gateway's refusal of each abusive operation under the default
 * limits; `budgetMs` bounds each of the eight measurements, so the harness's phase stays short.
 */
export function measureLimitChecks(runs: number, budgetMs = Number.POSITIVE_INFINITY): LimitCheck[] {
  const schema = buildSchema(readFileSync(path.join(REPO_ROOT, 'schema/api.graphql'), 'utf8'));
  const limits = loadConfig({}).queryLimits;
  return Object.entries(ABUSES).map(([name, query]) => {
    const document = parse(query);
    const operation = document.definitions[0] as OperationDefinitionNode;
    const refused = checkOperation(schema, document, operation, limits);
    if (!refused) throw new Error(`${name} was not refused`);
    return {
      name,
      refusedFor: `${refused.extensions.limit} ${refused.extensions.value} > ${refused.extensions.max}`,
      checkUs: timePerRun(runs, budgetMs, () => checkOperation(schema, document, operation, limits)),
      // A new precheck each run, so the text is judged afresh, as a text never seen before is.
      unseenTextUs: timePerRun(runs, budgetMs, () => {
        if (!operationPrecheck(schema, limits)({ query })) throw new Error(`${name} was not refused by the precheck`);
      }),
    };
  });
}

if (require.main === module) {
  const runs = Number(process.argv[2] ?? 10_000);
  const limits = loadConfig({}).queryLimits;
  console.log(`Limits: depth ${limits.maxDepth}, aliases ${limits.maxAliases}, cost ${limits.maxCost}; ${runs} runs each.`);
  console.log('query             | refused for                | check (µs) | unseen text: parse + check (µs)');
  for (const row of measureLimitChecks(runs)) {
    console.log(
      `${row.name.padEnd(17)} | ${row.refusedFor.padEnd(26)} | ${row.checkUs.toFixed(1).padStart(10)} | ${row.unseenTextUs.toFixed(1).padStart(10)}`,
    );
  }
}

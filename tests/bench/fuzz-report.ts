// The fuzz's figures: what tests/e2e/fuzz.test.ts writes to bench-results/fuzz.json when run by
// `pnpm fuzz`, and the Hostile requests section of BENCHMARKS.md.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const FUZZ_FILE = 'fuzz.json';

export interface FuzzPathResult {
  name: string;
  answered: number;
  /** Answers by HTTP status. */
  statuses: Record<string, number>;
  /** Answers that were a 5xx, an internal error or empty, and requests left unanswered within the timeout. */
  faults: number;
  failures: number;
}

export interface FuzzResults {
  ranAt: string;
  seed: number;
  requestsPerPath: number;
  concurrency: number;
  timeoutMs: number;
  paths: FuzzPathResult[];
  /** The test process's RSS after a full GC; the servers run in it. */
  rssMb: { atStart: number; afterOnePass: number; afterTwoPasses: number };
}

export function readFuzzResults(resultsDir: string): FuzzResults | undefined {
  const file = path.join(resultsDir, FUZZ_FILE);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as FuzzResults) : undefined;
}

/** The Hostile requests section: what the fuzz sends, what fails it, and its last recorded figures. */
export function fuzzSection(results: FuzzResults | undefined): string[] {
  const figures = results
    ? [
        '### Last run',
        '',
        `${results.ranAt.slice(0, 10)}, seed ${results.seed}, ${results.requestsPerPath.toLocaleString('en')} requests per path, ${results.concurrency} at a time.`,
        '',
        '| path | answered | by HTTP status | faults | unanswered |',
        '| ---- | -------: | -------------- | -----: | ---------: |',
        ...results.paths.map(
          (p) =>
            `| ${p.name} | ${p.answered} | ${Object.entries(p.statuses)
              .map(([status, count]) => `${status}: ${count}`)
              .join(', ')} | ${p.faults} | ${p.failures} |`,
        ),
        '',
        `RSS after a full GC: ${results.rssMb.atStart} MB at the start, ${results.rssMb.afterOnePass} MB after one pass of every path,`,
        `${results.rssMb.afterTwoPasses} MB after the second pass.`,
        '',
      ]
    : ['No fuzz run is recorded in `bench-results/fuzz.json` yet.', ''];
  return [
    '## Hostile requests',
    '',
    '`pnpm fuzz` runs `tests/e2e/fuzz.test.ts` (also part of `pnpm test`) and records its figures in `bench-results/fuzz.json`:',
    'thousands of client mistakes and attacks drawn from a fixed seed (`tests/e2e/fuzz/hostile-requests.ts`: malformed and',
    'deeply nested bodies, subscriptions, ambiguous operations, variables of the wrong type, cycles of fragments, junk tokens',
    'and headers, odd methods, content types and paths, valid queries with random damage), about half with a valid token, sent',
    'over kept-alive connections to the gateway with its subgraphs in process, a subgraph served alone, and a gateway that',
    'reaches its subgraphs over HTTP. It fails on any HTTP 5xx, any INTERNAL_SERVER_ERROR, any request unanswered within 5 s,',
    'a log line reading `[object Object]`, a valid query not answered after the fuzz, or RSS after a second pass (and a full GC)',
    'more than 20 % above the first pass, whose parsed, planned and compiled operations fill caches that are bounded.',
    '',
    ...figures,
  ];
}

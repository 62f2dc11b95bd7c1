// The First view section of BENCHMARKS.md: written by `pnpm bench:first-view` alone, and kept as it
// is when the other benchmarks rewrite the file (bench-results/ is not committed).
import { keptSection, writeSection } from './kept-section';

export const FIRST_VIEW_HEADING = '## First view';

export interface FirstViewResults {
  size: string;
  runs: number;
  at: string;
  /** The signed-out request that built the protected publication, before the runs. */
  publicationMs: number;
  results: { profile: string; coldMs: number[]; warmMs: number[] }[];
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

export function firstViewSection(results: FirstViewResults): string[] {
  return [
    FIRST_VIEW_HEADING,
    '',
    '`pnpm bench:first-view [--size S|M|L] [--runs N]` (not in CI; needs `pnpm build` and Chromium) loads the data set into',
    '`sira_first_view_<size>`, starts the built system with the response cache on, and opens the overview in Chromium at',
    '360×740 until the first chart is drawn (the first `svg.recharts-surface`, timed from navigation by a script set before',
    "the page's own). Each run is a new browser context: cold is its first visit, warm its reload once the app's service",
    "worker has kept the dashboard (the page and its code from its cache, the data from the API). 3G is Chromium's emulation",
    'of 1.6 Mbps down, 750 kbps up, 150 ms round trip; the slow phone adds the CPU slowed 4×. Targets on 3G: first chart',
    "under 3 s cold and under 1 s from the service worker's cache.",
    '',
    `Last run: ${results.at.slice(0, 10)}, size ${results.size}, ${results.runs} runs per profile; the machine's 2 cores also ran the server and PostgreSQL.`,
    `Signed out, the overview reads the protected publication, which the first request after a write builds: before the runs,`,
    `one request built it in ${(results.publicationMs / 1000).toLocaleString('en', { maximumFractionDigits: 1 })} s, which a visitor arriving then would wait on top of what follows.`,
    '',
    '| profile | first chart, cold (median) | warm, service worker (median) | all runs, cold / warm (ms) |',
    '| ------- | -------------------------: | ----------------------------: | -------------------------- |',
    ...results.results.map(
      ({ profile, coldMs, warmMs }) =>
        `| ${profile} | ${median(coldMs).toLocaleString('en')} ms | ${median(warmMs).toLocaleString('en')} ms | ${coldMs.join(', ')} / ${warmMs.join(', ')} |`,
    ),
    '',
  ];
}

/** The First view section as BENCHMARKS.md has it now, to be written back unchanged; none if it has none. */
export const keptFirstViewSection = (target: string): string[] => keptSection(target, FIRST_VIEW_HEADING);

/** BENCHMARKS.md with its First view section replaced by `lines`, or with it added at the end. */
export const writeFirstViewSection = (target: string, lines: string[]): void => writeSection(target, FIRST_VIEW_HEADING, lines);

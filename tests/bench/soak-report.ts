// The soak's figures: what bench-results/soak.json holds, what fails a run, and the Soak
// section of BENCHMARKS.md (also printed at the end of a run).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Machine } from './proc-stats';
import { type Edges, type Sample, THRESHOLDS, type Totals, WINDOW_S } from './soak-stats';

export const SOAK_FILE = 'soak.json';
/** The length the thresholds are meant for, and the default; a shorter run checks the harness, not the server. */
export const FULL_SOAK_MINUTES = 10;

export interface SoakResults {
  startedAt: string;
  /** As asked with --minutes, and as measured (shorter when interrupted). */
  minutes: number;
  measuredS: number;
  warmupS: number;
  size: string;
  connections: number;
  machine: Machine;
  dataset: { regions: number; roundtables: number; participations: number };
  thresholds: typeof THRESHOLDS;
  /** startMb and endMb: medians of the samples of the first and the last minute (p99.windowS). */
  rss: { afterWarmupMb: number | null; startMb: number | null; endMb: number | null; maxMb: number | null; growthPct: number | null };
  p99: { windowS: number; firstMs: number | null; lastMs: number | null; driftPct: number | null };
  totals: Totals;
  samples: Sample[];
  failures: string[];
}

const pct = (from: number | null, to: number | null) => (from && to !== null ? ((to - from) / from) * 100 : null);
const fmt = (value: number | null | undefined, digits = 0) => (value === null || value === undefined ? '–' : value.toFixed(digits));
const signed = (value: number | null) => (value === null ? '–' : `${value >= 0 ? '+' : ''}${value.toFixed(1)} %`);

/** RSS and the reads' p99 over the first and the last minute of the run, and how much each grew. */
export function summarise(afterWarmupMb: number | null, samples: Sample[], edges: Edges) {
  const rss = [afterWarmupMb, ...samples.map((s) => s.rssMb)].filter((mb): mb is number => mb !== null);
  return {
    rss: {
      afterWarmupMb,
      startMb: edges.rssMb.first,
      endMb: edges.rssMb.last,
      maxMb: rss.length ? Math.max(...rss) : null,
      growthPct: pct(edges.rssMb.first, edges.rssMb.last),
    },
    p99: {
      windowS: edges.windowS,
      firstMs: edges.p99Ms.first,
      lastMs: edges.p99Ms.last,
      driftPct: pct(edges.p99Ms.first, edges.p99Ms.last),
    },
  };
}

/** Every reason the run fails; none when it passes. */
export function failuresOf(results: Pick<SoakResults, 'rss' | 'p99' | 'totals' | 'thresholds'>): string[] {
  const { rss, p99, totals, thresholds } = results;
  const failures: string[] = [];
  const answers = (count: number) => `${count} answer${count === 1 ? '' : 's'}`;
  if (totals.fiveXx) failures.push(`${answers(totals.fiveXx)} with HTTP 5xx`);
  if (totals.internal) failures.push(`${answers(totals.internal)} with INTERNAL_SERVER_ERROR`);
  if (totals.unexpected)
    failures.push(`${answers(totals.unexpected)} unexpected in all, 5xx and internal errors included (totals.unexpectedBy)`);
  if (rss.growthPct === null) failures.push('the server RSS could not be read');
  else if (rss.growthPct > thresholds.rssGrowthPct)
    failures.push(
      `RSS grew ${rss.growthPct.toFixed(1)} % (median ${fmt(rss.startMb)} → ${fmt(rss.endMb)} MB), more than ${thresholds.rssGrowthPct} %`,
    );
  if (p99.firstMs !== null && p99.lastMs !== null && p99.driftPct !== null) {
    const grew = p99.lastMs - p99.firstMs;
    if (p99.driftPct > thresholds.p99DriftPct && grew > thresholds.p99DriftMinMs)
      failures.push(
        `the reads' p99 went from ${p99.firstMs.toFixed(1)} ms to ${p99.lastMs.toFixed(1)} ms (${signed(p99.driftPct)}), ` +
          `more than +${thresholds.p99DriftPct} % and ${thresholds.p99DriftMinMs} ms`,
      );
  } else {
    failures.push('no read was answered in the first or the last stretch');
  }
  return failures;
}

export function readSoakResults(resultsDir: string): SoakResults | undefined {
  const file = path.join(resultsDir, SOAK_FILE);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as SoakResults) : undefined;
}

const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');

/** Requests by kind: reads by role (eight queries each), the rest as they are. */
function kindRows(totals: Totals): string[] {
  const rows = new Map<string, number>();
  for (const [kind, count] of Object.entries(totals.byKind)) {
    const key = kind.startsWith('read ') ? `read as ${kind.split(' ').at(-1)}` : kind;
    rows.set(key, (rows.get(key) ?? 0) + count);
  }
  return [...rows].sort(([a], [b]) => a.localeCompare(b)).map(([kind, count]) => `| ${kind} | ${count} |`);
}

const countRows = (counts: Record<string, number>) =>
  Object.entries(counts)
    .sort(([, a], [, b]) => b - a)
    .map(([what, count]) => `| ${what} | ${count} |`);

/** The run's figures: the summary against the thresholds, requests by kind, refusals, faults and samples. */
export function soakFigures(results: SoakResults): string[] {
  const { rss, p99, totals, thresholds, machine, dataset } = results;
  const measuredMin = results.measuredS / 60;
  const driftOk =
    p99.driftPct === null || p99.driftPct <= thresholds.p99DriftPct || (p99.lastMs ?? 0) - (p99.firstMs ?? 0) <= thresholds.p99DriftMinMs;
  const everyMinute = results.samples.filter((s, i, all) => s.atS % 60 < WINDOW_S || i === all.length - 1);
  return [
    `Run of ${results.startedAt}: ${fmt(measuredMin, 1)} min after a ${results.warmupS} s warm-up, size ${results.size} ` +
      `(${dataset.regions} regions, ${dataset.roundtables} roundtables, ${dataset.participations} participations), ` +
      `${results.connections} clients. ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}, PostgreSQL ${machine.postgres}; ` +
      `load average (1 min) ${fmt(machine.loadAverage.atStart[0], 1)} at the start, ${fmt(machine.loadAverage.atEnd[0], 1)} at the end.`,
    ...(measuredMin < FULL_SOAK_MINUTES
      ? [
          '',
          `A run of ${fmt(measuredMin, 1)} min, shorter than the ${FULL_SOAK_MINUTES} the thresholds are meant for: it checks the harness, not the server.`,
        ]
      : []),
    '',
    '| figure | value | threshold | |',
    '|---|---:|---|---|',
    `| gateway RSS right after the warm-up; the most sampled | ${fmt(rss.afterWarmupMb)} MB; ${fmt(rss.maxMb)} MB | | |`,
    `| gateway RSS, median of the first ${p99.windowS} s → of the last ${p99.windowS} s | ${fmt(rss.startMb)} → ${fmt(rss.endMb)} MB (${signed(rss.growthPct)}) | ` +
      `≤ +${thresholds.rssGrowthPct} % | ${verdict(rss.growthPct !== null && rss.growthPct <= thresholds.rssGrowthPct)} |`,
    `| reads' p99, first ${p99.windowS} s → last ${p99.windowS} s | ${fmt(p99.firstMs, 1)} → ${fmt(p99.lastMs, 1)} ms (${signed(p99.driftPct)}) | ` +
      `≤ +${thresholds.p99DriftPct} % or ≤ ${thresholds.p99DriftMinMs} ms | ${verdict(driftOk)} |`,
    `| requests | ${totals.requests} (${fmt(totals.requests / Math.max(1, results.measuredS))} req/s) | | |`,
    `| HTTP 5xx | ${totals.fiveXx} | 0 | ${verdict(totals.fiveXx === 0)} |`,
    `| INTERNAL_SERVER_ERROR | ${totals.internal} | 0 | ${verdict(totals.internal === 0)} |`,
    `| unexpected answers (5xx and internal included) | ${totals.unexpected} | 0 | ${verdict(totals.unexpected === 0)} |`,
    '',
    `Verdict: ${results.failures.length ? `FAILED (${results.failures.join('; ')})` : 'passed'}.`,
    '',
    '| requests by kind | count |',
    '|---|---:|',
    ...kindRows(totals),
    '',
    '| expected refusals | count |',
    '|---|---:|',
    ...countRows(totals.refusedBy),
    '',
    ...(totals.unexpected ? ['| unexpected answers | count |', '|---|---:|', ...countRows(totals.unexpectedBy), ''] : []),
    'Samples (every minute, and the last):',
    '',
    '| s | RSS MB | requests | reads p50 ms | reads p99 ms | 5xx | internal | unexpected |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...everyMinute.map(
      (s) =>
        `| ${s.atS} | ${fmt(s.rssMb)} | ${s.requests} | ${fmt(s.readP50Ms, 1)} | ${fmt(s.readP99Ms, 1)} | ${s.fiveXx} | ${s.internal} | ${s.unexpected} |`,
    ),
    '',
  ];
}

/** The Soak section of BENCHMARKS.md: how to run, what fails a run, and the last run's figures when there is one. */
export function soakSection(results: SoakResults | undefined): string[] {
  return [
    '## Soak',
    '',
    '`pnpm soak` (not in CI; `--minutes N`, default 10; `--size S|M|L`, default S; `--connections N`, default 4; `--warmup S`,',
    "default 60 s; `--embedded`) loads a data set into a fresh database `sira_soak_<size>` on `DATABASE_URL`'s server, starts",
    'the one-process gateway with `RESPONSE_CACHE=off`, so every read reaches PostgreSQL, and keeps its clients busy, each',
    'sending one request after another. Of every 100 steps, about:',
    '',
    "- 85 read: one of the dashboard's queries that `pnpm bench` times, as ANALYST, FUNDER or PUBLIC;",
    '- 4 write: a COORDINATOR creates a roundtable in its region, changes its attendance and deletes it, each quoting the',
    '  version it read (the write path, the rollups, the audit);',
    '- 3 sign in with a wrong password: 401, then 429 once the throttle locks the account and the address;',
    '- 8 send a hostile request: bad JSON, an unknown field, a syntax error, a variable of the wrong type, an unknown region,',
    '  a junk token, an over-long query, the abusive queries of `tests/bench/cost-limit.ts`, a body over 5 MB.',
    '',
    `Every ${WINDOW_S} s it reads the gateway's resident memory (VmRSS) and the p50 and p99 of the reads answered in that`,
    'window. It writes `bench-results/soak.json`, prints the figures, stops the gateway and drops the database (on Ctrl-C too),',
    'and exits 1 when:',
    '',
    '- any answer is an HTTP 5xx or carries INTERNAL_SERVER_ERROR, any read or write gets an error (but CONFLICT for a read',
    '  that listed a roundtable deleted before its details were read, which says to load again), any request goes',
    '  unanswered for 30 s, or a wrong sign-in or hostile request is not refused;',
    `- the gateway's RSS over the last minute exceeds the first minute's by more than ${THRESHOLDS.rssGrowthPct} % (the median`,
    "  of each minute's samples: a single sample may catch the heap just before a collection);",
    `- the reads' p99 over the last minute exceeds the first minute's by more than ${THRESHOLDS.p99DriftPct} % and more than`,
    `  ${THRESHOLDS.p99DriftMinMs} ms.`,
    '',
    'A run under 3 minutes compares its first and last thirds instead of minutes. A request counts as a read, and its',
    'latency in the percentiles, only when answered without error; a hostile request whose connection the server closes',
    'while it is still sending (a body past the limit, answered 413) counts as refused.',
    '',
    `A run of ${FULL_SOAK_MINUTES} minutes or more regenerates this section; \`pnpm bench --report-only\` renders it, and the rest`,
    'of this file, from `bench-results/` at any time.',
    '',
    ...(results ? ['### Last run', '', ...soakFigures(results)] : ['No soak run is recorded in `bench-results/soak.json` yet.', '']),
  ];
}

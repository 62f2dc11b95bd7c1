// BENCHMARKS.md, regenerated from the full runs' bench-results/<size>.json and the soak's soak.json.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CacheResults } from './cache-effect';
import { BENCH_QUERIES, type BenchQueryName, PAGE_QUERIES } from './candidate';
import { capacitySection } from './capacity';
import { keptFieldsSection } from './fields-report';
import { keptFirstViewSection } from './first-view-report';
import { type FuzzResults, fuzzSection, readFuzzResults } from './fuzz-report';
import { keptImportSection } from './import-report';
import { FEWEST_REQUESTS_PER_CONNECTION, type Load } from './measure';
import { fmt, mean } from './numbers';
import { REFUSAL_CODE, type RefusalResults } from './refusal';
import { readSoakResults, type SoakResults, soakSection } from './soak-report';

export interface Cell extends Load {
  query: BenchQueryName;
  candidate: string;
  connections: number;
  round: number;
  serverCpuMsPerRequest: number | null;
  pgCpuMsPerRequest: number | null;
  /** CPU ms per request of each tier of a candidate served by several (absent from older runs and one-process candidates). */
  tierCpuMsPerRequest?: Record<string, number | null>;
  peakRssMb: number;
  /** The cell finished too few requests in plan.cellS and was timed again, for durationS (absent from older runs). */
  timedAgain?: boolean;
}

export interface BenchResults {
  size: string;
  quick: boolean;
  startedAt: string;
  elapsedS: number;
  /** longestCellS: how long a cell timed again for finishing too few requests may last (absent from older runs). */
  plan: { connections: number[]; warmupS: number; cellS: number; longestCellS?: number; rounds: number };
  machine: { cpu: string; cores: number; node: string; postgres: string; loadAverage?: { atStart: number[]; atEnd: number[] } };
  dataset: { options: Record<string, unknown>; counts: { regions: number; roundtables: number; participations: number }; loadMs: number };
  scope: { tenRegions: string[]; pageRegion: string };
  candidates: { name: string; description: string; processes: number }[];
  notes: string[];
  cells: Cell[];
  statements: Record<string, Partial<Record<BenchQueryName, number | null>>>;
  /** The gateway with RESPONSE_CACHE=memory, measured after the timed cells (absent from older runs). */
  cache?: CacheResults;
  /** Abusive operations sent to the uncached gateway over the counting proxy (absent from older runs). */
  refusals?: RefusalResults;
}

const ANALYTICS_QUERIES = BENCH_QUERIES.slice(0, 6);

/** The rounds of one candidate × query × connections, averaged. */
function cellOf(results: BenchResults, query: string, candidate: string, connections: number): Cell | undefined {
  const rounds = results.cells.filter((c) => c.query === query && c.candidate === candidate && c.connections === connections);
  if (!rounds.length) return undefined;
  const avg = (pick: (c: Cell) => number | null) => {
    const known = rounds.map(pick).filter((v): v is number => v !== null);
    return known.length ? mean(known) : null;
  };
  return {
    ...(rounds[0] as Cell),
    rps: avg((c) => c.rps) as number,
    p50: avg((c) => c.p50) as number,
    p99: Math.max(...rounds.map((c) => c.p99)),
    errors: rounds.reduce((sum, c) => sum + c.errors, 0),
    serverCpuMsPerRequest: avg((c) => c.serverCpuMsPerRequest),
    pgCpuMsPerRequest: avg((c) => c.pgCpuMsPerRequest),
    peakRssMb: Math.max(...rounds.map((c) => c.peakRssMb)),
  };
}

const rps = (results: BenchResults, query: string, candidate: string, connections = 10) =>
  cellOf(results, query, candidate, connections)?.rps;

/** Per analytics query and their geometric mean: a / b in req/s at 10 connections. */
function ratio(results: BenchResults, a: string, b: string): { perQuery: (number | undefined)[]; geomean: number | undefined } {
  const perQuery = ANALYTICS_QUERIES.map((query) => {
    const x = rps(results, query, a);
    const y = rps(results, query, b);
    return x && y ? x / y : undefined;
  });
  const known = perQuery.filter((v): v is number => v !== undefined);
  return { perQuery, geomean: known.length === perQuery.length ? Math.exp(mean(known.map(Math.log))) : undefined };
}

const RATIOS: [string, string, string][] = [
  ['gateway / PostGraphile', 'gateway', 'postgraphile'],
  ['subgraph / PostGraphile', 'subgraph', 'postgraphile'],
  ['gateway / bare node', 'gateway', 'bare-http'],
  ['subgraph / raw SQL', 'subgraph', 'raw-sql'],
  ['gateway-http / gateway', 'gateway-http', 'gateway'],
  ['gateway-http-2x / gateway-http', 'gateway-http-2x', 'gateway-http'],
  // The several-machines topology on another engine, against one process and against the project's gateway over HTTP.
  ['hive-gateway / gateway', 'hive-gateway', 'gateway'],
  ['hive-gateway / gateway-http', 'hive-gateway', 'gateway-http'],
];
/** Candidates the p99 target is about: the two ways the gateway is deployed, with one instance of each subgraph. */
const P99_CANDIDATES = ['gateway', 'gateway-http'];
const TWO_INSTANCES_QUERIES: BenchQueryName[] = [...ANALYTICS_QUERIES, 'overview'];

function sizeSection(results: BenchResults): string[] {
  const lines: string[] = [];
  const { counts, loadMs, options } = results.dataset;
  lines.push(`## Size ${results.size}`, '');
  lines.push(
    `${counts.regions} regions, ${counts.roundtables} roundtables, ${counts.participations} participations ` +
      `(generator ${JSON.stringify(options)}); migrated, loaded and vacuumed in ${(loadMs / 1000).toFixed(1)} s. ` +
      `Run of ${results.startedAt}, ${(results.elapsedS / 60).toFixed(1)} min in all; cells of ${results.plan.cellS} s after a ` +
      `${results.plan.warmupS} s warm-up per candidate and query, ${results.plan.rounds} round(s), candidates alternating.` +
      (results.machine.loadAverage
        ? ` Load average (1 min) ${results.machine.loadAverage.atStart[0]?.toFixed(1)} at the start, ${results.machine.loadAverage.atEnd[0]?.toFixed(1)} at the end: other work on the machine adds noise.`
        : ''),
    '',
  );
  for (const note of results.notes) lines.push(`- ${note}`);
  if (results.notes.length) lines.push('');
  const retimed = results.cells.filter((cell) => cell.timedAgain);
  if (retimed.length)
    lines.push(
      `Timed again for longer (up to ${results.plan.longestCellS} s), as each connection had finished fewer than ${FEWEST_REQUESTS_PER_CONNECTION} requests ` +
        `in ${results.plan.cellS} s: ${retimed.map((cell) => `${cell.query} ${cell.candidate} c=${cell.connections} (${fmt(cell.durationS, 0)} s)`).join(', ')}.`,
      '',
    );
  lines.push(`Ten-region selection: ${results.scope.tenRegions.join(', ')}. Region page: ${results.scope.pageRegion}.`, '');
  for (const query of BENCH_QUERIES) {
    const candidates = results.candidates
      .map((c) => c.name)
      .filter((name) => results.cells.some((c) => c.query === query && c.candidate === name));
    if (!candidates.length) continue;
    lines.push(`### ${query}`, '');
    lines.push('| candidate | conns | req/s | p50 ms | p99 ms | CPU ms/req server | CPU ms/req PG | peak RSS MB | SQL stmts/req |');
    lines.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const candidate of candidates) {
      for (const connections of [1, 10, 50]) {
        const cell = cellOf(results, query, candidate, connections);
        if (!cell) continue;
        lines.push(
          `| ${candidate} | ${connections} | ${fmt(cell.rps)}${cell.errors ? ` (${cell.errors} errors)` : ''} | ` +
            `${cell.requests ? fmt(cell.p50, 1) : 'none done'} | ${cell.requests ? fmt(cell.p99, 1) : 'none done'} | ` +
            `${fmt(cell.serverCpuMsPerRequest, 2)} | ${fmt(cell.pgCpuMsPerRequest, 2)} | ${fmt(cell.peakRssMb)} | ${fmt(results.statements[candidate]?.[query], 1)} |`,
        );
      }
    }
    lines.push('');
  }
  lines.push('### Ratios of req/s at 10 connections, analytics queries', '');
  lines.push(`| ratio | ${ANALYTICS_QUERIES.join(' | ')} | geometric mean |`);
  lines.push(`|---|${ANALYTICS_QUERIES.map(() => '---:').join('|')}|---:|`);
  for (const [label, a, b] of RATIOS) {
    const { perQuery, geomean } = ratio(results, a, b);
    lines.push(`| ${label} | ${perQuery.map((v) => fmt(v, 2)).join(' | ')} | ${fmt(geomean, 2)} |`);
  }
  lines.push('');
  lines.push(...twoInstancesSection(results), ...capacitySection(results), ...cacheSection(results), ...refusalSection(results));
  return lines;
}

const geomean = (values: number[]) => (values.length ? Math.exp(mean(values.map(Math.log))) : undefined);

/** gateway-http-2x against gateway-http: what a second engagement process did on this machine. */
function twoInstancesSection(results: BenchResults): string[] {
  const rows: string[] = [];
  const ratios: Record<number, number[]> = { 10: [], 50: [] };
  for (const query of TWO_INSTANCES_QUERIES) {
    for (const connections of [10, 50]) {
      const one = cellOf(results, query, 'gateway-http', connections);
      const two = cellOf(results, query, 'gateway-http-2x', connections);
      if (!one?.requests || !two?.requests) continue;
      const ratioOf = two.rps / one.rps;
      ratios[connections]?.push(ratioOf);
      rows.push(
        `| ${query} | ${connections} | ${fmt(one.rps)} | ${fmt(two.rps)} | ${fmt(ratioOf, 2)} | ${fmt(one.p50, 1)} → ${fmt(two.p50, 1)} | ${fmt(one.p99, 1)} → ${fmt(two.p99, 1)} |`,
      );
    }
  }
  if (!rows.length) return [];
  const summary = [10, 50]
    .map((connections) => ({ connections, g: geomean(ratios[connections] ?? []) }))
    .filter((entry) => entry.g !== undefined)
    .map(({ connections, g }) => `${fmt(g, 2)}× at ${connections} connections`)
    .join(', ');
  const all = geomean([...(ratios[10] ?? []), ...(ratios[50] ?? [])]) as number;
  const effect =
    all >= 1.1
      ? 'it added throughput'
      : all <= 0.9
        ? 'it cost throughput: one more process to schedule on the same cores'
        : 'it made no clear difference';
  return [
    '### Two engagement instances (gateway-http-2x against gateway-http)',
    '',
    'The same topology with engagement served by two processes, which the gateway asks in turn (`ENGAGEMENT_URL=a,b`).',
    '',
    '| query | conns | gateway-http req/s | gateway-http-2x req/s | 2x / 1x | p50 ms 1x → 2x | p99 ms 1x → 2x |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...rows,
    '',
    `Geometric mean of 2x / 1x over these queries: ${summary}; ${effect}. A second process helps only when a core is free for it:`,
    `here ${results.machine.cores} cores run the gateway, three or four subgraph processes, PostgreSQL and autocannon at once, so this`,
    'says little about a deployment that gives each instance a machine of its own.',
    '',
  ];
}

function cacheSection(results: BenchResults): string[] {
  const cache = results.cache;
  if (!cache) return [];
  const { write } = cache;
  return [
    '### Response cache (the gateway with RESPONSE_CACHE=memory)',
    '',
    '| query | conns | cached req/s | p50 ms | p99 ms | uncached gateway req/s | cached / uncached | x-cache of a repeat |',
    '|---|---:|---:|---:|---:|---:|---:|---|',
    ...cache.cells.map(
      (c) =>
        `| ${c.query} | ${c.connections} | ${fmt(c.rps)}${c.errors ? ` (${c.errors} errors)` : ''} | ${fmt(c.p50, 1)} | ${fmt(c.p99, 1)} | ` +
        `${fmt(c.uncachedRps)} | ${fmt(c.ratio, 1)} | ${c.xCache ?? 'none'} |`,
    ),
    '',
    ...cache.cells.flatMap((c) => {
      const bare = cellOf(results, c.query, 'bare-http', c.connections);
      return bare?.requests
        ? [
            `For scale: bare-http, SQL behind node:http with no GraphQL, answered ${c.query} at ${fmt(bare.rps)} req/s in this run; a cached`,
            'answer costs about as little, so on these shared cores the load generator, not the cache, sets the ceiling.',
            '',
          ]
        : [];
    }),
    `Write check: the overview read ${write.before ?? '–'} roundtables (x-cache ${write.xCacheBefore ?? 'none'}); an ADMIN created one; the next read ` +
      `said ${write.after ?? '–'} (x-cache ${write.xCacheAfter ?? 'none'}): ${write.visible ? 'visible at once' : `NOT visible${write.error ? ` (${write.error})` : ''}`}.`,
    '',
  ];
}

function refusalSection(results: BenchResults): string[] {
  const refusals = results.refusals;
  if (!refusals) return [];
  const requests = refusals.queries[0]?.requests ?? 0;
  return [
    '### Query cost limit',
    '',
    `Each abusive query (tests/bench/cost-limit.ts) sent ${requests} times, one at a time, to the gateway without cache, its subgraphs`,
    `reaching PostgreSQL through the counting proxy: ${refusals.statements} SQL statements in all.`,
    '',
    '| query | refused for | refused | HTTP status | round trip p50 ms | round trip p99 ms | check µs, in process | unseen text µs, in process |',
    '|---|---|---:|---:|---:|---:|---:|---:|',
    ...refusals.queries.map(
      (q) =>
        `| ${q.name} | ${q.refusedFor} | ${q.refused}/${q.requests} | ${q.httpStatus} | ${fmt(q.roundTripP50Ms, 2)} | ${fmt(q.roundTripP99Ms, 2)} | ` +
        `${fmt(q.checkUs, 0)} | ${fmt(q.unseenTextUs, 0)} |`,
    ),
    '',
  ];
}

function cacheTarget(results: BenchResults): string[] {
  const cache = results.cache;
  if (!cache) return ['- response cache ≥ 10× the uncached gateway: not measured in this run.'];
  const ratios = cache.cells.map((c) => c.ratio);
  const measured = ratios.every((r) => r !== null);
  const met = measured && ratios.every((r) => (r as number) >= 10);
  const { write } = cache;
  return [
    `- response cache ≥ 10× the uncached gateway's req/s at ${cache.cells[0]?.connections ?? 10} connections: ` +
      `${cache.cells.map((c) => `${c.query} ${fmt(c.ratio, 1)}×`).join(', ')} — ${measured ? (met ? 'met' : 'NOT met') : 'not measured'}.`,
    `- a write is visible in the next read through the cache: coverage.roundtables ${write.before ?? '–'} → ${write.after ?? '–'}, ` +
      `x-cache ${write.xCacheAfter ?? 'none'} — ${write.visible ? 'met' : 'NOT met'}.`,
  ];
}

function refusalTarget(results: BenchResults): string[] {
  const refusals = results.refusals;
  if (!refusals?.queries.length) return ['- abusive queries refused in under 1 ms with no SQL: not measured in this run.'];
  const worst = (pick: (q: RefusalResults['queries'][number]) => number) => Math.max(...refusals.queries.map(pick));
  const worstCheckUs = worst((q) => q.checkUs);
  const worstWholeUs = worst((q) => q.unseenTextUs);
  const allRefused = refusals.queries.every((q) => q.refused === q.requests);
  const met = allRefused && refusals.statements === 0 && worstWholeUs < 1000;
  const p50s = refusals.queries.map((q) => q.roundTripP50Ms);
  return [
    `- abusive queries refused in under 1 ms with no SQL: refusing a text the gateway has not seen (parse + check) takes at most ` +
      `${fmt(worstWholeUs, 0)} µs, the check alone at most ${fmt(worstCheckUs, 0)} µs (in process); ` +
      `${allRefused ? 'every answer' : 'NOT every answer'} was ${REFUSAL_CODE} and ` +
      `${refusals.statements} SQL statements reached PostgreSQL — ${met ? 'met' : 'NOT met'}.`,
    '  Alongside, not the target: ' +
      `the HTTP round trip on loopback, as the harness saw it, was p50 ${fmt(Math.min(...p50s), 2)}–${fmt(Math.max(...p50s), 2)} ms, ` +
      `p99 at most ${fmt(
        worst((q) => q.roundTripP99Ms),
        2,
      )} ms.`,
  ];
}

function targets(results: BenchResults): string[] {
  const at = results.size === 'L' ? 'size L' : `size ${results.size} (no L run yet: these are not the issue's figures)`;
  const verdict = (value: number | undefined, min: number) => (value === undefined ? 'not measured' : value >= min ? 'met' : 'NOT met');
  const gw = ratio(results, 'gateway', 'postgraphile').geomean;
  const sg = ratio(results, 'subgraph', 'postgraphile').geomean;
  const bare = ratio(results, 'gateway', 'bare-http').geomean;
  // A cell in which no request finished counts as over any limit.
  const worstOf = (queries: readonly string[]) => {
    const p99s = results.cells
      .filter((c) => c.connections === 50 && P99_CANDIDATES.includes(c.candidate) && queries.includes(c.query))
      .map((c) => (c.requests ? c : { ...c, p99: Number.POSITIVE_INFINITY }));
    const worst = p99s.length ? p99s.reduce((a, b) => (b.p99 > a.p99 ? b : a)) : undefined;
    const skipped = results.notes.filter(
      (note) =>
        / 50 connections not measured/.test(note) && /, gateway(-http)?:/.test(note) && queries.some((q) => note.startsWith(`${q},`)),
    ).length;
    const text = !worst
      ? 'not measured'
      : `${Number.isFinite(worst.p99) ? `${fmt(worst.p99, 1)} ms` : `no request done within its ${fmt(worst.durationS, 0)} s cell`} (${worst.candidate}, ${worst.query})`;
    return { worst, skipped, text };
  };
  const pages = worstOf(PAGE_QUERIES);
  const analytics = worstOf(ANALYTICS_QUERIES);
  const analyticsStatements = ['subgraph', 'gateway', 'gateway-http']
    .flatMap((name) => ANALYTICS_QUERIES.map((query) => results.statements[name]?.[query]))
    .filter((v): v is number => typeof v === 'number');
  const maxStatements = analyticsStatements.length ? Math.max(...analyticsStatements) : undefined;
  return [
    '## Targets',
    '',
    `Measured at ${at}, 10 connections, no caching unless said; ratios are geometric means over the six analytics queries.`,
    '',
    `- gateway ≥ 1.0× PostGraphile on analytics (goal 1.5×): ${fmt(gw, 2)}× — ${verdict(gw, 1)}${gw !== undefined ? `, goal ${verdict(gw, 1.5)}` : ''}.`,
    `- subgraph ≥ 1.5× PostGraphile: ${fmt(sg, 2)}× — ${verdict(sg, 1.5)}.`,
    `- gateway ≥ 0.5× bare node: ${fmt(bare, 2)}× — ${verdict(bare, 0.5)}.`,
    `- p99 at 50 connections < 100 ms for every request the dashboard's pages send (gateway and gateway-http): worst ${pages.text}${pages.skipped ? `; ${pages.skipped} gateway cells at 50 connections not measured as too slow at 10` : ''} — ${pages.worst ? (pages.worst.p99 < 100 && !pages.skipped ? 'met' : 'NOT met') : 'not measured'}.`,
    `  Alongside, not the target: the analytics queries over every region and ten, which no page sends whole any more: worst ${analytics.text}${analytics.skipped ? `; ${analytics.skipped} cells not measured at 50 connections` : ''}.`,
    `- at most one SQL statement per subgraph per analytics request (subgraph, gateway, gateway-http): at most ${fmt(maxStatements, 2)} — ${maxStatements === undefined ? 'not measured' : maxStatements <= 1.05 ? 'met' : 'NOT met'}.`,
    ...refusalTarget(results),
    ...cacheTarget(results),
    '',
  ];
}

/** The top of the file, before any section: the same whatever the runs. */
const PREAMBLE = [
  '# Benchmarks',
  '',
  '<!-- Generated by `pnpm bench`, `pnpm soak` and `pnpm fuzz` (tests/bench/report.ts) from bench-results/<size>.json, soak.json and fuzz.json; do not edit by hand. -->',
  '',
  'SIRA Monitor against PostGraphile, a bare node:http server and raw SQL, on the same database and data set.',
  '',
];

const HOW_TO_RUN = [
  '## How to run',
  '',
  '```sh',
  'pnpm bench --size S --quick   # under 3 minutes: 10 connections, 1 s cells, no gateway-http-2x or hive-gateway; writes bench-results/S-quick.json only',
  'pnpm bench --size S           # full: 1, 10 and 50 connections; writes bench-results/S.json and this file',
  'pnpm bench --size M',
  'pnpm bench --size L           # 1,000 regions, ~1,000,000 participations; over 25 minutes on 2 cores',
  'pnpm bench --report-only      # this file again from bench-results/, measuring nothing',
  'pnpm soak                     # 10 minutes of mixed load on the one-process gateway (see Soak below); not in CI',
  'pnpm fuzz                     # thousands of hostile requests on every path (see Hostile requests below); in CI too',
  "pnpm bench:first-view         # the overview's first chart in Chromium, localhost and a 3G phone (see First view below)",
  'pnpm bench:import             # 5,000 roundtables imported through the gateway: created, updated, refused (see Imports below)',
  '```',
  '',
  'Options: `--rounds N` (each cell N times, alternating), `--candidates raw-sql,gateway,...`, `--embedded` (a PostgreSQL of',
  "the harness's own instead of `DATABASE_URL`, default `postgres://root@127.0.0.1:5432/postgres`). The harness builds the",
  'server when `server/dist` is older than its sources, creates `sira_bench_<size>` afresh (dropped if it exists), starts',
  'every candidate as child processes, checks that all return the same normalised answer (exit 1 and a diff if not), then',
  'times them. Logs of the servers are in `bench-results/logs/`.',
  '',
];

/**
 * Without the size runs' files (bench-results/ is not committed), only what does not depend on
 * them is rendered again: the preamble, How to run, Soak and Hostile requests; every other section is kept as it is.
 */
function rewriteRunIndependentSections(target: string, soak: SoakResults | undefined, fuzz: FuzzResults | undefined): void {
  if (!existsSync(target)) return;
  const sections = readFileSync(target, 'utf8')
    .replace(/\n$/, '')
    .split(/\n(?=## )/);
  const rendered = (lines: string[]) => lines.join('\n');
  // The First view section is kept too, wherever it is: only `pnpm bench:first-view` writes it.
  const kept = sections.slice(1).filter((section) => !section.startsWith('## Soak') && !section.startsWith('## Hostile requests'));
  const body = kept.map((section) => (section.startsWith('## How to run') ? rendered(HOW_TO_RUN) : section));
  writeFileSync(target, `${[rendered(PREAMBLE), ...body, rendered(soakSection(soak)), rendered(fuzzSection(fuzz))].join('\n')}\n`);
}

/** BENCHMARKS.md from the full runs in `resultsDir` and its soak.json, if any. */
export function writeBenchmarksMd(resultsDir: string, target: string): void {
  const runs = ['S', 'M', 'L']
    .map((size) => path.join(resultsDir, `${size}.json`))
    .filter((file) => existsSync(file))
    .map((file) => JSON.parse(readFileSync(file, 'utf8')) as BenchResults);
  const soak = readSoakResults(resultsDir);
  const fuzz = readFuzzResults(resultsDir);
  const latest = runs.at(-1);
  if (!latest) {
    rewriteRunIndependentSections(target, soak, fuzz);
    return;
  }
  const { machine } = latest;
  const lines = [
    ...PREAMBLE,
    ...HOW_TO_RUN,
    '## Machine',
    '',
    `${machine.cpu}, ${machine.cores} cores, Node ${machine.node}, PostgreSQL ${machine.postgres}. Load generator (autocannon),`,
    'servers and PostgreSQL share these cores, so absolute figures are low; the ratios are what to compare.',
    '',
    '## Candidates',
    '',
    ...latest.candidates.map((c) => `- **${c.name}** (${c.processes} process${c.processes > 1 ? 'es' : ''}): ${c.description}.`),
    '',
    'Every GraphQL candidate is asked with an ANALYST token, so no count is withheld and answers compare with raw SQL.',
    'raw-sql, bare-http and PostGraphile answer only the six analytics queries; the subgraph cannot answer the region page',
    'and overview alone (they need region names from geography). gateway-http-2x differs from gateway-http only in serving',
    'engagement by two processes, both named in `ENGAGEMENT_URL`, which the gateway asks in turn; a `--quick` run leaves it out',
    'unless `--candidates` names it, as it leaves out hive-gateway. hive-gateway serves the same supergraph over the same three subgraph processes as',
    "gateway-http, with none of the project's gateway's own work before planning (operation limits, response cache), and with",
    "its HTTP executor's deduplication of identical subgraph requests in flight turned off: every connection sends the same",
    'request with the same token, which it would answer once for many, where the other candidates, and users with their own',
    'tokens, each make their own. (Left on, at size S, it cut PostgreSQL CPU per request about 7× on every query.)',
    'Every server runs with `RESPONSE_CACHE=off`; the cached gateway is measured apart, after',
    "the candidates (below), and is not a candidate. Every candidate's statements run without JIT compilation and",
    'with no parallel workers (`jit = off`, `max_parallel_workers_per_gather = 0`, set on the bench database): the SIRA',
    "servers' own settings, given to PostGraphile, bare-http and raw SQL too, so that all plan alike.",
    '',
    '## How figures are taken',
    '',
    '- req/s, p50, p99: autocannon 9 over loopback (keep-alive, one request in flight per connection); raw-sql: as many',
    '  concurrent loops as connections over a pg pool in the harness, timed the same way.',
    "- CPU ms/request, server: utime+stime deltas over the cell from /proc/<pid>/stat, summed over the candidate's processes",
    "  (raw-sql: the harness's own process, which also drives the load), divided by the requests answered.",
    '- CPU ms/request, PG: the same over the PostgreSQL backends connected to the bench database (pg_stat_activity, read',
    '  at the start and end of the cell; a backend that appears during the cell counts in full). Shared background',
    '  processes (checkpointer, WAL writer) are left out: other databases on this server keep them busy too.',
    "- peak RSS: VmHWM from /proc/<pid>/status, summed over the candidate's processes (a sum of peaks); raw-sql's is the",
    '  harness process itself, autocannon and result buffers included.',
    '- SQL statements/request: after timing, each candidate is started again with its database connections through a',
    '  counting TCP proxy in the harness, and asked each query 20 times in sequence (the pages: 5; 3 or more in ~5 s when slow). A',
    '  statement is a simple-protocol Query or an extended-protocol Execute message; BEGIN/COMMIT count as statements.',
    '  (pg_stat_statements is not loaded on this server, and pg_stat_database reports a busy backend up to 10 s late.)',
    '- Query cost limit: while the gateway runs over the counting proxy for its statement count, each abusive query of',
    '  `tests/bench/cost-limit.ts` (deep, wide, aliased, fragment fan-out) is sent 200 times in sequence (`--quick`: 25). Every',
    '  answer must be an error with code QUERY_TOO_COMPLEX and the proxy must count no statement. Round trip: from `fetch` in',
    '  the harness to the parsed answer, over loopback, so HTTP is in it; the gateway refuses from the request body, before',
    '  Apollo parses or validates it (server/gateway/operation-precheck.ts), and keeps its verdict per text. In process:',
    '  `measureLimitChecks` of cost-limit.ts in the harness, the check alone on a parsed document, and the precheck of a text',
    '  not seen before (parse + check); up to 5,000 runs or 1 s each after a warm-up (`--quick`: 500 runs or 150 ms). The',
    '  target (under 1 ms) is judged on the unseen text.',
    '- Response cache: last, since it writes to the database, the one-machine gateway is started again with',
    '  `RESPONSE_CACHE=memory`. The overview and attendanceMix.all are each asked twice (the repeat should say `x-cache: hit`),',
    "  warmed for the warm-up, then timed at 10 connections for one cell; the ratio is against the same run's uncached gateway",
    '  cell. Then the overview is read, an ADMIN creates a roundtable through the gateway, and the next read must count one',
    '  more roundtable and say `x-cache: miss`.',
    '- A refusal that let SQL through or answered with data, or a write not seen by the next read, makes the harness exit 1',
    '  after it has written its figures.',
    '',
    ...targets(latest),
    ...runs.flatMap(sizeSection),
    ...soakSection(soak),
    ...fuzzSection(fuzz),
    ...keptFirstViewSection(target),
    ...keptImportSection(target),
    ...keptFieldsSection(target),
  ];
  writeFileSync(target, `${lines.join('\n')}\n`);
}

// BENCHMARKS.md, regenerated from the full runs' bench-results/<size>.json.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { BENCH_QUERIES, type BenchQueryName } from './candidate';
import type { Load } from './measure';

export interface Cell extends Load {
  query: BenchQueryName;
  candidate: string;
  connections: number;
  round: number;
  serverCpuMsPerRequest: number | null;
  pgCpuMsPerRequest: number | null;
  peakRssMb: number;
}

export interface BenchResults {
  size: string;
  quick: boolean;
  startedAt: string;
  elapsedS: number;
  plan: { connections: number[]; pageConnections: number[]; warmupS: number; cellS: number; rounds: number };
  machine: { cpu: string; cores: number; node: string; postgres: string; loadAverage?: { atStart: number[]; atEnd: number[] } };
  dataset: { options: Record<string, unknown>; counts: { regions: number; roundtables: number; participations: number }; loadMs: number };
  scope: { tenRegions: string[]; pageRegion: string };
  candidates: { name: string; description: string; processes: number }[];
  notes: string[];
  cells: Cell[];
  statements: Record<string, Partial<Record<BenchQueryName, number | null>>>;
}

const ANALYTICS_QUERIES = BENCH_QUERIES.slice(0, 6);
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
const fmt = (value: number | null | undefined, digits = 0) =>
  value === null || value === undefined || Number.isNaN(value) ? '–' : value.toFixed(digits);

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
];

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
  return lines;
}

function targets(results: BenchResults): string[] {
  const at = results.size === 'L' ? 'size L' : `size ${results.size} (no L run yet: these are not the issue's figures)`;
  const verdict = (value: number | undefined, min: number) => (value === undefined ? 'not measured' : value >= min ? 'met' : 'NOT met');
  const gw = ratio(results, 'gateway', 'postgraphile').geomean;
  const sg = ratio(results, 'subgraph', 'postgraphile').geomean;
  const bare = ratio(results, 'gateway', 'bare-http').geomean;
  // A cell in which no request finished counts as over any limit.
  const p99s = results.cells
    .filter((c) => c.connections === 50 && c.candidate.startsWith('gateway'))
    .map((c) => (c.requests ? c : { ...c, p99: Number.POSITIVE_INFINITY }));
  const worst = p99s.length ? p99s.reduce((a, b) => (b.p99 > a.p99 ? b : a)) : undefined;
  const skipped = results.notes.filter((note) => / 50 connections not measured/.test(note) && /, gateway(-http)?:/.test(note)).length;
  const worstText = !worst
    ? 'not measured'
    : `${Number.isFinite(worst.p99) ? `${fmt(worst.p99, 1)} ms` : `no request done within the ${results.plan.cellS} s cell`} (${worst.candidate}, ${worst.query})`;
  const analyticsStatements = ['subgraph', 'gateway', 'gateway-http']
    .flatMap((name) => ANALYTICS_QUERIES.map((query) => results.statements[name]?.[query]))
    .filter((v): v is number => typeof v === 'number');
  const maxStatements = analyticsStatements.length ? Math.max(...analyticsStatements) : undefined;
  return [
    '## Targets',
    '',
    `Measured at ${at}, 10 connections, no caching; ratios are geometric means over the six analytics queries.`,
    '',
    `- gateway ≥ 1.0× PostGraphile on analytics (goal 1.5×): ${fmt(gw, 2)}× — ${verdict(gw, 1)}${gw !== undefined ? `, goal ${verdict(gw, 1.5)}` : ''}.`,
    `- subgraph ≥ 1.5× PostGraphile: ${fmt(sg, 2)}× — ${verdict(sg, 1.5)}.`,
    `- gateway ≥ 0.5× bare node: ${fmt(bare, 2)}× — ${verdict(bare, 0.5)}.`,
    `- p99 at 50 connections < 100 ms for every query (gateway and gateway-http): worst ${worstText} ${skipped ? `; ${skipped} gateway cells at 50 connections not measured as too slow at 10` : ''} — ${worst ? (worst.p99 < 100 && !skipped ? 'met' : 'NOT met') : 'not measured'}.`,
    `- at most one SQL statement per subgraph per analytics request (subgraph, gateway, gateway-http): at most ${fmt(maxStatements, 2)} — ${maxStatements === undefined ? 'not measured' : maxStatements <= 1.05 ? 'met' : 'NOT met'}.`,
    '- query cost limit: not measured in this run (the cost-limit work in server/gateway will add it).',
    '- response cache hit rate and cached latency: not measured in this run (the response-cache work in server/core will add it).',
    '',
  ];
}

export function writeBenchmarksMd(resultsDir: string, target: string): void {
  const runs = ['S', 'M', 'L']
    .map((size) => path.join(resultsDir, `${size}.json`))
    .filter((file) => existsSync(file))
    .map((file) => JSON.parse(readFileSync(file, 'utf8')) as BenchResults);
  const latest = runs.at(-1);
  if (!latest) return;
  const { machine } = latest;
  const lines = [
    '# Benchmarks',
    '',
    '<!-- Generated by `pnpm bench` (tests/bench/report.ts) from bench-results/<size>.json; do not edit by hand. -->',
    '',
    'SIRA Monitor against PostGraphile, a bare node:http server and raw SQL, on the same database and data set.',
    '',
    '## How to run',
    '',
    '```sh',
    'pnpm bench --size S --quick   # about 2 minutes: 10 connections, 1 s cells; writes bench-results/S-quick.json only',
    'pnpm bench --size S           # full: 1, 10 and 50 connections; writes bench-results/S.json and this file',
    'pnpm bench --size M',
    'pnpm bench --size L           # 1,000 regions, ~1,000,000 participations; under 20 minutes on 2 cores',
    '```',
    '',
    'Options: `--rounds N` (each cell N times, alternating), `--candidates raw-sql,gateway,...`, `--embedded` (a PostgreSQL of',
    "the harness's own instead of `DATABASE_URL`, default `postgres://root@127.0.0.1:5432/postgres`). The harness builds the",
    'server when `server/dist` is older than its sources, creates `sira_bench_<size>` afresh (dropped if it exists), starts',
    'every candidate as child processes, checks that all return the same normalised answer (exit 1 and a diff if not), then',
    'times them. Logs of the servers are in `bench-results/logs/`.',
    '',
    '## Machine',
    '',
    `${machine.cpu}, ${machine.cores} cores, Node ${machine.node}, PostgreSQL ${machine.postgres}. Load generator (autocannon),`,
    'servers and PostgreSQL share these cores, so absolute figures are low; the ratios are what to compare.',
    '',
    '## Candidates',
    '',
    ...latest.candidates.map((c) => `- **${c.name}** (${c.processes} process${c.processes > 1 ? 'es' : ''}): ${c.description}.`),
    '',
    'Every GraphQL candidate is asked with an ANALYST token, so no count is suppressed and answers compare with raw SQL.',
    'raw-sql, bare-http and PostGraphile answer only the six analytics queries; the subgraph cannot answer the region page',
    'and overview alone (they need region names from geography).',
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
    '  counting TCP proxy in the harness, and asked each query 20 times in sequence (region page and overview: 5; 3 or more in ~5 s when slow). A',
    '  statement is a simple-protocol Query or an extended-protocol Execute message; BEGIN/COMMIT count as statements.',
    '  (pg_stat_statements is not loaded on this server, and pg_stat_database reports a busy backend up to 10 s late.)',
    '',
    ...targets(latest),
    ...runs.flatMap(sizeSection),
  ];
  writeFileSync(target, `${lines.join('\n')}\n`);
}

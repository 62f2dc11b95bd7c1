// The capacity model of BENCHMARKS.md: CPU per request of each tier (the gateway, each subgraph,
// PostgreSQL) over the dashboard's mix, and the cores each tier needs for a rate of it. The model
// takes CPU per request as constant, so it is checked between two load points of the same run.
import { type BenchQueryName, PAGE_QUERIES } from './candidate';
import { fmt, mean, sum } from './numbers';
import type { BenchResults, Cell } from './report';

/** The rate the model sizes the tiers for, in requests a second. */
const RATE = 1_000;
/** Where the model is read (one request at a time: no contention) and where it is checked. */
const MODEL_AT = 1;
const CHECK_AT = 10;

/** One tier's CPU ms per request of one query at one load point, averaged over rounds; undefined when no request finished. */
function tierCpu(cells: readonly Cell[], candidate: string, query: BenchQueryName, connections: number, tier: string): number | undefined {
  const rounds = cells
    .filter((cell) => cell.candidate === candidate && cell.query === query && cell.connections === connections)
    .map((cell) => cell.tierCpuMsPerRequest?.[tier])
    .filter((value): value is number => typeof value === 'number');
  return rounds.length ? mean(rounds) : undefined;
}

export function capacitySection(results: BenchResults): string[] {
  const candidates = results.candidates
    .map((candidate) => candidate.name)
    .filter((name) => results.cells.some((cell) => cell.candidate === name && cell.tierCpuMsPerRequest));
  if (!candidates.length) return [];
  const lines = [
    '### Capacity model (CPU per request of each tier)',
    '',
    `The dashboard's mix: ${PAGE_QUERIES.join(', ')}, in equal shares, as its pages send them (the compare page and the`,
    "report two requests each). Each tier's CPU per request is read from its own processes in every cell (PostgreSQL: the",
    `bench database's backends) and averaged over the mix at ${MODEL_AT} connection, where requests do not contend. The model takes it`,
    `as constant per request, so a tier needs rate × CPU per request: for ${RATE.toLocaleString('en')} requests a second of the mix, as many cores as`,
    `it spends ms per request. It is checked at ${CHECK_AT} connections: "check" is the CPU per request there over the model's, over the`,
    'queries measured at both (1.00: the model holds; above: contention makes each request dearer, and the cores are a floor).',
    '',
  ];
  for (const candidate of candidates) {
    const tiers = [
      ...new Set(results.cells.flatMap((cell) => (cell.candidate === candidate ? Object.keys(cell.tierCpuMsPerRequest ?? {}) : []))),
    ];
    const measuredAt = (connections: number) =>
      PAGE_QUERIES.filter((query) => tiers.every((tier) => tierCpu(results.cells, candidate, query, connections, tier) !== undefined));
    const model = measuredAt(MODEL_AT);
    const both = measuredAt(CHECK_AT).filter((query) => model.includes(query));
    const at = (tier: string, connections: number, queries: readonly BenchQueryName[]) =>
      queries.map((query) => tierCpu(results.cells, candidate, query, connections, tier) as number);
    const rows = tiers.map((tier) => ({
      tier,
      mix: model.length === PAGE_QUERIES.length ? mean(at(tier, MODEL_AT, model)) : undefined,
      check: both.length ? sum(at(tier, CHECK_AT, both)) / sum(at(tier, MODEL_AT, both)) : undefined,
    }));
    const total = rows.every((row) => row.mix !== undefined) ? sum(rows.map((row) => row.mix as number)) : undefined;
    const totalCheck = both.length
      ? sum(tiers.flatMap((tier) => at(tier, CHECK_AT, both))) / sum(tiers.flatMap((tier) => at(tier, MODEL_AT, both)))
      : undefined;
    const missing = PAGE_QUERIES.filter((query) => !both.includes(query));
    lines.push(
      `**${candidate}**${missing.length ? ` (checked without ${missing.join(', ')}: no request of it finished within a ${results.plan.cellS} s cell at ${CHECK_AT} connections)` : ''}`,
      '',
      `| tier | CPU ms/req, mix at ${MODEL_AT} | cores for ${RATE.toLocaleString('en')} req/s | check at ${CHECK_AT} |`,
      '|---|---:|---:|---:|',
      ...[...rows, { tier: 'all tiers', mix: total, check: totalCheck }].map(
        ({ tier, mix, check }) =>
          `| ${tier} | ${fmt(mix, 2)} | ${fmt(mix === undefined ? undefined : (RATE * mix) / 1000, 1)} | ${fmt(check, 2)} |`,
      ),
      '',
    );
  }
  lines.push(
    `The cores are CPU alone, on cores like these (${results.machine.cpu}), each tier at full use: leave headroom, and add the`,
    "load generator's share, which here ran beside them. A tier's latency is not in the model: a request waits on every tier it",
    'crosses, so the p99 targets need cores to spare at each. Answers the response cache keeps cost a fraction of this (below).',
    '',
  );
  return lines;
}

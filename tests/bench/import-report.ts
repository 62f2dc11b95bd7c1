// The Imports section of BENCHMARKS.md: written by `pnpm bench:import` alone, and kept as it is
// when the other benchmarks rewrite the file. Each run adds a line to its table of runs, so the
// figures before a change stay beside those after it.
import { keptSection, writeSection } from './kept-section';

export const IMPORT_HEADING = '## Imports';

/** What one import of the file does: create its roundtables, update them all, or refuse it for its last row. */
export const IMPORT_KINDS = ['create', 'update', 'refuse'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export interface ImportResults {
  size: string;
  regions: number;
  roundtablesBefore: number;
  rows: number;
  runs: number;
  at: string;
  commit: string;
  timings: Record<ImportKind, number[]>;
  /** CPU ms of each import: the harness process (gateway, subgraphs, and the client sending one request) and PostgreSQL's backends. */
  cpu?: Record<ImportKind, { node: number; postgres: number }[]>;
  /** The machine's 1-minute load average when the imports began and when they ended: other work slows them. */
  load: { atStart: number; atEnd: number };
}

/** Runs kept in the table; the oldest go first. */
const MOST_RUNS = 12;
const TARGET_MS = 3000;

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const each = (values: number[]) => values.map((ms) => (ms / 1000).toFixed(2)).join(', ');

const TABLE_HEADER = [
  '| run | commit | size (regions, roundtables before) | create (median; every run, s) | update | refuse, last row bad | create CPU, node + PostgreSQL (median) | load |',
  '| --- | ------ | ---------------------------------- | ----------------------------- | ------ | -------------------- | -------------------------------------- | ---- |',
];

function cpuCell(results: ImportResults): string {
  const created = results.cpu?.create ?? [];
  if (created.length === 0) return 'not measured';
  const node = median(created.map((run) => run.node));
  const postgres = median(created.map((run) => run.postgres));
  return `${seconds(node)} + ${seconds(postgres)}`;
}

function runLine(results: ImportResults): string {
  const { timings } = results;
  const cell = (kind: ImportKind) => (timings[kind].length ? `${seconds(median(timings[kind]))} (${each(timings[kind])})` : 'not measured');
  return (
    `| ${results.at.slice(0, 16).replace('T', ' ')} | ${results.commit} | ${results.size} (${results.regions.toLocaleString('en')}, ` +
    `${results.roundtablesBefore.toLocaleString('en')}) | ${cell('create')} | ${cell('update')} | ${cell('refuse')} | ${cpuCell(results)} | ` +
    `${results.load.atStart.toFixed(1)} → ${results.load.atEnd.toFixed(1)} |`
  );
}

/** The lines of the runs' table as the section has them now. */
function keptRunLines(target: string): string[] {
  // A line written before CPU was measured has one column fewer: it gets the column, saying so.
  const columns = TABLE_HEADER[0]?.split('|').length ?? 0;
  return keptSection(target, IMPORT_HEADING)
    .filter((line) => /^\| \d{4}-\d\d-\d\d /.test(line))
    .map((line) => (line.split('|').length < columns ? line.replace(/\| ([^|]*) \|$/, '| not measured | $1 |') : line));
}

export function importSection(target: string, results: ImportResults): string[] {
  const runs = [...keptRunLines(target), runLine(results)].slice(-MOST_RUNS);
  const created = results.timings.create.length ? median(results.timings.create) : null;
  const verdict =
    created === null ? 'create not measured' : `create median ${seconds(created)} (target ${created < TARGET_MS ? 'met' : 'not met'})`;
  return [
    IMPORT_HEADING,
    '',
    '`pnpm bench:import [--size S|M|L] [--runs N] [--rows N] [--kinds create,update,refuse] [--benchmarks FILE]` (not in CI) loads',
    'the data set into `sira_import_<size>`, starts the',
    'system in the harness process (gateway and subgraphs, the sources as they are), and sends `importRoundtables` as an ADMIN',
    'through the gateway over HTTP: a file of 5,000 new roundtables spread over every region (figures, two categories, two',
    "challenges and a source each), the same file again with every row's figures changed, and a file of 5,000 new",
    'roundtables whose last row has an impossible date, refused whole. Each time is from the request sent to its answer read;',
    'every import is checked (rows created, updated, refused with the last line named, an audit entry per written roundtable),',
    "and the per-region rollups are compared with a recomputation from scratch at the end. CPU is the harness process's (gateway,",
    "subgraphs and the one request's client) and the bench database's PostgreSQL backends', from /proc, over each import: the",
    'work itself, which other load on the machine does not change. `--benchmarks` writes the line into another file: an older',
    'commit, measured from a git worktree, recorded beside the current one. Target: 5,000 roundtables created',
    `in under ${seconds(TARGET_MS)}.`,
    '',
    `Last run: ${results.at.slice(0, 10)}, size ${results.size}, ${results.rows.toLocaleString('en')} rows, ${results.runs} runs of each;`,
    `${verdict}. The machine's 2 cores also ran PostgreSQL, and whatever else ran then (the table's load column).`,
    '',
    ...TABLE_HEADER,
    ...runs,
    '',
  ];
}

export const keptImportSection = (target: string): string[] => keptSection(target, IMPORT_HEADING);

export const writeImportSection = (target: string, lines: string[]): void => writeSection(target, IMPORT_HEADING, lines);

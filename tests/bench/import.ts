// pnpm bench:import [--size S|M|L] [--runs N] [--rows N] [--kinds create,update,refuse] [--benchmarks FILE] [--embedded]
//
// How long importing a large roundtables file takes through the real API: the system started in
// this process over the bench data set (gateway and subgraphs, from the sources as they are),
// `importRoundtables` sent over HTTP as an ADMIN. Each run creates a file's roundtables, updates
// them all, and has a file refused for its last row. A benchmark, not a test: the figures go to
// bench-results/import.json, the console and the Imports section of BENCHMARKS.md (import-report.ts),
// or of the file --benchmarks names (an older commit measured from a git worktree, recorded beside).
import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { signToken } from '../../server/core/auth/tokens';
import { Role } from '../../server/core/auth/viewer';
import { regionRollupDrift } from '../../server/test-support/region-rollup-drift';
import { type RoundtablesFileCodes, roundtablesFile } from '../../server/test-support/roundtables-file';
import { loadBenchDatabase, openServer, PgWatch, SIZES, type Size } from './database';
import { IMPORT_KINDS, type ImportKind, type ImportResults, importSection, median, writeImportSection } from './import-report';
import { startInProcessSystem } from './in-process-system';
import { cpuBetween, cpuSnapshot } from './proc-stats';
import { BENCH_JWT_SECRET, REPO_ROOT } from './processes';

const IMPORT = `mutation BenchImport($csv: String!) { importRoundtables(csv: $csv) {
  valid written created updated unchanged errors { line column message } } }`;

interface Report {
  valid: boolean;
  written: boolean;
  created: number;
  updated: number;
  unchanged: number;
  errors: { line: number | null; column: string | null; message: string }[];
}

/** What the file's rows may cite, as the loaded data set has them. */
interface Codes extends RoundtablesFileCodes {
  /** The highest roundtable number in any region: the file's numbers start after it. */
  highestNumber: number;
}

async function readCodes(databaseUrl: string): Promise<Codes & { roundtables: number }> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const column = async (sql: string) => (await client.query(sql)).rows.map((row) => row.value);
    const [highest] = await column('SELECT coalesce(max(number), 0)::int AS value FROM engagement.roundtable');
    const [roundtables] = await column('SELECT count(*)::int AS value FROM engagement.roundtable');
    return {
      regions: await column('SELECT slug AS value FROM engagement.region_ref ORDER BY slug'),
      categories: await column('SELECT code AS value FROM engagement.category_ref ORDER BY code'),
      challenges: await column('SELECT code AS value FROM engagement.challenge ORDER BY code'),
      highestNumber: highest,
      roundtables,
    };
  } finally {
    await client.end();
  }
}

/** POSTs a GraphQL request with node:http, which waits for the answer as long as it takes (fetch gives up after 300 s). */
function postJson(url: string, token: string, body: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

async function importFile(url: string, token: string, csv: string): Promise<{ ms: number; report: Report }> {
  const started = performance.now();
  const answer = await postJson(url, token, JSON.stringify({ query: IMPORT, variables: { csv } }));
  const ms = performance.now() - started;
  const body = JSON.parse(answer) as { data?: { importRoundtables: Report }; errors?: unknown[] };
  if (!body.data?.importRoundtables) throw new Error(`The import failed: ${JSON.stringify(body.errors ?? body).slice(0, 500)}`);
  return { ms, report: body.data.importRoundtables };
}

function expectReport(kind: ImportKind, report: Report, rows: number): void {
  const expected: Record<ImportKind, Partial<Report>> = {
    create: { written: true, created: rows, updated: 0 },
    update: { written: true, created: 0, updated: rows },
    // A refused file's report still says what each good row would have done: only written is asked of it.
    refuse: { written: false },
  };
  const wrong = Object.entries(expected[kind]).filter(([key, value]) => report[key as keyof Report] !== value);
  const refusedRightly = kind !== 'refuse' || (report.errors.length === 1 && report.errors[0]?.line === rows + 1);
  if (wrong.length > 0 || (kind !== 'refuse' && report.errors.length > 0) || !refusedRightly) {
    throw new Error(`The ${kind} import answered ${JSON.stringify({ ...report, errors: report.errors.slice(0, 3) })}`);
  }
}

function commitMeasured(): string {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
  // The code an import runs: a change not yet committed there is said, so the figure is not taken for the commit's.
  const changed = git('status', '--porcelain', '--', 'server/subgraphs', 'server/core', 'server/contract');
  return `${git('rev-parse', '--short', 'HEAD')}${changed ? '+changes' : ''}`;
}

async function main() {
  const { values } = parseArgs({
    options: {
      size: { type: 'string', default: 'S' },
      runs: { type: 'string', default: '5' },
      rows: { type: 'string', default: '5000' },
      kinds: { type: 'string', default: 'create,update,refuse' },
      benchmarks: { type: 'string', default: path.join(REPO_ROOT, 'BENCHMARKS.md') },
      embedded: { type: 'boolean', default: false },
    },
  });
  const size = (values.size ?? 'S').toUpperCase() as Size;
  if (!SIZES[size]) throw new Error(`--size must be one of ${Object.keys(SIZES).join(', ')}`);
  const runs = Number(values.runs);
  const rows = Number(values.rows);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a whole number of at least 1');
  if (!Number.isInteger(rows) || rows < 1 || rows > 5000) throw new Error('--rows must be a whole number from 1 to 5000');
  const kinds = (values.kinds ?? '').split(',') as ImportKind[];
  if (kinds.some((kind) => !IMPORT_KINDS.includes(kind)) || (kinds.includes('update') && !kinds.includes('create'))) {
    throw new Error(`--kinds must name some of ${IMPORT_KINDS.join(', ')}, and update only with create (it updates what create wrote)`);
  }
  const log = (line: string) => console.log(`[import] ${line}`);

  const server = await openServer(values.embedded, log);
  const loaded = await loadBenchDatabase(server.serverUrl, size, log, `sira_import_${size.toLowerCase()}`);
  log(`loaded ${JSON.stringify(loaded.counts)} in ${loaded.loadMs} ms`);
  const codes = await readCodes(loaded.databaseUrl);
  const system = await startInProcessSystem(loaded.databaseUrl);
  const token = await signToken(new TextEncoder().encode(BENCH_JWT_SECRET), { role: Role.ADMIN, subject: 'bench-admin', regions: [] });
  const timings: Record<ImportKind, number[]> = { create: [], update: [], refuse: [] };
  const cpu: Record<ImportKind, { node: number; postgres: number }[]> = { create: [], update: [], refuse: [] };
  const watch = await PgWatch.open(server.serverUrl, new URL(loaded.databaseUrl).pathname.slice(1));
  const loadAtStart = loadavg()[0] as number;
  const perRun = Math.ceil(rows / codes.regions.length);
  try {
    for (let run = 0; run < runs; run++) {
      const firstNumber = codes.highestNumber + 1 + run * perRun;
      const files: Record<ImportKind, () => string> = {
        create: () => roundtablesFile(codes, { rows, firstNumber }),
        update: () => roundtablesFile(codes, { rows, firstNumber, shift: 1 }),
        // The next run's roundtables, refused: nothing of them is written.
        refuse: () => roundtablesFile(codes, { rows, firstNumber: firstNumber + perRun, badLastRow: true }),
      };
      for (const kind of IMPORT_KINDS.filter((kind) => kinds.includes(kind))) {
        const csv = files[kind]();
        // CPU as well as time: on a machine others share, the time depends on them, the work does not.
        const [nodeBefore, postgresBefore] = [cpuSnapshot([process.pid]), await watch.cpu()];
        const { ms, report } = await importFile(system.url, token, csv);
        cpu[kind].push({
          node: cpuBetween(nodeBefore, cpuSnapshot([process.pid])),
          postgres: cpuBetween(postgresBefore, await watch.cpu()),
        });
        expectReport(kind, report, rows);
        timings[kind].push(ms);
        log(`run ${run + 1}: ${kind} ${rows} rows in ${(ms / 1000).toFixed(2)} s`);
      }
    }
    const client = new Client({ connectionString: loaded.databaseUrl });
    await client.connect();
    try {
      const drift = await regionRollupDrift({ query: async (sql: string) => (await client.query(sql)).rows });
      if (drift.length > 0) throw new Error(`The region rollups differ from a recomputation: ${JSON.stringify(drift.slice(0, 5))}`);
      const audited = await client.query(
        "SELECT count(*)::int AS n FROM engagement.audit_entry WHERE action = 'IMPORT' AND actor = 'bench-admin'",
      );
      const writes = rows * runs * kinds.filter((kind) => kind !== 'refuse').length;
      if (audited.rows[0].n !== writes) throw new Error(`${audited.rows[0].n} audit entries for ${writes} writes`);
    } finally {
      await client.end();
    }
  } finally {
    await watch.close();
    await system.stop();
    await server.stop();
  }
  const results: ImportResults = {
    size,
    regions: codes.regions.length,
    roundtablesBefore: codes.roundtables,
    rows,
    runs,
    at: new Date().toISOString(),
    commit: commitMeasured(),
    timings,
    cpu,
    load: { atStart: loadAtStart, atEnd: loadavg()[0] as number },
  };
  const out = path.join(REPO_ROOT, 'bench-results');
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, 'import.json'), `${JSON.stringify(results, null, 2)}\n`);
  const target = path.resolve(values.benchmarks ?? '');
  const section = importSection(target, results);
  writeImportSection(target, section);
  log(`medians: ${kinds.map((kind) => `${kind} ${median(timings[kind]).toFixed(0)} ms`).join(', ')}`);
  console.log(`\n${section.join('\n')}`);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);

// pnpm soak [--minutes N] [--size S|M|L] [--connections N] [--warmup S] [--embedded]
// A long run of mixed load (soak-load.ts) on the one-process gateway over a fresh database:
// does its memory grow, does its latency drift, does any request get a 5xx or an internal
// error? Writes bench-results/soak.json, prints the figures, and exits 1 past a threshold
// (soak-stats.ts). Not in CI: it is meant to run for 10 minutes on a quiet machine.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { addUser } from '../../server/core/auth/local-users';
import { Role } from '../../server/core/auth/viewer';
import { dropDatabase } from '../../server/core/database/database-url';
import { ensureServerBuilt } from './build';
import { serve } from './candidates/sira-server';
import { loadBenchDatabase, openServer, PgWatch, SIZES, type Size } from './database';
import { machineAtEnd, rssMb } from './proc-stats';
import { REPO_ROOT } from './processes';
import { writeBenchmarksMd } from './report';
import { benchScope } from './scope';
import { type Lane, runLane, SIGN_IN_USER, soakTokens } from './soak-load';
import { FULL_SOAK_MINUTES, failuresOf, SOAK_FILE, type SoakResults, soakFigures, summarise } from './soak-report';
import { SoakRecorder, THRESHOLDS, WINDOW_S } from './soak-stats';

const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;
const log = (line: string) => console.log(`[soak ${elapsed()}] ${line}`);
const RESULTS_DIR = path.join(REPO_ROOT, 'bench-results');

/** Waits `ms`, or less when `signal` aborts. */
const pause = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });

/**
 * Ctrl-C (or a kill) stops the load; what follows in main still stops the gateway and drops
 * the database. A second Ctrl-C exits at once (children are killed on exit by processes.ts).
 */
function abortOnSignals(): AbortController {
  const controller = new AbortController();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (controller.signal.aborted) process.exit(130);
      log(`${signal}: stopping the load, then the gateway, then dropping the database (${signal} again to exit at once)`);
      controller.abort();
    });
  }
  return controller;
}

function options() {
  const { values } = parseArgs({
    options: {
      minutes: { type: 'string', default: String(FULL_SOAK_MINUTES) },
      size: { type: 'string', default: 'S' },
      connections: { type: 'string', default: '4' },
      warmup: { type: 'string', default: '60' },
      embedded: { type: 'boolean', default: false },
    },
  });
  const size = (values.size ?? 'S').toUpperCase() as Size;
  if (!(size in SIZES)) throw new Error(`--size must be S, M or L; got "${values.size}".`);
  const number = (name: 'minutes' | 'connections' | 'warmup', min: number) => {
    const value = Number(values[name]);
    if (!Number.isFinite(value) || value < min) throw new Error(`--${name} must be a number of at least ${min}; got "${values[name]}".`);
    return value;
  };
  return {
    size,
    minutes: number('minutes', 0.5),
    connections: Math.floor(number('connections', 1)),
    warmupS: number('warmup', 0),
    embedded: values.embedded ?? false,
  };
}

async function main(): Promise<number> {
  const opts = options();
  const loadAtStart = loadavg();
  const abort = abortOnSignals();
  ensureServerBuilt(log);
  const server = await openServer(opts.embedded, log);
  const databaseName = `sira_soak_${opts.size.toLowerCase()}`;
  // The wrong passwords are checked against a real user's hash, as they would be in production.
  const usersFile = path.join(RESULTS_DIR, 'soak-users.json');
  let gateway: Awaited<ReturnType<typeof serve>> | undefined;
  let watch: PgWatch | undefined;
  try {
    log(`loading size ${opts.size} into ${databaseName}`);
    const loaded = await loadBenchDatabase(server.serverUrl, opts.size, log, databaseName);
    watch = await PgWatch.open(server.serverUrl, databaseName);
    const scope = await benchScope(loaded.databaseUrl);
    mkdirSync(RESULTS_DIR, { recursive: true });
    rmSync(usersFile, { force: true });
    await addUser(usersFile, {
      username: SIGN_IN_USER,
      role: Role.COORDINATOR,
      regions: [scope.pageRegion],
      password: 'soak-password-0123456789',
    });
    if (abort.signal.aborted) return 130;
    gateway = await serve('soak-gateway', scope, { USERS_FILE: usersFile });
    const pid = gateway.pid;
    log(`gateway up (pid ${pid}); ${opts.connections} clients, ${opts.warmupS} s warm-up, then ${opts.minutes} min`);

    const recorder = new SoakRecorder();
    const tokens = await soakTokens(scope);
    const lane: Lane = { baseUrl: gateway.url, scope, tokens, signal: abort.signal, record: (outcome) => recorder.record(outcome) };
    let until = Number.POSITIVE_INFINITY;
    const lanes = Array.from({ length: opts.connections }, () => runLane(lane, () => until));

    await pause(opts.warmupS * 1000, abort.signal);
    recorder.startMeasuring();
    const afterWarmupMb = rssMb(pid) ?? null;
    const measureFrom = performance.now();
    until = measureFrom + opts.minutes * 60_000;
    const windows = Math.max(1, Math.round((opts.minutes * 60) / WINDOW_S));
    for (let window = 1; window <= windows && !abort.signal.aborted; window++) {
      await pause(measureFrom + window * WINDOW_S * 1000 - performance.now(), abort.signal);
      if (abort.signal.aborted) break;
      const sample = recorder.sample(rssMb(pid) ?? null);
      log(
        `${String(sample.atS).padStart(4)} s  RSS ${sample.rssMb?.toFixed(0) ?? '–'} MB  ${sample.requests} requests  ` +
          `reads p50 ${sample.readP50Ms?.toFixed(1) ?? '–'} p99 ${sample.readP99Ms?.toFixed(1) ?? '–'} ms` +
          `${sample.unexpected ? `  UNEXPECTED ${sample.unexpected} (5xx ${sample.fiveXx}, internal ${sample.internal})` : ''}`,
      );
    }
    until = 0;
    await Promise.all(lanes);
    if (abort.signal.aborted) {
      log('interrupted: no figures written');
      return 130;
    }

    const { rss, p99 } = summarise(afterWarmupMb, recorder.samples, recorder.edges(THRESHOLDS.edgeS));
    const judged = { rss, p99, totals: recorder.totals, thresholds: THRESHOLDS };
    const results: SoakResults = {
      startedAt: new Date(started).toISOString(),
      minutes: opts.minutes,
      measuredS: (performance.now() - measureFrom) / 1000,
      warmupS: opts.warmupS,
      size: opts.size,
      connections: opts.connections,
      machine: machineAtEnd(await watch.version(), loadAtStart),
      dataset: loaded.counts,
      ...judged,
      samples: recorder.samples,
      failures: failuresOf(judged),
    };
    writeFileSync(path.join(RESULTS_DIR, SOAK_FILE), `${JSON.stringify(results, null, 2)}\n`);
    log(`wrote bench-results/${SOAK_FILE}`);
    console.log(`\n${soakFigures(results).join('\n')}`);
    if (opts.minutes >= FULL_SOAK_MINUTES) {
      writeBenchmarksMd(RESULTS_DIR, path.join(REPO_ROOT, 'BENCHMARKS.md'));
      log('regenerated BENCHMARKS.md');
    } else {
      log(`BENCHMARKS.md left as it is: a run under ${FULL_SOAK_MINUTES} minutes (pnpm bench --report-only renders it)`);
    }
    for (const failure of results.failures) console.error(`CHECK FAILED ${failure}`);
    return results.failures.length ? 1 : 0;
  } finally {
    await gateway?.stop().catch((error) => log(`stopping the gateway: ${String(error)}`));
    await watch?.close();
    await dropDatabase(server.serverUrl, databaseName).catch((error) => log(`dropping ${databaseName}: ${String(error)}`));
    rmSync(usersFile, { force: true });
    await server.stop();
    log(`done in ${elapsed()}; ${databaseName} dropped`);
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);

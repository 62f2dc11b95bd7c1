// pnpm bench [--size S|M|L] [--quick] [--rounds N] [--candidates a,b] [--embedded] | --report-only
// Loads a fresh data set, starts every candidate, checks they answer alike, measures them in
// turn with autocannon, and writes bench-results/<size>[-quick].json and (full runs) BENCHMARKS.md.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ensureServerBuilt } from './build';
import { type CacheResults, measureCacheEffect, UNCACHED_CANDIDATE } from './cache-effect';
import { BENCH_QUERIES, type BenchQueryName, type BenchScope, type Candidate, type RunningCandidate } from './candidate';
import { bareHttp } from './candidates/bare-http';
import { gateway } from './candidates/gateway';
import { gatewayHttp } from './candidates/gateway-http';
import { gatewayHttp2x } from './candidates/gateway-http-2x';
import { hiveGateway } from './candidates/hive-gateway';
import { rawSql } from './candidates/raw-sql';
import { subgraph } from './candidates/subgraph';
import { loadBenchDatabase, openServer, PgWatch, SIZES, type Size } from './database';
import { firstDifference } from './diff';
import { FEWEST_REQUESTS_PER_CONNECTION, fetchOnce, type Load, loadHttp, loadInProcess } from './measure';
import { cpuBetween, cpuSnapshot, machineAtEnd, peakRssMb } from './proc-stats';
import { REPO_ROOT, stopChildrenOnSignals } from './processes';
import { isAnalytics } from './queries';
import { measureRefusals, REFUSAL_CODE, type RefusalResults } from './refusal';
import { type BenchResults, type Cell, writeBenchmarksMd } from './report';
import { benchScope } from './scope';
import { startStatementCounter } from './statement-counter';

const started = Date.now();
const loadAtStart = loadavg();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;
const log = (line: string) => console.log(`[bench ${elapsed()}] ${line}`);

interface Plan {
  connections: number[];
  warmupS: number;
  cellS: number;
  /** How long a cell timed again may last (retimedCellS). */
  longestCellS: number;
  rounds: number;
}

/** How long to time a cell again that finished too few requests: long enough for that many at the rate seen. */
function retimedCellS(plan: Plan, load: Load, connections: number): number | null {
  const wanted = FEWEST_REQUESTS_PER_CONNECTION * connections;
  if (load.requests >= wanted) return null;
  const rate = load.requests / load.durationS;
  return Math.min(plan.longestCellS, rate > 0 ? Math.ceil((1.2 * wanted) / rate) : plan.longestCellS);
}

/** Candidates a --quick run measures only when named in --candidates: each adds more than the 15 s such a run may grow by. */
const QUICK_LEAVES_OUT = ['gateway-http-2x', 'hive-gateway'];

// Cells alternate candidates; a full L run takes over 25 minutes on 2 cores, cells timed again
// included. The pages are measured at 1 connection too: the capacity model is checked between 1
// and 10 (capacity.ts).
function planFor(quick: boolean, rounds?: number): Plan {
  if (quick) return { connections: [10], warmupS: 0.5, cellS: 1, longestCellS: 3, rounds: rounds ?? 1 };
  return { connections: [1, 10, 50], warmupS: 2, cellS: 3, longestCellS: 30, rounds: rounds ?? 1 };
}

async function loadPostgraphile(): Promise<{ candidate?: Candidate; note?: string }> {
  const file = path.join(__dirname, 'candidates', 'postgraphile.ts');
  if (!existsSync(file)) return { note: 'tests/bench/candidates/postgraphile.ts does not exist yet' };
  try {
    const module = (await import('./candidates/postgraphile' as string)) as Record<string, unknown>;
    const candidate = (module.postgraphile ??
      module.default ??
      Object.values(module).find((value) => (value as Candidate)?.name === 'postgraphile')) as Candidate | undefined;
    return candidate ? { candidate } : { note: 'candidates/postgraphile.ts exports no candidate named postgraphile' };
  } catch (error) {
    return { note: `candidates/postgraphile.ts failed to load: ${String(error).split('\n')[0]}` };
  }
}

/** Waits, up to 60 s, until the servers use under 5% of a core and no statement of the bench database runs. */
async function drain(pids: number[], watch: PgWatch): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const before = cpuSnapshot(pids);
    await new Promise((resolve) => setTimeout(resolve, 200));
    if (cpuBetween(before, cpuSnapshot(pids)) < 10 && (await watch.active()) === 0) return;
  }
  log('WARNING: the servers were still busy 60 s after a cell; measuring anyway');
}

/**
 * What a run must show, whatever the timings: every timed request answered (a cell of
 * refused connections or 5xx is no figure), every abuse refused without SQL, and a write
 * read back at once.
 */
function failedChecks(cells: Cell[], refusals: RefusalResults | undefined, cache: CacheResults | undefined): string[] {
  const failed: string[] = [];
  for (const cell of cells) {
    if (cell.errors) failed.push(`${cell.candidate} ${cell.query} at ${cell.connections} connections: ${cell.errors} failed requests`);
  }
  if (refusals?.statements) failed.push(`${refusals.statements} SQL statements reached PostgreSQL while abusive queries were refused`);
  for (const q of refusals?.queries ?? []) {
    if (q.refused !== q.requests) failed.push(`${q.name}: ${q.requests - q.refused} of ${q.requests} answers were not ${REFUSAL_CODE}`);
  }
  if (cache && !cache.write.visible)
    failed.push(`a write through the cached gateway was not visible in the next read: ${JSON.stringify(cache.write)}`);
  return failed;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      size: { type: 'string', default: 'S' },
      quick: { type: 'boolean', default: false },
      rounds: { type: 'string' },
      candidates: { type: 'string' },
      embedded: { type: 'boolean', default: false },
      'report-only': { type: 'boolean', default: false },
    },
  });
  if (values['report-only']) {
    writeBenchmarksMd(path.join(REPO_ROOT, 'bench-results'), path.join(REPO_ROOT, 'BENCHMARKS.md'));
    log('regenerated BENCHMARKS.md from bench-results/, measuring nothing');
    return 0;
  }
  const size = (values.size ?? 'S').toUpperCase() as Size;
  if (!(size in SIZES)) throw new Error(`--size must be S, M or L; got "${values.size}".`);
  const quick = values.quick ?? false;
  const plan = planFor(quick, values.rounds ? Number(values.rounds) : undefined);
  stopChildrenOnSignals();
  ensureServerBuilt(log);

  const server = await openServer(values.embedded ?? false, log);
  const running: { candidate: Candidate; run: RunningCandidate }[] = [];
  let watch: PgWatch | undefined;
  try {
    log(`loading size ${size} (${JSON.stringify(SIZES[size])})`);
    const loaded = await loadBenchDatabase(server.serverUrl, size, log);
    log(`data set ready in ${loaded.loadMs} ms: ${JSON.stringify(loaded.counts)}`);
    const databaseName = new URL(loaded.databaseUrl).pathname.slice(1);
    watch = await PgWatch.open(server.serverUrl, databaseName);
    const scope = await benchScope(loaded.databaseUrl);

    const postgraphile = await loadPostgraphile();
    if (postgraphile.note) log(`postgraphile skipped: ${postgraphile.note}`);
    const wanted = values.candidates?.split(',');
    const all = [
      rawSql,
      bareHttp,
      subgraph,
      gateway,
      gatewayHttp,
      gatewayHttp2x,
      hiveGateway,
      ...(postgraphile.candidate ? [postgraphile.candidate] : []),
    ];
    const candidates = all.filter((candidate) =>
      wanted ? wanted.includes(candidate.name) : !(quick && QUICK_LEAVES_OUT.includes(candidate.name)),
    );
    const notes: string[] = postgraphile.note ? [`postgraphile not measured: ${postgraphile.note}.`] : [];
    if (quick && !wanted) notes.push(`--quick leaves out ${QUICK_LEAVES_OUT.join(', ')} (name them in --candidates to include them).`);
    for (const candidate of candidates) {
      log(`starting ${candidate.name}`);
      try {
        running.push({ candidate, run: await candidate.start(scope) });
      } catch (error) {
        if (candidate.name !== 'postgraphile') throw error;
        notes.push(`postgraphile not measured: it failed to start (${String(error).split('\n')[0]}).`);
        log(notes.at(-1) as string);
      }
    }

    // Every candidate must give the same answer before any is timed.
    const mismatches: string[] = [];
    for (const query of BENCH_QUERIES) {
      const answering = running.filter(({ candidate }) => candidate.supports(query));
      if (!answering.length) continue;
      let reference: { name: string; answer: unknown } | undefined;
      for (const { candidate, run } of answering) {
        const answer = candidate.normalise(query, await fetchOnce(run, () => candidate.request(query, scope), query));
        if (!reference) {
          reference = { name: candidate.name, answer };
          if (answer && typeof answer === 'object' && 'errors' in answer)
            mismatches.push(`${query}: ${candidate.name} answered an error: ${JSON.stringify(answer).slice(0, 300)}`);
          continue;
        }
        const difference = firstDifference(reference.answer, answer);
        if (difference) mismatches.push(`${query}: ${candidate.name} differs from ${reference.name} at ${difference}`);
      }
      log(`checked ${query}: ${answering.map(({ candidate }) => candidate.name).join(', ')}`);
    }
    if (mismatches.length) {
      for (const line of mismatches) console.error(`MISMATCH ${line}`);
      return 1;
    }

    const cells: Cell[] = [];
    const warmed = new Set<string>();
    for (const query of BENCH_QUERIES) {
      const answering = running.filter(({ candidate }) => candidate.supports(query));
      for (const connections of plan.connections) {
        for (let round = 1; round <= plan.rounds; round++) {
          for (const { candidate, run } of answering) {
            // 50 connections of a query that already takes over a second at 10 only queue work
            // for minutes (size L): skipped, and said so.
            const atTen = cells.find((c) => c.query === query && c.candidate === candidate.name && c.connections === 10);
            if (connections > 10 && atTen && (atTen.requests === 0 || atTen.p50 > 1000)) {
              if (round === 1) {
                notes.push(
                  `${query}, ${candidate.name}: ${connections} connections not measured; at 10 connections ` +
                    `${atTen.requests ? `p50 was ${atTen.p50.toFixed(0)} ms` : `no request finished within ${atTen.durationS.toFixed(0)} s`}.`,
                );
                log(notes.at(-1) as string);
              }
              continue;
            }
            const time = (seconds: number, conns: number): Promise<Load> =>
              run.baseUrl
                ? loadHttp(run.baseUrl, candidate.request(query, scope), conns, seconds)
                : loadInProcess(run, query, conns, seconds);
            if (!warmed.has(`${candidate.name} ${query}`)) {
              await time(plan.warmupS, 10);
              warmed.add(`${candidate.name} ${query}`);
            }
            const pg = watch;
            const timed = async (seconds: number) => {
              // A cell whose requests outlast it leaves work queued in a server and PostgreSQL;
              // the next cell starts only once that is done, whichever candidate it is.
              await drain(
                running.flatMap((r) => r.run.pids).filter((pid) => pid !== process.pid),
                pg,
              );
              const serverBefore = cpuSnapshot(run.pids);
              const pgBefore = await pg.cpu();
              const load = await time(seconds, connections);
              return { load, serverBefore, serverAfter: cpuSnapshot(run.pids), pgBefore, pgAfter: await pg.cpu() };
            };
            let measured = await timed(plan.cellS);
            const longer = retimedCellS(plan, measured.load, connections);
            if (longer !== null) {
              log(
                `${query} ${candidate.name} c=${connections}: ${measured.load.requests} requests in ${plan.cellS} s, timed again for ${longer} s`,
              );
              measured = await timed(longer);
            }
            const { load, serverBefore, serverAfter, pgBefore, pgAfter } = measured;
            const serverMs = cpuBetween(serverBefore, serverAfter);
            const pgMs = cpuBetween(pgBefore, pgAfter);
            const per = (ms: number) => (load.requests ? ms / load.requests : null);
            // Each tier's share of the same snapshots: its processes' CPU between them.
            const tierMs = (pids: number[]) => cpuBetween(serverBefore, new Map([...serverAfter].filter(([pid]) => pids.includes(pid))));
            const cell: Cell = {
              query,
              candidate: candidate.name,
              connections,
              round,
              ...load,
              ...(longer !== null && { timedAgain: true }),
              serverCpuMsPerRequest: per(serverMs),
              pgCpuMsPerRequest: per(pgMs),
              ...(run.tiers && {
                tierCpuMsPerRequest: {
                  ...Object.fromEntries(Object.entries(run.tiers).map(([tier, pids]) => [tier, per(tierMs(pids))])),
                  postgresql: per(pgMs),
                },
              }),
              peakRssMb: run.pids.reduce((sum, pid) => sum + (peakRssMb(pid) ?? 0), 0),
            };
            cells.push(cell);
            log(
              `${query.padEnd(22)} ${candidate.name.padEnd(13)} c=${String(connections).padStart(2)} ` +
                `${load.rps.toFixed(0).padStart(6)} req/s p50 ${load.p50.toFixed(1)} p99 ${load.p99.toFixed(1)} ms` +
                `${load.errors ? ` ERRORS ${load.errors}` : ''}`,
            );
          }
        }
      }
    }

    const measured = running.map(({ candidate, run }) => ({
      name: candidate.name,
      description: candidate.description,
      processes: run.pids.length,
    }));
    for (const { candidate, run } of running.splice(0).reverse())
      await run.stop().catch((error) => log(`stopping ${candidate.name}: ${String(error)}`));

    // SQL statements per request: each candidate started again over a proxy that counts the
    // statements its connections send, then asked each query a few times in sequence.
    const statements: Record<string, Partial<Record<BenchQueryName, number | null>>> = {};
    let refusals: RefusalResults | undefined;
    const probeRequests = quick ? 5 : 20;
    const counter = await startStatementCounter(loaded.databaseUrl);
    try {
      const proxiedScope: BenchScope = { ...scope, databaseUrl: counter.proxied(scope.databaseUrl) };
      for (const candidate of candidates.filter((c) => measured.some((m) => m.name === c.name))) {
        const counts: Partial<Record<BenchQueryName, number | null>> = {};
        statements[candidate.name] = counts;
        let run: RunningCandidate | undefined;
        try {
          run = await candidate.start(proxiedScope);
          running.push({ candidate, run });
          for (const query of BENCH_QUERIES.filter((q) => candidate.supports(q))) {
            const ask = async () => {
              const body = await fetchOnce(run as RunningCandidate, () => candidate.request(query, proxiedScope), query);
              const answer = candidate.normalise(query, body);
              if (answer && typeof answer === 'object' && 'errors' in answer) throw new Error(JSON.stringify(answer).slice(0, 200));
            };
            await ask();
            const before = counter.statements();
            // A slow query (an aggregate over size L) is asked fewer times: 3 at least, for about 5 s.
            const wanted = isAnalytics(query) ? probeRequests : Math.min(probeRequests, 5);
            const until = Date.now() + 5000;
            let requests = 0;
            while (requests < wanted && (requests < 3 || Date.now() < until)) {
              await ask();
              requests++;
            }
            counts[query] = (counter.statements() - before) / requests;
          }
          // The gateway is up, cache off, over the counting proxy: where a refused query's SQL would show.
          if (candidate.name === UNCACHED_CANDIDATE && run.baseUrl) {
            const options = quick
              ? { requests: 25, checkRuns: 500, checkBudgetMs: 150 }
              : { requests: 200, checkRuns: 5000, checkBudgetMs: 1000 };
            refusals = await measureRefusals(run.baseUrl, scope.analystToken, counter.statements, options, log).catch((error) => {
              log(`refusal measurement failed: ${String(error).split('\n')[0]}`);
              return undefined;
            });
          }
        } catch (error) {
          log(`statement count of ${candidate.name} failed: ${String(error).split('\n')[0]}`);
        } finally {
          running.splice(0);
          await run?.stop().catch(() => {});
        }
        log(`statements per request, ${candidate.name}: ${JSON.stringify(counts)}`);
      }
    } finally {
      await counter.close();
    }
    if (!refusals)
      notes.push(`cost limit not measured: the ${UNCACHED_CANDIDATE} candidate was not run, or its measurement failed (see the log).`);

    // Last, as it writes to the database: every timing and answer check is done by now.
    let cache: CacheResults | undefined;
    if (measured.some((m) => m.name === UNCACHED_CANDIDATE)) {
      try {
        cache = await measureCacheEffect(scope, cells, plan, log);
      } catch (error) {
        notes.push(`response cache not measured: ${String(error).split('\n')[0]}`);
        log(notes.at(-1) as string);
      }
    } else {
      notes.push(`response cache not measured: the ${UNCACHED_CANDIDATE} candidate, its uncached peer, was not run.`);
    }

    const results: BenchResults = {
      size,
      quick,
      startedAt: new Date(started).toISOString(),
      elapsedS: (Date.now() - started) / 1000,
      plan,
      machine: machineAtEnd(await watch.version(), loadAtStart),
      dataset: { options: SIZES[size], counts: loaded.counts, loadMs: loaded.loadMs },
      scope: { tenRegions: scope.tenRegions, pageRegion: scope.pageRegion },
      candidates: measured,
      notes,
      cells,
      statements,
      ...(cache ? { cache } : {}),
      ...(refusals ? { refusals } : {}),
    };
    const outDir = path.join(REPO_ROOT, 'bench-results');
    mkdirSync(outDir, { recursive: true });
    const outFile = path.join(outDir, `${size}${quick ? '-quick' : ''}.json`);
    writeFileSync(outFile, `${JSON.stringify(results, null, 2)}\n`);
    log(`wrote ${path.relative(REPO_ROOT, outFile)}`);
    if (!quick) {
      writeBenchmarksMd(outDir, path.join(REPO_ROOT, 'BENCHMARKS.md'));
      log('regenerated BENCHMARKS.md');
    }
    // Figures are written either way; a refusal that let SQL through or a stale read is a failure, not a slow figure.
    const failed = failedChecks(cells, refusals, cache);
    for (const line of failed) console.error(`CHECK FAILED ${line}`);
    return failed.length ? 1 : 0;
  } finally {
    for (const { candidate, run } of running.reverse()) {
      await run.stop().catch((error) => log(`stopping ${candidate.name}: ${String(error)}`));
    }
    await watch?.close();
    await server.stop();
    log(`done in ${elapsed()}`);
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);

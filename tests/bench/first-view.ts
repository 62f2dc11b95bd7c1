// pnpm bench:first-view [--size S|M|L] [--runs N] [--embedded]
//
// How long a reader waits for the overview's first chart, in real Chromium against the built
// system over the bench data set: on localhost, on 3G (Chromium's network emulation at 1.6 Mbps
// down, 750 kbps up, 150 ms round trip), and on a slow phone on 3G (the same, with the CPU slowed
// 4×). Cold is a browser that has never seen the site; warm is the same browser reloading once
// the app's service worker has kept the dashboard (its cache answers the page and its code; the
// data still comes from the API).
// A benchmark, not a test: the figures go to bench-results/first-view.json and the console,
// and its section of BENCHMARKS.md (first-view-report.ts).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { type BrowserContext, chromium } from 'playwright-core';
import { ensureServerBuilt } from './build';
import { loadBenchDatabase, openServer, SIZES, type Size } from './database';
import { firstViewSection, writeFirstViewSection } from './first-view-report';
import { REPO_ROOT, SERVER_MAIN, serverEnv, startProcess, stopChildrenOnSignals } from './processes';

const DASHBOARD_INDEX = path.join(REPO_ROOT, 'dashboard', 'dist', 'index.html');
const PORT = 4391;

interface Profile {
  name: string;
  /** Chromium's network conditions, or none for localhost as it is. */
  network?: { latency: number; downloadThroughput: number; uploadThroughput: number };
  cpuSlowdown: number;
}

const THREE_G = { latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 };

const PROFILES: Profile[] = [
  { name: 'localhost', cpuSlowdown: 1 },
  { name: '3G', network: THREE_G, cpuSlowdown: 1 },
  { name: '3G, CPU 4× slower', network: THREE_G, cpuSlowdown: 4 },
];

// Set in the page before any script runs: the moment the first chart's drawing appears.
const MARK_FIRST_CHART = `
  new MutationObserver((_, observer) => {
    if (document.querySelector('svg.recharts-surface')) {
      window.__firstChartMs = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });`;

async function firstChartMs(context: BrowserContext, url: string, profile: Profile, reload: boolean): Promise<number> {
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuSlowdown });
  if (profile.network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...profile.network });
  }
  if (reload) {
    // The service worker registers once the first view is shown, then keeps every chunk: reload when it has.
    await page.evaluate(async () => {
      const { active } = await navigator.serviceWorker.ready;
      if (active && active.state !== 'activated') {
        await new Promise((resolve) => active.addEventListener('statechange', () => active.state === 'activated' && resolve(undefined)));
      }
    });
    await page.reload({ waitUntil: 'commit' });
    const controlled = await page.evaluate(() => navigator.serviceWorker.controller !== null);
    if (!controlled) throw new Error('The reload was not answered by the service worker.');
  } else await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => (window as { __firstChartMs?: number }).__firstChartMs !== undefined, undefined, {
    timeout: 60_000,
    polling: 50,
  });
  return page.evaluate(() => Math.round((window as { __firstChartMs?: number }).__firstChartMs as number));
}

/**
 * The overview a visitor reads signed out is the protected publication, which the first request
 * after a write builds (at size L, well over a minute): built here once, and timed, before the
 * runs, so that they measure the page and not the build.
 */
async function buildPublication(url: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-requested-with': 'bench' },
    body: JSON.stringify({ query: '{ attendanceTotal { total { min max } } }' }),
    signal: AbortSignal.timeout(30 * 60_000),
  });
  const answer = (await response.json()) as { errors?: { message: string }[] };
  if (answer.errors?.length) throw new Error(`The publication was not built: ${answer.errors[0]?.message}`);
  return Math.round(performance.now() - started);
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
};

async function main() {
  const { values } = parseArgs({
    options: {
      size: { type: 'string', default: 'S' },
      runs: { type: 'string', default: '5' },
      embedded: { type: 'boolean', default: false },
    },
  });
  const size = values.size as Size;
  if (!SIZES[size]) throw new Error(`--size must be one of ${Object.keys(SIZES).join(', ')}`);
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a whole number of at least 1');
  const log = (line: string) => console.log(`[first-view] ${line}`);
  stopChildrenOnSignals();
  ensureServerBuilt(log);
  if (!existsSync(DASHBOARD_INDEX)) throw new Error('dashboard/dist is missing: run pnpm build first.');

  const server = await openServer(values.embedded, log);
  const loaded = await loadBenchDatabase(server.serverUrl, size, log, `sira_first_view_${size.toLowerCase()}`);
  log(`loaded ${JSON.stringify(loaded.counts)} in ${loaded.loadMs} ms`);
  const sira = await startProcess('first-view-server', [SERVER_MAIN], serverEnv(loaded.databaseUrl, { RESPONSE_CACHE: 'memory' }), PORT);
  const publicationMs = await buildPublication(sira.url);
  log(`a signed-out request built the protected publication in ${publicationMs} ms`);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-dev-shm-usage'],
  });
  const results: { profile: string; coldMs: number[]; warmMs: number[] }[] = [];
  try {
    for (const profile of PROFILES) {
      const coldMs: number[] = [];
      const warmMs: number[] = [];
      for (let run = 0; run < runs; run++) {
        // A new context is a browser with an empty cache: the cold visit, then a reload from its cache.
        const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'en-GB' });
        await context.addInitScript(MARK_FIRST_CHART);
        coldMs.push(await firstChartMs(context, `${sira.url}/`, profile, false));
        warmMs.push(await firstChartMs(context, `${sira.url}/`, profile, true));
        await context.close();
      }
      results.push({ profile: profile.name, coldMs, warmMs });
      log(
        `${profile.name}: first chart cold median ${median(coldMs)} ms (${coldMs.join(', ')}), warm median ${median(warmMs)} ms (${warmMs.join(', ')})`,
      );
    }
  } finally {
    await browser.close();
    await sira.stop();
    await server.stop();
  }
  const out = path.join(REPO_ROOT, 'bench-results');
  mkdirSync(out, { recursive: true });
  writeFileSync(
    path.join(out, 'first-view.json'),
    `${JSON.stringify({ size, runs, at: new Date().toISOString(), profiles: PROFILES, results }, null, 2)}\n`,
  );
  const section = firstViewSection({ size, runs, at: new Date().toISOString(), publicationMs, results });
  writeFirstViewSection(path.join(REPO_ROOT, 'BENCHMARKS.md'), section);
  console.log(`\n${section.join('\n')}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

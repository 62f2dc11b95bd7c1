// What a view that draws regions costs at a size, asked whole and as a ranking: the bytes of
// the answer and the time through the one-process gateway (median of --runs, after one warm-up),
// as ANALYST (SQL) and as FUNDER (the publication).
//   node --require ./server/cli/register-typescript.cjs tests/bench/ranking-size.ts --size L
import { parseArgs } from 'node:util';
import { Role, tokenFor } from '../../server/test-support/auth';
import { startTestSystem } from '../../server/test-support/test-system';
import { loadBenchDatabase, openServer, SIZES, type Size } from './database';

const QUERIES: Record<string, string> = {
  'stakeholderMix (every region)':
    '{ stakeholderMix { region { slug } category { code } roundtables roundtablesUncounted participants { min max } withheld { field reason } } }',
  'stakeholderRanking (12 + others)': `{ stakeholderRanking(limit: 12) { regionCount regions { slug }
    rows { region { slug } category { code } roundtables roundtablesUncounted participants { min max } withheld { field reason } }
    othersRegionCount others { category { code } regionCount roundtables roundtablesUncounted participants { min max } withheld { field reason } } } }`,
  'attendanceMix (every region)':
    '{ attendanceMix { region { slug } roundtables total { min max } online { min max } onsite { min max } withheld { field } } }',
  'attendanceRanking (12 + others)': `{ attendanceRanking(limit: 12) { regionCount regions { region { slug } roundtables total { min max } online { min max } onsite { min max } withheld { field } }
    others { regionCount roundtables total { min max } online { min max } onsite { min max } withheld { field } } } }`,
};

async function main() {
  const { values } = parseArgs({ options: { size: { type: 'string', default: 'L' }, runs: { type: 'string', default: '5' } } });
  const size = values.size as Size;
  if (!(size in SIZES)) throw new Error(`--size must be S, M or L; got "${values.size}".`);
  const runs = Number(values.runs);
  const log = (line: string) => console.error(line);
  const server = await openServer(false, log);
  const loaded = await loadBenchDatabase(server.serverUrl, size, log, `sira_ranking_${size.toLowerCase()}`);
  log(`loaded ${JSON.stringify(loaded.counts)} in ${loaded.loadMs} ms`);
  const api = await startTestSystem({ RESPONSE_CACHE: 'off' }, loaded.databaseUrl);
  try {
    for (const role of [Role.ANALYST, Role.FUNDER]) {
      const token = await tokenFor(role);
      for (const [name, query] of Object.entries(QUERIES)) {
        const times: number[] = [];
        let bytes = 0;
        let rows = 0;
        for (let run = 0; run <= runs; run++) {
          const started = performance.now();
          const answer = await api.gql(query, undefined, token);
          const ms = performance.now() - started;
          if (answer.errors) throw new Error(`${name}: ${JSON.stringify(answer.errors)}`);
          if (run > 0) times.push(ms);
          bytes = Buffer.byteLength(JSON.stringify(answer));
          const data = Object.values(answer.data ?? {})[0] as unknown;
          rows = Array.isArray(data)
            ? data.length
            : ((data as { rows?: unknown[]; regions: unknown[] }).rows ?? (data as { regions: unknown[] }).regions).length;
        }
        times.sort((a, b) => a - b);
        const median = times[Math.floor(times.length / 2)] ?? 0;
        console.log(`${size} ${role} ${name}: ${rows} rows, ${(bytes / 1024).toFixed(1)} kB, median ${median.toFixed(0)} ms of ${runs}`);
      }
    }
  } finally {
    await api.close();
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

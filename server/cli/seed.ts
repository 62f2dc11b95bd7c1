import 'reflect-metadata';
import { parseArgs } from 'node:util';
import type { Access } from '../core/auth/access';
import { ConfigError, loadConfig } from '../core/config';
import { openDatabaseServer } from '../core/database/database-server';
import { generateIllustrativeDataset } from '../seed/illustrative/generate-illustrative';
import { loadDataset } from '../seed/load-dataset';
import { PUBLISHED_DATASET } from '../seed/published-dataset';
import { SUBGRAPHS } from '../subgraphs/registry';
import { startSubgraphs } from '../topologies/in-process-subgraphs';
import { Stops } from '../topologies/startup';

// Loading serves no requests, so nobody is ever authenticated here.
const LOADING_ONLY: Access = {
  authenticate: () => Promise.reject(new Error('The seed command serves no requests.')),
  disclosure: { k: 5, protection: 1 },
};

const USAGE = `Usage: seed [--illustrative [--seed N] [--regions N] [--roundtables-per-region N]
            [--participants-per-region N] [--attendance-rate 0..1]]

Migrates the subgraphs and loads the published data set, or with --illustrative a
generated one whose every record is marked illustrative. Records already there are kept.
Uses DATABASE_URL, or the embedded PostgreSQL (stop \`pnpm start\` first: they share its data folder).`;

function positive(name: string, raw: string | undefined, fallback: number, max = Number.MAX_SAFE_INTEGER): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!(value > 0 && value <= max))
    throw new ConfigError(`--${name} must be a number above 0${max < 2 ? ` and at most ${max}` : ''}; got "${raw}".`);
  return value;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      illustrative: { type: 'boolean', default: false },
      seed: { type: 'string' },
      regions: { type: 'string' },
      'roundtables-per-region': { type: 'string' },
      'participants-per-region': { type: 'string' },
      'attendance-rate': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return console.log(USAGE);
  const data = values.illustrative
    ? generateIllustrativeDataset({
        seed: values.seed ?? 1,
        regions: Math.round(positive('regions', values.regions, 10)),
        roundtablesPerRegion: Math.round(positive('roundtables-per-region', values['roundtables-per-region'], 4)),
        participantsPerRegion: Math.round(positive('participants-per-region', values['participants-per-region'], 40)),
        attendanceRate: positive('attendance-rate', values['attendance-rate'], 0.5, 1),
      })
    : PUBLISHED_DATASET;
  const config = loadConfig();
  const server = await openDatabaseServer(config, console.log);
  const stops = new Stops(console.error);
  stops.add(() => server.stop());
  try {
    const { geography, engagement, evaluation } = await startSubgraphs(SUBGRAPHS, {
      urlFor: (name) => server.urlFor(name),
      access: LOADING_ONLY,
      stops,
      database: { timeouts: config.databaseTimeouts, parallelWorkers: config.databaseParallelWorkers },
    });
    const started = Date.now();
    const report = await loadDataset(geography, engagement, data, evaluation);
    console.log(
      `Loaded ${data.illustrative ? 'illustrative' : 'published'} data into ${server.describe()}: ` +
        `${report.roundtablesAdded} roundtables and ${report.participationsAdded} participations added in ${Date.now() - started} ms.`,
    );
  } finally {
    await stops.stopAll();
  }
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? `${error.message}\n\n${USAGE}` : error);
  process.exit(1);
});

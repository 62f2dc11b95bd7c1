import 'reflect-metadata';
import { parseArgs } from 'node:util';
import type { Access } from '../core/auth/access';
import { ConfigError, loadConfig } from '../core/config';
import { openDatabaseServer } from '../core/database/database-server';
import { openSubgraphDatabase } from '../core/database/subgraph-data-source';
import { generateIllustrativeDataset } from '../seed/illustrative/generate-illustrative';
import { loadDataset } from '../seed/load-dataset';
import { PUBLISHED_DATASET } from '../seed/published-dataset';
import { ENGAGEMENT_DATABASE } from '../subgraphs/engagement/engagement.database';
import { startEngagement } from '../subgraphs/engagement/engagement.subgraph';
import { EVALUATION_DATABASE } from '../subgraphs/evaluation/evaluation.database';
import { startEvaluation } from '../subgraphs/evaluation/evaluation.subgraph';
import { GEOGRAPHY_DATABASE } from '../subgraphs/geography/geography.database';
import { startGeography } from '../subgraphs/geography/geography.subgraph';

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
  try {
    const options = { timeouts: config.databaseTimeouts };
    const geographyDb = await openSubgraphDatabase(GEOGRAPHY_DATABASE, server.urlFor('geography'), options);
    const engagementDb = await openSubgraphDatabase(ENGAGEMENT_DATABASE, server.urlFor('engagement'), options);
    const evaluationDb = await openSubgraphDatabase(EVALUATION_DATABASE, server.urlFor('evaluation'), options);
    try {
      const started = Date.now();
      const report = await loadDataset(
        await startGeography(geographyDb, LOADING_ONLY),
        await startEngagement(engagementDb, LOADING_ONLY),
        data,
        await startEvaluation(evaluationDb, LOADING_ONLY),
      );
      console.log(
        `Loaded ${data.illustrative ? 'illustrative' : 'published'} data into ${server.describe()}: ` +
          `${report.roundtablesAdded} roundtables and ${report.participationsAdded} participations added in ${Date.now() - started} ms.`,
      );
    } finally {
      await geographyDb.dataSource.destroy();
      await engagementDb.dataSource.destroy();
      await evaluationDb.dataSource.destroy();
    }
  } finally {
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? `${error.message}\n\n${USAGE}` : error);
  process.exit(1);
});

import type { Access } from '../core/auth/access';
import type { Config } from '../core/config';
import { openDatabaseServer } from '../core/database/database-server';
import { openSubgraphDatabase } from '../core/database/subgraph-data-source';
import { generateIllustrativeDataset } from '../seed/illustrative/generate-illustrative';
import { loadDataset } from '../seed/load-dataset';
import { PUBLISHED_DATASET } from '../seed/published-dataset';
import { type RunningSubgraphs, SUBGRAPHS } from '../subgraphs/registry';
import type { Startup } from './startup';

/**
 * Starts, on their databases, the subgraphs this process runs: the one SERVE_SUBGRAPH names,
 * or every one without a <NAME>_URL; then loads the data sets the configuration asks for.
 */
export async function startInProcessSubgraphs({ config, log, stops }: Startup, access: Access): Promise<RunningSubgraphs> {
  const wanted = SUBGRAPHS.filter(({ name }) =>
    config.serveSubgraph ? config.serveSubgraph === name : config.subgraphUrls[name] === undefined,
  );
  const running: RunningSubgraphs = {};
  if (wanted.length === 0) return running;
  const database = await openDatabaseServer(config, log);
  stops.add(() => database.stop());
  for (const { name, database: definition, start } of wanted) {
    const db = await openSubgraphDatabase(definition, database.urlFor(name), {
      logSql: config.logSql,
      timeouts: config.databaseTimeouts,
    });
    stops.add(() => db.dataSource.destroy());
    Object.assign(running, { [name]: await start(db, access, { fastPaths: config.executionFastPaths }) });
  }
  await loadConfiguredData(running, config, log);
  return running;
}

async function loadConfiguredData(
  { geography, engagement, evaluation }: RunningSubgraphs,
  config: Config,
  log: (line: string) => void,
): Promise<void> {
  if (!geography || !engagement || config.seed === 'none') return;
  const report = await loadDataset(geography, engagement, PUBLISHED_DATASET, evaluation);
  if (report.roundtablesAdded > 0) log(`Loaded the published data set (${report.roundtablesAdded} roundtables).`);
  if (config.seed === 'illustrative') {
    const generated = await loadDataset(geography, engagement, generateIllustrativeDataset({}), evaluation);
    log(`Illustrative data loaded (${generated.roundtablesAdded} roundtables added); it is labelled illustrative everywhere.`);
  }
}

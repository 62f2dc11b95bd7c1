import type { Access } from '../core/auth/access';
import type { Config, SubgraphName } from '../core/config';
import { openDatabaseServer } from '../core/database/database-server';
import { openSubgraphDatabase } from '../core/database/subgraph-data-source';
import { watchPool } from '../core/observability/metrics';
import type { ExecutionOptions } from '../core/subgraph';
import { generateIllustrativeDataset } from '../seed/illustrative/generate-illustrative';
import { loadDataset } from '../seed/load-dataset';
import { PUBLISHED_DATASET } from '../seed/published-dataset';
import { type RunningSubgraphs, type StartedSubgraphs, SUBGRAPHS, type SubgraphEntry } from '../subgraphs/registry';
import type { Startup, Stops } from './startup';

/**
 * Starts, on their databases, the subgraphs this process runs: the one SERVE_SUBGRAPH names,
 * or every one without a <NAME>_URL; then loads the data sets the configuration asks for.
 */
export async function startInProcessSubgraphs({ config, log, stops }: Startup, access: Access): Promise<RunningSubgraphs> {
  const wanted = SUBGRAPHS.filter(({ name }) =>
    config.serveSubgraph ? config.serveSubgraph === name : config.subgraphUrls[name] === undefined,
  );
  if (wanted.length === 0) return {};
  const database = await openDatabaseServer(config, log);
  stops.add(() => database.stop());
  const running: RunningSubgraphs = await startSubgraphs(wanted, {
    urlFor: (name) => database.urlFor(name),
    access,
    stops,
    database: { logSql: config.logSql, timeouts: config.databaseTimeouts, parallelWorkers: config.databaseParallelWorkers },
    execution: { fastPaths: config.executionFastPaths },
  });
  await loadConfiguredData(running, config, log);
  return running;
}

export interface SubgraphStartOptions {
  /** The database URL of each subgraph: one database for them all, or each its own. */
  urlFor: (name: SubgraphName) => string;
  access: Access;
  /** Where each database opened is registered to be closed. */
  stops: Stops;
  database?: Parameters<typeof openSubgraphDatabase>[2];
  execution?: ExecutionOptions;
}

/**
 * Opens the database of each of `entries` (bringing it up to date with its migrations) and
 * starts the subgraph on it, in the registry's order. The system, the seed command, the
 * tests and the bench all start subgraphs this way; given SUBGRAPHS, it returns every one.
 */
export async function startSubgraphs<Entry extends SubgraphEntry>(
  entries: readonly Entry[],
  { urlFor, access, stops, database, execution }: SubgraphStartOptions,
): Promise<StartedSubgraphs<Entry>> {
  const started: Partial<StartedSubgraphs> = {};
  for (const { name, database: definition, start } of entries) {
    const db = await openSubgraphDatabase(definition, urlFor(name), database);
    const unwatchPool = watchPool(name, db.dataSource);
    stops.add(async () => {
      unwatchPool();
      await db.notices.close();
      await db.dataSource.destroy();
    });
    Object.assign(started, { [name]: await start(db, access, execution) });
  }
  return started as StartedSubgraphs<Entry>;
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

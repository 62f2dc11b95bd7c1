// The bench database: created fresh, migrated by every subgraph, loaded with the
// deterministic illustrative data set, vacuumed; and what PostgreSQL does for it while measured.
import 'reflect-metadata';
import { Client } from 'pg';
import type { Access } from '../../server/core/auth/access';
import { DEFAULT_DATABASE_PARALLEL_WORKERS } from '../../server/core/config';
import { dropDatabase, ensureDatabase, withDatabase } from '../../server/core/database/database-url';
import { startEmbeddedPostgres } from '../../server/core/database/embedded-postgres';
import { plannerSettings } from '../../server/core/database/subgraph-data-source';
import { generateIllustrativeDataset, type IllustrativeOptions } from '../../server/seed/illustrative/generate-illustrative';
import { loadDataset } from '../../server/seed/load-dataset';
import { SUBGRAPHS } from '../../server/subgraphs/registry';
import { startSubgraphs } from '../../server/topologies/in-process-subgraphs';
import { Stops } from '../../server/topologies/startup';
import { type CpuSnapshot, cpuSnapshot } from './proc-stats';

export type Size = 'S' | 'M' | 'L';

/** 100 participants per region, 40 roundtables, rate 0.5 (about half the roundtables have participant records): ~1,000 participations per region. */
export const SIZES: Record<Size, Required<IllustrativeOptions>> = {
  S: { seed: 1, regions: 10, roundtablesPerRegion: 40, participantsPerRegion: 100, attendanceRate: 0.5 },
  M: { seed: 1, regions: 100, roundtablesPerRegion: 40, participantsPerRegion: 100, attendanceRate: 0.5 },
  L: { seed: 1, regions: 1000, roundtablesPerRegion: 40, participantsPerRegion: 100, attendanceRate: 0.5 },
};

const LOADING_ONLY: Access = {
  authenticate: () => Promise.reject(new Error('Loading serves no requests.')),
  disclosure: { k: 5, protection: 1 },
};

export const DEFAULT_SERVER_URL = 'postgres://root@127.0.0.1:5432/postgres';

/** DATABASE_URL's server, the machine's PostgreSQL by default, or with --embedded a PostgreSQL of the harness's own. */
export async function openServer(embedded: boolean, log: (line: string) => void): Promise<{ serverUrl: string; stop(): Promise<void> }> {
  if (!embedded) return { serverUrl: process.env.DATABASE_URL || DEFAULT_SERVER_URL, stop: async () => {} };
  const server = await startEmbeddedPostgres({ dataDir: `${__dirname}/../../.data/bench-postgres`, port: 54339, durable: false, log });
  return { serverUrl: server.url, stop: () => server.stop() };
}

export interface Loaded {
  databaseUrl: string;
  loadMs: number;
  counts: { regions: number; roundtables: number; participations: number };
}

/** Creates `name` afresh (dropped if it exists), migrates it and loads the data set of `size`. */
export async function loadBenchDatabase(
  serverUrl: string,
  size: Size,
  log: (line: string) => void,
  name = `sira_bench_${size.toLowerCase()}`,
): Promise<Loaded> {
  await dropDatabase(serverUrl, name);
  await ensureDatabase(serverUrl, name);
  const databaseUrl = withDatabase(serverUrl, name);
  const started = Date.now();
  const stops = new Stops(log);
  try {
    const { geography, engagement, evaluation } = await startSubgraphs(SUBGRAPHS, {
      urlFor: () => databaseUrl,
      access: LOADING_ONLY,
      stops,
    });
    const data = generateIllustrativeDataset(SIZES[size]);
    const report = await loadDataset(geography, engagement, data, evaluation);
    log(`loaded ${report.roundtablesAdded} roundtables, ${report.participationsAdded} participations in ${Date.now() - started} ms`);
  } finally {
    await stops.stopAll();
  }
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('VACUUM ANALYZE');
    // Every candidate's statements are planned as the SIRA server plans its own, so that none is
    // measured with plans the others do not get.
    for (const [setting, value] of Object.entries(plannerSettings(DEFAULT_DATABASE_PARALLEL_WORKERS)))
      await client.query(`ALTER DATABASE "${name}" SET ${setting} = ${value}`);
    const loadMs = Date.now() - started;
    const count = async (sql: string) => Number((await client.query(sql)).rows[0].n);
    return {
      databaseUrl,
      loadMs,
      counts: {
        regions: await count('SELECT count(*) AS n FROM engagement.region_ref'),
        roundtables: await count('SELECT count(*) AS n FROM engagement.roundtable'),
        participations: await count('SELECT count(*) AS n FROM engagement.participation'),
      },
    };
  } finally {
    await client.end();
  }
}

/** Watches PostgreSQL from the `postgres` database, so that its own connection is not among those it reads. */
export class PgWatch {
  private constructor(
    private readonly client: Client,
    private readonly database: string,
  ) {}

  static async open(serverUrl: string, database: string): Promise<PgWatch> {
    const client = new Client({ connectionString: withDatabase(serverUrl, 'postgres'), application_name: 'sira-bench-watch' });
    await client.connect();
    return new PgWatch(client, database);
  }

  async version(): Promise<string> {
    return (await this.client.query('SHOW server_version')).rows[0].server_version;
  }

  /**
   * The server processes working for the bench database: its client backends and autovacuum
   * workers (from pg_stat_activity), not the shared background processes, which other
   * databases of this server also keep busy.
   */
  async pids(): Promise<number[]> {
    const { rows } = await this.client.query('SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [
      this.database,
    ]);
    return rows.map((row) => Number(row.pid));
  }

  /** Backends of the bench database running a statement now. */
  async active(): Promise<number> {
    const { rows } = await this.client.query(
      "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND state = 'active' AND pid <> pg_backend_pid()",
      [this.database],
    );
    return Number(rows[0]?.n ?? 0);
  }

  async cpu(): Promise<CpuSnapshot> {
    return cpuSnapshot(await this.pids());
  }

  async close(): Promise<void> {
    await this.client.end();
  }
}

import type { DataSource } from 'typeorm';
import type { RegionDirectory, RegionKey } from '../../../contract/regions/region-directory';

/** Evaluation keeps only geography's region keys; loading a data set brings its projection up to date. */
export async function seedEvaluation(db: DataSource, regions: RegionDirectory, keys: { regions: readonly RegionKey[] }): Promise<void> {
  await db.transaction((manager) => regions.applyRegions(manager, keys.regions));
  await regions.reload();
}

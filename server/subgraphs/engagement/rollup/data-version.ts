import type { EntityManager } from 'typeorm';

/**
 * The sum of every region's data version (migration Publication1765000000000). Every statement
 * that writes a roundtable's rollups moves its region's version on, and every write of a
 * roundtable, its figures or its participants refreshes them, so the sum moves whenever anything
 * read from the roundtables may have changed: one small statement tells a reader whether what it
 * keeps in memory is still the data as they are.
 */
export const DATA_VERSION = 'SELECT COALESCE(sum(version), 0)::text AS version FROM engagement.region_data_version';

/** Reads the version one of these statements sums. */
const reader =
  (statement: string) =>
  async (manager: EntityManager): Promise<bigint> => {
    const [{ version }] = (await manager.query(statement)) as [{ version: string }];
    return BigInt(version);
  };

export const dataVersion = reader(DATA_VERSION);

/**
 * The sum of every region's published version (migration PublishedDataVersion1769300000000):
 * moved only by a write of an approved row, before or after it, so it moves whenever what the
 * publication counts (approved roundtables only) may have changed, and not for a draft.
 */
export const PUBLISHED_DATA_VERSION = 'SELECT COALESCE(sum(published_version), 0)::text AS version FROM engagement.region_data_version';

export const publishedDataVersion = reader(PUBLISHED_DATA_VERSION);

import type { DataSource } from 'typeorm';
import { bulkInsert } from '../../../core/database/bulk-insert';
import type { DataSet } from '../../../seed/dataset';

export interface RegionKeyRow {
  slug: string;
  country: string;
  illustrative: boolean;
}

/**
 * Adds the data set's regions and organisations that are not there yet; existing records
 * are left as they are, so loading twice changes nothing and never undoes an edit.
 * Returns every region's keys and category code, for the subgraphs that keep a projection of them.
 */
export interface GeographyKeys {
  regions: RegionKeyRow[];
  categoryCodes: string[];
}

export async function seedGeography(db: DataSource, data: DataSet): Promise<GeographyKeys> {
  return db.transaction(async (manager) => {
    await bulkInsert(
      manager,
      'geography.region',
      {
        slug: 'text',
        name: 'text',
        country: 'text',
        nutsCode: 'text',
        nutsLevel: 'smallint',
        urbanRuralType: 'text',
        adminRegion: 'text',
        identityVerified: 'boolean',
        identityNote: 'text',
        illustrative: 'boolean',
      },
      data.regions.map((r) => ({ ...r, identityVerified: r.identityVerified ?? true, illustrative: data.illustrative })),
      'ON CONFLICT (slug) DO NOTHING',
    );
    await bulkInsert(
      manager,
      'geography.organisation',
      { slug: 'text', name: 'text', categoryCode: 'text', regionSlug: 'text', migrantLed: 'boolean', illustrative: 'boolean' },
      data.organisations.map((o) => ({
        slug: o.slug,
        name: o.name,
        categoryCode: o.category,
        regionSlug: o.region,
        migrantLed: o.migrantLed,
        illustrative: data.illustrative,
      })),
      'ON CONFLICT (slug) DO NOTHING',
    );
    const regions: RegionKeyRow[] = await manager.query('SELECT slug, country, illustrative FROM geography.region ORDER BY slug');
    const categories: { code: string }[] = await manager.query('SELECT code FROM geography.stakeholder_category ORDER BY position');
    return { regions, categoryCodes: categories.map((row) => row.code) };
  });
}

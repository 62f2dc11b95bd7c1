import type { DataSource } from 'typeorm';
import { parseCountryCodes } from '../../../core/validation';
import { Region } from './region.entity';

/** Every column of a region (alias r), named as Region's properties. */
const REGION_COLUMNS = `r.id, r.slug, r.name, r.country, r.nuts_code AS "nutsCode", r.nuts_level AS "nutsLevel",
  r.urban_rural_type AS "urbanRuralType", r.admin_region AS "adminRegion", r.identity_verified AS "identityVerified",
  r.identity_note AS "identityNote", r.illustrative`;

const regions = (rows: Region[]) => rows.map((row) => Object.assign(new Region(), row));

export class RegionService {
  constructor(private readonly db: DataSource) {}

  async list(countries?: readonly string[] | null): Promise<Region[]> {
    const params = countries ? [parseCountryCodes(countries, 'countries')] : [];
    return regions(
      await this.db.query(
        `SELECT ${REGION_COLUMNS} FROM geography.region r ${countries ? 'WHERE r.country = ANY($1::text[])' : ''}
         ORDER BY r.country, r.name`,
        params,
      ),
    );
  }

  async findBySlug(slug: string): Promise<Region | null> {
    const [found] = regions(await this.db.query(`SELECT ${REGION_COLUMNS} FROM geography.region r WHERE r.slug = $1`, [slug]));
    return found ?? null;
  }

  async findBySlugs(slugs: readonly string[]): Promise<Region[]> {
    return regions(await this.db.query(`SELECT ${REGION_COLUMNS} FROM geography.region r WHERE r.slug = ANY($1::text[])`, [slugs]));
  }
}

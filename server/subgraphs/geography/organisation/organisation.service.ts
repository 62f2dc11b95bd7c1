import type { DataSource } from 'typeorm';
import { Organisation } from './organisation.entity';

/** Every column of an organisation (alias o), named as Organisation's properties. */
export const ORGANISATION_COLUMNS = `o.id, o.slug, o.name, o.category_code AS "categoryCode", o.region_slug AS "regionSlug",
  o.migrant_led AS "migrantLed", o.illustrative, o.version`;

const organisations = (rows: Organisation[]) => rows.map((row) => Object.assign(new Organisation(), row));

export class OrganisationService {
  constructor(private readonly db: DataSource) {}

  async list(regionSlug?: string | null): Promise<Organisation[]> {
    return organisations(
      await this.db.query(
        `SELECT ${ORGANISATION_COLUMNS} FROM geography.organisation o ${regionSlug ? 'WHERE o.region_slug = $1' : ''}
         ORDER BY o.name`,
        regionSlug ? [regionSlug] : [],
      ),
    );
  }

  async findBySlugs(slugs: readonly string[]): Promise<Organisation[]> {
    return organisations(
      await this.db.query(`SELECT ${ORGANISATION_COLUMNS} FROM geography.organisation o WHERE o.slug = ANY($1::text[])`, [slugs]),
    );
  }

  async findByRegions(regionSlugs: readonly string[]): Promise<Organisation[]> {
    return organisations(
      await this.db.query(
        `SELECT ${ORGANISATION_COLUMNS} FROM geography.organisation o WHERE o.region_slug = ANY($1::text[]) ORDER BY o.name`,
        [regionSlugs],
      ),
    );
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

// The publication FUNDER and PUBLIC read counts approved roundtables only, yet it was built again
// after every write: a coordinator's draft moved the data version as an approval did, and funders
// were told "records changed since then are being published" for a change they will never see.
// Each region now has a second version, moved only by a statement that wrote an approved row of
// a rollup (before or after it): the publication follows that one (rollup/data-version.ts).
//
// It starts equal to the data version, so a publication kept in the database (whose version is a
// data version) is read as current exactly when nothing changed since it was built, and as the
// publication before otherwise: the published version only grows from there, past it.
const BUMP_BOTH = `
CREATE OR REPLACE FUNCTION engagement.bump_region_data_version() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  regions text[];
  published text[];
BEGIN
  IF engagement.region_rollups_deferred() THEN RETURN NULL; END IF;
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(DISTINCT region_slug), array_agg(DISTINCT region_slug) FILTER (WHERE approved) INTO regions, published FROM new_rows;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(DISTINCT region_slug), array_agg(DISTINCT region_slug) FILTER (WHERE approved) INTO regions, published FROM old_rows;
  ELSE
    SELECT array_agg(DISTINCT region_slug), array_agg(DISTINCT region_slug) FILTER (WHERE approved) INTO regions, published
    FROM (SELECT region_slug, approved FROM old_rows UNION ALL SELECT region_slug, approved FROM new_rows) changed;
  END IF;
  IF coalesce(cardinality(regions), 0) = 0 THEN RETURN NULL; END IF;
  PERFORM engagement.lock_region_rollups(regions);
  INSERT INTO engagement.region_data_version AS v (region_slug, version, published_version)
  SELECT r, 1, CASE WHEN r = ANY(coalesce(published, '{}')) THEN 1 ELSE 0 END FROM unnest(regions) r ORDER BY r
  ON CONFLICT (region_slug) DO UPDATE
    SET version = v.version + 1, published_version = v.published_version + CASE WHEN v.region_slug = ANY(coalesce(published, '{}')) THEN 1 ELSE 0 END;
  RETURN NULL;
END $fn$;

-- A write that deferred the triggers (an import) says only which regions it touched: both move.
CREATE OR REPLACE FUNCTION engagement.bump_region_data_versions(regions text[]) RETURNS void LANGUAGE plpgsql AS $fn$
BEGIN
  IF coalesce(cardinality(regions), 0) = 0 THEN RETURN; END IF;
  PERFORM engagement.lock_region_rollups(regions);
  INSERT INTO engagement.region_data_version AS v (region_slug, version, published_version)
  SELECT r, 1, 1 FROM unnest(regions) r ORDER BY r
  ON CONFLICT (region_slug) DO UPDATE SET version = v.version + 1, published_version = v.published_version + 1;
END $fn$;`;

// As DeferredRegionRollups1769000000000 left them.
const BUMP_DATA_ONLY = `
CREATE OR REPLACE FUNCTION engagement.bump_region_data_version() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  regions text[];
BEGIN
  IF engagement.region_rollups_deferred() THEN RETURN NULL; END IF;
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(DISTINCT region_slug) INTO regions FROM new_rows;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(DISTINCT region_slug) INTO regions FROM old_rows;
  ELSE
    SELECT array_agg(region_slug) INTO regions FROM (SELECT region_slug FROM old_rows UNION SELECT region_slug FROM new_rows) changed;
  END IF;
  IF coalesce(cardinality(regions), 0) = 0 THEN RETURN NULL; END IF;
  PERFORM engagement.lock_region_rollups(regions);
  INSERT INTO engagement.region_data_version AS v (region_slug, version)
  SELECT r, 1 FROM unnest(regions) r ORDER BY r
  ON CONFLICT (region_slug) DO UPDATE SET version = v.version + 1;
  RETURN NULL;
END $fn$;

CREATE OR REPLACE FUNCTION engagement.bump_region_data_versions(regions text[]) RETURNS void LANGUAGE plpgsql AS $fn$
BEGIN
  IF coalesce(cardinality(regions), 0) = 0 THEN RETURN; END IF;
  PERFORM engagement.lock_region_rollups(regions);
  INSERT INTO engagement.region_data_version AS v (region_slug, version)
  SELECT r, 1 FROM unnest(regions) r ORDER BY r
  ON CONFLICT (region_slug) DO UPDATE SET version = v.version + 1;
END $fn$;`;

export class PublishedDataVersion1769300000000 implements MigrationInterface {
  name = 'PublishedDataVersion1769300000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE engagement.region_data_version ADD COLUMN published_version bigint NOT NULL DEFAULT 0');
    await db.query('UPDATE engagement.region_data_version SET published_version = version');
    await db.query(BUMP_BOTH);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(BUMP_DATA_ONLY);
    await db.query('ALTER TABLE engagement.region_data_version DROP COLUMN published_version');
  }
}

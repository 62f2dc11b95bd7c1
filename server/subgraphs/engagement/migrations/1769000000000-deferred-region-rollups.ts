import type { MigrationInterface, QueryRunner } from 'typeorm';

// A write of many roundtables at once (an import) runs a statement per table, and each fires
// its trigger: at 1,000 regions every such trigger regroups nearly every region's rollup, two or
// three times per import for each rollup. Such a write may defer them: with the setting
// engagement.region_rollups at 'deferred' for its transaction (SET LOCAL), the triggers leave the
// regions alone, and the write recomputes each region it touched once, at its end, with the same
// functions (rollup/region-rollups.ts). Every other writer is unchanged.
const DEFERRED = `
CREATE FUNCTION engagement.region_rollups_deferred() RETURNS boolean LANGUAGE sql STABLE AS $fn$
  SELECT coalesce(current_setting('engagement.region_rollups', true), '') = 'deferred'
$fn$;

CREATE FUNCTION engagement.bump_region_data_versions(regions text[]) RETURNS void LANGUAGE plpgsql AS $fn$
BEGIN
  IF coalesce(cardinality(regions), 0) = 0 THEN RETURN; END IF;
  PERFORM engagement.lock_region_rollups(regions);
  INSERT INTO engagement.region_data_version AS v (region_slug, version)
  SELECT r, 1 FROM unnest(regions) r ORDER BY r
  ON CONFLICT (region_slug) DO UPDATE SET version = v.version + 1;
END $fn$;`;

const guard = (deferrable: boolean) => (deferrable ? 'IF engagement.region_rollups_deferred() THEN RETURN NULL; END IF;' : '');

const triggerFunctions = (deferrable: boolean) => `
CREATE OR REPLACE FUNCTION engagement.bump_region_data_version() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  regions text[];
BEGIN
  ${guard(deferrable)}
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

CREATE OR REPLACE FUNCTION engagement.follow_roundtable_rollup() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  regions text[];
BEGIN
  ${guard(deferrable)}
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(DISTINCT region_slug) INTO regions FROM new_rows;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(DISTINCT region_slug) INTO regions FROM old_rows;
  ELSE
    SELECT array_agg(region_slug) INTO regions FROM (SELECT region_slug FROM old_rows UNION SELECT region_slug FROM new_rows) changed;
  END IF;
  EXECUTE format('SELECT engagement.%I($1)', TG_ARGV[0]) USING regions;
  RETURN NULL;
END $fn$;

CREATE OR REPLACE FUNCTION engagement.follow_challenge_mention() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  regions text[];
BEGIN
  ${guard(deferrable)}
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(DISTINCT rt.region_slug) INTO regions FROM new_rows m JOIN engagement.roundtable rt ON rt.id = m.roundtable_id;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(DISTINCT rt.region_slug) INTO regions FROM old_rows m JOIN engagement.roundtable rt ON rt.id = m.roundtable_id;
  ELSE
    SELECT array_agg(DISTINCT rt.region_slug) INTO regions
    FROM (SELECT roundtable_id FROM old_rows UNION SELECT roundtable_id FROM new_rows) m
    JOIN engagement.roundtable rt ON rt.id = m.roundtable_id;
  END IF;
  PERFORM engagement.refresh_region_challenge_rollup(regions);
  RETURN NULL;
END $fn$;

CREATE OR REPLACE FUNCTION engagement.follow_roundtable() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  regions text[];
BEGIN
  ${guard(deferrable)}
  IF TG_OP = 'DELETE' THEN
    SELECT array_agg(DISTINCT region_slug) INTO regions FROM old_rows;
  ELSE
    SELECT array_agg(DISTINCT slug) INTO regions
    FROM old_rows o JOIN new_rows n ON n.id = o.id
    CROSS JOIN LATERAL (VALUES (o.region_slug), (n.region_slug)) moved (slug)
    WHERE (o.region_slug, o.format, o.illustrative, o.approved) IS DISTINCT FROM (n.region_slug, n.format, n.illustrative, n.approved);
  END IF;
  PERFORM engagement.refresh_region_challenge_rollup(regions);
  RETURN NULL;
END $fn$;`;

export class DeferredRegionRollups1769000000000 implements MigrationInterface {
  name = 'DeferredRegionRollups1769000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(DEFERRED);
    await db.query(triggerFunctions(true));
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(triggerFunctions(false));
    await db.query('DROP FUNCTION engagement.bump_region_data_versions(text[]), engagement.region_rollups_deferred()');
  }
}

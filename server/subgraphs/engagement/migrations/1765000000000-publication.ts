import type { MigrationInterface, QueryRunner } from 'typeorm';

// What the protected publication for FUNDER and PUBLIC needs of the database.
//
// 1. A published total below the split published with it ("10 to 14 people, 6 online and 5
//    onsite") now reads as at least the split (11 to 14), so that online + onsite + unknownMode
//    = total holds for every roundtable, in the min and in the max, as the publication's
//    relations (and the API's description) say. refreshRollups computes it the same way.
// 2. engagement's copy of evaluation's reporting periods, which the publication is made for:
//    filled here with the periods evaluation starts with, then brought up to date from
//    evaluation whenever a data set is loaded.
// 3. A version per region, bumped by every statement that changes a per-roundtable rollup, so
//    a reader knows from one small query whether anything published may have changed. It is
//    taken under the same per-region locks as the region rollups, so it adds no new wait.
const CONSISTENT_TOTALS = `
UPDATE engagement.roundtable_attendance_rollup
SET total_min = online_min + onsite_min + unknown_mode_min, total_max = online_max + onsite_max + unknown_mode_max
WHERE total_min IS NOT NULL
  AND (total_min, total_max) IS DISTINCT FROM (online_min + onsite_min + unknown_mode_min, online_max + onsite_max + unknown_mode_max)`;

const PERIODS = `
CREATE TABLE engagement.reporting_period_ref (
  code text PRIMARY KEY,
  starts_on date NOT NULL,
  ends_on date NOT NULL,
  CHECK (starts_on <= ends_on)
);
INSERT INTO engagement.reporting_period_ref (code, starts_on, ends_on) VALUES
  ('SIRA', '2021-01-01', '2023-03-31'),
  ('2021', '2021-01-01', '2021-12-31'),
  ('2022', '2022-01-01', '2022-12-31'),
  ('2023', '2023-01-01', '2023-03-31');`;

const VERSIONS = `
CREATE TABLE engagement.region_data_version (
  region_slug text PRIMARY KEY,
  version bigint NOT NULL
);
INSERT INTO engagement.region_data_version (region_slug, version)
SELECT DISTINCT region_slug, 1 FROM engagement.roundtable;

CREATE FUNCTION engagement.bump_region_data_version() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  regions text[];
BEGIN
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
END $fn$;`;

const TABLES = ['roundtable_attendance_rollup', 'roundtable_category_rollup', 'roundtable_profile_rollup'];
const EVENTS = ['INSERT', 'UPDATE', 'DELETE'] as const;
const TRANSITION = {
  INSERT: 'NEW TABLE AS new_rows',
  UPDATE: 'OLD TABLE AS old_rows NEW TABLE AS new_rows',
  DELETE: 'OLD TABLE AS old_rows',
};
const triggerName = (table: string, event: string) => `${table}_${event.toLowerCase()}_data_version`;

export class Publication1765000000000 implements MigrationInterface {
  name = 'Publication1765000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(CONSISTENT_TOTALS);
    await db.query(PERIODS);
    await db.query(VERSIONS);
    for (const table of TABLES) {
      for (const event of EVENTS) {
        await db.query(`
          CREATE TRIGGER ${triggerName(table, event)} AFTER ${event} ON engagement.${table}
          REFERENCING ${TRANSITION[event]}
          FOR EACH STATEMENT EXECUTE FUNCTION engagement.bump_region_data_version()`);
      }
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of TABLES) {
      for (const event of EVENTS) await db.query(`DROP TRIGGER ${triggerName(table, event)} ON engagement.${table}`);
    }
    await db.query('DROP FUNCTION engagement.bump_region_data_version()');
    await db.query('DROP TABLE engagement.region_data_version, engagement.reporting_period_ref');
    // Totals read as published again.
    await db.query(`
      UPDATE engagement.roundtable_attendance_rollup r
      SET total_min = pa.total_min, total_max = pa.total_max
      FROM engagement.published_attendance pa
      WHERE pa.roundtable_id = r.roundtable_id AND NOT r.from_records
        AND (r.total_min, r.total_max) IS DISTINCT FROM (pa.total_min, pa.total_max)`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ProfileRollup1764100000000 implements MigrationInterface {
  name = 'ProfileRollup1764100000000';

  async up(db: QueryRunner): Promise<void> {
    // Attendances from participant records, counted per profile, so indicators can be split by
    // gender, age band and newcomer status in SQL without reading participants one by one.
    // A null gender or age band means the record does not say; it is a profile of its own.
    await db.query(`
      CREATE TABLE engagement.roundtable_profile_rollup (
        roundtable_id uuid NOT NULL REFERENCES engagement.roundtable (id) ON DELETE CASCADE,
        region_slug text NOT NULL,
        date date NOT NULL,
        format text,
        illustrative boolean NOT NULL,
        newcomer boolean NOT NULL,
        gender text,
        age_band text,
        mode text NOT NULL,
        participants int NOT NULL CHECK (participants > 0),
        UNIQUE NULLS NOT DISTINCT (roundtable_id, newcomer, gender, age_band, mode)
      )`);
    await db.query('CREATE INDEX profile_rollup_region_date_idx ON engagement.roundtable_profile_rollup (region_slug, date)');
    // Written out here rather than shared with refreshRollups, so this migration keeps doing
    // what it did when later code changes.
    await db.query(`
      INSERT INTO engagement.roundtable_profile_rollup
        (roundtable_id, region_slug, date, format, illustrative, newcomer, gender, age_band, mode, participants)
      SELECT rt.id, rt.region_slug, rt.date, rt.format, rt.illustrative, pt.newcomer, pt.gender, pt.age_band, p.mode, count(*)::int
      FROM engagement.participation p
      JOIN engagement.participant pt ON pt.id = p.participant_id
      JOIN engagement.roundtable rt ON rt.id = p.roundtable_id
      GROUP BY rt.id, pt.newcomer, pt.gender, pt.age_band, p.mode`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE engagement.roundtable_profile_rollup');
  }
}

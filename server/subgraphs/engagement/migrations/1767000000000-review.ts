import type { MigrationInterface, QueryRunner } from 'typeorm';

// Review of roundtables, and the periods closed to changes.
//
// 1. Every roundtable has a review state: DRAFT → SUBMITTED → APPROVED, or SUBMITTED →
//    RETURNED (with the reviewer's comment) → SUBMITTED again. Records that exist when this
//    runs and cite a publication are APPROVED, by a system actor in the audit trail; the rest
//    wait for review (SUBMITTED).
// 2. Every rollup carries `approved`, as it carries `illustrative`, and the region rollups keep
//    approved and unapproved records in separate rows, so "approved only" stays one condition
//    in the one SQL statement of each analytics field. The roundtable has it too, generated
//    from its state, so every table a scope is applied to answers the same condition.
// 3. A reporting period can be closed to changes, and reopened. Each closure is kept, with
//    who closed and reopened it and why, so the table is its own history; a closure keeps
//    the period's dates as they were when it was closed, so a later change to the period
//    list cannot open or widen it silently.
const REVIEW = `
ALTER TABLE engagement.roundtable
  ADD COLUMN review_state text NOT NULL DEFAULT 'DRAFT' CHECK (review_state IN ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED')),
  ADD COLUMN review_comment text,
  ADD COLUMN submitted_at timestamptz,
  ADD COLUMN reviewed_at timestamptz,
  ADD COLUMN approved boolean GENERATED ALWAYS AS (review_state = 'APPROVED') STORED;
CREATE INDEX roundtable_review_state_idx ON engagement.roundtable (review_state, region_slug);
UPDATE engagement.roundtable rt
SET review_state = CASE WHEN EXISTS (SELECT 1 FROM engagement.roundtable_source rs WHERE rs.roundtable_id = rt.id)
                        THEN 'APPROVED' ELSE 'SUBMITTED' END,
    -- submitted_at stays unknown: when these records were first entered is not when they were submitted.
    reviewed_at = CASE WHEN EXISTS (SELECT 1 FROM engagement.roundtable_source rs WHERE rs.roundtable_id = rt.id) THEN now() END;
ALTER TABLE engagement.audit_entry DROP CONSTRAINT audit_entry_action_check;
ALTER TABLE engagement.audit_entry ADD CONSTRAINT audit_entry_action_check
  CHECK (action IN ('CREATE', 'UPDATE', 'DELETE', 'RESTORE', 'IMPORT', 'SUBMIT', 'APPROVE', 'RETURN', 'REOPEN'));
INSERT INTO engagement.audit_entry (actor, actor_name, actor_role, action, entity_type, entity_id, region_slug, before, after)
SELECT 'system', 'SIRA Monitor', 'ADMIN', 'APPROVE', 'Roundtable', rt.id, rt.region_slug,
       jsonb_build_object('id', rt.id, 'version', rt.version, 'regionSlug', rt.region_slug, 'reviewState', 'SUBMITTED'),
       jsonb_build_object('id', rt.id, 'version', rt.version, 'regionSlug', rt.region_slug, 'reviewState', 'APPROVED',
                          'reviewComment', 'Approved when review began: the record cites a publication.')
FROM engagement.roundtable rt WHERE rt.review_state = 'APPROVED';
CREATE TABLE engagement.period_closure (
  id bigserial PRIMARY KEY,
  period_code text NOT NULL,
  starts_on date NOT NULL,
  ends_on date NOT NULL,
  reason text NOT NULL,
  closed_by text NOT NULL,
  closed_at timestamptz NOT NULL DEFAULT now(),
  reopened_by text,
  reopened_at timestamptz,
  reopen_reason text,
  CHECK (starts_on <= ends_on),
  CHECK ((reopened_at IS NULL) = (reopened_by IS NULL) AND (reopened_at IS NULL) = (reopen_reason IS NULL))
);
CREATE UNIQUE INDEX period_closure_open_idx ON engagement.period_closure (period_code) WHERE reopened_at IS NULL;`;

const ROLLUPS = ['roundtable_attendance_rollup', 'roundtable_category_rollup', 'roundtable_profile_rollup'];
const REGION_ROLLUPS: Record<string, string> = {
  region_attendance_rollup: 'region_slug, format, illustrative',
  region_category_rollup: 'region_slug, category_code, format, illustrative',
  region_challenge_rollup: 'region_slug, challenge_code, format, illustrative',
};

const functions = (approved: boolean) => {
  const column = approved ? ', approved' : '';
  const of = (alias: string) => (approved ? `, ${alias}.approved` : '');
  const challengeApproved = approved ? ', rt.approved' : '';
  return `
CREATE OR REPLACE FUNCTION engagement.refresh_region_attendance_rollup(regions text[]) RETURNS void LANGUAGE plpgsql AS $fn$
BEGIN
  IF coalesce(cardinality(regions), 0) = 0 THEN RETURN; END IF;
  PERFORM engagement.lock_region_rollups(regions);
  DELETE FROM engagement.region_attendance_rollup WHERE region_slug = ANY(regions);
  INSERT INTO engagement.region_attendance_rollup (region_slug, format, illustrative${column}, roundtables, unknown_attendance,
    online_min, online_max, onsite_min, onsite_max, unknown_mode_min, unknown_mode_max, total_min, total_max, first_date, last_date)
  SELECT a.region_slug, a.format, a.illustrative${of('a')}, count(*), count(*) FILTER (WHERE a.total_min IS NULL),
         sum(a.online_min), sum(a.online_max), sum(a.onsite_min), sum(a.onsite_max),
         sum(a.unknown_mode_min), sum(a.unknown_mode_max), sum(a.total_min), sum(a.total_max), min(a.date), max(a.date)
  FROM engagement.roundtable_attendance_rollup a
  WHERE a.region_slug = ANY(regions)
  GROUP BY a.region_slug, a.format, a.illustrative${of('a')};
END $fn$;

CREATE OR REPLACE FUNCTION engagement.refresh_region_category_rollup(regions text[]) RETURNS void LANGUAGE plpgsql AS $fn$
BEGIN
  IF coalesce(cardinality(regions), 0) = 0 THEN RETURN; END IF;
  PERFORM engagement.lock_region_rollups(regions);
  DELETE FROM engagement.region_category_rollup WHERE region_slug = ANY(regions);
  INSERT INTO engagement.region_category_rollup (region_slug, category_code, format, illustrative${column}, roundtables, uncounted,
    participants_min, participants_max)
  SELECT c.region_slug, c.category_code, c.format, c.illustrative${of('c')}, count(*), count(*) FILTER (WHERE c.participants_min IS NULL),
         sum(c.participants_min), sum(c.participants_max)
  FROM engagement.roundtable_category_rollup c
  WHERE c.region_slug = ANY(regions)
  GROUP BY c.region_slug, c.category_code, c.format, c.illustrative${of('c')};
END $fn$;

CREATE OR REPLACE FUNCTION engagement.refresh_region_challenge_rollup(regions text[]) RETURNS void LANGUAGE plpgsql AS $fn$
BEGIN
  IF coalesce(cardinality(regions), 0) = 0 THEN RETURN; END IF;
  PERFORM engagement.lock_region_rollups(regions);
  DELETE FROM engagement.region_challenge_rollup WHERE region_slug = ANY(regions);
  INSERT INTO engagement.region_challenge_rollup (region_slug, challenge_code, format, illustrative${column}, mentions, roundtables)
  SELECT rt.region_slug, m.challenge_code, rt.format, rt.illustrative${challengeApproved}, count(*), count(DISTINCT m.roundtable_id)
  FROM engagement.challenge_mention m
  JOIN engagement.roundtable rt ON rt.id = m.roundtable_id
  WHERE rt.region_slug = ANY(regions)
  GROUP BY rt.region_slug, m.challenge_code, rt.format, rt.illustrative${challengeApproved};
END $fn$;

CREATE OR REPLACE FUNCTION engagement.follow_roundtable() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  regions text[];
BEGIN
  IF TG_OP = 'DELETE' THEN
    SELECT array_agg(DISTINCT region_slug) INTO regions FROM old_rows;
  ELSE
    SELECT array_agg(DISTINCT slug) INTO regions
    FROM old_rows o JOIN new_rows n ON n.id = o.id
    CROSS JOIN LATERAL (VALUES (o.region_slug), (n.region_slug)) moved (slug)
    WHERE (o.region_slug, o.format, o.illustrative${of('o')}) IS DISTINCT FROM (n.region_slug, n.format, n.illustrative${of('n')});
  END IF;
  PERFORM engagement.refresh_region_challenge_rollup(regions);
  RETURN NULL;
END $fn$;`;
};

const REFRESH_ALL = `SELECT engagement.refresh_region_attendance_rollup(ARRAY(SELECT DISTINCT region_slug FROM engagement.roundtable_attendance_rollup)),
  engagement.refresh_region_category_rollup(ARRAY(SELECT DISTINCT region_slug FROM engagement.roundtable_category_rollup)),
  engagement.refresh_region_challenge_rollup(ARRAY(SELECT DISTINCT region_slug FROM engagement.roundtable))`;

async function uniqueConstraint(db: QueryRunner, table: string): Promise<string> {
  const [row] = await db.query(`SELECT conname FROM pg_constraint WHERE conrelid = ('engagement.' || $1)::regclass AND contype = 'u'`, [
    table,
  ]);
  return row.conname;
}

export class Review1767000000000 implements MigrationInterface {
  name = 'Review1767000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(REVIEW);
    for (const table of ROLLUPS) {
      await db.query(`ALTER TABLE engagement.${table} ADD COLUMN approved boolean NOT NULL DEFAULT false`);
      await db.query(
        `UPDATE engagement.${table} r SET approved = true FROM engagement.roundtable rt WHERE rt.id = r.roundtable_id AND rt.approved`,
      );
    }
    for (const [table, key] of Object.entries(REGION_ROLLUPS)) {
      await db.query(`ALTER TABLE engagement.${table} DROP CONSTRAINT ${await uniqueConstraint(db, table)}`);
      await db.query(`ALTER TABLE engagement.${table} ADD COLUMN approved boolean NOT NULL DEFAULT false`);
      await db.query(`ALTER TABLE engagement.${table} ADD UNIQUE NULLS NOT DISTINCT (${key}, approved)`);
    }
    await db.query(functions(true));
    await db.query(REFRESH_ALL);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(functions(false));
    for (const [table, key] of Object.entries(REGION_ROLLUPS)) {
      await db.query(`ALTER TABLE engagement.${table} DROP COLUMN approved`);
      await db.query(`DELETE FROM engagement.${table}`);
      await db.query(`ALTER TABLE engagement.${table} ADD UNIQUE NULLS NOT DISTINCT (${key})`);
    }
    for (const table of ROLLUPS) await db.query(`ALTER TABLE engagement.${table} DROP COLUMN approved`);
    await db.query(REFRESH_ALL);
    await db.query(`
      DROP TABLE engagement.period_closure;
      DELETE FROM engagement.audit_entry WHERE action IN ('SUBMIT', 'APPROVE', 'RETURN', 'REOPEN');
      ALTER TABLE engagement.audit_entry DROP CONSTRAINT audit_entry_action_check;
      ALTER TABLE engagement.audit_entry ADD CONSTRAINT audit_entry_action_check
        CHECK (action IN ('CREATE', 'UPDATE', 'DELETE', 'RESTORE', 'IMPORT'));
      DROP INDEX engagement.roundtable_review_state_idx;
      ALTER TABLE engagement.roundtable DROP COLUMN approved, DROP COLUMN review_state, DROP COLUMN review_comment, DROP COLUMN submitted_at, DROP COLUMN reviewed_at`);
  }
}

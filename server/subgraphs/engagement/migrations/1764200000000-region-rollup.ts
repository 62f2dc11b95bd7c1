import type { MigrationInterface, QueryRunner } from 'typeorm';

// Per-region sums of the per-roundtable rollups, so the analytics over every region read a few
// rows per region instead of every roundtable. The key holds format and illustrative (each a
// property of one roundtable), so every filter but dates can be answered from these rows; a
// roundtable falls in exactly one key, so counts of distinct roundtables add up across keys.
// Each unique key leads with the columns the analytics group by, so the rows of a few regions
// are found through it, already in the order asked for.
const TABLES = `
CREATE TABLE engagement.region_attendance_rollup (
  region_slug text NOT NULL,
  format text,
  illustrative boolean NOT NULL,
  roundtables int NOT NULL CHECK (roundtables > 0),
  unknown_attendance int NOT NULL,
  online_min int, online_max int, onsite_min int, onsite_max int,
  unknown_mode_min int, unknown_mode_max int, total_min int, total_max int,
  first_date date NOT NULL,
  last_date date NOT NULL,
  UNIQUE NULLS NOT DISTINCT (region_slug, format, illustrative)
);
CREATE TABLE engagement.region_category_rollup (
  region_slug text NOT NULL,
  category_code text NOT NULL,
  format text,
  illustrative boolean NOT NULL,
  roundtables int NOT NULL CHECK (roundtables > 0),
  uncounted int NOT NULL,
  participants_min int, participants_max int,
  UNIQUE NULLS NOT DISTINCT (region_slug, category_code, format, illustrative)
);
CREATE TABLE engagement.region_challenge_rollup (
  region_slug text NOT NULL,
  challenge_code text NOT NULL,
  format text,
  illustrative boolean NOT NULL,
  mentions int NOT NULL CHECK (mentions > 0),
  roundtables int NOT NULL CHECK (roundtables > 0),
  UNIQUE NULLS NOT DISTINCT (region_slug, challenge_code, format, illustrative)
);`;

// Each refresh recomputes whole regions from the per-roundtable rows: simpler than adding and
// subtracting deltas, and a sum stays NULL exactly when every roundtable's figure is unknown.
//
// Two transactions writing one region must not lose an update. Under READ COMMITTED a
// recompute whose snapshot lacks the other's rows would, so a refresh first takes a lock per
// region, held to the end of the transaction; every statement after it takes a fresh
// snapshot, which then includes what the previous holder committed. The locks are taken in
// sorted order, so two refreshes never wait on each other's locks. A refresh of many regions
// (a seed, a large import) takes one lock over all regions instead, so it never fills
// PostgreSQL's lock table; every other refresh holds that one shared.
const FUNCTIONS = `
CREATE FUNCTION engagement.lock_region_rollups(regions text[]) RETURNS void LANGUAGE plpgsql AS $fn$
DECLARE
  slug text;
BEGIN
  IF cardinality(regions) > 100 THEN
    PERFORM pg_advisory_xact_lock(hashtext('engagement.region_rollup'), 0);
    RETURN;
  END IF;
  PERFORM pg_advisory_xact_lock_shared(hashtext('engagement.region_rollup'), 0);
  FOR slug IN SELECT DISTINCT r FROM unnest(regions) r ORDER BY 1 LOOP
    PERFORM pg_advisory_xact_lock(hashtext('engagement.region_rollup.region'), hashtext(slug));
  END LOOP;
END $fn$;

CREATE FUNCTION engagement.refresh_region_attendance_rollup(regions text[]) RETURNS void LANGUAGE plpgsql AS $fn$
BEGIN
  IF coalesce(cardinality(regions), 0) = 0 THEN RETURN; END IF;
  PERFORM engagement.lock_region_rollups(regions);
  DELETE FROM engagement.region_attendance_rollup WHERE region_slug = ANY(regions);
  INSERT INTO engagement.region_attendance_rollup (region_slug, format, illustrative, roundtables, unknown_attendance,
    online_min, online_max, onsite_min, onsite_max, unknown_mode_min, unknown_mode_max, total_min, total_max, first_date, last_date)
  SELECT a.region_slug, a.format, a.illustrative, count(*), count(*) FILTER (WHERE a.total_min IS NULL),
         sum(a.online_min), sum(a.online_max), sum(a.onsite_min), sum(a.onsite_max),
         sum(a.unknown_mode_min), sum(a.unknown_mode_max), sum(a.total_min), sum(a.total_max), min(a.date), max(a.date)
  FROM engagement.roundtable_attendance_rollup a
  WHERE a.region_slug = ANY(regions)
  GROUP BY a.region_slug, a.format, a.illustrative;
END $fn$;

CREATE FUNCTION engagement.refresh_region_category_rollup(regions text[]) RETURNS void LANGUAGE plpgsql AS $fn$
BEGIN
  IF coalesce(cardinality(regions), 0) = 0 THEN RETURN; END IF;
  PERFORM engagement.lock_region_rollups(regions);
  DELETE FROM engagement.region_category_rollup WHERE region_slug = ANY(regions);
  INSERT INTO engagement.region_category_rollup (region_slug, category_code, format, illustrative, roundtables, uncounted,
    participants_min, participants_max)
  SELECT c.region_slug, c.category_code, c.format, c.illustrative, count(*), count(*) FILTER (WHERE c.participants_min IS NULL),
         sum(c.participants_min), sum(c.participants_max)
  FROM engagement.roundtable_category_rollup c
  WHERE c.region_slug = ANY(regions)
  GROUP BY c.region_slug, c.category_code, c.format, c.illustrative;
END $fn$;

CREATE FUNCTION engagement.refresh_region_challenge_rollup(regions text[]) RETURNS void LANGUAGE plpgsql AS $fn$
BEGIN
  IF coalesce(cardinality(regions), 0) = 0 THEN RETURN; END IF;
  PERFORM engagement.lock_region_rollups(regions);
  DELETE FROM engagement.region_challenge_rollup WHERE region_slug = ANY(regions);
  INSERT INTO engagement.region_challenge_rollup (region_slug, challenge_code, format, illustrative, mentions, roundtables)
  SELECT rt.region_slug, m.challenge_code, rt.format, rt.illustrative, count(*), count(DISTINCT m.roundtable_id)
  FROM engagement.challenge_mention m
  JOIN engagement.roundtable rt ON rt.id = m.roundtable_id
  WHERE rt.region_slug = ANY(regions)
  GROUP BY rt.region_slug, m.challenge_code, rt.format, rt.illustrative;
END $fn$;`;

// Kept current by triggers rather than by the code that writes: a deletion reaches the
// per-roundtable rollups and the challenge mentions through ON DELETE CASCADE, where no
// code runs, and a trigger also sees every writer to come (mutations, imports, seeds, psql).
// They are statement-level with transition tables, so a bulk load recomputes each region
// once per statement, not once per row; PostgreSQL allows transition tables only on a
// trigger of one event, hence one trigger per event.
const TRIGGER_FUNCTIONS = `
CREATE FUNCTION engagement.follow_roundtable_rollup() RETURNS trigger LANGUAGE plpgsql AS $fn$
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
  EXECUTE format('SELECT engagement.%I($1)', TG_ARGV[0]) USING regions;
  RETURN NULL;
END $fn$;

-- A mention whose roundtable is being deleted finds no roundtable here; the roundtable's own
-- trigger recomputes its region.
CREATE FUNCTION engagement.follow_challenge_mention() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  regions text[];
BEGIN
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

-- Challenge counts are keyed by the roundtable's region, format and illustrative flag, which
-- only the roundtable holds; the other rollups carry their own copy, refreshed with them.
CREATE FUNCTION engagement.follow_roundtable() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  regions text[];
BEGIN
  IF TG_OP = 'DELETE' THEN
    SELECT array_agg(DISTINCT region_slug) INTO regions FROM old_rows;
  ELSE
    SELECT array_agg(DISTINCT slug) INTO regions
    FROM old_rows o JOIN new_rows n ON n.id = o.id
    CROSS JOIN LATERAL (VALUES (o.region_slug), (n.region_slug)) moved (slug)
    WHERE (o.region_slug, o.format, o.illustrative) IS DISTINCT FROM (n.region_slug, n.format, n.illustrative);
  END IF;
  PERFORM engagement.refresh_region_challenge_rollup(regions);
  RETURN NULL;
END $fn$;`;

interface Follower {
  table: string;
  events: ('INSERT' | 'UPDATE' | 'DELETE')[];
  call: string;
}

const FOLLOWERS: Follower[] = [
  {
    table: 'roundtable_attendance_rollup',
    events: ['INSERT', 'UPDATE', 'DELETE'],
    call: "follow_roundtable_rollup('refresh_region_attendance_rollup')",
  },
  {
    table: 'roundtable_category_rollup',
    events: ['INSERT', 'UPDATE', 'DELETE'],
    call: "follow_roundtable_rollup('refresh_region_category_rollup')",
  },
  { table: 'challenge_mention', events: ['INSERT', 'UPDATE', 'DELETE'], call: 'follow_challenge_mention()' },
  // A new roundtable has no mentions yet; they come with their own trigger.
  { table: 'roundtable', events: ['UPDATE', 'DELETE'], call: 'follow_roundtable()' },
];

const triggerName = (table: string, event: string) => `${table}_${event.toLowerCase()}_region_rollup`;

const transitionTables = (event: Follower['events'][number]) =>
  ({
    INSERT: 'NEW TABLE AS new_rows',
    UPDATE: 'OLD TABLE AS old_rows NEW TABLE AS new_rows',
    DELETE: 'OLD TABLE AS old_rows',
  })[event];

export class RegionRollup1764200000000 implements MigrationInterface {
  name = 'RegionRollup1764200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(TABLES);
    await db.query(FUNCTIONS);
    await db.query(TRIGGER_FUNCTIONS);
    for (const { table, events, call } of FOLLOWERS) {
      for (const event of events) {
        await db.query(`
          CREATE TRIGGER ${triggerName(table, event)} AFTER ${event} ON engagement.${table}
          REFERENCING ${transitionTables(event)}
          FOR EACH STATEMENT EXECUTE FUNCTION engagement.${call}`);
      }
    }
    await db.query(`SELECT engagement.refresh_region_attendance_rollup(ARRAY(SELECT DISTINCT region_slug FROM engagement.roundtable_attendance_rollup)),
                           engagement.refresh_region_category_rollup(ARRAY(SELECT DISTINCT region_slug FROM engagement.roundtable_category_rollup)),
                           engagement.refresh_region_challenge_rollup(ARRAY(SELECT DISTINCT region_slug FROM engagement.roundtable))`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const { table, events } of FOLLOWERS) {
      for (const event of events) await db.query(`DROP TRIGGER ${triggerName(table, event)} ON engagement.${table}`);
    }
    for (const name of [
      'follow_roundtable()',
      'follow_challenge_mention()',
      'follow_roundtable_rollup()',
      'refresh_region_challenge_rollup(text[])',
      'refresh_region_category_rollup(text[])',
      'refresh_region_attendance_rollup(text[])',
      'lock_region_rollups(text[])',
    ]) {
      await db.query(`DROP FUNCTION engagement.${name}`);
    }
    await db.query('DROP TABLE engagement.region_challenge_rollup, engagement.region_category_rollup, engagement.region_attendance_rollup');
  }
}

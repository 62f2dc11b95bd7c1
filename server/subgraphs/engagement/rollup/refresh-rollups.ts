import type { EntityManager } from 'typeorm';

// Participant records, where a roundtable has any, are the exact count; otherwise the
// published figures are used as published. ONLINE and ONSITE roundtables put everyone in
// their one mode; for the rest, a split that was not published stays in unknown_mode. A
// published total below the split published with it ("10 to 14, 6 online and 5 onsite")
// reads as at least the split (11 to 14), so online + onsite + unknown_mode = total always.
const REFRESH_ATTENDANCE = `
WITH records AS (
  SELECT p.roundtable_id,
         count(*)::int AS total,
         count(*) FILTER (WHERE p.mode = 'ONLINE')::int AS online,
         count(*) FILTER (WHERE p.mode = 'ONSITE')::int AS onsite,
         count(*) FILTER (WHERE pt.newcomer)::int AS newcomers
  FROM engagement.participation p
  JOIN engagement.participant pt ON pt.id = p.participant_id
  WHERE p.roundtable_id = ANY($1::uuid[])
  GROUP BY p.roundtable_id
), published AS (
  SELECT rt.id, rt.format, pa.total_min, pa.total_max, pa.organisations,
         CASE WHEN rt.format = 'ONLINE' THEN pa.total_min WHEN rt.format = 'ONSITE' THEN 0 ELSE COALESCE(pa.online_min, 0) END AS online_min,
         CASE WHEN rt.format = 'ONLINE' THEN pa.total_max WHEN rt.format = 'ONSITE' THEN 0 ELSE COALESCE(pa.online_max, 0) END AS online_max,
         CASE WHEN rt.format = 'ONSITE' THEN pa.total_min WHEN rt.format = 'ONLINE' THEN 0 ELSE COALESCE(pa.onsite_min, 0) END AS onsite_min,
         CASE WHEN rt.format = 'ONSITE' THEN pa.total_max WHEN rt.format = 'ONLINE' THEN 0 ELSE COALESCE(pa.onsite_max, 0) END AS onsite_max
  FROM engagement.roundtable rt
  LEFT JOIN engagement.published_attendance pa ON pa.roundtable_id = rt.id
  WHERE rt.id = ANY($1::uuid[])
)
INSERT INTO engagement.roundtable_attendance_rollup AS r (
  roundtable_id, region_slug, date, format, illustrative, approved, from_records, total_min, total_max, online_min, online_max,
  onsite_min, onsite_max, unknown_mode_min, unknown_mode_max, newcomers_min, newcomers_max, organisations)
SELECT rt.id, rt.region_slug, rt.date, rt.format, rt.illustrative, rt.approved, rec.roundtable_id IS NOT NULL,
       CASE WHEN rec.roundtable_id IS NOT NULL THEN rec.total
            WHEN pub.total_min IS NOT NULL THEN GREATEST(pub.total_min, pub.online_min + pub.onsite_min) END,
       CASE WHEN rec.roundtable_id IS NOT NULL THEN rec.total
            WHEN pub.total_min IS NOT NULL THEN GREATEST(pub.total_max, pub.online_max + pub.onsite_max) END,
       CASE WHEN rec.roundtable_id IS NOT NULL THEN rec.online WHEN pub.total_min IS NOT NULL THEN pub.online_min END,
       CASE WHEN rec.roundtable_id IS NOT NULL THEN rec.online WHEN pub.total_min IS NOT NULL THEN pub.online_max END,
       CASE WHEN rec.roundtable_id IS NOT NULL THEN rec.onsite WHEN pub.total_min IS NOT NULL THEN pub.onsite_min END,
       CASE WHEN rec.roundtable_id IS NOT NULL THEN rec.onsite WHEN pub.total_min IS NOT NULL THEN pub.onsite_max END,
       CASE WHEN rec.roundtable_id IS NOT NULL THEN 0
            WHEN pub.total_min IS NULL THEN NULL
            WHEN pub.format IN ('ONLINE', 'ONSITE') THEN 0
            ELSE GREATEST(0, pub.total_min - pub.online_max - pub.onsite_max) END,
       CASE WHEN rec.roundtable_id IS NOT NULL THEN 0
            WHEN pub.total_min IS NULL THEN NULL
            WHEN pub.format IN ('ONLINE', 'ONSITE') THEN 0
            ELSE GREATEST(0, pub.total_max - pub.online_min - pub.onsite_min) END,
       rec.newcomers, rec.newcomers,
       pub.organisations
FROM engagement.roundtable rt
JOIN published pub ON pub.id = rt.id
LEFT JOIN records rec ON rec.roundtable_id = rt.id
ON CONFLICT (roundtable_id) DO UPDATE SET
  region_slug = EXCLUDED.region_slug, date = EXCLUDED.date, format = EXCLUDED.format,
  illustrative = EXCLUDED.illustrative, approved = EXCLUDED.approved, from_records = EXCLUDED.from_records,
  total_min = EXCLUDED.total_min, total_max = EXCLUDED.total_max,
  online_min = EXCLUDED.online_min, online_max = EXCLUDED.online_max,
  onsite_min = EXCLUDED.onsite_min, onsite_max = EXCLUDED.onsite_max,
  unknown_mode_min = EXCLUDED.unknown_mode_min, unknown_mode_max = EXCLUDED.unknown_mode_max,
  newcomers_min = EXCLUDED.newcomers_min, newcomers_max = EXCLUDED.newcomers_max,
  organisations = EXCLUDED.organisations`;

const CLEAR_CATEGORIES = 'DELETE FROM engagement.roundtable_category_rollup WHERE roundtable_id = ANY($1::uuid[])';

const REFRESH_CATEGORIES = `
WITH recorded AS (
  SELECT p.roundtable_id, pt.category_code, count(*)::int AS participants
  FROM engagement.participation p
  JOIN engagement.participant pt ON pt.id = p.participant_id
  WHERE p.roundtable_id = ANY($1::uuid[])
  GROUP BY p.roundtable_id, pt.category_code
)
INSERT INTO engagement.roundtable_category_rollup
  (roundtable_id, category_code, region_slug, date, format, illustrative, approved, participants_min, participants_max)
SELECT rt.id, rec.category_code, rt.region_slug, rt.date, rt.format, rt.illustrative, rt.approved,
       rec.participants, rec.participants
FROM recorded rec JOIN engagement.roundtable rt ON rt.id = rec.roundtable_id
UNION ALL
SELECT rt.id, pc.category_code, rt.region_slug, rt.date, rt.format, rt.illustrative, rt.approved,
       pc.participants_min, pc.participants_max
FROM engagement.published_category pc JOIN engagement.roundtable rt ON rt.id = pc.roundtable_id
WHERE pc.roundtable_id = ANY($1::uuid[])
  AND NOT EXISTS (SELECT 1 FROM recorded rec WHERE rec.roundtable_id = pc.roundtable_id)`;

const CLEAR_PROFILES = 'DELETE FROM engagement.roundtable_profile_rollup WHERE roundtable_id = ANY($1::uuid[])';

// Only roundtables with participant records have profiles; the rest are counted from their
// published totals, which say nothing of gender, age or newcomer status.
const REFRESH_PROFILES = `
INSERT INTO engagement.roundtable_profile_rollup
  (roundtable_id, region_slug, date, format, illustrative, approved, newcomer, gender, age_band, mode, participants)
SELECT rt.id, rt.region_slug, rt.date, rt.format, rt.illustrative, rt.approved,
       pt.newcomer, pt.gender, pt.age_band, p.mode, count(*)::int
FROM engagement.participation p
JOIN engagement.participant pt ON pt.id = p.participant_id
JOIN engagement.roundtable rt ON rt.id = p.roundtable_id
WHERE p.roundtable_id = ANY($1::uuid[])
GROUP BY rt.id, pt.newcomer, pt.gender, pt.age_band, p.mode`;

/**
 * Recomputes the rollups of some roundtables. Call it in the transaction of every write
 * that changes a roundtable, its published figures or its participations.
 */
export async function refreshRollups(manager: EntityManager, roundtableIds: readonly string[]): Promise<void> {
  if (roundtableIds.length === 0) return;
  const ids = [...roundtableIds];
  await manager.query(REFRESH_ATTENDANCE, [ids]);
  await manager.query(CLEAR_CATEGORIES, [ids]);
  await manager.query(REFRESH_CATEGORIES, [ids]);
  await manager.query(CLEAR_PROFILES, [ids]);
  await manager.query(REFRESH_PROFILES, [ids]);
}

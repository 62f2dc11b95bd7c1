import { PUBLISHED_DATA_VERSION } from '../rollup/data-version';

/**
 * The finest counts the publication is built from, approved roundtables only: per data set (recorded or illustrative),
 * region, span of time between period boundaries ($1, sorted dates: width_bucket numbers them
 * 0 before the first, 1 from the first to the second, ...) and part. One statement, so every
 * count comes from one snapshot, with the version of the data it saw.
 *
 * Kinds: A, a part of attendance; P, a part of the participant records; C, a category (n3: the
 * roundtables where it is present, counted or not); O, the category counts of roundtables
 * counted from publications, which need not add up to anything; R, roundtables held (n1),
 * with unknown attendance (n2), counted from records (n3); V, the published data version. For A, P and
 * C, n1 and n2 count the roundtables where the part is at least 1 in the min and in the max:
 * what the records shown beside the publication can prove a count to be at least.
 */
export const PUBLICATION_ATOMS = `
SELECT 'A' AS kind, a.illustrative, a.region_slug AS region, width_bucket(a.date, $1::date[]) AS segment, p.key,
       sum(p.min)::bigint AS min, sum(p.max)::bigint AS max,
       count(*) FILTER (WHERE p.min >= 1)::int AS n1, count(*) FILTER (WHERE p.max >= 1)::int AS n2, 0 AS n3
FROM engagement.roundtable_attendance_rollup a
CROSS JOIN LATERAL (VALUES
  ('TOTAL', a.total_min, a.total_max),
  ('ONLINE', a.online_min, a.online_max),
  ('ONSITE', a.onsite_min, a.onsite_max),
  ('UNKNOWN_MODE', a.unknown_mode_min, a.unknown_mode_max),
  ('FROM_PUBLICATIONS', CASE WHEN NOT a.from_records THEN a.total_min END, CASE WHEN NOT a.from_records THEN a.total_max END)
) AS p (key, min, max)
WHERE a.approved
GROUP BY 2, 3, 4, 5
UNION ALL
SELECT 'R', a.illustrative, a.region_slug, width_bucket(a.date, $1::date[]), 'ROUNDTABLES', NULL, NULL,
       count(*)::int, count(*) FILTER (WHERE a.total_min IS NULL)::int, count(*) FILTER (WHERE a.from_records)::int
FROM engagement.roundtable_attendance_rollup a
WHERE a.approved
GROUP BY 2, 3, 4
UNION ALL
SELECT 'P', p.illustrative, p.region_slug, width_bucket(p.date, $1::date[]), k.key, sum(p.participants), sum(p.participants),
       count(DISTINCT p.roundtable_id)::int, count(DISTINCT p.roundtable_id)::int, 0
FROM engagement.roundtable_profile_rollup p
CROSS JOIN LATERAL (VALUES
  (CASE WHEN p.newcomer THEN 'NEWCOMER' ELSE 'OTHER' END),
  ('GENDER:' || COALESCE(p.gender, 'NOT_RECORDED')),
  ('AGE:' || COALESCE(p.age_band, 'NOT_RECORDED'))
) AS k (key)
WHERE p.approved
GROUP BY 2, 3, 4, 5
UNION ALL
SELECT 'C', c.illustrative, c.region_slug, width_bucket(c.date, $1::date[]), 'CATEGORY:' || c.category_code,
       sum(c.participants_min), sum(c.participants_max),
       count(*) FILTER (WHERE c.participants_min >= 1)::int, count(*) FILTER (WHERE c.participants_max >= 1)::int, count(*)::int
FROM engagement.roundtable_category_rollup c
WHERE c.approved
GROUP BY 2, 3, 4, 5
UNION ALL
SELECT 'O', c.illustrative, c.region_slug, width_bucket(c.date, $1::date[]), 'CATEGORIES', sum(c.participants_min), sum(c.participants_max), 0, 0, 0
FROM engagement.roundtable_category_rollup c
JOIN engagement.roundtable_attendance_rollup a ON a.roundtable_id = c.roundtable_id
WHERE NOT a.from_records AND a.approved
GROUP BY 2, 3, 4
UNION ALL
SELECT 'V', NULL, NULL, NULL, (${PUBLISHED_DATA_VERSION}), NULL, NULL, 0, 0, 0`;

export interface AtomRow {
  kind: 'A' | 'R' | 'P' | 'C' | 'O' | 'V';
  illustrative: boolean | null;
  region: string | null;
  segment: number | null;
  key: string;
  min: string | number | null;
  max: string | number | null;
  n1: number;
  n2: number;
  n3: number;
}

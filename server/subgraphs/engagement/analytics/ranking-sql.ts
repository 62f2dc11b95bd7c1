import type { Scope } from '../../../contract/regions/analytics-filter';
import { SortDirection } from '../../../core/paging';
import { analyticsStatement } from './analytics-sql';
import { ATTENDANCE_SUMS } from './attendance-sums';

/**
 * A ranking of the regions of a scope, as one statement over the rollups: the view's rows per
 * region (analytics-sql.ts) in a CTE, every region in scope numbered by ROW_NUMBER() over the
 * measure, the rows of the first `limit` regions as they are, and the rest summed in the same
 * statement, so the shown regions and the others add up exactly to the view's total. Used for
 * the counts as recorded; FUNDER and PUBLIC rank by the publication instead (ranking.service.ts).
 */
export interface Ranked {
  /** Region slugs of the scope, each ranked once: one with no row in the view still counts. */
  regions: readonly string[];
  direction: SortDirection;
  limit: number;
}

const DIRECTIONS: Record<SortDirection, string> = { [SortDirection.ASC]: 'ASC', [SortDirection.DESC]: 'DESC' };

/**
 * The ROW_NUMBER() window: the measure's columns in the order they decide (a range: its min,
 * then its max) in the direction asked, unknown (NULL) last in either
 * direction, ties by slug; with no measure, the slug in the direction asked.
 */
function rankOver({ direction }: Ranked, measure: readonly string[], slug: string): string {
  const dir = DIRECTIONS[direction];
  // Slugs in byte order (COLLATE "C"), as the publication's ranking compares them, whatever the database's collation.
  const bySlug = `${slug} COLLATE "C"`;
  const keys = measure.length ? [...measure.map((column) => `${column} ${dir} NULLS LAST`), bySlug] : [`${bySlug} ${dir}`];
  return `row_number() OVER (ORDER BY ${keys.join(', ')})`;
}

/** Parameters for the slugs and the limit, after the view's own. */
function rankingParams(values: unknown[], ranked: Ranked) {
  values.push([...ranked.regions], ranked.limit);
  return { regions: `$${values.length - 1}::text[]`, limit: `$${values.length}::int` };
}

/** The columns of attendance per region a ranking may order by. */
export type AttendanceColumn = 'roundtables' | `${'total' | 'online' | 'onsite' | 'unknown_mode'}_${'min' | 'max'}`;

/**
 * Attendance per region for the first `limit` regions (kind R), then one row (kind O) summing
 * every other region, with how many they are.
 */
export function attendanceRankingStatement(scope: Scope, ranked: Ranked, measure: readonly AttendanceColumn[]) {
  const { text: view, values } = analyticsStatement('attendanceMix', scope);
  const p = rankingParams(values, ranked);
  const text = `WITH per_region AS (${view}),
    a AS (
      SELECT s.slug AS region_slug, COALESCE(p.roundtables, 0) AS roundtables, COALESCE(p.unknown_attendance, 0) AS unknown_attendance,
             p.online_min, p.online_max, p.onsite_min, p.onsite_max, p.unknown_mode_min, p.unknown_mode_max, p.total_min, p.total_max
      FROM unnest(${p.regions}) AS s (slug) LEFT JOIN per_region p ON p.region_slug = s.slug
    ),
    ranked AS (SELECT a.*, ${rankOver(
      ranked,
      measure.map((column) => `a.${column}`),
      'a.region_slug',
    )} AS rank FROM a)
    SELECT 'R' AS kind, a.rank, a.region_slug, a.roundtables, a.unknown_attendance,
           a.online_min, a.online_max, a.onsite_min, a.onsite_max, a.unknown_mode_min, a.unknown_mode_max, a.total_min, a.total_max,
           NULL::int AS region_count
    FROM ranked a WHERE a.rank <= ${p.limit}
    UNION ALL
    SELECT 'O', NULL, NULL, COALESCE(sum(a.roundtables), 0)::int, COALESCE(sum(a.unknown_attendance), 0)::int,
           ${ATTENDANCE_SUMS}, count(*)::int
    FROM ranked a WHERE a.rank > ${p.limit}
    ORDER BY rank NULLS LAST`;
  return { text, values };
}

/**
 * A view of one row per region and code (a stakeholder category, a challenge): its rows for
 * the first `limit` regions (kind R; a region with none gives one row with a NULL code), then
 * each code summed over every other region (kind O) with the regions where it appears, then
 * how many other regions there are (kind N).
 * `measured` adds up the measure of a region over its rows (`c`, narrowed by `join`) as `columns`, ranked by `keys`.
 */
function perCodeRanking(
  name: 'stakeholderMix' | 'challengeFrequency',
  scope: Scope,
  ranked: Ranked,
  columns: { code: string; counts: Record<string, string> },
  measured: (values: unknown[]) => { join: string; columns: string; keys: string[] },
) {
  const { text: view, values } = analyticsStatement(name, scope);
  const p = rankingParams(values, ranked);
  const measure = measured(values);
  const counts = Object.entries(columns.counts);
  const text = `WITH cells AS (${view}),
    measured AS (
      SELECT s.slug AS region_slug${measure.columns}
      FROM unnest(${p.regions}) AS s (slug) LEFT JOIN cells c ON c.region_slug = s.slug${measure.join}
      GROUP BY s.slug
    ),
    ranked AS (SELECT m.region_slug, ${rankOver(ranked, measure.keys, 'm.region_slug')} AS rank FROM measured m)
    SELECT 'R' AS kind, k.rank, k.region_slug, c.${columns.code} AS code, ${counts.map(([as]) => `c.${as}`).join(', ')}, NULL::int AS region_count
    FROM ranked k LEFT JOIN cells c ON c.region_slug = k.region_slug
    WHERE k.rank <= ${p.limit}
    UNION ALL
    SELECT 'O', NULL, NULL, c.${columns.code}, ${counts.map(([as, sum]) => `${sum.replaceAll('$', `c.${as}`)} AS ${as}`).join(', ')}, count(*)::int
    FROM ranked k JOIN cells c ON c.region_slug = k.region_slug
    WHERE k.rank > ${p.limit}
    GROUP BY c.${columns.code}
    UNION ALL
    SELECT 'N', NULL, NULL, NULL, ${counts.map(() => 'NULL').join(', ')}, (count(*) FILTER (WHERE k.rank > ${p.limit}))::int
    FROM ranked k
    ORDER BY kind DESC, rank, code`;
  return { text, values };
}

/** A condition that narrows a region's rows to one code, when one is named. */
function narrowedTo(code: string | null | undefined, column: string, values: unknown[]): string {
  if (!code) return '';
  values.push(code);
  return ` AND c.${column} = $${values.length}`;
}

export function stakeholderRankingStatement(
  scope: Scope,
  ranked: Ranked,
  measure: 'PARTICIPANTS' | 'ROUNDTABLES' | 'REGION',
  category?: string | null,
) {
  return perCodeRanking(
    'stakeholderMix',
    scope,
    ranked,
    {
      code: 'category_code',
      counts: {
        roundtables: 'sum($)::int',
        uncounted: 'sum($)::int',
        participants_min: 'sum($)::bigint',
        participants_max: 'sum($)::bigint',
      },
    },
    (values) =>
      ({
        join: narrowedTo(category, 'category_code', values),
        ...(measure === 'PARTICIPANTS' && {
          columns: ', sum(c.participants_min) AS m_min, sum(c.participants_max) AS m_max',
          keys: ['m.m_min', 'm.m_max'],
        }),
        ...(measure === 'ROUNDTABLES' && { columns: ', COALESCE(sum(c.roundtables), 0) AS m_min', keys: ['m.m_min'] }),
        ...(measure === 'REGION' && { columns: '', keys: [] }),
      }) as { join: string; columns: string; keys: string[] },
  );
}

export function challengeRankingStatement(
  scope: Scope,
  ranked: Ranked,
  measure: 'MENTIONS' | 'ROUNDTABLES' | 'REGION',
  challenge?: string | null,
) {
  return perCodeRanking(
    'challengeFrequency',
    scope,
    ranked,
    { code: 'challenge_code', counts: { mentions: 'sum($)::int', roundtables: 'sum($)::int' } },
    (values) => ({
      join: narrowedTo(challenge, 'challenge_code', values),
      columns: measure === 'REGION' ? '' : `, COALESCE(sum(c.${measure === 'MENTIONS' ? 'mentions' : 'roundtables'}), 0) AS m_min`,
      keys: measure === 'REGION' ? [] : ['m.m_min'],
    }),
  );
}

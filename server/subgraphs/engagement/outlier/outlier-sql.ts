import { OUTLIER_MIN_BASELINE } from '../../../contract/outlier-rule';
import { DATA_VERSION } from '../rollup/data-version';
import { MEASURE_BOUNDS, OUTLIER_MEASURES, type OutlierMeasure } from './outlier-measure';

// Modified z-scores (Iglewicz and Hoaglin, "How to Detect and Handle Outliers", 1993), in SQL:
// M = 0.6745 (x − median) / MAD, where MAD is the median of the absolute deviations from the
// median; when more than half the values are the median (MAD = 0), M = (x − median) / (1.253314
// × mean absolute deviation); when every value is the median, there is no spread to measure
// against, and nothing is flagged. 0.6745 and 1.253314 make both comparable with a standard
// normal z-score.

const param = (params: unknown[], value: unknown) => {
  params.push(value);
  return `$${params.length}`;
};

/** Each measure of each roundtable: its bounds (both NULL when unknown) and its place in the measures' order. */
const MEASURE_ROWS = OUTLIER_MEASURES.map((measure, index) => {
  const [least, most] = MEASURE_BOUNDS[measure];
  return `('${measure}', ${index + 1}, ${least}, ${most})`;
}).join(',\n      ');

/** The median and spread of the exact values of each group (`keys`), and how many there are. */
const usual = (name: string, keys: readonly string[]) => {
  const on = keys.map((key) => `e.${key} = b.${key}`).join(' AND ');
  const by = keys.join(', ');
  return `${name}_median AS (
  SELECT ${by}, count(*) AS known, percentile_cont(0.5) WITHIN GROUP (ORDER BY value) AS median
  FROM exact GROUP BY ${by}
), ${name}_usual AS (
  SELECT ${keys.map((key) => `b.${key}`).join(', ')}, b.known, b.median,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY abs(e.value - b.median)) AS mad,
         avg(abs(e.value - b.median)) AS mean_ad
  FROM ${name}_median b JOIN exact e ON ${on}
  GROUP BY ${keys.map((key) => `b.${key}`).join(', ')}, b.known, b.median
)`;
};

/**
 * The score of a value (alias m, bounds lo and hi) against a usual (alias b): a range is scored
 * by its bound nearest the median, so it is flagged only when every value it allows is beyond
 * the threshold on the same side; a range that holds the median scores 0.
 */
const score = (b: string, minimum: string) => {
  const deviation = `(CASE WHEN m.lo > ${b}.median THEN m.lo - ${b}.median WHEN m.hi < ${b}.median THEN m.hi - ${b}.median ELSE 0 END)`;
  return `CASE WHEN ${b}.known >= ${minimum} THEN
      CASE WHEN ${b}.mad > 0 THEN 0.6745::float8 * ${deviation} / ${b}.mad
           WHEN ${b}.mean_ad > 0 THEN ${deviation} / (1.253314::float8 * ${b}.mean_ad) END
    END`;
};

/**
 * Every measure of the roundtables (of the regions in the SQL array `regions`, or of all), with
 * its bounds, and the exact values among them: what a usual is taken over. The regions narrow the
 * rollup as well as the roundtables: PostgreSQL cannot tell how few rows an array computed in the
 * statement selects, and given the roundtables' regions alone it read the whole rollup to join it
 * (at 1,000 regions, the region page's flags took 31 ms instead of 6).
 */
const measuredValues = (wanted: string, regions?: string) => `measured AS (
  SELECT rt.id, rt.region_slug, rt.number, rt.date, rt.format, rt.illustrative, rt.approved, m.measure, m.position, m.lo, m.hi
  FROM engagement.roundtable rt
  LEFT JOIN engagement.roundtable_attendance_rollup a ON a.roundtable_id = rt.id${regions ? ` AND a.region_slug = ANY(${regions})` : ''}
  CROSS JOIN LATERAL (VALUES
      ${MEASURE_ROWS}) m (measure, position, lo, hi)
  WHERE m.measure = ANY(${wanted}::text[])${regions ? ` AND rt.region_slug = ANY(${regions})` : ''}
), exact AS (
  SELECT region_slug, illustrative, measure, lo AS value FROM measured WHERE lo = hi
)`;

/**
 * The project's usual of every measure, of recorded and of illustrative roundtables apart, as
 * JSON (`usual`, kept as text so its numbers come back to PostgreSQL as they left it), with the
 * data version it was taken at (`version`), in one snapshot. The one part of scoring that reads
 * every roundtable: the service keeps it while the data version stays.
 */
export const PROJECT_USUAL = `WITH ${measuredValues(`'{${OUTLIER_MEASURES.join(',')}}'`)},
${usual('project', ['illustrative', 'measure'])}
SELECT (${DATA_VERSION}) AS version,
       COALESCE((SELECT json_agg(p) FROM (SELECT illustrative, measure, known, median, mad, mean_ad FROM project_usual) p), '[]')::text AS usual`;

/** Which values flaggedValues scores: those of these roundtables, or of all; against this project usual (PROJECT_USUAL). */
export interface Scoring {
  projectUsual: string;
  roundtableIds?: readonly string[];
}

/**
 * The WITH clause that ends in `flagged`: every known value of the measures asked, of every
 * roundtable (or of those asked), scored against its region's usual and the project's, and
 * kept when either score is beyond the threshold; with the reviewer's mark, where one was given
 * for the value it has now.
 *
 * The usual is taken over every roundtable of the same kind (recorded or illustrative, so
 * generated data never moves the usual of recorded facts), whatever a list's filter: a flag is a
 * property of the value, the same on every page that shows it. Only exact values make a usual;
 * with fewer than OUTLIER_MIN_BASELINE of them its score is unknown (NULL), not 0. For some
 * roundtables, only their regions' usuals are taken here.
 *
 * `flagged` has the roundtable's region_slug, date, format, illustrative and approved, so an
 * AnalyticsFilter's conditions apply to it as they do to the roundtable table.
 */
export function flaggedValues(params: unknown[], measures: readonly OutlierMeasure[], threshold: number, scoring: Scoring): string {
  const wanted = param(params, measures);
  const minimum = param(params, OUTLIER_MIN_BASELINE);
  const beyond = param(params, threshold);
  const project = param(params, scoring.projectUsual);
  const asked = scoring.roundtableIds && param(params, scoring.roundtableIds);
  const askedRegions = asked && `ARRAY(SELECT DISTINCT region_slug FROM engagement.roundtable WHERE id = ANY(${asked}::uuid[]))`;
  return `WITH ${measuredValues(wanted, askedRegions)}, ${usual('region', ['region_slug', 'illustrative', 'measure'])},
project_usual AS (
  SELECT * FROM jsonb_to_recordset(${project}::jsonb)
    AS u (illustrative boolean, measure text, known bigint, median float8, mad float8, mean_ad float8)
),
scored AS (
  SELECT m.*,
    CASE WHEN r.known >= ${minimum} THEN r.median END AS region_median, ${score('r', minimum)} AS region_score,
    CASE WHEN p.known >= ${minimum} THEN p.median END AS project_median, ${score('p', minimum)} AS project_score
  FROM measured m
  LEFT JOIN region_usual r ON r.region_slug = m.region_slug AND r.illustrative = m.illustrative AND r.measure = m.measure
  LEFT JOIN project_usual p ON p.illustrative = m.illustrative AND p.measure = m.measure
  WHERE m.lo IS NOT NULL${asked ? ` AND m.id = ANY(${asked}::uuid[])` : ''}
), flagged AS (
  SELECT s.*, o.status, o.comment, o.marked_by, o.marked_at
  FROM scored s
  LEFT JOIN engagement.outlier_review o
    ON o.roundtable_id = s.id AND o.measure = s.measure AND o.value_min = s.lo AND o.value_max = s.hi
  WHERE abs(s.region_score) > ${beyond}::float8 OR abs(s.project_score) > ${beyond}::float8
)`;
}

/** A flagged value's columns (alias s, a row of `flagged`), named as OutlierRow's properties. */
export const OUTLIER_COLUMNS = `s.id AS "roundtableId", s.region_slug AS "regionSlug", s.number, to_char(s.date, 'YYYY-MM-DD') AS date,
  s.measure, s.lo AS "valueMin", s.hi AS "valueMax", s.region_median AS "regionMedian", s.region_score AS "regionScore",
  s.project_median AS "projectMedian", s.project_score AS "projectScore", COALESCE(s.status, 'UNREVIEWED') AS status,
  s.comment, s.marked_by AS "markedBy", to_char(s.marked_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "markedAt"`;

/** The larger of a flagged value's two distances from its usual (alias s). */
export const LARGER_SCORE = 'GREATEST(abs(s.region_score), abs(s.project_score))';

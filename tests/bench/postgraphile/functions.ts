// The engagement analytics as SQL functions in schema bench_pg, for PostGraphile to expose.
// The statements are the harness's own (../analytics-sql.ts, the service's SQL), so PostGraphile
// does the database work the subgraph does; each row type's columns are named as that SQL's.
//
// Each view is two functions, every region and selected regions (`_in`), rather than one with
// `regions IS NULL OR region_slug = ANY(regions)`: PostGraphile runs prepared statements, and a
// generic plan of that condition scans every region. Both are LANGUAGE sql, STABLE, one SELECT,
// not STRICT, no SET: so PostgreSQL inlines them into PostGraphile's query and plans the real
// statement, with the regions as `$1` of the function body.
// `@behavior -connection +list` gives each a plain list field, as the subgraph's are.
import { ANALYTICS_SQL, type AnalyticsName } from '../analytics-sql';

const ROW_TYPES: Record<AnalyticsName, { type: string; columns: string }> = {
  attendanceMix: {
    type: 'attendance_mix_row',
    columns: `region_slug text, roundtables int, unknown_attendance int,
      online_min int, online_max int, onsite_min int, onsite_max int,
      unknown_mode_min int, unknown_mode_max int, total_min int, total_max int`,
  },
  stakeholderMix: {
    type: 'stakeholder_mix_row',
    columns: `region_slug text, category_code text, roundtables int, uncounted int, participants_min int, participants_max int`,
  },
  challengeFrequency: {
    type: 'challenge_frequency_row',
    columns: 'region_slug text, challenge_code text, mentions int, roundtables int',
  },
};

/** SQL function names, e.g. attendance_mix and attendance_mix_in: PostGraphile fields attendanceMixList, attendanceMixInList. */
const functionName = (name: AnalyticsName, selected: boolean) =>
  `${name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)}${selected ? '_in' : ''}`;

/**
 * The statement of one function. attendanceMix answers a row for every region in scope, zeros
 * for a region with no roundtable, as the subgraph does from its region directory.
 */
function body(name: AnalyticsName, selected: boolean): string {
  const statement = ANALYTICS_SQL[name](selected);
  if (name !== 'attendanceMix') return statement;
  return `SELECT r.slug, COALESCE(a.roundtables, 0), COALESCE(a.unknown_attendance, 0),
         a.online_min, a.online_max, a.onsite_min, a.onsite_max,
         a.unknown_mode_min, a.unknown_mode_max, a.total_min, a.total_max
  FROM engagement.region_ref r
  LEFT JOIN (${statement}) a ON a.region_slug = r.slug
  ${selected ? 'WHERE r.slug = ANY($1::text[])' : ''}`;
}

function install(name: AnalyticsName): string {
  const { type, columns } = ROW_TYPES[name];
  const functions = [false, true].map((selected) => {
    const signature = `bench_pg.${functionName(name, selected)}(${selected ? 'regions text[]' : ''})`;
    return `
CREATE OR REPLACE FUNCTION ${signature} RETURNS SETOF bench_pg.${type}
  LANGUAGE sql STABLE AS $fn$ ${body(name, selected)} $fn$;
COMMENT ON FUNCTION ${signature} IS '@behavior -connection +list';`;
  });
  return `
CREATE TYPE bench_pg.${type} AS (${columns});
${functions.join('\n')}`;
}

/**
 * (Re)creates schema bench_pg with its row types and functions, so a database keeps no older
 * definition; safe to run again. One statement list, so one transaction.
 */
export const INSTALL_BENCH_PG = `
DROP SCHEMA IF EXISTS bench_pg CASCADE;
CREATE SCHEMA bench_pg;
${install('attendanceMix')}
${install('stakeholderMix')}
${install('challengeFrequency')}`;

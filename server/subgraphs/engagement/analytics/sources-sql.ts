import { type Scope, scopeConditions, whereClause } from '../../../contract/regions/analytics-filter';
import { type PageInput, pageClause } from '../../../core/paging';
import { SOURCE_COLUMNS } from '../roundtable/roundtable-parts.service';

/** What the API calls a platform's own records, for clients that do not say it in their own words. */
export const PLATFORM_RECORDS_TITLE = 'Recorded by the platform itself: no publication';

/** Publications first, then the platforms' own records; each kind by data set, then by name. */
const SOURCE_ORDER = (alias: string) => `${alias}.kind, ${alias}.illustrative, ${alias}.title, ${alias}."recordedBySlug"`;

/**
 * The sources the roundtables of a scope cite, each once, then, for the roundtables that cite
 * none (a platform's own records of its meetings), one entry per region (and illustrative flag)
 * that names the region as `recordedBySlug`: one statement, publications first.
 */
export function sourcesStatement(scope: Scope): { text: string; values: unknown[] } {
  const { text, values } = listedSources(scope);
  return { text: `SELECT * FROM (${text}) s ORDER BY ${SOURCE_ORDER('s')}`, values };
}

/**
 * One page of sourcesStatement's list, with how many there are in all (`totalCount` on every
 * row). A page past the last still has the row that carries the total (its source columns
 * NULL), so one statement answers both.
 */
export function sourcePageStatement(scope: Scope, page: PageInput | undefined): { text: string; values: unknown[] } {
  const { text, values } = listedSources(scope);
  return {
    text: `WITH listed AS (${text})
    SELECT t."totalCount", p.* FROM (SELECT count(*)::int AS "totalCount" FROM listed) t
    LEFT JOIN LATERAL (SELECT s.* FROM listed s ORDER BY ${SOURCE_ORDER('s')} ${pageClause(page, values)}) p ON true
    ORDER BY ${SOURCE_ORDER('p')}`,
    values,
  };
}

function listedSources(scope: Scope): { text: string; values: unknown[] } {
  const values: unknown[] = [];
  const where = whereClause(scopeConditions(scope, 'rt', values));
  values.push(PLATFORM_RECORDS_TITLE);
  const title = `$${values.length}`;
  const text = `
    WITH in_scope AS (SELECT rt.id, rt.region_slug, rt.illustrative FROM engagement.roundtable rt ${where}),
    -- Source by source, through its citations' index: a source is cited once one roundtable in scope cites it.
    cited AS (
      SELECT ${SOURCE_COLUMNS}
      FROM engagement.source s
      WHERE EXISTS (
        SELECT 1 FROM engagement.roundtable_source rs JOIN engagement.roundtable rt ON rt.id = rs.roundtable_id
        ${where ? `${where} AND` : 'WHERE'} rs.source_id = s.id
      )
    )
    SELECT id::text AS id, title, publisher, url, "publishedOn", illustrative, NULL::text AS "recordedBySlug", 0 AS kind FROM cited
    UNION ALL
    SELECT 'recorded-by:' || rt.region_slug || CASE WHEN rt.illustrative THEN ':illustrative' ELSE '' END,
           ${title}::text, NULL, NULL, NULL, rt.illustrative, rt.region_slug, 1
    FROM in_scope rt
    WHERE NOT EXISTS (SELECT 1 FROM engagement.roundtable_source rs WHERE rs.roundtable_id = rt.id)
    GROUP BY rt.region_slug, rt.illustrative`;
  return { text, values };
}

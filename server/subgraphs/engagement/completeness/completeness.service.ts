import type { DataSource } from 'typeorm';
import type { PeriodSpan } from '../../../contract/periods';
import { type AnalyticsFilter, type Scope, scopeConditions } from '../../../contract/regions/analytics-filter';
import { assertSeesDataQuality, dataQualityScope } from '../../../contract/regions/quality-scope';
import type { RegionDirectory } from '../../../contract/regions/region-directory';
import { currentOnTimeDays } from '../../../contract/timeliness';
import { type Viewer } from '../../../core/auth/viewer';
import { badInput, errorText } from '../../../core/errors';
import { orderClause, type PageInput, pageClause } from '../../../core/paging';
import type { PublicationStore } from '../publication/publication-store';
import type { CompletenessOrder, CompletenessPage, CompletenessSortField, RegionPeriodCompleteness } from './completeness.types';

/** What each sort orders the regions by, in the sorting period's row. */
const COMPLETENESS_ORDER: Readonly<Record<CompletenessSortField, string>> = {
  REGION: 'c.region_slug',
  RECORDED: 'c.recorded',
  APPROVED: 'c.approved',
  ON_TIME_RATE: 'c.on_time_rate',
};

/**
 * Per region and reporting period, in one statement over the roundtables: how many were recorded,
 * approved and submitted, and how many on time. Every region in scope gets a row for every period
 * asked, with 0 where it recorded nothing: a count of records is always known. The regions are
 * paged and sorted; the periods of each come in the order asked.
 *
 * On time: submitted (its latest submission, by the UTC calendar) no later than ON_TIME_DAYS after
 * the roundtable's date. A draft never submitted whose days have run out is overdue, so late; a
 * record without a known submission time (recorded before review began) is in neither count.
 */
const COMPLETENESS = (conditions: string, order: string, page: string) => `
WITH periods AS (
  SELECT p.code, a.position, p.starts_on, p.ends_on
  FROM unnest($1::text[]) WITH ORDINALITY AS a (code, position)
  JOIN engagement.reporting_period_ref p ON p.code = a.code
),
cells AS (
  SELECT r.region_slug, p.code AS period_code, p.position,
         count(rt.id)::int AS recorded,
         count(rt.id) FILTER (WHERE rt.approved)::int AS approved,
         count(rt.id) FILTER (WHERE rt.submitted_at IS NOT NULL)::int AS submitted,
         count(rt.id) FILTER (WHERE (rt.submitted_at AT TIME ZONE 'UTC')::date - rt.date <= $3)::int AS on_time,
         count(rt.id) FILTER (WHERE rt.review_state = 'DRAFT' AND rt.submitted_at IS NULL
                                AND (now() AT TIME ZONE 'UTC')::date - rt.date > $3)::int AS overdue
  FROM unnest($2::text[]) AS r (region_slug)
  CROSS JOIN periods p
  LEFT JOIN engagement.roundtable rt
    ON rt.region_slug = r.region_slug AND rt.date BETWEEN p.starts_on AND p.ends_on ${conditions}
  GROUP BY r.region_slug, p.code, p.position
),
rated AS (
  SELECT c.*, c.on_time::float8 / NULLIF(c.submitted + c.overdue, 0) AS on_time_rate FROM cells c
),
page AS (
  SELECT c.region_slug, row_number() OVER (${order}) AS place
  FROM rated c WHERE c.period_code = $4
  ORDER BY place ${page}
)
SELECT c.region_slug AS "regionSlug", c.period_code AS "periodCode", c.recorded, c.approved, c.submitted,
       c.on_time AS "onTime", c.overdue, c.on_time_rate AS "onTimeRate"
FROM rated c JOIN page USING (region_slug)
ORDER BY page.place, c.position`;

export class CompletenessService {
  constructor(
    private readonly db: DataSource,
    private readonly regions: RegionDirectory,
    private readonly publications: PublicationStore,
  ) {}

  async page(
    viewer: Viewer,
    filter: AnalyticsFilter | null | undefined,
    periodCodes: readonly string[] | null | undefined,
    page: PageInput | undefined,
    order: CompletenessOrder,
  ): Promise<CompletenessPage> {
    assertSeesDataQuality(viewer, 'completeness');
    if (filter?.from || filter?.to) {
      throw badInput(errorText('completenessByPeriod'), { field: filter.from ? 'filter.from' : 'filter.to' });
    }
    const periods = this.chosen(await this.publications.periods(), periodCodes);
    const sortPeriod = order.period ?? periods[0];
    if (sortPeriod !== undefined && !periods.includes(sortPeriod)) {
      throw badInput(errorText('sortPeriodNotAsked', { period: sortPeriod, periods: periods.join(', ') }), { field: 'orderBy.period' });
    }
    const scope = await dataQualityScope(viewer, filter, this.regions);
    const regions = this.regionsOf(scope);
    const onTimeDays = currentOnTimeDays();
    if (regions.length === 0 || periods.length === 0) return { totalCount: regions.length, periods, onTimeDays, rows: [] };
    const params: unknown[] = [periods, regions, onTimeDays, sortPeriod];
    // Region and dates are the rows' and periods' own: the rest of the scope narrows the records.
    const conditions = scopeConditions({ ...scope, regionSlugs: undefined }, 'rt', params).map((condition) => `AND ${condition}`);
    const rows: RegionPeriodCompleteness[] = await this.db.query(
      COMPLETENESS(
        conditions.join(' '),
        orderClause(COMPLETENESS_ORDER, order.field, order.direction, 'c.region_slug'),
        pageClause(page, params),
      ),
      params,
    );
    return { totalCount: regions.length, periods, onTimeDays, rows };
  }

  /** The periods asked, each once in the order asked, or every period; an unknown code is refused naming the known ones. */
  private chosen(known: readonly PeriodSpan[], codes: readonly string[] | null | undefined): string[] {
    if (!codes) return known.map((period) => period.code);
    const unknown = codes.filter((code) => !known.some((period) => period.code === code));
    if (unknown.length > 0) {
      throw badInput(
        errorText('unknownPeriodsAsked', {
          codes: unknown.map((code) => `"${code}"`).join(', '),
          known: known.map((p) => p.code).join(', '),
        }),
        { field: 'periods', invalid: unknown },
      );
    }
    return [...new Set(codes)];
  }

  /** Every region the scope covers, a row each even without records; asked for recorded facts only, generated regions are left out. */
  private regionsOf(scope: Scope): string[] {
    return (
      scope.regionSlugs ??
      this.regions
        .all()
        .filter((region) => scope.illustrative !== false || !region.illustrative)
        .map((region) => region.slug)
    );
  }
}

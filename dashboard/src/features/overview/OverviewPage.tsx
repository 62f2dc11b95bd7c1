import { useQuery } from '@apollo/client/react';
import { graphql } from '../../__generated__';
import { type Filters, previousPeriod, previousReportingYear, publishedPeriodOf, toAnalyticsFilter } from '../../app/filters';
import { type I18n, useI18n } from '../../app/i18n/i18n';
import { usePageTitle } from '../../app/page-title';
import { seesPublication } from '../../app/session/permissions';
import { useSession } from '../../app/session/session-store';
import { AttendanceStackChart, usePreloadedCharts } from '../../charts/lazy';
import { headline } from '../../data/headline';
import { Empty, ErrorState, IllustrativeBanner, Loading } from '../../ui/States';
import { FilterBar } from '../filters/FilterBar';
import { RecordsScope } from '../filters/RecordsScope';
import { AttendanceByRegion, rankedAttendance } from '../shared/AttendanceByRegion';
import { useReportingPeriods } from '../shared/reporting-periods';
import { useAnalyticsFilter } from '../shared/use-analytics-filter';
import { Changes } from './Changes';
import { HeadlineCards } from './HeadlineCards';
import { QualitySummary } from './QualitySummary';
import { RegionLinks } from './RegionLinks';

// The chart's bars are the regions with the most participants, and every other region summed;
// its sources the first few, and how many more: at 1,000 regions that list runs to a thousand
// lines, which the report gives whole.
const OVERVIEW = graphql(`
  query Overview($filter: AnalyticsFilter) {
    coverage(filter: $filter) {
      roundtables
      illustrativeRoundtables
      regionsWithRoundtables
      firstDate
      lastDate
    }
    attendanceTotal(filter: $filter) {
      ...Headline_attendance
    }
    attendanceRanking(filter: $filter, limit: 12) {
      regionCount
      regions {
        region {
          slug
          name
        }
        ...AttendanceByRegion_row
      }
      others {
        ...AttendanceByRegion_others
      }
    }
    categoryReach(filter: $filter) {
      category { code }
    }
    challengeTotals(filter: $filter) {
      challenge { code }
      mentions
    }
    sourcePage(filter: $filter, page: { limit: 12 }) {
      totalCount
      rows {
        ...Sources_source
      }
    }
  }
`);

/**
 * The period compared with, asked apart: for FUNDER and PUBLIC it is known only once the
 * reporting periods have come, and the page's figures and chart need not wait for them.
 */
const OVERVIEW_BEFORE = graphql(`
  query OverviewBefore($previous: AnalyticsFilter) {
    previousTotal: attendanceTotal(filter: $previous) {
      ...Headline_attendance
    }
    previousCategories: categoryReach(filter: $previous) {
      category { code }
    }
    previousChallenges: challengeTotals(filter: $previous) {
      challenge { code }
      mentions
    }
  }
`);

type Periods = ReturnType<typeof useReportingPeriods>;
type Comparison = { previous: { from: string; to: string }; intro: string } | { unavailable: string };

/**
 * What the period is compared with: for roles that choose dates, the days of the same length
 * just before; for FUNDER and PUBLIC, whose figures are published per reporting period, the
 * reporting year before (none for the first year, the project or all roundtables).
 */
function comparisonFor(filters: Filters, published: boolean, periods: Periods, { t, format }: Pick<I18n, 't' | 'format'>): Comparison {
  if (published) {
    const current = publishedPeriodOf(periods ?? [], filters);
    const before = current.kind === 'period' ? previousReportingYear(periods ?? [], current.period) : undefined;
    return before
      ? { previous: { from: before.start, to: before.end }, intro: t('overview.changesIntroPeriod', { period: before.label }) }
      : { unavailable: t('overview.changesNoReportingYear') };
  }
  if (!filters.from || !filters.to || filters.from > filters.to) return { unavailable: t('overview.changesNoPeriod') };
  const { days, ...previous } = previousPeriod(filters.from, filters.to);
  return {
    previous,
    intro: t('overview.changesIntro', { days: format.number(days), from: format.date(filters.from) }),
  };
}

export default function OverviewPage() {
  usePreloadedCharts(AttendanceStackChart);
  const i18n = useI18n();
  const { t } = i18n;
  usePageTitle(t('nav.overview'));
  const { filters, setFilters, filter } = useAnalyticsFilter();
  const published = seesPublication(useSession()?.viewer);
  const periods = useReportingPeriods(published);
  const comparison = comparisonFor(filters, published, periods, i18n);
  const previous = 'previous' in comparison ? toAnalyticsFilter({ ...filters, ...comparison.previous }) : undefined;
  const { data, error, loading, refetch } = useQuery(OVERVIEW, { variables: { filter } });
  // Which period comes before depends on the reporting periods: asked once they are known.
  const beforeQuery = useQuery(OVERVIEW_BEFORE, { variables: { previous }, skip: previous === undefined });
  const beforeData = beforeQuery.data;

  // At 1,000 regions the chart still draws 12 bars and one for all the others.
  const ranked =
    data && rankedAttendance(data.attendanceRanking.regions, data.attendanceRanking.others, data.attendanceRanking.regionCount, i18n);
  // Counts of people come from the one figure over all regions, never added up from the rows
  // per region; categories and challenges come summed over regions by the server too.
  const figures =
    data &&
    headline({
      attendance: data.attendanceTotal,
      categories: data.categoryReach,
      challenges: data.challengeTotals,
    });
  const before =
    beforeData && 'intro' in comparison
      ? {
          intro: comparison.intro,
          figures: headline({
            attendance: beforeData.previousTotal,
            categories: beforeData.previousCategories,
            challenges: beforeData.previousChallenges,
          }),
        }
      : undefined;
  const illustrative = (data?.coverage.illustrativeRoundtables ?? 0) > 0;

  return (
    <>
      <h1>{t('overview.title')}</h1>
      <p className="page-intro">{t('overview.intro')}</p>
      <FilterBar />
      <RecordsScope filter={filter} />
      <QualitySummary filter={filter} />
      {error && <ErrorState error={error} retry={() => void refetch()} />}
      {loading && !data && !error && <Loading />}
      {data && figures && (
        <>
          <IllustrativeBanner
            count={data.coverage.illustrativeRoundtables}
            total={data.coverage.roundtables}
            onHide={() => setFilters({ ...filters, recordedOnly: true })}
          />
          <HeadlineCards figures={figures} coverage={data.coverage} regions={data.attendanceRanking.regionCount} />
          <Changes
            now={figures}
            before={before}
            pending={(published && !periods) || beforeQuery.loading}
            error={beforeQuery.error}
            retry={() => void beforeQuery.refetch()}
            unavailable={'unavailable' in comparison ? comparison.unavailable : ''}
          />
          {data.coverage.roundtables === 0 ? (
            <Empty />
          ) : (
            <AttendanceByRegion
              attendance={ranked?.attendance ?? []}
              note={ranked?.note}
              sources={data.sourcePage.rows}
              sourcesNotShown={data.sourcePage.totalCount - data.sourcePage.rows.length}
              illustrative={illustrative}
            />
          )}
          <RegionLinks rows={data.attendanceRanking.regions} others={data.attendanceRanking.others.regionCount} filters={filters} />
        </>
      )}
    </>
  );
}

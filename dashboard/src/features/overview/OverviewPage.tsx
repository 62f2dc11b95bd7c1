import { useQuery } from '@apollo/client/react';
import { graphql } from '../../__generated__';
import { previousPeriod, toAnalyticsFilter } from '../../app/filters';
import { useI18n } from '../../app/i18n/i18n';
import { ChartCard } from '../../charts/ChartCard';
import { Legend } from '../../charts/Legend';
import { AttendanceStackChart } from '../../charts/lazy';
import { type AttendanceFigures, attendanceBars } from '../../data/attendance';
import { headline } from '../../data/headline';
import { FilterBar } from '../filters/FilterBar';
import { attendanceLegend, attendanceTable } from '../shared/attendance-table';
import { useAnalyticsFilter } from '../shared/use-analytics-filter';
import { Empty, ErrorState, IllustrativeBanner, Loading } from '../states/States';
import { Changes } from './Changes';
import { HeadlineCards } from './HeadlineCards';
import { RegionLinks } from './RegionLinks';

const OVERVIEW = graphql(`
  query Overview($filter: AnalyticsFilter, $previous: AnalyticsFilter, $withPrevious: Boolean!) {
    coverage(filter: $filter) {
      roundtables
      illustrativeRoundtables
      regionsWithRoundtables
      firstDate
      lastDate
    }
    attendanceMix(filter: $filter) {
      region {
        slug
        name
      }
      ...AttendanceFigures
    }
    categoryReach(filter: $filter) {
      category { code }
    }
    challengeTotals(filter: $filter) {
      challenge { code }
      mentions
    }
    sources(filter: $filter) {
      ...SourceFields
    }
    previousMix: attendanceMix(filter: $previous) @include(if: $withPrevious) {
      ...AttendanceFigures
    }
    previousCategories: categoryReach(filter: $previous) @include(if: $withPrevious) {
      category { code }
    }
    previousChallenges: challengeTotals(filter: $previous) @include(if: $withPrevious) {
      challenge { code }
      mentions
    }
  }
`);

export default function OverviewPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const { filters, setFilters, filter } = useAnalyticsFilter();
  const period = filters.from && filters.to && filters.from <= filters.to ? previousPeriod(filters.from, filters.to) : undefined;
  const previous = period ? toAnalyticsFilter({ ...filters, ...period }) : undefined;
  const { data, error, loading, refetch } = useQuery(OVERVIEW, { variables: { filter, previous, withPrevious: Boolean(period) } });

  const attendance: AttendanceFigures[] = (data?.attendanceMix ?? [])
    .filter((row) => row.roundtables > 0)
    .map((row) => ({ key: row.region.slug, label: row.region.name, ...row }));
  // Categories and challenges come summed over regions by the server: the headline needs
  // which ones and how many mentions, not a row per region (13,000 rows at 1,000 regions).
  const figures = data && headline({ attendance: data.attendanceMix, categories: data.categoryReach, challenges: data.challengeTotals });
  const before =
    data?.previousMix && data.previousCategories && data.previousChallenges
      ? headline({ attendance: data.previousMix, categories: data.previousCategories, challenges: data.previousChallenges })
      : undefined;
  const bars = attendanceBars(attendance);
  const illustrative = (data?.coverage.illustrativeRoundtables ?? 0) > 0;

  return (
    <>
      <h1>{t('overview.title')}</h1>
      <p className="page-intro">{t('overview.intro')}</p>
      <FilterBar />
      {error && <ErrorState error={error} retry={() => void refetch()} />}
      {loading && !data && <Loading />}
      {data && figures && (
        <>
          <IllustrativeBanner
            count={data.coverage.illustrativeRoundtables}
            total={data.coverage.roundtables}
            onHide={() => setFilters({ ...filters, recordedOnly: true })}
          />
          <HeadlineCards figures={figures} coverage={data.coverage} />
          <Changes now={figures} before={before} period={period} from={filters.from} />
          {data.coverage.roundtables === 0 ? (
            <Empty />
          ) : (
            <ChartCard
              title={t('compare.attendance')}
              description={t('compare.attendanceDescription')}
              table={attendanceTable(attendance, i18n, 'region')}
              csvName="attendance-by-region"
              legend={<Legend title={t('chart.legend')} entries={attendanceLegend(t, bars)} />}
              sources={data.sources}
              illustrative={illustrative}
            >
              <AttendanceStackChart bars={bars} title={t('compare.attendance')} description={t('compare.attendanceDescription')} />
            </ChartCard>
          )}
          <RegionLinks rows={data.attendanceMix} />
        </>
      )}
    </>
  );
}

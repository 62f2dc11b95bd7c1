import { useQuery } from '@apollo/client/react';
import { graphql } from '../../__generated__';
import { useCompareI18n } from '../../app/i18n/compare';
import { usePageTitle } from '../../app/page-title';
import { mayExportRoundtables } from '../../app/session/permissions';
import { useSession } from '../../app/session/session-store';
import { AttendanceStackChart, GroupedCountChart, usePreloadedCharts } from '../../charts/lazy';
import { Empty, ErrorState, IllustrativeBanner, Loading } from '../../ui/States';
import { FilterBar } from '../filters/FilterBar';
import { RecordsScope } from '../filters/RecordsScope';
import { RoundtablesCsvDownload } from '../shared/RoundtablesCsvDownload';
import { useAnalyticsFilter } from '../shared/use-analytics-filter';
import { ComparisonCharts } from './ComparisonCharts';
import { chosenFit, comparedRegions } from './comparison-data';

/**
 * Which regions to compare, when the filters choose none or more than fit side by side: those
 * with the most roundtables, ranked by the server, so that at 1,000 regions the page asks for
 * the figures of the twelve it draws, never of every region.
 */
const COMPARE_REGIONS = graphql(`
  query CompareRegions($filter: AnalyticsFilter) {
    coverage(filter: $filter) {
      roundtables
      illustrativeRoundtables
      regionsWithRoundtables
    }
    attendanceRanking(filter: $filter, limit: 12, orderBy: { by: ROUNDTABLES }) {
      regions {
        region { slug }
        roundtables
      }
    }
  }
`);

const COMPARE = graphql(`
  query Compare($filter: AnalyticsFilter, $locale: Locale!) {
    ...ComparisonCharts_query
  }
`);

export default function ComparePage() {
  usePreloadedCharts(AttendanceStackChart, GroupedCountChart);
  const { t, locale } = useCompareI18n();
  usePageTitle(t('nav.compare'));
  const { filters, setFilters, filter } = useAnalyticsFilter();
  const mayExport = mayExportRoundtables(useSession()?.viewer);
  const chosen = filters.regions;
  const ranked = useQuery(COMPARE_REGIONS, { variables: { filter }, skip: chosenFit(chosen) });
  const compared = comparedRegions(chosen, ranked.data?.attendanceRanking.regions);
  const { data, error, loading, refetch } = useQuery(COMPARE, {
    variables: { filter: { ...filter, regions: compared ?? [] }, locale },
    skip: !compared?.length,
  });
  const failed = ranked.error ?? error;
  // The whole scope's, when it was asked: the shown regions' figures are a part of it.
  const coverage = ranked.data?.coverage ?? data?.coverage;
  const comparable = chosen.length > 0 ? chosen.length : ranked.data?.coverage.regionsWithRoundtables;

  return (
    <>
      <h1>{t('compare.title')}</h1>
      <p className="page-intro">{t('compare.intro')}</p>
      {mayExport && (
        <div className="page-tools">
          <RoundtablesCsvDownload filter={filter} fileName="roundtables.csv" />
        </div>
      )}
      <FilterBar />
      <RecordsScope filter={filter} />
      {failed && <ErrorState error={failed} retry={() => void (ranked.error ? ranked.refetch() : refetch())} />}
      {!failed && (ranked.loading || loading) && !data && <Loading />}
      {compared?.length === 0 && !failed && <Empty />}
      {data && coverage && (
        <>
          <IllustrativeBanner
            count={coverage.illustrativeRoundtables}
            total={coverage.roundtables}
            onHide={() => setFilters({ ...filters, recordedOnly: true })}
          />
          <ComparisonCharts data={data} regionsChosen={chosen.length > 0} comparable={comparable} />
        </>
      )}
    </>
  );
}

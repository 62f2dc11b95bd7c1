import { useQuery } from '@apollo/client/react';
import { graphql } from '../../__generated__';
import { useI18n } from '../../app/i18n/i18n';
import { usePageTitle } from '../../app/page-title';
import { mayExportRoundtables } from '../../app/session/permissions';
import { useSession } from '../../app/session/session-store';
import { AttendanceStackChart, GroupedCountChart, usePreloadedCharts } from '../../charts/lazy';
import { ErrorState, IllustrativeBanner, Loading } from '../../ui/States';
import { FilterBar } from '../filters/FilterBar';
import { RecordsScope } from '../filters/RecordsScope';
import { RoundtablesCsvDownload } from '../shared/RoundtablesCsvDownload';
import { useAnalyticsFilter } from '../shared/use-analytics-filter';
import { ComparisonCharts } from './ComparisonCharts';

const COMPARE = graphql(`
  query Compare($filter: AnalyticsFilter, $locale: Locale!) {
    ...ComparisonCharts_query
  }
`);

export default function ComparePage() {
  usePreloadedCharts(AttendanceStackChart, GroupedCountChart);
  const { t, locale } = useI18n();
  usePageTitle(t('nav.compare'));
  const { filters, setFilters, filter } = useAnalyticsFilter();
  const { data, error, loading, refetch } = useQuery(COMPARE, { variables: { filter, locale } });
  const mayExport = mayExportRoundtables(useSession()?.viewer);

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
      {error && <ErrorState error={error} retry={() => void refetch()} />}
      {loading && !data && <Loading />}
      {data && (
        <>
          <IllustrativeBanner
            count={data.coverage.illustrativeRoundtables}
            total={data.coverage.roundtables}
            onHide={() => setFilters({ ...filters, recordedOnly: true })}
          />
          <ComparisonCharts data={data} regionsChosen={filters.regions.length > 0} />
        </>
      )}
    </>
  );
}

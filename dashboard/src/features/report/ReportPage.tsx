import './report.css';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../../__generated__';
import { useReportI18n } from '../../app/i18n/report';
import { usePageTitle } from '../../app/page-title';
import { useSession } from '../../app/session/session-store';
import { Sources } from '../../charts/Sources';
import { Empty, ErrorState, IllustrativeBanner, Loading } from '../../ui/States';
import { ComparisonCharts } from '../compare/ComparisonCharts';
import { comparedRegions } from '../compare/comparison-data';
import { useAnalyticsFilter } from '../shared/use-analytics-filter';
import { IndicatorTable } from './IndicatorTable';
import { PrintMargins } from './PrintMargins';
import { ReportControls } from './ReportControls';
import { ReportSummary } from './ReportSummary';
import { ReportTitle } from './ReportTitle';
import { chosenPeriod, datesCounted, isAggregateOnly, reportFilter, reportFilters, resultsFilter } from './report-scope';
import { WithheldFootnote } from './WithheldFootnote';

/** The periods to choose from; asked first, since their dates bound what the report counts. */
const REPORT_PERIODS = graphql(`
  query ReportPeriods($locale: Locale!) {
    reportingPeriods {
      ...ReportingPeriodFields
    }
  }
`);

/**
 * What the report counts over its whole scope for one period: the opening figures, the
 * all-regions indicator results, the sources, and which regions it shows one by one: the
 * twelve with the most roundtables (those with the fewest, to name the ones that held none).
 * Bounded at any number of regions. Indicator results take the period by code, and their own
 * filter: FUNDER and PUBLIC may not give them dates, which the publication is not made for.
 */
const REPORT = graphql(`
  query Report($filter: AnalyticsFilter, $resultsFilter: AnalyticsFilter, $locale: Locale!, $period: String!, $regionsChosen: Boolean!) {
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
    categoryReach(filter: $filter) {
      category { code }
    }
    challengeTotals(filter: $filter) {
      challenge { code }
      mentions
    }
    mostRoundtables: attendanceRanking(filter: $filter, limit: 12, orderBy: { by: ROUNDTABLES }) {
      regionCount
      regions {
        region { slug }
        roundtables
      }
    }
    fewestRoundtables: attendanceRanking(filter: $filter, limit: 12, orderBy: { by: ROUNDTABLES, direction: ASC }) {
      regions {
        region { slug name }
        roundtables
      }
    }
    # The names of the regions the filters choose, for the title block.
    regions @include(if: $regionsChosen) {
      slug
      name
    }
    indicators {
      ...IndicatorTable_indicator
    }
    indicatorResults(filter: $resultsFilter, periods: [$period], regionRows: false) {
      ...IndicatorTable_result
    }
    sources(filter: $filter) {
      ...Sources_source
    }
  }
`);

/** The regions the report shows one by one: their charts and indicator results. */
const REPORT_REGIONS = graphql(`
  query ReportRegions($filter: AnalyticsFilter, $resultsFilter: AnalyticsFilter, $locale: Locale!, $period: String!) {
    ...ComparisonCharts_query
    indicatorResults(filter: $resultsFilter, periods: [$period], includeTotal: false) {
      ...IndicatorTable_result
    }
  }
`);

/**
 * The funder report: one reporting period under the current filters, laid out as an A4
 * document that prints as it is shown (report.css), from the title block to the sources.
 */
export default function ReportPage({ period: periodCode }: { period?: string }) {
  const { t, format, locale } = useReportI18n();
  const role = useSession()?.viewer.role ?? 'PUBLIC';
  const { filters: urlFilters, setFilters } = useAnalyticsFilter();
  const filters = reportFilters(urlFilters, role);
  const periodsQuery = useQuery(REPORT_PERIODS, { variables: { locale } });
  const periods = periodsQuery.data?.reportingPeriods ?? [];
  const period = chosenPeriod(periods, periodCode);
  usePageTitle(t('report.nav'), period?.label);
  const dates = period && datesCounted(period, filters);
  const filter = dates && reportFilter(filters, dates);
  const { data, error, loading, refetch } = useQuery(REPORT, {
    variables: {
      filter,
      resultsFilter: filter && resultsFilter(filter, role),
      locale,
      period: period?.code ?? '',
      regionsChosen: filters.regions.length > 0,
    },
    skip: !period || !dates,
  });
  const compared = comparedRegions(filters.regions, data?.mostRoundtables.regions);
  const comparedFilter = filter && { ...filter, regions: compared ?? [] };
  const shown = useQuery(REPORT_REGIONS, {
    variables: {
      filter: comparedFilter,
      resultsFilter: comparedFilter && resultsFilter(comparedFilter, role),
      locale,
      period: period?.code ?? '',
    },
    skip: !period || !dates || !compared?.length,
  });
  // Fixed when the page opens: the copy says when its figures were fetched, not when it was printed.
  const [producedAt] = useState(() => new Date().toISOString());

  const illustrative = (data?.coverage.illustrativeRoundtables ?? 0) > 0;
  const failure = periodsQuery.error ?? error ?? shown.error;
  const retry = () => void (periodsQuery.error ? periodsQuery.refetch() : error ? refetch() : shown.refetch());
  const regionsShown = compared?.length === 0 || shown.data;
  const comparable = filters.regions.length > 0 ? filters.regions.length : data?.coverage.regionsWithRoundtables;
  // The all-regions rows, then the rows of each region shown.
  const results = [...(data?.indicatorResults ?? []), ...(shown.data?.indicatorResults ?? [])];

  return (
    <div className="report">
      <ReportControls periods={periods} period={period} datesFilter={!isAggregateOnly(role)} filter={filter} />
      {failure && <ErrorState error={failure} retry={retry} />}
      {periodsQuery.data && !period && (
        <p className="banner notice" role="alert">
          {t('report.unknownPeriod', { code: periodCode ?? '' })}
        </p>
      )}
      <article className="report-sheet">
        {!period && <h1>{t('report.nav')}</h1>}
        {period && dates && (
          <>
            <ReportTitle
              period={period}
              dates={dates}
              filters={filters}
              regionNames={new Map((data?.regions ?? []).map((region) => [region.slug, region.name]))}
              role={role}
              producedAt={producedAt}
            />
            <PrintMargins
              runningHead={`${t('app.name')} · ${t('report.title', { period: period.label })}`}
              produced={format.dateTime(producedAt)}
              footNote={[
                `${t('report.metaRole')}: ${t(`role.${role}`)}`,
                isAggregateOnly(role) ? t('report.footWithheld') : '',
                illustrative ? t('report.illustrativeFooter') : '',
              ]
                .filter(Boolean)
                .join(' · ')}
            />
          </>
        )}
        {period && !dates && <p className="banner notice">{t('report.datesOutside')}</p>}
        {(periodsQuery.loading || (loading && !data) || (data && !regionsShown && !failure)) && <Loading />}
        {data && regionsShown && (
          <>
            <IllustrativeBanner
              count={data.coverage.illustrativeRoundtables}
              total={data.coverage.roundtables}
              onHide={() => setFilters({ ...filters, recordedOnly: true })}
            />
            <ReportSummary data={data} regionsChosen={filters.regions.length > 0} />
            <IndicatorTable indicators={data.indicators} results={results} shownRegions={new Set(compared)} comparable={comparable ?? 0} />
            {shown.data ? (
              <ComparisonCharts
                data={shown.data}
                regionsChosen={filters.regions.length > 0}
                sourcesPerChart={false}
                comparable={comparable}
              />
            ) : (
              <Empty />
            )}
            <WithheldFootnote
              counts={[data.attendanceTotal, ...(shown.data?.attendanceMix ?? []), ...(shown.data?.stakeholderMix ?? [])]}
              results={results}
            />
            <section className="report-section report-sources" aria-labelledby="report-sources-title">
              <h2 id="report-sources-title">{t('report.sources')}</h2>
              {data.sources.length ? <Sources sources={data.sources} /> : <p className="muted">{t('report.noSources')}</p>}
            </section>
          </>
        )}
      </article>
    </div>
  );
}

import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../../__generated__';
import { useIndicatorsI18n } from '../../app/i18n/indicators';
import { withheldTitle } from '../../app/i18n/withheld-words';
import { maySetTargets, seesPublication } from '../../app/session/permissions';
import { useSession } from '../../app/session/session-store';
import { ErrorState, IllustrativeBanner, Loading } from '../../ui/States';
import { FilterBar } from '../filters/FilterBar';
import { RecordsScope } from '../filters/RecordsScope';
import { useAnalyticsFilter } from '../shared/use-analytics-filter';
import { type DrillDownChoice, DrillDownDialog } from './DrillDownDialog';
import { iatiResults } from './iati-json';
import { PeriodSelect } from './PeriodSelect';
import { ResultsCard } from './ResultsCard';
import { buildResultsGrid } from './results-grid';
import { INDICATOR_TARGETS } from './TargetEditor';
import { TargetWarnings } from './TargetWarnings';
import { TrendSection } from './TrendSection';
import './indicators.css';
import { usePageTitle } from '../../app/page-title';
import { IndicatorTrendChart, usePreloadedCharts } from '../../charts/lazy';

/** What the indicators are, the periods they are reported for and the regions targets can be set for: the page's frame. */
const INDICATOR_CATALOGUE = graphql(`
  query IndicatorCatalogue($locale: Locale!) {
    indicators {
      code
      label(locale: $locale)
      description(locale: $locale)
      unit
      direction
      numerator
      denominator
      timeAggregation
      regionAggregation
      disaggregations
      frameworkMappings {
        ...IndicatorAbout_mapping
      }
    }
    reportingPeriods {
      ...ReportingPeriodFields
    }
    regions {
      slug
      name
    }
  }
`);

/**
 * Every indicator for every period at once: the table shows the chosen period, the charts
 * the years, the IATI file all of them, and none of them waits for another request.
 */
const INDICATOR_RESULTS = graphql(`
  query IndicatorResults($filter: AnalyticsFilter, $periods: [String!]) {
    coverage(filter: $filter) {
      roundtables
      illustrativeRoundtables
    }
    indicatorResults(filter: $filter, periods: $periods) {
      id
      indicator { code }
      region {
        slug
        name
      }
      period { code }
      periodStart
      periodEnd
      asOf
      value { min max }
      withheld
      recordCount
      unknownRecords
      baseline
      target
      targetOrigin {
        kind
        source
      }
      progress { min max }
      expectedProgress
      status
    }
    sources(filter: $filter) {
      ...Sources_source
    }
  }
`);

/**
 * The project against its indicators: a period's results region by region, each
 * indicator over the years, the roundtables behind any figure, and for evaluators the
 * baselines and targets themselves.
 */
export default function IndicatorsPage() {
  usePreloadedCharts(IndicatorTrendChart);
  const i18n = useIndicatorsI18n();
  const { t, locale, format } = i18n;
  usePageTitle(t('indicators.title'));
  const viewer = useSession()?.viewer;
  const { filters, setFilters, filter: datesFilter } = useAnalyticsFilter();
  // The period is chosen above the table; FUNDER and PUBLIC cannot narrow it by dates, which
  // their figures are not published for (the API refuses them).
  const published = seesPublication(viewer);
  const filter = published ? { ...datesFilter, from: undefined, to: undefined } : datesFilter;
  const mayEdit = maySetTargets(viewer);
  const [choice, setChoice] = useState<DrillDownChoice | null>(null);

  const catalogue = useQuery(INDICATOR_CATALOGUE, { variables: { locale } });
  const frame = catalogue.data ?? catalogue.previousData;
  const periods = frame?.reportingPeriods ?? [];
  // Kept through a refetch (after a target is saved), so nothing on the page is lost meanwhile.
  const results = useQuery(INDICATOR_RESULTS, { variables: { filter, periods: periods.map((period) => period.code) }, skip: !frame });
  const data = results.data ?? results.previousData;
  const targets = useQuery(INDICATOR_TARGETS, { skip: !mayEdit });
  const targetData = targets.data ?? targets.previousData;

  const project = periods.find((period) => period.kind === 'PROJECT');
  const period = periods.find((candidate) => candidate.code === filters.period) ?? project;
  const indicators = frame?.indicators ?? [];
  const regionName = (slug: string) => frame?.regions.find((region) => region.slug === slug)?.name ?? slug;
  const grid = buildResultsGrid(data?.indicatorResults ?? [], indicators, period?.code ?? '', t('indicators.allRegions'), locale);
  const illustrative = (data?.coverage.illustrativeRoundtables ?? 0) > 0;
  const iati = () =>
    iatiResults({
      indicators,
      periods,
      results: data?.indicatorResults ?? [],
      locale,
      generatedAt: new Date().toISOString(),
      words: {
        range: (min, max) => t('indicators.iati.range', { min: format.number(min), max: format.number(max) }),
        unknown: t('indicators.iati.unknown'),
        withheld: (reason) => withheldTitle(t, reason),
        noRecords: t('figure.noRecords'),
        noCategory: t('figure.noCategory'),
        noChallenge: t('figure.noChallenge'),
      },
    });

  const error = catalogue.error ?? results.error;
  return (
    <>
      <h1>{t('indicators.title')}</h1>
      <p className="page-intro">{t('indicators.intro')}</p>
      {periods.length > 0 && period && (
        <PeriodSelect
          periods={periods}
          value={period.code}
          onChange={(code) => setFilters({ ...filters, period: code === project?.code ? undefined : code })}
        />
      )}
      <FilterBar showPeriod={!published} />
      <RecordsScope filter={filter} />
      {mayEdit && targetData && (
        <TargetWarnings
          warnings={targetData.indicatorTargetWarnings}
          names={{
            indicator: (code) => indicators.find((indicator) => indicator.code === code),
            region: regionName,
            period: (code) => periods.find((candidate) => candidate.code === code)?.label ?? code,
          }}
        />
      )}
      {error && <ErrorState error={error} retry={() => void (catalogue.error ? catalogue.refetch() : results.refetch())} />}
      {!error && !data && <Loading />}
      {data && period && (
        <>
          <IllustrativeBanner
            count={data.coverage.illustrativeRoundtables}
            total={data.coverage.roundtables}
            onHide={() => setFilters({ ...filters, recordedOnly: true })}
          />
          {grid.rows.length === 0 ? (
            <p className="state">{t('indicators.empty')}</p>
          ) : (
            <>
              <ResultsCard
                grid={grid}
                periodCode={period.code}
                periodLabel={period.label}
                sources={data.sources}
                illustrative={illustrative}
                iati={iati}
                onOpen={(result) => {
                  const indicator = indicators.find((candidate) => candidate.code === result.indicator.code);
                  if (!indicator) return;
                  setChoice({
                    result,
                    indicator,
                    regionName: result.region?.name ?? t('indicators.allRegions'),
                    periodLabel: period.label,
                  });
                }}
              />
              <TrendSection
                indicators={indicators}
                results={data.indicatorResults}
                periods={periods}
                regions={grid.regions}
                filter={filter}
                sources={data.sources}
                illustrative={illustrative}
                editing={
                  mayEdit && targetData && frame
                    ? { targets: targetData.indicatorTargets, regions: frame.regions, initialPeriod: period.code }
                    : null
                }
              />
            </>
          )}
        </>
      )}
      <DrillDownDialog choice={choice} filter={filter} onClose={() => setChoice(null)} />
    </>
  );
}

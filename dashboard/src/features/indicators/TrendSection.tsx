import { useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { graphql } from '../../__generated__';
import type { AnalyticsFilterInput } from '../../app/filters';
import { useIndicatorsI18n } from '../../app/i18n/indicators';
import type { SourceLink } from '../../charts/Sources';
import { type FrameworkMappingInfo, IndicatorAbout } from './IndicatorAbout';
import { IndicatorTrendCard } from './IndicatorTrendCard';
import type { IndicatorInfo, IndicatorResultRow, PeriodInfo } from './indicator-types';
import { indicatorAnchor } from './ResultsTable';
import { ALL_REGIONS, type GridRegion } from './results-grid';
import { TargetEditor } from './TargetEditor';
import type { StoredTarget } from './target-form';
import { trendFor } from './trend-series';

/** The sources behind the charts when they show one region rather than all in scope. */
const CHART_SOURCES = graphql(`
  query IndicatorChartSources($filter: AnalyticsFilter) {
    sources(filter: $filter) {
      ...Sources_source
    }
  }
`);

export interface TargetEditing {
  targets: readonly StoredTarget[];
  regions: readonly { slug: string; name: string }[];
  initialPeriod: string;
}

/**
 * Each indicator year by year, for all regions in scope or one of them, with what it counts
 * and, for those who set them, its baselines and targets.
 */
export function TrendSection({
  indicators,
  results,
  periods,
  regions,
  filter,
  sources,
  illustrative,
  editing,
}: {
  indicators: readonly (IndicatorInfo & { frameworkMappings: readonly FrameworkMappingInfo[] })[];
  results: readonly IndicatorResultRow[];
  periods: readonly PeriodInfo[];
  regions: readonly GridRegion[];
  filter: AnalyticsFilterInput;
  sources: SourceLink[];
  illustrative: boolean;
  editing: TargetEditing | null;
}) {
  const { t } = useIndicatorsI18n();
  const headingId = useId();
  const selectId = useId();
  const [chosen, setChosen] = useState(ALL_REGIONS);
  // A region filtered out since it was chosen falls back to all regions.
  const scope = regions.find((region) => region.key === chosen) ?? regions[0];
  const scopeKey = scope?.key ?? ALL_REGIONS;
  const regionSources = useQuery(CHART_SOURCES, {
    variables: { filter: { ...filter, countries: undefined, regions: [scopeKey] } },
    skip: scopeKey === ALL_REGIONS,
  });
  const shownSources = scopeKey === ALL_REGIONS ? sources : ((regionSources.data ?? regionSources.previousData)?.sources ?? []);
  return (
    <section className="trends" aria-labelledby={headingId}>
      <div className="section-head">
        <h2 id={headingId}>{t('indicators.chartsTitle')}</h2>
        <div className="period-select">
          <label htmlFor={selectId}>{t('indicators.chartRegion')}</label>
          <select id={selectId} value={scopeKey} onChange={(event) => setChosen(event.target.value)}>
            {regions.map((region) => (
              <option key={region.key} value={region.key}>
                {region.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      {indicators.map((indicator) => (
        <div key={indicator.code} id={indicatorAnchor(indicator.code)} className="indicator-anchor">
          <IndicatorTrendCard
            indicator={indicator}
            trend={trendFor(indicator, results, periods, scopeKey)}
            scopeName={scope?.name ?? ''}
            scopeKey={scopeKey}
            sources={shownSources}
            illustrative={illustrative}
            footer={
              <>
                <IndicatorAbout indicator={indicator} mappings={indicator.frameworkMappings} />
                {editing && (
                  <details className="target-editor">
                    <summary>{t('indicators.targets.open')}</summary>
                    <TargetEditor
                      indicator={indicator}
                      regions={editing.regions}
                      periods={periods}
                      targets={editing.targets}
                      initialPeriod={editing.initialPeriod}
                    />
                  </details>
                )}
              </>
            }
          />
        </div>
      ))}
    </section>
  );
}

import { useApolloClient, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../../__generated__';
import type { AnalyticsFilterInput } from '../../app/filters';
import { useQualityI18n } from '../../app/i18n/quality';
import { useFilters } from '../../app/use-filters';
import { byRegion, type CompletenessMeasure, type CompletenessSortKey, completenessOrder } from '../../data/completeness';
import { ErrorState, Loading } from '../../ui/States';
import { type CompletenessCell, completenessColumns, type PeriodColumn } from './CompletenessColumns';
import { PagedTable } from './PagedTable';
import { usePaging } from './paging';

const COMPLETENESS = graphql(`
  query Completeness($scope: AnalyticsFilter, $page: PageInput, $completenessOrder: CompletenessOrder, $locale: Locale!) {
    completeness(filter: $scope, page: $page, orderBy: $completenessOrder) {
      totalCount
      onTimeDays
      rows {
        ...CompletenessCell_completeness
      }
    }
  }
`);

const MEASURES: readonly CompletenessMeasure[] = ['RECORDED', 'APPROVED', 'ON_TIME_RATE'];

/** The periods of the rows, in their order, with their labels. */
function periodsOf(rows: readonly CompletenessCell[]): PeriodColumn[] {
  const periods = new Map<string, PeriodColumn>();
  for (const row of rows) {
    if (!periods.has(row.periodCode)) periods.set(row.periodCode, { code: row.periodCode, label: row.period?.label ?? row.periodCode });
  }
  return [...periods.values()];
}

/**
 * How complete and timely each region's records are, per reporting period: a heat table of
 * regions (paged, sorted by the API) by periods, each cell the share of the expected roundtables
 * recorded, in colour and in words, and the share submitted on time; a cell opens the region's
 * page over that period. The page's dates do not apply: each period is its own span.
 */
export function CompletenessSection({ filter }: { filter: AnalyticsFilterInput }) {
  const i18n = useQualityI18n();
  const { t, locale, format } = i18n;
  const [filters] = useFilters();
  const client = useApolloClient();
  const [measure, setMeasure] = useState<CompletenessMeasure>('RECORDED');
  const paging = usePaging<CompletenessSortKey>('REGION');
  const { from: _from, to: _to, ...scope } = filter;
  const variables = {
    scope,
    page: paging.page,
    completenessOrder: completenessOrder(paging.orderBy.field, paging.orderBy.direction),
    locale,
  };
  const { data, previousData, error, loading, refetch } = useQuery(COMPLETENESS, { variables });
  const answer = (data ?? previousData)?.completeness;
  const page = answer && { totalCount: answer.totalCount, rows: byRegion(answer.rows) };
  const periods = periodsOf(answer?.rows ?? []);
  const fetchPage = async (pageAsked: { offset: number; limit: number }) => {
    const result = await client.query({ query: COMPLETENESS, variables: { ...variables, page: pageAsked }, fetchPolicy: 'network-only' });
    const asked = result.data?.completeness;
    return { totalCount: asked?.totalCount ?? 0, rows: byRegion(asked?.rows ?? []) };
  };
  const chooseMeasure = (next: CompletenessMeasure) => {
    setMeasure(next);
    // Sorted by a period already: by the new measure in the same period.
    const sorted = completenessOrder(paging.orderBy.field, paging.orderBy.direction);
    if (sorted.period) paging.sortBy(`${next}:${sorted.period}`);
  };

  return (
    <section id="completeness" aria-labelledby="completeness-title" className="quality-section">
      <h2 id="completeness-title">{t('quality.completeness.title')}</h2>
      <p>{t('quality.completeness.intro')}</p>
      {answer && <p>{t('quality.completeness.onTime', { days: format.number(answer.onTimeDays) })}</p>}
      {(filter.from || filter.to) && (
        <p className="banner notice" role="note">
          {t('quality.completeness.datesIgnored')}
        </p>
      )}
      <CompletenessLegend />
      <label className="completeness-measure">
        {t('quality.completeness.sortBy')}{' '}
        <select value={measure} onChange={(event) => chooseMeasure(event.target.value as CompletenessMeasure)}>
          {MEASURES.map((option) => (
            <option key={option} value={option}>
              {t(`quality.completeness.measure.${option}`)}
            </option>
          ))}
        </select>
      </label>
      {error && <ErrorState error={error} retry={() => void refetch()} />}
      {loading && !page && <Loading />}
      {page && (
        <PagedTable
          caption={t('quality.completeness.caption')}
          className="completeness"
          columns={completenessColumns(i18n, periods, measure, filters)}
          page={page}
          paging={paging}
          rowKey={(row) => row.slug}
          fetchPage={fetchPage}
          filename={t('quality.completeness.file')}
        />
      )}
    </section>
  );
}

/** The colour scale in words: a colour is never the only way a value is told. */
function CompletenessLegend() {
  const { t } = useQualityI18n();
  const steps = [0, 1, 2, 3, 4] as const;
  return (
    <ul className="legend completeness-legend" aria-label={t('quality.completeness.legend')}>
      {steps.map((step) => (
        <li key={step}>
          <span className={`completeness-swatch rate-${step}`} aria-hidden="true" />
          {t(`quality.completeness.step.${step}`)}
        </li>
      ))}
      <li>
        <span className="completeness-swatch rate-unknown" aria-hidden="true" />
        {t('quality.completeness.step.unknown')}
      </li>
    </ul>
  );
}

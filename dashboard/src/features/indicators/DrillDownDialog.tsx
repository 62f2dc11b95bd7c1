import { useQuery } from '@apollo/client/react';
import { useEffect, useId, useRef } from 'react';
import { graphql } from '../../__generated__';
import type { AnalyticsFilterInput } from '../../app/filters';
import { useIndicatorsI18n } from '../../app/i18n/indicators';
import { WithheldNote } from '../../charts/WithheldNote';
import { reasonsAmong } from '../../data/withholding';
import { ErrorState, Loading } from '../../ui/States';
import { BreakdownTable } from './BreakdownTable';
import { CountedRoundtables } from './CountedRoundtables';
import { DrillDownFacts } from './DrillDownFacts';
import { BREAKDOWNS, type BreakdownDimension, breakdownsOf, partWithheld } from './drill-down';
import type { IndicatorInfo, IndicatorResultRow } from './indicator-types';
import { regionKey } from './results-grid';

/**
 * The roundtables behind one figure and its splits. Asked with the same filter as the
 * table (total included), so the server withholds exactly what it withheld there; only
 * the splits the indicator supports are asked for, since others are refused.
 */
const INDICATOR_DRILL_DOWN = graphql(`
  query IndicatorDrillDown(
    $filter: AnalyticsFilter
    $code: String!
    $period: String!
    $locale: Locale!
    $byCategory: Boolean!
    $byNewcomerStatus: Boolean!
    $byGender: Boolean!
    $byAgeBand: Boolean!
    $byMode: Boolean!
  ) {
    stakeholderCategories {
      code
      label(locale: $locale)
      position
    }
    indicatorResults(filter: $filter, codes: [$code], periods: [$period]) {
      id
      region { slug }
      roundtables {
        ...CountedRoundtables_roundtable
      }
      byCategory: breakdown(by: STAKEHOLDER_CATEGORY) @include(if: $byCategory) {
        ...BreakdownTable_part
      }
      byNewcomerStatus: breakdown(by: NEWCOMER_STATUS) @include(if: $byNewcomerStatus) {
        ...BreakdownTable_part
      }
      byGender: breakdown(by: GENDER) @include(if: $byGender) {
        ...BreakdownTable_part
      }
      byAgeBand: breakdown(by: AGE_BAND) @include(if: $byAgeBand) {
        ...BreakdownTable_part
      }
      byMode: breakdown(by: MODE) @include(if: $byMode) {
        ...BreakdownTable_part
      }
    }
  }
`);

export interface DrillDownChoice {
  result: IndicatorResultRow;
  indicator: IndicatorInfo;
  regionName: string;
  periodLabel: string;
}

/**
 * A figure opened: what it is, the roundtables it counts with their sources, and the splits
 * its indicator supports. A modal dialog, so the table stays where it was behind it and the
 * focus returns to the figure on closing.
 */
export function DrillDownDialog({
  choice,
  filter,
  onClose,
}: {
  choice: DrillDownChoice | null;
  filter: AnalyticsFilterInput;
  onClose: () => void;
}) {
  const { t, locale } = useIndicatorsI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const { dimensions, switches } = breakdownsOf(choice?.indicator.disaggregations ?? []);
  const { data, loading, error, refetch } = useQuery(INDICATOR_DRILL_DOWN, {
    variables: {
      filter,
      code: choice?.indicator.code ?? '',
      period: choice?.result.period.code ?? '',
      locale,
      ...switches,
    },
    skip: !choice,
  });
  useEffect(() => {
    if (choice && !dialog.current?.open) dialog.current?.showModal();
  }, [choice]);

  const detail = choice ? data?.indicatorResults.find((row) => regionKey(row) === regionKey(choice.result)) : undefined;
  const categoryLabels = new Map((data?.stakeholderCategories ?? []).map((category) => [category.code, category.label]));
  const parts = (dimension: BreakdownDimension) => (detail ? (detail[BREAKDOWNS[dimension]] ?? []) : []);
  const reasons = reasonsAmong([
    choice?.result.withheld,
    ...dimensions.flatMap((dimension) => parts(dimension).map((part) => partWithheld(part, choice?.result.withheld))),
  ]);

  return (
    <dialog ref={dialog} className="drill-dialog" aria-labelledby={titleId} onClose={onClose}>
      {choice && (
        <>
          <div className="drill-head">
            <h2 id={titleId}>
              {t('indicators.drill.title', { indicator: choice.indicator.label, region: choice.regionName })}
              <span className="drill-period">{choice.periodLabel}</span>
            </h2>
            <button type="button" className="secondary" onClick={() => dialog.current?.close()}>
              {t('indicators.drill.close')}
            </button>
          </div>
          <DrillDownFacts result={choice.result} indicator={choice.indicator} />
          <h3>{t('indicators.drill.roundtables')}</h3>
          {error && <ErrorState error={error} retry={() => void refetch()} />}
          {loading && !data && <Loading />}
          {detail && <CountedRoundtables roundtables={detail.roundtables} />}
          {dimensions.length > 0 && detail && (
            <>
              <h3>{t('indicators.drill.breakdowns')}</h3>
              {dimensions.map((dimension) => (
                <BreakdownTable
                  key={dimension}
                  dimension={dimension}
                  parts={parts(dimension)}
                  figureWithheld={choice.result.withheld}
                  categoryLabels={categoryLabels}
                />
              ))}
            </>
          )}
          <WithheldNote reasons={reasons} />
        </>
      )}
    </dialog>
  );
}

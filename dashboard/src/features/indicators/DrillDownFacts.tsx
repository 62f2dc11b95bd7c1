import { useIndicatorsI18n } from '../../app/i18n/indicators';
import { resultWords, withheldTitle } from '../../app/i18n/withheld-words';
import { formatAmount, formatProgress, hasNoRecords, resultText } from './indicator-format';
import type { IndicatorInfo, IndicatorResultRow } from './indicator-types';
import { StatusBadge } from './StatusBadge';

/** The figure chosen, with everything the cell had no room for. */
export function DrillDownFacts({ result, indicator }: { result: IndicatorResultRow; indicator: IndicatorInfo }) {
  const { t, format } = useIndicatorsI18n();
  const words = resultWords(t, t('indicators.notKnown'));
  const noRecords = hasNoRecords(result);
  const amount = (value: number | null | undefined) =>
    value === null || value === undefined ? t('indicators.noTarget') : formatAmount(value, indicator.unit, format);
  const progress = noRecords ? null : formatProgress(result.progress, format);
  return (
    <dl className="facts">
      <dt>{t('indicators.drill.value')}</dt>
      <dd title={result.withheld ? withheldTitle(t, result.withheld) : undefined}>{resultText(result, indicator, format, words)}</dd>
      <dt>{t('indicators.drill.baseline')}</dt>
      <dd>{result.baseline === null || result.baseline === undefined ? '–' : formatAmount(result.baseline, indicator.unit, format)}</dd>
      <dt>{t('indicators.drill.target')}</dt>
      <dd>
        {amount(result.target)}
        {result.targetOrigin.kind !== 'NONE' && (
          <span className="muted">
            {' '}
            ({t('indicators.drill.targetOrigin')} {t(`indicators.origin.${result.targetOrigin.kind as 'REGION'}`)}
            {result.targetOrigin.source ? `; ${result.targetOrigin.source}` : ''})
          </span>
        )}
      </dd>
      {progress && (
        <>
          <dt>{t('indicators.drill.progress')}</dt>
          <dd>
            {progress}
            {result.expectedProgress !== null && result.expectedProgress !== undefined && (
              <span className="muted"> ({t('indicators.drill.expected', { expected: format.percent(result.expectedProgress) })})</span>
            )}
          </dd>
        </>
      )}
      <dt>{t('indicators.drill.status')}</dt>
      <dd>{noRecords ? words.noRecords : <StatusBadge status={result.status} />}</dd>
      <dt>{t('indicators.drill.days')}</dt>
      <dd>{t('indicators.periodDates', { from: format.date(result.periodStart), to: format.date(result.periodEnd) })}</dd>
      <dt>{t('indicators.drill.records')}</dt>
      <dd>
        {format.number(result.recordCount)}
        {result.unknownRecords > 0 && (
          <span className="muted">
            {' '}
            ({t('indicators.column.unknownRecords').toLowerCase()}: {format.number(result.unknownRecords)})
          </span>
        )}
      </dd>
    </dl>
  );
}

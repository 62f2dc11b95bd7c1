import { useIndicatorsI18n } from '../../app/i18n/indicators';
import { resultWords, withheldTitle } from '../../app/i18n/withheld-words';
import { formatAmount, hasNoRecords, resultText } from './indicator-format';
import type { IndicatorInfo, IndicatorResultRow } from './indicator-types';
import { ProgressBar } from './ProgressBar';
import { StatusBadge } from './StatusBadge';

/**
 * One indicator for one region: the value (a button to the roundtables it counts), its
 * target, the progress bar and the status in words. Over no roundtable, "No records" alone:
 * the API's 0 there, its progress and its status (off track, say) are no figure of the region.
 */
export function ResultCell({
  result,
  indicator,
  regionName,
  onOpen,
}: {
  result: IndicatorResultRow;
  indicator: IndicatorInfo;
  regionName: string;
  onOpen: () => void;
}) {
  const { t, format } = useIndicatorsI18n();
  const value = resultText(result, indicator, format, resultWords(t, t('indicators.notKnown')));
  const noRecords = hasNoRecords(result);
  const hasTarget = !noRecords && result.target !== null && result.target !== undefined;
  return (
    <div className="result-cell">
      <p className="result-figure">
        <button
          type="button"
          className="figure-button"
          onClick={onOpen}
          title={result.withheld ? withheldTitle(t, result.withheld) : undefined}
        >
          {value}
          <span className="sr-only"> {t('indicators.openFigure', { indicator: indicator.label, region: regionName })}</span>
        </button>
        {/* Without a target, the status says so: the cell stays narrow enough for seven indicators side by side. */}
        {hasTarget && (
          <span className="result-target">
            {' '}
            {t('indicators.ofTarget', { target: formatAmount(result.target as number, indicator.unit, format) })}
          </span>
        )}
      </p>
      {result.progress && !noRecords && (
        <ProgressBar progress={result.progress} expected={result.expectedProgress} status={result.status} />
      )}
      {!noRecords && <StatusBadge status={result.status} />}
      {result.unknownRecords > 0 && <p className="result-note">{t('indicators.unknownRecords', { count: result.unknownRecords })}</p>}
    </div>
  );
}

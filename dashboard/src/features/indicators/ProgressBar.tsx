import type { CSSProperties } from 'react';
import { useIndicatorsI18n } from '../../app/i18n/indicators';
import type { CountRange } from '../../data/ranges';
import { clampShare, formatProgress } from './indicator-format';
import type { IndicatorStatus } from './indicator-types';

const percent = (share: number) => `${(clampShare(share) * 100).toFixed(1)}%`;

/**
 * Progress from baseline (left) to target (right): solid to the lowest value of a range,
 * hatched to its highest, and a mark where progress should be by now. Read out as one
 * sentence; the percentage beside it is for the eye.
 */
export function ProgressBar({ progress, expected, status }: { progress: CountRange; expected?: number | null; status: IndicatorStatus }) {
  const { t, format } = useIndicatorsI18n();
  const text = formatProgress(progress, format) ?? '';
  const label = [
    t('indicators.progressLabel', { progress: text }),
    ...(expected === null || expected === undefined ? [] : [t('indicators.expectedLabel', { expected: format.percent(expected) })]),
  ].join(' ');
  const fill: CSSProperties = { width: percent(progress.min) };
  const range: CSSProperties = { left: percent(progress.min), width: percent(clampShare(progress.max) - clampShare(progress.min)) };
  return (
    <div className="progress">
      <div className={`progress-track progress-${status.toLowerCase().replace('_', '-')}`} role="img" aria-label={label}>
        <span className="progress-fill" style={fill} />
        {progress.max > progress.min && <span className="progress-range" style={range} />}
        {expected !== null && expected !== undefined && <span className="progress-expected" style={{ left: percent(expected) }} />}
      </div>
      <span className="progress-text" aria-hidden="true">
        {text}
      </span>
    </div>
  );
}

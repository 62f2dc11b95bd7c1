import { useIndicatorsI18n } from '../../app/i18n/indicators';
import type { IndicatorStatus } from './indicator-types';

/** A shape per status as well as a colour, so that neither colour nor the word alone carries it. */
export const STATUS_ICON: Record<IndicatorStatus, string> = {
  ON_TRACK: '✓',
  AT_RISK: '!',
  OFF_TRACK: '✗',
  NO_TARGET: '–',
  NO_DATA: '?',
  WITHHELD: '•',
};

export function StatusBadge({ status }: { status: IndicatorStatus }) {
  const { t } = useIndicatorsI18n();
  return (
    <span className={`status status-${status.toLowerCase().replace('_', '-')}`}>
      <span className="status-icon" aria-hidden="true">
        {STATUS_ICON[status]}
      </span>
      {t(`indicators.status.${status}`)}
    </span>
  );
}

/** What each status means, once under the table rather than in every cell. */
export function StatusLegend() {
  const { t } = useIndicatorsI18n();
  const statuses = Object.keys(STATUS_ICON) as IndicatorStatus[];
  return (
    <ul className="status-legend" aria-label={t('indicators.statusLegend')}>
      {statuses.map((status) => (
        <li key={status}>
          <StatusBadge status={status} /> <span className="muted">{t(`indicators.statusHelp.${status}`)}</span>
        </li>
      ))}
    </ul>
  );
}

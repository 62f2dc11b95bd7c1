import { useId } from 'react';
import { useIndicatorsI18n } from '../../app/i18n/indicators';
import type { PeriodInfo } from './indicator-types';

/** The reporting period the table shows; its dates beside it, since a year can be cut short. */
export function PeriodSelect({
  periods,
  value,
  onChange,
}: {
  periods: readonly PeriodInfo[];
  value: string;
  onChange: (code: string) => void;
}) {
  const { t, format } = useIndicatorsI18n();
  const id = useId();
  const chosen = periods.find((period) => period.code === value);
  return (
    <div className="period-select">
      <label htmlFor={id}>{t('indicators.period')}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {periods.map((period) => (
          <option key={period.code} value={period.code}>
            {period.label}
          </option>
        ))}
      </select>
      {chosen && (
        <span className="muted">{t('indicators.periodDates', { from: format.date(chosen.start), to: format.date(chosen.end) })}</span>
      )}
    </div>
  );
}

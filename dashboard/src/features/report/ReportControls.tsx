import { useId } from 'react';
import type { ReportPeriodsQuery } from '../../__generated__/graphql';
import type { AnalyticsFilterInput } from '../../app/filters';
import { useReportI18n } from '../../app/i18n/report';
import { navigate } from '../../app/router';
import { reportPath } from '../../app/routes';
import { useHrefWithFilters } from '../../app/use-filters';
import { FilterBar } from '../filters/FilterBar';
import { RecordsScope } from '../filters/RecordsScope';
import { isDefaultPeriod } from './report-scope';

type Period = ReportPeriodsQuery['reportingPeriods'][number];

/**
 * What the report covers and the print button: for the screen only, the print stylesheet
 * leaves all of it out (the title block says in words what was chosen).
 */
export function ReportControls({
  periods,
  period,
  datesFilter,
  filter,
}: {
  periods: Period[];
  period?: Period;
  datesFilter: boolean;
  /** What the report counts, once its period is known. */
  filter: AnalyticsFilterInput | undefined;
}) {
  const { t } = useReportI18n();
  const href = useHrefWithFilters();
  const hintId = useId();
  const choose = (code: string) => navigate(href(reportPath(isDefaultPeriod(periods, code) ? undefined : code)));
  return (
    <section className="report-controls" aria-label={t('report.settings')}>
      <div className="report-controls-row">
        <label>
          {t('report.period')}
          <select value={period?.code ?? ''} onChange={(event) => choose(event.target.value)} disabled={periods.length === 0}>
            {!period && <option value="">–</option>}
            {periods.map((option) => (
              <option key={option.code} value={option.code}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="primary" onClick={() => window.print()} aria-describedby={hintId}>
          {t('report.print')}
        </button>
      </div>
      <p id={hintId} className="muted report-hint">
        {t('report.printHint')}
      </p>
      {/* The report's period is chosen above; FUNDER and PUBLIC cannot narrow it by dates. */}
      <FilterBar showPeriod={datesFilter} />
      <RecordsScope filter={filter} />
    </section>
  );
}

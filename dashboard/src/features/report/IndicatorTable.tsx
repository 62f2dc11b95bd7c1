import { useId } from 'react';
import type { ReportQuery } from '../../__generated__/graphql';
import { useReportI18n } from '../../app/i18n/report';
import { hasNoRecords } from '../indicators/indicator-format';
import { indicatorGroups } from './indicator-rows';
import { progressText, statusText, targetText, valueText, withoutFigureText } from './indicator-text';

type Indicator = ReportQuery['indicators'][number];
type Result = ReportQuery['indicatorResults'][number];

// External frameworks a funder reports to; IATI's "unit" and "percentage" measures say nothing here.
const FUNDER_FRAMEWORKS: Record<string, string> = { AMIF: 'AMIF', ESF_PLUS: 'ESF+' };

function FrameworkCodes({ indicator }: { indicator: Indicator }) {
  const { t } = useReportI18n();
  const codes = indicator.frameworkMappings
    .filter((mapping) => FUNDER_FRAMEWORKS[mapping.framework])
    .map((mapping) => `${FUNDER_FRAMEWORKS[mapping.framework]} ${mapping.externalCode} (${t(`report.relation.${mapping.relation}`)})`);
  return codes.length ? <span className="indicator-frameworks">{codes.join(' · ')}</span> : null;
}

/**
 * Each indicator against its target, for all regions together and for each region shown.
 * Status is a word, not a colour, so the table reads the same printed in black and white.
 */
export function IndicatorTable({ data, shownRegions }: { data: ReportQuery; shownRegions: ReadonlySet<string> }) {
  const i18n = useReportI18n();
  const { t, locale } = i18n;
  const titleId = useId();
  const groups = indicatorGroups(data.indicators, data.indicatorResults, shownRegions, locale);
  return (
    <section className="report-section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('report.indicators')}</h2>
      <p className="chart-description">{t('report.indicatorsIntro')}</p>
      <table className="data report-indicators">
        <caption className="sr-only">{t('report.indicators')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('column.region')}</th>
            <th scope="col" className="numeric">
              {t('report.column.value')}
            </th>
            <th scope="col" className="numeric">
              {t('report.column.target')}
            </th>
            <th scope="col" className="numeric">
              {t('report.column.progress')}
            </th>
            <th scope="col">{t('report.column.status')}</th>
          </tr>
        </thead>
        {groups.map(({ indicator, rows }) => (
          <tbody key={indicator.code} data-indicator={indicator.code}>
            <tr className="indicator-head">
              <th scope="rowgroup" colSpan={5}>
                <span className="indicator-name">{indicator.label}</span>{' '}
                <span className="indicator-kind">
                  ({t(`report.unit.${indicator.unit}`)}, {t(`report.direction.${indicator.direction}`)})
                </span>
                <span className="indicator-about">
                  {indicator.description} <FrameworkCodes indicator={indicator} />
                </span>
              </th>
            </tr>
            {rows.map((result: Result) => {
              const note = withoutFigureText(result, i18n);
              return (
                <tr key={result.id} data-region={result.region?.slug ?? 'all'} className={result.region ? undefined : 'total'}>
                  <th scope="row">{result.region?.name ?? t('report.allRegions')}</th>
                  <td className="numeric">
                    {valueText(result, indicator, i18n)}
                    {note && <span className="cell-note">{note}</span>}
                  </td>
                  <td className="numeric">{targetText(result, indicator.unit, i18n)}</td>
                  <td className="numeric">{progressText(result, i18n)}</td>
                  <td className={hasNoRecords(result) ? 'status' : `status status-${result.status.toLowerCase().replace(/_/g, '-')}`}>
                    {statusText(result, i18n)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        ))}
      </table>
    </section>
  );
}

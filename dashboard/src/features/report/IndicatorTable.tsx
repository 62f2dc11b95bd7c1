import { useId } from 'react';
import { graphql } from '../../__generated__';
import type { IndicatorTable_IndicatorFragment, IndicatorTable_ResultFragment } from '../../__generated__/graphql';
import { useReportI18n } from '../../app/i18n/report';
import { ColumnHeads } from '../../ui/Tables';
import { hasNoRecords } from '../indicators/indicator-format';
import { indicatorGroups } from './indicator-rows';
import { progressText, statusText, targetText, valueText, withoutFigureText } from './indicator-text';

// What the table shows of each indicator and each of its results: the report's query spreads them.
export const INDICATOR_TABLE_INDICATOR = graphql(`
  fragment IndicatorTable_indicator on Indicator {
    code
    label(locale: $locale)
    description(locale: $locale)
    unit
    direction
    frameworkMappings {
      framework
      externalCode
      relation
    }
  }
`);

export const INDICATOR_TABLE_RESULT = graphql(`
  fragment IndicatorTable_result on IndicatorResult {
    id
    indicator { code }
    region { slug name }
    value { min max }
    withheld
    recordCount
    unknownRecords
    target
    progress { min max }
    expectedProgress
    status
  }
`);

type Indicator = IndicatorTable_IndicatorFragment;
type Result = IndicatorTable_ResultFragment;

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
export function IndicatorTable({
  indicators,
  results,
  shownRegions,
  comparable,
}: {
  indicators: readonly Indicator[];
  results: readonly Result[];
  shownRegions: ReadonlySet<string>;
  /** How many regions the scope could show a row for; more than shown, the table says so. */
  comparable: number;
}) {
  const i18n = useReportI18n();
  const { t, locale, format } = i18n;
  const titleId = useId();
  const groups = indicatorGroups(indicators, results, shownRegions, locale);
  return (
    <section className="report-section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('report.indicators')}</h2>
      <p className="chart-description">{t('report.indicatorsIntro')}</p>
      {comparable > shownRegions.size && (
        <p className="muted">
          {t('report.indicatorsLimited', { shown: format.number(shownRegions.size), total: format.number(comparable) })}
        </p>
      )}
      <table className="data report-indicators">
        <caption className="sr-only">{t('report.indicators')}</caption>
        <ColumnHeads
          columns={[
            { label: t('column.region') },
            { label: t('report.column.value'), numeric: true },
            { label: t('report.column.target'), numeric: true },
            { label: t('report.column.progress'), numeric: true },
            { label: t('report.column.status') },
          ]}
        />
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

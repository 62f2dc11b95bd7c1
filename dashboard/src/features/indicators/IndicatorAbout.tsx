import { graphql } from '../../__generated__';
import type { IndicatorAbout_MappingFragment } from '../../__generated__/graphql';
import { useIndicatorsI18n } from '../../app/i18n/indicators';
import type { IndicatorInfo } from './indicator-types';

// What the table of mappings shows of each: the indicators page's catalogue spreads it.
export const INDICATOR_ABOUT_MAPPING = graphql(`
  fragment IndicatorAbout_mapping on FrameworkMapping {
    framework
    externalCode
    officialLabel
    relation
    note
  }
`);

export type FrameworkMappingInfo = IndicatorAbout_MappingFragment;

/**
 * What an indicator counts and how it adds up, and how it maps to AMIF, ESF+ and IATI: the
 * official wording kept apart from ours, with what to check before reporting it.
 */
export function IndicatorAbout({ indicator, mappings }: { indicator: IndicatorInfo; mappings: readonly FrameworkMappingInfo[] }) {
  const { t } = useIndicatorsI18n();
  return (
    <details className="indicator-about">
      <summary>{t('indicators.about')}</summary>
      <dl className="facts">
        <dt>{t('indicators.unit')}</dt>
        <dd>{t(`indicators.unit.${indicator.unit}`)}</dd>
        <dt>{t('indicators.direction')}</dt>
        <dd>{t(`indicators.direction.${indicator.direction}`)}</dd>
        <dt>{t('indicators.rollUp')}</dt>
        <dd>
          {t(`indicators.time.${indicator.timeAggregation}`)}; {t(`indicators.regionAggregation.${indicator.regionAggregation}`)}
        </dd>
      </dl>
      <h3>{t('indicators.mappings')}</h3>
      {mappings.length === 0 ? (
        <p className="muted">{t('indicators.noMappings')}</p>
      ) : (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1).
        <section className="table-wrap" aria-label={`${t('indicators.mappings')}: ${indicator.label}`} tabIndex={0}>
          <table className="data">
            <thead>
              <tr>
                <th scope="col">{t('indicators.mapping.framework')}</th>
                <th scope="col">{t('indicators.mapping.code')}</th>
                <th scope="col">{t('indicators.mapping.officialLabel')}</th>
                <th scope="col">{t('indicators.mapping.relation')}</th>
                <th scope="col">{t('indicators.mapping.note')}</th>
              </tr>
            </thead>
            <tbody>
              {mappings.map((mapping) => (
                <tr key={`${mapping.framework}|${mapping.externalCode}`}>
                  <td>{t(`indicators.framework.${mapping.framework}`)}</td>
                  <td>
                    <code>{mapping.externalCode}</code>
                  </td>
                  <td lang="en">{mapping.officialLabel}</td>
                  <td>{t(`indicators.relation.${mapping.relation}`)}</td>
                  <td lang="en">{mapping.note}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </details>
  );
}

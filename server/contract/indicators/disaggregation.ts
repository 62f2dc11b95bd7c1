import { type EnumValue, graphqlEnum } from '../../core/enum-values';
import { IndicatorMeasure } from './indicator-measure';

/** The dimensions an indicator's result can be split by, as in EU output-indicator reporting. */
export const Disaggregation = graphqlEnum(
  'Disaggregation',
  {
    REGION: 'One result per region (the rows of indicatorResults).',
    PERIOD: 'One result per reporting period (the rows of indicatorResults).',
    STAKEHOLDER_CATEGORY: 'By stakeholder category, published or recorded.',
    NEWCOMER_STATUS: 'Refugees and migrants apart from everyone else; from participant records.',
    GENDER: 'By gender; from participant records only.',
    AGE_BAND: 'By age band; from participant records only.',
    MODE: 'Online, onsite or not known (for roundtables: the format).',
  },
  'A dimension an indicator result can be split by.',
);
export type Disaggregation = EnumValue<typeof Disaggregation>;

/**
 * What each measure can be split by beyond region and period. Engagement refuses any other
 * split, and evaluation lists these on the indicator, from this one table.
 */
export const MEASURE_BREAKDOWNS: Readonly<Record<IndicatorMeasure, readonly Disaggregation[]>> = {
  [IndicatorMeasure.ROUNDTABLES]: [Disaggregation.MODE],
  [IndicatorMeasure.PARTICIPANTS]: [
    Disaggregation.STAKEHOLDER_CATEGORY,
    Disaggregation.NEWCOMER_STATUS,
    Disaggregation.GENDER,
    Disaggregation.AGE_BAND,
    Disaggregation.MODE,
  ],
  [IndicatorMeasure.NEWCOMER_PARTICIPANTS]: [Disaggregation.GENDER, Disaggregation.AGE_BAND, Disaggregation.MODE],
  [IndicatorMeasure.ONSITE_PARTICIPANTS]: [Disaggregation.NEWCOMER_STATUS, Disaggregation.GENDER, Disaggregation.AGE_BAND],
  [IndicatorMeasure.KNOWN_MODE_PARTICIPANTS]: [],
  [IndicatorMeasure.CATEGORIES_REPRESENTED]: [],
  [IndicatorMeasure.ORGANISATIONS_ENGAGED]: [],
  [IndicatorMeasure.CHALLENGE_MENTIONS]: [],
};

import { type EnumValue, graphqlEnum } from '../../../core/enum-values';

export const IndicatorUnit = graphqlEnum('IndicatorUnit', {
  COUNT: 'A whole number.',
  SHARE: 'A fraction from 0 to 1 (× 100 for a percentage).',
});
export type IndicatorUnit = EnumValue<typeof IndicatorUnit>;

export const IndicatorDirection = graphqlEnum('IndicatorDirection', ['HIGHER_IS_BETTER', 'LOWER_IS_BETTER'], 'Which way progress goes.');
export type IndicatorDirection = EnumValue<typeof IndicatorDirection>;

export const TimeAggregation = graphqlEnum(
  'TimeAggregation',
  {
    CUMULATIVE: "Period values add up to the project's; period targets should add up to the project target.",
    PER_PERIOD: 'Each period is computed on its own and the project is recomputed over its whole span; nothing is added.',
  },
  'How an indicator rolls up over time.',
);
export type TimeAggregation = EnumValue<typeof TimeAggregation>;

export const RegionAggregation = graphqlEnum(
  'RegionAggregation',
  {
    SUM: 'The regions add up to the total.',
    RECOMPUTED: 'The total is computed again over all regions (a ratio of sums, or a distinct count).',
  },
  'How an indicator rolls up over regions.',
);
export type RegionAggregation = EnumValue<typeof RegionAggregation>;

export const Framework = graphqlEnum(
  'Framework',
  {
    AMIF: 'Asylum, Migration and Integration Fund output indicators.',
    ESF_PLUS: 'European Social Fund Plus common indicators.',
    IATI: 'International Aid Transparency Initiative result indicators.',
  },
  'An external results framework that indicators are reported to.',
);
export type Framework = EnumValue<typeof Framework>;

export const MappingRelation = graphqlEnum(
  'MappingRelation',
  {
    EXACT: 'The same definition.',
    CONTRIBUTES_TO: 'Counts part of what the external indicator counts.',
    PROXY: 'A stand-in with a different definition; read the note before reporting it.',
  },
  'How closely our indicator matches the external one.',
);
export type MappingRelation = EnumValue<typeof MappingRelation>;

export const IndicatorStatus = graphqlEnum(
  'IndicatorStatus',
  {
    ON_TRACK: 'Even the lowest value in its range is at or beyond the expected pace.',
    AT_RISK: 'Short of the expected pace by less than a quarter, or its range straddles the line.',
    OFF_TRACK: 'Even the highest value in its range is more than a quarter short of the expected pace.',
    NO_TARGET: 'There is a value but no target to compare it with.',
    NO_DATA: 'No figure is known for this scope, or the period has not started.',
    WITHHELD: 'The value is a small count withheld from this viewer, so its status is too.',
  },
  'Where a result stands against its target, at the pace expected by the reference date.',
);
export type IndicatorStatus = EnumValue<typeof IndicatorStatus>;

export const PeriodKind = graphqlEnum('PeriodKind', ['PROJECT', 'YEAR'], 'The whole project, or one reporting year.');
export type PeriodKind = EnumValue<typeof PeriodKind>;

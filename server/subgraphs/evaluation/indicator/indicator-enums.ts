import { registerEnumType } from 'type-graphql';

export enum IndicatorUnit {
  COUNT = 'COUNT',
  SHARE = 'SHARE',
}
registerEnumType(IndicatorUnit, {
  name: 'IndicatorUnit',
  valuesConfig: { COUNT: { description: 'A whole number.' }, SHARE: { description: 'A fraction from 0 to 1 (× 100 for a percentage).' } },
});

export enum IndicatorDirection {
  HIGHER_IS_BETTER = 'HIGHER_IS_BETTER',
  LOWER_IS_BETTER = 'LOWER_IS_BETTER',
}
registerEnumType(IndicatorDirection, { name: 'IndicatorDirection', description: 'Which way progress goes.' });

export enum TimeAggregation {
  CUMULATIVE = 'CUMULATIVE',
  PER_PERIOD = 'PER_PERIOD',
}
registerEnumType(TimeAggregation, {
  name: 'TimeAggregation',
  description: 'How an indicator rolls up over time.',
  valuesConfig: {
    CUMULATIVE: { description: "Period values add up to the project's; period targets should add up to the project target." },
    PER_PERIOD: { description: 'Each period is computed on its own and the project is recomputed over its whole span; nothing is added.' },
  },
});

export enum RegionAggregation {
  SUM = 'SUM',
  RECOMPUTED = 'RECOMPUTED',
}
registerEnumType(RegionAggregation, {
  name: 'RegionAggregation',
  description: 'How an indicator rolls up over regions.',
  valuesConfig: {
    SUM: { description: 'The regions add up to the total.' },
    RECOMPUTED: { description: 'The total is computed again over all regions (a ratio of sums, or a distinct count).' },
  },
});

export enum Framework {
  AMIF = 'AMIF',
  ESF_PLUS = 'ESF_PLUS',
  IATI = 'IATI',
}
registerEnumType(Framework, {
  name: 'Framework',
  description: 'An external results framework that indicators are reported to.',
  valuesConfig: {
    AMIF: { description: 'Asylum, Migration and Integration Fund output indicators.' },
    ESF_PLUS: { description: 'European Social Fund Plus common indicators.' },
    IATI: { description: 'International Aid Transparency Initiative result indicators.' },
  },
});

export enum MappingRelation {
  EXACT = 'EXACT',
  CONTRIBUTES_TO = 'CONTRIBUTES_TO',
  PROXY = 'PROXY',
}
registerEnumType(MappingRelation, {
  name: 'MappingRelation',
  description: 'How closely our indicator matches the external one.',
  valuesConfig: {
    EXACT: { description: 'The same definition.' },
    CONTRIBUTES_TO: { description: 'Counts part of what the external indicator counts.' },
    PROXY: { description: 'A stand-in with a different definition; read the note before reporting it.' },
  },
});

export enum IndicatorStatus {
  ON_TRACK = 'ON_TRACK',
  AT_RISK = 'AT_RISK',
  OFF_TRACK = 'OFF_TRACK',
  NO_TARGET = 'NO_TARGET',
  NO_DATA = 'NO_DATA',
  WITHHELD = 'WITHHELD',
}
registerEnumType(IndicatorStatus, {
  name: 'IndicatorStatus',
  description: 'Where a result stands against its target, at the pace expected by the reference date.',
  valuesConfig: {
    ON_TRACK: { description: 'Even the lowest value in its range is at or beyond the expected pace.' },
    AT_RISK: { description: 'Short of the expected pace by less than a quarter, or its range straddles the line.' },
    OFF_TRACK: { description: 'Even the highest value in its range is more than a quarter short of the expected pace.' },
    NO_TARGET: { description: 'There is a value but no target to compare it with.' },
    NO_DATA: { description: 'No figure is known for this scope, or the period has not started.' },
    WITHHELD: { description: 'The value is a small count withheld from this viewer, so its status is too.' },
  },
});

export enum PeriodKind {
  PROJECT = 'PROJECT',
  YEAR = 'YEAR',
}
registerEnumType(PeriodKind, { name: 'PeriodKind', description: 'The whole project, or one reporting year.' });

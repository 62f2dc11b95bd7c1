import type { IndicatorInfo, IndicatorResultRow, PeriodInfo } from '../indicator-types';

// Results as the API returns them for the published data: Guadalajara and Soria held one
// roundtable each in 2021, and every region has the default target of 4 for the project.

export const ROUNDTABLES_HELD: IndicatorInfo = {
  code: 'ROUNDTABLES_HELD',
  label: 'Roundtables held',
  description: 'Roundtables that took place.',
  unit: 'COUNT',
  direction: 'HIGHER_IS_BETTER',
  timeAggregation: 'CUMULATIVE',
  regionAggregation: 'SUM',
  disaggregations: ['REGION', 'PERIOD', 'MODE'],
};

export const ONSITE_SHARE: IndicatorInfo = {
  code: 'ONSITE_SHARE',
  label: 'Share attending in person',
  description: 'Attendances in person over attendances whose mode is known.',
  unit: 'SHARE',
  direction: 'HIGHER_IS_BETTER',
  timeAggregation: 'PER_PERIOD',
  regionAggregation: 'RECOMPUTED',
  disaggregations: ['REGION', 'PERIOD', 'NEWCOMER_STATUS', 'GENDER', 'AGE_BAND'],
};

export const PERIODS: PeriodInfo[] = [
  { code: 'SIRA', kind: 'PROJECT', label: 'Share SIRA project (2021–2023)', start: '2021-01-01', end: '2023-03-31' },
  { code: '2021', kind: 'YEAR', label: '2021', start: '2021-01-01', end: '2021-12-31' },
  { code: '2022', kind: 'YEAR', label: '2022', start: '2022-01-01', end: '2022-12-31' },
  { code: '2023', kind: 'YEAR', label: '2023 (to March)', start: '2023-01-01', end: '2023-03-31' },
];

const SORIA = { slug: 'soria', name: 'Soria' };
const TERUEL = { slug: 'teruel', name: 'Teruel' };

export function result(overrides: Partial<IndicatorResultRow> & Pick<IndicatorResultRow, 'indicator' | 'period'>): IndicatorResultRow {
  const period = PERIODS.find((candidate) => candidate.code === overrides.period.code);
  return {
    region: null,
    periodStart: period?.start ?? '',
    periodEnd: period?.end ?? '',
    value: { min: 0, max: 0 },
    withheld: null,
    recordCount: 0,
    unknownRecords: 0,
    baseline: null,
    target: null,
    targetOrigin: { kind: 'NONE', source: null },
    progress: null,
    expectedProgress: null,
    status: 'NO_TARGET',
    ...overrides,
  };
}

const held = { code: 'ROUNDTABLES_HELD' };
const project = { code: 'SIRA' };
const withTarget = (target: number) => ({
  baseline: 0,
  target,
  targetOrigin: { kind: target === 40 ? 'SUM_OF_REGIONS' : 'DEFAULT', source: 'articles' },
});

export const PROJECT_RESULTS: IndicatorResultRow[] = [
  result({
    indicator: held,
    period: project,
    region: TERUEL,
    recordCount: 0,
    ...withTarget(4),
    progress: { min: 0, max: 0 },
    expectedProgress: 1,
    status: 'OFF_TRACK',
  }),
  result({
    indicator: held,
    period: project,
    region: SORIA,
    value: { min: 1, max: 1 },
    recordCount: 1,
    ...withTarget(4),
    progress: { min: 0.25, max: 0.25 },
    expectedProgress: 1,
    status: 'OFF_TRACK',
  }),
  result({
    indicator: held,
    period: project,
    value: { min: 1, max: 1 },
    recordCount: 1,
    ...withTarget(40),
    progress: { min: 0.025, max: 0.025 },
    expectedProgress: 1,
    status: 'OFF_TRACK',
  }),
  result({ indicator: { code: 'ONSITE_SHARE' }, period: project, region: SORIA, value: { min: 3 / 21, max: 3 / 21 }, recordCount: 1 }),
  result({ indicator: { code: 'ONSITE_SHARE' }, period: project, region: TERUEL, value: null, status: 'NO_DATA' }),
  result({ indicator: { code: 'ONSITE_SHARE' }, period: project, value: { min: 3 / 21, max: 3 / 21 }, recordCount: 1 }),
];

import { Indicator, ReportingPeriod } from '../../indicator/indicator.types';
import type { IndicatorTarget } from '../indicator-target.types';
import { targetWarnings } from '../target-warnings';

const indicator = (code: string, timeAggregation: string) =>
  Object.assign(new Indicator(), { code, timeAggregation, regionAggregation: 'SUM', frameworkMappings: [] });
const period = (code: string, kind: string) => Object.assign(new ReportingPeriod(), { code, kind });
const PERIODS = [period('SIRA', 'PROJECT'), period('2021', 'YEAR'), period('2022', 'YEAR'), period('2023', 'YEAR')];
const INDICATORS = [indicator('ROUNDTABLES_HELD', 'CUMULATIVE'), indicator('ONSITE_SHARE', 'PER_PERIOD')];

let id = 0;
const target = (indicatorCode: string, regionSlug: string | null, periodCode: string, value: number): IndicatorTarget => ({
  id: String(++id),
  indicatorCode,
  regionSlug,
  periodCode,
  baseline: null,
  target: value,
  source: null,
  note: null,
  version: 1,
  updatedAt: '2026-01-01T00:00:00.000Z',
});

describe('period targets against the project target', () => {
  it('warns when the year targets of a cumulative indicator do not add up, naming the years without one', () => {
    const warnings = targetWarnings(INDICATORS, PERIODS, [
      target('ROUNDTABLES_HELD', 'soria', 'SIRA', 4),
      target('ROUNDTABLES_HELD', 'soria', '2021', 2),
      target('ROUNDTABLES_HELD', 'soria', '2022', 1),
    ]);
    expect(warnings).toEqual([
      {
        indicatorCode: 'ROUNDTABLES_HELD',
        regionSlug: 'soria',
        projectTarget: 4,
        periodTargetsSum: 3,
        periodsWithoutTarget: ['2023'],
        message: 'ROUNDTABLES_HELD for soria: the year targets add up to 3, the SIRA target is 4; 2023 has no target.',
      },
    ]);
  });

  it('is quiet when they add up, when there are no year targets yet, and for per-period indicators', () => {
    expect(
      targetWarnings(INDICATORS, PERIODS, [
        target('ROUNDTABLES_HELD', null, 'SIRA', 4),
        target('ROUNDTABLES_HELD', null, '2021', 2),
        target('ROUNDTABLES_HELD', null, '2022', 2),
        target('ROUNDTABLES_HELD', 'teruel', 'SIRA', 4),
        target('ONSITE_SHARE', null, 'SIRA', 0.5),
        target('ONSITE_SHARE', null, '2021', 0.3),
      ]),
    ).toEqual([]);
  });

  it('checks each region apart from the default for every region', () => {
    const warnings = targetWarnings(INDICATORS, PERIODS, [
      target('ROUNDTABLES_HELD', null, 'SIRA', 4),
      target('ROUNDTABLES_HELD', null, '2021', 4),
      target('ROUNDTABLES_HELD', 'soria', 'SIRA', 4),
      target('ROUNDTABLES_HELD', 'soria', '2021', 1),
      target('ROUNDTABLES_HELD', 'soria', '2022', 1),
      target('ROUNDTABLES_HELD', 'soria', '2023', 1),
    ]);
    expect(warnings.map((w) => [w.regionSlug, w.periodTargetsSum])).toEqual([['soria', 3]]);
  });
});

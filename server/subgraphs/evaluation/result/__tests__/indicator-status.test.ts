import { IndicatorStatus } from '../../indicator/indicator-enums';
import { elapsedShare, type Judged, judge } from '../indicator-status';

const finished: Judged = {
  value: { min: 1, max: 1 },
  withheld: false,
  baseline: 0,
  target: 4,
  direction: 'HIGHER_IS_BETTER',
  cumulative: true,
  periodStart: '2021-01-01',
  periodEnd: '2023-03-31',
  asOf: '2026-11-22',
};

describe('judging a result against its target', () => {
  it('judges a finished period by the whole target: 1 of 4 is a quarter, off track', () => {
    expect(judge(finished)).toEqual({ progress: { min: 0.25, max: 0.25 }, expected: 1, status: IndicatorStatus.OFF_TRACK });
  });

  it('is on track at the target and beyond it', () => {
    expect(judge({ ...finished, value: { min: 4, max: 4 } }).status).toBe(IndicatorStatus.ON_TRACK);
    expect(judge({ ...finished, value: { min: 6, max: 6 } }).progress).toEqual({ min: 1.5, max: 1.5 });
  });

  it('is at risk when short by less than a quarter', () => {
    expect(judge({ ...finished, value: { min: 3, max: 3 } }).status).toBe(IndicatorStatus.AT_RISK);
  });

  it('judges a range by its ends: on track only if its low end is, off track only if its high end is', () => {
    expect(judge({ ...finished, value: { min: 2, max: 5 } }).status).toBe(IndicatorStatus.AT_RISK);
    expect(judge({ ...finished, value: { min: 4, max: 9 } }).status).toBe(IndicatorStatus.ON_TRACK);
    expect(judge({ ...finished, value: { min: 0, max: 2 } }).status).toBe(IndicatorStatus.OFF_TRACK);
    expect(judge({ ...finished, value: { min: 2, max: 5 } }).progress).toEqual({ min: 0.5, max: 1.25 });
  });

  it('paces a cumulative indicator within its period: half way through, half the target is on track', () => {
    const running = { ...finished, periodStart: '2022-01-01', periodEnd: '2022-12-31', asOf: '2022-07-01', value: { min: 2, max: 2 } };
    const judged = judge(running);
    expect(judged.expected).toBeCloseTo(0.5, 2);
    expect(judged.status).toBe(IndicatorStatus.ON_TRACK);
    expect(judge({ ...running, value: { min: 1, max: 1 } }).status).toBe(IndicatorStatus.OFF_TRACK);
  });

  it('expects the whole level at once from a per-period indicator', () => {
    const share = { ...finished, cumulative: false, target: 0.5, baseline: null, asOf: '2021-02-01', value: { min: 0.45, max: 0.45 } };
    expect(judge(share)).toMatchObject({ expected: 1, status: IndicatorStatus.AT_RISK });
  });

  it('measures progress downwards where lower is better', () => {
    const lower = { ...finished, direction: 'LOWER_IS_BETTER' as const, baseline: 10, target: 4, value: { min: 7, max: 7 } };
    expect(judge(lower).progress).toEqual({ min: 0.5, max: 0.5 });
    expect(judge({ ...lower, value: { min: 4, max: 4 } }).status).toBe(IndicatorStatus.ON_TRACK);
    expect(judge({ ...lower, baseline: null, value: { min: 5, max: 8 } }).progress).toEqual({ min: 0.5, max: 0.8 });
  });

  it('says why there is no judgement: no target, no data, not started, withheld', () => {
    expect(judge({ ...finished, target: null }).status).toBe(IndicatorStatus.NO_TARGET);
    expect(judge({ ...finished, target: null, value: null }).status).toBe(IndicatorStatus.NO_DATA);
    expect(judge({ ...finished, value: null }).status).toBe(IndicatorStatus.NO_DATA);
    expect(judge({ ...finished, asOf: '2020-12-31' }).status).toBe(IndicatorStatus.NO_DATA);
    expect(judge({ ...finished, withheld: true, value: null })).toEqual({
      progress: null,
      expected: null,
      status: IndicatorStatus.WITHHELD,
    });
  });

  it('counts the elapsed share of a period in whole days', () => {
    expect(elapsedShare('2022-01-01', '2022-12-31', '2021-06-01')).toBe(0);
    expect(elapsedShare('2022-01-01', '2022-12-31', '2022-01-01')).toBeCloseTo(1 / 365, 6);
    expect(elapsedShare('2022-01-01', '2022-12-31', '2022-12-31')).toBe(1);
  });
});

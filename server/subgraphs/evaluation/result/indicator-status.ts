import { IndicatorStatus } from '../indicator/indicator-enums';

export interface Range {
  min: number;
  max: number;
}

export interface Judgement {
  /** Progress from baseline (0) to target (1), as a range where the value is one; null without a target. */
  progress: Range | null;
  /** The progress expected by the reference date: the share of the period elapsed for cumulative indicators, else 1. */
  expected: number | null;
  status: IndicatorStatus;
}

export interface Judged {
  value: Range | null;
  /** Withheld from this viewer: its status is too. */
  withheld: boolean;
  baseline: number | null;
  target: number | null;
  direction: 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER';
  cumulative: boolean;
  periodStart: string;
  periodEnd: string;
  asOf: string;
}

/** Below three quarters of the expected pace a result is off track; between that and the pace, at risk. */
export const AT_RISK_FLOOR = 0.75;

const DAY = 86_400_000;
const days = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY) + 1;

/** The share of the period gone by on the reference date, the day itself included. */
export function elapsedShare(start: string, end: string, asOf: string): number {
  if (asOf < start) return 0;
  if (asOf >= end) return 1;
  return days(start, asOf) / days(start, end);
}

/** Progress of one value: 0 at the baseline (0 if none), 1 at the target, beyond 1 past it. */
function progressOf(value: number, baseline: number | null, target: number, direction: Judged['direction']): number {
  if (direction === 'HIGHER_IS_BETTER') {
    const from = baseline ?? 0;
    if (target === from) return value >= target ? 1 : 0;
    return (value - from) / (target - from);
  }
  // Lower is better: with a baseline, the share of the way down to the target; without one,
  // how far the value is from the target, as target / value (1 at or below it).
  if (baseline !== null && baseline > target) return (baseline - value) / (baseline - target);
  if (value <= target) return 1;
  return value === 0 ? 1 : target / value;
}

/**
 * Judges a result against its target. A range is judged by its ends: on track only if even
 * its worst end keeps pace, off track only if even its best end falls a quarter short, so a
 * status never claims more than the figures can defend.
 */
export function judge(result: Judged): Judgement {
  if (result.withheld) return { progress: null, expected: null, status: IndicatorStatus.WITHHELD };
  const expected = result.cumulative ? elapsedShare(result.periodStart, result.periodEnd, result.asOf) : 1;
  if (result.target === null) {
    return { progress: null, expected: null, status: result.value ? IndicatorStatus.NO_TARGET : IndicatorStatus.NO_DATA };
  }
  if (!result.value || result.asOf < result.periodStart) return { progress: null, expected, status: IndicatorStatus.NO_DATA };
  const { target, baseline, direction } = result;
  const ends = [progressOf(result.value.min, baseline, target, direction), progressOf(result.value.max, baseline, target, direction)];
  const progress = { min: Math.min(...ends), max: Math.max(...ends) };
  let status: IndicatorStatus = IndicatorStatus.AT_RISK;
  if (progress.min >= expected) status = IndicatorStatus.ON_TRACK;
  else if (progress.max < AT_RISK_FLOOR * expected) status = IndicatorStatus.OFF_TRACK;
  return { progress, expected, status };
}

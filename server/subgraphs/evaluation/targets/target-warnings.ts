import type { Indicator, ReportingPeriod } from '../indicator/indicator.types';
import type { IndicatorTarget, TargetWarning } from './indicator-target.types';

/** Within a few millionths: targets are entered by hand, shares as decimals. */
const SAME = 1e-6;

/**
 * Cumulative indicators only: where a region (or the default) has a project target and at
 * least one year target, the year targets should add up to it. Years without a target of
 * their own are named, since a gap is the usual reason for a shortfall.
 */
export function targetWarnings(
  indicators: readonly Indicator[],
  periods: readonly ReportingPeriod[],
  targets: readonly IndicatorTarget[],
): TargetWarning[] {
  const project = periods.find((period) => period.kind === 'PROJECT');
  const years = periods.filter((period) => period.kind === 'YEAR');
  if (!project) return [];
  const warnings: TargetWarning[] = [];
  for (const indicator of indicators.filter((i) => i.timeAggregation === 'CUMULATIVE')) {
    const ofIndicator = targets.filter((t) => t.indicatorCode === indicator.code && t.target !== null);
    const owners = new Set(ofIndicator.map((t) => t.regionSlug));
    for (const regionSlug of owners) {
      const own = ofIndicator.filter((t) => t.regionSlug === regionSlug);
      const projectTarget = own.find((t) => t.periodCode === project.code)?.target;
      const yearTargets = own.filter((t) => years.some((year) => year.code === t.periodCode));
      if (projectTarget === undefined || projectTarget === null || yearTargets.length === 0) continue;
      const periodTargetsSum = yearTargets.reduce((sum, t) => sum + (t.target ?? 0), 0);
      if (Math.abs(periodTargetsSum - projectTarget) <= SAME) continue;
      const periodsWithoutTarget = years.filter((year) => !yearTargets.some((t) => t.periodCode === year.code)).map((year) => year.code);
      const who = regionSlug ?? 'every region without its own target';
      warnings.push({
        indicatorCode: indicator.code,
        regionSlug,
        projectTarget,
        periodTargetsSum,
        periodsWithoutTarget,
        message:
          `${indicator.code} for ${who}: the year targets add up to ${periodTargetsSum}, the ${project.code} target is ${projectTarget}` +
          (periodsWithoutTarget.length
            ? `; ${periodsWithoutTarget.join(', ')} ha${periodsWithoutTarget.length > 1 ? 've' : 's'} no target.`
            : '.'),
      });
    }
  }
  return warnings;
}

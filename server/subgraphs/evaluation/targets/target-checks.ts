import type { RegionDirectory } from '../../../contract/regions/region-directory';
import type { FieldProblem } from '../../../core/validate-input';
import type { IndicatorCatalogue } from '../indicator/indicator-catalogue';
import type { SetIndicatorTargetInput } from './indicator-target.types';

/**
 * What the field rules cannot see: codes that must exist, and figures that must fit the
 * indicator's unit. Every problem is returned, so one refusal names them all.
 */
export async function targetProblems(
  input: SetIndicatorTargetInput,
  catalogue: IndicatorCatalogue,
  regions: RegionDirectory,
): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  const indicator = catalogue.find(input.indicator);
  if (!indicator) {
    problems.push({ field: 'indicator', message: `unknown indicator; use one of ${catalogue.indicators.map((i) => i.code).join(', ')}` });
  }
  if (!catalogue.period(input.period)) {
    problems.push({ field: 'period', message: `unknown period; use one of ${catalogue.periods.map((p) => p.code).join(', ')}` });
  }
  if (input.region && (await regions.unknownSlugs([input.region])).length > 0) {
    problems.push({ field: 'region', message: 'unknown region; leave it out for the target of every region' });
  }
  if ((input.baseline ?? null) === null && (input.target ?? null) === null) {
    problems.push({ field: 'target', message: 'give a target, a baseline or both' });
  }
  for (const field of ['baseline', 'target'] as const) {
    const value = input[field];
    if (value === null || value === undefined || !indicator) continue;
    if (indicator.unit === 'SHARE' && value > 1) {
      problems.push({ field, message: `${indicator.code} is a share: give a fraction from 0 to 1 (0.4 for 40 %)` });
    }
    if (indicator.unit === 'COUNT' && !Number.isInteger(value)) {
      problems.push({ field, message: `${indicator.code} is a count: give a whole number` });
    }
  }
  return problems;
}

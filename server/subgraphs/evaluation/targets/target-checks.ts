import type { RegionDirectory } from '../../../contract/regions/region-directory';
import { errorText } from '../../../core/errors';
import { type FieldProblem, fieldProblem } from '../../../core/validate-input';
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
    problems.push(
      fieldProblem('indicator', errorText('unknownIndicatorUseOneOf', { known: catalogue.indicators.map((i) => i.code).join(', ') })),
    );
  }
  if (!catalogue.period(input.period)) {
    problems.push(fieldProblem('period', errorText('unknownPeriodUseOneOf', { known: catalogue.periods.map((p) => p.code).join(', ') })));
  }
  if (input.region && (await regions.unknownSlugs([input.region])).length > 0) {
    problems.push(fieldProblem('region', errorText('unknownTargetRegion')));
  }
  if ((input.baseline ?? null) === null && (input.target ?? null) === null) {
    problems.push(fieldProblem('target', errorText('giveTargetOrBaseline')));
  }
  for (const field of ['baseline', 'target'] as const) {
    const value = input[field];
    if (value === null || value === undefined || !indicator) continue;
    if (indicator.unit === 'SHARE' && value > 1) {
      problems.push(fieldProblem(field, errorText('isAShare', { code: indicator.code })));
    }
    if (indicator.unit === 'COUNT' && !Number.isInteger(value)) {
      problems.push(fieldProblem(field, errorText('isACount', { code: indicator.code })));
    }
  }
  return problems;
}

import { buildFederatedSchema } from '../../core/federation';
import { type ExecutionOptions, FAST_PATHS_ON } from '../../core/subgraph';
import { CompletenessFields } from './completeness/completeness.fields';
import { RegionPeriodCompletenessRef } from './completeness/region-period-completeness.ref';
import { EVALUATION_REFERENCES } from './evaluation.references';
import type { EvaluationServices } from './evaluation.services';
import { IndicatorResolver } from './indicator/indicator.resolver';
import { IndicatorLabelsMutations } from './indicator/indicator-labels.mutations';
import { FrameworkMappingResolver } from './mapping/framework-mapping.resolver';
import { IndicatorResultFields } from './result/indicator-result.fields';
import { IndicatorResultsResolver, RegionIndicatorFields } from './result/indicator-results.resolver';
import { TargetResolver } from './targets/target.resolver';

/** Every resolver of evaluation, the one list of them: the schema's classes are read from it. */
export function evaluationResolvers(services: EvaluationServices): object[] {
  return [
    new IndicatorResolver(),
    new IndicatorLabelsMutations(services.indicatorTexts, services.periodTexts, services.catalogue),
    new FrameworkMappingResolver(services.mappingWrites),
    new IndicatorResultsResolver(),
    new IndicatorResultFields(),
    new RegionIndicatorFields(),
    new TargetResolver(services.targetWrites, services.audit),
    new CompletenessFields(),
  ];
}

export function buildEvaluationSchema(services: EvaluationServices, execution: ExecutionOptions = FAST_PATHS_ON) {
  return buildFederatedSchema(
    { resolvers: evaluationResolvers(services), orphanedTypes: [RegionPeriodCompletenessRef] },
    EVALUATION_REFERENCES,
    execution,
  );
}

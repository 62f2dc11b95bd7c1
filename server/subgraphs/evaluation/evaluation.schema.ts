import type { ContainerType } from 'type-graphql';
import { buildFederatedSchema } from '../../core/federation';
import { EVALUATION_REFERENCES } from './evaluation.references';
import { IndicatorResolver } from './indicator/indicator.resolver';
import { FrameworkMappingResolver } from './mapping/framework-mapping.resolver';
import { IndicatorResultFields } from './result/indicator-result.fields';
import { IndicatorResultsResolver, RegionIndicatorFields } from './result/indicator-results.resolver';
import { TargetResolver } from './target/target.resolver';

export const EVALUATION_RESOLVERS = [
  IndicatorResolver,
  FrameworkMappingResolver,
  IndicatorResultsResolver,
  IndicatorResultFields,
  RegionIndicatorFields,
  TargetResolver,
] as const;

export function buildEvaluationSchema(container: ContainerType) {
  return buildFederatedSchema({ resolvers: EVALUATION_RESOLVERS, container }, EVALUATION_REFERENCES);
}

import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { EvaluationContext } from '../evaluation.context';
import { FrameworkMapping, Indicator } from '../indicator/indicator.types';
import { SetFrameworkMappingInput } from './framework-mapping.input';
import type { FrameworkMappingWriteService } from './framework-mapping-write.service';

@Resolver(() => Indicator)
export class FrameworkMappingResolver {
  constructor(private readonly writes: FrameworkMappingWriteService) {}

  @FieldResolver(() => [FrameworkMapping], { description: 'How it maps to AMIF, ESF+ and IATI indicators.' })
  async frameworkMappings(@Root() indicator: Indicator, @Ctx() ctx: EvaluationContext): Promise<FrameworkMapping[]> {
    return (await ctx.loaders.mappings.load()).get(indicator.code) ?? [];
  }

  @Mutation(() => FrameworkMapping, {
    description: "Maps an indicator to an external framework's, or corrects the official wording (EVALUATOR, ADMIN). Audited.",
  })
  setFrameworkMapping(@Arg('input') input: SetFrameworkMappingInput, @Ctx() ctx: EvaluationContext): Promise<FrameworkMapping> {
    return this.writes.set(ctx, input);
  }
}

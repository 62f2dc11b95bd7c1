import { Arg, Ctx, Directive, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { Withholding } from '../../../contract/disclosure/withholding';
import { Disaggregation } from '../../../contract/indicators/disaggregation';
import { IndicatorValue, RESULT_SCOPE_FIELDS } from '../../../contract/indicators/indicator-scope';
import type { EngagementContext } from '../engagement.context';
import { Roundtable } from '../roundtable/roundtable.entity';
import { IndicatorBreakdownRow } from './indicator-breakdown-row';
import type { IndicatorMeasureService } from './indicator-measure.service';
import type { IndicatorFigures } from './indicator-question';
import { IndicatorResultRef } from './indicator-result.ref';

/** Every field engagement counts needs the measure and scope evaluation owns. */
const NEEDS_SCOPE = `@requires(fields: "${RESULT_SCOPE_FIELDS}")`;

const figuresOf = (result: IndicatorResultRef, ctx: EngagementContext): Promise<IndicatorFigures> =>
  ctx.loaders.indicatorResult.load({ numerator: result.numerator, denominator: result.denominator, scope: result.scope });

@Resolver(() => IndicatorResultRef)
export class IndicatorResultFields {
  constructor(private readonly indicators: IndicatorMeasureService) {}

  @Directive(NEEDS_SCOPE)
  @FieldResolver(() => IndicatorValue, {
    nullable: true,
    description:
      'The numerator over the scope; for a share, numerator / denominator from 0 to 1, both counted over the roundtables ' +
      'where both are known. A range where the figures behind it are ranges. Null when nothing in scope has a known ' +
      'figure (no roundtable at all is a known 0), when a share has a denominator of 0, or when withheld says why.',
  })
  async value(@Root() result: IndicatorResultRef, @Ctx() ctx: EngagementContext): Promise<IndicatorValue | null> {
    return (await figuresOf(result, ctx)).value;
  }

  @Directive(NEEDS_SCOPE)
  @FieldResolver(() => Int, { description: 'Roundtables in scope, whether or not their figure is known.' })
  async recordCount(@Root() result: IndicatorResultRef, @Ctx() ctx: EngagementContext): Promise<number> {
    return (await figuresOf(result, ctx)).recordCount;
  }

  @Directive(NEEDS_SCOPE)
  @FieldResolver(() => Int, {
    description: 'Roundtables in scope whose figure for this indicator is unknown: left out of value, never counted as 0.',
  })
  async unknownRecords(@Root() result: IndicatorResultRef, @Ctx() ctx: EngagementContext): Promise<number> {
    return (await figuresOf(result, ctx)).unknownRecords;
  }

  @Directive(NEEDS_SCOPE)
  @FieldResolver(() => Withholding, {
    nullable: true,
    description:
      'Why value is withheld from this viewer (FUNDER and PUBLIC, who see the protected publication); null when it is not. ' +
      'A share is withheld with the count of people it is made of.',
  })
  async withheld(@Root() result: IndicatorResultRef, @Ctx() ctx: EngagementContext): Promise<Withholding | null> {
    return (await figuresOf(result, ctx)).withheld;
  }

  @Directive(NEEDS_SCOPE)
  @FieldResolver(() => [Roundtable], {
    description:
      'The roundtables behind the numerator, by date then region: every one in scope for roundtables and counts of people; ' +
      'those with a category present, an organiser or supporter named, or a challenge raised for the other measures.',
  })
  async roundtables(@Root() result: IndicatorResultRef, @Ctx() ctx: EngagementContext): Promise<Roundtable[]> {
    const ids = await ctx.loaders.indicatorRoundtableIds.load({ measure: result.numerator, scope: result.scope });
    const found = await ctx.loaders.roundtableById.loadMany(ids);
    const failed = found.find((row) => row instanceof Error);
    if (failed) throw failed;
    // A roundtable deleted since the ids were read is left out.
    return found.filter((row): row is Roundtable => row !== null);
  }

  @Directive(NEEDS_SCOPE)
  @FieldResolver(() => [IndicatorBreakdownRow], {
    description:
      "The numerator split one way (for a share, the numerator's count alone); a split its measure has no figures for is " +
      'refused with the splits it has. ' +
      'Stakeholder categories are as counted or published and need not add up to value. Splits by newcomer status, gender ' +
      'and age band come from participant records: a record without gender or age band counts in NOT_RECORDED, and the ' +
      'people of a roundtable counted from its published figures in FROM_PUBLICATIONS, so the parts add up to value; ' +
      'UNDISCLOSED is a gender a person chose not to give. For FUNDER and PUBLIC the parts of participants are cells of the protected publication; other splits ' +
      'of people are not published.',
  })
  async breakdown(
    @Root() result: IndicatorResultRef,
    @Arg('by', () => Disaggregation) by: Disaggregation,
    @Ctx() ctx: EngagementContext,
  ): Promise<IndicatorBreakdownRow[]> {
    this.indicators.checkSplit(result.numerator, by);
    const question = { measure: result.numerator, scope: result.scope, by };
    return this.indicators.disclosedBreakdown(question, await ctx.loaders.indicatorBreakdown.load(question), ctx.viewer);
  }
}

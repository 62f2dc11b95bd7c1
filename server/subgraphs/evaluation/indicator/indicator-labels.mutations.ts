import { Arg, Ctx, Int, Mutation, Resolver } from 'type-graphql';
import { LocalizedTextInput } from '../../../core/locale';
import type { TaxonomyTextsWriter } from '../../../core/taxonomy/taxonomy-texts-write';
import type { EvaluationContext } from '../evaluation.context';
import { Indicator, ReportingPeriod } from './indicator.types';
import type { IndicatorCatalogue } from './indicator-catalogue';

const VERSION = 'The version read; another change since is a CONFLICT.';
const WHOLE_LABEL = 'English required, each language at most once; a language left out is shown in English.';

@Resolver()
export class IndicatorLabelsMutations {
  constructor(
    private readonly indicatorTexts: TaxonomyTextsWriter,
    private readonly periodTexts: TaxonomyTextsWriter,
    private readonly catalogue: IndicatorCatalogue,
  ) {}

  @Mutation(() => Indicator, {
    description:
      `Sets an indicator's label, and its description when given, in every language at once (ADMIN): ${WHOLE_LABEL} ` +
      'Audited; every read after it shows the new texts.',
  })
  async setIndicatorLabels(
    @Arg('code', { description: 'The indicator, e.g. ROUNDTABLES_HELD.' }) code: string,
    @Arg('labels', () => [LocalizedTextInput]) labels: LocalizedTextInput[],
    @Arg('expectedVersion', () => Int, { description: VERSION }) expectedVersion: number,
    @Ctx() ctx: EvaluationContext,
    @Arg('descriptions', () => [LocalizedTextInput], { nullable: true, description: 'Left out, the description stays as it is.' })
    descriptions?: LocalizedTextInput[] | null,
  ): Promise<Indicator> {
    await this.indicatorTexts.set(ctx, code, expectedVersion, { labels, descriptions });
    return this.catalogue.find(code) as Indicator;
  }

  @Mutation(() => ReportingPeriod, {
    description: `Sets a reporting period's label in every language at once (ADMIN): ${WHOLE_LABEL} Audited; every read after it shows it.`,
  })
  async setReportingPeriodLabels(
    @Arg('code', { description: 'The period, e.g. SIRA or 2022.' }) code: string,
    @Arg('labels', () => [LocalizedTextInput]) labels: LocalizedTextInput[],
    @Arg('expectedVersion', () => Int, { description: VERSION }) expectedVersion: number,
    @Ctx() ctx: EvaluationContext,
  ): Promise<ReportingPeriod> {
    await this.periodTexts.set(ctx, code, expectedVersion, { labels });
    return this.catalogue.period(code) as ReportingPeriod;
  }
}

import { Arg, Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Disaggregation, MEASURE_BREAKDOWNS } from '../../../contract/indicators/disaggregation';
import { IndicatorMeasure } from '../../../contract/indicators/indicator-measure';
import { type Labels, labelsInOrder } from '../../../contract/languages';
import { Locale, LocalizedText, labelIn } from '../../../core/locale';
import {
  Framework,
  IndicatorDirection,
  IndicatorUnit,
  MappingRelation,
  PeriodKind,
  RegionAggregation,
  TimeAggregation,
} from './indicator-enums';

@ObjectType({ description: "How one of our indicators maps to an external framework's; the official label is kept apart from ours." })
export class FrameworkMapping {
  @Field(() => ID)
  id: string;

  indicatorCode: string;

  @Field(() => Framework)
  framework: Framework;

  @Field({ description: "The framework's code, e.g. O.2.3 or measure:1." })
  externalCode: string;

  @Field({ description: "The framework's own wording." })
  officialLabel: string;

  @Field(() => MappingRelation)
  relation: MappingRelation;

  @Field(() => String, { nullable: true, description: 'What differs, and what to check before reporting.' })
  note: string | null;

  @Field(() => Int, { description: 'Quote it to correct the mapping.' })
  version: number;
}

@Directive('@key(fields: "code")')
@ObjectType({ description: 'A project indicator: what it counts over the recorded roundtables, and how it rolls up.' })
export class Indicator {
  @Field({ description: 'Stable code, e.g. ROUNDTABLES_HELD.' })
  code: string;

  /** Its id in audit entries. */
  id: string;

  labelTexts: Labels;

  descriptionTexts: Labels;

  @Field(() => Int, { description: 'Quote it to change the label or description (setIndicatorLabels).' })
  version: number;

  @Field(() => IndicatorUnit)
  unit: IndicatorUnit;

  @Field(() => IndicatorDirection)
  direction: IndicatorDirection;

  @Field(() => IndicatorMeasure, { description: 'What is counted.' })
  numerator: IndicatorMeasure;

  @Field(() => IndicatorMeasure, { nullable: true, description: 'What the numerator is divided by, for a share.' })
  denominator: IndicatorMeasure | null;

  @Field(() => TimeAggregation)
  timeAggregation: TimeAggregation;

  @Field(() => RegionAggregation)
  regionAggregation: RegionAggregation;

  @Field(() => String, { description: 'Its name, in the language asked for; in English where it has none.' })
  label(@Arg('locale', () => Locale, { defaultValue: Locale.en }) locale: Locale): string {
    return labelIn(this.labelTexts, locale);
  }

  @Field(() => [LocalizedText], {
    description: 'Its name in each language it is written in, English first; the others fall back to English.',
  })
  labels(): LocalizedText[] {
    return labelsInOrder(this.labelTexts);
  }

  @Field(() => String, { description: 'What it counts and how, in the language asked for; in English where it has none.' })
  description(@Arg('locale', () => Locale, { defaultValue: Locale.en }) locale: Locale): string {
    return labelIn(this.descriptionTexts, locale);
  }

  @Field(() => [LocalizedText], { description: 'Its description in each language it is written in, English first.' })
  descriptions(): LocalizedText[] {
    return labelsInOrder(this.descriptionTexts);
  }

  @Field(() => [Disaggregation], {
    description: 'What its results can be split by: region and period always, and what its numerator allows.',
  })
  disaggregations(): Disaggregation[] {
    return [Disaggregation.REGION, Disaggregation.PERIOD, ...MEASURE_BREAKDOWNS[this.numerator]];
  }
}

@ObjectType({ description: 'A span results are reported for: the whole project or one year of it. Dates are inclusive.' })
export class ReportingPeriod {
  @Field({ description: 'e.g. SIRA (the whole project) or 2022.' })
  code: string;

  @Field(() => PeriodKind)
  kind: PeriodKind;

  /** Its id in audit entries. */
  id: string;

  labelTexts: Labels;

  @Field(() => Int, { description: 'Quote it to change the labels (setReportingPeriodLabels).' })
  version: number;

  @Field({ description: 'First day, YYYY-MM-DD.' })
  start: string;

  @Field({ description: 'Last day, YYYY-MM-DD.' })
  end: string;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => String, { description: 'Its name, in the language asked for; in English where it has none.' })
  label(@Arg('locale', () => Locale, { defaultValue: Locale.en }) locale: Locale): string {
    return labelIn(this.labelTexts, locale);
  }

  @Field(() => [LocalizedText], {
    description: 'Its name in each language it is written in, English first; the others fall back to English.',
  })
  labels(): LocalizedText[] {
    return labelsInOrder(this.labelTexts);
  }
}

import { Directive, Field, FieldResolver, Float, ObjectType, Resolver, Root } from 'type-graphql';
import { IndicatorValue } from '../../../contract/indicators/indicator-scope';
import { RegionRef } from '../federated-stubs';
import { Indicator, ReportingPeriod } from '../indicator/indicator.types';
import { IndicatorStatus } from '../indicator/indicator-enums';
import { IndicatorResult } from './indicator-result.type';
import { type Judgement, judge } from './indicator-status';

/** Progress and status need the value engagement counted; the gateway fetches it first. */
const NEEDS_VALUE = '@requires(fields: "value { min max } withheld")';

@ObjectType({ description: 'Where a target comes from.' })
export class TargetOrigin {
  @Field({ description: 'REGION (its own), DEFAULT (the one for every region), SUM_OF_REGIONS, or NONE.' })
  kind: string;

  @Field(() => String, { nullable: true })
  source: string | null;
}

@Resolver(() => IndicatorResult)
export class IndicatorResultFields {
  @FieldResolver(() => Indicator)
  indicator(@Root() result: IndicatorResult): Indicator {
    return result.indicator;
  }

  @FieldResolver(() => ReportingPeriod)
  period(@Root() result: IndicatorResult): ReportingPeriod {
    return result.period;
  }

  @FieldResolver(() => RegionRef, { nullable: true, description: 'Null: all regions in scope together.' })
  region(@Root() result: IndicatorResult): RegionRef | null {
    return result.regionSlug ? { slug: result.regionSlug } : null;
  }

  @FieldResolver(() => TargetOrigin)
  targetOrigin(@Root() result: IndicatorResult): TargetOrigin {
    return { kind: result.effectiveTarget.origin, source: result.effectiveTarget.source };
  }

  @Directive(NEEDS_VALUE)
  @FieldResolver(() => IndicatorValue, {
    nullable: true,
    description: 'From baseline (0) to target (1), a range where the value is one; null without a target or value.',
  })
  progress(@Root() result: IndicatorResult): IndicatorValue | null {
    return judgementOf(result).progress;
  }

  @Directive(NEEDS_VALUE)
  @FieldResolver(() => Float, {
    nullable: true,
    description: 'The progress expected by asOf: the share of the period gone by for cumulative indicators, else 1.',
  })
  expectedProgress(@Root() result: IndicatorResult): number | null {
    return judgementOf(result).expected;
  }

  @Directive(NEEDS_VALUE)
  @FieldResolver(() => IndicatorStatus)
  status(@Root() result: IndicatorResult): IndicatorStatus {
    return judgementOf(result).status;
  }
}

function judgementOf(result: IndicatorResult): Judgement {
  return judge({
    value: result.value ?? null,
    withheld: result.withheld != null,
    baseline: result.baseline,
    target: result.target,
    direction: result.indicator.direction,
    cumulative: result.indicator.timeAggregation === 'CUMULATIVE',
    periodStart: result.periodStart,
    periodEnd: result.periodEnd,
    asOf: result.asOf,
  });
}

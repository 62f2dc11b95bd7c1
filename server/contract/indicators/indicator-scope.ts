import { Directive, Field, Float, ObjectType } from 'type-graphql';
import { RoundtableFormat } from '../regions/roundtable-format';

/**
 * The roundtables one indicator result counts. Evaluation decides it (the period, the
 * region or regions, the filter); engagement receives it through the gateway with the
 * result's reference and counts what it selects. Shared by both subgraphs.
 */
@Directive('@shareable')
@ObjectType({ description: 'Which roundtables an indicator result counts. Dates are inclusive.' })
export class IndicatorScope {
  @Field(() => [String], { nullable: true, description: 'Region slugs; null for every region.' })
  regions: string[] | null;

  @Field({ description: 'First day counted, YYYY-MM-DD.' })
  from: string;

  @Field({ description: 'Last day counted, YYYY-MM-DD.' })
  to: string;

  @Field(() => [RoundtableFormat], { nullable: true, description: 'Only roundtables held in these formats; null for all.' })
  formats: RoundtableFormat[] | null;

  @Field(() => Boolean, { nullable: true, description: 'false: recorded facts only; true: illustrative only; null: both.' })
  illustrative: boolean | null;

  @Field({ description: 'true: approved records only (always, for FUNDER and PUBLIC); false: every record.' })
  approvedOnly: boolean;
}

/**
 * A result: exact when min equals max, a range where the figures behind it are ranges.
 * Counts are whole numbers; shares are fractions from 0 to 1.
 */
@Directive('@shareable')
@ObjectType({ description: 'An indicator value: exact when min = max, otherwise the range the true value lies in.' })
export class IndicatorValue {
  @Field(() => Float)
  min: number;

  @Field(() => Float)
  max: number;
}

/** The fields engagement needs from evaluation to count a result (its @requires selection). */
export const RESULT_SCOPE_FIELDS = 'numerator denominator scope { regions from to formats illustrative approvedOnly }';

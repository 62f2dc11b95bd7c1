import { Directive, Field, Int, ObjectType } from 'type-graphql';

/**
 * A region's records in a reporting period, as engagement counts them. Evaluation holds none of
 * it: the gateway hands over the counts with each reference (@requires), and evaluation adds what
 * was expected, its ROUNDTABLES_HELD target, and the rates against it.
 */
@Directive('@key(fields: "regionSlug periodCode")')
@ObjectType('RegionPeriodCompleteness', { description: "A region's records in a reporting period, against what was expected." })
export class RegionPeriodCompletenessRef {
  @Field()
  regionSlug: string;

  @Field()
  periodCode: string;

  @Directive('@external')
  @Field(() => Int)
  recorded?: number;

  @Directive('@external')
  @Field(() => Int)
  approved?: number;
}

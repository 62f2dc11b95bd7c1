import { Directive, Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import { graphqlEnum } from '../../../core/enum-values';
import { SortDirection } from '../../../core/paging';

export const CompletenessSortField = graphqlEnum('CompletenessSortField', {
  REGION: 'The region, by slug.',
  RECORDED: 'Roundtables recorded in the sorting period.',
  APPROVED: 'Roundtables approved in the sorting period.',
  ON_TIME_RATE: 'Share submitted on time in the sorting period; regions where it is unknown last.',
});
export type CompletenessSortField = (typeof CompletenessSortField)[keyof typeof CompletenessSortField];

@InputType({ description: 'The order of the regions of a completeness table.' })
export class CompletenessOrder {
  @Field(() => CompletenessSortField, { defaultValue: CompletenessSortField.REGION })
  field: CompletenessSortField = CompletenessSortField.REGION;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction: SortDirection = SortDirection.ASC;

  @Field(() => String, {
    nullable: true,
    description: 'The reporting period whose figures sort the regions (one of those asked); the first asked when left out.',
  })
  period?: string | null;
}

/**
 * One region in one reporting period: what was recorded, approved and submitted on time. Keyed by
 * region and period so that evaluation can add what was expected (the ROUNDTABLES_HELD target)
 * and the rates against it. Its figures depend on the filter asked, so engagement answers it
 * through the completeness query alone and refuses it by key (engagement.references.ts).
 */
@Directive('@key(fields: "regionSlug periodCode")')
@ObjectType({ description: 'How complete and timely the records of one region are in one reporting period.' })
export class RegionPeriodCompleteness {
  @Field()
  regionSlug: string;

  @Field({ description: 'The reporting period, e.g. "2021".' })
  periodCode: string;

  @Field(() => Int, {
    description: 'Roundtables the filter counts dated in the period, in every review state unless approvedOnly (a real 0 when none).',
  })
  recorded: number;

  @Field(() => Int, { description: 'Of those, the approved ones.' })
  approved: number;

  @Field(() => Int, { description: 'Of those, the ones submitted for review at a known time (their latest submission).' })
  submitted: number;

  @Field(() => Int, { description: 'Of the submitted ones, those submitted within onTimeDays of their date.' })
  onTime: number;

  @Field(() => Int, { description: 'Drafts never submitted whose onTimeDays have passed: late, though not submitted yet.' })
  overdue: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'onTime / (submitted + overdue): null when no record has a known submission time or deadline passed. ' +
      'Records whose submission time is not known (recorded before review began) are left out, not counted late.',
  })
  onTimeRate: number | null;
}

@ObjectType({ description: 'A page of regions, each with one row per reporting period asked.' })
export class CompletenessPage {
  @Field(() => Int, { description: 'Every region in scope, on this page or another.' })
  totalCount: number;

  @Field(() => [String], { description: 'The reporting periods of each region, in the order of the rows.' })
  periods: string[];

  @Field(() => Int, { description: 'A record is on time when submitted within this many days of its date (ON_TIME_DAYS).' })
  onTimeDays: number;

  @Field(() => [RegionPeriodCompleteness], { description: 'Region by region in the order asked, each in the periods in the order asked.' })
  rows: RegionPeriodCompleteness[];
}

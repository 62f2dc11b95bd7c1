import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { CountRange } from '../../../contract/count-range';
import { graphqlEnum } from '../../../core/enum-values';
import { SortDirection } from '../../../core/paging';
import { RegionRef } from '../federated-stubs';
import { OutlierMeasure, OutlierStatus } from './outlier-measure';

const SCORE =
  'Modified z-score (Iglewicz and Hoaglin): 0.6745 × (value − median) / MAD, or (value − median) / (1.253314 × mean absolute deviation) when the MAD is 0. ' +
  'For a range, the score of its bound nearest the median (0 when the range holds the median). ';

@ObjectType({
  description:
    'A figure of a roundtable far from its usual: its region’s, the project’s, or both. The usual is the median of the exact values ' +
    'recorded for that measure (ranges and unknowns are left out), over every roundtable of the same kind (recorded or illustrative).',
})
export class OutlierFlag {
  @Field(() => OutlierMeasure)
  measure: OutlierMeasure;

  @Field(() => CountRange, { description: 'The value as recorded: exact (min = max) or a range. An unknown value is never flagged.' })
  value: CountRange;

  @Field(() => Float, { nullable: true, description: "Median of the region's exact values; null when it has too few of them." })
  regionMedian: number | null;

  @Field(() => Float, {
    nullable: true,
    description: `${SCORE}Null when the region has too few exact values, or they are all the same.`,
  })
  regionScore: number | null;

  @Field(() => Float, { nullable: true, description: "Median of the project's exact values; null when it has too few of them." })
  projectMedian: number | null;

  @Field(() => Float, { nullable: true, description: `${SCORE}Null as for regionScore, over the whole project.` })
  projectScore: number | null;

  @Field(() => OutlierStatus)
  status: OutlierStatus;

  @Field(() => String, { nullable: true, description: "The reviewer's comment with the mark; null while unreviewed." })
  comment: string | null;

  @Field(() => String, { nullable: true, description: 'Who marked it.' })
  markedBy: string | null;

  @Field(() => String, { nullable: true, description: 'When, in UTC (ISO 8601).' })
  markedAt: string | null;
}

@ObjectType({ description: 'A flagged figure, with the roundtable it belongs to.' })
export class Outlier extends OutlierFlag {
  @Field(() => ID)
  roundtableId: string;

  @Field()
  regionSlug: string;

  @Field(() => RegionRef)
  region: RegionRef;

  @Field(() => Int, { description: "The roundtable's number within its platform." })
  number: number;

  @Field({ description: 'The day the roundtable was held, YYYY-MM-DD.' })
  date: string;
}

@ObjectType({ description: 'One page of the flagged figures in scope, and how many there are in all.' })
export class OutlierPage {
  @Field(() => Int, { description: 'Every flagged figure that matches, on this page or another.' })
  totalCount: number;

  @Field(() => [Outlier])
  rows: Outlier[];
}

export const OutlierSortField = graphqlEnum('OutlierSortField', {
  SCORE: 'The larger of its two scores, as a distance from the usual in either direction.',
  DATE: 'The day the roundtable was held.',
  REGION: 'Its region.',
  MEASURE: 'The measure, in the order PARTICIPANTS, ONLINE, ONSITE, ORGANISATIONS, DURATION_MINUTES.',
});
export type OutlierSortField = (typeof OutlierSortField)[keyof typeof OutlierSortField];

@InputType({ description: 'The order of a page of flagged figures.' })
export class OutlierOrder {
  @Field(() => OutlierSortField, { defaultValue: OutlierSortField.SCORE })
  field: OutlierSortField = OutlierSortField.SCORE;

  @Field(() => SortDirection, { defaultValue: SortDirection.DESC })
  direction: SortDirection = SortDirection.DESC;
}

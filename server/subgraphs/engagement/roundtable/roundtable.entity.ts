import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { ReviewState } from '../review/review-state';
import { RoundtableFormat } from './roundtable-format';

/** A roundtable; its columns are read with ROUNDTABLE_COLUMNS (roundtable.service.ts). */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'One meeting of a regional platform.' })
export class Roundtable {
  @Field(() => ID)
  id: string;

  regionSlug: string;

  @Field(() => Int, { description: 'Its number within its platform: 1 for the first roundtable.' })
  number: number;

  @Field({ description: 'ISO date, e.g. "2021-11-24".' })
  date: string;

  @Field(() => RoundtableFormat, { nullable: true, description: 'Null when the format was not published.' })
  format: RoundtableFormat | null;

  @Field(() => Int, { nullable: true })
  durationMinutes: number | null;

  @Field(() => String, { nullable: true })
  theme: string | null;

  @Field()
  illustrative: boolean;

  @Field(() => Int, { description: 'Increases with every change; an update must quote it.' })
  version: number;

  @Field(() => ReviewState)
  reviewState: ReviewState;

  /** The reviewer's last comment; shown through RoundtableFields to the roles that see notes. */
  reviewComment: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'When it was last submitted for review, in UTC (ISO 8601); null when never, or not known for records published before review existed.',
  })
  submittedAt: string | null;
}

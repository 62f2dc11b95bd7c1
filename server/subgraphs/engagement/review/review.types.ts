import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

@InputType({ description: 'A record as you read it: a review step is refused when it has changed since.' })
export class RecordVersionInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'The version you read.' })
  version: number;
}

@ObjectType({ description: 'A reporting period closed to changes: nothing dated inside it can be recorded, changed or reviewed.' })
export class ClosedPeriod {
  @Field({ description: 'The reporting period, e.g. "2021".' })
  periodCode: string;

  @Field({ description: 'First day, YYYY-MM-DD, as the period was when it was closed.' })
  startsOn: string;

  @Field({ description: 'Last day, YYYY-MM-DD.' })
  endsOn: string;

  @Field({ description: 'Why it was closed.' })
  reason: string;

  @Field({ description: 'Who closed it.' })
  closedBy: string;

  @Field({ description: 'When, in UTC (ISO 8601).' })
  closedAt: string;
}

@ObjectType({ description: 'How many roundtables in scope stand in each review state.' })
export class ReviewCounts {
  @Field(() => Int)
  draft: number;

  @Field(() => Int, { description: 'Waiting for a reviewer.' })
  submitted: number;

  @Field(() => Int)
  approved: number;

  @Field(() => Int, { description: 'Sent back to their coordinators to fix.' })
  returned: number;
}

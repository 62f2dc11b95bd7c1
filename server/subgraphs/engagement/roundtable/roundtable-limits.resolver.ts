import { Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { DataSource } from 'typeorm';
import { currentRecordedDateRange, ROUNDTABLE_FIELD_LIMITS } from '../../../contract/recording-limits';
import { Cached } from '../../../core/cache-policy';
import { readProjectSpan } from '../rules/project-span';

@ObjectType({ description: 'The most one field of a roundtable takes.' })
export class FieldLimit {
  @Field({ description: 'The input field, as problems name it: attendance.participants; a field of every item of a list, sources.title.' })
  field: string;

  @Field(() => Int)
  max: number;
}

@ObjectType({ description: 'What a roundtable may hold: createRoundtable, updateRoundtable and importRoundtables refuse more.' })
export class RoundtableLimits {
  @Field(() => [FieldLimit], { description: 'The largest whole number of each count.' })
  counts: FieldLimit[];

  @Field(() => [FieldLimit], { description: 'The most characters of each text.' })
  texts: FieldLimit[];

  @Field(() => [FieldLimit], { description: 'The most items of each list.' })
  lists: FieldLimit[];

  @Field({ description: 'The first day a roundtable may be recorded on (YYYY-MM-DD), as the server is configured.' })
  datesFrom: string;

  @Field({ description: 'The last day: one year after today.' })
  datesTo: string;

  @Field(() => String, {
    nullable: true,
    description:
      "The project's first day (YYYY-MM-DD): a date outside the project is recorded with a DATE_IN_PROJECT warning. Null when no reporting period is known.",
  })
  projectStartsOn: string | null;

  @Field(() => String, { nullable: true, description: "The project's last day." })
  projectEndsOn: string | null;
}

const fieldLimits = (limits: Readonly<Record<string, number>>): FieldLimit[] =>
  Object.entries(limits).map(([field, max]) => ({ field, max }));

@Resolver()
export class RoundtableLimitsResolver {
  constructor(private readonly db: DataSource) {}

  @Cached('unshared')
  @Query(() => RoundtableLimits, { description: 'What a roundtable may hold, so a form can say so beside each field.' })
  async roundtableLimits(): Promise<RoundtableLimits> {
    const dates = currentRecordedDateRange();
    const project = await readProjectSpan(this.db);
    return {
      counts: fieldLimits(ROUNDTABLE_FIELD_LIMITS.counts),
      texts: fieldLimits(ROUNDTABLE_FIELD_LIMITS.texts),
      lists: fieldLimits(ROUNDTABLE_FIELD_LIMITS.lists),
      datesFrom: dates.from,
      datesTo: dates.to,
      projectStartsOn: project?.startsOn ?? null,
      projectEndsOn: project?.endsOn ?? null,
    };
  }
}

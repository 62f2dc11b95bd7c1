import { Field, Int, ObjectType } from 'type-graphql';
import { CountRange } from '../../../contract/count-range';
import { WITHHELD_DESCRIPTION, WithheldCount } from '../../../contract/disclosure/withholding';
import { Challenge } from '../challenge/challenge.entity';
import { RegionRef, StakeholderCategoryRef } from '../federated-stubs';
import { Source } from '../source/source.entity';

/**
 * How people attended the roundtables of a scope: online + onsite + unknownMode = total. Shared by
 * the row per region and the total over regions; no field returns it, so it is not in the schema.
 */
@ObjectType()
export abstract class AttendanceFigures {
  @Field(() => Int, { description: 'Roundtables held in the scope, whether or not their attendance is known.' })
  roundtables: number;

  @Field(() => Int, { description: 'Roundtables with no published or recorded attendance.' })
  roundtablesUnknownAttendance: number;

  @Field(() => CountRange, { nullable: true, description: 'Participants known to have attended online.' })
  online: CountRange | null;

  @Field(() => CountRange, { nullable: true, description: 'Participants known to have attended onsite.' })
  onsite: CountRange | null;

  @Field(() => CountRange, { nullable: true, description: 'Participants whose mode was not published.' })
  unknownMode: CountRange | null;

  @Field(() => CountRange, { nullable: true, description: 'All participants; null when no roundtable has a figure.' })
  total: CountRange | null;

  @Field(() => [WithheldCount], { description: WITHHELD_DESCRIPTION })
  withheld: WithheldCount[];
}

@ObjectType({
  description:
    'How people attended the roundtables of one region. online + onsite + unknownMode = total. ' +
    'Counts cover the roundtables whose attendance is known; roundtablesUnknownAttendance says how many are left out.',
})
export class AttendanceMixRow extends AttendanceFigures {
  @Field(() => RegionRef)
  region: RegionRef;
}

@ObjectType({
  description:
    'How people attended the roundtables of every region in scope together: attendanceMix summed over regions, ' +
    'computed (and for FUNDER and PUBLIC, protected) as one figure, so totals and shares are never worked out from rows ' +
    'some of which are withheld.',
})
export class AttendanceTotal extends AttendanceFigures {}

@ObjectType({ description: 'A stakeholder category present at the roundtables of one region.' })
export class StakeholderMixRow {
  @Field(() => RegionRef)
  region: RegionRef;

  @Field(() => StakeholderCategoryRef)
  category: StakeholderCategoryRef;

  @Field(() => Int, { description: 'Roundtables where the category was present.' })
  roundtables: number;

  @Field(() => CountRange, {
    nullable: true,
    description: 'Participants of the category over the roundtables that counted them; null when none did.',
  })
  participants: CountRange | null;

  @Field(() => Int, { description: 'Roundtables where the category was present but not counted.' })
  roundtablesUncounted: number;

  @Field(() => [WithheldCount], { description: WITHHELD_DESCRIPTION })
  withheld: WithheldCount[];
}

/**
 * What is counted of a challenge, in one region or over several. type-graphql gives a class
 * its parent's fields only when the parent is an object type too; no field returns this one,
 * so it never appears in the schema.
 */
@ObjectType()
abstract class ChallengeCounts {
  @Field(() => Challenge)
  challenge: Challenge;

  @Field(() => Int, { description: 'Mentions recorded.' })
  mentions: number;

  @Field(() => Int, { description: 'Roundtables where it was raised.' })
  roundtables: number;
}

@ObjectType({ description: 'How often a challenge was raised in one region.' })
export class ChallengeFrequencyRow extends ChallengeCounts {
  @Field(() => RegionRef)
  region: RegionRef;
}

@ObjectType({ description: 'What a filter covers: how many roundtables, over which dates, and how many are illustrative.' })
export class Coverage {
  @Field(() => Int)
  roundtables: number;

  @Field(() => Int, { description: 'Generated roundtables among them; 0 when every one is a recorded fact.' })
  illustrativeRoundtables: number;

  @Field(() => Int, { description: 'Regions with at least one roundtable in scope.' })
  regionsWithRoundtables: number;

  @Field(() => String, { nullable: true, description: 'Date of the first roundtable in scope.' })
  firstDate: string | null;

  @Field(() => String, { nullable: true, description: 'Date of the last roundtable in scope.' })
  lastDate: string | null;
}

@ObjectType({
  description:
    'A stakeholder category over every region in scope: where it was present, counted in roundtables and regions. ' +
    'It counts no people, so nothing in it is suppressed.',
})
export class CategoryReachRow {
  @Field(() => StakeholderCategoryRef)
  category: StakeholderCategoryRef;

  @Field(() => Int, { description: 'Roundtables where the category was present.' })
  roundtables: number;

  @Field(() => Int, { description: 'Regions where the category was present at one roundtable or more.' })
  regions: number;
}

@ObjectType({ description: 'How often a challenge was raised over every region in scope.' })
export class ChallengeTotalRow extends ChallengeCounts {
  @Field(() => Int, { description: 'Regions where it was raised at one roundtable or more.' })
  regions: number;
}

@ObjectType({ description: 'One page of the sources of a scope, in the order of `sources`, and how many there are in all.' })
export class SourcePage {
  @Field(() => Int, { description: 'Every source of the scope, on this page or another.' })
  totalCount: number;

  @Field(() => [Source])
  rows: Source[];
}

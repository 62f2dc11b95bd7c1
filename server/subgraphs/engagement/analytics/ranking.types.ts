import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { CountRange } from '../../../contract/count-range';
import { WITHHELD_DESCRIPTION, WithheldCount } from '../../../contract/disclosure/withholding';
import { graphqlEnum } from '../../../core/enum-values';
import { SortDirection } from '../../../core/paging';
import { Challenge } from '../challenge/challenge.entity';
import { RegionRef, StakeholderCategoryRef } from '../federated-stubs';
import { AttendanceFigures, AttendanceMixRow, ChallengeFrequencyRow, StakeholderMixRow } from './analytics.types';

/** Regions a ranking shows when the client does not say, and the most it will show. */
export const RANKING_LIMIT_DEFAULT = 20;
export const RANKING_LIMIT_MAX = 100;

const LIMIT_DESCRIPTION = `Regions to show, 1 to ${RANKING_LIMIT_MAX} (${RANKING_LIMIT_DEFAULT} when not given); the rest are summed in others.`;
export const limitArg = { defaultValue: RANKING_LIMIT_DEFAULT, description: LIMIT_DESCRIPTION } as const;

const RANGE_ORDER =
  'A range is ordered by its min, then its max. A count that is unknown, or withheld for FUNDER and PUBLIC, comes last whatever the direction, by slug, ' +
  'so the order never tells anything of a withheld count.';

export const AttendanceMeasure = graphqlEnum('AttendanceMeasure', {
  TOTAL: 'All participants.',
  ONLINE: 'Participants who attended online.',
  ONSITE: 'Participants who attended onsite.',
  UNKNOWN_MODE: 'Participants whose mode is not known.',
  ROUNDTABLES: 'Roundtables held.',
  REGION: "The region's slug (names are geography's, and clients sort them in their own language).",
});
export type AttendanceMeasure = (typeof AttendanceMeasure)[keyof typeof AttendanceMeasure];

export const StakeholderMeasure = graphqlEnum('StakeholderMeasure', {
  PARTICIPANTS: 'Participants of the category named, or of every category together when none is.',
  ROUNDTABLES: 'Roundtables where the category named was present, or, when none is, presences of every category added up.',
  REGION: "The region's slug.",
});
export type StakeholderMeasure = (typeof StakeholderMeasure)[keyof typeof StakeholderMeasure];

export const ChallengeMeasure = graphqlEnum('ChallengeMeasure', {
  MENTIONS: 'Mentions of the challenge named, or of every challenge together when none is.',
  ROUNDTABLES: 'Roundtables where the challenge named was raised, or, when none is, the roundtables of every challenge added up.',
  REGION: "The region's slug.",
});
export type ChallengeMeasure = (typeof ChallengeMeasure)[keyof typeof ChallengeMeasure];

@InputType({ description: `Which regions an attendance ranking shows first. ${RANGE_ORDER}` })
export class AttendanceOrder {
  @Field(() => AttendanceMeasure, { defaultValue: AttendanceMeasure.TOTAL })
  by: AttendanceMeasure = AttendanceMeasure.TOTAL;

  @Field(() => SortDirection, { defaultValue: SortDirection.DESC })
  direction: SortDirection = SortDirection.DESC;
}

@InputType({ description: `Which regions a stakeholder ranking shows first. ${RANGE_ORDER}` })
export class StakeholderOrder {
  @Field(() => StakeholderMeasure, { defaultValue: StakeholderMeasure.PARTICIPANTS })
  by: StakeholderMeasure = StakeholderMeasure.PARTICIPANTS;

  @Field(() => String, { nullable: true, description: 'A stakeholder category code: the measure is of that category alone.' })
  category?: string | null;

  @Field(() => SortDirection, { defaultValue: SortDirection.DESC })
  direction: SortDirection = SortDirection.DESC;
}

@InputType({ description: 'Which regions a challenge ranking shows first; regions where nothing was raised come last.' })
export class ChallengeOrder {
  @Field(() => ChallengeMeasure, { defaultValue: ChallengeMeasure.MENTIONS })
  by: ChallengeMeasure = ChallengeMeasure.MENTIONS;

  @Field(() => String, { nullable: true, description: 'A challenge code: the measure is of that challenge alone.' })
  challenge?: string | null;

  @Field(() => SortDirection, { defaultValue: SortDirection.DESC })
  direction: SortDirection = SortDirection.DESC;
}

@ObjectType({
  description:
    "The regions of a scope beyond a ranking's limit, their attendance summed as one figure (for FUNDER and PUBLIC, " +
    'from the protected publication, as asking attendanceTotal for those regions would give). Ranges add as ranges; ' +
    'a count unknown in every one of them stays unknown.',
})
export class AttendanceOthers extends AttendanceFigures {
  @Field(() => Int, { description: 'Regions summed here; 0 when the ranking shows every region.' })
  regionCount: number;
}

@ObjectType({ description: 'The regions of a scope with the most (or least) of a measure, and every other region summed.' })
export class AttendanceRanking {
  @Field(() => Int, { description: 'Regions in scope: those shown plus others.regionCount.' })
  regionCount: number;

  @Field(() => [AttendanceMixRow], { description: 'The regions shown, in order.' })
  regions: AttendanceMixRow[];

  @Field(() => AttendanceOthers)
  others: AttendanceOthers;
}

@ObjectType({ description: 'A stakeholder category over the regions beyond a ranking\u2019s limit, summed.' })
export class StakeholderOthersRow {
  @Field(() => StakeholderCategoryRef)
  category: StakeholderCategoryRef;

  @Field(() => Int, { description: 'Regions among the others where the category was present.' })
  regionCount: number;

  @Field(() => Int, { description: 'Roundtables where the category was present.' })
  roundtables: number;

  @Field(() => CountRange, { nullable: true, description: 'Participants of the category; null when no roundtable counted them.' })
  participants: CountRange | null;

  @Field(() => Int, { description: 'Roundtables where the category was present but not counted.' })
  roundtablesUncounted: number;

  @Field(() => [WithheldCount], { description: WITHHELD_DESCRIPTION })
  withheld: WithheldCount[];
}

@ObjectType({ description: 'The stakeholder categories of the regions ranked first by a measure, and of every other region summed.' })
export class StakeholderRanking {
  @Field(() => Int, { description: 'Regions in scope: those shown plus othersRegionCount.' })
  regionCount: number;

  @Field(() => [RegionRef], { description: 'The regions shown, in order, including any with no category present.' })
  regions: RegionRef[];

  @Field(() => [StakeholderMixRow], { description: 'The categories present in the regions shown, region by region in ranking order.' })
  rows: StakeholderMixRow[];

  @Field(() => Int, { description: 'Regions summed in others.' })
  othersRegionCount: number;

  @Field(() => [StakeholderOthersRow], { description: 'Each category present in the other regions, summed over them.' })
  others: StakeholderOthersRow[];
}

@ObjectType({ description: 'A challenge over the regions beyond a ranking\u2019s limit, summed.' })
export class ChallengeOthersRow {
  @Field(() => Challenge)
  challenge: Challenge;

  @Field(() => Int, { description: 'Regions among the others where it was raised.' })
  regionCount: number;

  @Field(() => Int, { description: 'Mentions recorded.' })
  mentions: number;

  @Field(() => Int, { description: 'Roundtables where it was raised.' })
  roundtables: number;
}

@ObjectType({ description: 'The challenges of the regions ranked first by a measure, and of every other region summed.' })
export class ChallengeRanking {
  @Field(() => Int, { description: 'Regions in scope: those shown plus othersRegionCount.' })
  regionCount: number;

  @Field(() => [RegionRef], { description: 'The regions shown, in order, including any where nothing was raised.' })
  regions: RegionRef[];

  @Field(() => [ChallengeFrequencyRow], { description: 'The challenges raised in the regions shown, region by region in ranking order.' })
  rows: ChallengeFrequencyRow[];

  @Field(() => Int, { description: 'Regions summed in others.' })
  othersRegionCount: number;

  @Field(() => [ChallengeOthersRow], { description: 'Each challenge raised in the other regions, summed over them.' })
  others: ChallengeOthersRow[];
}

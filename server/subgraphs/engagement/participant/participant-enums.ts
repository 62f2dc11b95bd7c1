import { type EnumValue, graphqlEnum } from '../../../core/enum-values';

export const ParticipationMode = graphqlEnum('ParticipationMode', ['ONLINE', 'ONSITE']);
export type ParticipationMode = EnumValue<typeof ParticipationMode>;

export const Gender = graphqlEnum('Gender', ['FEMALE', 'MALE', 'NON_BINARY', 'UNDISCLOSED']);
export type Gender = EnumValue<typeof Gender>;

export const AgeBand = graphqlEnum('AgeBand', ['UNDER_18', 'AGE_18_24', 'AGE_25_34', 'AGE_35_49', 'AGE_50_64', 'AGE_65_PLUS']);
export type AgeBand = EnumValue<typeof AgeBand>;

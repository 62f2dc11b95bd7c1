import { registerEnumType } from 'type-graphql';

export enum ParticipationMode {
  ONLINE = 'ONLINE',
  ONSITE = 'ONSITE',
}
registerEnumType(ParticipationMode, { name: 'ParticipationMode' });

export enum Gender {
  FEMALE = 'FEMALE',
  MALE = 'MALE',
  NON_BINARY = 'NON_BINARY',
  UNDISCLOSED = 'UNDISCLOSED',
}
registerEnumType(Gender, { name: 'Gender' });

export enum AgeBand {
  UNDER_18 = 'UNDER_18',
  AGE_18_24 = 'AGE_18_24',
  AGE_25_34 = 'AGE_25_34',
  AGE_35_49 = 'AGE_35_49',
  AGE_50_64 = 'AGE_50_64',
  AGE_65_PLUS = 'AGE_65_PLUS',
}
registerEnumType(AgeBand, { name: 'AgeBand' });

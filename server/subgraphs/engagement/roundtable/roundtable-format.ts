import { registerEnumType } from 'type-graphql';

export enum RoundtableFormat {
  ONLINE = 'ONLINE',
  ONSITE = 'ONSITE',
  HYBRID = 'HYBRID',
}
registerEnumType(RoundtableFormat, { name: 'RoundtableFormat', description: 'How a roundtable was held.' });

export enum OrganiserRole {
  ORGANISER = 'ORGANISER',
  SUPPORTER = 'SUPPORTER',
}
registerEnumType(OrganiserRole, { name: 'OrganiserRole' });

import { registerEnumType } from 'type-graphql';

/** How a roundtable was held; a filter in every subgraph that counts roundtables. */
export enum RoundtableFormat {
  ONLINE = 'ONLINE',
  ONSITE = 'ONSITE',
  HYBRID = 'HYBRID',
}
registerEnumType(RoundtableFormat, { name: 'RoundtableFormat', description: 'How a roundtable was held.' });

import { type EnumValue, graphqlEnum } from '../../core/enum-values';

/** How a roundtable was held; a filter in every subgraph that counts roundtables. */
export const RoundtableFormat = graphqlEnum('RoundtableFormat', ['ONLINE', 'ONSITE', 'HYBRID'], 'How a roundtable was held.');
export type RoundtableFormat = EnumValue<typeof RoundtableFormat>;

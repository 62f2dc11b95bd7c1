import { type EnumValue, graphqlEnum } from '../../../core/enum-values';

export { RoundtableFormat } from '../../../contract/regions/roundtable-format';

export const OrganiserRole = graphqlEnum('OrganiserRole', ['ORGANISER', 'SUPPORTER']);
export type OrganiserRole = EnumValue<typeof OrganiserRole>;

export { RoundtableFormat } from '../../../contract/regions/roundtable-format';

import { registerEnumType } from 'type-graphql';

export enum OrganiserRole {
  ORGANISER = 'ORGANISER',
  SUPPORTER = 'SUPPORTER',
}
registerEnumType(OrganiserRole, { name: 'OrganiserRole' });

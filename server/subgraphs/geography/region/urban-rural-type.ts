import { registerEnumType } from 'type-graphql';

/** Eurostat's urban-rural typology of NUTS 3 regions, as published for a region. */
export enum UrbanRuralType {
  PREDOMINANTLY_URBAN = 'PREDOMINANTLY_URBAN',
  INTERMEDIATE = 'INTERMEDIATE',
  PREDOMINANTLY_RURAL = 'PREDOMINANTLY_RURAL',
}
registerEnumType(UrbanRuralType, { name: 'UrbanRuralType' });

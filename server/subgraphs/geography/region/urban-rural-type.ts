import { type EnumValue, graphqlEnum } from '../../../core/enum-values';

/** Eurostat's urban-rural typology of NUTS 3 regions, as published for a region. */
export const UrbanRuralType = graphqlEnum('UrbanRuralType', ['PREDOMINANTLY_URBAN', 'INTERMEDIATE', 'PREDOMINANTLY_RURAL']);
export type UrbanRuralType = EnumValue<typeof UrbanRuralType>;

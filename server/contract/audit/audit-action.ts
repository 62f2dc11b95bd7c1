import { type EnumValue, graphqlEnum } from '../../core/enum-values';

/** What a change did to a record; every subgraph's audit trail uses the same actions. */
export const AuditAction = graphqlEnum('AuditAction', ['CREATE', 'UPDATE', 'DELETE', 'RESTORE', 'IMPORT']);
export type AuditAction = EnumValue<typeof AuditAction>;

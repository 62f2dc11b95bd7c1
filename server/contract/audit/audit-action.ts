import { type EnumValue, graphqlEnum } from '../../core/enum-values';

/**
 * What a change did to a record; every subgraph's audit trail uses the same actions. The last
 * four are steps of a roundtable's review (ReviewAction), which change its state, not its content.
 */
export const AuditAction = graphqlEnum('AuditAction', [
  'CREATE',
  'UPDATE',
  'DELETE',
  'RESTORE',
  'IMPORT',
  'SUBMIT',
  'APPROVE',
  'RETURN',
  'REOPEN',
]);
export type AuditAction = EnumValue<typeof AuditAction>;

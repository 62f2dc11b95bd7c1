import { type EnumValue, graphqlEnum } from '../../core/enum-values';

/**
 * What a change did to a record; every subgraph's audit trail uses the same actions. SUBMIT to
 * REOPEN are steps of a roundtable's review (ReviewAction), which change its state, not its
 * content; CHECK_VALUE and FLAG_FOLLOW_UP are a reviewer's mark on one of its figures flagged as
 * far from its usual (right as recorded, or for its coordinator to look at), which change neither.
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
  'CHECK_VALUE',
  'FLAG_FOLLOW_UP',
]);
export type AuditAction = EnumValue<typeof AuditAction>;

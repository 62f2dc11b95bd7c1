import { registerEnumType } from 'type-graphql';

/** What a change did to a record; every subgraph's audit trail uses the same actions. */
export enum AuditAction {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  DELETE = 'DELETE',
  RESTORE = 'RESTORE',
  IMPORT = 'IMPORT',
}
registerEnumType(AuditAction, { name: 'AuditAction' });

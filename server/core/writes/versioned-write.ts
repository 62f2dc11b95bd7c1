import type { EntityManager } from 'typeorm';
import { AuditAction } from '../../contract/audit/audit-action';
import type { Actor } from '../../contract/audit/audit-trail';
import { writeTransaction } from '../database/write-transaction';
import { staleVersion } from '../errors';
import { type AuditedRecords, appendAudit, type Versioned } from './audited-records';

/**
 * One write of one record: what it finds there, the version its writer read, and the write
 * itself. `Before` is the record, or null where there may be none.
 */
export interface VersionedChange<S extends Versioned, Before extends S | null = S | null> {
  /**
   * The record as it is, its row locked (FOR UPDATE) so a concurrent writer waits for this
   * transaction and the audit entry's "before" is the one this change replaces; null when
   * there is none yet. Where the record must exist, this throws NOT_FOUND itself. Without
   * it, the write is a creation.
   */
  lock?(manager: EntityManager): Promise<Before>;
  /** The version the writer read: a record that exists must still be at it. */
  expectedVersion?: number | null;
  /** Validates and writes; returns the record as it is now, or null when the write deleted it. */
  write(manager: EntityManager, before: Before): Promise<S | null>;
}

/**
 * Creates, changes or deletes one record in one transaction (run again on a deadlock): the
 * record locked, the viewer's permission for it, the version the writer read (else CONFLICT,
 * with the current one), then the write and its audit entry, which commit together; any
 * refusal leaves the database as it was. Returns the record as it is after, or as it was
 * before a deletion.
 */
export function versionedWrite<S extends Versioned, Before extends S | null = S | null>(
  records: AuditedRecords<S>,
  actor: Actor,
  change: VersionedChange<S, Before>,
): Promise<S> {
  return writeTransaction(records.db, async (manager) => {
    const before = (await change.lock?.(manager)) ?? null;
    if (before) {
      records.assertMayEdit(actor.viewer, before);
      if (before.version !== change.expectedVersion) throw staleVersion(records.named(before), before.version);
    }
    const after = await change.write(manager, before as Before);
    const action = !before ? AuditAction.CREATE : after ? AuditAction.UPDATE : AuditAction.DELETE;
    await appendAudit(manager, records, actor, action, before, after);
    return (after ?? before) as S;
  });
}

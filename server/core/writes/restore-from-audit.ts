import type { EntityManager } from 'typeorm';
import { AuditAction } from '../../contract/audit/audit-action';
import type { Actor } from '../../contract/audit/audit-trail';
import type { RecordKind } from '../../contract/error-messages';
import { writeTransaction } from '../database/write-transaction';
import { DomainError, ErrorCode, errorText } from '../errors';
import { type AuditedRecords, type AuditTrail, appendAudit, type Versioned } from './audited-records';

/** A kind of record that a deletion's audit entry can bring back. */
export interface RestorableRecords<S extends Versioned> extends AuditedRecords<S> {
  trail: Required<AuditTrail>;
  /** Their kind, as a message names any one of them ("a roundtable"). */
  kind: RecordKind;
  /** The query that lists the entries to pick from, when the message should name it. */
  auditLog?: string;
}

/**
 * Brings back a deleted record from its deletion's audit entry, in one transaction: the entry
 * must be a deletion of this kind, the viewer may edit the record as it was, then `restore`
 * checks and writes it again (refusing when it exists again already) and the restoration is
 * audited. Returns the record as it is now.
 */
export function restoreFromAudit<S extends Versioned>(
  records: RestorableRecords<S>,
  actor: Actor,
  auditEntryId: string,
  restore: (manager: EntityManager, deleted: S) => Promise<S>,
): Promise<S> {
  return writeTransaction(records.db, async (manager) => {
    const entry = await records.trail.find(manager, auditEntryId);
    if (!entry || entry.action !== AuditAction.DELETE || entry.entityType !== records.entityType || !entry.before) {
      const { kind, auditLog } = records;
      throw new DomainError(
        ErrorCode.NOT_FOUND,
        auditLog
          ? errorText('notADeletionIn', { entry: auditEntryId, kind, auditLog })
          : errorText('notADeletion', { entry: auditEntryId, kind }),
      );
    }
    const deleted = entry.before as unknown as S;
    records.assertMayEdit(actor.viewer, deleted);
    const after = await restore(manager, deleted);
    await appendAudit(manager, records, actor, AuditAction.RESTORE, null, after);
    return after;
  });
}

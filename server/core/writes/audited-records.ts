import type { DataSource, EntityManager } from 'typeorm';
import type { AuditAction } from '../../contract/audit/audit-action';
import type { AuditEntryFields } from '../../contract/audit/audit-entry-fields';
import type { Actor, AuditRecord } from '../../contract/audit/audit-trail';
import type { RecordName } from '../../contract/error-messages';
import type { Viewer } from '../auth/viewer';

/** What every write keeps of a record: its id and version, and its region when it belongs to one. */
export interface Versioned {
  id: string;
  version: number;
  regionSlug?: string | null;
}

/** A subgraph's own audit trail, as its writes use it. */
export interface AuditTrail {
  record(manager: EntityManager, entry: AuditRecord): Promise<void>;
  /** One entry, read inside the write's transaction; only a trail whose records can be restored has it. */
  find?(manager: EntityManager, id: string): Promise<Pick<AuditEntryFields, 'action' | 'entityType' | 'before'> | null>;
}

/** One kind of record as its writes need it: where it is written and audited, how a message names one, who may change one. */
export interface AuditedRecords<S extends Versioned> {
  db: DataSource;
  trail: AuditTrail;
  /** As the audit trail names the kind, e.g. Roundtable. */
  entityType: string;
  /** How a conflict names the record ("this roundtable": { kind: 'roundtable' }). */
  named(record: S): RecordName;
  /** Refuses, with FORBIDDEN, a viewer who may not change (or restore) this record. */
  assertMayEdit(viewer: Viewer, record: S): void;
}

/** Appends the audit entry of a change, in the change's transaction; it names the record as it is after, or before a deletion. */
export function appendAudit<S extends Versioned>(
  manager: EntityManager,
  records: Pick<AuditedRecords<S>, 'trail' | 'entityType'>,
  actor: Actor,
  action: AuditAction,
  before: S | null,
  after: S | null,
): Promise<void> {
  const subject = (after ?? before) as S;
  return records.trail.record(manager, {
    actor,
    action,
    entityType: records.entityType,
    entityId: subject.id,
    regionSlug: subject.regionSlug ?? null,
    before,
    after,
  });
}

import type { DataSource, EntityManager } from 'typeorm';
import { AUDIT_ENTRY_COLUMNS, type AuditRecord, assertMayReadAudit, insertAuditEntry } from '../../../contract/audit/audit-trail';
import type { Viewer } from '../../../core/auth/viewer';
import type { TargetAuditEntry } from './target-audit-entry';

/** Evaluation's audit trail: every change to a baseline or target, read by ADMIN, ANALYST and EVALUATOR. */
export class EvaluationAuditService {
  constructor(private readonly db: DataSource) {}

  record(manager: EntityManager, entry: AuditRecord): Promise<void> {
    return insertAuditEntry(manager, 'evaluation.audit_entry', entry);
  }

  /** The changes to an indicator's targets, newest first, deleted targets included. */
  targetLog(viewer: Viewer, indicatorCode: string, limit: number): Promise<TargetAuditEntry[]> {
    assertMayReadAudit(viewer);
    return this.db.query(
      `SELECT ${AUDIT_ENTRY_COLUMNS} FROM evaluation.audit_entry
       WHERE entity_type = 'IndicatorTarget' AND COALESCE(after ->> 'indicatorCode', before ->> 'indicatorCode') = $1
       ORDER BY at DESC, id DESC LIMIT $2`,
      [indicatorCode, Math.min(Math.max(limit, 1), 500)],
    );
  }
}

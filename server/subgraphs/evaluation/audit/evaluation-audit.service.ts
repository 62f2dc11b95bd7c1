import type { DataSource } from 'typeorm';
import { AuditTrail } from '../../../contract/audit/audit-trail';
import type { Viewer } from '../../../core/auth/viewer';
import type { TargetAuditEntry } from './target-audit-entry';

/** Evaluation's audit trail: every change to a baseline, target or framework mapping. */
export class EvaluationAuditService extends AuditTrail<TargetAuditEntry> {
  constructor(db: DataSource) {
    super(db, 'evaluation.audit_entry');
  }

  /** The changes to an indicator's targets, newest first, deleted targets included. */
  targetLog(viewer: Viewer, indicatorCode: string, limit: number): Promise<TargetAuditEntry[]> {
    return this.historyByKey(viewer, 'IndicatorTarget', 'indicatorCode', indicatorCode, limit);
  }
}

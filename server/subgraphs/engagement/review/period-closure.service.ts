import type { DataSource } from 'typeorm';
import { RECORDING_LIMITS } from '../../../contract/recording-limits';
import { assertMayReview } from '../../../core/auth/edit-access';
import type { Viewer } from '../../../core/auth/viewer';
import { writeTransaction } from '../../../core/database/write-transaction';
import { badInput, DomainError, ErrorCode, errorText } from '../../../core/errors';
import { CLOSED_PERIOD_COLUMNS, CLOSING_LOCK, type ClosedPeriod } from './record-locks';

/**
 * Reporting periods closed to changes: nothing dated inside one can be created, changed,
 * deleted, restored, imported or reviewed until a reviewer reopens it. Each closure is kept
 * with who closed and reopened it and why, so the table is its own history.
 */
export class PeriodClosureService {
  constructor(private readonly db: DataSource) {}

  closed(): Promise<ClosedPeriod[]> {
    return this.db.query(
      `SELECT ${CLOSED_PERIOD_COLUMNS} FROM engagement.period_closure c WHERE c.reopened_at IS NULL ORDER BY c.starts_on, c.period_code`,
    );
  }

  async close(viewer: Viewer, periodCode: string, reason: string): Promise<ClosedPeriod> {
    const why = checked(viewer, reason);
    return writeTransaction(this.db, async (manager) => {
      // Waits for every write under way (they hold this lock shared), and holds off new ones.
      await manager.query(`SELECT ${CLOSING_LOCK}`);
      const [period] = await manager.query('SELECT starts_on, ends_on FROM engagement.reporting_period_ref WHERE code = $1', [periodCode]);
      if (!period) throw badInput(errorText('noReportingPeriod', { period: periodCode, known: await this.known() }), { field: 'period' });
      const [closed] = await manager.query(
        `INSERT INTO engagement.period_closure AS c (period_code, starts_on, ends_on, reason, closed_by)
         SELECT code, starts_on, ends_on, $2, $3 FROM engagement.reporting_period_ref WHERE code = $1
         ON CONFLICT (period_code) WHERE reopened_at IS NULL DO NOTHING
         RETURNING ${CLOSED_PERIOD_COLUMNS}`,
        [periodCode, why, viewer.name],
      );
      if (!closed) throw new DomainError(ErrorCode.CONFLICT, errorText('periodClosedAlready', { period: periodCode }));
      return closed;
    });
  }

  async reopen(viewer: Viewer, periodCode: string, reason: string): Promise<boolean> {
    const why = checked(viewer, reason);
    const reopened = await this.db.query(
      `WITH reopened AS (
         UPDATE engagement.period_closure SET reopened_at = now(), reopened_by = $2, reopen_reason = $3
         WHERE period_code = $1 AND reopened_at IS NULL RETURNING id)
       SELECT id FROM reopened`,
      [periodCode, viewer.name, why],
    );
    if (reopened.length === 0) throw new DomainError(ErrorCode.CONFLICT, errorText('periodNotClosed', { period: periodCode }));
    return true;
  }

  private async known(): Promise<string> {
    const rows: { code: string }[] = await this.db.query('SELECT code FROM engagement.reporting_period_ref ORDER BY starts_on, code');
    return rows.map((row) => row.code).join(', ');
  }
}

function checked(viewer: Viewer, reason: string): string {
  assertMayReview(viewer, 'periodClosure');
  const why = reason.trim();
  if (!why) throw badInput(errorText('closureNeedsReason'), { field: 'reason' });
  const most = RECORDING_LIMITS.texts.reviewComment;
  if (why.length > most) throw badInput(errorText('reasonTooLong', { length: why.length, most }), { field: 'reason' });
  return why;
}

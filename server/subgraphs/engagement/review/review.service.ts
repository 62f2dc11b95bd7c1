import type { DataSource, EntityManager } from 'typeorm';
import { AuditAction } from '../../../contract/audit/audit-action';
import type { Actor } from '../../../contract/audit/audit-trail';
import { RECORDING_LIMITS } from '../../../contract/recording-limits';
import { type AnalyticsFilter, resolveScope, scopeConditions, whereClause } from '../../../contract/regions/analytics-filter';
import type { RegionDirectory } from '../../../contract/regions/region-directory';
import { assertMayEditRegion, assertMayReview } from '../../../core/auth/edit-access';
import { seesPublication, type Viewer } from '../../../core/auth/viewer';
import { writeTransaction } from '../../../core/database/write-transaction';
import { badInput, DomainError, ErrorCode, type ErrorText, errorText, errorTexts } from '../../../core/errors';
import { UUID } from '../../../core/keys';
import type { EngagementAuditService } from '../audit/engagement-audit.service';
import { refreshRollups } from '../rollup/refresh-rollups';
import { closedPeriodsOf, periodClosedMessage, roundtableNamed } from './record-locks';
import type { ReviewCounts } from './review.types';
import { ReviewAction, ReviewState, TRANSITIONS } from './review-state';

/** A record as its reviewer saw it: a step is refused when the record has changed since. */
export interface RecordVersion {
  id: string;
  version: number;
}

interface ReviewRow {
  id: string;
  regionSlug: string;
  number: number;
  date: string;
  version: number;
  reviewState: ReviewState;
  reviewComment: string | null;
}

/** What the audit trail keeps of a review step: the record's review before and after, not its content. */
const reviewOf = (row: ReviewRow) => ({
  id: row.id,
  version: row.version,
  regionSlug: row.regionSlug,
  reviewState: row.reviewState,
  reviewComment: row.reviewComment,
});

/**
 * Where roundtables stand in review, and review steps over many of them at once (a bulk approval), in one transaction: all are
 * taken or none. Each record must be at the version its reviewer saw, in a state the step
 * starts from, and dated outside every closed period; every problem is named in one refusal.
 */
export class ReviewService {
  constructor(
    private readonly db: DataSource,
    private readonly regions: RegionDirectory,
    private readonly audit: EngagementAuditService,
  ) {}

  /** How many roundtables in scope stand in each state: for the roles that see every record, not FUNDER and PUBLIC. */
  async counts(viewer: Viewer, filter?: AnalyticsFilter | null): Promise<ReviewCounts> {
    if (seesPublication(viewer)) {
      throw new DomainError(ErrorCode.FORBIDDEN, errorText('reviewForRecorders'));
    }
    const params: unknown[] = [];
    const conditions = scopeConditions(await resolveScope(viewer, filter, this.regions), 'rt', params);
    const [counts] = await this.db.query(
      `SELECT count(*) FILTER (WHERE rt.review_state = 'DRAFT')::int AS draft,
              count(*) FILTER (WHERE rt.review_state = 'SUBMITTED')::int AS submitted,
              count(*) FILTER (WHERE rt.review_state = 'APPROVED')::int AS approved,
              count(*) FILTER (WHERE rt.review_state = 'RETURNED')::int AS returned
       FROM engagement.roundtable rt ${whereClause(conditions)}`,
      params,
    );
    return counts;
  }

  async review(actor: Actor, action: ReviewAction, records: readonly RecordVersion[], comment?: string | null): Promise<string[]> {
    const transition = TRANSITIONS[action];
    const text = comment?.trim() || null;
    checkRequest(action, records, text);
    if (transition.by === 'reviewer') assertMayReview(actor.viewer, 'recordReview');
    return writeTransaction(this.db, async (manager) => {
      const ids = records.map((record) => record.id);
      const rows = await lockRows(manager, ids);
      if (transition.by === 'editor') for (const row of rows.values()) assertMayEditRegion(actor.viewer, row.regionSlug);
      await this.assertAllowed(manager, action, records, rows);
      const after: ReviewRow[] = await manager.query(
        // In a WITH, so the driver answers the rows as it does for a SELECT.
        `WITH stepped AS (
           UPDATE engagement.roundtable
           SET review_state = $2, review_comment = $3, version = version + 1,
               submitted_at = CASE WHEN $2 = 'SUBMITTED' THEN now() ELSE submitted_at END,
               reviewed_at = CASE WHEN $2 = 'SUBMITTED' THEN reviewed_at ELSE now() END
           WHERE id = ANY($1::uuid[])
           RETURNING *)
         SELECT ${REVIEW_COLUMNS} FROM stepped`,
        [ids, transition.to, text],
      );
      // Only approval and reopening change what counts where.
      if (action === ReviewAction.APPROVE || action === ReviewAction.REOPEN) await refreshRollups(manager, ids);
      for (const row of after) {
        await this.audit.record(manager, {
          actor,
          action: action as AuditAction,
          entityType: 'Roundtable',
          entityId: row.id,
          regionSlug: row.regionSlug,
          before: reviewOf(rows.get(row.id) as ReviewRow),
          after: reviewOf(row),
        });
      }
      return ids;
    });
  }

  private async assertAllowed(
    manager: EntityManager,
    action: ReviewAction,
    records: readonly RecordVersion[],
    rows: ReadonlyMap<string, ReviewRow>,
  ): Promise<void> {
    const { from } = TRANSITIONS[action];
    const closed = await closedPeriodsOf(
      manager,
      [...rows.values()].map((row) => row.date),
    );
    const missing: string[] = [];
    const conflicts: ErrorText[] = [];
    for (const record of records) {
      const row = rows.get(record.id);
      if (!row) {
        missing.push(record.id);
        continue;
      }
      const what = roundtableNamed(row);
      const period = closed.get(row.date);
      if (row.version !== record.version) {
        conflicts.push(errorText('reviewedRecordChanged', { what, version: row.version }));
      } else if (!from.includes(row.reviewState)) {
        conflicts.push(errorText('reviewWrongState', { what, state: row.reviewState, action, from: { or: from } }));
      } else if (period) {
        conflicts.push(periodClosedMessage(what, period));
      }
    }
    if (missing.length > 0) {
      throw new DomainError(ErrorCode.NOT_FOUND, errorText('noRoundtable', { ids: missing.join(', ') }));
    }
    if (conflicts.length > 0) throw new DomainError(ErrorCode.CONFLICT, errorTexts([errorText('nothingChanged'), ...conflicts]));
  }
}

const REVIEW_COLUMNS = `id, region_slug AS "regionSlug", number, to_char(date, 'YYYY-MM-DD') AS date, version,
  review_state AS "reviewState", review_comment AS "reviewComment"`;

/** The records, locked in one order so two bulk steps never wait on each other in a cycle. */
async function lockRows(manager: EntityManager, ids: readonly string[]): Promise<Map<string, ReviewRow>> {
  const rows: ReviewRow[] = await manager.query(
    `SELECT ${REVIEW_COLUMNS} FROM engagement.roundtable WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`,
    [ids],
  );
  return new Map(rows.map((row) => [row.id, row]));
}

function checkRequest(action: ReviewAction, records: readonly RecordVersion[], comment: string | null): void {
  const { reviewBatch } = RECORDING_LIMITS.lists;
  const { reviewComment } = RECORDING_LIMITS.texts;
  if (records.length === 0) throw badInput(errorText('noRecordsToReview'), { field: 'records' });
  if (records.length > reviewBatch) {
    throw badInput(errorText('tooManyToReview', { most: reviewBatch }), { field: 'records' });
  }
  const bad = records.filter((record) => !UUID.test(record.id)).map((record) => record.id);
  if (bad.length > 0) throw badInput(errorText('recordIdsNotUuids', { ids: bad.join(', ') }), { field: 'records' });
  if (new Set(records.map((record) => record.id)).size !== records.length) {
    throw badInput(errorText('recordNamedTwice'), { field: 'records' });
  }
  if (TRANSITIONS[action].commentRequired && !comment) {
    throw badInput(errorText('reviewNeedsComment', { action }), { field: 'comment' });
  }
  if (comment && comment.length > reviewComment) {
    throw badInput(errorText('commentTooLong', { length: comment.length, most: reviewComment }), { field: 'comment' });
  }
}

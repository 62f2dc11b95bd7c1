import type { EntityManager } from 'typeorm';
import { DomainError, ErrorCode, type ErrorText, errorText, errorTexts } from '../../../core/errors';
import { ReviewState } from './review-state';

/**
 * Every write to a roundtable, to what hangs off it or to its participations holds this lock
 * shared; closing a period takes it exclusively. So a closure waits for the writes under way,
 * and a write that starts after it sees it: none slips into a period as it closes.
 */
const CLOSURE_LOCK = "pg_advisory_xact_lock_shared(hashtext('engagement.period_closure'), 0)";
export const CLOSING_LOCK = "pg_advisory_xact_lock(hashtext('engagement.period_closure'), 0)";

export interface ClosedPeriod {
  periodCode: string;
  startsOn: string;
  endsOn: string;
  reason: string;
  closedBy: string;
  closedAt: string;
}

export const CLOSED_PERIOD_COLUMNS = `c.period_code AS "periodCode", to_char(c.starts_on, 'YYYY-MM-DD') AS "startsOn",
  to_char(c.ends_on, 'YYYY-MM-DD') AS "endsOn", c.reason, c.closed_by AS "closedBy",
  to_char(c.closed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "closedAt"`;

/** How a refusal names a roundtable: "Roundtable soria #3". */
export const roundtableNamed = (roundtable: { regionSlug: string; number: number }): ErrorText =>
  errorText('roundtableNamed', { region: roundtable.regionSlug, number: roundtable.number });

/** Whose figures a participant's write would change, as a refusal says it. */
export type Whose = 'participant' | 'participants' | 'roundtableParticipants';

/** What a refusal says of a closed period, and how to get it reopened. `what` is said first ("Roundtable soria #3"). */
export const periodClosedMessage = (what: ErrorText | string, period: ClosedPeriod): ErrorText =>
  errorText('periodClosed', {
    what,
    period: period.periodCode,
    startsOn: period.startsOn,
    endsOn: period.endsOn,
    closedBy: period.closedBy,
    reason: period.reason,
  });

export const approvedMessage = (what: ErrorText | string): ErrorText => errorText('approvedLocked', { what });

/**
 * For each date, the closed period it falls in, if any, read under the shared closure lock,
 * which is held to the end of the caller's transaction.
 */
export async function closedPeriodsOf(manager: EntityManager, dates: readonly string[]): Promise<Map<string, ClosedPeriod>> {
  await manager.query(`SELECT ${CLOSURE_LOCK}`);
  if (dates.length === 0) return new Map();
  const rows: (ClosedPeriod & { date: string })[] = await manager.query(
    `SELECT to_char(d.date, 'YYYY-MM-DD') AS date, ${CLOSED_PERIOD_COLUMNS}
     FROM unnest($1::date[]) d (date)
     JOIN engagement.period_closure c ON c.reopened_at IS NULL AND d.date BETWEEN c.starts_on AND c.ends_on`,
    [[...new Set(dates)]],
  );
  return new Map(rows.map(({ date, ...period }) => [date, period]));
}

/** Refuses, with CONFLICT, a write to records dated inside a closed period. */
export async function assertPeriodsOpen(manager: EntityManager, dated: readonly { date: string; what: ErrorText }[]): Promise<void> {
  const closed = await closedPeriodsOf(
    manager,
    dated.map((record) => record.date),
  );
  const refused = dated.flatMap((record) => {
    const period = closed.get(record.date);
    return period ? [periodClosedMessage(record.what, period)] : [];
  });
  if (refused.length > 0) throw new DomainError(ErrorCode.CONFLICT, errorTexts(refused), { reason: 'PERIOD_CLOSED' });
}

/** Refuses, with CONFLICT, a change to an approved roundtable. */
export function assertNotApproved(roundtable: { reviewState?: ReviewState | null }, what: ErrorText): void {
  if (roundtable.reviewState === ReviewState.APPROVED) {
    throw new DomainError(ErrorCode.CONFLICT, approvedMessage(what), { reason: 'APPROVED' });
  }
}

/**
 * Refuses, with CONFLICT, a write that would change the figures of an approved roundtable or of
 * one dated inside a closed period: a participant's, whose attendance those figures count. The
 * roundtables are read FOR SHARE, so an approval waits for this write, or this write for it.
 */
export async function assertFiguresChangeable(manager: EntityManager, roundtableIds: readonly string[], whose: Whose): Promise<void> {
  const rows: { regionSlug: string; number: number; date: string; reviewState: ReviewState }[] = roundtableIds.length
    ? await manager.query(
        `SELECT region_slug AS "regionSlug", number, to_char(date, 'YYYY-MM-DD') AS date, review_state AS "reviewState"
         FROM engagement.roundtable WHERE id = ANY($1::uuid[]) ORDER BY id FOR SHARE`,
        [[...roundtableIds]],
      )
    : [];
  const approved = rows.filter((row) => row.reviewState === ReviewState.APPROVED);
  if (approved.length > 0) {
    const roundtables = approved.map((row) => `${row.regionSlug} #${row.number}`);
    throw new DomainError(ErrorCode.CONFLICT, errorText('figuresLocked', { whose, roundtables, count: approved.length }), {
      reason: 'APPROVED',
    });
  }
  await assertPeriodsOpen(
    manager,
    rows.map((row) => ({ date: row.date, what: errorText('attendanceAt', { whose, region: row.regionSlug, number: row.number }) })),
  );
}

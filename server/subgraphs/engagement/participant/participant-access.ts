import { PUBLIC_VIEWER, Role, seesParticipantRecords, type Viewer } from '../../../core/auth/viewer';
import { DomainError, ErrorCode, errorText } from '../../../core/errors';

const ROLES_WITH_RECORDS = Object.values(Role).filter((role) => seesParticipantRecords({ ...PUBLIC_VIEWER, role }));
const AGGREGATE_ROLES = Object.values(Role).filter((role) => !ROLES_WITH_RECORDS.includes(role));

/** Participant-level records are refused outright rather than emptied, so no one reads "none" into them. */
export function assertSeesParticipantRecords(viewer: Viewer): void {
  if (seesParticipantRecords(viewer)) return;
  throw new DomainError(
    ErrorCode.FORBIDDEN,
    errorText('participantRecordsHidden', { withRecords: ROLES_WITH_RECORDS, aggregates: AGGREGATE_ROLES }),
  );
}

import { PUBLIC_VIEWER, Role, seesParticipantRecords, type Viewer } from '../../../core/auth/viewer';
import { DomainError, ErrorCode } from '../../../core/errors';

const ROLES_WITH_RECORDS = Object.values(Role).filter((role) => seesParticipantRecords({ ...PUBLIC_VIEWER, role }));
const AGGREGATE_ROLES = Object.values(Role).filter((role) => !ROLES_WITH_RECORDS.includes(role));

const list = (roles: readonly Role[]) => `${roles.slice(0, -1).join(', ')} and ${roles.at(-1)}`;

/** Participant-level records are refused outright rather than emptied, so no one reads "none" into them. */
export function assertSeesParticipantRecords(viewer: Viewer): void {
  if (seesParticipantRecords(viewer)) return;
  throw new DomainError(
    ErrorCode.FORBIDDEN,
    `Participant records are shown only to ${list(ROLES_WITH_RECORDS)}; ${list(AGGREGATE_ROLES)} see aggregates ` +
      '(attendanceMix, stakeholderMix) with small counts suppressed.',
  );
}

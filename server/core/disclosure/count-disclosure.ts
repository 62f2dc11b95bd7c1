import { seesSuppressedCounts, type Viewer } from '../auth/viewer';
import type { CountRange } from '../count-range';
import { type AttendanceCounts, type Suppressed, suppressAttendance, suppressParticipantsByGroup, withNothingSuppressed } from './suppress';

/** The counts of people one viewer may see: as recorded, or with small cells suppressed. */
export interface CountDisclosure {
  attendance<Row extends AttendanceCounts>(row: Row): Row & Suppressed;
  participantsByGroup<Row extends { participants: CountRange | null }>(
    rows: readonly Row[],
    groupOf: (row: Row) => string,
  ): (Row & Suppressed)[];
}

export function countDisclosure(viewer: Viewer, suppressionK: number): CountDisclosure {
  if (!seesSuppressedCounts(viewer)) {
    return {
      attendance: withNothingSuppressed,
      participantsByGroup: (rows) => rows.map(withNothingSuppressed),
    };
  }
  return {
    attendance: (row) => suppressAttendance(row, suppressionK),
    participantsByGroup: (rows, groupOf) => suppressParticipantsByGroup(rows, groupOf, suppressionK),
  };
}

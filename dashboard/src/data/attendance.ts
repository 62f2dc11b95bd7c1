import { type CountRange, isKnown, type MaybeRange } from './ranges';

export interface AttendanceFigures {
  /** Region slug or roundtable id. */
  key: string;
  label: string;
  online: MaybeRange;
  onsite: MaybeRange;
  unknownMode: MaybeRange;
  total: MaybeRange;
  roundtables: number;
  roundtablesUnknownAttendance: number;
  /** For a single roundtable: its number and ISO date, which its CSV row keeps apart. */
  roundtable?: { number: number; date: string };
}

export type AttendanceStatus = 'known' | 'range' | 'unknown' | 'none';

/** One stacked bar: the known minimum of each mode, then the uncertain part of a range. */
export interface AttendanceBar {
  key: string;
  label: string;
  online: number;
  onsite: number;
  unknownMode: number;
  range: number;
  status: AttendanceStatus;
  figures: AttendanceFigures;
}

export function attendanceStatus(figures: AttendanceFigures): AttendanceStatus {
  if (figures.roundtables === 0) return 'none';
  if (!isKnown(figures.total)) return 'unknown';
  return figures.total.min === figures.total.max ? 'known' : 'range';
}

/**
 * Bars for the attendance chart. The modes stack their minimums (which add up to the
 * minimum total) and the range segment adds what a range leaves uncertain. Unknown
 * figures get no length at all: the chart marks them instead of drawing a 0.
 */
export function attendanceBars(rows: readonly AttendanceFigures[]): AttendanceBar[] {
  return rows.map((figures) => {
    const total = figures.total as CountRange | null | undefined;
    return {
      key: figures.key,
      label: figures.label,
      online: figures.online?.min ?? 0,
      onsite: figures.onsite?.min ?? 0,
      unknownMode: figures.unknownMode?.min ?? 0,
      range: total ? total.max - total.min : 0,
      status: attendanceStatus(figures),
      figures,
    };
  });
}

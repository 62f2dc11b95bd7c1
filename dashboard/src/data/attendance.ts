import { type CountRange, isKnown, type MaybeRange } from './ranges';
import { strongestReason, type Withholding, type WithWithheld, withheldReason } from './withholding';

export interface AttendanceFigures extends WithWithheld {
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

/** `withheld`: the total was withheld from this viewer (the bar says why), which is not the same as unknown. */
export type AttendanceStatus = 'known' | 'range' | 'unknown' | 'none' | 'withheld';

export const ATTENDANCE_MODES = ['online', 'onsite', 'unknownMode'] as const;
export type AttendanceCount = (typeof ATTENDANCE_MODES)[number] | 'total';

/** One stacked bar: the known minimum of each mode, then the uncertain part of a range. */
export interface AttendanceBar {
  key: string;
  label: string;
  online: number;
  onsite: number;
  unknownMode: number;
  /** The known minimum of the total as one segment, when its split by mode was withheld. */
  undividedTotal: number;
  range: number;
  status: AttendanceStatus;
  /** Why the total was withheld, when status is `withheld`. */
  totalWithheld?: Withholding;
  /** Why the split by mode was withheld from this viewer, when the total is known but the split is not shown. */
  splitWithheld?: Withholding;
  figures: AttendanceFigures;
}

export function attendanceStatus(figures: AttendanceFigures): AttendanceStatus {
  if (figures.roundtables === 0) return 'none';
  if (withheldReason(figures, 'total')) return 'withheld';
  if (!isKnown(figures.total)) return 'unknown';
  return figures.total.min === figures.total.max ? 'known' : 'range';
}

/**
 * Bars for the attendance chart. The modes stack their minimums (which add up to the
 * minimum total) and the range segment adds what a range leaves uncertain. Unknown and
 * withheld totals get no length at all: the chart marks them instead of drawing a 0.
 * When only the split is withheld, the total is drawn whole as one segment of its own,
 * since drawing the modes still shown would read as if the others were 0.
 */
export function attendanceBars(rows: readonly AttendanceFigures[]): AttendanceBar[] {
  return rows.map((figures) => {
    const status = attendanceStatus(figures);
    const total = status === 'known' || status === 'range' ? (figures.total as CountRange) : undefined;
    const splitWithheld = total ? strongestReason(ATTENDANCE_MODES.map((mode) => withheldReason(figures, mode))) : undefined;
    const mode = (name: (typeof ATTENDANCE_MODES)[number]) => (splitWithheld ? 0 : (figures[name]?.min ?? 0));
    return {
      key: figures.key,
      label: figures.label,
      online: mode('online'),
      onsite: mode('onsite'),
      unknownMode: mode('unknownMode'),
      undividedTotal: splitWithheld && total ? total.min : 0,
      range: total ? total.max - total.min : 0,
      status,
      ...(status === 'withheld' ? { totalWithheld: withheldReason(figures, 'total') } : {}),
      ...(splitWithheld ? { splitWithheld } : {}),
      figures,
    };
  });
}

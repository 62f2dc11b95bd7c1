import { type CountRange, formatRange, isKnown, type MaybeRange } from './ranges';
import { type CountWords, strongestReason, type Withholding, type WithWithheld, withheldReason } from './withholding';

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

/** The counts of one roundtable or of a scope's roundtables; `roundtables` is absent for one roundtable. */
export type AttendanceCounts = WithWithheld & Pick<AttendanceFigures, AttendanceCount> & { roundtables?: number };

export const PEOPLE_MODES = ['online', 'onsite'] as const;
export type PeopleMode = (typeof PEOPLE_MODES)[number];

/**
 * The API gives a mode 0 where nobody is known to have come that way: for a hybrid
 * roundtable, or one whose format was not published, with a total but no split, its people
 * are all of unknown mode. Such a 0 says nothing of how many came that way: true when a
 * mode's count is 0 while some people's mode was not published.
 */
export function modeNotPublished(figures: AttendanceCounts, mode: PeopleMode): boolean {
  const count = figures[mode];
  return !withheldReason(figures, mode) && isKnown(count) && count.max === 0 && (figures.unknownMode?.max ?? 0) > 0;
}

/** Words for counts of people: unknown, withheld and why, a scope without roundtables, a mode not published. */
export interface AttendanceWords extends CountWords {
  noRecords: string;
  modeNotPublished: string;
}

/**
 * A count of people in words: "26", "9–16", or why there is no number: no roundtable in the
 * scope, the mode not published, withheld (and why), or unknown. Never 0 for any of these.
 */
export function attendanceText(
  figures: AttendanceCounts,
  field: AttendanceCount,
  formatNumber: (n: number) => string,
  words: AttendanceWords,
) {
  if (figures.roundtables === 0) return words.noRecords;
  const reason = withheldReason(figures, field);
  if (reason) return words.withheld[reason];
  if (field !== 'total' && field !== 'unknownMode' && modeNotPublished(figures, field)) return words.modeNotPublished;
  return formatRange(figures[field], formatNumber, words.unknown);
}

/** A count as a download holds it: empty (null) where the text says why there is no number, never 0. */
export function attendanceValue(figures: AttendanceCounts, field: AttendanceCount): MaybeRange {
  if (figures.roundtables === 0) return null;
  if (field !== 'total' && field !== 'unknownMode' && modeNotPublished(figures, field)) return null;
  return figures[field];
}

/**
 * What a download's empty cells of a row mean, where it is not that the count is unknown or
 * withheld (said elsewhere): "No records", or e.g. "online: mode not published; onsite: mode
 * not published", each count named as its CSV columns are.
 */
export function attendanceNote(figures: AttendanceCounts, words: Pick<AttendanceWords, 'noRecords' | 'modeNotPublished'>) {
  if (figures.roundtables === 0) return words.noRecords;
  const modes = PEOPLE_MODES.filter((mode) => modeNotPublished(figures, mode));
  return modes.length > 0 ? modes.map((mode) => `${mode}: ${words.modeNotPublished}`).join('; ') : undefined;
}

import type { CountRange } from '../count-range';

/** One count of people in an additive group, named so the caller can hide it. */
export interface Cell<Name extends string = string> {
  name: Name;
  /** null when unknown: an unknown count reveals nothing, so it never takes part. */
  value: CountRange | null;
}

/** What a row says about the counts withheld from its viewer. */
export interface Suppressed {
  suppressed: string[];
}

/**
 * Small enough to point at a person: known, not certainly zero, and possibly below k.
 * A range counts by its min, since the true figure may be that small; a range from 0
 * counts too, since it may be 1. A certain 0 is a structural zero and is left visible.
 */
export function isSmallCount(value: CountRange | null | undefined, k: number): value is CountRange {
  return value !== null && value !== undefined && value.max > 0 && value.min < k;
}

type KnownCell<Name extends string> = Cell<Name> & { value: CountRange };

const bySize = <Name extends string>(a: KnownCell<Name>, b: KnownCell<Name>) => a.value.min - b.value.min || a.value.max - b.value.max;

/**
 * The members of an additive group to hide, in the order they were chosen. Small cells
 * are hidden first; then, smallest first, enough other members that at least two are
 * hidden and the hidden ones add up to at least k, so subtracting the visible members from
 * the total gives a sum that cannot be split back into one small count. A small total
 * hides every known member. `total` is null or undefined where the group's total is not
 * shown next to it.
 */
export function suppressGroup<Name extends string>(
  cells: readonly Cell<Name>[],
  total: CountRange | null | undefined,
  k: number,
): Set<Name> {
  const known = cells.filter((cell): cell is KnownCell<Name> => cell.value !== null);
  if (isSmallCount(total, k)) return new Set(known.map((cell) => cell.name));
  const hidden = new Set(known.filter((cell) => isSmallCount(cell.value, k)).map((cell) => cell.name));
  if (hidden.size === 0) return hidden;
  let hiddenSum = known.filter((cell) => hidden.has(cell.name)).reduce((sum, cell) => sum + cell.value.min, 0);
  for (const complement of known.filter((cell) => !hidden.has(cell.name)).sort(bySize)) {
    if (hidden.size >= 2 && hiddenSum >= k) break;
    hidden.add(complement.name);
    hiddenSum += complement.value.min;
  }
  return hidden;
}

/** The row with the named counts set to null and listed in `suppressed`, never shown as 0. */
export function withhold<Row extends object, Name extends keyof Row & string>(row: Row, names: Iterable<Name>): Row & Suppressed {
  const withheld: Row & Suppressed = { ...row, suppressed: [...names] };
  for (const name of withheld.suppressed) (withheld as Record<string, unknown>)[name] = null;
  return withheld;
}

/** Attendance split by mode: online + onsite + unknownMode = total; newcomers is a subset of total. */
export interface AttendanceCounts {
  total: CountRange | null;
  online: CountRange | null;
  onsite: CountRange | null;
  unknownMode: CountRange | null;
  newcomers?: CountRange | null;
}

const MODES = ['online', 'onsite', 'unknownMode'] as const;

/**
 * Suppresses an attendance row as one additive group. Newcomers are a subset of the total,
 * not a term of it, so a small newcomer count is hidden alone: nothing shown adds up to it.
 */
export function suppressAttendance<Row extends AttendanceCounts>(row: Row, k: number): Row & Suppressed {
  const hidden: (keyof AttendanceCounts)[] = isSmallCount(row.total, k) ? ['total'] : [];
  hidden.push(
    ...suppressGroup(
      MODES.map((name) => ({ name, value: row[name] })),
      row.total,
      k,
    ),
  );
  if (isSmallCount(row.newcomers, k)) hidden.push('newcomers');
  return withhold(row, hidden);
}

/**
 * Suppresses the participant counts of rows that add up within a group (the categories of
 * one region, or of one roundtable), whose sum may be shown elsewhere in the same response.
 */
export function suppressParticipantsByGroup<Row extends { participants: CountRange | null }>(
  rows: readonly Row[],
  groupOf: (row: Row) => string,
  k: number,
): (Row & Suppressed)[] {
  const groups = new Map<string, Cell[]>();
  rows.forEach((row, index) => {
    const group = groups.get(groupOf(row)) ?? [];
    group.push({ name: String(index), value: row.participants });
    groups.set(groupOf(row), group);
  });
  const hidden = new Set<string>();
  for (const cells of groups.values()) for (const name of suppressGroup(cells, undefined, k)) hidden.add(name);
  return rows.map((row, index) => withhold(row, hidden.has(String(index)) ? ['participants'] : []));
}

/** The row as recorded, saying that nothing was withheld. */
export const withNothingSuppressed = <Row extends object>(row: Row): Row & Suppressed => ({ ...row, suppressed: [] });

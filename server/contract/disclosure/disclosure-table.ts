import type { CountRange } from '../count-range';

/**
 * One count of people in a published table. A count is a (min, max) pair: exact when they are
 * equal. Every cell is a sum of the same finest counts (a region's roundtables of one year, one
 * part of one split), so the relations between cells hold exactly in both the min and the max.
 */
export interface TableCell {
  /** Stable and readable, e.g. "recorded|soria|2021|ONSITE": ties are broken by it. */
  key: string;
  /** Null when no roundtable in the cell has a figure: unknown, never 0, and never withheld. */
  value: CountRange | null;
  /**
   * What the records shown beside the table already prove the count to be at least (e.g. three
   * roundtables held in person, each with someone there), in the min and in the max.
   */
  atLeast?: CountRange;
  /** The price of withholding it to protect another: complements are chosen cheapest first. */
  cost: number;
}

/**
 * The sum of parts = total, in the min and in the max (indexes into the cells); or, with
 * `partsAtLeast`, the sum of parts ≥ total, where the parts may count more than the total does
 * (published counts of categories, which need not add up to the people counted).
 */
export interface TableRelation {
  total: number;
  parts: readonly number[];
  partsAtLeast?: boolean;
}

/** value(smaller) ≤ value(larger), in the min and in the max (e.g. people of unknown mode ≤ people counted from publications). */
export interface TableOrder {
  smaller: number;
  larger: number;
}

/** Every cell a viewer can be shown, and everything they could know of how the cells relate. */
export interface DisclosureTable {
  cells: readonly TableCell[];
  relations: readonly TableRelation[];
  orders: readonly TableOrder[];
}

/**
 * The disclosure rules: counts of people below k are withheld, and what an attacker can narrow
 * a withheld small count to must still span more than `protection` whole numbers (with k = 5
 * and protection = 2: at least three values among 1 to 4).
 */
export interface DisclosureRules {
  k: number;
  protection: number;
}

/**
 * Why a cell is withheld, as the protection decided it (the label shown follows from it):
 * - SMALL: a count that is, or may be, below k; labelled "fewer than k".
 * - COMPLEMENT: not small, withheld so that no small count can be worked out from the cells
 *   shown; labelled "withheld to protect a small count".
 * - SMALL_UNLABELLED: small, but labelled as protecting, which is also true of it: its label
 *   "fewer than k" would narrow it, or the small counts inside it, too far.
 */
export type Withheld = 'SMALL' | 'COMPLEMENT' | 'SMALL_UNLABELLED';

export const isExact = (value: CountRange): boolean => value.min === value.max;

/**
 * Small enough to point at a person: known, not certainly zero, and possibly below k. A range
 * counts by its min, since the true figure may be that small; a range from 0 counts too, since
 * it may be 1. A certain 0 is a structural zero and is left visible.
 */
export function isSmallCount(value: CountRange | null | undefined, k: number): value is CountRange {
  return value !== null && value !== undefined && value.max > 0 && value.min < k;
}

/** A cell that can be withheld: known and not certainly zero. */
export const canWithhold = (cell: TableCell): boolean => cell.value !== null && cell.value.max > 0;

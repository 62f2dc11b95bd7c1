import type { Withholding } from '../../data/withholding';
import type { FigureWords } from './indicator-format';

/** The splits asked for in the drill-down, named as its query's switches; region and period are the table itself. */
export const BREAKDOWNS = {
  STAKEHOLDER_CATEGORY: 'byCategory',
  NEWCOMER_STATUS: 'byNewcomerStatus',
  GENDER: 'byGender',
  AGE_BAND: 'byAgeBand',
  MODE: 'byMode',
} as const;

export type BreakdownDimension = keyof typeof BREAKDOWNS;

export const isBreakdown = (dimension: string): dimension is BreakdownDimension => Object.hasOwn(BREAKDOWNS, dimension);

/** The splits an indicator supports, in its own order, and the query switches that ask for exactly those. */
export function breakdownsOf(disaggregations: readonly string[]): {
  dimensions: BreakdownDimension[];
  switches: Record<(typeof BREAKDOWNS)[BreakdownDimension], boolean>;
} {
  const dimensions = disaggregations.filter(isBreakdown);
  const switches = Object.fromEntries(
    Object.entries(BREAKDOWNS).map(([dimension, name]) => [name, dimensions.includes(dimension as BreakdownDimension)]),
  ) as Record<(typeof BREAKDOWNS)[BreakdownDimension], boolean>;
  return { dimensions, switches };
}

/** Parts named by the page's own words; stakeholder categories are named by the API. */
export const NAMED_PARTS = [
  'NEWCOMER',
  'OTHER',
  'FEMALE',
  'MALE',
  'NON_BINARY',
  'UNDISCLOSED',
  'UNDER_18',
  'AGE_18_24',
  'AGE_25_34',
  'AGE_35_49',
  'AGE_50_64',
  'AGE_65_PLUS',
  'ONLINE',
  'ONSITE',
  'HYBRID',
  'UNKNOWN',
  'NOT_RECORDED',
  'FROM_PUBLICATIONS',
] as const;
export type NamedPart = (typeof NAMED_PARTS)[number];
export const isNamedPart = (key: string): key is NamedPart => (NAMED_PARTS as readonly string[]).includes(key);

export interface BreakdownPart {
  key: string;
  value?: { min: number; max: number } | null;
  /** Null when the split is not published for this viewer. */
  recordCount?: number | null;
  withheld?: Withholding | null;
}

/**
 * Why a part is withheld: its own reason, else, where the figure it splits is withheld, that
 * figure's, since a part of it shown would say something of it.
 */
export const partWithheld = (part: BreakdownPart, figureWithheld: Withholding | null | undefined): Withholding | undefined =>
  part.withheld ?? figureWithheld ?? undefined;

/** The split as a whole is not published for this viewer (e.g. newcomers by gender for a funder): every part says so. */
export const splitNotPublished = (parts: readonly BreakdownPart[]): boolean =>
  parts.length > 0 && parts.every((part) => part.withheld === 'NOT_PUBLISHED');

/**
 * A part's value in words. A part is always a count (of a share, its numerator). A withheld
 * part says why; a category present but not counted says so rather than "unknown".
 */
export function partText(
  part: BreakdownPart,
  figureWithheld: Withholding | null | undefined,
  presentNotCounted: string | null,
  formatNumber: (n: number) => string,
  words: FigureWords,
): string {
  const withheld = partWithheld(part, figureWithheld);
  if (withheld) return words.withheld[withheld];
  const { value } = part;
  if (!value) return presentNotCounted && (part.recordCount ?? 0) > 0 ? presentNotCounted : words.unknown;
  return value.min === value.max ? formatNumber(value.min) : `${formatNumber(value.min)}–${formatNumber(value.max)}`;
}

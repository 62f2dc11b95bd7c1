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
] as const;
export type NamedPart = (typeof NAMED_PARTS)[number];
export const isNamedPart = (key: string): key is NamedPart => (NAMED_PARTS as readonly string[]).includes(key);

export interface BreakdownPart {
  key: string;
  value?: { min: number; max: number } | null;
  recordCount: number;
  suppressed: boolean;
}

/**
 * A part's value in words. A part is always a count (of a share, its numerator). Where the
 * figure it splits is withheld, every part is too, whatever the part says; a category
 * present but not counted says so rather than "unknown".
 */
export function partText(
  part: BreakdownPart,
  figureWithheld: boolean,
  presentNotCounted: string | null,
  formatNumber: (n: number) => string,
  words: FigureWords,
): string {
  if (figureWithheld || part.suppressed) return words.suppressed;
  const { value } = part;
  if (!value) return presentNotCounted && part.recordCount > 0 ? presentNotCounted : words.unknown;
  return value.min === value.max ? formatNumber(value.min) : `${formatNumber(value.min)}–${formatNumber(value.max)}`;
}

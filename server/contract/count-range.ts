import { Directive, Field, Float, ObjectType } from 'type-graphql';

/**
 * A count as published: exact when min equals max, a range otherwise. An unknown count is
 * not a CountRange at all but null, so unknown is never confused with zero.
 *
 * Float, not Int: a sum of people over many roundtables may pass GraphQL's 32-bit Int (21,475
 * roundtables at the 100,000 people one may record), and would then fail the whole answer.
 * Its values are still whole numbers, exact up to 2^53 (contract/recording-limits.ts).
 */
@Directive('@shareable')
@ObjectType({ description: 'A count that may be exact (min = max) or a range. Always a whole number; Float because a sum may pass 2^31.' })
export class CountRange {
  @Field(() => Float)
  min: number;

  @Field(() => Float)
  max: number;
}

/**
 * A count from SQL as a JavaScript number. PostgreSQL gives bigint and numeric (what sums
 * return) as text; one past 2^53 would silently lose its last digits, so it is refused instead.
 */
export function sqlCount(value: number | string | bigint): number {
  const count = Number(value);
  if (!Number.isSafeInteger(count)) throw new Error(`A count of ${String(value)} is past what is exact in JavaScript (2^53)`);
  return count;
}

/** A nullable count from SQL: null stays null (unknown), never 0. */
export const sqlCountOrNull = (value: number | string | bigint | null | undefined): number | null =>
  value === null || value === undefined ? null : sqlCount(value);

/** A range from two nullable SQL columns: null when the count is unknown. */
export function countRange(min: number | string | null | undefined, max: number | string | null | undefined): CountRange | null {
  if (min === null || min === undefined || max === null || max === undefined) return null;
  return { min: sqlCount(min), max: sqlCount(max) };
}

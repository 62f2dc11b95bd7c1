import { Directive, Field, Int, ObjectType } from 'type-graphql';

/**
 * A count as published: exact when min equals max, a range otherwise. An unknown count is
 * not a CountRange at all but null, so unknown is never confused with zero.
 */
@Directive('@shareable')
@ObjectType({ description: 'A count that may be exact (min = max) or a range.' })
export class CountRange {
  @Field(() => Int)
  min: number;

  @Field(() => Int)
  max: number;
}

/** A range from two nullable SQL columns: null when the count is unknown. */
export function countRange(min: number | string | null | undefined, max: number | string | null | undefined): CountRange | null {
  if (min === null || min === undefined || max === null || max === undefined) return null;
  return { min: Number(min), max: Number(max) };
}

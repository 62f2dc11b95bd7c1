import { Max, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { graphqlEnum } from './enum-values';
import { ruleMessage } from './validate-input';

/** The most rows one page of a long list holds: an export asks page after page. */
export const PAGE_LIMIT_MAX = 500;

export const SortDirection = graphqlEnum('SortDirection', { ASC: 'Smallest, earliest or A first.', DESC: 'Largest, latest or Z first.' });
export type SortDirection = (typeof SortDirection)[keyof typeof SortDirection];

@InputType({
  description: `A page of a long list: its rows from \`offset\` (0 for the first), at most \`limit\` of them (${PAGE_LIMIT_MAX} at most).`,
})
export class PageInput {
  @Field(() => Int, { defaultValue: 0 })
  @Min(0, ruleMessage('notNegative'))
  @Max(10_000_000, ruleMessage('atMostPlain', { max: 10_000_000 }))
  offset = 0;

  @Field(() => Int, { defaultValue: 50 })
  @Min(1, ruleMessage('atLeast', { min: 1 }))
  @Max(PAGE_LIMIT_MAX, ruleMessage('atMostPlain', { max: PAGE_LIMIT_MAX }))
  limit = 50;
}

/**
 * The LIMIT and OFFSET of a page as SQL parameters `$n` and `$n+1`; a list's SELECT adds
 * `count(*) OVER ()` so its total comes with the page in one statement.
 */
export function pageClause(page: PageInput | undefined, params: unknown[]): string {
  params.push(page?.limit ?? 50, page?.offset ?? 0);
  return `LIMIT $${params.length - 1} OFFSET $${params.length}`;
}

/** ORDER BY for a sort key chosen from a closed list, so no client text reaches the SQL. */
export function orderClause<Key extends string>(
  columns: Readonly<Record<Key, string>>,
  key: Key,
  direction: SortDirection,
  tieBreak: string,
): string {
  const dir = direction === SortDirection.DESC ? 'DESC' : 'ASC';
  return `ORDER BY ${columns[key]} ${dir} NULLS LAST, ${tieBreak}`;
}

import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { graphqlEnum } from '../../../core/enum-values';
import { SortDirection } from '../../../core/paging';
import { Roundtable } from './roundtable.entity';

export const RoundtableSortField = graphqlEnum('RoundtableSortField', {
  DATE: 'The day it was held.',
  REGION: 'Its region, then its number.',
  NUMBER: 'Its number within its platform.',
  SUBMITTED_AT: 'When it was last submitted; never-submitted ones last.',
  REVIEW_STATE: 'Its review state, in the order DRAFT, SUBMITTED, RETURNED, APPROVED.',
});
export type RoundtableSortField = (typeof RoundtableSortField)[keyof typeof RoundtableSortField];

@InputType({ description: 'The order of a page of roundtables.' })
export class RoundtableOrder {
  @Field(() => RoundtableSortField, { defaultValue: RoundtableSortField.DATE })
  field: RoundtableSortField = RoundtableSortField.DATE;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction: SortDirection = SortDirection.ASC;
}

@ObjectType({ description: 'One page of the roundtables in scope, and how many there are in all.' })
export class RoundtablePage {
  @Field(() => Int, { description: 'Every roundtable that matches, on this page or another.' })
  totalCount: number;

  @Field(() => [Roundtable])
  rows: Roundtable[];
}

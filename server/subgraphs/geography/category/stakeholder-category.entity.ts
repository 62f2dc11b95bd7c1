import { Arg, Directive, Field, Int, ObjectType } from 'type-graphql';
import { Locale, labelIn } from '../../../core/locale';

/**
 * A kind of stakeholder taking part in a platform. The taxonomy grows by migration only; its
 * columns are read with STAKEHOLDER_CATEGORY_COLUMNS (category-taxonomy.ts).
 */
@Directive('@key(fields: "code")')
@ObjectType({ description: 'A kind of stakeholder, e.g. LOCAL_AUTHORITY or NEWCOMER.' })
export class StakeholderCategory {
  @Field({ description: 'Stable code used in the API and in CSV files.' })
  code: string;

  labelEn: string;

  labelEs: string;

  @Field({ description: 'What the category covers.' })
  description: string;

  @Field(() => Int, { description: 'Display order.' })
  position: number;

  @Field(() => String, { description: 'The name shown to people, in the language asked for.' })
  label(@Arg('locale', () => Locale, { defaultValue: Locale.en }) locale: Locale): string {
    return labelIn(this, locale);
  }
}

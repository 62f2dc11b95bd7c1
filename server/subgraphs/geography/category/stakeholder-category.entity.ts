import { Arg, Directive, Field, Int, ObjectType } from 'type-graphql';
import { type Labels, labelsInOrder } from '../../../contract/languages';
import { Locale, LocalizedText, labelIn } from '../../../core/locale';

/**
 * A kind of stakeholder taking part in a platform. Codes come by migration; an ADMIN edits the
 * labels (setCategoryLabels). Its columns are read with STAKEHOLDER_CATEGORY_COLUMNS (category-taxonomy.ts).
 */
@Directive('@key(fields: "code")')
@ObjectType({ description: 'A kind of stakeholder, e.g. LOCAL_AUTHORITY or NEWCOMER.' })
export class StakeholderCategory {
  @Field({ description: 'Stable code used in the API and in CSV files.' })
  code: string;

  /** Its id in audit entries. */
  id: string;

  labelTexts: Labels;

  @Field({ description: 'What the category covers, in English.' })
  description: string;

  @Field(() => Int, { description: 'Display order.' })
  position: number;

  @Field(() => Int, { description: 'Quote it to change the labels (setCategoryLabels).' })
  version: number;

  @Field(() => String, { description: 'The name shown to people, in the language asked for; in English where it has none.' })
  label(@Arg('locale', () => Locale, { defaultValue: Locale.en }) locale: Locale): string {
    return labelIn(this.labelTexts, locale);
  }

  @Field(() => [LocalizedText], {
    description: 'The name in each language it is written in, English first; the others fall back to English.',
  })
  labels(): LocalizedText[] {
    return labelsInOrder(this.labelTexts);
  }
}

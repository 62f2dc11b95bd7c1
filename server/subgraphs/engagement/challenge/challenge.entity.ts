import { Arg, Directive, Field, Int, ObjectType } from 'type-graphql';
import { type Labels, labelsInOrder } from '../../../contract/languages';
import { Locale, LocalizedText, labelIn } from '../../../core/locale';

/**
 * A participation barrier. Codes come by migration; an ADMIN edits the labels
 * (setChallengeLabels). Its columns are read with CHALLENGE_COLUMNS (challenge-taxonomy.ts).
 */
@Directive('@key(fields: "code")')
@ObjectType({ description: 'A participation barrier, e.g. TRANSPORT or DIGITAL_GAP.' })
export class Challenge {
  @Field()
  code: string;

  /** Its id in audit entries. */
  id: string;

  labelTexts: Labels;

  @Field({ description: 'What the challenge covers, in English.' })
  description: string;

  @Field(() => Int)
  position: number;

  @Field(() => Int, { description: 'Quote it to change the labels (setChallengeLabels).' })
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

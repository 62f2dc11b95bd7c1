import { Arg, Directive, Field, Int, ObjectType } from 'type-graphql';
import { Locale, labelIn } from '../../../core/locale';

/**
 * A participation barrier. The taxonomy grows by migration only; its columns are read with
 * CHALLENGE_COLUMNS (challenge-taxonomy.ts).
 */
@Directive('@key(fields: "code")')
@ObjectType({ description: 'A participation barrier, e.g. TRANSPORT or DIGITAL_GAP.' })
export class Challenge {
  @Field()
  code: string;

  labelEn: string;

  labelEs: string;

  @Field()
  description: string;

  @Field(() => Int)
  position: number;

  @Field(() => String)
  label(@Arg('locale', () => Locale, { defaultValue: Locale.en }) locale: Locale): string {
    return labelIn(this, locale);
  }
}

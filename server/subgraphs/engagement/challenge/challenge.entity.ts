import { Arg, Directive, Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Locale, labelIn } from '../../../core/locale';

/** A participation barrier. The taxonomy grows by migration only. */
@Directive('@key(fields: "code")')
@ObjectType({ description: 'A participation barrier, e.g. TRANSPORT or DIGITAL_GAP.' })
@Entity({ name: 'challenge' })
export class Challenge {
  @Field()
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Column({ name: 'label_en', type: 'text' })
  labelEn: string;

  @Column({ name: 'label_es', type: 'text' })
  labelEs: string;

  @Field()
  @Column({ type: 'text' })
  description: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  position: number;

  @Field(() => String)
  label(@Arg('locale', () => Locale, { defaultValue: Locale.en }) locale: Locale): string {
    return labelIn(this, locale);
  }
}

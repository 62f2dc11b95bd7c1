import { Arg, Directive, Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Locale, labelIn } from '../../../core/locale';

/** A kind of stakeholder taking part in a platform. The taxonomy grows by migration only. */
@Directive('@key(fields: "code")')
@ObjectType({ description: 'A kind of stakeholder, e.g. LOCAL_AUTHORITY or NEWCOMER.' })
@Entity({ name: 'stakeholder_category' })
export class StakeholderCategory {
  @Field({ description: 'Stable code used in the API and in CSV files.' })
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Column({ name: 'label_en', type: 'text' })
  labelEn: string;

  @Column({ name: 'label_es', type: 'text' })
  labelEs: string;

  @Field({ description: 'What the category covers.' })
  @Column({ type: 'text' })
  description: string;

  @Field(() => Int, { description: 'Display order.' })
  @Column({ type: 'int' })
  position: number;

  @Field(() => String, { description: 'The name shown to people, in the language asked for.' })
  label(@Arg('locale', () => Locale, { defaultValue: Locale.en }) locale: Locale): string {
    return labelIn(this, locale);
  }
}

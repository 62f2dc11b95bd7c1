import { Directive, Field, InputType, ObjectType } from 'type-graphql';
import { LANGUAGES, type Language } from '../contract/languages';
import { graphqlEnum } from './enum-values';

export { labelIn } from '../contract/languages';

const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  en: 'English, what every other language falls back to.',
  es: 'Spanish (español).',
  fr: 'French (français).',
  pl: 'Polish (polski).',
  el: 'Greek (ελληνικά).',
};

/** The languages labels are kept in (contract/languages.ts); a label missing in one is given in English. */
export const Locale = graphqlEnum(
  'Locale',
  Object.fromEntries(LANGUAGES.map((language) => [language, LANGUAGE_NAMES[language]])) as Record<Language, string>,
  'A language that labels are available in; a label not written in it is given in English.',
);
export type Locale = Language;

/** One language's text of a label; every subgraph that keeps labels answers with it. */
@Directive('@shareable')
@ObjectType({ description: "A label's text in one language." })
export class LocalizedText {
  @Field(() => Locale)
  locale: Locale;

  @Field()
  text: string;
}

/** One language's text of a label, as an ADMIN writes it; checked by labelsFromInput (taxonomy/labels-input.ts). */
@InputType({ description: "A label's text in one language." })
export class LocalizedTextInput {
  @Field(() => Locale)
  locale: Locale;

  @Field({ description: 'The text; surrounding spaces are dropped.' })
  text: string;
}

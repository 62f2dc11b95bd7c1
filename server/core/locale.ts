import { type EnumValue, graphqlEnum } from './enum-values';

/** Languages that taxonomy labels are kept in. Adding one is a migration plus an entry here. */
export const Locale = graphqlEnum('Locale', ['en', 'es'], 'A language that labels are available in.');
export type Locale = EnumValue<typeof Locale>;

export interface Labelled {
  labelEn: string;
  labelEs: string;
}

export function labelIn(item: Labelled, locale: Locale): string {
  return locale === Locale.es ? item.labelEs : item.labelEn;
}

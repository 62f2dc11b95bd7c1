import { registerEnumType } from 'type-graphql';

/** Languages that taxonomy labels are kept in. Adding one is a migration plus an entry here. */
export enum Locale {
  en = 'en',
  es = 'es',
}
registerEnumType(Locale, { name: 'Locale', description: 'A language that labels are available in.' });

export interface Labelled {
  labelEn: string;
  labelEs: string;
}

export function labelIn(item: Labelled, locale: Locale): string {
  return locale === Locale.es ? item.labelEs : item.labelEn;
}

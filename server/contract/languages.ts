/**
 * The languages the API answers in: the taxonomy's labels, the validation rules' words. Every
 * other language falls back to English, which every label must have. Adding one is an entry
 * here (the API's Locale enum and the rules' type follow) and a migration adding its labels.
 */
export const LANGUAGES = ['en', 'es', 'fr', 'pl', 'el'] as const;
export type Language = (typeof LANGUAGES)[number];

/** What every label falls back to, and the one language a label must always have. */
export const FALLBACK_LANGUAGE = 'en' satisfies Language;

/** A text per language, as the database keeps a label: English always there, any other language may be missing. */
export type Labels = Readonly<Partial<Record<Language, string>>> & { readonly en: string };

/** Whether a text is there to show: a missing or blank one is not. */
const present = (text: string | undefined): text is string => typeof text === 'string' && text.trim().length > 0;

/** A label in the language asked for, else in English: never an empty string. */
export function labelIn(labels: Labels, locale: Language): string {
  const asked = labels[locale];
  return present(asked) ? asked : labels.en;
}

/** The languages a label is written in, in LANGUAGES' order, with their text. */
export const labelsInOrder = (labels: Labels): { locale: Language; text: string }[] =>
  LANGUAGES.flatMap((locale) => {
    const text = labels[locale];
    return present(text) ? [{ locale, text }] : [];
  });

export const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);

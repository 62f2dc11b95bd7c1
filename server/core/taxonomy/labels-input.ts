import { FALLBACK_LANGUAGE, LANGUAGES, type Labels, type Language } from '../../contract/languages';
import { errorText } from '../errors';
import type { LocalizedTextInput } from '../locale';
import { type FieldProblem, fieldProblem } from '../validate-input';

/**
 * The texts per language an ADMIN sends for a label, checked: every language at most once,
 * English there and not blank, each text trimmed, not blank and within `max` characters. The
 * list is the whole label: a language left out is given in English from then on. Problems are
 * named `<field>.<language>`, e.g. labels.fr.
 */
export function labelsFromInput(
  field: string,
  inputs: readonly LocalizedTextInput[],
  max: number,
): { labels: Labels | null; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const texts: Partial<Record<Language, string>> = {};
  for (const { locale, text } of inputs) {
    const named = `${field}.${locale}`;
    if (locale in texts) {
      problems.push(fieldProblem(named, errorText('languageTwice')));
      continue;
    }
    const trimmed = text.trim();
    texts[locale] = trimmed;
    if (trimmed.length === 0) {
      problems.push(
        fieldProblem(named, locale === FALLBACK_LANGUAGE ? errorText('notBlank') : errorText('notBlankOrLeaveOut', { locale })),
      );
    } else if (trimmed.length > max) {
      problems.push(fieldProblem(named, errorText('charactersAtMost', { max })));
    }
  }
  if (!(FALLBACK_LANGUAGE in texts)) {
    problems.push(fieldProblem(`${field}.${FALLBACK_LANGUAGE}`, errorText('englishRequired')));
  }
  if (problems.length > 0) return { labels: null, problems };
  // In LANGUAGES' order, so the stored object, and its audit entry, read the same whatever order was sent.
  const ordered = Object.fromEntries(LANGUAGES.flatMap((language) => (texts[language] ? [[language, texts[language]]] : [])));
  return { labels: ordered as Labels, problems };
}

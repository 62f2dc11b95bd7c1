import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import {
  isLiteralElement,
  isPluralElement,
  isPoundElement,
  isSelectElement,
  type MessageFormatElement,
  parse,
} from '@formatjs/icu-messageformat-parser';
import { ERROR_MESSAGES, type ErrorMessageKey, errorMessageIn, errorText } from '../error-messages';
import { en } from '../error-messages/en';
import { LANGUAGES, type Language } from '../languages';

// The API's refusals in every language it speaks: the same keys, the same arguments in each
// translation, each translated, every plural form the language has, and no key the code never uses.
const KEYS = Object.keys(en) as ErrorMessageKey[];
const OTHER_LANGUAGES = LANGUAGES.filter((language) => language !== 'en');

/** Every element of a text's syntax tree, those inside plural and select forms included. */
const elementsOf = (elements: MessageFormatElement[]): MessageFormatElement[] =>
  elements.flatMap((element) =>
    isPluralElement(element) || isSelectElement(element)
      ? [element, ...Object.values(element.options).flatMap((option) => elementsOf(option.value))]
      : [element],
  );
const parsed = (text: string) => parse(text, { ignoreTag: true });
/** The names of the arguments a text takes; parsing fails on a text that is not ICU. */
const argumentsOf = (text: string) =>
  [
    ...new Set(
      elementsOf(parsed(text))
        .filter((element) => !isLiteralElement(element) && !isPoundElement(element) && 'value' in element)
        .map((element) => (element as { value: string }).value),
    ),
  ].sort();
/** The plural forms a language's texts must give; Spanish and French "many" is only for millions. */
const pluralFormsOf = (language: Language) =>
  new Intl.PluralRules(language).resolvedOptions().pluralCategories.filter((form) => !(form === 'many' && ['es', 'fr'].includes(language)));
/** Texts that are arguments and punctuation only read the same in every language. */
const ARGUMENTS_ONLY = /^[\s\p{P}\p{S}]*(\{\w+\}[\s\p{P}\p{S}]*)*$/u;

describe('the error messages', () => {
  it.each(OTHER_LANGUAGES)('has every key in %s, each translated, with the same arguments', (language) => {
    const texts = ERROR_MESSAGES[language];
    expect(Object.keys(texts).sort()).toEqual([...KEYS].sort());
    expect(KEYS.filter((key) => argumentsOf(en[key]).join() !== argumentsOf(texts[key]).join())).toEqual([]);
    expect(KEYS.filter((key) => texts[key] === en[key] && !ARGUMENTS_ONLY.test(en[key]))).toEqual([]);
  });

  it.each([...LANGUAGES])('gives in %s every plural form the language has', (language) => {
    const missing = KEYS.flatMap((key) =>
      elementsOf(parsed(ERROR_MESSAGES[language][key]))
        .filter(isPluralElement)
        .flatMap((plural) => pluralFormsOf(language).filter((form) => !(form in plural.options)))
        .map((form) => `${key}: ${form}`),
    );
    expect(missing).toEqual([]);
  });

  it.each([...LANGUAGES])('formats every text in %s with its arguments given', (language) => {
    const sample = (name: string) => (['count', 'value', 'max', 'number', 'currentVersion', 'version'].includes(name) ? 2 : name);
    for (const key of KEYS) {
      const args = Object.fromEntries(argumentsOf(en[key]).map((name) => [name, sample(name)]));
      expect(errorMessageIn(errorText(key, args), language)).not.toMatch(/\{\w+[},]|^\s*$/);
    }
  });

  it('says a message in the language asked, its arguments included, and a list as the language joins one', () => {
    const stale = errorText('staleVersion', { kind: 'roundtable', name: '', currentVersion: 4 });
    expect(errorMessageIn(stale, 'el')).toBe(
      'Κάποιος άλλος άλλαξε αυτή τη στρογγυλή τράπεζα αφότου την ανοίξατε (τώρα είναι στην έκδοση 4). Φορτώστε την ξανά και κάντε πάλι την αλλαγή σας.',
    );
    expect(errorMessageIn(stale)).toMatch(/^Someone else changed this roundtable since you opened it \(it is now at version 4\)/);
    const hidden = errorText('participantRecordsHidden', { withRecords: ['ADMIN', 'ANALYST'], aggregates: ['FUNDER', 'PUBLIC'] });
    expect(errorMessageIn(hidden, 'es')).toMatch(/^Los registros de participantes solo se muestran a ADMIN y ANALYST; FUNDER y PUBLIC ven/);
    expect(errorMessageIn(errorText('historyOfOwnRegions', { regions: { or: ['soria', 'teruel'] } }), 'pl')).toContain('soria lub teruel');
  });

  it('is asked for, key by key, by the server code', () => {
    const root = path.join(__dirname, '../..');
    const sources = (dir: string): string[] =>
      readdirSync(dir).flatMap((entry) => {
        const full = path.join(dir, entry);
        if (statSync(full).isDirectory())
          return ['node_modules', 'dist', '__tests__', 'error-messages'].includes(entry) ? [] : sources(full);
        return entry.endsWith('.ts') ? [full] : [];
      });
    const code = sources(root)
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    expect(KEYS.filter((key) => !code.includes(`'${key}'`))).toEqual([]);
  });
});

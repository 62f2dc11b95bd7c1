import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import {
  isLiteralElement,
  isPluralElement,
  isPoundElement,
  isSelectElement,
  type MessageFormatElement,
  parse,
  TYPE,
} from '@formatjs/icu-messageformat-parser';
import { LOCALES, type Locale } from '../i18n/locales';

// Every catalogue of texts, in every language the dashboard speaks: the same keys, the same
// arguments in each translation, each translated, and no key the code never asks for.
const MESSAGES_DIR = path.join(__dirname, '../i18n/messages');
const SOURCE_DIR = path.join(__dirname, '../..');

type Catalogue = Record<string, string>;
/** A catalogue file's texts: the one object it exports. */
const read = (file: string): Catalogue => {
  const module = require(path.join(MESSAGES_DIR, file)) as Record<string, unknown>;
  const [texts] = Object.values(module).filter((value) => typeof value === 'object' && value !== null);
  return texts as Catalogue;
};
/** Each catalogue by name ('' for the shared texts), with its file in each language. */
const CATALOGUES = readdirSync(MESSAGES_DIR)
  .filter((file) => /^(?:(.+)-)?en\.ts$/.test(file))
  .map((file) => {
    const name = file === 'en.ts' ? '' : file.slice(0, -'-en.ts'.length);
    const fileIn = (locale: Locale) => (name ? `${name}-${locale}.ts` : `${locale}.ts`);
    return { name: name || 'shared', fileIn };
  });
const OTHER_LOCALES = (Object.keys(LOCALES) as Locale[]).filter((locale) => locale !== 'en');

/** Every element of a text's syntax tree, those inside plural and select forms included. */
const elementsOf = (elements: MessageFormatElement[]): MessageFormatElement[] =>
  elements.flatMap((element) =>
    isPluralElement(element) || isSelectElement(element)
      ? [element, ...Object.values(element.options).flatMap((option) => elementsOf(option.value))]
      : [element],
  );
/** The arguments a text takes, with their kind: `count:plural`, `name:argument`. Parsing fails on a text that is not ICU. */
const argumentsOf = (text: string) =>
  [
    ...new Set(
      elementsOf(parse(text))
        .filter((element) => !isLiteralElement(element) && !isPoundElement(element) && 'value' in element)
        .map((element) => `${element.value}:${TYPE[element.type]}`),
    ),
  ].sort();
/**
 * The plural forms a language's texts must give: all it has, except Spanish and French "many",
 * which only millions take ("1 000 000 de tables rondes") and whose `other` reads right.
 */
const pluralFormsOf = (locale: Locale) =>
  new Intl.PluralRules(locale).resolvedOptions().pluralCategories.filter((form) => !(form === 'many' && ['es', 'fr'].includes(locale)));

/** Texts that read the same in every language: arguments and punctuation only, symbols, codes and proper names. */
const SAME_IN_EVERY_LANGUAGE =
  /^[\s\p{P}\p{S}]*(\{\w+\}[\s\p{P}\p{S}]*)*$|^[\p{Lu}\d\s{}–·:%()+/.,-]*$|^(SIRA|IATI|CSV|XLSX|PDF|AMIF|ESF\+|NUTS)\b/u;
/** Texts a language writes as English does, by key. */
const SAME_AS_ENGLISH: Partial<Record<Locale, readonly string[]>> = {
  // "min" abbreviates minutes in Spanish too, and "Total" and "No" are the Spanish words.
  es: ['region.minutes', 'column.total', 'organisations.no', 'participants.no'],
  // French writes these words as English does: Total, Date(s), Source(s), Code, Actions, Mentions, Participants,
  // Organisation(s) (and the organisations file's name), and "min" for minutes.
  fr: [
    'region.minutes',
    'column.total',
    'column.date',
    'form.date',
    'periods.datesColumn',
    'chart.sources',
    'region.sources',
    'form.sourceN',
    'indicators.targets.source',
    'indicators.mapping.code',
    'participants.column.code',
    'import.action',
    'periods.step',
    'users.col.actions',
    'organisations.column.actions',
    'participants.column.actions',
    'overview.challengesNote',
    'series.mentions',
    'column.mentions',
    'overview.participants',
    'column.participants',
    'nav.organisations',
    'organisations.title',
    'organisations.listCaption',
    'organisations.file',
    'form.organisation',
    'participants.column.organisation',
  ],
  // "Region" is the Polish word too, and Polish abbreviates minutes as "min".
  pl: [
    'region.minutes',
    'column.region',
    'title.region',
    'indicators.targets.region',
    'organisations.field.region',
    'quality.completeness.column.region',
  ],
};

describe.each(CATALOGUES)('the $name texts', ({ fileIn }) => {
  const english = read(fileIn('en'));

  it.each(OTHER_LOCALES)('has every key in %s, each translated, with the same arguments', (locale) => {
    const other = read(fileIn(locale));
    expect(Object.keys(other).sort()).toEqual(Object.keys(english).sort());
    const differentArguments = Object.keys(english).filter(
      (key) => argumentsOf(english[key] as string).join() !== argumentsOf(other[key] ?? '').join(),
    );
    expect(differentArguments).toEqual([]);
    const untranslated = Object.keys(english).filter(
      (key) =>
        other[key] === english[key] && !SAME_IN_EVERY_LANGUAGE.test(english[key] as string) && !SAME_AS_ENGLISH[locale]?.includes(key),
    );
    expect(untranslated).toEqual([]);
  });

  it.each(Object.keys(LOCALES) as Locale[])('gives in %s every plural form the language has', (locale) => {
    const texts = read(fileIn(locale));
    const missing = Object.entries(texts).flatMap(([key, text]) =>
      elementsOf(parse(text))
        .filter(isPluralElement)
        .flatMap((plural) =>
          pluralFormsOf(locale).filter((form) => !(form in plural.options) && !(form === 'one' && '=1' in plural.options)),
        )
        .map((form) => `${key}: ${form}`),
    );
    expect(missing).toEqual([]);
  });
});

describe('the keys the code asks for', () => {
  const sourceFiles = (dir: string): string[] =>
    readdirSync(dir).flatMap((entry) => {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) return ['__generated__', '__tests__', 'messages'].includes(entry) ? [] : sourceFiles(full);
      return /\.tsx?$/.test(entry) ? [full] : [];
    });
  const source = sourceFiles(SOURCE_DIR)
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
  // Keys built in the code, as `review.state.${state}`: each key under such a prefix counts as asked for.
  const prefixes = [...new Set([...source.matchAll(/`([a-zA-Z]+(?:\.[a-zA-Z]+)*\.)\$\{/g)].map((match) => match[1] as string))];
  const asked = (key: string) => {
    const counted = key.replace(/\.(zero|one|two|few|many|other)$/, '');
    return source.includes(`'${key}'`) || source.includes(`'${counted}'`) || prefixes.some((prefix) => key.startsWith(prefix));
  };

  it.each(CATALOGUES)('include every key of the $name texts', ({ fileIn }) => {
    expect(Object.keys(read(fileIn('en'))).filter((key) => !asked(key))).toEqual([]);
  });
});

describe('the catalogues together', () => {
  it('name each key once: a page that loads two of them reads one text per key', () => {
    const owners = new Map<string, string[]>();
    for (const { name, fileIn } of CATALOGUES) {
      for (const key of Object.keys(read(fileIn('en')))) owners.set(key, [...(owners.get(key) ?? []), name]);
    }
    expect([...owners].filter(([, names]) => names.length > 1)).toEqual([]);
  });
});

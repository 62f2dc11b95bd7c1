import type { Locale, LocalizedTextInput, TaxonomyLabelsQuery } from '../../__generated__/graphql';
import type { FieldProblem } from '../../data/api-errors';

/** The languages a label is written in, English first: what every other one falls back to (server/contract/languages.ts). */
export const LANGUAGES = ['en', 'es', 'fr', 'pl', 'el'] as const satisfies readonly Locale[];
export const FALLBACK: Locale = 'en';
export const OTHER_LANGUAGES = LANGUAGES.filter((language) => language !== FALLBACK);

/** The kinds of entry whose texts an ADMIN sets, each through its own mutation: the taxonomy's, and the validation rules' words. */
export const KINDS = ['category', 'challenge', 'indicator', 'period', 'rule'] as const;
export type LabelKind = (typeof KINDS)[number];
export const isLabelKind = (value: unknown): value is LabelKind => KINDS.includes(value as LabelKind);

/** A label, an indicator's description, or a validation rule's title and message. */
export type TextPart = 'label' | 'description' | 'title' | 'message';
/** The parts written as a sentence or more, in a larger field. */
export const isLong = (part: TextPart): boolean => part === 'description' || part === 'message';
/** One field of a row: a part in a language, e.g. `label.el`. */
export type CellKey = `${TextPart}.${Locale}`;
export const cellKey = (part: TextPart, language: Locale): CellKey => `${part}.${language}`;

/** The texts of a row by field; a language not written is absent. */
export type Texts = Partial<Record<CellKey, string>>;

export interface LabelRow {
  kind: LabelKind;
  code: string;
  /** The version read, quoted to the mutation: another change since is a CONFLICT. */
  version: number;
  /** The parts the API lets an ADMIN set for the kind: indicators have a description beside their label, rules a title and message. */
  parts: readonly TextPart[];
  texts: Texts;
  /** A rule's: the {placeholders} its message names, which every language must keep as they are. */
  placeholders?: readonly string[];
}

type LocalizedTexts = readonly { locale: Locale; text: string }[];

function textsOf(part: TextPart, texts: LocalizedTexts): Texts {
  return Object.fromEntries(texts.map(({ locale, text }) => [cellKey(part, locale), text]));
}

const LABEL_ONLY: readonly TextPart[] = ['label'];
const DESCRIBED: readonly TextPart[] = ['label', 'description'];
const RULE_WORDS: readonly TextPart[] = ['title', 'message'];

/** The rows of each kind, in the order the API lists them (display order). */
export function rowsByKind(data: TaxonomyLabelsQuery): Record<LabelKind, LabelRow[]> {
  const plain = (kind: LabelKind, entries: readonly { code: string; version: number; labels: LocalizedTexts }[] | null) =>
    (entries ?? []).map((entry) => ({
      kind,
      code: entry.code,
      version: entry.version,
      parts: LABEL_ONLY,
      texts: textsOf('label', entry.labels),
    }));
  return {
    category: plain('category', data.stakeholderCategories),
    challenge: plain('challenge', data.challenges),
    indicator: (data.indicators ?? []).map((entry) => ({
      kind: 'indicator' as const,
      code: entry.code,
      version: entry.version,
      parts: DESCRIBED,
      texts: { ...textsOf('label', entry.labels), ...textsOf('description', entry.descriptions) },
    })),
    period: plain('period', data.reportingPeriods),
    rule: (data.validationRules ?? []).map((rule) => ({
      kind: 'rule' as const,
      code: rule.code,
      version: rule.version,
      parts: RULE_WORDS,
      texts: { ...textsOf('title', rule.titles), ...textsOf('message', rule.messages) },
      placeholders: rule.placeholders,
    })),
  };
}

/** Whether a row lacks a text in `language` in any of its parts: what the "missing in" filter finds. */
export const isMissing = (row: LabelRow, language: Locale): boolean =>
  row.parts.some((part) => !row.texts[cellKey(part, language)]?.trim());

/** The row's texts with what was typed over them: a field typed in, even emptied, shows what was typed. */
export const shownTexts = (row: LabelRow, draft: Texts | undefined): Texts => ({ ...row.texts, ...draft });

/** Whether what was typed differs from what is saved, spaces around a text aside (the API drops them). */
export function isChanged(row: LabelRow, draft: Texts | undefined): boolean {
  if (!draft) return false;
  return (Object.keys(draft) as CellKey[]).some((key) => (draft[key] ?? '').trim() !== (row.texts[key] ?? '').trim());
}

/**
 * What the mutation takes for one part: the whole label, English always (even blank, so a
 * refusal names it), each other language only when written: an emptied one falls back to English.
 */
export function localizedInput(texts: Texts, part: TextPart): LocalizedTextInput[] {
  return LANGUAGES.flatMap((locale) => {
    const text = (texts[cellKey(part, locale)] ?? '').trim();
    return text || locale === FALLBACK ? [{ locale, text }] : [];
  });
}

/** The parts whose English is blank: refused before asking, as the API would. */
export const blankEnglish = (row: LabelRow, texts: Texts): CellKey[] =>
  row.parts.map((part) => cellKey(part, FALLBACK)).filter((key) => !(texts[key] ?? '').trim());

const PART_OF_FIELD: Record<string, TextPart> = { labels: 'label', descriptions: 'description', titles: 'title', messages: 'message' };

/**
 * The API's problems beside the fields they name (`labels.fr` is the French label's field,
 * `descriptions.en` the English description's, `messages.el` a rule's Greek message); one naming
 * no field of the row is said apart, with its field.
 */
export function problemsByCell(problems: readonly FieldProblem[]): { byCell: Partial<Record<CellKey, string[]>>; others: string[] } {
  const byCell: Partial<Record<CellKey, string[]>> = {};
  const others: string[] = [];
  for (const problem of problems) {
    const [field, locale] = problem.field.split('.');
    const part = field ? PART_OF_FIELD[field] : undefined;
    if (part && LANGUAGES.includes(locale as Locale)) {
      const key = cellKey(part, locale as Locale);
      byCell[key] = [...(byCell[key] ?? []), problem.message];
    } else {
      others.push(`${problem.field}: ${problem.message}`);
    }
  }
  return { byCell, others };
}

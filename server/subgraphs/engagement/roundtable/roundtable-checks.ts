import type { EntityManager } from 'typeorm';
import { currentRecordedDateRange, dateOutOfRange } from '../../../contract/recording-limits';
import { checkRules } from '../../../contract/validation-rules/check-rules';
import { type ProjectSpan, roundtableFacts } from '../../../contract/validation-rules/roundtable-facts';
import type { RuleFinding } from '../../../contract/validation-rules/validation-rule';
import { type DomainError, type ErrorText, errorText } from '../../../core/errors';
import { type FieldProblem, fieldProblem } from '../../../core/validate-input';
import { parseIsoDate } from '../../../core/validation';
import type { ChallengeTaxonomy } from '../challenge/challenge-taxonomy';
import { participationsContradicting, type RecordedGroup } from '../participant/participation-consistency';
import { readProjectSpan } from '../rules/project-span';
import type { RuleTextBook } from '../rules/rule-text-book';
import type { RoundtableContent } from './roundtable-content';

/**
 * The checks across fields that no single field's rule can make, and, for a roundtable
 * that exists, against its participant records. Every problem is
 * collected, so the person entering the data sees them all at once. The checks between
 * figures are rules as data (contract/validation-rules/), which the form runs as well.
 */

/** The stakeholder categories engagement knows, read once per request or per import. */
export async function knownCategoryCodes(manager: EntityManager): Promise<ReadonlySet<string>> {
  return new Set((await manager.query('SELECT code FROM engagement.category_ref')).map((row: { code: string }) => row.code));
}

/** What the checks compare a roundtable with, read once per write or per import. */
export interface CheckReferences {
  challenges: ChallengeTaxonomy;
  categories: ReadonlySet<string>;
  project: ProjectSpan | null;
  /** The rules' words, held in memory: what a rule's refusal or warning says. */
  ruleTexts: RuleTextBook;
}

export async function checkReferences(
  manager: EntityManager,
  challenges: ChallengeTaxonomy,
  ruleTexts: RuleTextBook,
): Promise<CheckReferences> {
  return { challenges, categories: await knownCategoryCodes(manager), project: await readProjectSpan(manager), ruleTexts };
}

/** Every rule (contract/validation-rules/) the content breaks, errors and warnings alike. */
export const ruleFindingsOf = (content: RoundtableContent, project: ProjectSpan | null): RuleFinding[] =>
  checkRules(roundtableFacts(content, project));

/** A rule's finding in every language its words are kept in, for the refusal to say it in the client's. */
const ruleText = (finding: RuleFinding, texts: RuleTextBook): ErrorText => ({ given: texts.messages(finding) });

/**
 * Every problem that refuses the content: its date, its lists, the rules' errors, and, for a
 * roundtable that exists, what it would contradict among its participant records (`recorded`,
 * read beforehand by recordedParticipations). Rule warnings do not refuse it.
 */
export function problemsWith(
  content: RoundtableContent,
  taxonomies: CheckReferences,
  recorded: readonly RecordedGroup[] = [],
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const add = (field: string, text: ErrorText) => problems.push(fieldProblem(field, text));
  try {
    parseIsoDate(content.date, 'date');
    const range = currentRecordedDateRange();
    if (dateOutOfRange(content.date, range))
      add('date', errorText('dateOutOfRange', { from: range.from, to: range.to, date: content.date }));
  } catch (error) {
    add('date', (error as DomainError).text);
  }
  const a = content.attendance;
  if (a) {
    if (a.totalMin === null && a.totalMax !== null) add('attendance.participantsMax', errorText('giveMinimumToo'));
    if (a.totalMin !== null && a.totalMax !== null && a.totalMax < a.totalMin) {
      add('attendance.participantsMax', errorText('atLeastParticipants', { min: a.totalMin }));
    }
  }
  for (const finding of ruleFindingsOf(content, taxonomies.project)) {
    if (finding.severity === 'ERROR')
      problems.push({ ...fieldProblem(finding.field, ruleText(finding, taxonomies.ruleTexts)), ruleCode: finding.ruleCode });
  }
  const { challenges, categories: knownCategories } = taxonomies;
  const seen = new Set<string>();
  for (const [index, category] of content.categories.entries()) {
    const field = `categories.${index}`;
    if (!knownCategories.has(category.code))
      add(`${field}.code`, errorText('notACategory', { code: category.code, known: [...knownCategories].join(', ') }));
    if (seen.has(category.code)) add(`${field}.code`, errorText('listedTwice', { code: category.code }));
    seen.add(category.code);
    if (category.participantsMin === null && category.participantsMax !== null)
      add(`${field}.participantsMax`, errorText('giveParticipantsToo'));
    if (category.participantsMin !== null && category.participantsMax !== null && category.participantsMax < category.participantsMin) {
      add(`${field}.participantsMax`, errorText('atLeastParticipants', { min: category.participantsMin }));
    }
  }
  for (const [index, mention] of content.challenges.entries()) {
    if (!challenges.has(mention.code)) {
      const known = challenges
        .all()
        .map((c) => c.code)
        .join(', ');
      add(`challenges.${index}.code`, errorText('notAChallenge', { code: mention.code, known }));
    }
  }
  const organisers = content.organisers.map((o) => o.organisation);
  const twice = organisers.filter((slug, index) => organisers.indexOf(slug) !== index);
  if (twice.length) add('organisers', errorText('listedMoreThanOnce', { items: [...new Set(twice)].join(', ') }));
  problems.push(...participationsContradicting(recorded, content));
  return problems;
}

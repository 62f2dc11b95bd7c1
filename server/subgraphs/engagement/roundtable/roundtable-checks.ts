import type { EntityManager } from 'typeorm';
import { currentRecordedDateRange, dateOutOfRange } from '../../../contract/recording-limits';
import { checkRules } from '../../../contract/validation-rules/check-rules';
import { type ProjectSpan, roundtableFacts } from '../../../contract/validation-rules/roundtable-facts';
import type { RuleFinding } from '../../../contract/validation-rules/validation-rule';
import type { DomainError } from '../../../core/errors';
import type { FieldProblem } from '../../../core/validate-input';
import { parseIsoDate } from '../../../core/validation';
import type { ChallengeTaxonomy } from '../challenge/challenge-taxonomy';
import { participationsContradicting } from '../participant/participation-consistency';
import { readProjectSpan } from '../rules/project-span';
import type { RoundtableContent } from './roundtable-content';

/**
 * The checks across fields that no single field's rule can make, and, for a roundtable
 * that exists (`roundtableId`), against its participant records. Every problem is
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
}

export async function checkReferences(manager: EntityManager, challenges: ChallengeTaxonomy): Promise<CheckReferences> {
  return { challenges, categories: await knownCategoryCodes(manager), project: await readProjectSpan(manager) };
}

/** Every rule (contract/validation-rules/) the content breaks, errors and warnings alike. */
export const ruleFindingsOf = (content: RoundtableContent, project: ProjectSpan | null): RuleFinding[] =>
  checkRules(roundtableFacts(content, project));

/**
 * Every problem that refuses the content: its date, its lists, the rules' errors, and, for a
 * roundtable that exists, its participant records. Rule warnings do not refuse it.
 */
export async function problemsWith(
  content: RoundtableContent,
  manager: EntityManager,
  taxonomies: CheckReferences,
  roundtableId?: string,
): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  const add = (field: string, message: string) => problems.push({ field, message });
  try {
    parseIsoDate(content.date, 'date');
    const outOfRange = dateOutOfRange(content.date, currentRecordedDateRange());
    if (outOfRange) add('date', outOfRange);
  } catch (error) {
    add('date', (error as DomainError).message);
  }
  const a = content.attendance;
  if (a) {
    if (a.totalMin === null && a.totalMax !== null)
      add('attendance.participantsMax', 'give participants (the minimum) too, or leave both out');
    if (a.totalMin !== null && a.totalMax !== null && a.totalMax < a.totalMin) {
      add('attendance.participantsMax', `must be at least participants (${a.totalMin})`);
    }
  }
  for (const finding of ruleFindingsOf(content, taxonomies.project)) {
    if (finding.severity === 'ERROR') problems.push({ field: finding.field, message: finding.message, ruleCode: finding.ruleCode });
  }
  const { challenges, categories: knownCategories } = taxonomies;
  const seen = new Set<string>();
  for (const [index, category] of content.categories.entries()) {
    const field = `categories.${index}`;
    if (!knownCategories.has(category.code))
      add(`${field}.code`, `"${category.code}" is not a stakeholder category; known: ${[...knownCategories].join(', ')}`);
    if (seen.has(category.code)) add(`${field}.code`, `${category.code} is listed twice`);
    seen.add(category.code);
    if (category.participantsMin === null && category.participantsMax !== null)
      add(`${field}.participantsMax`, 'give participants too, or leave both out');
    if (category.participantsMin !== null && category.participantsMax !== null && category.participantsMax < category.participantsMin) {
      add(`${field}.participantsMax`, `must be at least participants (${category.participantsMin})`);
    }
  }
  for (const [index, mention] of content.challenges.entries()) {
    if (!challenges.has(mention.code)) {
      add(
        `challenges.${index}.code`,
        `"${mention.code}" is not a challenge; known: ${challenges
          .all()
          .map((c) => c.code)
          .join(', ')}`,
      );
    }
  }
  const organisers = content.organisers.map((o) => o.organisation);
  const twice = organisers.filter((slug, index) => organisers.indexOf(slug) !== index);
  if (twice.length) add('organisers', `${[...new Set(twice)].join(', ')} listed more than once`);
  if (roundtableId) problems.push(...(await participationsContradicting(manager, roundtableId, content)));
  return problems;
}

import type { EntityManager } from 'typeorm';
import { currentRecordedDateRange, dateOutOfRange } from '../../../contract/recording-limits';
import type { DomainError } from '../../../core/errors';
import { parseIsoDate } from '../../../core/validation';
import type { ChallengeTaxonomy } from '../challenge/challenge-taxonomy';
import { participationsContradicting } from '../participant/participation-consistency';
import type { RoundtableContent } from './roundtable-content';

/**
 * The checks across fields that no single field's rule can make, and, for a roundtable
 * that exists (`roundtableId`), against its participant records. Every problem is
 * collected, so the person entering the data sees them all at once.
 */
/** The stakeholder categories engagement knows, read once per request or per import. */
export async function knownCategoryCodes(manager: EntityManager): Promise<ReadonlySet<string>> {
  return new Set((await manager.query('SELECT code FROM engagement.category_ref')).map((row: { code: string }) => row.code));
}

export async function problemsWith(
  content: RoundtableContent,
  manager: EntityManager,
  taxonomies: { challenges: ChallengeTaxonomy; categories: ReadonlySet<string> },
  roundtableId?: string,
): Promise<{ field: string; message: string }[]> {
  const problems: { field: string; message: string }[] = [];
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
    const split = (a.onlineMin ?? 0) + (a.onsiteMin ?? 0);
    if (a.totalMax !== null && split > a.totalMax) {
      add('attendance', `online + onsite (${split}) cannot exceed the number of participants (${a.totalMax})`);
    }
    if (content.format === 'ONLINE' && (a.onsiteMin ?? 0) > 0) add('attendance.onsite', 'an ONLINE roundtable has no onsite attendance');
    if (content.format === 'ONSITE' && (a.onlineMin ?? 0) > 0) add('attendance.online', 'an ONSITE roundtable has no online attendance');
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
    if (a?.totalMax !== null && a?.totalMax !== undefined && (category.participantsMin ?? 0) > a.totalMax) {
      add(`${field}.participants`, `cannot exceed the number of participants (${a.totalMax})`);
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

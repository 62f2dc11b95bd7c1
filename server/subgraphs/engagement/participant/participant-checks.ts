import type { EntityManager } from 'typeorm';
import { type ErrorText, errorText } from '../../../core/errors';
import { type FieldProblem, fieldProblem } from '../../../core/validate-input';
import type { ParticipantContent } from './participant-content';

interface RoundtableKey {
  id: string;
  regionSlug: string;
  number: number;
  format: string | null;
}

/** What the checks of a participant read from the database, read once for any number of them. */
interface CheckFacts {
  knownCategories: readonly string[];
  roundtables: ReadonlyMap<string, RoundtableKey>;
}

/**
 * The checks across fields and records that no single field's rule can make, every
 * problem collected so the person entering the data sees them all at once. The roundtables
 * named are locked against change (FOR SHARE) until the write commits, so a roundtable
 * cannot turn ONLINE while an ONSITE participation is being added to it.
 */
export async function participantProblems(content: ParticipantContent, manager: EntityManager): Promise<FieldProblem[]> {
  const [problems = []] = await problemsOfEach([content], manager);
  return problems;
}

/** The problems of each of many participants, in their order: two statements whatever their number. */
export async function problemsOfEach(contents: readonly ParticipantContent[], manager: EntityManager): Promise<FieldProblem[][]> {
  const knownCategories: string[] = (await manager.query('SELECT code FROM engagement.category_ref ORDER BY code')).map(
    (row: { code: string }) => row.code,
  );
  const roundtables = await lockedRoundtables(
    manager,
    contents.flatMap((content) => content.participations.map((p) => p.roundtableId)),
  );
  return contents.map((content) => problemsOf(content, { knownCategories, roundtables }));
}

function problemsOf(content: ParticipantContent, { knownCategories, roundtables }: CheckFacts): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const add = (field: string, text: ErrorText) => problems.push(fieldProblem(field, text));
  if (!knownCategories.includes(content.categoryCode)) {
    add('category', errorText('notACategory', { code: content.categoryCode, known: knownCategories.join(', ') }));
  }
  const seen = new Set<string>();
  for (const [index, participation] of content.participations.entries()) {
    const field = `participations.${index}`;
    const roundtable = roundtables.get(participation.roundtableId);
    if (seen.has(participation.roundtableId)) add(`${field}.roundtableId`, errorText('roundtableListedTwice'));
    seen.add(participation.roundtableId);
    if (!roundtable) {
      add(`${field}.roundtableId`, errorText('noSuchRoundtable', { id: participation.roundtableId }));
      continue;
    }
    const name = { number: roundtable.number, roundtableRegion: roundtable.regionSlug };
    if (roundtable.regionSlug !== content.regionSlug) {
      add(`${field}.roundtableId`, errorText('roundtableOfOtherRegion', { ...name, region: content.regionSlug }));
    }
    if ((roundtable.format === 'ONLINE' || roundtable.format === 'ONSITE') && participation.mode !== roundtable.format) {
      add(`${field}.mode`, errorText('roundtableHeldAs', { ...name, format: roundtable.format }));
    }
  }
  return problems;
}

async function lockedRoundtables(manager: EntityManager, ids: readonly string[]): Promise<Map<string, RoundtableKey>> {
  const distinct = [...new Set(ids)];
  if (distinct.length === 0) return new Map();
  const rows: RoundtableKey[] = await manager.query(
    `SELECT id, region_slug AS "regionSlug", number, format FROM engagement.roundtable WHERE id = ANY($1::uuid[]) ORDER BY id FOR SHARE`,
    [distinct],
  );
  return new Map(rows.map((row) => [row.id, row]));
}

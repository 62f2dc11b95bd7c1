import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { bulkInsert } from '../../../core/database/bulk-insert';
import type { RoundtableContent } from './roundtable-content';

/** engagement.published_attendance's columns as bulkInsert writes them: the write path and the seed alike. */
export const PUBLISHED_ATTENDANCE_COLUMNS = {
  roundtableId: 'uuid',
  totalMin: 'int',
  totalMax: 'int',
  onlineMin: 'int',
  onlineMax: 'int',
  onsiteMin: 'int',
  onsiteMax: 'int',
  organisations: 'int',
  sourceId: 'uuid',
} as const;

/** A roundtable being written: its id and everything it is to hold. */
export interface WrittenRoundtable {
  id: string;
  content: RoundtableContent;
}

type CitedSource = RoundtableContent['sources'][number];

const CHILD_TABLES = [
  'published_attendance',
  'published_category',
  'challenge_mention',
  'insight',
  'interest',
  'roundtable_organiser',
  'roundtable_source',
];

const sourceKey = (source: CitedSource) => JSON.stringify([source.title, source.url]);

/**
 * The id of each source cited, by title and address, in the order given: a source recorded
 * with them (the one not illustrative first), else a new one, created once however many
 * roundtables cite it, with the publisher and flag of the first that does.
 */
async function sourceIdsOf(manager: EntityManager, cited: readonly { source: CitedSource; illustrative: boolean }[]): Promise<string[]> {
  const first = new Map<string, { source: CitedSource; illustrative: boolean }>();
  for (const citation of cited) if (!first.has(sourceKey(citation.source))) first.set(sourceKey(citation.source), citation);
  const wanted = [...first.values()];
  const idByKey = new Map<string, string>();
  if (wanted.length > 0) {
    const found: { i: number; id: string }[] = await manager.query(
      `SELECT DISTINCT ON (w.i) w.i::int AS i, s.id
       FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS w (title, url, i)
       JOIN engagement.source s ON s.title = w.title AND s.url IS NOT DISTINCT FROM w.url
       ORDER BY w.i, s.illustrative`,
      [wanted.map(({ source }) => source.title), wanted.map(({ source }) => source.url)],
    );
    for (const { i, id } of found) idByKey.set(sourceKey((wanted[i - 1] as (typeof wanted)[number]).source), id);
  }
  const missing = wanted
    .filter(({ source }) => !idByKey.has(sourceKey(source)))
    .map((citation) => ({ ...citation, ref: `recorded-${randomUUID()}` }));
  const created = await bulkInsert(
    manager,
    'engagement.source',
    { ref: 'text', title: 'text', url: 'text', publisher: 'text', illustrative: 'boolean' },
    missing.map(({ ref, source, illustrative }) => ({
      ref,
      title: source.title,
      url: source.url,
      publisher: source.publisher,
      illustrative,
    })),
    '',
    'id, ref',
  );
  const keyByRef = new Map(missing.map(({ ref, source }) => [ref, sourceKey(source)]));
  for (const { id, ref } of created) idByKey.set(keyByRef.get(ref as string) as string, id as string);
  return cited.map(({ source }) => idByKey.get(sourceKey(source)) as string);
}

/**
 * Replaces everything hanging off the roundtables with their content: one DELETE per table (for
 * those `recorded` before, which may have some), the sources they cite looked up (and created)
 * together, then one INSERT per table, however many roundtables are written. Every figure cites
 * its roundtable's first source.
 */
export async function replaceChildren(
  manager: EntityManager,
  written: readonly WrittenRoundtable[],
  recorded: readonly string[] = written.map((roundtable) => roundtable.id),
): Promise<void> {
  if (written.length === 0) return;
  if (recorded.length > 0) {
    for (const table of CHILD_TABLES) {
      await manager.query(`DELETE FROM engagement.${table} WHERE roundtable_id = ANY($1::uuid[])`, [recorded]);
    }
  }

  const cited = written.flatMap(({ content }) => content.sources.map((source) => ({ source, illustrative: content.illustrative })));
  const sourceIds = await sourceIdsOf(manager, cited);
  let next = 0;
  const rows = written.map(({ id, content }) => {
    const sources = sourceIds.slice(next, next + content.sources.length);
    next += content.sources.length;
    return { id, content, sources: [...new Set(sources)], cited: sources[0] ?? null };
  });

  await bulkInsert(
    manager,
    'engagement.roundtable_source',
    { roundtableId: 'uuid', sourceId: 'uuid' },
    rows.flatMap(({ id, sources }) => sources.map((sourceId) => ({ roundtableId: id, sourceId }))),
  );
  await bulkInsert(
    manager,
    'engagement.published_attendance',
    PUBLISHED_ATTENDANCE_COLUMNS,
    rows.flatMap(({ id, content, cited: sourceId }) => (content.attendance ? [{ roundtableId: id, ...content.attendance, sourceId }] : [])),
  );
  await bulkInsert(
    manager,
    'engagement.published_category',
    { roundtableId: 'uuid', categoryCode: 'text', participantsMin: 'int', participantsMax: 'int', sourceId: 'uuid' },
    rows.flatMap(({ id, content, cited: sourceId }) =>
      content.categories.map((c) => ({
        roundtableId: id,
        categoryCode: c.code,
        participantsMin: c.participantsMin,
        participantsMax: c.participantsMax,
        sourceId,
      })),
    ),
  );
  await bulkInsert(
    manager,
    'engagement.challenge_mention',
    { roundtableId: 'uuid', challengeCode: 'text', note: 'text', position: 'int', sourceId: 'uuid' },
    rows.flatMap(({ id, content, cited: sourceId }) =>
      content.challenges.map((c, index) => ({ roundtableId: id, challengeCode: c.code, note: c.note, position: index + 1, sourceId })),
    ),
  );
  for (const table of ['insight', 'interest'] as const) {
    await bulkInsert(
      manager,
      `engagement.${table}`,
      { roundtableId: 'uuid', text: 'text', position: 'int', sourceId: 'uuid' },
      rows.flatMap(({ id, content, cited: sourceId }) =>
        (table === 'insight' ? content.insights : content.interests).map((text, index) => ({
          roundtableId: id,
          text,
          position: index + 1,
          sourceId,
        })),
      ),
    );
  }
  await bulkInsert(
    manager,
    'engagement.roundtable_organiser',
    { roundtableId: 'uuid', organisationSlug: 'text', role: 'text', position: 'int' },
    rows.flatMap(({ id, content }) =>
      content.organisers.map((o, index) => ({ roundtableId: id, organisationSlug: o.organisation, role: o.role, position: index + 1 })),
    ),
  );
}

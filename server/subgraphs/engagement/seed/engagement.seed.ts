import type { DataSource, EntityManager } from 'typeorm';
import type { RegionDirectory, RegionKey } from '../../../contract/regions/region-directory';
import { bulkInsert } from '../../../core/database/bulk-insert';
import { allowLongStatements, LOADING_STATEMENT_TIMEOUT_MS } from '../../../core/database/statement-timeout';
import type { CountSeed, DataSet, RoundtableSeed } from '../../../seed/dataset';
import { refreshRollups } from '../rollup/refresh-rollups';
import { PUBLISHED_ATTENDANCE_COLUMNS } from '../roundtable/roundtable-children';

const range = (count: CountSeed | undefined) =>
  count === undefined ? { min: null, max: null } : typeof count === 'number' ? { min: count, max: count } : count;

const roundtableKey = (region: string, number: number) => `${region}#${number}`;

/**
 * Adds the data set's engagement records that are not there yet: a roundtable that exists
 * (same region and number) keeps what it has. One transaction; rollups refreshed inside it.
 */
export async function seedEngagement(
  db: DataSource,
  regions: RegionDirectory,
  keys: { regions: readonly RegionKey[]; categoryCodes: readonly string[] },
  data: DataSet,
): Promise<{ roundtablesAdded: number; participationsAdded: number }> {
  const result = await db.transaction(async (manager) => {
    await allowLongStatements(manager, LOADING_STATEMENT_TIMEOUT_MS);
    await regions.applyRegions(manager, keys.regions);
    await manager.query('INSERT INTO engagement.category_ref (code) SELECT unnest($1::text[]) ON CONFLICT DO NOTHING', [
      keys.categoryCodes,
    ]);
    const sourceIds = await upsertSources(manager, data);
    const added = await insertRoundtables(manager, data);
    await insertRoundtableDetails(
      manager,
      data.roundtables.filter((rt) => added.has(roundtableKey(rt.region, rt.number))),
      added,
      sourceIds,
    );
    const { participationsAdded, touched } = await insertParticipants(manager, data);
    await refreshRollups(manager, [...new Set([...added.values(), ...touched])]);
    return { roundtablesAdded: added.size, participationsAdded };
  });
  await regions.reload();
  return result;
}

async function upsertSources(manager: EntityManager, data: DataSet): Promise<Map<string, string>> {
  await bulkInsert(
    manager,
    'engagement.source',
    { ref: 'text', title: 'text', publisher: 'text', url: 'text', publishedOn: 'date', illustrative: 'boolean' },
    data.sources.map((s) => ({ ...s, illustrative: data.illustrative })),
    'ON CONFLICT (ref) DO NOTHING',
  );
  const rows: { id: string; ref: string }[] = await manager.query('SELECT id, ref FROM engagement.source WHERE ref = ANY($1::text[])', [
    data.sources.map((s) => s.ref),
  ]);
  return new Map(rows.map((row) => [row.ref, row.id]));
}

/** Inserts the roundtables not yet recorded; returns the new ones' ids by region#number. */
async function insertRoundtables(manager: EntityManager, data: DataSet): Promise<Map<string, string>> {
  const rows = await bulkInsert(
    manager,
    'engagement.roundtable',
    {
      regionSlug: 'text',
      number: 'int',
      date: 'date',
      format: 'text',
      durationMinutes: 'int',
      theme: 'text',
      illustrative: 'boolean',
      reviewState: 'text',
      reviewComment: 'text',
    },
    data.roundtables.map((rt) => ({
      regionSlug: rt.region,
      number: rt.number,
      date: rt.date,
      format: rt.format,
      durationMinutes: rt.durationMinutes,
      theme: rt.theme,
      illustrative: data.illustrative,
      reviewState: rt.reviewState ?? 'APPROVED',
      reviewComment: rt.reviewComment,
    })),
    'ON CONFLICT (region_slug, number) DO NOTHING',
    'id, region_slug, number',
  );
  return new Map(rows.map((row) => [roundtableKey(row.region_slug as string, row.number as number), row.id as string]));
}

async function insertRoundtableDetails(
  manager: EntityManager,
  roundtables: RoundtableSeed[],
  ids: Map<string, string>,
  sourceIds: Map<string, string>,
): Promise<void> {
  const idOf = (rt: RoundtableSeed) => ids.get(roundtableKey(rt.region, rt.number)) as string;
  const sourceOf = (rt: RoundtableSeed) => {
    const id = sourceIds.get(rt.source);
    if (!id) throw new Error(`Roundtable ${rt.region} #${rt.number} cites unknown source ${rt.source}`);
    return id;
  };
  await bulkInsert(
    manager,
    'engagement.roundtable_source',
    { roundtableId: 'uuid', sourceId: 'uuid' },
    roundtables.map((rt) => ({ roundtableId: idOf(rt), sourceId: sourceOf(rt) })),
  );
  await bulkInsert(
    manager,
    'engagement.roundtable_organiser',
    { roundtableId: 'uuid', organisationSlug: 'text', role: 'text', position: 'int' },
    roundtables.flatMap((rt) =>
      (rt.organisers ?? []).map((o, i) => ({ roundtableId: idOf(rt), organisationSlug: o.organisation, role: o.role, position: i + 1 })),
    ),
  );
  await bulkInsert(
    manager,
    'engagement.published_attendance',
    PUBLISHED_ATTENDANCE_COLUMNS,
    roundtables
      .filter((rt) => rt.attendance)
      .map((rt) => {
        const a = rt.attendance ?? {};
        const [total, online, onsite] = [range(a.total), range(a.online), range(a.onsite)];
        return {
          roundtableId: idOf(rt),
          totalMin: total.min,
          totalMax: total.max,
          onlineMin: online.min,
          onlineMax: online.max,
          onsiteMin: onsite.min,
          onsiteMax: onsite.max,
          organisations: a.organisations,
          sourceId: sourceOf(rt),
        };
      }),
  );
  await bulkInsert(
    manager,
    'engagement.published_category',
    { roundtableId: 'uuid', categoryCode: 'text', participantsMin: 'int', participantsMax: 'int', sourceId: 'uuid' },
    roundtables.flatMap((rt) =>
      (rt.categories ?? []).map((c) => {
        const count = range(c.participants);
        return {
          roundtableId: idOf(rt),
          categoryCode: c.code,
          participantsMin: count.min,
          participantsMax: count.max,
          sourceId: sourceOf(rt),
        };
      }),
    ),
  );
  await bulkInsert(
    manager,
    'engagement.challenge_mention',
    { roundtableId: 'uuid', challengeCode: 'text', note: 'text', position: 'int', sourceId: 'uuid' },
    roundtables.flatMap((rt) =>
      (rt.challenges ?? []).map((c, i) => ({
        roundtableId: idOf(rt),
        challengeCode: c.code,
        note: c.note,
        position: i + 1,
        sourceId: sourceOf(rt),
      })),
    ),
  );
  for (const table of ['insight', 'interest'] as const) {
    await bulkInsert(
      manager,
      `engagement.${table}`,
      { roundtableId: 'uuid', text: 'text', position: 'int', sourceId: 'uuid' },
      roundtables.flatMap(
        (rt) =>
          (table === 'insight' ? rt.insights : rt.interests)?.map((text, i) => ({
            roundtableId: idOf(rt),
            text,
            position: i + 1,
            sourceId: sourceOf(rt),
          })) ?? [],
      ),
    );
  }
}

/** Adds participants (by region and pseudonym) and their participations not yet recorded. */
async function insertParticipants(manager: EntityManager, data: DataSet): Promise<{ participationsAdded: number; touched: string[] }> {
  const participants = data.participants ?? [];
  if (participants.length === 0) return { participationsAdded: 0, touched: [] };
  await bulkInsert(
    manager,
    'engagement.participant',
    {
      regionSlug: 'text',
      pseudonym: 'text',
      categoryCode: 'text',
      newcomer: 'boolean',
      gender: 'text',
      ageBand: 'text',
      organisationSlug: 'text',
      illustrative: 'boolean',
    },
    participants.map((p) => ({
      regionSlug: p.region,
      pseudonym: p.pseudonym,
      categoryCode: p.category,
      newcomer: p.newcomer,
      gender: p.gender,
      ageBand: p.ageBand,
      organisationSlug: p.organisation,
      illustrative: data.illustrative,
    })),
    'ON CONFLICT (region_slug, pseudonym) DO NOTHING',
  );
  const regionSlugs = [...new Set(participants.map((p) => p.region))];
  const participantIds = new Map<string, string>(
    (
      await manager.query('SELECT id, region_slug, pseudonym FROM engagement.participant WHERE region_slug = ANY($1::text[])', [
        regionSlugs,
      ])
    ).map((row: { id: string; region_slug: string; pseudonym: string }) => [`${row.region_slug}#${row.pseudonym}`, row.id]),
  );
  const roundtableIds = new Map<string, string>(
    // Only roundtables of the data set's own kind: illustrative people never attend a recorded roundtable.
    (
      await manager.query(
        'SELECT id, region_slug, number FROM engagement.roundtable WHERE region_slug = ANY($1::text[]) AND illustrative = $2',
        [regionSlugs, data.illustrative],
      )
    ).map((row: { id: string; region_slug: string; number: number }) => [roundtableKey(row.region_slug, row.number), row.id]),
  );
  // A generated roundtable whose number a recorded one already holds was not added; its
  // participations are dropped with it.
  const participations = participants.flatMap((p) =>
    p.attended.flatMap((a) => {
      const roundtableId = roundtableIds.get(roundtableKey(p.region, a.number));
      const participantId = participantIds.get(`${p.region}#${p.pseudonym}`) as string;
      return roundtableId ? [{ roundtableId, participantId, mode: a.mode }] : [];
    }),
  );
  const inserted = await bulkInsert(
    manager,
    'engagement.participation',
    { roundtableId: 'uuid', participantId: 'uuid', mode: 'text' },
    participations,
    'ON CONFLICT (roundtable_id, participant_id) DO NOTHING',
    'roundtable_id',
  );
  return { participationsAdded: inserted.length, touched: [...new Set(inserted.map((row) => row.roundtable_id as string))] };
}

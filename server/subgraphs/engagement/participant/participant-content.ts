import type { EntityManager } from 'typeorm';
import type { ParticipantInput } from './participant.input';
import { PARTICIPANT_COLUMNS } from './participant.service';
import type { AgeBand, Gender, ParticipationMode } from './participant-enums';

export interface ParticipationContent {
  roundtableId: string;
  mode: ParticipationMode;
}

/** Everything recorded about a participant: what an update replaces and what the audit keeps. The pseudonym stays out. */
export interface ParticipantContent {
  regionSlug: string;
  categoryCode: string;
  newcomer: boolean;
  gender: Gender | null;
  ageBand: AgeBand | null;
  organisationSlug: string | null;
  participations: ParticipationContent[];
}

export interface ParticipantSnapshot extends ParticipantContent {
  id: string;
  version: number;
  illustrative: boolean;
}

export function contentFromInput(input: ParticipantInput): ParticipantContent {
  return {
    regionSlug: input.region,
    categoryCode: input.category,
    newcomer: input.newcomer,
    gender: input.gender ?? null,
    ageBand: input.ageBand ?? null,
    organisationSlug: input.organisation ?? null,
    participations: input.participations.map((p) => ({ roundtableId: p.roundtableId.toLowerCase(), mode: p.mode })),
  };
}

/** The participant as it is now, with its participations; null when there is none. */
export async function readParticipantSnapshot(manager: EntityManager, id: string): Promise<ParticipantSnapshot | null> {
  // The audit keeps the row as read: its keys are Participant's properties.
  const [row] = await manager.query(`SELECT ${PARTICIPANT_COLUMNS} FROM engagement.participant pt WHERE pt.id = $1`, [id]);
  if (!row) return null;
  const participations: ParticipationContent[] = await manager.query(
    `SELECT roundtable_id AS "roundtableId", mode FROM engagement.participation WHERE participant_id = $1 ORDER BY roundtable_id`,
    [id],
  );
  return { ...row, participations };
}

/** Many participants as they are now, with their participations, in the order of `ids`; two statements whatever their number. */
export async function readParticipantSnapshots(manager: EntityManager, ids: readonly string[]): Promise<ParticipantSnapshot[]> {
  const rows: Omit<ParticipantSnapshot, 'participations'>[] = await manager.query(
    `SELECT ${PARTICIPANT_COLUMNS} FROM engagement.participant pt WHERE pt.id = ANY($1::uuid[])`,
    [ids],
  );
  const participations: (ParticipationContent & { participantId: string })[] = await manager.query(
    `SELECT participant_id AS "participantId", roundtable_id AS "roundtableId", mode
     FROM engagement.participation WHERE participant_id = ANY($1::uuid[]) ORDER BY participant_id, roundtable_id`,
    [ids],
  );
  const byId = new Map(rows.map((row) => [row.id, { ...row, participations: [] as ParticipationContent[] }]));
  for (const { participantId, ...participation } of participations) byId.get(participantId)?.participations.push(participation);
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Replaces a participant's participations with `participations`. */
export async function replaceParticipations(
  manager: EntityManager,
  id: string,
  participations: readonly ParticipationContent[],
): Promise<void> {
  await manager.query('DELETE FROM engagement.participation WHERE participant_id = $1', [id]);
  if (participations.length === 0) return;
  await manager.query(
    `INSERT INTO engagement.participation (participant_id, roundtable_id, mode)
     SELECT $1, roundtable_id, mode FROM unnest($2::uuid[], $3::text[]) AS given (roundtable_id, mode)`,
    [id, participations.map((p) => p.roundtableId), participations.map((p) => p.mode)],
  );
}

/** The roundtables whose attendance a change from `before` to `after` touches. */
export function touchedRoundtables(...states: (ParticipantContent | null)[]): string[] {
  return [...new Set(states.flatMap((state) => state?.participations.map((p) => p.roundtableId) ?? []))];
}

import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import { groupedLoader, keyedLoader } from '../../../core/loader';
import { ChallengeMention } from '../challenge/challenge-mention.entity';
import { Insight, Interest } from '../notes/roundtable-note.entity';
import { Participant, Participation } from '../participant/participant.entity';
import { Source } from '../source/source.entity';
import type { RoundtableService } from './roundtable.service';

export interface ParticipationRow {
  participation: Participation;
  participant: Participant;
}

/** Every loader engagement's field resolvers use, made fresh for each request. */
export function roundtableLoaders(db: DataSource, roundtables: RoundtableService) {
  const notes = <T extends Insight | Interest | ChallengeMention>(entity: new () => T) =>
    groupedLoader(
      (ids: readonly string[]) =>
        db.getRepository(entity).find({ where: { roundtableId: In([...ids]) } as never, order: { position: 'ASC' } as never }),
      (row: T) => row.roundtableId,
    );
  return {
    roundtableById: keyedLoader((ids: readonly string[]) => roundtables.findByIds(ids), (r) => r.id, null),
    roundtablesByRegion: groupedLoader((slugs: readonly string[]) => roundtables.findByRegions(slugs), (r) => r.regionSlug),
    attendance: keyedLoader((ids: readonly string[]) => roundtables.attendance(ids), (a) => a.roundtableId, null),
    categories: groupedLoader((ids: readonly string[]) => roundtables.categories(ids), (c) => c.roundtableId),
    organisers: groupedLoader((ids: readonly string[]) => roundtables.organisers(ids), (o) => o.roundtableId),
    challengeMentions: notes(ChallengeMention),
    insights: notes(Insight),
    interests: notes(Interest),
    sourceById: keyedLoader((ids: readonly string[]) => db.getRepository(Source).findBy({ id: In([...ids]) }), (s) => s.id, null),
    sourcesByRoundtable: groupedLoader(
      async (ids: readonly string[]): Promise<(Source & { roundtableId: string })[]> =>
        db.query(
          `SELECT rs.roundtable_id AS "roundtableId", s.id, s.title, s.publisher, s.url,
                  to_char(s.published_on, 'YYYY-MM-DD') AS "publishedOn", s.illustrative
           FROM engagement.roundtable_source rs JOIN engagement.source s ON s.id = rs.source_id
           WHERE rs.roundtable_id = ANY($1::uuid[]) ORDER BY s.title`,
          [ids],
        ),
      (s) => s.roundtableId,
    ),
    participations: groupedLoader(
      async (ids: readonly string[]): Promise<ParticipationRow[]> => {
        const participations = await db
          .getRepository(Participation)
          .find({ where: { roundtableId: In([...ids]) }, order: { participantId: 'ASC' } });
        const participants = await db
          .getRepository(Participant)
          .findBy({ id: In([...new Set(participations.map((p) => p.participantId))]) });
        const byId = new Map(participants.map((p) => [p.id, p]));
        return participations.map((participation) => ({
          participation,
          participant: byId.get(participation.participantId) as Participant,
        }));
      },
      (row) => row.participation.roundtableId,
    ),
  };
}

export type RoundtableLoaders = ReturnType<typeof roundtableLoaders>;

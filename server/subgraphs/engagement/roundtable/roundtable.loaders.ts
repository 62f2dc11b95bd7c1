import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import { groupedLoader, keyedLoader } from '../../../core/loader';
import { ChallengeMention } from '../challenge/challenge-mention.entity';
import { Insight, Interest } from '../notes/roundtable-note.entity';
import { Participant } from '../participant/participant.entity';
import type { ParticipationMode } from '../participant/participant-enums';
import { Source } from '../source/source.entity';
import type { RoundtableService } from './roundtable.service';

export interface ParticipationRow {
  roundtableId: string;
  mode: ParticipationMode;
  participant: Participant;
}

// Participant columns, without the pseudonym: it never leaves the server.
interface ParticipantColumns {
  id: string;
  region_slug: string;
  category_code: string;
  newcomer: boolean;
  gender: Participant['gender'];
  age_band: Participant['ageBand'];
  organisation_slug: string | null;
  illustrative: boolean;
  version: number;
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
    roundtableById: keyedLoader(
      (ids: readonly string[]) => roundtables.findByIds(ids),
      (r) => r.id,
      null,
    ),
    roundtablesByRegion: groupedLoader(
      (slugs: readonly string[]) => roundtables.findByRegions(slugs),
      (r) => r.regionSlug,
    ),
    attendance: keyedLoader(
      (ids: readonly string[]) => roundtables.attendance(ids),
      (a) => a.roundtableId,
      null,
    ),
    categories: groupedLoader(
      (ids: readonly string[]) => roundtables.categories(ids),
      (c) => c.roundtableId,
    ),
    organisers: groupedLoader(
      (ids: readonly string[]) => roundtables.organisers(ids),
      (o) => o.roundtableId,
    ),
    challengeMentions: notes(ChallengeMention),
    insights: notes(Insight),
    interests: notes(Interest),
    sourceById: keyedLoader(
      (ids: readonly string[]) => db.getRepository(Source).findBy({ id: In([...ids]) }),
      (s) => s.id,
      null,
    ),
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
        const rows: (ParticipantColumns & { roundtable_id: string; mode: ParticipationMode })[] = await db.query(
          `SELECT p.roundtable_id, p.mode, pt.id, pt.region_slug, pt.category_code, pt.newcomer, pt.gender, pt.age_band,
                  pt.organisation_slug, pt.illustrative, pt.version
           FROM engagement.participation p JOIN engagement.participant pt ON pt.id = p.participant_id
           WHERE p.roundtable_id = ANY($1::uuid[]) ORDER BY pt.id`,
          [ids],
        );
        return rows.map((row) => ({
          roundtableId: row.roundtable_id,
          mode: row.mode,
          participant: Object.assign(new Participant(), {
            id: row.id,
            regionSlug: row.region_slug,
            categoryCode: row.category_code,
            newcomer: row.newcomer,
            gender: row.gender,
            ageBand: row.age_band,
            organisationSlug: row.organisation_slug,
            illustrative: row.illustrative,
            version: row.version,
          }),
        }));
      },
      (row) => row.roundtableId,
    ),
  };
}

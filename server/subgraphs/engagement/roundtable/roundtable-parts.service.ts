import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import { ChallengeMention } from '../challenge/challenge-mention.entity';
import { Insight, Interest } from '../notes/roundtable-note.entity';
import { Participant } from '../participant/participant.entity';
import type { ParticipationMode } from '../participant/participant-enums';
import { Source } from '../source/source.entity';

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

/** What a roundtable holds beside its own row, read for many roundtables at once (by the loaders). */
export class RoundtableParts {
  constructor(private readonly db: DataSource) {}

  /** Challenge mentions, insights or interests of the roundtables, in the order recorded. */
  notes<T extends Insight | Interest | ChallengeMention>(entity: new () => T, roundtableIds: readonly string[]): Promise<T[]> {
    return this.db
      .getRepository(entity)
      .find({ where: { roundtableId: In([...roundtableIds]) } as never, order: { position: 'ASC' } as never });
  }

  sourcesByIds(ids: readonly string[]): Promise<Source[]> {
    return this.db.getRepository(Source).findBy({ id: In([...ids]) });
  }

  /** The sources each roundtable cites, by title. */
  sourcesOf(roundtableIds: readonly string[]): Promise<(Source & { roundtableId: string })[]> {
    return this.db.query(
      `SELECT rs.roundtable_id AS "roundtableId", s.id, s.title, s.publisher, s.url,
              to_char(s.published_on, 'YYYY-MM-DD') AS "publishedOn", s.illustrative
       FROM engagement.roundtable_source rs JOIN engagement.source s ON s.id = rs.source_id
       WHERE rs.roundtable_id = ANY($1::uuid[]) ORDER BY s.title`,
      [roundtableIds],
    );
  }

  /** Who took part in each roundtable, and how. */
  async participationsOf(roundtableIds: readonly string[]): Promise<ParticipationRow[]> {
    const rows: (ParticipantColumns & { roundtable_id: string; mode: ParticipationMode })[] = await this.db.query(
      `SELECT p.roundtable_id, p.mode, pt.id, pt.region_slug, pt.category_code, pt.newcomer, pt.gender, pt.age_band,
              pt.organisation_slug, pt.illustrative, pt.version
       FROM engagement.participation p JOIN engagement.participant pt ON pt.id = p.participant_id
       WHERE p.roundtable_id = ANY($1::uuid[]) ORDER BY pt.id`,
      [roundtableIds],
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
  }
}

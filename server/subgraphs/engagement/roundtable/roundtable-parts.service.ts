import type { DataSource } from 'typeorm';
import { ChallengeMention } from '../challenge/challenge-mention.entity';
import { Insight, Interest } from '../notes/roundtable-note.entity';
import { Participant } from '../participant/participant.entity';
import { PARTICIPANT_COLUMNS } from '../participant/participant.service';
import type { ParticipationMode } from '../participant/participant-enums';
import { Source } from '../source/source.entity';

/** Every column of a source (alias s) but its seeding key, named as Source's properties; dates as text. */
export const SOURCE_COLUMNS = `s.id, s.title, s.publisher, s.url, to_char(s.published_on, 'YYYY-MM-DD') AS "publishedOn", s.illustrative`;

/** Every column of a challenge mention (alias m), named as ChallengeMention's properties. */
const CHALLENGE_MENTION_COLUMNS = `m.id, m.roundtable_id AS "roundtableId", m.challenge_code AS "challengeCode", m.note, m.position,
  m.source_id AS "sourceId"`;

/** Every column of an insight or an interest (alias n), named as their properties. */
const NOTE_COLUMNS = 'n.id, n.roundtable_id AS "roundtableId", n.text, n.position, n.source_id AS "sourceId"';

export interface ParticipationRow {
  roundtableId: string;
  mode: ParticipationMode;
  participant: Participant;
}

/** What a roundtable holds beside its own row, read for many roundtables at once (by the loaders). */
export class RoundtableParts {
  constructor(private readonly db: DataSource) {}

  /** The challenges raised at the roundtables, in the order recorded. */
  async challengeMentions(roundtableIds: readonly string[]): Promise<ChallengeMention[]> {
    const rows: ChallengeMention[] = await this.db.query(
      `SELECT ${CHALLENGE_MENTION_COLUMNS} FROM engagement.challenge_mention m
       WHERE m.roundtable_id = ANY($1::uuid[]) ORDER BY m.position`,
      [roundtableIds],
    );
    return rows.map((row) => Object.assign(new ChallengeMention(), row));
  }

  /** The insights of the roundtables, in the order recorded. */
  insights(roundtableIds: readonly string[]): Promise<Insight[]> {
    return this.notes('insight', Insight, roundtableIds);
  }

  /** The interests of the roundtables, in the order recorded. */
  interests(roundtableIds: readonly string[]): Promise<Interest[]> {
    return this.notes('interest', Interest, roundtableIds);
  }

  async sourcesByIds(ids: readonly string[]): Promise<Source[]> {
    const rows: Source[] = await this.db.query(`SELECT ${SOURCE_COLUMNS} FROM engagement.source s WHERE s.id = ANY($1::uuid[])`, [ids]);
    return rows.map((row) => Object.assign(new Source(), row));
  }

  /** The sources each roundtable cites, by title. */
  sourcesOf(roundtableIds: readonly string[]): Promise<(Source & { roundtableId: string })[]> {
    return this.db.query(
      `SELECT rs.roundtable_id AS "roundtableId", ${SOURCE_COLUMNS}
       FROM engagement.roundtable_source rs JOIN engagement.source s ON s.id = rs.source_id
       WHERE rs.roundtable_id = ANY($1::uuid[]) ORDER BY s.title`,
      [roundtableIds],
    );
  }

  /** Who took part in each roundtable, and how. */
  async participationsOf(roundtableIds: readonly string[]): Promise<ParticipationRow[]> {
    const rows: (Participant & { roundtableId: string; mode: ParticipationMode })[] = await this.db.query(
      `SELECT p.roundtable_id AS "roundtableId", p.mode, ${PARTICIPANT_COLUMNS}
       FROM engagement.participation p JOIN engagement.participant pt ON pt.id = p.participant_id
       WHERE p.roundtable_id = ANY($1::uuid[]) ORDER BY pt.id`,
      [roundtableIds],
    );
    return rows.map(({ roundtableId, mode, ...participant }) => ({
      roundtableId,
      mode,
      participant: Object.assign(new Participant(), participant),
    }));
  }

  private async notes<T extends Insight | Interest>(
    table: 'insight' | 'interest',
    type: new () => T,
    roundtableIds: readonly string[],
  ): Promise<T[]> {
    const rows: T[] = await this.db.query(
      `SELECT ${NOTE_COLUMNS} FROM engagement.${table} n WHERE n.roundtable_id = ANY($1::uuid[]) ORDER BY n.position`,
      [roundtableIds],
    );
    return rows.map((row) => Object.assign(new type(), row));
  }
}

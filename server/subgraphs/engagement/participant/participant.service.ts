import type { DataSource } from 'typeorm';
import type { Viewer } from '../../../core/auth/viewer';
import { UUID } from '../../../core/keys';
import { Participant } from './participant.entity';
import { assertSeesParticipantRecords } from './participant-access';
import type { ParticipationMode } from './participant-enums';

/**
 * Every column of a participant (alias pt) but the pseudonym, named as Participant's properties:
 * the pseudonym never leaves the server.
 */
export const PARTICIPANT_COLUMNS = `pt.id, pt.region_slug AS "regionSlug", pt.category_code AS "categoryCode", pt.newcomer, pt.gender,
  pt.age_band AS "ageBand", pt.organisation_slug AS "organisationSlug", pt.illustrative, pt.version`;

export interface ParticipationOfParticipant {
  participantId: string;
  roundtableId: string;
  mode: ParticipationMode;
}

/** Reads of participant records, for the roles that may see them. */
export class ParticipantService {
  constructor(private readonly db: DataSource) {}

  async find(viewer: Viewer, id: string): Promise<Participant | null> {
    assertSeesParticipantRecords(viewer);
    if (!UUID.test(id)) return null;
    const [found] = await this.findByIds([id]);
    return found ?? null;
  }

  async findByIds(ids: readonly string[]): Promise<Participant[]> {
    const rows: Participant[] = await this.db.query(
      `SELECT ${PARTICIPANT_COLUMNS} FROM engagement.participant pt WHERE pt.id = ANY($1::uuid[])`,
      [ids],
    );
    return rows.map((row) => Object.assign(new Participant(), row));
  }

  participations(participantIds: readonly string[]): Promise<ParticipationOfParticipant[]> {
    return this.db.query(
      `SELECT p.participant_id AS "participantId", p.roundtable_id AS "roundtableId", p.mode
       FROM engagement.participation p JOIN engagement.roundtable rt ON rt.id = p.roundtable_id
       WHERE p.participant_id = ANY($1::uuid[]) ORDER BY rt.date, rt.number`,
      [participantIds],
    );
  }
}

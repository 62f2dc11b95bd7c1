import { type DataSource, type FindOptionsSelect, In } from 'typeorm';
import type { Viewer } from '../../../core/auth/viewer';
import { UUID } from '../../../core/keys';
import { Participant } from './participant.entity';
import { assertSeesParticipantRecords } from './participant-access';
import type { ParticipationMode } from './participant-enums';

// Every column but the pseudonym: it never leaves the server.
const SHOWN_COLUMNS: FindOptionsSelect<Participant> = {
  id: true,
  regionSlug: true,
  categoryCode: true,
  newcomer: true,
  gender: true,
  ageBand: true,
  organisationSlug: true,
  illustrative: true,
  version: true,
};

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

  findByIds(ids: readonly string[]): Promise<Participant[]> {
    return this.db.getRepository(Participant).find({ select: SHOWN_COLUMNS, where: { id: In([...ids]) } });
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

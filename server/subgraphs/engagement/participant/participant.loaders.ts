import { groupedLoader } from '../../../core/loader';
import type { ParticipantService } from './participant.service';

/** The loaders of participant fields, made fresh for each request. */
export function participantLoaders(participants: ParticipantService) {
  return {
    participationsByParticipant: groupedLoader(
      (ids: readonly string[]) => participants.participations(ids),
      (row) => row.participantId,
    ),
  };
}

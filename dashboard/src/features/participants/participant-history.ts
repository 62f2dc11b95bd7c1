/**
 * A participant as the audit trail keeps it, before and after each change (the API's
 * ParticipantSnapshot). Read defensively: it is JSON, and older entries may lack a field.
 */
export interface ParticipantSnapshot {
  categoryCode?: string;
  newcomer?: boolean;
  gender?: string | null;
  ageBand?: string | null;
  organisationSlug?: string | null;
  participations?: { roundtableId: string; mode: string }[];
}

/** The fields a person edits, in the order the sheet shows them. */
export const PARTICIPANT_FIELDS = ['categoryCode', 'newcomer', 'gender', 'ageBand', 'organisationSlug', 'participations'] as const;
export type ParticipantField = (typeof PARTICIPANT_FIELDS)[number];

export const asParticipantSnapshot = (value: unknown): ParticipantSnapshot | null =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as ParticipantSnapshot) : null;

// Participations compare as a set: the trail keeps them in the order of their roundtables' ids.
const comparable = (field: ParticipantField, snapshot: ParticipantSnapshot | null): string => {
  const value = snapshot?.[field];
  if (field === 'participations') {
    return JSON.stringify((snapshot?.participations ?? []).map((p) => `${p.roundtableId}:${p.mode}`).sort());
  }
  return JSON.stringify(value ?? null);
};

/** The fields that differ between two snapshots; a creation or a restoration changes every field it recorded. */
export function changedParticipantFields(before: ParticipantSnapshot | null, after: ParticipantSnapshot | null): ParticipantField[] {
  return PARTICIPANT_FIELDS.filter((field) => {
    if (!before || !after) {
      const value = (before ?? after)?.[field];
      return value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0);
    }
    return comparable(field, before) !== comparable(field, after);
  });
}

import { type EditingKey, editingEn } from './messages/editing-en';
import { type ParticipantsKey, participantsEn } from './messages/participants-en';
import { type Catalogues, type NamespaceI18n, useNamespaceI18n } from './namespace';

// The page records and changes data, so it speaks the editing pages' words as well as its own.
const PARTICIPANTS: Catalogues<EditingKey | ParticipantsKey> = {
  en: { ...editingEn, ...participantsEn },
  es: () =>
    Promise.all([import('./messages/editing-es'), import('./messages/participants-es')]).then(([editing, participants]) => ({
      ...editing.editingEs,
      ...participants.participantsEs,
    })),
};

export type ParticipantsI18n = NamespaceI18n<EditingKey | ParticipantsKey>;

/** `useI18n` with the participants page's texts and the editing pages' ones. */
export const useParticipantsI18n = (): ParticipantsI18n => useNamespaceI18n(PARTICIPANTS);

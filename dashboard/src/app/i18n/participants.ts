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
  fr: () =>
    Promise.all([import('./messages/editing-fr'), import('./messages/participants-fr')]).then(([editing, participants]) => ({
      ...editing.editingFr,
      ...participants.participantsFr,
    })),
  pl: () =>
    Promise.all([import('./messages/editing-pl'), import('./messages/participants-pl')]).then(([editing, participants]) => ({
      ...editing.editingPl,
      ...participants.participantsPl,
    })),
  el: () =>
    Promise.all([import('./messages/editing-el'), import('./messages/participants-el')]).then(([editing, participants]) => ({
      ...editing.editingEl,
      ...participants.participantsEl,
    })),
};

export type ParticipantsI18n = NamespaceI18n<EditingKey | ParticipantsKey>;

/** `useI18n` with the participants page's texts and the editing pages' ones. */
export const useParticipantsI18n = (): ParticipantsI18n => useNamespaceI18n(PARTICIPANTS);

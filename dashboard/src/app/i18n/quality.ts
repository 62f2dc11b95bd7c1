import { type EditingKey, editingEn } from './messages/editing-en';
import { type QualityKey, qualityEn } from './messages/quality-en';
import { type Catalogues, type NamespaceI18n, useNamespaceI18n } from './namespace';

// The page reviews and links to records, so it speaks the editing pages' words as well as its own.
const QUALITY: Catalogues<EditingKey | QualityKey> = {
  en: { ...editingEn, ...qualityEn },
  es: () =>
    Promise.all([import('./messages/editing-es'), import('./messages/quality-es')]).then(([editing, quality]) => ({
      ...editing.editingEs,
      ...quality.qualityEs,
    })),
  fr: () =>
    Promise.all([import('./messages/editing-fr'), import('./messages/quality-fr')]).then(([editing, quality]) => ({
      ...editing.editingFr,
      ...quality.qualityFr,
    })),
  pl: () =>
    Promise.all([import('./messages/editing-pl'), import('./messages/quality-pl')]).then(([editing, quality]) => ({
      ...editing.editingPl,
      ...quality.qualityPl,
    })),
  el: () =>
    Promise.all([import('./messages/editing-el'), import('./messages/quality-el')]).then(([editing, quality]) => ({
      ...editing.editingEl,
      ...quality.qualityEl,
    })),
};

export type QualityI18n = NamespaceI18n<EditingKey | QualityKey>;

/** `useI18n` with the Data quality page's texts and the editing pages' ones. */
export const useQualityI18n = (): QualityI18n => useNamespaceI18n(QUALITY);

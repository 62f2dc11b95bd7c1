import { type OfflineKey, offlineEn } from './messages/offline-en';
import { type Catalogues, type NamespaceI18n, useNamespaceI18n } from './namespace';

const OFFLINE: Catalogues<OfflineKey> = {
  en: offlineEn,
  es: () => import('./messages/offline-es').then((module) => module.offlineEs),
  fr: () => import('./messages/offline-fr').then((module) => module.offlineFr),
  pl: () => import('./messages/offline-pl').then((module) => module.offlinePl),
  el: () => import('./messages/offline-el').then((module) => module.offlineEl),
};

export type OfflineI18n = NamespaceI18n<OfflineKey>;

/** `useI18n` with the texts of offline work as well: drafts on this device, syncing, conflicts. */
export const useOfflineI18n = (): OfflineI18n => useNamespaceI18n(OFFLINE);

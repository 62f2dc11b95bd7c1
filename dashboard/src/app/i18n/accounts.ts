import { type AccountsKey, accountsEn } from './messages/accounts-en';
import { type Catalogues, type NamespaceI18n, useNamespaceI18n } from './namespace';

const ACCOUNTS: Catalogues<AccountsKey> = {
  en: accountsEn,
  es: () => import('./messages/accounts-es').then((module) => module.accountsEs),
  fr: () => import('./messages/accounts-fr').then((module) => module.accountsFr),
  pl: () => import('./messages/accounts-pl').then((module) => module.accountsPl),
  el: () => import('./messages/accounts-el').then((module) => module.accountsEl),
};

export type AccountsI18n = NamespaceI18n<AccountsKey>;

/** `useI18n` with the texts of the sign-in, Users, Account and password-link pages, which load with those pages. */
export const useAccountsI18n = (): AccountsI18n => useNamespaceI18n(ACCOUNTS);

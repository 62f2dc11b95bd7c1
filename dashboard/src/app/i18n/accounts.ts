import { type AccountsKey, accountsEn } from './messages/accounts-en';
import { type Catalogues, type NamespaceI18n, useNamespaceI18n } from './namespace';

const ACCOUNTS: Catalogues<AccountsKey> = {
  en: accountsEn,
  es: () => import('./messages/accounts-es').then((module) => module.accountsEs),
};

export type AccountsI18n = NamespaceI18n<AccountsKey>;

/** `useI18n` with the texts of the Users, Account and password-link pages, which load with those pages. */
export const useAccountsI18n = (): AccountsI18n => useNamespaceI18n(ACCOUNTS);

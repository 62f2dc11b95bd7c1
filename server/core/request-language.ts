import { AsyncLocalStorage } from 'node:async_hooks';
import Negotiator from 'negotiator';
import { FALLBACK_LANGUAGE, LANGUAGES, type Language } from '../contract/languages';

/** What a request says of the language it wants its error messages in. */
export interface LanguageAsked {
  /** The Accept-Language header, e.g. `el-GR,el;q=0.9,en;q=0.5`. */
  acceptLanguage?: string;
  /** Explicit choices (`?locale=` on /graphql, the request's `extensions.locale`): the first the API speaks wins over the header. */
  locales?: readonly unknown[];
}

/** A locale such as `el` or `el-GR` as one of the API's languages, if it is one. */
function supported(locale: unknown): Language | undefined {
  if (typeof locale !== 'string') return undefined;
  const primary = locale.trim().toLowerCase().split(/[-_]/)[0];
  return LANGUAGES.find((language) => language === primary);
}

/**
 * The language of a request's error messages: the first explicit locale the API speaks, else the
 * first language of Accept-Language (by q-value) that it speaks, else English.
 */
export function requestLanguage({ acceptLanguage, locales = [] }: LanguageAsked): Language {
  for (const locale of locales) {
    const chosen = supported(locale);
    if (chosen) return chosen;
  }
  if (!acceptLanguage) return FALLBACK_LANGUAGE;
  const [preferred] = new Negotiator({ headers: { 'accept-language': acceptLanguage } }).languages([...LANGUAGES]);
  return (preferred as Language | undefined) ?? FALLBACK_LANGUAGE;
}

/** The `locale` of a GraphQL request's extensions, from its JSON body (POST) or its `extensions` parameter (GET). */
export function extensionsLocale(body: unknown, extensionsParameter: string | null): unknown {
  if (body && typeof body === 'object' && !Array.isArray(body)) {
    const extensions = (body as { extensions?: unknown }).extensions;
    return extensions && typeof extensions === 'object' ? (extensions as { locale?: unknown }).locale : undefined;
  }
  if (!extensionsParameter) return undefined;
  try {
    const extensions: unknown = JSON.parse(extensionsParameter);
    return extensions && typeof extensions === 'object' ? (extensions as { locale?: unknown }).locale : undefined;
  } catch {
    return undefined;
  }
}

const scope = new AsyncLocalStorage<Language>();

/** Handles a request in the language it asked for, which every error message made while it runs is said in. */
export function withLanguage<T>(language: Language, handle: () => T): T {
  return scope.run(language, handle);
}

/** The language of the request being handled; English outside of one. */
export function currentLanguage(): Language {
  return scope.getStore() ?? FALLBACK_LANGUAGE;
}

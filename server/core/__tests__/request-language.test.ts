import { currentLanguage, extensionsLocale, requestLanguage, withLanguage } from '../request-language';

describe('the language of a request', () => {
  it.each([
    ['el-GR,el;q=0.9,en;q=0.5', 'el'],
    ['fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5', 'fr'],
    ['de-DE,de;q=0.9,pl;q=0.8,en;q=0.7', 'pl'],
    ['en;q=0.4,es;q=0.8', 'es'],
    ['es-419', 'es'],
    ['PL', 'pl'],
    ['de, ja', 'en'],
    ['*', 'en'],
    ['el;q=0', 'en'],
    ['', 'en'],
    ['not a header ;;; q=x', 'en'],
  ])('takes the first language the API speaks from Accept-Language %p: %s', (acceptLanguage, language) => {
    expect(requestLanguage({ acceptLanguage })).toBe(language);
  });

  it('is English when nothing is asked', () => {
    expect(requestLanguage({})).toBe('en');
  });

  it('lets an explicit locale win over the header, the first the API speaks, and ignores one it does not speak', () => {
    expect(requestLanguage({ acceptLanguage: 'el', locales: ['fr'] })).toBe('fr');
    expect(requestLanguage({ acceptLanguage: 'el', locales: ['pl-PL'] })).toBe('pl');
    expect(requestLanguage({ acceptLanguage: 'el', locales: [null, 'es'] })).toBe('es');
    expect(requestLanguage({ acceptLanguage: 'el', locales: ['de'] })).toBe('el');
    expect(requestLanguage({ locales: ['de', 42, { en: true }] })).toBe('en');
  });

  it('reads extensions.locale from a JSON body or from the extensions parameter of a GET', () => {
    expect(extensionsLocale({ query: '{ regions { slug } }', extensions: { locale: 'el' } }, null)).toBe('el');
    expect(extensionsLocale({ query: '{ regions { slug } }' }, null)).toBeUndefined();
    expect(extensionsLocale('', JSON.stringify({ locale: 'fr' }))).toBe('fr');
    expect(extensionsLocale('', '{not json')).toBeUndefined();
    expect(extensionsLocale([{ extensions: { locale: 'el' } }], null)).toBeUndefined();
  });

  it('is held for the handling of a request, English outside of one', async () => {
    expect(currentLanguage()).toBe('en');
    await withLanguage('pl', async () => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      expect(currentLanguage()).toBe('pl');
    });
    expect(currentLanguage()).toBe('en');
  });
});

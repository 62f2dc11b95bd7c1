import { formatMessage } from '../i18n/message-format';

describe('formatMessage', () => {
  it('fills arguments and picks the plural form the language has', () => {
    const text = '{count, plural, one {# okrągły stół} few {# okrągłe stoły} many {# okrągłych stołów} other {# okrągłego stołu}}';
    expect([1, 2, 5, 22].map((count) => formatMessage(text, 'pl', { count }))).toEqual([
      '1 okrągły stół',
      '2 okrągłe stoły',
      '5 okrągłych stołów',
      '22 okrągłe stoły',
    ]);
    expect(
      formatMessage('{region}: {count, plural, one {# roundtable} other {# roundtables}}', 'en', { region: 'Soria', count: 1200 }),
    ).toBe('Soria: 1,200 roundtables');
  });

  it('shows an argument not given as itself, rather than failing', () => {
    expect(formatMessage('Page {page} of {pages}', 'en', { page: 3 })).toBe('Page 3 of {pages}');
    expect(formatMessage('Page {page} of {pages}', 'en')).toBe('Page {page} of {pages}');
  });

  it('gives a text without arguments as it is', () => {
    expect(formatMessage("The region's roundtables", 'en')).toBe("The region's roundtables");
  });
});

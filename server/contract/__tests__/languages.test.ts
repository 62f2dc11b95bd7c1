import { LANGUAGES, labelIn, labelsInOrder } from '../languages';

describe('labels per language', () => {
  const transport = { en: 'Transport', fr: 'Transport et mobilité', pl: '  ', el: 'Μετακίνηση' };

  it('gives a label in the language asked, and in English where it has none or a blank one', () => {
    expect(LANGUAGES.map((locale) => labelIn(transport, locale))).toEqual([
      'Transport',
      'Transport',
      'Transport et mobilité',
      'Transport',
      'Μετακίνηση',
    ]);
  });

  it('lists the languages a label is written in, in their order, leaving blank ones out', () => {
    expect(labelsInOrder({ el: 'Μετακίνηση', en: 'Transport', pl: '' })).toEqual([
      { locale: 'en', text: 'Transport' },
      { locale: 'el', text: 'Μετακίνηση' },
    ]);
  });
});

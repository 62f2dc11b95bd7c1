import type { TaxonomyLabelsQuery } from '../../../__generated__/graphql';
import { blankEnglish, isChanged, isMissing, localizedInput, problemsByCell, rowsByKind, shownTexts } from '../label-rows';
import { readLabelsView, writeLabelsView } from '../label-view';

const DATA: TaxonomyLabelsQuery = {
  stakeholderCategories: [
    {
      code: 'NGO',
      version: 3,
      labels: [
        { locale: 'en', text: 'NGOs' },
        { locale: 'el', text: 'ΜΚΟ' },
      ],
    },
  ],
  challenges: [{ code: 'TRANSPORT', version: 1, labels: [{ locale: 'en', text: 'Transport' }] }],
  indicators: [
    {
      code: 'ROUNDTABLES_HELD',
      version: 2,
      labels: [
        { locale: 'en', text: 'Roundtables held' },
        { locale: 'es', text: 'Mesas redondas celebradas' },
      ],
      descriptions: [{ locale: 'en', text: 'Roundtables recorded in the period.' }],
    },
  ],
  reportingPeriods: [{ code: 'SIRA', version: 1, labels: [{ locale: 'en', text: 'Whole project' }] }],
  validationRules: [
    {
      code: 'DURATION_PLAUSIBLE',
      version: 4,
      placeholders: ['durationMinutes'],
      titles: [
        { locale: 'en', text: 'Duration from 15 to 600 minutes' },
        { locale: 'el', text: 'Διάρκεια από 15 έως 600 λεπτά' },
      ],
      messages: [{ locale: 'en', text: 'is {durationMinutes} minutes; check it' }],
    },
  ],
};

describe('the rows of the Labels page', () => {
  const rows = rowsByKind(DATA);
  const [ngo] = rows.category;
  const [held] = rows.indicator;

  it('hold each kind with its texts by part and language, and the version to quote', () => {
    expect(ngo).toEqual({ kind: 'category', code: 'NGO', version: 3, parts: ['label'], texts: { 'label.en': 'NGOs', 'label.el': 'ΜΚΟ' } });
    expect(held?.parts).toEqual(['label', 'description']);
    expect(held?.texts).toEqual({
      'label.en': 'Roundtables held',
      'label.es': 'Mesas redondas celebradas',
      'description.en': 'Roundtables recorded in the period.',
    });
    expect(rows.period.map((row) => row.code)).toEqual(['SIRA']);
    expect(rows.rule).toEqual([
      {
        kind: 'rule',
        code: 'DURATION_PLAUSIBLE',
        version: 4,
        parts: ['title', 'message'],
        texts: {
          'title.en': 'Duration from 15 to 600 minutes',
          'title.el': 'Διάρκεια από 15 έως 600 λεπτά',
          'message.en': 'is {durationMinutes} minutes; check it',
        },
        placeholders: ['durationMinutes'],
      },
    ]);
    const [rule] = rows.rule;
    if (!rule) throw new Error('no rule');
    expect(isMissing(rule, 'el')).toBe(true);
    expect(localizedInput(shownTexts(rule, { 'message.el': ' διήρκεσε {durationMinutes} λεπτά ' }), 'message')).toEqual([
      { locale: 'en', text: 'is {durationMinutes} minutes; check it' },
      { locale: 'el', text: 'διήρκεσε {durationMinutes} λεπτά' },
    ]);
  });

  it('find what is missing in a language, an indicator missing it in its description too', () => {
    if (!ngo || !held) throw new Error('no rows');
    expect(isMissing(ngo, 'el')).toBe(false);
    expect(isMissing(ngo, 'fr')).toBe(true);
    expect(isMissing(held, 'es')).toBe(true);
    expect(isMissing(held, 'en')).toBe(false);
  });

  it('send the whole label: English always, another language only when written, spaces dropped', () => {
    if (!ngo) throw new Error('no rows');
    const draft = { 'label.el': '  ', 'label.fr': ' ONG ' } as const;
    expect(isChanged(ngo, draft)).toBe(true);
    expect(isChanged(ngo, { 'label.el': ' ΜΚΟ ' })).toBe(false);
    expect(localizedInput(shownTexts(ngo, draft), 'label')).toEqual([
      { locale: 'en', text: 'NGOs' },
      { locale: 'fr', text: 'ONG' },
    ]);
    expect(localizedInput(shownTexts(ngo, { 'label.en': ' ' }), 'label')).toEqual([
      { locale: 'en', text: '' },
      { locale: 'el', text: 'ΜΚΟ' },
    ]);
    expect(blankEnglish(ngo, shownTexts(ngo, { 'label.en': ' ' }))).toEqual(['label.en']);
  });

  it("put the API's problems beside the fields they name, and the others apart", () => {
    expect(
      problemsByCell([
        { field: 'labels.fr', message: 'must be at most 200 characters' },
        { field: 'descriptions.en', message: 'must not be blank' },
        { field: 'messages.el', message: 'lacks {durationMinutes}' },
        { field: 'code', message: 'is unknown' },
      ]),
    ).toEqual({
      byCell: {
        'label.fr': ['must be at most 200 characters'],
        'description.en': ['must not be blank'],
        'message.el': ['lacks {durationMinutes}'],
      },
      others: ['code: is unknown'],
    });
  });

  it('keep the kind and the language filter in the URL', () => {
    expect(readLabelsView(new URLSearchParams('kind=challenge&missing=el'))).toEqual({ kind: 'challenge', missing: 'el' });
    expect(readLabelsView(new URLSearchParams('kind=nonsense&missing=en'))).toEqual({ kind: 'category', missing: null });
    expect(writeLabelsView({ kind: 'category', missing: null })).toBe('');
    expect(writeLabelsView({ kind: 'period', missing: 'pl' })).toBe('?kind=period&missing=pl');
    expect(readLabelsView(new URLSearchParams('kind=rule'))).toEqual({ kind: 'rule', missing: null });
  });
});

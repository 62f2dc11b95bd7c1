import type { RoundtableForEditQuery } from '../../../__generated__/graphql';
import { emptyValues, fieldElementId, formFieldOf, toRoundtableInput, valuesFromRoundtable } from '../form-values';

const words = { required: 'required', wholeNumber: 'whole number' };

const soria: NonNullable<RoundtableForEditQuery['roundtable']> = {
  id: 'c848431b-1b1b-497e-91f2-42f81d6741fe',
  version: 2,
  number: 3,
  date: '2021-11-24',
  format: 'HYBRID',
  durationMinutes: null,
  theme: null,
  reviewState: 'RETURNED',
  reviewComment: 'The minutes give 16 at most.',
  region: { slug: 'soria', name: 'Soria' },
  attendance: { total: { min: 9, max: 16 }, online: { min: 6, max: 6 }, onsite: null, organisations: null, fromRecords: false },
  categories: [
    { category: { code: 'NGO' }, participants: null },
    { category: { code: 'NEWCOMER' }, participants: { min: 4, max: 4 } },
  ],
  challenges: [{ challenge: { code: 'LANGUAGE' }, note: 'Insecure about their Spanish.' }],
  insights: [{ text: 'Offer both options.' }],
  interests: null,
  organisers: [{ role: 'SUPPORTER', organisation: { slug: 'icmc-europe' } }],
  sources: [{ title: 'Third platform in Soria', url: null, publisher: 'ICMC Europe' }],
};

describe('the roundtable form', () => {
  it('sends back what it loaded, keeping a range a range and unknowns unknown', () => {
    const { input, problems } = toRoundtableInput(valuesFromRoundtable(soria), words);
    expect(problems).toEqual([]);
    expect(input).toEqual({
      region: 'soria',
      number: 3,
      date: '2021-11-24',
      format: 'HYBRID',
      durationMinutes: null,
      theme: null,
      attendance: { participants: 9, participantsMax: 16, online: 6, onsite: null, organisations: null },
      categories: [
        { code: 'NGO', participants: null, participantsMax: null },
        { code: 'NEWCOMER', participants: 4, participantsMax: null },
      ],
      challenges: [{ code: 'LANGUAGE', note: 'Insecure about their Spanish.' }],
      insights: ['Offer both options.'],
      interests: [],
      organisers: [{ organisation: 'icmc-europe', role: 'SUPPORTER' }],
      sources: [{ title: 'Third platform in Soria', url: null, publisher: 'ICMC Europe' }],
    });
  });

  it('sends no attendance when none was published, and drops rows left blank', () => {
    const values = { ...emptyValues('soria', 4), date: '2022-02-01' };
    values.insights = [{ key: 'blank', text: '  ' }];
    const { input, sent, problems } = toRoundtableInput(values, words);
    expect(problems).toEqual([]);
    expect(input).toMatchObject({ number: 4, attendance: null, insights: [], sources: [] });
    expect(sent.sources).toEqual([]);
  });

  it('ignores the maximum of an exact count, and refuses numbers it cannot read', () => {
    const values = emptyValues('soria');
    values.attendance = { kind: 'exact', participants: '20', participantsMax: '30', online: '2.5', onsite: '-1', organisations: '' };
    values.categories = {
      NGO: { present: true, participants: 'many', participantsMax: '' },
      VOLUNTEER: { present: false, participants: '3', participantsMax: '' },
    };
    const { input, problems } = toRoundtableInput(values, words);
    expect(input.attendance).toMatchObject({ participants: 20, participantsMax: null });
    expect(input.categories).toEqual([{ code: 'NGO', participants: null, participantsMax: null }]);
    expect(problems).toEqual([
      { field: 'number', message: 'required' },
      { field: 'attendance.online', message: 'whole number' },
      { field: 'attendance.onsite', message: 'whole number' },
      { field: 'categories.NGO.participants', message: 'whole number' },
    ]);
  });

  it("puts the API's problems beside the row they came from", () => {
    const values = emptyValues('soria', 4);
    values.sources = [
      { key: 'blank', title: '', url: '', publisher: '' },
      { key: 'second', title: '', url: 'https://example.org', publisher: '' },
    ];
    values.categories = { NGO: { present: true, participants: '', participantsMax: '' } };
    const { sent } = toRoundtableInput(values, words);
    expect(formFieldOf('sources.0.title', sent)).toBe('sources.second.title');
    expect(formFieldOf('categories.0.code', sent)).toBe('categories.NGO.code');
    expect(formFieldOf('sources.5.title', sent)).toBe('sources');
    expect(formFieldOf('attendance.onsite', sent)).toBe('attendance.onsite');
    expect(formFieldOf('insights', sent)).toBe('insights');
    expect(fieldElementId('sources.second.title')).toBe('rt-sources-second-title');
  });
});

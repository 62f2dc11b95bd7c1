import { formatMessage } from '../../../app/i18n/message-format';
import { editingEn } from '../../../app/i18n/messages/editing-en';
import { editingEs } from '../../../app/i18n/messages/editing-es';
import { formLimits, limitField } from '../form-limits';
import { emptyValues, toRoundtableInput } from '../form-values';

// As the API answers roundtableLimits.
const limits = formLimits({
  counts: [
    { field: 'number', max: 10_000 },
    { field: 'durationMinutes', max: 1_440 },
    { field: 'attendance.participants', max: 100_000 },
    { field: 'attendance.online', max: 100_000 },
    { field: 'attendance.organisations', max: 10_000 },
    { field: 'categories.participants', max: 100_000 },
  ],
  texts: [
    { field: 'theme', max: 2_000 },
    { field: 'insights', max: 2_000 },
    { field: 'sources.title', max: 500 },
    { field: 'sources.url', max: 2_000 },
  ],
  lists: [
    { field: 'insights', max: 50 },
    { field: 'sources', max: 20 },
  ],
  datesFrom: '2000-01-01',
  datesTo: '2027-03-05',
  projectStartsOn: '2021-01-01',
  projectEndsOn: '2023-03-31',
});

const words = {
  required: 'required',
  wholeNumber: 'whole number',
  limits: {
    atMost: (max: number) => `at most ${max}`,
    charactersAtMost: (max: number, length: number) => `at most ${max} characters, not ${length}`,
    itemsAtMost: (max: number, count: number) => `at most ${max} items, not ${count}`,
    datesFromTo: (from: string, to: string) => `from ${from} to ${to}`,
  },
};

describe("the roundtable form's limits", () => {
  it('names a field as the limits do, without the key of its row', () => {
    expect(
      ['attendance.online', 'sources.r3.title', 'categories.NGO.participants', 'insights.r7', 'insights', 'date'].map(limitField),
    ).toEqual(['attendance.online', 'sources.title', 'categories.participants', 'insights', 'insights', 'date']);
  });

  it('refuses before sending what the API would refuse: counts, texts, lists and dates past their limits', () => {
    const values = { ...emptyValues('soria', 10_001), date: '1900-01-01', theme: 'x'.repeat(2_001) };
    values.attendance = {
      kind: 'exact',
      participants: '2000000000',
      participantsMax: '',
      online: '100000',
      onsite: '',
      organisations: '10001',
    };
    values.categories = { NGO: { present: true, participants: '100001', participantsMax: '' } };
    values.insights = Array.from({ length: 51 }, (_, index) => ({
      key: `i${index}`,
      text: index === 0 ? 'y'.repeat(2_001) : 'An insight',
    }));
    values.sources = [{ key: 's1', title: 'Minutes', url: `https://example.org/${'z'.repeat(2_000)}`, publisher: '' }];
    const { problems } = toRoundtableInput(values, words, limits);
    expect(problems).toEqual([
      { field: 'date', message: 'from 2000-01-01 to 2027-03-05' },
      { field: 'number', message: 'at most 10000' },
      { field: 'attendance.participants', message: 'at most 100000' },
      { field: 'attendance.organisations', message: 'at most 10000' },
      { field: 'theme', message: 'at most 2000 characters, not 2001' },
      { field: 'insights.i0', message: 'at most 2000 characters, not 2001' },
      { field: 'sources.s1.url', message: 'at most 2000 characters, not 2020' },
      { field: 'insights', message: 'at most 50 items, not 51' },
      { field: 'categories.NGO.participants', message: 'at most 100000' },
    ]);
  });

  it('lets through what is within the limits, at the limits included', () => {
    const values = { ...emptyValues('soria', 10_000), date: '2027-03-05', theme: 'x'.repeat(2_000) };
    values.attendance = {
      kind: 'exact',
      participants: '100000',
      participantsMax: '',
      online: '100000',
      onsite: '',
      organisations: '10000',
    };
    values.sources = [{ key: 's1', title: 't'.repeat(500), url: '', publisher: '' }];
    expect(toRoundtableInput(values, words, limits).problems).toEqual([]);
  });

  it('says the limits in both languages', () => {
    for (const messages of [editingEn, editingEs]) {
      for (const key of [
        'limits.count',
        'limits.text',
        'limits.list',
        'form.atMost',
        'form.charactersAtMost',
        'form.itemsAtMost',
      ] as const) {
        expect(formatMessage(messages[key], 'en', { max: '100,000', length: '3', count: '51' })).toContain('100,000');
      }
      expect(formatMessage(messages['limits.dates'], 'en', { from: '1 Jan 2000', to: '5 Mar 2027' })).toMatch(/1 Jan 2000.*5 Mar 2027/);
    }
    expect(editingEs['limits.count']).toBe('Como máximo {max}.');
  });
});

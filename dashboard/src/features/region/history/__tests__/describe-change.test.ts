import { formatters } from '../../../../app/i18n/format';
import { formatMessage } from '../../../../app/i18n/message-format';
import { editingEn } from '../../../../app/i18n/messages/editing-en';
import { en } from '../../../../app/i18n/messages/en';
import { changedFields, type RoundtableSnapshot } from '../../../../data/audit';
import { type DescribeContext, describeField } from '../describe-change';

const context: DescribeContext = {
  t: (key, values) => formatMessage({ ...en, ...editingEn }[key], 'en', values),
  format: formatters('en'),
  categories: new Map([['NGO', 'NGOs']]),
  challenges: new Map([['LANGUAGE', 'Language']]),
  organisations: new Map([['icmc-europe', 'ICMC Europe']]),
};

const before: RoundtableSnapshot = {
  number: 4,
  date: '2022-02-01',
  format: 'HYBRID',
  durationMinutes: null,
  attendance: { totalMin: 9, totalMax: 16, onlineMin: 6, onsiteMin: null, organisations: null },
  categories: [{ code: 'NGO', participantsMin: null, participantsMax: null }],
  challenges: [{ code: 'LANGUAGE', note: null }],
  organisers: [{ organisation: 'icmc-europe', role: 'SUPPORTER' }],
  sources: [{ title: 'Minutes', url: null, publisher: null }],
};
const after: RoundtableSnapshot = {
  ...before,
  format: 'ONSITE',
  durationMinutes: 90,
  attendance: { totalMin: 12, totalMax: 12, onlineMin: 0, onsiteMin: 12, organisations: 5 },
  categories: [{ code: 'NGO', participantsMin: 3, participantsMax: 3 }],
  challenges: [{ code: 'LANGUAGE', note: 'Insecure about their Spanish.' }],
  sources: [{ title: 'Minutes', url: 'https://example.org/minutes', publisher: 'Cepaim' }],
};

describe('a change in words', () => {
  it('reads each changed field before and after', () => {
    const words = changedFields(before, after).map((change) => [
      change.field,
      describeField(change.field, before, context),
      describeField(change.field, after, context),
    ]);
    expect(words).toEqual([
      ['format', ['Hybrid'], ['Onsite']],
      ['durationMinutes', [], ['90 min']],
      ['attendance', ['Total 9–16 · Online 6'], ['Total 12 · Online 0 · Onsite 12 · Organisations represented 5']],
      ['categories', ['NGOs'], ['NGOs (3)']],
      ['challenges', ['Language'], ['Language: Insecure about their Spanish.']],
      ['sources', ['Minutes'], ['Minutes (https://example.org/minutes), Cepaim']],
    ]);
  });

  it('names an organiser and its part', () => {
    expect(describeField('organisers', before, context)).toEqual(['ICMC Europe (support)']);
    expect(describeField('date', before, context)).toEqual(['Feb 1, 2022']);
  });
});

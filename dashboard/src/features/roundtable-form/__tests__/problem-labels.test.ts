import { formatMessage } from '../../../app/i18n/message-format';
import { editingEn } from '../../../app/i18n/messages/editing-en';
import { en } from '../../../app/i18n/messages/en';
import { emptyValues } from '../form-values';
import { isShownField, problemLabel } from '../problem-labels';

const t = (key: keyof typeof en | keyof typeof editingEn, values?: Record<string, string | number>) =>
  formatMessage({ ...en, ...editingEn }[key], 'en', values);

describe('problem labels', () => {
  const values = emptyValues('soria', 4);
  values.sources = [
    { key: 'a', title: '', url: '', publisher: '' },
    { key: 'b', title: '', url: 'not an address', publisher: '' },
  ];
  const categories = new Map([['NGO', 'NGOs']]);

  it.each([
    ['number', 'Number'],
    ['attendance', 'Attendance'],
    ['attendance.onsite', 'Attendance: Onsite'],
    ['categories.NGO.participantsMax', 'NGOs: Participants, at most'],
    ['categories.NGO.code', 'NGOs'],
    ['sources', 'Sources'],
    ['sources.b.url', 'Source 2: Web address (optional)'],
    ['sources.gone.title', 'Sources: Title'],
    ['region', 'Region'],
    ['somethingElse', 'somethingElse'],
  ])('names %s as "%s"', (field, label) => {
    expect(problemLabel(field, values, categories, t)).toBe(label);
  });

  it('links only to fields the form shows', () => {
    expect(['attendance.online', 'sources.b.title', 'region', 'somethingElse'].map(isShownField)).toEqual([true, true, false, false]);
  });
});

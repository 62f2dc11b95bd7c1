import { changedFields, deletedRoundtables, type RoundtableSnapshot } from '../audit';

const soria: RoundtableSnapshot = {
  number: 3,
  date: '2021-11-24',
  format: 'HYBRID',
  durationMinutes: null,
  theme: null,
  attendance: { totalMin: 21, totalMax: 21, onlineMin: 18, onsiteMin: 3, organisations: null },
  categories: [{ code: 'NGO', participantsMin: null, participantsMax: null }],
  challenges: [{ code: 'LANGUAGE', note: 'They feel insecure about their level of Spanish.' }],
  insights: [],
  interests: [],
  organisers: [],
  sources: [{ title: 'Third platform in Soria', url: null, publisher: null }],
};

describe('changedFields', () => {
  it('lists only the fields that differ, whatever the order of their keys', () => {
    const after: RoundtableSnapshot = {
      ...soria,
      theme: 'Participation',
      attendance: { organisations: null, onsiteMin: 5, onlineMin: 18, totalMax: 23, totalMin: 23 },
      categories: [{ participantsMax: null, participantsMin: null, code: 'NGO' }],
    };
    expect(changedFields(soria, after)).toEqual([
      { field: 'theme', before: null, after: 'Participation' },
      { field: 'attendance', before: soria.attendance, after: after.attendance },
    ]);
  });

  it('shows a creation as every field it recorded, and nothing for fields left empty', () => {
    expect(changedFields(null, soria).map((change) => change.field)).toEqual([
      'number',
      'date',
      'format',
      'attendance',
      'categories',
      'challenges',
      'sources',
    ]);
  });
});

describe('deletedRoundtables', () => {
  it('keeps the latest deletion of each roundtable that is gone', () => {
    const entityType = 'Roundtable';
    const entries = [
      { id: '9', action: 'DELETE', entityType, entityId: 'a' },
      { id: '8', action: 'RESTORE', entityType, entityId: 'a' },
      { id: '7', action: 'DELETE', entityType, entityId: 'a' },
      { id: '6', action: 'DELETE', entityType, entityId: 'b' },
      { id: '5', action: 'UPDATE', entityType, entityId: 'c' },
      { id: '4', action: 'DELETE', entityType, entityId: 'd' },
    ];
    expect(deletedRoundtables(entries, ['d']).map((entry) => entry.id)).toEqual(['9', '6']);
  });

  it('leaves out the deletions of participants, which the region’s trail holds too', () => {
    const entries = [
      { id: '3', action: 'DELETE', entityType: 'Participant', entityId: 'p' },
      { id: '2', action: 'DELETE', entityType: 'Roundtable', entityId: 'r' },
    ];
    expect(deletedRoundtables(entries, []).map((entry) => entry.id)).toEqual(['2']);
  });
});

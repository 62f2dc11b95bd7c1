import { breakdownsOf, partText, splitNotPublished } from '../drill-down';

const words = {
  unknown: 'not known',
  withheld: {
    SMALL_COUNT: 'Fewer than 5',
    PROTECTS_SMALL_COUNT: 'Withheld to protect a small count',
    NOT_PUBLISHED: 'Not published at this level',
  },
};
const number = (n: number) => String(n);

describe('the drill-down', () => {
  it('asks for the splits the indicator supports and no others', () => {
    expect(breakdownsOf(['REGION', 'PERIOD', 'MODE'])).toEqual({
      dimensions: ['MODE'],
      switches: { byCategory: false, byNewcomerStatus: false, byGender: false, byAgeBand: false, byMode: true },
    });
    expect(breakdownsOf(['REGION', 'PERIOD', 'STAKEHOLDER_CATEGORY', 'GENDER']).dimensions).toEqual(['STAKEHOLDER_CATEGORY', 'GENDER']);
  });

  it('writes a part as a count or range, present but not counted, unknown or withheld with its reason', () => {
    expect(partText({ key: 'ONLINE', value: { min: 18, max: 18 }, recordCount: 1, withheld: null }, null, null, number, words)).toBe('18');
    expect(partText({ key: 'NGO', value: { min: 2, max: 4 }, recordCount: 1, withheld: null }, null, 'present', number, words)).toBe('2–4');
    expect(partText({ key: 'NGO', value: null, recordCount: 1, withheld: null }, null, 'present, not counted', number, words)).toBe(
      'present, not counted',
    );
    expect(partText({ key: 'FEMALE', value: null, recordCount: 0, withheld: null }, null, null, number, words)).toBe('not known');
    expect(partText({ key: 'ONSITE', value: null, recordCount: 1, withheld: 'SMALL_COUNT' }, null, null, number, words)).toBe(
      'Fewer than 5',
    );
    expect(partText({ key: 'ONLINE', value: null, recordCount: 1, withheld: 'PROTECTS_SMALL_COUNT' }, null, null, number, words)).toBe(
      'Withheld to protect a small count',
    );
    expect(partText({ key: 'FEMALE', value: null, recordCount: null, withheld: 'NOT_PUBLISHED' }, 'SMALL_COUNT', null, number, words)).toBe(
      'Not published at this level',
    );
    // The figure split is withheld: a part that says nothing of its own is withheld with it.
    expect(partText({ key: 'ONSITE', value: { min: 3, max: 3 }, recordCount: 1, withheld: null }, 'SMALL_COUNT', null, number, words)).toBe(
      'Fewer than 5',
    );
  });

  it('tells a split not published as a whole from one with some parts withheld', () => {
    const notPublished = { value: null, recordCount: null, withheld: 'NOT_PUBLISHED' as const };
    expect(
      splitNotPublished([
        { key: 'FEMALE', ...notPublished },
        { key: 'FROM_PUBLICATIONS', ...notPublished },
      ]),
    ).toBe(true);
    expect(splitNotPublished([{ key: 'FROM_PUBLICATIONS', value: { min: 21, max: 21 }, recordCount: 1, withheld: null }])).toBe(false);
    expect(splitNotPublished([])).toBe(false);
  });
});

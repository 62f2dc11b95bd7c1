import { breakdownsOf, partText } from '../drill-down';

const words = { unknown: 'not known', suppressed: 'Suppressed (fewer than 5)' };
const number = (n: number) => String(n);

describe('the drill-down', () => {
  it('asks for the splits the indicator supports and no others', () => {
    expect(breakdownsOf(['REGION', 'PERIOD', 'MODE'])).toEqual({
      dimensions: ['MODE'],
      switches: { byCategory: false, byNewcomerStatus: false, byGender: false, byAgeBand: false, byMode: true },
    });
    expect(breakdownsOf(['REGION', 'PERIOD', 'STAKEHOLDER_CATEGORY', 'GENDER']).dimensions).toEqual(['STAKEHOLDER_CATEGORY', 'GENDER']);
  });

  it('writes a part as a count or range, present but not counted, unknown or withheld', () => {
    expect(partText({ key: 'ONLINE', value: { min: 18, max: 18 }, recordCount: 1, suppressed: false }, false, null, number, words)).toBe(
      '18',
    );
    expect(partText({ key: 'NGO', value: { min: 2, max: 4 }, recordCount: 1, suppressed: false }, false, 'present', number, words)).toBe(
      '2–4',
    );
    expect(partText({ key: 'NGO', value: null, recordCount: 1, suppressed: false }, false, 'present, not counted', number, words)).toBe(
      'present, not counted',
    );
    expect(partText({ key: 'FEMALE', value: null, recordCount: 0, suppressed: false }, false, null, number, words)).toBe('not known');
    expect(partText({ key: 'FEMALE', value: null, recordCount: 1, suppressed: true }, false, null, number, words)).toBe(words.suppressed);
    // The figure split is withheld: so is every part, whatever it says.
    expect(partText({ key: 'ONSITE', value: { min: 3, max: 3 }, recordCount: 1, suppressed: false }, true, null, number, words)).toBe(
      words.suppressed,
    );
  });
});

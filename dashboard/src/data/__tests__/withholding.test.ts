import { countText, isSuppressed } from '../suppression';

const words = { unknown: 'unknown', suppressed: 'Suppressed (fewer than 5)' };
const number = (value: number) => String(value);

describe('countText', () => {
  it('tells a withheld count from an unknown one, and neither reads as 0', () => {
    expect(countText(null, true, number, words)).toBe('Suppressed (fewer than 5)');
    expect(countText(null, false, number, words)).toBe('unknown');
    expect(countText({ min: 0, max: 0 }, false, number, words)).toBe('0');
    expect(countText({ min: 9, max: 16 }, false, number, words)).toBe('9–16');
  });
});

describe('isSuppressed', () => {
  it('reads the list the API gives, and treats a missing one as nothing withheld', () => {
    expect(isSuppressed({ suppressed: ['onsite', 'online'] }, 'onsite')).toBe(true);
    expect(isSuppressed({ suppressed: ['onsite'] }, 'total')).toBe(false);
    expect(isSuppressed({}, 'onsite')).toBe(false);
    expect(isSuppressed({ suppressed: null }, 'onsite')).toBe(false);
  });
});

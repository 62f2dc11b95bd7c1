import { countText, protectingReason, reasonsAmong, shareReason, strongestReason, withheldReason } from '../withholding';

const labels = {
  SMALL_COUNT: 'Fewer than 5',
  PROTECTS_SMALL_COUNT: 'Withheld to protect a small count',
  NOT_PUBLISHED: 'Not published at this level',
};
const words = { unknown: 'unknown', withheld: labels };
const number = (value: number) => String(value);

describe('countText', () => {
  it('says why a count is withheld, tells it from an unknown one, and reads neither as 0', () => {
    expect(countText(null, 'SMALL_COUNT', number, words)).toBe('Fewer than 5');
    expect(countText(null, 'PROTECTS_SMALL_COUNT', number, words)).toBe('Withheld to protect a small count');
    expect(countText(null, 'NOT_PUBLISHED', number, words)).toBe('Not published at this level');
    expect(countText(null, undefined, number, words)).toBe('unknown');
    expect(countText({ min: 0, max: 0 }, null, number, words)).toBe('0');
    expect(countText({ min: 9, max: 16 }, undefined, number, words)).toBe('9–16');
  });
});

describe('withheldReason', () => {
  it('reads the list the API gives, and treats a missing one as nothing withheld', () => {
    const row = {
      withheld: [
        { field: 'online', reason: 'PROTECTS_SMALL_COUNT' as const },
        { field: 'onsite', reason: 'SMALL_COUNT' as const },
      ],
    };
    expect(withheldReason(row, 'onsite')).toBe('SMALL_COUNT');
    expect(withheldReason(row, 'online')).toBe('PROTECTS_SMALL_COUNT');
    expect(withheldReason(row, 'total')).toBeUndefined();
    expect(withheldReason({}, 'onsite')).toBeUndefined();
    expect(withheldReason({ withheld: null }, 'onsite')).toBeUndefined();
  });
});

describe('reasons of figures made of several counts', () => {
  it('lists each reason once, in the order a note explains them', () => {
    expect(reasonsAmong(['NOT_PUBLISHED', undefined, 'SMALL_COUNT', 'NOT_PUBLISHED', null])).toEqual(['SMALL_COUNT', 'NOT_PUBLISHED']);
    expect(reasonsAmong([])).toEqual([]);
  });

  it('gives a split withheld for a small count as such, and as not published only when every part is', () => {
    expect(strongestReason(['PROTECTS_SMALL_COUNT', 'SMALL_COUNT', undefined])).toBe('SMALL_COUNT');
    expect(strongestReason(['NOT_PUBLISHED', 'NOT_PUBLISHED'])).toBe('NOT_PUBLISHED');
    expect(strongestReason([undefined])).toBeUndefined();
  });

  it('withholds a share with its own count, or to protect the other count it would give back', () => {
    expect(shareReason('PROTECTS_SMALL_COUNT', 'SMALL_COUNT')).toBe('PROTECTS_SMALL_COUNT');
    expect(shareReason(undefined, 'SMALL_COUNT')).toBe('PROTECTS_SMALL_COUNT');
    expect(shareReason(undefined, 'NOT_PUBLISHED')).toBe('NOT_PUBLISHED');
    expect(shareReason(undefined, undefined)).toBeUndefined();
    expect(protectingReason('SMALL_COUNT')).toBe('PROTECTS_SMALL_COUNT');
  });
});

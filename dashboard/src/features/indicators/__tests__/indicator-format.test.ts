import { formatters } from '../../../app/i18n/format';
import { formatIndicatorValue, formatProgress, hasNoRecords, resultNote, resultText } from '../indicator-format';

const en = formatters('en');
const es = formatters('es');
const words = {
  unknown: 'not known',
  withheld: {
    SMALL_COUNT: 'Fewer than 5',
    PROTECTS_SMALL_COUNT: 'Withheld to protect a small count',
    NOT_PUBLISHED: 'Not published at this level',
  },
};

describe('indicator values in words', () => {
  it('writes a count as it is and a range with both ends, never as one number', () => {
    expect(formatIndicatorValue({ min: 4, max: 4 }, 'COUNT', null, en, words)).toBe('4');
    expect(formatIndicatorValue({ min: 9, max: 16 }, 'COUNT', null, en, words)).toBe('9–16');
    expect(formatIndicatorValue({ min: 1200, max: 1200 }, 'COUNT', null, en, words)).toBe('1,200');
  });

  it('writes a share as a percentage, a range of shares with both ends', () => {
    expect(formatIndicatorValue({ min: 3 / 21, max: 3 / 21 }, 'SHARE', null, en, words)).toBe('14%');
    expect(formatIndicatorValue({ min: 0.09, max: 0.16 }, 'SHARE', null, en, words)).toBe('9%–16%');
    expect(formatIndicatorValue({ min: 0.4, max: 0.4 }, 'SHARE', null, es, words)).toBe('40\u00a0%');
  });

  it('tells a withheld value, with its reason, from an unknown one, and writes neither as 0', () => {
    expect(formatIndicatorValue(null, 'COUNT', 'SMALL_COUNT', en, words)).toBe('Fewer than 5');
    expect(formatIndicatorValue(null, 'SHARE', 'PROTECTS_SMALL_COUNT', en, words)).toBe('Withheld to protect a small count');
    expect(formatIndicatorValue(null, 'COUNT', null, en, words)).toBe('not known');
    expect(formatIndicatorValue(undefined, 'SHARE', null, en, words)).toBe('not known');
    expect(formatIndicatorValue({ min: 0, max: 0 }, 'COUNT', null, en, words)).toBe('0');
  });

  it('writes progress as a percentage of the way to the target, a range where the value is one', () => {
    expect(formatProgress({ min: 0.25, max: 0.25 }, en)).toBe('25%');
    expect(formatProgress({ min: 0.5, max: 0.75 }, en)).toBe('50%–75%');
    expect(formatProgress(null, en)).toBeNull();
  });
});

describe('a narrow range of shares', () => {
  it('keeps the decimals that tell its ends apart, in the locale’s percent form', () => {
    expect(formatIndicatorValue({ min: 0.3512, max: 0.3538 }, 'SHARE', null, en, words)).toBe('35.1%–35.4%');
    expect(formatIndicatorValue({ min: 0.3512, max: 0.3538 }, 'SHARE', null, es, words)).toBe('35,1\u00a0%–35,4\u00a0%');
  });
});

describe('a result in words', () => {
  const resultWords = {
    ...words,
    noRecords: 'No records',
    noCategory: 'No stakeholder category recorded',
    noChallenge: 'No challenge recorded',
  };
  const held = { code: 'ROUNDTABLES_HELD', unit: 'COUNT' as const };
  const challenges = { code: 'CHALLENGES_RAISED', unit: 'COUNT' as const };
  const share = { code: 'ONSITE_SHARE', unit: 'SHARE' as const };

  it('reads "No records" over no roundtable, where the API sums nothing to 0, and notes it for downloads', () => {
    const isere = { value: { min: 0, max: 0 }, withheld: null, recordCount: 0 };
    expect(hasNoRecords(isere)).toBe(true);
    expect(resultText(isere, held, en, resultWords)).toBe('No records');
    expect(resultText({ value: null, recordCount: 0 }, share, en, resultWords)).toBe('No records');
    expect(resultNote(isere, held, resultWords)).toBe('No records');
    // A withheld value says why, whatever it counts.
    expect(hasNoRecords({ value: null, withheld: 'SMALL_COUNT', recordCount: 0 })).toBe(false);
    expect(resultText({ value: null, withheld: 'SMALL_COUNT', recordCount: 0 }, held, en, resultWords)).toBe('Fewer than 5');
  });

  it('says that roundtables record no challenge rather than 0, the same words as the other pages', () => {
    const teruel = { value: { min: 0, max: 0 }, recordCount: 3 };
    expect(resultText(teruel, challenges, en, resultWords)).toBe('No challenge recorded');
    expect(resultNote(teruel, challenges, resultWords)).toBe('No challenge recorded');
    expect(resultText({ value: { min: 5, max: 5 }, recordCount: 3 }, challenges, en, resultWords)).toBe('5');
    expect(resultText(teruel, held, en, resultWords)).toBe('0');
    // Stakeholder categories represented reads as the overview's headline does.
    const categories = { code: 'CATEGORIES_REPRESENTED', unit: 'COUNT' as const };
    expect(resultText(teruel, categories, en, resultWords)).toBe('No stakeholder category recorded');
    expect(resultNote(teruel, categories, resultWords)).toBe('No stakeholder category recorded');
    expect(resultNote(teruel, held, resultWords)).toBeUndefined();
  });

  it('writes a known value, a range and an unknown one as before', () => {
    expect(resultText({ value: { min: 34, max: 41 }, recordCount: 3 }, held, en, resultWords)).toBe('34–41');
    expect(resultText({ value: null, recordCount: 3 }, share, en, resultWords)).toBe('not known');
  });
});

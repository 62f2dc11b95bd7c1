import { countValue, shareValue } from '../indicator-value';

describe('countValue', () => {
  it('is a known 0 over nothing, and null only when everything in scope is unknown', () => {
    expect(countValue({ known: 0, unknown: 0, min: null, max: null })).toEqual({ min: 0, max: 0 });
    expect(countValue({ known: 0, unknown: 2, min: null, max: null })).toBeNull();
    expect(countValue({ known: 2, unknown: 1, min: 19, max: 26 })).toEqual({ min: 19, max: 26 });
  });
});

describe('shareValue', () => {
  it('spans the lowest part over the highest whole to the highest over the lowest', () => {
    expect(shareValue({ min: 9, max: 16 }, { min: 19, max: 26 })).toEqual({ min: 9 / 26, max: 16 / 19 });
  });

  it('stays within 0 to 1, open at the top when the whole may be 0', () => {
    expect(shareValue({ min: 9, max: 16 }, { min: 9, max: 16 })).toEqual({ min: 9 / 16, max: 1 });
    expect(shareValue({ min: 0, max: 2 }, { min: 0, max: 4 })).toEqual({ min: 0, max: 1 });
  });

  it('is null when the whole is 0 or either part unknown', () => {
    expect(shareValue({ min: 0, max: 0 }, { min: 0, max: 0 })).toBeNull();
    expect(shareValue(null, { min: 3, max: 3 })).toBeNull();
    expect(shareValue({ min: 3, max: 3 }, null)).toBeNull();
  });
});

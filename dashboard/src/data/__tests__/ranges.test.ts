import { formatRange, shareRange } from '../ranges';

const n = (value: number) => String(value);

describe('shareRange', () => {
  it('gives an exact share for exact figures', () => {
    expect(shareRange({ min: 18, max: 18 }, { min: 21, max: 21 })).toEqual({ min: 18 / 21, max: 18 / 21 });
  });

  it('widens to the lowest and highest possible share for ranges, never above 1', () => {
    expect(shareRange({ min: 5, max: 10 }, { min: 8, max: 20 })).toEqual({ min: 0.25, max: 1 });
  });

  it('is unknown when either side is, or the whole is 0', () => {
    expect(shareRange(null, { min: 3, max: 3 })).toBeNull();
    expect(shareRange({ min: 0, max: 0 }, { min: 0, max: 0 })).toBeNull();
  });
});

describe('formatRange', () => {
  it('writes exact figures once, ranges with a dash, unknown in words', () => {
    expect(formatRange({ min: 26, max: 26 }, n, 'unknown')).toBe('26');
    expect(formatRange({ min: 9, max: 16 }, n, 'unknown')).toBe('9–16');
    expect(formatRange(null, n, 'desconocido')).toBe('desconocido');
  });
});

import { DEFAULT_OUTLIER_Z_THRESHOLD, OUTLIER_MIN_BASELINE } from '../../../../contract/outlier-rule';
import { modifiedZ, plantedDataSet, referenceFlags, usualOf } from './planted-outliers';

const key = (flag: { region: string; number: number; measure: string }) => `${flag.region} #${flag.number} ${flag.measure}`;

// The generated data set the integration test reads: checked here against the reference alone,
// so that a failure there is the SQL's, not the data's.
describe('the data set with planted outliers', () => {
  for (const seed of ['outliers', ...Array.from({ length: 60 }, (_, i) => `s${i}`)]) {
    it(`has exactly the planted values beyond the threshold (seed ${seed})`, () => {
      const { planted, roundtables } = plantedDataSet(seed);
      const flags = referenceFlags(roundtables, DEFAULT_OUTLIER_Z_THRESHOLD, OUTLIER_MIN_BASELINE);
      expect(flags.map(key).sort()).toEqual(planted.map(key).sort());
    });
  }
});

describe('the reference modified z-score', () => {
  it('is 0.6745 (x − median) / MAD', () => {
    const usual = usualOf([1, 2, 3, 4, 100].map((value) => ({ min: value, max: value })));
    expect(usual).toMatchObject({ known: 5, median: 3, mad: 1 });
    expect(modifiedZ({ min: 100, max: 100 }, usual, 5)).toBeCloseTo(0.6745 * 97, 10);
  });

  it('falls back on the mean absolute deviation when the MAD is 0, and gives none when that is 0 too', () => {
    const usual = usualOf([5, 5, 5, 5, 10].map((value) => ({ min: value, max: value })));
    expect(usual).toMatchObject({ median: 5, mad: 0, meanAbsoluteDeviation: 1 });
    expect(modifiedZ({ min: 10, max: 10 }, usual, 5)).toBeCloseTo(5 / 1.253314, 10);
    const flat = usualOf([5, 5, 5, 5, 5].map((value) => ({ min: value, max: value })));
    expect(modifiedZ({ min: 10, max: 10 }, flat, 5)).toBeNull();
  });

  it('scores a range by its bound nearest the median, and 0 when it holds the median', () => {
    const usual = usualOf([1, 2, 3, 4, 5].map((value) => ({ min: value, max: value })));
    expect(modifiedZ({ min: 10, max: 50 }, usual, 5)).toBeCloseTo(0.6745 * 7, 10);
    expect(modifiedZ({ min: -50, max: -10 }, usual, 5)).toBeCloseTo(0.6745 * -13, 10);
    expect(modifiedZ({ min: 0, max: 50 }, usual, 5)).toBe(0);
    expect(modifiedZ(null, usual, 5)).toBeNull();
    expect(modifiedZ({ min: 10, max: 10 }, usual, 6)).toBeNull();
  });
});

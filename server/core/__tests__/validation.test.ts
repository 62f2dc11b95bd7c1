import { DomainError } from '../errors';
import { parseCountryCodes, parseIsoDate } from '../validation';

describe('parseIsoDate', () => {
  it('accepts real calendar dates', () => {
    expect(parseIsoDate('2021-11-24', 'from')).toBe('2021-11-24');
    expect(parseIsoDate('2024-02-29', 'from')).toBe('2024-02-29');
  });

  it.each(['2021-02-30', '2023-02-29', '2021-13-01', '21-11-24', '2021-11-24T00:00:00Z', '24/11/2021', ''])(
    'refuses %p with BAD_USER_INPUT naming the field',
    (value) => {
      expect(() => parseIsoDate(value, 'filter.to')).toThrow(DomainError);
      expect(() => parseIsoDate(value, 'filter.to')).toThrow(/filter.to must be a date written YYYY-MM-DD/);
    },
  );
});

describe('parseCountryCodes', () => {
  it('dedupes valid codes and refuses malformed ones, listing each', () => {
    expect(parseCountryCodes(['ES', 'ES', 'GR'], 'countries')).toEqual(['ES', 'GR']);
    expect(() => parseCountryCodes(['es', 'ESP', 'FR'], 'countries')).toThrow('these are not: "es", "ESP".');
  });
});

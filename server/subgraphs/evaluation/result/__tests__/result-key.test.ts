import { parseResultId, resultId } from '../result-key';

describe('indicator result ids', () => {
  it('carry the whole key, so the gateway can come back with only the id', () => {
    const key = {
      indicatorCode: 'ROUNDTABLES_HELD',
      regionSlug: 'soria',
      periodCode: 'SIRA',
      asOf: '2026-11-22',
      filter: { countries: ['ES'], illustrative: false, formats: null },
    };
    const id = resultId(key);
    expect(id.startsWith('ROUNDTABLES_HELD~soria~SIRA~2026-11-22~')).toBe(true);
    expect(parseResultId(id)).toEqual({ ...key, filter: { countries: ['ES'], illustrative: false } });
  });

  it('give one id to one scope however its filter lists are ordered', () => {
    const key = { indicatorCode: 'PARTICIPANTS', regionSlug: null, periodCode: '2021', asOf: '2026-11-22' };
    expect(resultId({ ...key, filter: { regions: ['teruel', 'soria'] } })).toBe(
      resultId({ ...key, filter: { regions: ['soria', 'teruel'] } }),
    );
    expect(parseResultId(resultId({ ...key, filter: null })).regionSlug).toBeNull();
  });

  it('refuses an id that was not made here', () => {
    expect(() => parseResultId('soria')).toThrow(/not an IndicatorResult id/);
    expect(() => parseResultId('A~b~c~d~!!!')).toThrow(/not an IndicatorResult id/);
  });
});

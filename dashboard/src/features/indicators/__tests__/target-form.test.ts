import { EVERY_REGION, findTarget, formValuesFor, parseAmount, type StoredTarget, targetInput } from '../target-form';

const DEFAULT_TARGET: StoredTarget = {
  id: 't1',
  indicatorCode: 'ROUNDTABLES_HELD',
  regionSlug: null,
  periodCode: 'SIRA',
  baseline: 0,
  target: 4,
  source: 'articles',
  note: null,
  version: 3,
};

describe('the target form', () => {
  it('opens on what is set for the region and period, a share shown as a percentage', () => {
    expect(findTarget([DEFAULT_TARGET], 'ROUNDTABLES_HELD', EVERY_REGION, 'SIRA')).toBe(DEFAULT_TARGET);
    expect(findTarget([DEFAULT_TARGET], 'ROUNDTABLES_HELD', 'soria', 'SIRA')).toBeUndefined();
    expect(formValuesFor(DEFAULT_TARGET, EVERY_REGION, 'SIRA', 'COUNT')).toEqual({
      region: '',
      period: 'SIRA',
      baseline: '0',
      target: '4',
      source: 'articles',
      note: '',
    });
    expect(formValuesFor({ ...DEFAULT_TARGET, target: 0.35 }, EVERY_REGION, 'SIRA', 'SHARE').target).toBe('35');
  });

  it('reads numbers with a decimal point or comma, a percentage as a share, and nothing as none', () => {
    expect(parseAmount('12', 'COUNT')).toBe(12);
    expect(parseAmount(' 2,5 ', 'COUNT')).toBe(2.5);
    expect(parseAmount('40', 'SHARE')).toBe(0.4);
    expect(parseAmount('', 'COUNT')).toBeNull();
    expect(parseAmount('four', 'COUNT')).toBeUndefined();
  });

  it('sends the version read, and leaves the region out for every region', () => {
    const values = { region: EVERY_REGION, period: '2021', baseline: '', target: '2', source: ' plan ', note: '' };
    expect(targetInput(values, 'ROUNDTABLES_HELD', 'COUNT', 3, 'not a number')).toEqual({
      input: { indicator: 'ROUNDTABLES_HELD', period: '2021', baseline: null, target: 2, source: 'plan', note: null, version: 3 },
    });
    expect(targetInput({ ...values, region: 'soria' }, 'ROUNDTABLES_HELD', 'COUNT', undefined, 'x')).toEqual({
      input: { indicator: 'ROUNDTABLES_HELD', region: 'soria', period: '2021', baseline: null, target: 2, source: 'plan', note: null },
    });
  });

  it('names the boxes that do not hold a number, and sends nothing', () => {
    expect(
      targetInput({ region: '', period: 'SIRA', baseline: 'none', target: '4x', source: '', note: '' }, 'X', 'COUNT', 1, 'Enter a number'),
    ).toEqual({
      problems: [
        { field: 'baseline', message: 'Enter a number' },
        { field: 'target', message: 'Enter a number' },
      ],
    });
  });
});

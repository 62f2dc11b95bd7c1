import { OperationNames } from '../operation-names';

describe('the operation name label', () => {
  it('keeps the first names it meets, and counts every later new one as other', () => {
    const names = new OperationNames(2);
    expect(names.labelOf('OverviewPage')).toBe('OverviewPage');
    expect(names.labelOf('RegionPage')).toBe('RegionPage');
    expect(names.labelOf('Made_Up_1')).toBe('other');
    expect(names.labelOf('Made_Up_2')).toBe('other');
    // Those it kept stay themselves.
    expect(names.labelOf('OverviewPage')).toBe('OverviewPage');
  });

  it('names an operation without a name anonymous, and refuses a label no GraphQL name could be', () => {
    const names = new OperationNames();
    expect(names.labelOf(undefined)).toBe('anonymous');
    expect(names.labelOf('')).toBe('anonymous');
    expect(names.labelOf('a"b')).toBe('other');
    expect(names.labelOf('x'.repeat(81))).toBe('other');
    expect(names.labelOf('x'.repeat(80))).toBe('x'.repeat(80));
  });
});

import { participantCounts } from '../participant-counts';

describe('participantCounts', () => {
  it('counts a record that does not say as not recorded, never as a gender or an age band', () => {
    const counts = participantCounts([
      { newcomer: true, gender: 'FEMALE', ageBand: 'AGE_25_34', mode: 'ONSITE' },
      { newcomer: true, gender: null, ageBand: null, mode: 'ONLINE' },
      { newcomer: false, gender: 'NON_BINARY', ageBand: 'AGE_25_34', mode: 'ONSITE' },
      { newcomer: false, gender: 'UNDISCLOSED', ageBand: 'UNDER_18', mode: 'ONSITE' },
    ]);
    expect(counts.total).toBe(4);
    expect(counts.byNewcomer).toEqual([
      { key: 'NEWCOMER', count: 2 },
      { key: 'OTHER', count: 2 },
    ]);
    expect(counts.byGender).toEqual([
      { key: 'FEMALE', count: 1 },
      { key: 'MALE', count: 0 },
      { key: 'NON_BINARY', count: 1 },
      { key: 'UNDISCLOSED', count: 1 },
      { key: 'NOT_RECORDED', count: 1 },
    ]);
    expect(counts.byAgeBand.find((part) => part.key === 'NOT_RECORDED')).toEqual({ key: 'NOT_RECORDED', count: 1 });
    expect(counts.byAgeBand.reduce((sum, part) => sum + part.count, 0)).toBe(4);
    expect(counts.byMode).toEqual([
      { key: 'ONSITE', count: 3 },
      { key: 'ONLINE', count: 1 },
    ]);
  });

  it('lists no "not recorded" part when every record answers', () => {
    const counts = participantCounts([{ newcomer: false, gender: 'MALE', ageBand: 'AGE_50_64', mode: 'ONLINE' }]);
    expect(counts.byGender.map((part) => part.key)).not.toContain('NOT_RECORDED');
    expect(counts.byAgeBand.map((part) => part.key)).not.toContain('NOT_RECORDED');
  });
});

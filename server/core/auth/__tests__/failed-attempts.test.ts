import { FailedAttempts } from '../failed-attempts';

describe('FailedAttempts', () => {
  let now: number;
  let attempts: FailedAttempts;

  beforeEach(() => {
    now = 1_000_000;
    attempts = new FailedAttempts(3, 60_000, () => now);
  });

  it('lets an address try until it has failed the limit, then says how long to wait', () => {
    for (let failure = 0; failure < 3; failure += 1) {
      expect(attempts.retryAfterSeconds('10.0.0.1')).toBeUndefined();
      attempts.record('10.0.0.1');
      now += 10_000;
    }
    // The oldest failure was 30 s ago: it leaves the window in 30 s.
    expect(attempts.retryAfterSeconds('10.0.0.1')).toBe(30);
    expect(attempts.retryAfterSeconds('10.0.0.2')).toBeUndefined();
  });

  it('forgets failures once they are a window old', () => {
    for (let failure = 0; failure < 3; failure += 1) attempts.record('10.0.0.1');
    now += 59_999;
    expect(attempts.retryAfterSeconds('10.0.0.1')).toBe(1);
    now += 1;
    expect(attempts.retryAfterSeconds('10.0.0.1')).toBeUndefined();
  });
});

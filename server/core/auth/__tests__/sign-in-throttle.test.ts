import { type Admission, SignInThrottle, type ThrottlePolicies } from '../sign-in-throttle';

const POLICIES: ThrottlePolicies = {
  account: { attempts: 3, windowSeconds: 900, firstLockSeconds: 60, maxLockSeconds: 240, memorySeconds: 86_400 },
  address: { attempts: 5, windowSeconds: 900, firstLockSeconds: 60, maxLockSeconds: 240, memorySeconds: 86_400 },
};

const retryAfter = (admission: Admission) => (admission.admitted ? 'admitted' : admission.retryAfterSeconds);

describe('SignInThrottle', () => {
  let throttle: SignInThrottle;

  beforeEach(() => {
    jest.useFakeTimers();
    throttle = SignInThrottle.inMemory(POLICIES);
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  const attempts = async (count: number, username: string, address: string) => {
    const results: (number | 'admitted')[] = [];
    for (let attempt = 0; attempt < count; attempt += 1) results.push(retryAfter(await throttle.admit(username, address)));
    return results;
  };

  it('admits an account its allowance, then locks it for twice as long each time, one attempt between locks', async () => {
    expect(await attempts(4, 'ana', '192.0.2.1')).toEqual(['admitted', 'admitted', 'admitted', 60]);
    jest.advanceTimersByTime(30_000);
    expect(await attempts(1, 'ana', '192.0.2.2')).toEqual([30]);
    jest.advanceTimersByTime(30_000);
    expect(await attempts(2, 'ana', '192.0.2.3')).toEqual(['admitted', 120]);
    jest.advanceTimersByTime(120_000);
    expect(await attempts(2, 'ana', '192.0.2.4')).toEqual(['admitted', 240]);
    jest.advanceTimersByTime(240_000);
    // At most maxLockSeconds.
    expect(await attempts(2, 'ana', '192.0.2.5')).toEqual(['admitted', 240]);
  });

  it('forgets an account’s failures and lockouts once it signs in', async () => {
    expect(await attempts(4, 'ana', '192.0.2.1')).toEqual(['admitted', 'admitted', 'admitted', 60]);
    jest.advanceTimersByTime(60_000);
    const admission = await throttle.admit('ana', '192.0.2.1');
    if (!admission.admitted) throw new Error('refused');
    await admission.signedIn();
    expect(await attempts(4, 'ana', '192.0.2.2')).toEqual(['admitted', 'admitted', 'admitted', 60]);
  });

  it('forgets lockouts a day after the first', async () => {
    await attempts(4, 'ana', '192.0.2.1');
    jest.advanceTimersByTime(86_400_000);
    expect(await attempts(4, 'ana', '192.0.2.1')).toEqual(['admitted', 'admitted', 'admitted', 60]);
  });

  it('counts an address over every account, but not attempts its locked accounts refused', async () => {
    expect(await attempts(4, 'ana', '192.0.2.1')).toEqual(['admitted', 'admitted', 'admitted', 60]);
    // Three checked for ana; her refusal is given back to the address, so two are left for others.
    expect(await attempts(3, 'bea', '192.0.2.1')).toEqual(['admitted', 'admitted', 60]);
    expect(await attempts(1, 'carla', '192.0.2.1')).toEqual([60]);
    expect(await attempts(1, 'carla', '192.0.2.9')).toEqual(['admitted']);
  });

  it('gives an address back the attempt of a successful sign-in', async () => {
    for (let user = 0; user < 20; user += 1) {
      const admission = await throttle.admit(`user${user}`, '192.0.2.1');
      if (!admission.admitted) throw new Error(`user${user} refused`);
      await admission.signedIn();
    }
    expect(await attempts(6, 'x', '192.0.2.1')).toEqual(['admitted', 'admitted', 'admitted', 60, 60, 60]);
  });

  it('admits no more than the allowance of attempts sent at once', async () => {
    const results = await Promise.all(Array.from({ length: 100 }, () => throttle.admit('ana', '192.0.2.1')));
    expect(results.filter((result) => result.admitted)).toHaveLength(3);
    // Exactly one refusal started the lockout; the rest report what is left of it.
    expect(results.map(retryAfter).filter((seconds) => seconds === 60).length).toBeGreaterThan(0);
  });

  it('counts the IPv6 addresses of one /64 as one client', async () => {
    for (let host = 1; host <= 5; host += 1) expect(retryAfter(await throttle.admit(`user${host}`, `2001:db8::${host}`))).toBe('admitted');
    expect(retryAfter(await throttle.admit('user6', '2001:db8::ffff'))).toBe(60);
    expect(retryAfter(await throttle.admit('user6', '2001:db8:0:1::1'))).toBe('admitted');
  });
});

import { TEST_JWT_SECRET, tokenWithTimes as tokenWith } from '../../../test-support/auth';
import { signToken, tokenAuthenticator } from '../tokens';
import { Role } from '../viewer';

const KEY = new TextEncoder().encode(TEST_JWT_SECRET);
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('tokenAuthenticator', () => {
  afterEach(() => jest.useRealTimers());

  it('keeps answering for a token it verified, until the token expires', async () => {
    jest.useFakeTimers({ now: new Date('2026-11-22T10:00:00Z'), doNotFake: ['nextTick', 'setImmediate'] });
    const authenticate = tokenAuthenticator(KEY);
    const token = await signToken(KEY, { role: Role.ANALYST, subject: 'ana', regions: [] }, 60);
    await expect(authenticate(bearer(token))).resolves.toMatchObject({ role: Role.ANALYST, subject: 'ana' });
    await expect(authenticate(bearer(token))).resolves.toMatchObject({ role: Role.ANALYST, subject: 'ana' });
    jest.setSystemTime(new Date('2026-11-22T10:01:01Z'));
    await expect(authenticate(bearer(token))).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
      message: 'Your sign-in has expired; sign in again.',
    });
  });

  it('refuses a token signed with another key, even after accepting a good one', async () => {
    const authenticate = tokenAuthenticator(KEY);
    await authenticate(bearer(await signToken(KEY, { role: Role.FUNDER, subject: 'f', regions: [] })));
    const forged = await signToken(new TextEncoder().encode('another-key-that-is-also-32-bytes-long'), {
      role: Role.ADMIN,
      subject: 'mallory',
      regions: [],
    });
    await expect(authenticate(bearer(forged))).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });
});

describe('token lifetime', () => {
  afterEach(() => jest.useRealTimers());

  const NOW = new Date('2026-11-22T10:00:00Z');
  const seconds = NOW.getTime() / 1000;
  beforeEach(() => jest.useFakeTimers({ now: NOW, doNotFake: ['nextTick', 'setImmediate'] }));

  it('refuses a token without exp, which would be good for ever', async () => {
    await expect(tokenAuthenticator(KEY)(bearer(await tokenWith({ iat: seconds })))).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
      message:
        'The sign-in token has no expiry time (exp), and this server accepts only tokens that expire; sign in again, or make one with `pnpm sira token`.',
    });
  });

  it('refuses a token valid for longer than the maximum, counted from iat or, without iat, from now', async () => {
    const authenticate = tokenAuthenticator(KEY, 24 * 3600);
    await expect(authenticate(bearer(await tokenWith({ iat: seconds, exp: seconds + 25 * 3600 })))).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
      message:
        'The sign-in token is valid for 25 hours, longer than the 24 hours this server accepts (TOKEN_MAX_LIFETIME_HOURS); sign in again, or make a shorter one with `pnpm sira token --hours`.',
    });
    await expect(authenticate(bearer(await tokenWith({ exp: seconds + 48 * 3600 })))).rejects.toMatchObject({
      message: expect.stringContaining('valid for 48 hours'),
    });
    // An iat set later does not stretch what is left of the token's life past the maximum.
    await expect(authenticate(bearer(await tokenWith({ iat: seconds + 3600, exp: seconds + 25 * 3600 })))).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('accepts a token of exactly the maximum, and one signed on a clock a little ahead', async () => {
    const authenticate = tokenAuthenticator(KEY, 8 * 3600);
    await expect(authenticate(bearer(await tokenWith({ iat: seconds, exp: seconds + 8 * 3600 })))).resolves.toMatchObject({
      role: Role.ANALYST,
    });
    await expect(authenticate(bearer(await tokenWith({ iat: seconds + 30, exp: seconds + 30 + 8 * 3600 })))).resolves.toMatchObject({
      role: Role.ANALYST,
    });
    await expect(authenticate(bearer(await signToken(KEY, { role: Role.FUNDER, subject: 'f', regions: [] })))).resolves.toMatchObject({
      role: Role.FUNDER,
    });
  });
});

import { signToken, tokenAuthenticator } from '../tokens';
import { Role } from '../viewer';

const KEY = new TextEncoder().encode('a-test-signing-key-of-at-least-32-bytes!');
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

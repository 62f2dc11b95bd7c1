import { signToken } from '../../server/core/auth/tokens';
import { Role, tokenFor } from '../../server/test-support/auth';
import { startTestSystem } from '../../server/test-support/test-system';

// Tokens are checked at the gateway, and again by each subgraph served on its own.
describe('authentication', () => {
  let api: Awaited<ReturnType<typeof startTestSystem>>;
  let geography: Awaited<ReturnType<typeof startTestSystem>>;

  beforeAll(async () => {
    api = await startTestSystem();
    geography = await startTestSystem({ SERVE_SUBGRAPH: 'geography' }, api.databaseUrl);
  });
  afterAll(async () => {
    await geography?.system.stop();
    await api?.close();
  });

  const post = (url: string, authorization?: string) =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
      body: JSON.stringify({ query: '{ regions { slug } }' }),
    });

  it('answers a request without a token as PUBLIC, and one with a valid token', async () => {
    expect((await post(api.system.url)).status).toBe(200);
    const response = await post(api.system.url, `Bearer ${await tokenFor(Role.ANALYST)}`);
    expect(response.status).toBe(200);
    expect(((await response.json()) as { data: { regions: unknown[] } }).data.regions).toHaveLength(10);
  });

  it.each([
    [
      'a token signed with another key',
      async () =>
        `Bearer ${await signToken(new TextEncoder().encode('x'.repeat(40)), { role: Role.ADMIN, regions: [], subject: 'mallory' })}`,
      'not valid here',
    ],
    [
      'an expired token',
      async () =>
        `Bearer ${await signToken(new TextEncoder().encode('test-secret-of-at-least-thirty-two-characters'), { role: Role.ADMIN, regions: [], subject: 'old' }, -10)}`,
      'expired',
    ],
    ['a coordinator token without regions', async () => `Bearer ${await tokenFor(Role.COORDINATOR, [])}`, 'must name the regions'],
    ['a header that is not a bearer token', async () => 'Basic YWRtaW46YWRtaW4=', 'must read "Bearer <token>"'],
  ])('refuses %s with 401 UNAUTHENTICATED, at the gateway and at a subgraph alone', async (_what, header, message) => {
    for (const url of [api.system.url, geography.system.url]) {
      const response = await post(url, await header());
      expect(response.status).toBe(401);
      const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors[0]?.extensions.code).toBe('UNAUTHENTICATED');
      expect(body.errors[0]?.message).toContain(message);
    }
  });
});

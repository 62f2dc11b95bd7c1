import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { addUser } from '../../server/core/auth/local-users';
import { Role } from '../../server/core/auth/viewer';
import { startTestSystem } from '../../server/test-support/test-system';

const PASSWORD = 'a long enough password';
// Participant records are the plainest line between roles: ANALYST reads them, PUBLIC is refused.
const PARTICIPATIONS = '{ roundtables { participations { mode } } }';

// Local users sign in over HTTP and get a token the gateway accepts; guessing is slowed (sign-in-throttle.test.ts says how).
describe('signing in with a local user', () => {
  let dir: string;
  let usersFile: string;
  let api: Awaited<ReturnType<typeof startTestSystem>>;
  let origin: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'sira-sign-in-'));
    usersFile = path.join(dir, 'users.json');
    api = await startTestSystem({ USERS_FILE: usersFile });
    origin = api.system.url.replace(/\/graphql$/, '');
  });
  afterAll(async () => {
    await api?.close();
    await rm(dir, { recursive: true, force: true });
  });

  const signIn = (body: unknown, contentType = 'application/json') =>
    fetch(`${origin}/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': contentType },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });

  it('signs in a user added after the start, and the token opens what ANALYST may read', async () => {
    await addUser(usersFile, { username: 'ana.lopez', name: 'Ana López', role: Role.ANALYST, password: PASSWORD });
    const response = await signIn({ username: 'ana.lopez', password: PASSWORD });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = (await response.json()) as { token: string; expiresAt: string; viewer: unknown };
    expect(body.viewer).toEqual({ name: 'Ana López', role: 'ANALYST', regions: [] });
    const hoursLeft = (Date.parse(body.expiresAt) - Date.now()) / 3_600_000;
    expect(hoursLeft).toBeGreaterThan(7.9);
    expect(hoursLeft).toBeLessThanOrEqual(8);

    expect(await api.gql(PARTICIPATIONS, undefined, body.token)).toEqual({
      data: { roundtables: [{ participations: [] }, { participations: [] }] },
    });
    const anonymous = await api.gql(PARTICIPATIONS);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('gives a coordinator a token naming its regions', async () => {
    await addUser(usersFile, { username: 'cepaim', role: Role.COORDINATOR, regions: ['soria'], password: PASSWORD });
    const response = await signIn({ username: 'cepaim', password: PASSWORD });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { viewer: unknown }).viewer).toEqual({ name: 'cepaim', role: 'COORDINATOR', regions: ['soria'] });
  });

  it.each([
    ['text/plain', 'text/plain'],
    ['a form', 'application/x-www-form-urlencoded'],
    ['JSON named otherwise', 'text/plain; application/json'],
  ])('answers 415 saying what to send, for %s', async (_what, contentType) => {
    const response = await signIn({ username: 'ana.lopez', password: PASSWORD }, contentType);
    expect(response.status).toBe(415);
    expect(((await response.json()) as { error: string }).error).toBe(
      `Sign-in accepts only application/json, and this request has content-type "${contentType}". ` +
        'Send JSON {"username": "...", "password": "..."} with content-type application/json.',
    );
  });

  it.each([
    ['a body that is not JSON', 'username=ana.lopez', 'application/json'],
    ['no password', { username: 'ana.lopez' }, 'application/json'],
    ['a password that is not text', { username: 'ana.lopez', password: 1234567890 }, 'application/json'],
  ])('answers 400 saying what to send, for %s', async (_what, body, contentType) => {
    const response = await signIn(body, contentType);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toContain('Send JSON {"username": "...", "password": "..."}');
  });

  it('answers 405 to anything but POST', async () => {
    const response = await fetch(`${origin}/auth/sign-in`);
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
  });

  // A user of its own, whom it locks out for a minute.
  it('refuses a wrong password and an unknown user alike, then slows guessing with 429', async () => {
    await addUser(usersFile, { username: 'luis.garcia', role: Role.ANALYST, password: PASSWORD });
    const wrongPassword = await signIn({ username: 'luis.garcia', password: 'not the password' });
    const unknownUser = await signIn({ username: 'nobody', password: PASSWORD });
    for (const response of [wrongPassword, unknownUser]) {
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({ error: 'Unknown user name or wrong password.' });
    }
    const statuses: number[] = [];
    // Ten attempts for luis.garcia, the unknown user's counted apart.
    for (let attempt = 2; attempt <= 10; attempt += 1) {
      statuses.push((await signIn({ username: 'luis.garcia', password: `guess ${attempt}` })).status);
    }
    expect(statuses).toEqual(Array(9).fill(401));

    const eleventh = await signIn({ username: 'luis.garcia', password: 'guess 11' });
    expect(eleventh.status).toBe(429);
    expect(eleventh.headers.get('retry-after')).toBe('60');
    expect(((await eleventh.json()) as { error: string }).error).toMatch(/^Too many failed sign-ins .*Try again in 60 seconds, at /);
    // Even the right password waits: otherwise a 200 among the 429s would tell a guesser it hit.
    expect((await signIn({ username: 'luis.garcia', password: PASSWORD })).status).toBe(429);
  });
});

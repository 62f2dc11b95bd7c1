import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { addUser } from '../../server/core/auth/local-users';
import { verifyPassword } from '../../server/core/auth/password-hash';
import { SIGN_IN_POLICIES } from '../../server/core/auth/sign-in-throttle';
import { Role } from '../../server/core/auth/viewer';
import { openRedis } from '../../server/core/redis';
import { RUN_WITHOUT_REDIS, requireRedis, TEST_REDIS_URL } from '../../server/test-support/test-redis';
import { startTestSystem } from '../../server/test-support/test-system';

// Counts the password checks the server makes, in this process, without changing them: what
// the throttle must bound is how many guesses are checked, whatever the answers say.
jest.mock('../../server/core/auth/password-hash', () => {
  const actual = jest.requireActual('../../server/core/auth/password-hash');
  return { ...actual, verifyPassword: jest.fn(actual.verifyPassword) };
});
const passwordChecks = () => jest.mocked(verifyPassword).mock.calls.length;

const ACCOUNT_ATTEMPTS = SIGN_IN_POLICIES.account.attempts;
const ADDRESS_ATTEMPTS = SIGN_IN_POLICIES.address.attempts;
const PASSWORD = 'the right password';
// Connections from 127.0.0.2 come from "the proxy"; from 127.0.0.1 and 127.0.0.3, from clients that are not one.
const PROXY = '127.0.0.2';
const DIRECT = '127.0.0.1';
/** The client that is not a proxy which the test of X-Forwarded-For from such a peer locks out. */
const OTHER_DIRECT = '127.0.0.3';

type Api = Awaited<ReturnType<typeof startTestSystem>>;

interface Answer {
  status: number;
  retryAfter: string | undefined;
  error: string | undefined;
}

interface From {
  /** The local address the connection is made from. */
  peer?: string;
  forwardedFor?: string;
  contentType?: string;
}

/** POST /auth/sign-in over a fresh connection from `peer`, as a client or a proxy would. */
function signIn(api: Api, credentials: { username: string; password: string }, from: From = {}): Promise<Answer> {
  const body = JSON.stringify(credentials);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: api.system.port,
        path: '/auth/sign-in',
        method: 'POST',
        localAddress: from.peer ?? DIRECT,
        agent: false,
        headers: {
          'content-type': from.contentType ?? 'application/json',
          'content-length': Buffer.byteLength(body),
          ...(from.forwardedFor ? { 'x-forwarded-for': from.forwardedFor } : {}),
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          text += chunk;
        });
        res.on('end', () => {
          const retryAfter = res.headers['retry-after'];
          resolve({ status: res.statusCode ?? 0, retryAfter, error: (JSON.parse(text) as { error?: string }).error });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** From a client behind the trusted proxy. */
const behindProxy = (client: string): From => ({ peer: PROXY, forwardedFor: client });

/** How many answers had each status. */
function statuses(answers: Answer[]): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const { status } of answers) counts[status] = (counts[status] ?? 0) + 1;
  return counts;
}

/** `count` requests sent at once, and how many password checks the server made for them. */
async function atOnce(count: number, send: (index: number) => Promise<Answer>): Promise<{ answers: Answer[]; checks: number }> {
  const before = passwordChecks();
  const answers = await Promise.all(Array.from({ length: count }, (_, index) => send(index)));
  return { answers, checks: passwordChecks() - before };
}

async function usersIn(dir: string): Promise<string> {
  const usersFile = path.join(dir, 'users.json');
  for (const username of ['ana.lopez', 'eva.evaluadora']) await addUser(usersFile, { username, role: Role.ANALYST, password: PASSWORD });
  return usersFile;
}

describe('sign-in throttling', () => {
  let dir: string;
  let api: Api;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'sira-sign-in-throttle-'));
    api = await startTestSystem({ USERS_FILE: await usersIn(dir), TRUSTED_PROXIES: PROXY });
  });
  afterAll(async () => {
    await api?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("checks no more of 200 wrong guesses sent at once at one account than the account's allowance", async () => {
    const { answers, checks } = await atOnce(200, (index) =>
      signIn(api, { username: 'ana.lopez', password: `guess ${index}` }, behindProxy('198.51.100.1')),
    );
    expect(checks).toBeLessThanOrEqual(ACCOUNT_ATTEMPTS);
    expect(statuses(answers)).toEqual({ 401: checks, 429: 200 - checks });

    // Then the right password, in a burst of guesses, from the same address or another: refused unchecked.
    for (const client of ['198.51.100.1', '198.51.100.2']) {
      const burst = await atOnce(20, (index) =>
        signIn(api, { username: 'ana.lopez', password: index === 10 ? PASSWORD : `more ${index}` }, behindProxy(client)),
      );
      expect(burst.checks).toBe(0);
      expect(statuses(burst.answers)).toEqual({ 429: 20 });
    }
  });

  it('says in Retry-After and in words when the lockout ends', async () => {
    const client = behindProxy('198.51.100.3');
    for (let attempt = 1; attempt <= ACCOUNT_ATTEMPTS; attempt += 1) {
      expect((await signIn(api, { username: 'nobody', password: `guess ${attempt}` }, client)).status).toBe(401);
    }
    const refused = await signIn(api, { username: 'nobody', password: 'one more' }, client);
    expect(refused.status).toBe(429);
    expect(refused.retryAfter).toBe(String(SIGN_IN_POLICIES.account.firstLockSeconds));
    const at = /^Too many failed sign-ins for this user name or from this address\. Try again in 60 seconds, at (\S+Z)\.$/.exec(
      refused.error ?? '',
    );
    expect(Math.abs(Date.parse(at?.[1] ?? '') - (Date.now() + 60_000))).toBeLessThan(3000);

    const again = await signIn(api, { username: 'nobody', password: 'and another' }, client);
    expect(Number(again.retryAfter)).toBeGreaterThanOrEqual(58);
    expect(Number(again.retryAfter)).toBeLessThanOrEqual(60);
    expect(again.error).toContain(`Try again in ${again.retryAfter} seconds`);
  });

  it('limits two accounts from one address apart', async () => {
    const office = behindProxy('198.51.100.4');
    for (let attempt = 1; attempt <= ACCOUNT_ATTEMPTS; attempt += 1)
      await signIn(api, { username: 'carla', password: `guess ${attempt}` }, office);
    expect((await signIn(api, { username: 'carla', password: 'one more' }, office)).status).toBe(429);
    // Carla locked out does not lock out her colleague at the same address.
    expect((await signIn(api, { username: 'eva.evaluadora', password: 'mistyped' }, office)).status).toBe(401);
    expect((await signIn(api, { username: 'eva.evaluadora', password: PASSWORD }, office)).status).toBe(200);
  });

  it('limits one account from two addresses together', async () => {
    const half = ACCOUNT_ATTEMPTS / 2;
    for (const client of ['198.51.100.7', '198.51.100.8']) {
      for (let attempt = 1; attempt <= half; attempt += 1) {
        expect((await signIn(api, { username: 'dora', password: `guess ${attempt}` }, behindProxy(client))).status).toBe(401);
      }
    }
    expect((await signIn(api, { username: 'dora', password: 'from a third' }, behindProxy('198.51.100.9'))).status).toBe(429);
    // The addresses themselves are not locked.
    expect((await signIn(api, { username: 'eva.evaluadora', password: PASSWORD }, behindProxy('198.51.100.7'))).status).toBe(200);
  });

  it('limits an address over all its accounts, the address being the one a trusted proxy wrote in X-Forwarded-For', async () => {
    // One machine trying a password on every account gets the address's allowance, then waits.
    const sprayer = behindProxy('198.51.100.5');
    const spray = await atOnce(80, (index) => signIn(api, { username: `user${index}`, password: 'Summer2024!' }, sprayer));
    expect(spray.checks).toBe(ADDRESS_ATTEMPTS);
    expect(statuses(spray.answers)).toEqual({ 401: ADDRESS_ATTEMPTS, 429: 80 - ADDRESS_ATTEMPTS });
    expect((await signIn(api, { username: 'eva.evaluadora', password: PASSWORD }, sprayer)).status).toBe(429);
    // Another client behind the same proxy is counted apart.
    expect((await signIn(api, { username: 'eva.evaluadora', password: PASSWORD }, behindProxy('198.51.100.6'))).status).toBe(200);
    // The locked client writing another address before the one the proxy appended gains nothing.
    const spoofed = await signIn(api, { username: 'eva.evaluadora', password: PASSWORD }, behindProxy('198.51.100.6, 198.51.100.5'));
    expect(spoofed.status).toBe(429);
    // From a peer that is not a trusted proxy the header is not read: naming the locked client changes nothing.
    const direct = await signIn(api, { username: 'eva.evaluadora', password: PASSWORD }, { peer: DIRECT, forwardedFor: '198.51.100.5' });
    expect(direct.status).toBe(200);
  });

  it('ignores X-Forwarded-For from a peer that is not a trusted proxy', async () => {
    const spray = await atOnce(ADDRESS_ATTEMPTS + 10, (index) =>
      signIn(api, { username: `direct${index}`, password: 'guess' }, { peer: OTHER_DIRECT, forwardedFor: `203.0.113.${index}` }),
    );
    // All counted as one client, the peer: naming another address in the header changed nothing.
    expect(spray.checks).toBe(ADDRESS_ATTEMPTS);
    expect(statuses(spray.answers)).toEqual({ 401: ADDRESS_ATTEMPTS, 429: 10 });
    const named = await signIn(
      api,
      { username: 'eva.evaluadora', password: PASSWORD },
      { peer: OTHER_DIRECT, forwardedFor: '203.0.113.250' },
    );
    expect(named.status).toBe(429);
  });

  it('refuses text/plain with 415, before any attempt is counted or checked', async () => {
    const before = passwordChecks();
    for (let attempt = 0; attempt < ACCOUNT_ATTEMPTS + 5; attempt += 1) {
      const answer = await signIn(
        api,
        { username: 'eva.evaluadora', password: 'guess' },
        { ...behindProxy('198.51.100.12'), contentType: 'text/plain' },
      );
      expect(answer.status).toBe(415);
      expect(answer.error).toContain('Sign-in accepts only application/json');
    }
    expect(passwordChecks()).toBe(before);
    expect((await signIn(api, { username: 'eva.evaluadora', password: PASSWORD }, behindProxy('198.51.100.12'))).status).toBe(200);
  });
});

// Skipped only when the run says it has no Redis on purpose; otherwise a missing one fails them.
const describeWithRedis = RUN_WITHOUT_REDIS ? describe.skip : describe;

describeWithRedis('sign-in throttling shared through Redis', () => {
  let dir: string;
  let usersFile: string;

  beforeAll(async () => {
    await requireRedis();
    dir = await mkdtemp(path.join(tmpdir(), 'sira-sign-in-redis-'));
    usersFile = await usersIn(dir);
  });
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  /** Two instances over one database and one Redis, under a key prefix of this test's own. */
  async function twoInstances(test: (first: Api, second: Api) => Promise<void>): Promise<void> {
    const prefix = `sira-test-${randomUUID()}:`;
    const env = { USERS_FILE: usersFile, TRUSTED_PROXIES: PROXY, REDIS_URL: TEST_REDIS_URL, REDIS_KEY_PREFIX: prefix };
    const first = await startTestSystem(env);
    const second = await startTestSystem(env, first.databaseUrl).catch(async (error) => {
      await first.close();
      throw error;
    });
    try {
      await test(first, second);
    } finally {
      await second.system.stop();
      await first.close();
      const redis = await openRedis(TEST_REDIS_URL, () => {});
      for await (const keys of redis.scanIterator({ MATCH: `${prefix}*` })) if (keys.length > 0) await redis.del(keys);
      await redis.close();
    }
  }

  it("checks no more of 200 guesses at one account, split over two instances, than the account's allowance", () =>
    twoInstances(async (first, second) => {
      const { answers, checks } = await atOnce(200, (index) =>
        signIn(index % 2 ? first : second, { username: 'ana.lopez', password: `guess ${index}` }, behindProxy('198.51.100.20')),
      );
      expect(checks).toBeLessThanOrEqual(ACCOUNT_ATTEMPTS);
      expect(statuses(answers)).toEqual({ 401: checks, 429: 200 - checks });
      for (const api of [first, second]) {
        const right = await signIn(api, { username: 'ana.lopez', password: PASSWORD }, behindProxy('198.51.100.21'));
        expect(right.status).toBe(429);
        expect(Number(right.retryAfter)).toBeGreaterThan(0);
        expect(Number(right.retryAfter)).toBeLessThanOrEqual(60);
      }
    }));

  it("shares an address's attempts and lockout between instances", () =>
    twoInstances(async (first, second) => {
      const client = behindProxy('198.51.100.22');
      const { answers, checks } = await atOnce(ADDRESS_ATTEMPTS + 10, (index) =>
        signIn(index % 2 ? first : second, { username: `user${index}`, password: 'guess' }, client),
      );
      expect(checks).toBe(ADDRESS_ATTEMPTS);
      expect(statuses(answers)).toEqual({ 401: ADDRESS_ATTEMPTS, 429: 10 });
      // One lockout, begun by the burst's first refusal: both instances count down the same one.
      const waits: number[] = [];
      for (const api of [first, second]) {
        const refused = await signIn(api, { username: 'eva.evaluadora', password: PASSWORD }, client);
        expect(refused.status).toBe(429);
        waits.push(Number(refused.retryAfter));
      }
      expect(Math.max(...waits)).toBeLessThanOrEqual(SIGN_IN_POLICIES.address.firstLockSeconds);
      expect(Math.min(...waits)).toBeGreaterThan(0);
      expect(Math.max(...waits) - Math.min(...waits)).toBeLessThanOrEqual(1);
      expect((await signIn(second, { username: 'eva.evaluadora', password: PASSWORD }, behindProxy('198.51.100.23'))).status).toBe(200);
    }));
});

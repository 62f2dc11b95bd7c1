import { Client } from 'pg';
import { createTestDatabase } from '../../test-support/test-database';
import type { CliIo } from '../cli-command';
import { runSira } from '../sira';

// `pnpm sira user` keeps the accounts where the server does, in the database, and works
// without the server running: it brings the accounts schema up to date itself.
describe('pnpm sira user', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let db: Client;
  let out: string;
  let err: string;
  let answers: string[];
  let io: CliIo;

  beforeAll(async () => {
    database = await createTestDatabase();
    db = new Client({ connectionString: database.url });
    await db.connect();
  });
  afterAll(async () => {
    await db?.end();
    await database?.drop();
  });
  beforeEach(() => {
    out = '';
    err = '';
    answers = [];
    io = {
      env: { DATABASE_URL: database.url },
      stdout: (text) => {
        out += text;
      },
      stderr: (text) => {
        err += text;
      },
      interactive: false,
      askHidden: async () => answers.shift() ?? '',
    };
  });

  const stored = async (username: string) =>
    (await db.query('SELECT role, regions, active, password_hash FROM accounts.user_account WHERE username = $1', [username])).rows[0];

  it('adds a user with the password from SIRA_PASSWORD, lists them, and deactivates them on remove', async () => {
    io.env.SIRA_PASSWORD = 'a long enough password';
    await expect(
      runSira(['user', 'add', 'cepaim', '--role', 'coordinator', '--region', 'soria', '--name', 'Cepaim Soria'], io),
    ).resolves.toBe(0);
    expect(out).toBe('Added cepaim (Cepaim Soria, COORDINATOR: soria). They can sign in now; the server needs no restart.\n');
    expect(await stored('cepaim')).toMatchObject({ role: 'COORDINATOR', regions: ['soria'], active: true });
    expect((await stored('cepaim')).password_hash).toMatch(/^scrypt\$/);

    out = '';
    await expect(runSira(['user', 'list'], io)).resolves.toBe(0);
    expect(out).toBe('USERNAME  ROLE         REGIONS  STATUS  NAME\ncepaim    COORDINATOR  soria    ACTIVE  Cepaim Soria\n');

    out = '';
    await expect(runSira(['user', 'remove', 'cepaim'], io)).resolves.toBe(0);
    expect(out).toContain('Deactivated cepaim: their sessions ended.');
    await expect(runSira(['user', 'remove', 'cepaim'], io)).resolves.toBe(1);
    expect(err).toContain('There is no active user "cepaim".');
    expect(await stored('cepaim')).toMatchObject({ active: false });

    // Added again: active, with the new details, and the audit trail says who did each.
    await expect(runSira(['user', 'add', 'cepaim', '--role', 'analyst'], io)).resolves.toBe(0);
    expect(out).toContain('Replaced cepaim (cepaim, ANALYST)');
    expect(await stored('cepaim')).toMatchObject({ role: 'ANALYST', regions: [], active: true });
    const trail = await db.query("SELECT action, actor FROM accounts.audit_entry WHERE entity_id = 'cepaim' ORDER BY id");
    expect(trail.rows).toEqual([
      { action: 'CREATE', actor: 'pnpm-sira' },
      { action: 'DEACTIVATE', actor: 'pnpm-sira' },
      { action: 'CREATE', actor: 'pnpm-sira' },
    ]);
  });

  it('asks twice on a terminal, and changes nothing when the answers differ', async () => {
    io.interactive = true;
    answers = ['first password', 'second password'];
    await expect(runSira(['user', 'add', 'eva', '--role', 'evaluator'], io)).resolves.toBe(1);
    expect(err).toContain('The two passwords differ; nothing was changed.');
    expect(await stored('eva')).toBeUndefined();

    answers = ['same password', 'same password'];
    await expect(runSira(['user', 'add', 'eva', '--role', 'evaluator'], io)).resolves.toBe(0);
    expect(await stored('eva')).toMatchObject({ role: 'EVALUATOR', active: true });
  });

  it('refuses bad details before asking for a password, and a missing password with exit 2', async () => {
    io.interactive = true;
    answers = ['never asked for', 'never asked for'];
    await expect(runSira(['user', 'add', 'Eva', '--role', 'evaluator', '--region', 'soria'], io)).resolves.toBe(2);
    expect(err).toContain('got "Eva"');
    expect(err).toContain('Only a COORDINATOR has regions');
    expect(answers).toHaveLength(2);

    io.interactive = false;
    await expect(runSira(['user', 'add', 'ines', '--role', 'evaluator'], io)).resolves.toBe(2);
    expect(err).toContain('Give the password in SIRA_PASSWORD');

    io.env.SIRA_PASSWORD = 'short';
    await expect(runSira(['user', 'add', 'ines', '--role', 'evaluator'], io)).resolves.toBe(2);
    expect(err).toContain('The password must be at least 10 characters long.');
    expect(await stored('ines')).toBeUndefined();
  });

  it('invites someone with a one-time link printed alone on stdout, and prints a new one on asking', async () => {
    await expect(
      runSira(['user', 'invite', 'ines.soria', '--role', 'coordinator', '--region', 'soria', '--name', 'Inés'], io),
    ).resolves.toBe(0);
    expect(out).toMatch(/^http:\/\/localhost:4000\/set-password#[\w-]{43}\n$/);
    expect(err).toContain('A one-time link for ines.soria (Inés) to set their password and sign in');
    expect(await stored('ines.soria')).toMatchObject({ role: 'COORDINATOR', regions: ['soria'], active: true, password_hash: null });
    const first = out.trim().split('#')[1] as string;
    expect(JSON.stringify((await db.query('SELECT * FROM accounts.password_link')).rows)).not.toContain(first);

    out = '';
    await expect(runSira(['user', 'link', 'ines.soria', '--url', 'https://sira.example.org/'], io)).resolves.toBe(0);
    expect(out).toMatch(/^https:\/\/sira\.example\.org\/set-password#[\w-]{43}\n$/);
    const links = await db.query(
      "SELECT voided_at IS NOT NULL AS voided FROM accounts.password_link WHERE username = 'ines.soria' ORDER BY id",
    );
    expect(links.rows).toEqual([{ voided: true }, { voided: false }]);

    err = '';
    await expect(runSira(['user', 'link', 'nobody'], io)).resolves.toBe(1);
    expect(err).toBe('There is no user "nobody".\n');
    await expect(runSira(['user', 'invite', 'ines.soria', '--role', 'analyst'], io)).resolves.toBe(1);
    expect(err).toContain('"ines.soria" is taken already');
    await expect(runSira(['user', 'link', 'ines.soria', '--url', 'not a url'], io)).resolves.toBe(2);
  });
});

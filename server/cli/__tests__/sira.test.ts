import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { verifyToken } from '../../core/auth/tokens';
import { REPO_ROOT } from '../../core/config';
import { type CliIo, invocationPath } from '../cli-command';
import { runSira } from '../sira';

const SECRET = 'a-test-secret-of-at-least-thirty-two-characters';
const KEY = new TextEncoder().encode(SECRET);

describe('pnpm sira', () => {
  let dir: string;
  let out: string;
  let err: string;
  let answers: string[];
  let io: CliIo;

  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'sira-cli-'));
    out = '';
    err = '';
    answers = [];
    io = {
      env: { JWT_SECRET: SECRET, USERS_FILE: path.join(dir, 'users.json') },
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
  afterEach(() => rm(dir, { recursive: true, force: true }));

  describe('usage', () => {
    it('lists every command and exits 2 without one', async () => {
      await expect(runSira([], io)).resolves.toBe(2);
      expect(err).toContain('Name a command.');
      for (const line of ['pnpm sira token --role ROLE', 'pnpm sira user add USERNAME', 'pnpm sira user remove', 'pnpm sira user list']) {
        expect(err).toContain(line);
      }
    });

    it('shows the commands of a group for an unknown subcommand', async () => {
      await expect(runSira(['user', 'rename', 'x'], io)).resolves.toBe(2);
      expect(err).toContain('Unknown command "user rename x".');
      expect(err).toContain('pnpm sira user list');
      expect(err).not.toContain('pnpm sira token');
    });

    it('prints usage on stdout and exits 0 when asked for help', async () => {
      await expect(runSira(['token', '--help'], io)).resolves.toBe(0);
      expect(out).toContain('pnpm sira token --role ROLE [--region SLUG ...] [--name NAME] [--hours N]');
      expect(err).toBe('');
    });
  });

  describe('token', () => {
    it('prints a token the server accepts, and nothing else on stdout', async () => {
      await expect(runSira(['token', '--role', 'analyst', '--name', 'Ana'], io)).resolves.toBe(0);
      expect(out).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+\n$/);
      await expect(verifyToken(KEY, out.trim())).resolves.toEqual({ role: 'ANALYST', regions: [], name: 'Ana', subject: 'local-analyst' });
      expect(err).toContain('signed with JWT_SECRET');
    });

    it('names a coordinator its regions and lasts the hours asked', async () => {
      await expect(
        runSira(['token', '--role', 'COORDINATOR', '--region', 'soria', '--region', 'teruel', '--hours', '1'], io),
      ).resolves.toBe(0);
      await expect(verifyToken(KEY, out.trim())).resolves.toMatchObject({ role: 'COORDINATOR', regions: ['soria', 'teruel'] });
      const { exp, iat } = JSON.parse(Buffer.from(out.split('.')[1] as string, 'base64url').toString()) as { exp: number; iat: number };
      expect(exp - iat).toBe(3600);
    });

    it.each([
      [['token'], '--role is required.'],
      [['token', '--role', 'public'], 'The role must be one of ADMIN, COORDINATOR, ANALYST, EVALUATOR, FUNDER; got "PUBLIC".'],
      [['token', '--role', 'coordinator'], 'A COORDINATOR must be given the regions it may edit.'],
      [
        ['token', '--role', 'analyst', '--hours', '0'],
        '--hours must be a number above 0 and at most 24 (TOKEN_MAX_LIFETIME_HOURS, which the server reads too); got "0".',
      ],
      [['token', '--role', 'analyst', '--colour', 'red'], "Unknown option '--colour'"],
    ])('refuses %j with exit 2: %s', async (argv, message) => {
      await expect(runSira(argv, io)).resolves.toBe(2);
      expect(err).toContain(message);
      expect(err).toContain('Usage:');
      expect(out).toBe('');
    });
  });

  it('reads a file argument from where pnpm was run, not from the repository root', () => {
    expect(invocationPath('data/roundtables.csv', { INIT_CWD: '/home/ana/exports' })).toBe('/home/ana/exports/data/roundtables.csv');
    expect(invocationPath('/srv/roundtables.csv', { INIT_CWD: '/home/ana/exports' })).toBe('/srv/roundtables.csv');
    expect(invocationPath('roundtables.csv', {})).toBe(path.join(process.cwd(), 'roundtables.csv'));
  });

  it('runs from source at the repository root, as the root package.json script starts it', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--require', './server/cli/register-typescript.cjs', 'server/cli/sira.ts', 'token', '--role', 'funder'],
      { cwd: REPO_ROOT, env: { ...process.env, JWT_SECRET: SECRET } },
    );
    await expect(verifyToken(KEY, stdout.trim())).resolves.toMatchObject({ role: 'FUNDER' });
  });
});

import { link, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  addUser,
  authenticateLocalUser,
  LocalUserError,
  type NewLocalUser,
  readUsers,
  removeUser,
  validateNewUser,
  writeUsers,
} from '../local-users';
import { hashPassword, verifyPassword } from '../password-hash';
import { Role } from '../viewer';

const PASSWORD = 'correct horse battery';
const analyst: NewLocalUser = { username: 'ana.lopez', name: 'Ana López', role: Role.ANALYST, password: PASSWORD };

describe('password hashes', () => {
  it('are scrypt with their parameters and a random salt, and verify only the right password', async () => {
    const first = await hashPassword(PASSWORD);
    const second = await hashPassword(PASSWORD);
    expect(first).toMatch(/^scrypt\$N=32768,r=8,p=1\$[\w-]{22}\$[\w-]{86}$/);
    expect(second).not.toBe(first);
    await expect(verifyPassword(PASSWORD, first)).resolves.toBe(true);
    await expect(verifyPassword(PASSWORD, second)).resolves.toBe(true);
    await expect(verifyPassword('correct horse battery!', first)).resolves.toBe(false);
  });

  it('refuse a malformed stored hash instead of throwing', async () => {
    await expect(verifyPassword(PASSWORD, 'plain-text-password')).resolves.toBe(false);
    await expect(verifyPassword(PASSWORD, 'scrypt$N=0,r=8,p=1$c2FsdA$aGFzaA')).resolves.toBe(false);
  });
});

describe('validateNewUser', () => {
  it('accepts an analyst and a coordinator with regions', () => {
    expect(validateNewUser(analyst)).toEqual([]);
    expect(validateNewUser({ ...analyst, role: Role.COORDINATOR, regions: ['soria', 'saone-et-loire'] })).toEqual([]);
  });

  it('names every problem, each saying what to give instead', () => {
    expect(validateNewUser({ username: 'Ana', name: ' ', role: 'PUBLIC', password: 'short' })).toEqual([
      'The user name must be 2 to 40 characters of a-z, 0-9, ".", "_" or "-"; got "Ana".',
      'The name must be 1 to 100 characters.',
      'The role must be one of ADMIN, COORDINATOR, ANALYST, EVALUATOR, FUNDER; got "PUBLIC".',
      'The password must be at least 10 characters long.',
    ]);
  });

  it('asks a coordinator for region slugs, and no other role for any', () => {
    expect(validateNewUser({ ...analyst, role: Role.COORDINATOR })).toEqual(['A COORDINATOR must be given the regions it may edit.']);
    expect(validateNewUser({ ...analyst, role: Role.COORDINATOR, regions: ['Soria'] })).toEqual([
      '"Soria" is not a region slug (lower-case letters and digits joined by hyphens, e.g. saone-et-loire).',
    ]);
    expect(validateNewUser({ ...analyst, role: Role.FUNDER, regions: ['soria'] })).toEqual([
      'Only a COORDINATOR has regions; a FUNDER edits none.',
    ]);
  });

  it('takes a password of exactly ten characters, and a user name of two', () => {
    expect(validateNewUser({ ...analyst, username: 'al', password: '0123456789' })).toEqual([]);
    expect(validateNewUser({ ...analyst, password: '012345678' })).toHaveLength(1);
  });
});

describe('the users file', () => {
  let dir: string;
  let file: string;

  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'sira-users-'));
    file = path.join(dir, 'nested', 'users.json');
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('is empty before anyone is added', async () => {
    await expect(readUsers(file)).resolves.toEqual([]);
  });

  it('keeps a user with a hash, never the password, readable by its owner only', async () => {
    const { user, replaced } = await addUser(file, { ...analyst, regions: [] });
    expect(replaced).toBe(false);
    expect(user).toMatchObject({ username: 'ana.lopez', name: 'Ana López', role: Role.ANALYST, regions: [] });
    const text = await readFile(file, 'utf8');
    expect(text).not.toContain(PASSWORD);
    expect(JSON.parse(text)).toEqual({ users: [user] });
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  it('replaces a user of the same name, and removes one', async () => {
    await addUser(file, analyst);
    await addUser(file, { username: 'fundacion', role: Role.FUNDER, password: 'another password' });
    const { replaced } = await addUser(file, { ...analyst, role: Role.COORDINATOR, regions: ['soria'], password: 'a new password' });
    expect(replaced).toBe(true);
    const users = await readUsers(file);
    expect(users.map((user) => [user.username, user.name, user.role, user.regions])).toEqual([
      ['fundacion', 'fundacion', Role.FUNDER, []],
      ['ana.lopez', 'Ana López', Role.COORDINATOR, ['soria']],
    ]);
    await expect(removeUser(file, 'fundacion')).resolves.toBe(true);
    await expect(removeUser(file, 'fundacion')).resolves.toBe(false);
    expect((await readUsers(file)).map((user) => user.username)).toEqual(['ana.lopez']);
  });

  it('refuses an invalid user with every problem and leaves the file as it was', async () => {
    await addUser(file, analyst);
    const before = await readFile(file, 'utf8');
    const refusal = await addUser(file, { username: 'x', role: 'ROOT', password: 'short' }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(LocalUserError);
    expect((refusal as LocalUserError).problems).toHaveLength(3);
    await expect(readFile(file, 'utf8')).resolves.toBe(before);
  });

  it('is replaced by a rename, so a reader holding the old file never sees a half-written one', async () => {
    await addUser(file, analyst);
    const before = await readFile(file, 'utf8');
    // A second name for the old file: written in place, it would change too; replaced, it keeps the old list.
    const oldFile = path.join(dir, 'old-users.json');
    await link(file, oldFile);
    await writeUsers(file, []);
    await expect(readFile(oldFile, 'utf8')).resolves.toBe(before);
    await expect(readUsers(file)).resolves.toEqual([]);
    expect(await readdir(path.dirname(file))).toEqual(['users.json']);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  it('says which file is broken rather than treating it as empty', async () => {
    await addUser(file, analyst);
    await writeFile(file, '{"users": [');
    await expect(readUsers(file)).rejects.toThrow(`${file} is not valid JSON`);
    await writeFile(file, '{"users": [{"username": "x"}]}');
    await expect(readUsers(file)).rejects.toThrow('does not hold {"users"');
  });

  it('authenticates the right password only, taking about as long for an unknown user', async () => {
    await addUser(file, analyst);
    await expect(authenticateLocalUser(file, 'ana.lopez', PASSWORD)).resolves.toMatchObject({ username: 'ana.lopez' });
    await expect(authenticateLocalUser(file, 'ana.lopez', 'wrong password')).resolves.toBeUndefined();
    await expect(authenticateLocalUser(file, 'nobody', PASSWORD)).resolves.toBeUndefined();

    const timed = async (username: string) => {
      const started = process.hrtime.bigint();
      await authenticateLocalUser(file, username, 'wrong password');
      return Number(process.hrtime.bigint() - started) / 1e6;
    };
    const median = async (username: string) => {
      const times = [await timed(username), await timed(username), await timed(username)].sort((a, b) => a - b);
      return times[1] as number;
    };
    const wrongPassword = await median('ana.lopez');
    const unknownUser = await median('nobody');
    // Without the decoy hash an unknown name answers in well under a millisecond; with it, in the time of one scrypt.
    expect(unknownUser).toBeGreaterThan(wrongPassword / 4);
  });
});

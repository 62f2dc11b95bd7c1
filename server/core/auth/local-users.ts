import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type ErrorText, errorMessageIn, errorText } from '../errors';
import { SLUG } from '../keys';
import { hashPassword, verifyPassword } from './password-hash';
import { Role } from './viewer';

/** A person who signs in with a user name and password, as kept in the users file. */
export interface LocalUser {
  username: string;
  name: string;
  role: Role;
  /** Regions a COORDINATOR may edit; empty for every other role. */
  regions: string[];
  passwordHash: string;
}

export interface NewLocalUser {
  username: string;
  /** Shown in the dashboard's header; the user name when left out. */
  name?: string;
  role: string;
  regions?: readonly string[];
  password: string;
}

/** Every problem with a user's details, each a sentence that says what to give instead. */
export class LocalUserError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join(' '));
  }
}

const USERNAME = /^[a-z0-9._-]{2,40}$/;
export const MIN_PASSWORD_LENGTH = 10;
const MAX_NAME_LENGTH = 100;
/** Roles a user can be given: PUBLIC is what anyone is without signing in. */
export const USER_ROLES: readonly Role[] = Object.values(Role).filter((role) => role !== Role.PUBLIC);

/** What is wrong with a user name, from the error catalogue (the API says it in the client's language). */
export function usernameProblemText(username: string): ErrorText | undefined {
  return USERNAME.test(username) ? undefined : errorText('usernameForm', { username });
}

export function usernameProblem(username: string): string | undefined {
  const text = usernameProblemText(username);
  return text && errorMessageIn(text);
}

/** What is wrong with a role and its regions, each with the field it is about, from the error catalogue. */
export function accessProblemTexts(role: string, regions: readonly string[]): { field: 'role' | 'regions'; text: ErrorText }[] {
  if (!USER_ROLES.includes(role as Role)) {
    return [{ field: 'role', text: errorText('roleNotKnown', { roles: USER_ROLES.join(', '), role }) }];
  }
  const problems = regions
    .filter((slug) => !SLUG.test(slug))
    .map((slug) => ({ field: 'regions' as const, text: errorText('notARegionSlugOf', { slug }) }));
  if (role === Role.COORDINATOR && regions.length === 0) problems.push({ field: 'regions', text: errorText('coordinatorNeedsRegions') });
  if (role !== Role.COORDINATOR && regions.length > 0)
    problems.push({ field: 'regions', text: errorText('onlyCoordinatorHasRegions', { role }) });
  return problems;
}

/** What is wrong with a role and its regions, as a token or a user would carry them. */
export function accessProblems(role: string, regions: readonly string[]): string[] {
  return accessProblemTexts(role, regions).map((problem) => errorMessageIn(problem.text));
}

export function validateNewUser(user: NewLocalUser): string[] {
  const problems: string[] = [];
  const badUsername = usernameProblem(user.username);
  if (badUsername) problems.push(badUsername);
  if (user.name !== undefined && (user.name.trim() === '' || user.name.length > MAX_NAME_LENGTH)) {
    problems.push(`The name must be 1 to ${MAX_NAME_LENGTH} characters.`);
  }
  problems.push(...accessProblems(user.role, user.regions ?? []));
  if (user.password.length < MIN_PASSWORD_LENGTH) problems.push(`The password must be at least ${MIN_PASSWORD_LENGTH} characters long.`);
  return problems;
}

function isLocalUser(value: unknown): value is LocalUser {
  const user = value as Partial<LocalUser> | null;
  return (
    typeof user?.username === 'string' &&
    typeof user.name === 'string' &&
    USER_ROLES.includes(user.role as Role) &&
    Array.isArray(user.regions) &&
    user.regions.every((slug) => typeof slug === 'string') &&
    typeof user.passwordHash === 'string'
  );
}

/** The users in `file`; none when it does not exist yet. */
export async function readUsers(file: string): Promise<LocalUser[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error(`${file} is not valid JSON; fix or remove it (pnpm sira user add writes it).`);
  }
  const users = (parsed as { users?: unknown } | null)?.users;
  if (!Array.isArray(users) || !users.every(isLocalUser)) {
    throw new Error(`${file} does not hold {"users": [{username, name, role, regions, passwordHash}, ...]}; fix or remove it.`);
  }
  return users;
}

/**
 * Replaces the file in one step (a temporary file beside it, then a rename), so a server
 * reading it at the same moment sees either the old list or the new one, never half of one.
 */
export async function writeUsers(file: string, users: readonly LocalUser[]): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  const temporary = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await writeFile(temporary, `${JSON.stringify({ users }, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
    // The mode given to writeFile passes through the umask; password hashes are for this user only.
    await chmod(temporary, 0o600);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** Adds a user, or replaces the one with the same user name. */
export async function addUser(file: string, input: NewLocalUser): Promise<{ user: LocalUser; replaced: boolean }> {
  const problems = validateNewUser(input);
  if (problems.length > 0) throw new LocalUserError(problems);
  const user: LocalUser = {
    username: input.username,
    name: input.name?.trim() || input.username,
    role: input.role as Role,
    regions: [...new Set(input.regions ?? [])],
    passwordHash: await hashPassword(input.password),
  };
  const users = await readUsers(file);
  const replaced = users.some((existing) => existing.username === user.username);
  await writeUsers(file, [...users.filter((existing) => existing.username !== user.username), user]);
  return { user, replaced };
}

/** Removes a user; false when there was none of that name. */
export async function removeUser(file: string, username: string): Promise<boolean> {
  const users = await readUsers(file);
  const kept = users.filter((user) => user.username !== username);
  if (kept.length === users.length) return false;
  await writeUsers(file, kept);
  return true;
}

// Checked against when the user name is unknown, so that answer takes as long as a wrong password.
let decoyHash: Promise<string> | undefined;

/** The user whose name and password these are, or undefined, in about the same time either way. */
export async function authenticateLocalUser(file: string, username: string, password: string): Promise<LocalUser | undefined> {
  const user = (await readUsers(file)).find((candidate) => candidate.username === username);
  if (!user) {
    decoyHash ??= hashPassword(randomBytes(16).toString('hex'));
    await verifyPassword(password, await decoyHash);
    return undefined;
  }
  return (await verifyPassword(password, user.passwordHash)) ? user : undefined;
}

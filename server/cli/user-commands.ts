import {
  accessProblems,
  addUser,
  LocalUserError,
  MIN_PASSWORD_LENGTH,
  readUsers,
  removeUser,
  usernameProblem,
} from '../core/auth/local-users';
import { loadConfig } from '../core/config';
import { type CliCommand, CliFailure, type CliIo, listOption, parseCommandArgs, UsageError } from './cli-command';

function onlyUsername(positionals: string[]): string {
  const [username, extra] = positionals;
  if (!username) throw new UsageError('Give the user name.');
  if (extra) throw new UsageError(`Unexpected argument "${extra}".`);
  return username;
}

/** From SIRA_PASSWORD, else asked twice on the terminal without echo. */
async function newPassword(io: CliIo): Promise<string> {
  if (io.env.SIRA_PASSWORD) return io.env.SIRA_PASSWORD;
  if (!io.interactive) throw new UsageError('Give the password in SIRA_PASSWORD, or run this in a terminal to be asked for it.');
  const password = await io.askHidden(`Password (at least ${MIN_PASSWORD_LENGTH} characters): `);
  if ((await io.askHidden('The same password again: ')) !== password)
    throw new CliFailure('The two passwords differ; nothing was changed.');
  return password;
}

export const userAddCommand: CliCommand = {
  words: ['user', 'add'],
  usage: 'user add USERNAME --role ROLE [--region SLUG ...] [--name NAME]',
  summary: 'add a user who signs in with a password (SIRA_PASSWORD, or asked), or replace one',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      role: { type: 'string' },
      region: { type: 'string', multiple: true },
      name: { type: 'string' },
    });
    const username = onlyUsername(positionals);
    if (!values.role) throw new UsageError('--role is required.');
    const role = values.role.toUpperCase();
    const regions = listOption(values.region);
    // Before the password is asked for, so nobody types one for a user that cannot be added.
    const problems = [usernameProblem(username), ...accessProblems(role, regions)].filter((problem) => problem !== undefined);
    if (problems.length > 0) throw new UsageError(problems.join(' '));

    const file = loadConfig(io.env).usersFile;
    try {
      const { user, replaced } = await addUser(file, { username, name: values.name, role, regions, password: await newPassword(io) });
      io.stdout(
        `${replaced ? 'Replaced' : 'Added'} ${user.username} (${user.name}, ${user.role}${user.regions.length ? `: ${user.regions.join(', ')}` : ''}) ` +
          `in ${file}. They can sign in now; the server needs no restart.\n`,
      );
    } catch (error) {
      if (error instanceof LocalUserError) throw new UsageError(error.message);
      throw error;
    }
  },
};

export const userRemoveCommand: CliCommand = {
  words: ['user', 'remove'],
  usage: 'user remove USERNAME',
  summary: 'remove a user (tokens already issued stay valid until they expire)',
  async run(args, io) {
    const username = onlyUsername(parseCommandArgs(args, {}).positionals);
    const file = loadConfig(io.env).usersFile;
    if (!(await removeUser(file, username))) throw new CliFailure(`There is no user "${username}" in ${file}.`);
    io.stdout(`Removed ${username} from ${file}.\n`);
  },
};

export const userListCommand: CliCommand = {
  words: ['user', 'list'],
  usage: 'user list',
  summary: 'list the users, their roles and regions',
  async run(args, io) {
    const { positionals } = parseCommandArgs(args, {});
    if (positionals.length > 0) throw new UsageError(`Unexpected argument "${positionals[0]}".`);
    const file = loadConfig(io.env).usersFile;
    const users = await readUsers(file);
    if (users.length === 0) {
      io.stdout(`No users in ${file} yet. Add one with: pnpm sira user add USERNAME --role ROLE\n`);
      return;
    }
    const rows = [
      ['USERNAME', 'ROLE', 'REGIONS', 'NAME'],
      ...users.map((user) => [user.username, user.role, user.regions.join(',') || '-', user.name]),
    ];
    const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => (row[column] as string).length)));
    for (const row of rows)
      io.stdout(`${row.map((cell, column) => (column < 3 ? cell.padEnd(widths[column] as number) : cell)).join('  ')}\n`);
  },
};

import { accessProblems, MIN_PASSWORD_LENGTH, usernameProblem } from '../core/auth/local-users';
import type { Role } from '../core/auth/viewer';
import { loadConfig } from '../core/config';
import { DomainError } from '../core/errors';
import type { PasswordLink } from '../subgraphs/accounts/link/password-link';
import { withAccounts } from './accounts-database';
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

    const password = await newPassword(io);
    try {
      const { user, replaced } = await withAccounts(io.env, (accounts, actor) =>
        accounts.accountWrites.addFromCommand(actor, { username, name: values.name, role, regions, password }),
      );
      io.stdout(
        `${replaced ? 'Replaced' : 'Added'} ${user.username} (${user.name}, ${user.role}${user.regions.length ? `: ${user.regions.join(', ')}` : ''}). ` +
          'They can sign in now; the server needs no restart.\n',
      );
    } catch (error) {
      if (error instanceof DomainError) throw new UsageError(error.message);
      throw error;
    }
  },
};

export const userRemoveCommand: CliCommand = {
  words: ['user', 'remove'],
  usage: 'user remove USERNAME',
  summary: 'deactivate a user: they cannot sign in, and their sessions and tokens stop working at once',
  async run(args, io) {
    const username = onlyUsername(parseCommandArgs(args, {}).positionals);
    const removed = await withAccounts(io.env, (accounts, actor) => accounts.accountWrites.removeFromCommand(actor, username));
    if (!removed) throw new CliFailure(`There is no active user "${username}".`);
    io.stdout(`Deactivated ${username}: their sessions ended. \`pnpm sira user add ${username} ...\` makes them active again.\n`);
  },
};

export const userListCommand: CliCommand = {
  words: ['user', 'list'],
  usage: 'user list',
  summary: 'list the users, their roles, regions and status',
  async run(args, io) {
    const { positionals } = parseCommandArgs(args, {});
    if (positionals.length > 0) throw new UsageError(`Unexpected argument "${positionals[0]}".`);
    const users = await withAccounts(io.env, async (accounts) => (await accounts.userAccounts.page({ offset: 0, limit: 500 })).rows);
    if (users.length === 0) {
      io.stdout('No users yet. Add one with: pnpm sira user add USERNAME --role ROLE\n');
      return;
    }
    const rows = [
      ['USERNAME', 'ROLE', 'REGIONS', 'STATUS', 'NAME'],
      ...users.map((user) => [user.username, user.role, user.regions.join(',') || '-', user.status, user.name]),
    ];
    const widths = [0, 1, 2, 3].map((column) => Math.max(...rows.map((row) => (row[column] as string).length)));
    for (const row of rows)
      io.stdout(`${row.map((cell, column) => (column < 4 ? cell.padEnd(widths[column] as number) : cell)).join('  ')}\n`);
  },
};

/** Where the dashboard is reached, for a link: --url, else this machine at PORT. */
function dashboardUrl(io: CliIo, url: string | undefined): string {
  const base = url ?? `http://localhost:${loadConfig(io.env).port || 4000}`;
  if (!/^https?:\/\/[^/\s]+\/?$/.test(base))
    throw new UsageError(`--url must be the dashboard's address, e.g. https://sira.example.org; got "${base}".`);
  return base.replace(/\/$/, '');
}

/** The link alone on stdout (for a script), and what it is on stderr. */
function printLink(io: CliIo, base: string, link: PasswordLink): void {
  io.stdout(`${base}${link.path}\n`);
  io.stderr(
    `A one-time link for ${link.user.username} (${link.user.name}) to set ${link.purpose === 'RESET' ? 'a new' : 'their'} password and sign in; ` +
      `it works once, until ${link.expiresAt}. Pass it on yourself: it is not shown again.\n`,
  );
}

/** A DomainError (bad details, unknown user) as the command's failure. */
async function refusingDomainErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof DomainError) throw new CliFailure(error.message);
    throw error;
  }
}

export const userInviteCommand: CliCommand = {
  words: ['user', 'invite'],
  usage: 'user invite USERNAME --role ROLE [--region SLUG ...] [--name NAME] [--url URL]',
  summary: 'invite someone: prints a one-time link with which they set their password (no password typed here)',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      role: { type: 'string' },
      region: { type: 'string', multiple: true },
      name: { type: 'string' },
      url: { type: 'string' },
    });
    const username = onlyUsername(positionals);
    if (!values.role) throw new UsageError('--role is required.');
    const base = dashboardUrl(io, values.url);
    const role = values.role.toUpperCase() as Role;
    const link = await refusingDomainErrors(() =>
      withAccounts(io.env, (accounts, actor) =>
        accounts.accountWrites.invite(actor, { username, name: values.name ?? username, role, regions: listOption(values.region) }),
      ),
    );
    printLink(io, base, link);
  },
};

export const userLinkCommand: CliCommand = {
  words: ['user', 'link'],
  usage: 'user link USERNAME [--url URL]',
  summary: 'print a new one-time link for a user to set a password (older links stop working)',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { url: { type: 'string' } });
    const username = onlyUsername(positionals);
    const base = dashboardUrl(io, values.url);
    const link = await refusingDomainErrors(() =>
      withAccounts(io.env, (accounts, actor) => accounts.accountWrites.passwordLink(actor, username)),
    );
    printLink(io, base, link);
  },
};

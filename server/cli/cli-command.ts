import path from 'node:path';
import { type ParseArgsConfig, parseArgs } from 'node:util';

/** What a command reads and writes, passed in so tests can run commands without a terminal. */
export interface CliIo {
  env: NodeJS.ProcessEnv;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whether a person can be asked (stdin is a terminal). */
  interactive: boolean;
  askHidden(question: string): Promise<string>;
}

/** One entry of the `pnpm sira` command table. */
export interface CliCommand {
  /** The words that name it, e.g. ['user', 'add']. */
  words: readonly string[];
  /** How to call it, from its words on, e.g. 'user add USERNAME --role ROLE'. */
  usage: string;
  summary: string;
  run(args: string[], io: CliIo): Promise<void>;
}

/** Wrong or missing arguments: the command's usage is printed and the exit status is 2. */
export class UsageError extends Error {}

/** A failure that needs no stack trace: its message is printed and the exit status is 1. */
export class CliFailure extends Error {}

/** parseArgs, with its complaints turned into usage errors. */
export function parseCommandArgs<Options extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: Options) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/**
 * A file named on the command line, read from the directory the user ran pnpm in: pnpm
 * runs scripts from the repository root and says where it was started in INIT_CWD.
 */
export function invocationPath(file: string, env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.INIT_CWD || process.cwd(), file);
}

/** `--region soria --region teruel` and `--region soria,teruel` alike. */
export function listOption(values: readonly string[] | undefined): string[] {
  return (values ?? [])
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter(Boolean);
}

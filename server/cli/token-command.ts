import { decodeJwt } from 'jose';
import { accessProblems } from '../core/auth/local-users';
import { loadSigningKey } from '../core/auth/signing-key';
import { signToken } from '../core/auth/tokens';
import type { Role } from '../core/auth/viewer';
import { loadConfig } from '../core/config';
import { type CliCommand, listOption, parseCommandArgs, UsageError } from './cli-command';

/** At most what the server accepts (TOKEN_MAX_LIFETIME_HOURS): a longer token would be refused there. */
function hours(raw: string | undefined, max: number): number {
  if (raw === undefined) return Math.min(8, max);
  const value = Number(raw);
  if (!(value > 0 && value <= max))
    throw new UsageError(
      `--hours must be a number above 0 and at most ${max} (TOKEN_MAX_LIFETIME_HOURS, which the server reads too); got "${raw}".`,
    );
  return value;
}

/** Prints a token for a role, signed with the key the server uses, for scripts and local trials. */
export const tokenCommand: CliCommand = {
  words: ['token'],
  usage: 'token --role ROLE [--region SLUG ...] [--name NAME] [--hours N]',
  summary: 'print a token for a role, signed with the key the server uses (default 8 hours)',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      role: { type: 'string' },
      region: { type: 'string', multiple: true },
      name: { type: 'string' },
      hours: { type: 'string' },
    });
    if (positionals.length > 0) throw new UsageError(`Unexpected argument "${positionals[0]}".`);
    if (!values.role) throw new UsageError('--role is required.');
    const role = values.role.toUpperCase() as Role;
    const regions = listOption(values.region);
    const problems = accessProblems(role, regions);
    if (problems.length > 0) throw new UsageError(problems.join(' '));
    const config = loadConfig(io.env);
    const ttlSeconds = Math.round(hours(values.hours, config.tokenMaxLifetimeHours) * 3600);
    const key = await loadSigningKey(config.jwtSecret, config.localKeyFile);
    const name = values.name?.trim() || `Local ${role.toLowerCase()}`;
    const token = await signToken(key, { role, regions, name, subject: `local-${role.toLowerCase()}` }, ttlSeconds);
    const expiresAt = new Date((decodeJwt(token).exp as number) * 1000).toISOString();
    io.stdout(`${token}\n`);
    io.stderr(
      `${role} token for "${name}"${regions.length ? ` (regions ${regions.join(', ')})` : ''}, valid until ${expiresAt}, ` +
        `signed with ${config.jwtSecret ? 'JWT_SECRET' : config.localKeyFile}.\n`,
    );
  },
};

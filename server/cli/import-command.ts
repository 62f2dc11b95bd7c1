import { readFile } from 'node:fs/promises';
import { loadSigningKey } from '../core/auth/signing-key';
import { signToken } from '../core/auth/tokens';
import { Role } from '../core/auth/viewer';
import { loadConfig } from '../core/config';
import { decodeUtf8File, notUtf8Message } from '../core/csv/text-encoding';
import { errorMessageIn } from '../core/errors';
import { sizeProblem } from '../subgraphs/engagement/import/import-file';
import type { ImportProblem, ImportReport, ImportRowResult } from '../subgraphs/engagement/import/import-report.types';
import { type CliCommand, CliFailure, invocationPath, parseCommandArgs, UsageError } from './cli-command';

const IMPORT = `mutation ImportRoundtables($csv: String!, $dryRun: Boolean!) { importRoundtables(csv: $csv, dryRun: $dryRun) {
  valid dryRun written created updated unchanged
  rows { line region number action changedFields warnings { column ruleCode message } }
  errors { line column message } } }`;

// Long enough for the largest file; the token is made for this one request.
const LOCAL_TOKEN_SECONDS = 15 * 60;

interface GraphQLAnswer {
  data?: { importRoundtables?: ImportReport } | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

function apiUrl(option: string | undefined, env: NodeJS.ProcessEnv): string {
  const url = option ?? `http://localhost:${env.PORT || 4000}/graphql`;
  if (!/^https?:\/\/\S+$/.test(url))
    throw new UsageError(`--url must be the API's http:// or https:// address, e.g. http://localhost:4000/graphql; got "${url}".`);
  return url;
}

/** SIRA_TOKEN, else an ADMIN token signed with the key the local server uses (JWT_SECRET or its key file). */
async function bearerToken(env: NodeJS.ProcessEnv): Promise<{ token: string; from: string }> {
  const given = env.SIRA_TOKEN?.trim();
  if (given) return { token: given, from: 'SIRA_TOKEN' };
  const config = loadConfig(env);
  const key = await loadSigningKey(config.jwtSecret, config.localKeyFile);
  const token = await signToken(key, { role: Role.ADMIN, regions: [], subject: 'local-admin', name: 'Local admin' }, LOCAL_TOKEN_SECONDS);
  return { token, from: `an ADMIN token signed with ${config.jwtSecret ? 'JWT_SECRET' : config.localKeyFile}` };
}

/** The file's text, read as UTF-8 only: another encoding is refused here, before anything is sent. */
async function readCsv(file: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new CliFailure(code === 'ENOENT' ? `There is no file ${file}.` : `Cannot read ${file}: ${(error as Error).message}`);
  }
  const decoded = decodeUtf8File(bytes);
  if ('notUtf8' in decoded) throw new CliFailure(`${file}: ${notUtf8Message(decoded.notUtf8)}`);
  return decoded.text;
}

async function postImport(url: string, bearer: { token: string; from: string }, csv: string, dryRun: boolean): Promise<ImportReport> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer.token}` },
      body: JSON.stringify({ query: IMPORT, variables: { csv, dryRun } }),
    });
  } catch (error) {
    const { cause } = error as { cause?: { code?: string; message?: string } };
    const reason = cause?.code ?? cause?.message ?? (error as Error).message;
    throw new CliFailure(`Cannot reach the API at ${url} (${reason}). Start it with \`pnpm start\`, or give its address with --url.`);
  }
  const answer = (await response.json().catch(() => null)) as GraphQLAnswer | null;
  const refusal = answer?.errors?.[0];
  if (refusal) {
    const hint =
      refusal.extensions?.code === 'UNAUTHENTICATED'
        ? ` The request carried ${bearer.from}; set SIRA_TOKEN to a token this server accepts.`
        : '';
    throw new CliFailure(`The API refused the import: ${refusal.message}${hint}`);
  }
  const report = answer?.data?.importRoundtables;
  if (!report)
    throw new CliFailure(`The API at ${url} answered ${response.status} without an import report; is that its /graphql address?`);
  return report;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function rowLine(row: ImportRowResult): string {
  const changed = row.changedFields.length ? ` (${row.changedFields.join(', ')})` : '';
  // A validation rule's warning does not stop the row: it says what to check in it.
  const checks = row.warnings.map((warning) => `    check${warning.column ? `, column ${warning.column}` : ''}: ${warning.message}\n`);
  return `  line ${row.line}: ${row.region} ${row.number} ${row.action}${changed}\n${checks.join('')}`;
}

function problemLine(problem: ImportProblem): string {
  const where = problem.line === null ? 'the file' : `line ${problem.line}${problem.column ? `, column ${problem.column}` : ''}`;
  return `  ${where}: ${problem.message}\n`;
}

/** The report as a person reads it: what each row does, or every problem to fix. */
function formatReport(report: ImportReport, file: string): string {
  if (!report.valid) {
    return `${file}: ${plural(report.errors.length, 'problem')}, so nothing was imported.\n${report.errors.map(problemLine).join('')}`;
  }
  const counts = `${report.created} ${report.dryRun ? 'to create' : 'created'}, ${report.updated} ${report.dryRun ? 'to update' : 'updated'}, ${report.unchanged} unchanged.`;
  const heading = report.dryRun ? `Dry run of ${file}; nothing was written.` : `Imported ${file}.`;
  return `${heading}\n${report.rows.map(rowLine).join('')}${counts}\n`;
}

/** `pnpm sira import roundtables FILE`: sends a roundtables CSV to the running API and prints its report. */
export const importRoundtablesCommand: CliCommand = {
  words: ['import', 'roundtables'],
  usage: 'import roundtables FILE [--dry-run] [--url URL]',
  summary: 'import a roundtables CSV through the running API (SIRA_TOKEN, else a local ADMIN token); --dry-run only reports',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { 'dry-run': { type: 'boolean' }, url: { type: 'string' } });
    const [name, extra] = positionals;
    if (!name) throw new UsageError('Give the CSV file to import, e.g. templates/roundtables-import.csv.');
    if (extra) throw new UsageError(`Unexpected argument "${extra}".`);
    const url = apiUrl(values.url, io.env);
    const file = invocationPath(name, io.env);
    const csv = await readCsv(file);
    const tooLarge = sizeProblem(Buffer.byteLength(csv, 'utf8'));
    if (tooLarge) throw new CliFailure(`${file}: ${errorMessageIn(tooLarge)}`);

    const report = await postImport(url, await bearerToken(io.env), csv, values['dry-run'] === true);
    io.stdout(formatReport(report, file));
    if (!report.valid) throw new CliFailure('Fix the problems listed, then run the import again.');
    if (!report.dryRun && !report.written) throw new CliFailure('The API did not write the import; nothing was changed.');
  },
};

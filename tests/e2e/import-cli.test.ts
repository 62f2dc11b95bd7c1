import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CliIo } from '../../server/cli/cli-command';
import { runSira } from '../../server/cli/sira';
import { REPO_ROOT } from '../../server/core/config';
import { Role, TEST_JWT_SECRET, tokenFor } from '../../server/test-support/auth';
import { startTestSystem } from '../../server/test-support/test-system';

const TEMPLATE = 'templates/roundtables-import.csv';
const SORIA = `{ roundtables(filter: { regions: ["soria"] }) { number version sources { url } } }`;

// `pnpm sira import roundtables` against the running system: the template checked, then
// imported, and a bad file refused with its problems printed.
describe('pnpm sira import roundtables', () => {
  let api: Awaited<ReturnType<typeof startTestSystem>>;
  let dir: string;
  let admin: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'sira-import-'));
    admin = await tokenFor(Role.ADMIN);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));
  // Each test starts from the published data: one of them imports an example as a real row.
  beforeEach(async () => {
    api = await startTestSystem();
  });
  afterEach(() => api?.close());

  async function sira(args: string[], env: NodeJS.ProcessEnv = { SIRA_TOKEN: admin }) {
    const output = { status: -1, out: '', err: '' };
    const io: CliIo = {
      env: { INIT_CWD: REPO_ROOT, ...env },
      stdout: (text) => {
        output.out += text;
      },
      stderr: (text) => {
        output.err += text;
      },
      interactive: false,
      askHidden: async () => '',
    };
    output.status = await runSira(['import', 'roundtables', ...args, '--url', api.system.url], io);
    return output;
  }

  const soria = async () => (await api.gql<{ roundtables: unknown[] }>(SORIA, undefined, admin)).data?.roundtables;
  const auditEntries = async () =>
    ((await api.gql<{ auditLog: unknown[] }>('{ auditLog(limit: 500) { id } }', undefined, admin)).data?.auditLog ?? []).length;

  /** The template with its first example taken out of its note and given a real region and number, as a person would. */
  const filledTemplate = async () => {
    const filled = path.join(dir, 'filled.csv');
    const template = await readFile(path.join(REPO_ROOT, TEMPLATE), 'utf8');
    await writeFile(
      filled,
      template
        .replace('#example-region,1,', 'soria,99,')
        .replace('NEWCOMER;VOLUNTEER,LANGUAGE;TRANSPORT,\n', 'NEWCOMER;VOLUNTEER,LANGUAGE;TRANSPORT,https://example.org/soria-99\n'),
    );
    return filled;
  };

  it('writes nothing from the template as it is: its examples are notes, and it says to add rows', async () => {
    const before = { soria: await soria(), audit: await auditEntries() };
    for (const dryRun of [['--dry-run'], []]) {
      const run = await sira([TEMPLATE, ...dryRun]);
      expect(run.status).toBe(1);
      expect(run.out).toBe(
        `${path.join(REPO_ROOT, TEMPLATE)}: 1 problem, so nothing was imported.\n` +
          "  the file: The file has the header but no roundtables: lines starting with # are notes, such as the template's example, and are skipped; add one row per roundtable below the header.\n",
      );
    }
    expect({ soria: await soria(), audit: await auditEntries() }).toEqual(before);
  });

  it('checks a filled template in a dry run, says what it would change, and writes nothing', async () => {
    const filled = await filledTemplate();
    const before = { soria: await soria(), audit: await auditEntries() };
    const run = await sira([filled, '--dry-run']);
    expect(run.err).toBe('');
    expect(run.status).toBe(0);
    expect(run.out).toBe(`Dry run of ${filled}; nothing was written.\n  line 2: soria 99 CREATE\n1 to create, 0 to update, 0 unchanged.\n`);
    expect({ soria: await soria(), audit: await auditEntries() }).toEqual(before);
  });

  it('imports a filled template, and the roundtable cites its source', async () => {
    const filled = await filledTemplate();
    const audit = await auditEntries();
    const run = await sira([filled]);
    expect(run.status).toBe(0);
    expect(run.out).toBe(`Imported ${filled}.\n  line 2: soria 99 CREATE\n1 created, 0 updated, 0 unchanged.\n`);
    expect(await soria()).toContainEqual({ number: 99, version: 1, sources: [{ url: 'https://example.org/soria-99' }] });
    expect(await auditEntries()).toBe(audit + 1);
  });

  it("prints under a row what a validation rule's warning asks to check, and imports it all the same", async () => {
    const short = path.join(dir, 'short.csv');
    const header =
      'region,number,date,format,duration_minutes,participants,participants_max,online,onsite,organisations,categories,challenges,source_url';
    await writeFile(short, `${header}\r\nteruel,5,2022-04-05,onsite,5,10,,,10,,,,https://example.org/t5\r\n`);
    const run = await sira([short, '--dry-run']);
    expect(run.status).toBe(0);
    expect(run.out).toBe(
      `Dry run of ${short}; nothing was written.\n` +
        '  line 2: teruel 5 CREATE\n' +
        '    check, column duration_minutes: is 5 minutes, while a roundtable lasts 15 to 600; check it\n' +
        '1 to create, 0 to update, 0 unchanged.\n',
    );
  });

  it('signs a local ADMIN token with the key the server uses when SIRA_TOKEN is not set', async () => {
    const filled = await filledTemplate();
    expect((await sira([filled])).status).toBe(0);
    const run = await sira([filled, '--dry-run'], { JWT_SECRET: TEST_JWT_SECRET });
    expect(run.status).toBe(0);
    expect(run.out).toContain('  line 2: soria 99 UNCHANGED\n');
  });

  it('refuses a bad file with exit status 1, printing every problem by line and column', async () => {
    const bad = path.join(dir, 'bad.csv');
    const header =
      'region,number,date,format,duration_minutes,participants,participants_max,online,onsite,organisations,categories,challenges,source_url';
    await writeFile(
      bad,
      `${header}\r\nteruel,1,2022-02-30,online,,10,,,3,,,,https://example.org/t1\r\nteruel,2,2022-03-01,,,,,,,,"NGO;ALIENS",,\r\n`,
    );
    const audit = await auditEntries();
    const run = await sira([bad]);
    expect(run.status).toBe(1);
    expect(run.out.split('\n')).toEqual([
      `${bad}: 3 problems, so nothing was imported.`,
      '  line 2, column date: must be a real date written YYYY-MM-DD, e.g. 2021-11-24; got "2022-02-30"',
      '  line 2, column onsite: must be empty or 0 for an online roundtable (3 given); correct it or the format',
      expect.stringMatching(/^ {2}line 3, column categories: "ALIENS" is not a stakeholder category; known: /),
      '',
    ]);
    expect(run.err).toBe('Fix the problems listed, then run the import again.\n');
    expect(await auditEntries()).toBe(audit);
    expect(
      (await api.gql<{ roundtables: unknown[] }>('{ roundtables(filter: { regions: ["teruel"] }) { id } }')).data?.roundtables,
    ).toEqual([]);
  });

  it('refuses a file saved as Latin-1 before sending it, naming the encoding and how to save it as UTF-8', async () => {
    const latin1 = path.join(dir, 'latin1.csv');
    const header =
      'region,number,date,format,duration_minutes,participants,participants_max,online,onsite,organisations,categories,challenges,source_url';
    await writeFile(latin1, Buffer.from(`${header}\nteruel,1,2022-02-01,onsite,,9,,,,,,,https://example.org/alcañiz\n`, 'latin1'));
    const audit = await auditEntries();
    const run = await sira([latin1]);
    expect(run.status).toBe(1);
    expect(run.out).toBe('');
    expect(run.err.startsWith(`${latin1}: The file is not UTF-8: it looks like Windows-1252 (Latin-1) (line 2 reads "…`)).toBe(true);
    expect(run.err).toContain('https://example.org/alcañiz" in it). Nothing was imported. Save it as UTF-8');
    expect(run.err).toContain('"CSV UTF-8 (Comma delimited)"');
    expect(await auditEntries()).toBe(audit);
  });

  it('exits 1 when the API refuses the token, and 2 on wrong usage', async () => {
    const analyst = await sira([TEMPLATE], { SIRA_TOKEN: await tokenFor(Role.ANALYST) });
    expect(analyst.status).toBe(1);
    expect(analyst.err).toContain('The API refused the import: Importing roundtables is for ADMIN users');
    const missing = await sira(['no-such-file.csv']);
    expect(missing).toMatchObject({ status: 1, err: `There is no file ${path.join(REPO_ROOT, 'no-such-file.csv')}.\n` });
    expect((await sira([])).status).toBe(2);
    const unknownOption = await sira([TEMPLATE, '--force']);
    expect(unknownOption.status).toBe(2);
    expect(unknownOption.err).toContain('pnpm sira import roundtables FILE [--dry-run] [--url URL]');
  });
});

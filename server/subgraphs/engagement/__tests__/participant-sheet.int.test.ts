import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { withLanguage } from '../../../core/request-language';
import type { Subgraph } from '../../../core/subgraph';
import { loadDataset } from '../../../seed/load-dataset';
import { PUBLISHED_DATASET } from '../../../seed/published-dataset';
import { authHeaders, Role } from '../../../test-support/auth';
import { executeOn } from '../../../test-support/execute';
import { dataSet, newRoundtable, newSource } from '../../../test-support/factories';
import { startTestSubgraphs } from '../../../test-support/test-database';
import type { EngagementSubgraph } from '../engagement.subgraph';

interface Created {
  id: string;
  version: number;
  newcomer: boolean;
  gender: string | null;
  participations: { roundtable: { id: string }; mode: string }[];
}
interface Problem {
  line: number | null;
  column: string | null;
  message: string;
}
interface Report {
  valid: boolean;
  dryRun: boolean;
  written: boolean;
  created: number;
  rows: { line: number; category: string; newcomer: boolean; gender: string | null; ageBand: string | null; mode: string }[];
  errors: Problem[];
}

// A roundtable's participants recorded many at once, as the dashboard's attendance sheet and its
// CSV upload send them: all of them or none, every problem named by row (or line and column),
// the locks and who may, an audit entry for each, and the deletions a sheet offers to restore.
describe('recording a roundtable’s participants at once', () => {
  let subgraphs: Awaited<ReturnType<typeof startTestSubgraphs>>;
  let engagement: EngagementSubgraph;
  const as = (role: Role, regions: string[] = []) => authHeaders(role, regions);
  const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> =>
    engagement.database.dataSource.query(text, params);

  const source = newSource();
  const submitted = { source: source.ref, reviewState: 'SUBMITTED' as const };
  const hybrid = newRoundtable({ region: 'soria', number: 7, ...submitted, format: 'HYBRID' });
  const onsite = newRoundtable({ region: 'soria', number: 8, ...submitted, format: 'ONSITE' });
  const approved = newRoundtable({ region: 'soria', number: 9, source: source.ref, reviewState: 'APPROVED', format: 'ONSITE' });
  const inClosedPeriod = newRoundtable({ region: 'soria', number: 10, ...submitted, format: 'ONLINE', date: '2023-02-01' });
  const teruel = newRoundtable({ region: 'teruel', number: 3, ...submitted, format: 'HYBRID' });
  const ids = { hybrid: '', onsite: '', approved: '', closed: '', teruel: '' };

  beforeAll(async () => {
    subgraphs = await startTestSubgraphs();
    engagement = subgraphs.engagement;
    await loadDataset(subgraphs.geography as Subgraph, engagement, PUBLISHED_DATASET);
    await loadDataset(
      subgraphs.geography as Subgraph,
      engagement,
      dataSet({ sources: [source], roundtables: [hybrid, onsite, approved, inClosedPeriod, teruel] }),
    );
    const idOf = async (region: string, number: number) =>
      (await sql<{ id: string }>('SELECT id FROM engagement.roundtable WHERE region_slug = $1 AND number = $2', [region, number]))[0]
        ?.id as string;
    ids.hybrid = await idOf('soria', hybrid.number);
    ids.onsite = await idOf('soria', onsite.number);
    ids.approved = await idOf('soria', approved.number);
    ids.closed = await idOf('soria', inClosedPeriod.number);
    ids.teruel = await idOf('teruel', teruel.number);
  });
  afterAll(() => subgraphs.close());

  const count = async (table: string, where = 'true') =>
    Number((await sql<{ n: string }>(`SELECT count(*) AS n FROM engagement.${table} WHERE ${where}`))[0]?.n);
  const state = async () => ({
    participants: await count('participant'),
    participations: await count('participation'),
    audit: await count('audit_entry'),
  });
  const totalAt = async (roundtableId: string) =>
    (
      await sql<{ total_min: number | null; newcomers_min: number | null; from_records: boolean }>(
        'SELECT total_min, newcomers_min, from_records FROM engagement.roundtable_attendance_rollup WHERE roundtable_id = $1',
        [roundtableId],
      )
    )[0];

  const CREATE_MANY = `mutation($input: NewParticipantsInput!) {
    createParticipants(input: $input) { id version newcomer gender participations { roundtable { id } mode } } }`;
  const IMPORT = `mutation($roundtable: ID!, $csv: String!, $dryRun: Boolean!) {
    importParticipants(roundtableId: $roundtable, csv: $csv, dryRun: $dryRun) {
      valid dryRun written created rows { line category newcomer gender ageBand mode } errors { line column message } } }`;
  const DELETED = 'query($roundtable: ID!) { deletedParticipants(roundtableId: $roundtable) { id entityId action regionSlug } }';
  const DELETE = 'mutation($id: ID!, $version: Int!) { deleteParticipant(id: $id, expectedVersion: $version) }';

  /** The sheet's row i: a mix of categories, genders (some not given), age bands and newcomers. */
  const sheetRow = (index: number, roundtableId = ids.hybrid, mode = index % 3 === 0 ? 'ONLINE' : 'ONSITE') => ({
    region: 'soria',
    category: index % 2 === 0 ? 'NEWCOMER' : 'NGO',
    newcomer: index % 2 === 0,
    gender: [null, 'FEMALE', 'MALE', 'NON_BINARY', 'UNDISCLOSED'][index % 5],
    ageBand: index % 4 === 0 ? null : 'AGE_25_34',
    participations: [{ roundtableId, mode }],
  });
  const twenty = (roundtableId?: string, mode?: string) => Array.from({ length: 20 }, (_, index) => sheetRow(index, roundtableId, mode));

  // Each test starts with no participant records, removed through the API so the rollups follow.
  beforeEach(async () => {
    const admin = await as(Role.ADMIN);
    for (const { id, version } of await sql<{ id: string; version: number }>('SELECT id, version FROM engagement.participant')) {
      expect((await executeOn(engagement, DELETE, { id, version }, admin)).errors).toBeUndefined();
    }
  });

  describe('createParticipants', () => {
    it("records Soria's coordinator's 20 rows in one request and one transaction, each audited", async () => {
      const before = await state();
      const result = await executeOn<{ createParticipants: Created[] }>(
        engagement,
        CREATE_MANY,
        { input: { participants: twenty() } },
        await as(Role.COORDINATOR, ['soria']),
      );
      expect(result.errors).toBeUndefined();
      const created = result.data?.createParticipants ?? [];
      expect(created).toHaveLength(20);
      // In the order sent, so the sheet can tell which row became which record.
      expect(created.map((person) => person.gender)).toEqual(twenty().map((row) => row.gender));
      expect(created.every((person) => person.version === 1 && person.participations[0]?.roundtable.id === ids.hybrid)).toBe(true);
      expect(await state()).toEqual({
        participants: before.participants + 20,
        participations: before.participations + 20,
        audit: before.audit + 20,
      });
      expect(await totalAt(ids.hybrid)).toEqual({ total_min: 20, newcomers_min: 10, from_records: true });
      const audit = await sql<{ action: string; actor_role: string; n: string }>(
        `SELECT action, actor_role, count(*) AS n FROM engagement.audit_entry
         WHERE entity_type = 'Participant' AND entity_id = ANY($1::uuid[]) GROUP BY action, actor_role`,
        [created.map((person) => person.id)],
      );
      expect(audit).toEqual([{ action: 'CREATE', actor_role: 'COORDINATOR', n: '20' }]);
    });

    it('writes none of the rows when any has a problem, naming each by its row', async () => {
      const before = await state();
      const rows = twenty(ids.onsite, 'ONSITE');
      rows[3] = { ...sheetRow(3, ids.onsite, 'ONSITE'), category: 'ALIENS' };
      rows[7] = sheetRow(7, ids.onsite, 'ONLINE');
      const result = await executeOn(engagement, CREATE_MANY, { input: { participants: rows } }, await as(Role.ADMIN));
      expect(result.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.extensions.problems).toEqual([
        { field: 'participants.3.category', message: expect.stringContaining('"ALIENS" is not a stakeholder category') },
        {
          field: 'participants.7.participations.0.mode',
          message: `roundtable ${onsite.number} of soria was held ONSITE, so it takes only ONSITE participations`,
        },
      ]);
      expect(await state()).toEqual(before);
    });

    it("names a field rule's problem by row too, and refuses an empty sheet and an over-long one", async () => {
      const admin = await as(Role.ADMIN);
      const rows = twenty();
      rows[2] = { ...sheetRow(2), organisation: 'Cepaim SA' } as ReturnType<typeof sheetRow>;
      const bad = await executeOn(engagement, CREATE_MANY, { input: { participants: rows } }, admin);
      expect(bad.errors?.[0]?.extensions.problems).toEqual([
        { field: 'participants.2.organisation', message: 'must be an organisation slug such as fundacion-cepaim' },
      ]);
      const empty = await executeOn(engagement, CREATE_MANY, { input: { participants: [] } }, admin);
      expect(empty.errors?.[0]?.message).toBe('Please correct: participants: must list at least one participant.');
      const tooMany = await executeOn(
        engagement,
        CREATE_MANY,
        { input: { participants: Array.from({ length: 501 }, (_, index) => sheetRow(index)) } },
        admin,
      );
      expect(tooMany.errors?.[0]?.message).toBe(
        'Please correct: participants: can list at most 500 participants; send the rest in another write.',
      );
      expect(await count('participant')).toBe(0);
    });

    it.each([
      ['an analyst', Role.ANALYST, [], 'An ANALYST user cannot change records'],
      ['an evaluator', Role.EVALUATOR, [], 'An EVALUATOR user cannot change records'],
      ['a funder', Role.FUNDER, [], 'A FUNDER user cannot change records'],
      ["Teruel's coordinator", Role.COORDINATOR, ['teruel'], 'teruel; soria is not one of your regions'],
    ])('refuses %s with FORBIDDEN and writes nothing', async (_who, role, regions, message) => {
      const before = await state();
      const result = await executeOn(engagement, CREATE_MANY, { input: { participants: twenty() } }, await as(role, regions));
      expect(result.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      expect(result.errors?.[0]?.message).toContain(message);
      expect(await state()).toEqual(before);
    });

    it("refuses the whole sheet when one row is of a region the coordinator doesn't edit", async () => {
      const before = await state();
      const rows = [...twenty(), { ...sheetRow(1, ids.teruel, 'ONLINE'), region: 'teruel' }];
      const result = await executeOn(engagement, CREATE_MANY, { input: { participants: rows } }, await as(Role.COORDINATOR, ['soria']));
      expect(result.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      expect(await state()).toEqual(before);
    });

    it('refuses with CONFLICT a sheet for an approved roundtable, or one dated in a closed period', async () => {
      const before = await state();
      const locked = await executeOn(
        engagement,
        CREATE_MANY,
        { input: { participants: twenty(ids.approved, 'ONSITE') } },
        await as(Role.ADMIN),
      );
      expect(locked.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'APPROVED' });
      expect(locked.errors?.[0]?.message).toContain(`Roundtable soria #${approved.number}, approved and so locked`);

      const close = await executeOn(
        engagement,
        'mutation { closeReportingPeriod(period: "2023", reason: "Reported to the funder.") { periodCode } }',
        {},
        await as(Role.EVALUATOR),
      );
      expect(close.errors).toBeUndefined();
      try {
        const closed = await executeOn(
          engagement,
          CREATE_MANY,
          { input: { participants: twenty(ids.closed, 'ONLINE') } },
          await as(Role.ADMIN),
        );
        expect(closed.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'PERIOD_CLOSED' });
        expect(await state()).toEqual(before);
      } finally {
        await executeOn(
          engagement,
          'mutation { reopenReportingPeriod(period: "2023", reason: "A late correction.") }',
          {},
          await as(Role.EVALUATOR),
        );
      }
    });
  });

  describe('importParticipants', () => {
    const HEADER = 'category,newcomer,gender,age_band,organisation,mode';
    const FILE = [
      HEADER,
      'NEWCOMER,yes,female,25-34,,onsite',
      'ngo,no,,,fundacion-cepaim,online',
      'LOCAL_CITIZEN,No,non-binary,65+,,ONSITE',
      'VOLUNTEER,no,undisclosed,under-18,,online',
    ].join('\r\n');
    const run = async (csv: string, dryRun: boolean, headers?: Record<string, string>, roundtable = ids.hybrid) =>
      executeOn<{ importParticipants: Report }>(engagement, IMPORT, { roundtable, csv, dryRun }, headers ?? (await as(Role.ADMIN)));

    it('checks a file in a dry run, writing nothing, then records it as checked, each row audited as imported', async () => {
      const coordinator = await as(Role.COORDINATOR, ['soria']);
      const before = await state();
      const checked = await run(FILE, true, coordinator);
      expect(checked.errors).toBeUndefined();
      expect(checked.data?.importParticipants).toEqual({
        valid: true,
        dryRun: true,
        written: false,
        created: 4,
        rows: [
          { line: 2, category: 'NEWCOMER', newcomer: true, gender: 'FEMALE', ageBand: 'AGE_25_34', mode: 'ONSITE' },
          { line: 3, category: 'NGO', newcomer: false, gender: null, ageBand: null, mode: 'ONLINE' },
          { line: 4, category: 'LOCAL_CITIZEN', newcomer: false, gender: 'NON_BINARY', ageBand: 'AGE_65_PLUS', mode: 'ONSITE' },
          { line: 5, category: 'VOLUNTEER', newcomer: false, gender: 'UNDISCLOSED', ageBand: 'UNDER_18', mode: 'ONLINE' },
        ],
        errors: [],
      });
      expect(await state()).toEqual(before);

      const imported = await run(FILE, false, coordinator);
      expect(imported.data?.importParticipants).toMatchObject({ valid: true, written: true, created: 4 });
      expect(await state()).toEqual({
        participants: before.participants + 4,
        participations: before.participations + 4,
        audit: before.audit + 4,
      });
      expect(await count('audit_entry', "entity_type = 'Participant' AND action = 'IMPORT'")).toBe(4);
      expect(await sql('SELECT organisation_slug FROM engagement.participant WHERE organisation_slug IS NOT NULL')).toEqual([
        { organisation_slug: 'fundacion-cepaim' },
      ]);
      expect(await totalAt(ids.hybrid)).toEqual({ total_min: 4, newcomers_min: 1, from_records: true });
    });

    it('names every problem by line and column, and records none of the rows', async () => {
      const before = await state();
      const csv = [HEADER, 'NEWCOMER,yes,female,25-34,,onsite', 'ALIENS,maybe,robot,40,Cepaim SA,', 'NGO,no,,,,', ',,,,,by phone'].join(
        '\n',
      );
      const result = await run(csv, false);
      expect(result.errors).toBeUndefined();
      expect(result.data?.importParticipants).toMatchObject({ valid: false, written: false, created: 0 });
      expect(result.data?.importParticipants.errors).toEqual([
        { line: 3, column: 'category', message: expect.stringContaining('"ALIENS" is not a stakeholder category') },
        { line: 3, column: 'newcomer', message: 'must be yes or no; got "maybe"' },
        { line: 3, column: 'gender', message: expect.stringContaining('must be female, male, non-binary or undisclosed') },
        { line: 3, column: 'age_band', message: expect.stringContaining('must be under-18, 18-24') },
        { line: 3, column: 'organisation', message: 'must be an organisation slug such as fundacion-cepaim, or empty; got "Cepaim SA"' },
        { line: 3, column: 'mode', message: `is required: online or onsite, since roundtable ${hybrid.number} was held HYBRID` },
        { line: 4, column: 'mode', message: `is required: online or onsite, since roundtable ${hybrid.number} was held HYBRID` },
        { line: 5, column: 'category', message: 'is required: a stakeholder category code, e.g. NGO or NEWCOMER' },
        { line: 5, column: 'newcomer', message: 'is required: yes for a refugee or migrant, no for anyone else' },
        { line: 5, column: 'mode', message: 'must be online or onsite; got "by phone"' },
      ]);
      expect(await state()).toEqual(before);
    });

    it("says every problem in the reader's language, at the same line and column, quoting the file as it is", async () => {
      const before = await state();
      const csv = [HEADER, 'ALIENS,maybe,robot,40,Cepaim SA,', ',,,,,by phone'].join('\n');
      const errorsIn = async (language: 'el' | 'pl') => {
        const result = await withLanguage(language, async () => run(csv, false));
        expect(result.errors).toBeUndefined();
        expect(result.data?.importParticipants).toMatchObject({ valid: false, written: false, created: 0, rows: [] });
        return result.data?.importParticipants.errors;
      };
      expect(await errorsIn('el')).toEqual([
        { line: 2, column: 'category', message: expect.stringMatching(/^Το "ALIENS" δεν είναι κατηγορία ενδιαφερόμενων φορέων/) },
        { line: 2, column: 'newcomer', message: 'πρέπει να είναι yes ή no· δόθηκε "maybe"' },
        {
          line: 2,
          column: 'gender',
          message:
            'πρέπει να είναι female, male, non-binary ή undisclosed (προτίμησε να μην το πει), ή κενό όταν δεν καταγράφηκε· δόθηκε "robot"',
        },
        {
          line: 2,
          column: 'age_band',
          message: 'πρέπει να είναι under-18, 18-24, 25-34, 35-49, 50-64 ή 65+, ή κενό όταν δεν καταγράφηκε· δόθηκε "40"',
        },
        { line: 2, column: 'organisation', message: 'πρέπει να είναι slug οργανισμού, όπως fundacion-cepaim, ή κενό· δόθηκε "Cepaim SA"' },
        {
          line: 2,
          column: 'mode',
          message: `είναι υποχρεωτικό: online ή onsite, αφού η στρογγυλή τράπεζα ${hybrid.number} έγινε ως HYBRID`,
        },
        {
          line: 3,
          column: 'category',
          message: 'είναι υποχρεωτικό: ένας κωδικός κατηγορίας ενδιαφερόμενων φορέων, π.χ. NGO ή NEWCOMER',
        },
        { line: 3, column: 'newcomer', message: 'είναι υποχρεωτικό: yes για πρόσφυγα ή μετανάστη, no για οποιονδήποτε άλλον' },
        { line: 3, column: 'mode', message: 'πρέπει να είναι online ή onsite· δόθηκε "by phone"' },
      ]);
      const polish = await errorsIn('pl');
      expect(polish?.map((problem) => [problem.line, problem.column])).toEqual([
        [2, 'category'],
        [2, 'newcomer'],
        [2, 'gender'],
        [2, 'age_band'],
        [2, 'organisation'],
        [2, 'mode'],
        [3, 'category'],
        [3, 'newcomer'],
        [3, 'mode'],
      ]);
      expect(polish?.map((problem) => problem.message)).toEqual([
        expect.stringMatching(/^"ALIENS" nie jest kategorią interesariuszy/),
        'musi mieć wartość yes lub no; otrzymano "maybe"',
        'musi mieć wartość female, male, non-binary lub undisclosed (osoba nie chciała podać) albo pozostać puste, gdy nie odnotowano; otrzymano "robot"',
        'musi mieć wartość under-18, 18-24, 25-34, 35-49, 50-64 lub 65+ albo pozostać puste, gdy nie odnotowano; otrzymano "40"',
        'musi być slugiem organizacji, np. fundacion-cepaim, lub pozostać puste; otrzymano "Cepaim SA"',
        `jest wymagane: online lub onsite, ponieważ okrągły stół ${hybrid.number} odbył się w formacie HYBRID`,
        'jest wymagane: kod kategorii interesariuszy, np. NGO lub NEWCOMER',
        'jest wymagane: yes dla osoby uchodźczej lub migranckiej, no dla każdej innej',
        'musi mieć wartość online lub onsite; otrzymano "by phone"',
      ]);
      const empty = await withLanguage('el', async () => run(HEADER, false));
      expect(empty.data?.importParticipants.errors).toEqual([
        {
          line: null,
          column: null,
          message: 'Το αρχείο έχει την κεφαλίδα αλλά κανέναν συμμετέχοντα· προσθέστε από κάτω μία γραμμή ανά συμμετέχοντα.',
        },
      ]);
      expect(await state()).toEqual(before);
    });

    it("takes an onsite roundtable's mode when the row leaves it empty, and refuses a contrary one", async () => {
      const result = await run([HEADER, 'NGO,no,,,,', 'NGO,no,,,,online'].join('\n'), true, undefined, ids.onsite);
      expect(result.data?.importParticipants.errors).toEqual([
        {
          line: 3,
          column: 'mode',
          message: `roundtable ${onsite.number} of soria was held ONSITE, so it takes only ONSITE participations`,
        },
      ]);
      const fine = await run([HEADER, 'NGO,no,,,,'].join('\n'), true, undefined, ids.onsite);
      expect(fine.data?.importParticipants.rows).toEqual([
        { line: 2, category: 'NGO', newcomer: false, gender: null, ageBand: null, mode: 'ONSITE' },
      ]);
    });

    it('records no one from the template as it is: its made-up people are # notes, valid once the # is taken away', async () => {
      const template = await readFile(path.join(__dirname, '../../../../templates/participants-import.csv'), 'utf8');
      const untouched = await run(template, false);
      expect(untouched.data?.importParticipants).toMatchObject({ valid: false, written: false, created: 0 });
      expect(untouched.data?.importParticipants.errors[0]?.message).toContain('lines starting with # are notes');
      expect(await count('participant')).toBe(0);
      const checked = await run(template.replace(/^#/gm, ''), true);
      expect(checked.data?.importParticipants).toMatchObject({ valid: true, written: false, created: 4, errors: [] });
      expect(checked.data?.importParticipants.rows.map((row) => [row.category, row.gender, row.mode])).toEqual([
        ['NEWCOMER', 'FEMALE', 'ONSITE'],
        ['NEWCOMER', null, 'ONLINE'],
        ['NGO', 'NON_BINARY', 'ONSITE'],
        ['LOCAL_CITIZEN', 'UNDISCLOSED', 'ONSITE'],
      ]);
    });

    it('refuses a file without the header, or without rows, saying what a participants file holds', async () => {
      const wrong = await run('category,newcomer,gender\nNGO,no,\n', true);
      expect(wrong.data?.importParticipants.errors).toEqual([
        {
          line: 1,
          column: null,
          message: `The header is not the expected one (missing age_band, organisation, mode); its first line must be the header, exactly: ${HEADER}`,
        },
      ]);
      const empty = await run(`${HEADER}\n`, false);
      expect(empty.data?.importParticipants.errors).toEqual([
        { line: null, column: null, message: 'The file has the header but no participants; add one row per participant below it.' },
      ]);
      expect(await count('participant')).toBe(0);
    });

    it.each([
      ['an analyst', Role.ANALYST, [], 'an ANALYST user cannot change records'],
      ['a funder', Role.FUNDER, [], 'a FUNDER user cannot change records'],
      ["Teruel's coordinator", Role.COORDINATOR, ['teruel'], 'teruel; soria is not one of your regions'],
    ])('refuses %s with FORBIDDEN, even for a dry run', async (_who, role, regions, message) => {
      const result = await run(FILE, true, await as(role, regions));
      expect(result.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      expect(result.errors?.[0]?.message).toContain(message);
    });

    it('refuses with CONFLICT the participants of an approved roundtable, and NOT_FOUND those of none', async () => {
      const before = await state();
      const locked = await run([HEADER, 'NGO,no,,,,onsite'].join('\n'), false, undefined, ids.approved);
      expect(locked.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'APPROVED' });
      const none = await run(FILE, true, undefined, '00000000-0000-4000-8000-000000000000');
      expect(none.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
      const notAnId = await run(FILE, true, undefined, 'soria-7');
      expect(notAnId.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
      expect(await state()).toEqual(before);
    });
  });

  describe('deletedParticipants', () => {
    it("lists the roundtable's deleted participants, latest deletion first, until one is restored", async () => {
      const admin = await as(Role.ADMIN);
      type Listed = { deletedParticipants: { id: string; entityId: string; action: string }[] };
      // The participants the tests before this one recorded, and removed as each test began.
      const earlier = new Set(
        (await executeOn<Listed>(engagement, DELETED, { roundtable: ids.hybrid }, admin)).data?.deletedParticipants.map(
          (entry) => entry.entityId,
        ),
      );
      const newer = (entries: Listed['deletedParticipants'] = []) => entries.filter((entry) => !earlier.has(entry.entityId));
      const created =
        (await executeOn<{ createParticipants: Created[] }>(engagement, CREATE_MANY, { input: { participants: twenty() } }, admin)).data
          ?.createParticipants ?? [];
      const [first, second] = created;
      for (const person of [first, second]) {
        expect((await executeOn(engagement, DELETE, { id: person?.id, version: 1 }, admin)).errors).toBeUndefined();
      }
      const coordinator = await as(Role.COORDINATOR, ['soria']);
      const listed = await executeOn<Listed>(engagement, DELETED, { roundtable: ids.hybrid }, coordinator);
      expect(listed.errors).toBeUndefined();
      const deletions = newer(listed.data?.deletedParticipants);
      expect(deletions.map((entry) => entry.entityId)).toEqual([second?.id, first?.id]);
      expect(deletions.every((entry) => entry.action === 'DELETE')).toBe(true);

      const restored = await executeOn(
        engagement,
        'mutation($entry: ID!) { restoreParticipant(auditEntryId: $entry) { id } }',
        { entry: deletions[0]?.id },
        coordinator,
      );
      expect(restored.errors).toBeUndefined();
      const after = await executeOn<Listed>(engagement, DELETED, { roundtable: ids.hybrid }, await as(Role.ANALYST));
      expect(newer(after.data?.deletedParticipants).map((entry) => entry.entityId)).toEqual([first?.id]);
      const elsewhere = await executeOn<{ deletedParticipants: unknown[] }>(engagement, DELETED, { roundtable: ids.onsite }, admin);
      expect(elsewhere.data?.deletedParticipants).toEqual([]);
    });

    it.each([
      ['a funder', Role.FUNDER, []],
      ['an anonymous visitor', Role.PUBLIC, []],
      ["Teruel's coordinator", Role.COORDINATOR, ['teruel']],
    ])('refuses %s with FORBIDDEN', async (_who, role, regions) => {
      const headers = role === Role.PUBLIC ? {} : await as(role, regions);
      const result = await executeOn(engagement, DELETED, { roundtable: ids.hybrid }, headers);
      expect(result.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    });
  });
});

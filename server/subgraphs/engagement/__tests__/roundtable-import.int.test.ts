import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { REPO_ROOT } from '../../../core/config';
import { withLanguage } from '../../../core/request-language';
import type { Subgraph } from '../../../core/subgraph';
import { loadDataset } from '../../../seed/load-dataset';
import { PUBLISHED_DATASET } from '../../../seed/published-dataset';
import { authHeaders, Role } from '../../../test-support/auth';
import { executeOn } from '../../../test-support/execute';
import { reopenRoundtables } from '../../../test-support/reopen';
import { startTestSubgraphs } from '../../../test-support/test-database';
import type { EngagementSubgraph } from '../engagement.subgraph';
import type { ImportReport } from '../import/import-report.types';

const HEADER =
  'region,number,date,format,duration_minutes,participants,participants_max,online,onsite,organisations,categories,challenges,source_url';
const SORIA_3_CATEGORIES = 'REGIONAL_AUTHORITY;NGO;MIGRANT_LED_ORGANISATION;VOLUNTEER;NEWCOMER';
const SORIA_3_CHALLENGES = 'PUBLIC_SPEAKING;LANGUAGE;TRANSPORT;DIGITAL_GAP;TIME_SCHEDULE';
const PUBLISHED_CSV = [
  HEADER,
  'guadalajara,1,2021-03-24,online,120,26,,,,,CIVIL_SOCIETY;COMMUNITY_AGENCY;INTERNATIONAL_ORGANISATION;LOCAL_AUTHORITY;LOCAL_CITIZEN;POLITICAL_REPRESENTATIVE;REGIONAL_AUTHORITY;STUDENT,,',
  `soria,3,2021-11-24,hybrid,,21,,18,3,,MIGRANT_LED_ORGANISATION;NEWCOMER;NGO;REGIONAL_AUTHORITY;VOLUNTEER,${SORIA_3_CHALLENGES},`,
  '',
].join('\r\n');

const file = (...rows: string[]) => `${HEADER}\n${rows.join('\n')}\n`;

// Importing roundtables from CSV: all or nothing, every problem named by line and column,
// upserts by region and number that keep what a CSV cannot say, and an export that reads back.
describe('importing roundtables from CSV', () => {
  let subgraphs: Awaited<ReturnType<typeof startTestSubgraphs>>;
  let engagement: EngagementSubgraph;
  let admin: Record<string, string>;

  beforeAll(async () => {
    admin = await authHeaders(Role.ADMIN);
  });
  // The tests compare whole exports and counts of everything there is, so each starts on a
  // database of its own that holds the published roundtables alone.
  beforeEach(async () => {
    subgraphs = await startTestSubgraphs();
    engagement = subgraphs.engagement;
    await loadDataset(subgraphs.geography as Subgraph, engagement, PUBLISHED_DATASET);
    // The files below change Soria's third roundtable: published, so approved, it is reopened first.
    await reopenRoundtables(engagement, [{ region: 'soria', number: 3 }]);
  });
  afterEach(() => subgraphs.close());

  const IMPORT = `mutation($csv: String!, $dryRun: Boolean!) { importRoundtables(csv: $csv, dryRun: $dryRun) {
    valid dryRun written created updated unchanged rows { line region number action changedFields } errors { line column message } } }`;
  const importCsv = (csv: string, { dryRun = false, as = admin }: { dryRun?: boolean; as?: Record<string, string> } = {}) =>
    executeOn<{ importRoundtables: ImportReport }>(engagement, IMPORT, { csv, dryRun }, as);
  const exportCsv = async (filter?: object, as = admin) =>
    executeOn<{ roundtablesCsv: string }>(
      engagement,
      'query($filter: AnalyticsFilter) { roundtablesCsv(filter: $filter) }',
      { filter },
      as,
    );

  const query = async (sql: string) => engagement.database.dataSource.query(sql);
  const count = async (table: string) => Number((await query(`SELECT count(*) AS n FROM engagement.${table}`))[0].n);
  const state = async () => ({
    roundtables: await count('roundtable'),
    audit: await count('audit_entry'),
    rollups: await count('roundtable_attendance_rollup'),
    sources: await count('source'),
    mentions: await count('challenge_mention'),
    versions: await query('SELECT region_slug, number, version FROM engagement.roundtable ORDER BY region_slug, number'),
  });

  it('exports the published roundtables in the import format, and importing that back changes nothing', async () => {
    const exported = await exportCsv();
    expect(exported.errors).toBeUndefined();
    expect(exported.data?.roundtablesCsv).toBe(PUBLISHED_CSV);
    const before = await state();
    const result = await importCsv(PUBLISHED_CSV);
    expect(result.data?.importRoundtables).toEqual({
      valid: true,
      dryRun: false,
      written: true,
      created: 0,
      updated: 0,
      unchanged: 2,
      rows: [
        { line: 2, region: 'guadalajara', number: 1, action: 'UNCHANGED', changedFields: [] },
        { line: 3, region: 'soria', number: 3, action: 'UNCHANGED', changedFields: [] },
      ],
      errors: [],
    });
    expect(await state()).toEqual(before);
  });

  it('names every problem of every bad row in a long file, by line and column, and writes nothing', async () => {
    const good = Array.from(
      { length: 150 },
      (_, i) => `teruel,${i + 10},2022-01-${String((i % 28) + 1).padStart(2, '0')},onsite,,12,,,,,NGO,,https://example.org/t`,
    );
    const before = await state();
    const result = await importCsv(
      file(
        'soria,4,2022-05-12,hybrid,90,15,20,6,7,,NGO;NEWCOMER,TRANSPORT,https://example.org/soria-4',
        ...good.slice(0, 50),
        'atlantis,1,2022-01-01,,,,,,,,,,https://example.org/a',
        'teruel,1,2022-02-30,,,,,,,,,,https://example.org/b',
        'teruel,2,2022-03-01,hybrid,,10,,8,5,,,,https://example.org/c',
        'teruel,3,2022-03-02,online,,10,,,3,,,,https://example.org/d',
        ...good.slice(50, 100),
        'teruel,4,2022-03-03,,,12,9,,,,,,https://example.org/e',
        'teruel,5,2022-03-04,,,,,,,,"NGO;ALIENS",WEATHER;LANGUAGE,https://example.org/f',
        'soria,4,2022-05-13,,,,,,,,,,https://example.org/g',
        'teruel,6,2022-03-05,zoom,2000,,,,,,,,',
        `soria,3,2021-11-24,hybrid,90,21,,18,3,,${SORIA_3_CATEGORIES},${SORIA_3_CHALLENGES},`,
        'teruel,7,2022-03-06,,,,,,,,"NGO,VOLUNTEER",,ftp://example.org/h',
        'teruel,8,2022-03-07,,,,,,,,,https://example.org/too-few-fields',
        ...good.slice(100),
      ),
    );
    const report = result.data?.importRoundtables as ImportReport;
    expect(result.errors).toBeUndefined();
    expect(report).toMatchObject({ valid: false, written: false, dryRun: false });
    const at = (line: number) => line + 1 + 1 + 50; // header, soria 4, the first 50 good rows
    expect(report.errors.map((e) => [e.line, e.column])).toEqual([
      [at(1), 'region'],
      [at(2), 'date'],
      [at(3), 'online'],
      [at(4), 'onsite'],
      [at(55), 'participants_max'],
      [at(56), 'categories'],
      [at(56), 'challenges'],
      [at(57), 'number'],
      [at(58), 'format'],
      [at(58), 'duration_minutes'],
      [at(60), 'categories'],
      [at(60), 'source_url'],
      [at(61), null],
    ]);
    const messages = report.errors.map((e) => e.message);
    expect(messages[0]).toMatch(/^"atlantis" is not a known region; known: correze, guadalajara, /);
    expect(messages.slice(1, 5)).toEqual([
      'must be a real date written YYYY-MM-DD, e.g. 2021-11-24; got "2022-02-30"',
      'online (8) + onsite (5) must be at most the number of participants (10); correct the split or the participants',
      'must be empty or 0 for an online roundtable (3 given); correct it or the format',
      'must be at least participants (12)',
    ]);
    expect(messages[5]).toMatch(/^"ALIENS" is not a stakeholder category; known: /);
    expect(messages[6]).toMatch(/^"WEATHER" is not a challenge; known: LANGUAGE, /);
    expect(messages.slice(7)).toEqual([
      'soria 4 is also on line 2; give each roundtable one row',
      'must be online, onsite or hybrid, or empty when it was not published; got "zoom"',
      'must be at most 1440 minutes (a day)',
      'must be a category code such as NGO or LOCAL_AUTHORITY',
      'must be a web address starting with http:// or https://',
      'has 12 fields where the header has 13; a field holding a comma must be quoted',
    ]);
    // Without a source_url, soria 3's row is no problem: a source is optional, as in the form.
    expect(report.rows).toHaveLength(152);
    expect(await state()).toEqual(before);
  });

  it("says every problem in the reader's language, at the same line and column, quoting the file as it is, and writes nothing", async () => {
    const before = await state();
    const bad = file(
      'atlantis,1,2022-01-01,,,,,,,,,,https://example.org/a',
      'teruel,1,2022-02-30,,,,,,,,,,',
      'teruel,6,2022-03-05,zoom,2000,,,,,,,,',
      'teruel,2,2022-03-01,hybrid,,10,,8,5,,,,',
      'teruel,6,2022-03-06,,,,,,,,,,',
      'teruel,8,2022-03-07,,,,,,,,,',
    );
    const reportIn = async (language: 'en' | 'el' | 'es') => {
      const result = await withLanguage(language, () => importCsv(bad));
      expect(result.errors).toBeUndefined();
      return result.data?.importRoundtables as ImportReport;
    };
    const english = await reportIn('en');
    const where = english.errors.map((problem) => [problem.line, problem.column]);
    expect(where).toEqual([
      [2, 'region'],
      [3, 'date'],
      [4, 'format'],
      [4, 'duration_minutes'],
      [5, 'online'],
      [6, 'number'],
      [7, null],
    ]);
    expect(english.errors.map((problem) => problem.message).slice(1)).toEqual([
      'must be a real date written YYYY-MM-DD, e.g. 2021-11-24; got "2022-02-30"',
      'must be online, onsite or hybrid, or empty when it was not published; got "zoom"',
      'must be at most 1440 minutes (a day)',
      'online (8) + onsite (5) must be at most the number of participants (10); correct the split or the participants',
      'teruel 6 is also on line 4; give each roundtable one row',
      'has 12 fields where the header has 13; a field holding a comma must be quoted',
    ]);

    const greek = await reportIn('el');
    expect(greek).toMatchObject({ valid: false, written: false, created: 0, updated: 0, unchanged: 0 });
    expect(greek.errors.map((problem) => [problem.line, problem.column])).toEqual(where);
    expect(greek.errors[0]?.message).toMatch(/^το "atlantis" δεν είναι γνωστή περιφέρεια· γνωστές: correze, guadalajara, /);
    expect(greek.errors.map((problem) => problem.message).slice(1)).toEqual([
      'πρέπει να είναι υπαρκτή ημερομηνία γραμμένη ΕΕΕΕ-ΜΜ-ΗΗ, π.χ. 2021-11-24· δόθηκε "2022-02-30"',
      'πρέπει να είναι online, onsite ή hybrid, ή κενό όταν δεν δημοσιεύτηκε· δόθηκε "zoom"',
      'πρέπει να είναι το πολύ 1440 λεπτά (μία ημέρα)',
      // An ERROR rule's problem, in the rule's own words for the language (its texts, engagement.validation_rule_text).
      expect.stringMatching(/^διαδικτυακά \(8\) \+ δια ζώσης \(5\) πρέπει /),
      'το teruel 6 υπάρχει και στη γραμμή 4· δώστε σε κάθε στρογγυλή τράπεζα μία μόνο γραμμή',
      'έχει 12 πεδία ενώ η κεφαλίδα έχει 13· ένα πεδίο που περιέχει κόμμα πρέπει να μπαίνει σε εισαγωγικά',
    ]);

    const spanish = await reportIn('es');
    expect(spanish.errors.map((problem) => [problem.line, problem.column])).toEqual(where);
    expect(spanish.errors[0]?.message).toMatch(/^"atlantis" no es una región conocida; conocidas: correze, guadalajara, /);
    expect(spanish.errors.map((problem) => problem.message).slice(1)).toEqual([
      'debe ser una fecha real escrita AAAA-MM-DD, p. ej. 2021-11-24; se recibió "2022-02-30"',
      'debe ser online, onsite o hybrid, o quedar vacío si no se publicó; se recibió "zoom"',
      'debe ser como máximo de 1440 minutos (un día)',
      expect.stringMatching(/^en línea \(8\) \+ presencial \(5\) debe /),
      'teruel 6 también está en la línea 4; dé a cada mesa redonda una sola fila',
      'tiene 12 campos y la cabecera tiene 13; un campo que contiene una coma debe ir entre comillas',
    ]);
    expect(await state()).toEqual(before);

    // The file's own problems too: its header, in Greek, names the columns as the file spells them.
    const header = await withLanguage('el', () => importCsv('region,number,date\nsoria,3,2021-11-24\n'));
    expect(header.data?.importRoundtables.errors).toEqual([
      {
        line: 1,
        column: null,
        message: `Η κεφαλίδα δεν είναι η αναμενόμενη (λείπουν format, duration_minutes, participants, participants_max, online, onsite, organisations, categories, challenges, source_url)· η πρώτη γραμμή πρέπει να είναι η κεφαλίδα, ακριβώς: ${HEADER}`,
      },
    ]);
  });

  it('reports in a dry run what an import would do, and writes nothing', async () => {
    const before = await state();
    const result = await importCsv(
      file(
        `soria,3,2021-11-24,hybrid,90,21,,18,3,,${SORIA_3_CATEGORIES},${SORIA_3_CHALLENGES},https://example.org/soria-3`,
        'guadalajara,1,2021-03-24,online,120,26,,,,,CIVIL_SOCIETY;COMMUNITY_AGENCY;INTERNATIONAL_ORGANISATION;LOCAL_AUTHORITY;LOCAL_CITIZEN;POLITICAL_REPRESENTATIVE;REGIONAL_AUTHORITY;STUDENT,,',
        'teruel,1,2021-06-10,onsite,120,9,16,,,5,LOCAL_AUTHORITY;NGO,TRANSPORT,https://example.org/teruel-1',
      ),
      { dryRun: true },
    );
    expect(result.data?.importRoundtables).toEqual({
      valid: true,
      dryRun: true,
      written: false,
      created: 1,
      updated: 1,
      unchanged: 1,
      rows: [
        { line: 2, region: 'soria', number: 3, action: 'UPDATE', changedFields: ['duration_minutes', 'source_url'] },
        { line: 3, region: 'guadalajara', number: 1, action: 'UNCHANGED', changedFields: [] },
        { line: 4, region: 'teruel', number: 1, action: 'CREATE', changedFields: [] },
      ],
      errors: [],
    });
    expect(await state()).toEqual(before);
  });

  const GOOD_FILE = file(
    `soria,3,2021-11-24,HYBRID,90,21,,18,3,,${SORIA_3_CATEGORIES},${SORIA_3_CHALLENGES};HOUSING,https://example.org/soria-3-minutes`,
    'teruel,1,2021-06-10,onsite,120,9,16,,,5,LOCAL_AUTHORITY;NGO,TRANSPORT,https://example.org/teruel-1',
    'guadalajara,2,2021-10-05,online,,30,,,,,NGO;NEWCOMER,"LANGUAGE;DIGITAL_GAP",https://example.org/guadalajara-2',
  );

  it('creates and updates in one go, keeps what the file cannot say, and the analytics follow', async () => {
    const before = await state();
    const result = await importCsv(GOOD_FILE);
    expect(result.errors).toBeUndefined();
    expect(result.data?.importRoundtables).toEqual({
      valid: true,
      dryRun: false,
      written: true,
      created: 2,
      updated: 1,
      unchanged: 0,
      rows: [
        { line: 2, region: 'soria', number: 3, action: 'UPDATE', changedFields: ['duration_minutes', 'challenges', 'source_url'] },
        { line: 3, region: 'teruel', number: 1, action: 'CREATE', changedFields: [] },
        { line: 4, region: 'guadalajara', number: 2, action: 'CREATE', changedFields: [] },
      ],
      errors: [],
    });
    const after = await state();
    expect(after).toMatchObject({ roundtables: before.roundtables + 2, audit: before.audit + 3, rollups: before.rollups + 2 });

    const mix = await executeOn(
      engagement,
      `{ attendanceMix(filter: { regions: ["teruel", "guadalajara"] }) {
         region { slug } roundtables online { min max } onsite { min max } unknownMode { min max } total { min max } } }`,
      {},
      admin,
    );
    expect(mix.data?.attendanceMix).toEqual([
      {
        region: { slug: 'guadalajara' },
        roundtables: 2,
        online: { min: 56, max: 56 },
        onsite: { min: 0, max: 0 },
        unknownMode: { min: 0, max: 0 },
        total: { min: 56, max: 56 },
      },
      {
        region: { slug: 'teruel' },
        roundtables: 1,
        online: { min: 0, max: 0 },
        onsite: { min: 9, max: 16 },
        unknownMode: { min: 0, max: 0 },
        total: { min: 9, max: 16 },
      },
    ]);
    const challenges = await executeOn<{ challengeFrequency: { challenge: { code: string }; roundtables: number }[] }>(
      engagement,
      '{ challengeFrequency(filter: { regions: ["soria"] }) { challenge { code } roundtables } }',
      undefined,
      admin,
    );
    expect(challenges.data?.challengeFrequency.map((row) => row.challenge.code).sort()).toEqual(
      ['DIGITAL_GAP', 'HOUSING', 'LANGUAGE', 'PUBLIC_SPEAKING', 'TIME_SCHEDULE', 'TRANSPORT'].sort(),
    );

    const [soria3] = await query("SELECT id FROM engagement.roundtable WHERE region_slug = 'soria' AND number = 3");
    const read = await executeOn<{ roundtable: Record<string, unknown> }>(
      engagement,
      `query($id: ID!) { roundtable(id: $id) { version durationMinutes theme insights { text } organisers { organisation { slug } }
         challenges { challenge { code } note } sources { title url } attendance { source { url } } } }`,
      { id: soria3.id },
      admin,
    );
    const soria = read.data?.roundtable as {
      version: number;
      durationMinutes: number;
      theme: string;
      insights: unknown[];
      organisers: unknown[];
      challenges: { challenge: { code: string }; note: string | null }[];
      sources: { title: string; url: string | null }[];
      attendance: { source: { url: string } };
    };
    // Version 1 as published, 2 when reopened, 3 as imported.
    expect(soria).toMatchObject({ version: 3, durationMinutes: 90, theme: expect.stringContaining("Migrants' participation") });
    expect(soria.insights).toHaveLength(3);
    expect(soria.organisers).toHaveLength(3);
    expect(soria.challenges[1]).toEqual({ challenge: { code: 'LANGUAGE' }, note: 'They feel insecure about their level of Spanish.' });
    expect(soria.challenges[5]).toEqual({ challenge: { code: 'HOUSING' }, note: null });
    expect(soria.sources.map((s) => s.url).sort()).toEqual(['https://example.org/soria-3-minutes', null]);
    expect(soria.attendance.source.url).toBe('https://example.org/soria-3-minutes');

    const audit = await executeOn<{
      auditLog: { action: string; before: { durationMinutes: number | null }; after: { durationMinutes: number } }[];
    }>(engagement, 'query($id: ID) { auditLog(entityId: $id) { action before after } }', { id: soria3.id }, admin);
    expect(audit.data?.auditLog.map((entry) => entry.action)).toEqual(['IMPORT', 'REOPEN']);
    expect(audit.data?.auditLog[0]).toMatchObject({ action: 'IMPORT', before: { durationMinutes: null }, after: { durationMinutes: 90 } });
  });

  /** Imports GOOD_FILE: Soria 3 updated, Teruel 1 and Guadalajara 2 created. */
  const importGoodFile = async () => {
    const result = await importCsv(GOOD_FILE);
    expect(result.data?.importRoundtables).toMatchObject({ written: true, created: 2, updated: 1 });
  };

  it('changes nothing when the same file is imported again, nor when its export is', async () => {
    await importGoodFile();
    const before = await state();
    const again = await importCsv(GOOD_FILE);
    expect(again.data?.importRoundtables).toMatchObject({ valid: true, written: true, created: 0, updated: 0, unchanged: 3 });
    expect(again.data?.importRoundtables.rows.map((row) => row.action)).toEqual(['UNCHANGED', 'UNCHANGED', 'UNCHANGED']);
    const exported = (await exportCsv({ regions: ['teruel', 'soria'] })).data?.roundtablesCsv as string;
    expect(exported.split('\r\n')).toEqual([
      HEADER,
      `soria,3,2021-11-24,hybrid,90,21,,18,3,,MIGRANT_LED_ORGANISATION;NEWCOMER;NGO;REGIONAL_AUTHORITY;VOLUNTEER,${SORIA_3_CHALLENGES};HOUSING,https://example.org/soria-3-minutes`,
      'teruel,1,2021-06-10,onsite,120,9,16,,,5,LOCAL_AUTHORITY;NGO,TRANSPORT,https://example.org/teruel-1',
      '',
    ]);
    const everything = (await exportCsv()).data?.roundtablesCsv as string;
    expect((await importCsv(everything)).data?.importRoundtables).toMatchObject({ valid: true, unchanged: 4, updated: 0, created: 0 });
    expect(await state()).toEqual(before);
  });

  it("records a row without source_url as the platform's own roundtable, as the form does, and keeps an existing one's sources", async () => {
    const coordinator = await authHeaders(Role.COORDINATOR, ['soria']);
    const result = await importCsv(
      file(
        'soria,5,2022-06-01,onsite,60,8,,,8,,NGO,,',
        `soria,3,2021-11-24,hybrid,75,21,,18,3,,${SORIA_3_CATEGORIES},${SORIA_3_CHALLENGES},`,
      ),
      { as: coordinator },
    );
    expect(result.data?.importRoundtables).toMatchObject({ valid: true, written: true, created: 1, updated: 1, errors: [] });
    const soria = await executeOn<{ roundtables: { number: number; sources: unknown[]; attendance: { source: unknown } }[] }>(
      engagement,
      '{ roundtables(filter: { regions: ["soria"] }) { number sources { url } attendance { source { url } } } }',
      undefined,
      admin,
    );
    const read = (number: number) => soria.data?.roundtables.find((roundtable) => roundtable.number === number);
    expect(read(5)).toEqual({ number: 5, sources: [], attendance: { source: null } });
    // Soria 3 cites what it cited before: a CSV cannot take a source away.
    expect(read(3)?.sources).toHaveLength(1);
    const [entry] = await query(
      "SELECT action, actor_role AS role FROM engagement.audit_entry a JOIN engagement.roundtable rt ON rt.id = a.entity_id WHERE rt.region_slug = 'soria' AND rt.number = 5",
    );
    expect(entry).toEqual({ action: 'IMPORT', role: 'COORDINATOR' });
  });

  it('changes no record when the template is imported untouched: its examples are notes in a region that cannot exist', async () => {
    const template = await readFile(path.join(REPO_ROOT, 'templates/roundtables-import.csv'), 'utf8');
    const before = { state: await state(), export: (await exportCsv()).data?.roundtablesCsv };
    for (const dryRun of [true, false]) {
      const result = await importCsv(template, { dryRun });
      expect(result.errors).toBeUndefined();
      expect(result.data?.importRoundtables).toMatchObject({
        valid: false,
        written: false,
        created: 0,
        updated: 0,
        unchanged: 0,
        rows: [],
      });
      expect(result.data?.importRoundtables.errors).toEqual([
        {
          line: null,
          column: null,
          message:
            "The file has the header but no roundtables: lines starting with # are notes, such as the template's example, and are skipped; add one row per roundtable below the header.",
        },
      ]);
    }
    expect({ state: await state(), export: (await exportCsv()).data?.roundtablesCsv }).toEqual(before);
    // Its examples, taken out of their notes unchanged, are refused: no region is called example-region.
    const uncommented = template.replace(/^#/gm, '');
    const refused = (await importCsv(uncommented)).data?.importRoundtables;
    expect(refused?.errors.map((problem) => [problem.line, problem.column])).toEqual([
      [2, 'region'],
      [3, 'region'],
    ]);
    expect(await state()).toEqual(before.state);
  });

  it("refuses a coordinator's row for a region it does not coordinate, and so the whole file", async () => {
    const before = await state();
    const result = await importCsv(
      file(
        'soria,5,2022-06-01,onsite,,8,,,,,NGO,,https://example.org/soria-5',
        'teruel,2,2022-06-02,onsite,,8,,,,,NGO,,https://example.org/teruel-2',
      ),
      { as: await authHeaders(Role.COORDINATOR, ['soria']) },
    );
    expect(result.data?.importRoundtables).toMatchObject({
      valid: false,
      written: false,
      rows: [{ line: 2, region: 'soria', number: 5, action: 'CREATE', changedFields: [] }],
      errors: [{ line: 3, column: 'region', message: 'you coordinate soria; teruel is not one of your regions' }],
    });
    expect(await state()).toEqual(before);
    const own = await importCsv(file('soria,5,2022-06-01,onsite,,8,,,,,NGO,,https://example.org/soria-5'), {
      as: await authHeaders(Role.COORDINATOR, ['soria']),
    });
    expect(own.data?.importRoundtables).toMatchObject({ valid: true, written: true, created: 1 });
  });

  it.each([
    ['an analyst', Role.ANALYST, 'an ANALYST user cannot change records'],
    ['an evaluator', Role.EVALUATOR, 'an EVALUATOR user cannot change records'],
    ['a funder', Role.FUNDER, 'a FUNDER user cannot change records'],
  ])('refuses %s the whole import with FORBIDDEN', async (_who, role, message) => {
    const before = await state();
    const result = await importCsv(file('soria,6,2022-06-01,,,,,,,,,,https://example.org/soria-6'), { as: await authHeaders(role) });
    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect(result.errors?.[0]?.message).toContain(message);
    expect(await state()).toEqual(before);
  });

  it('refuses the export to roles that only see suppressed aggregates', async () => {
    await importGoodFile();
    for (const headers of [await authHeaders(Role.FUNDER), {}]) {
      const result = await exportCsv(undefined, headers);
      expect(result.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    }
    for (const role of [Role.ANALYST, Role.EVALUATOR]) {
      expect((await exportCsv({ regions: ['teruel'] }, await authHeaders(role))).data?.roundtablesCsv).toContain('teruel,1,2021-06-10');
    }
    expect((await exportCsv({ regions: ['teruel'] }, await authHeaders(Role.COORDINATOR, ['soria']))).errors).toBeUndefined();
  });

  it('refuses a file with the wrong header, saying which columns it expects', async () => {
    const result = await importCsv('region,number,date\nsoria,3,2021-11-24\n');
    expect(result.data?.importRoundtables).toMatchObject({ valid: false, written: false, rows: [] });
    expect(result.data?.importRoundtables.errors).toEqual([
      {
        line: 1,
        column: null,
        message: `The header is not the expected one (missing format, duration_minutes, participants, participants_max, online, onsite, organisations, categories, challenges, source_url); its first line must be the header, exactly: ${HEADER}`,
      },
    ]);
  });
});

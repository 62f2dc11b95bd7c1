import type { Subgraph } from '../../../core/subgraph';
import { loadDataset } from '../../../seed/load-dataset';
import { PUBLISHED_DATASET } from '../../../seed/published-dataset';
import { authHeaders, Role } from '../../../test-support/auth';
import { executeOn } from '../../../test-support/execute';
import { dataSet, newRoundtable, newSource } from '../../../test-support/factories';
import { reopenRoundtables } from '../../../test-support/reopen';
import { startTestSubgraphs } from '../../../test-support/test-database';
import type { EngagementSubgraph } from '../engagement.subgraph';

type Range = { min: number; max: number } | null;
interface ParticipantData {
  id: string;
  version: number;
  newcomer: boolean;
  gender: string | null;
  region: { slug: string };
  category: { code: string };
  organisation: { slug: string } | null;
  participations: { roundtable: { id: string }; mode: string }[];
}

// Recording pseudonymous participants: who may, what is refused and why, versions that stop
// two editors overwriting each other, the audit trail, and attendance that follows the records.
describe('writing participants', () => {
  let subgraphs: Awaited<ReturnType<typeof startTestSubgraphs>>;
  let engagement: EngagementSubgraph;
  const as = (role: Role, regions: string[] = []) => authHeaders(role, regions);
  const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> =>
    engagement.database.dataSource.query(text, params);

  const source = newSource();
  // Numbers after the published Soria roundtable, number 3. Submitted, not approved, so their
  // participant records can still change.
  const submitted = { source: source.ref, reviewState: 'SUBMITTED' as const };
  const soriaOnline = newRoundtable({ region: 'soria', number: 5, ...submitted, format: 'ONLINE', attendance: { total: 12 } });
  const soriaOnsite = newRoundtable({ region: 'soria', number: 6, ...submitted, format: 'ONSITE' });
  const teruelHybrid = newRoundtable({ region: 'teruel', number: 1, ...submitted, format: 'HYBRID' });
  const ids = { soria3: '', soriaOnline: '', soriaOnsite: '', teruel: '' };

  beforeAll(async () => {
    subgraphs = await startTestSubgraphs();
    engagement = subgraphs.engagement;
    await loadDataset(subgraphs.geography as Subgraph, engagement, PUBLISHED_DATASET);
    await loadDataset(
      subgraphs.geography as Subgraph,
      engagement,
      dataSet({ sources: [source], roundtables: [soriaOnline, soriaOnsite, teruelHybrid] }),
    );
    await reopenRoundtables(engagement, [{ region: 'soria', number: 3 }]);
    const idOf = async (region: string, number: number) =>
      (await sql<{ id: string }>('SELECT id FROM engagement.roundtable WHERE region_slug = $1 AND number = $2', [region, number]))[0]
        ?.id as string;
    ids.soria3 = await idOf('soria', 3);
    ids.soriaOnline = await idOf('soria', soriaOnline.number);
    ids.soriaOnsite = await idOf('soria', soriaOnsite.number);
    ids.teruel = await idOf('teruel', teruelHybrid.number);
  });
  afterAll(() => subgraphs.close());

  const count = async (table: string) => Number((await sql<{ n: string }>(`SELECT count(*) AS n FROM engagement.${table}`))[0]?.n);
  const state = async () => ({
    participants: await count('participant'),
    participations: await count('participation'),
    audit: await count('audit_entry'),
  });

  const PARTICIPANT = `id version newcomer gender region { slug } category { code } organisation { slug }
    participations { roundtable { id } mode }`;
  const CREATE = `mutation($input: ParticipantInput!) { createParticipant(input: $input) { ${PARTICIPANT} } }`;
  const UPDATE = `mutation($id: ID!, $version: Int!, $input: ParticipantInput!) {
    updateParticipant(id: $id, expectedVersion: $version, input: $input) { ${PARTICIPANT} } }`;
  const SET = `mutation($id: ID!, $version: Int!, $roundtable: ID!, $mode: ParticipationMode!) {
    setParticipation(participantId: $id, expectedVersion: $version, roundtableId: $roundtable, mode: $mode) { ${PARTICIPANT} } }`;
  const REMOVE = `mutation($id: ID!, $version: Int!, $roundtable: ID!) {
    removeParticipation(participantId: $id, expectedVersion: $version, roundtableId: $roundtable) { ${PARTICIPANT} } }`;
  const DELETE = 'mutation($id: ID!, $version: Int!) { deleteParticipant(id: $id, expectedVersion: $version) }';

  const newcomer = (overrides: object = {}) => ({
    region: 'soria',
    category: 'NEWCOMER',
    newcomer: true,
    gender: 'FEMALE',
    ageBand: 'AGE_25_34',
    participations: [{ roundtableId: ids.soria3, mode: 'ONSITE' }],
    ...overrides,
  });

  const attendanceOf = async (roundtableId: string) => {
    const result = await executeOn<{
      roundtable: { attendance: { fromRecords: boolean; total: Range; online: Range; onsite: Range; newcomers: Range } };
    }>(
      engagement,
      'query($id: ID!) { roundtable(id: $id) { attendance { fromRecords total { min max } online { min max } onsite { min max } newcomers { min max } } } }',
      { id: roundtableId },
      await as(Role.ANALYST),
    );
    return result.data?.roundtable.attendance;
  };
  const rollupOf = async (roundtableId: string) =>
    (
      await sql(
        `SELECT from_records, total_min, total_max, onsite_min, newcomers_min FROM engagement.roundtable_attendance_rollup
         WHERE roundtable_id = $1`,
        [roundtableId],
      )
    )[0];
  const categoriesOf = (roundtableId: string) =>
    sql('SELECT category_code, participants_min FROM engagement.roundtable_category_rollup WHERE roundtable_id = $1 ORDER BY 1', [
      roundtableId,
    ]);
  const create = async (input: object, headers?: Record<string, string>) => {
    const result = await executeOn<{ createParticipant: ParticipantData }>(
      engagement,
      CREATE,
      { input },
      headers ?? (await as(Role.ADMIN)),
    );
    expect(result.errors).toBeUndefined();
    return result.data?.createParticipant as ParticipantData;
  };
  const versionOf = async (id: string) =>
    (await sql<{ version: number }>('SELECT version FROM engagement.participant WHERE id = $1', [id]))[0]?.version;

  // Every test starts without participant records, so each roundtable counts from its
  // published figures until the test records someone; removed through the API, as an editor
  // would, so the rollups follow.
  beforeEach(async () => {
    const admin = await as(Role.ADMIN);
    for (const { id, version } of await sql<{ id: string; version: number }>('SELECT id, version FROM engagement.participant')) {
      const deleted = await executeOn(engagement, DELETE, { id, version }, admin);
      expect(deleted.errors).toBeUndefined();
    }
  });

  /** A Soria newcomer at roundtable 3, as newcomer() describes, edited until it has `version`. */
  const recordNewcomer = async (version = 1) => {
    let person = await create(newcomer());
    while (person.version < version) {
      const gender = person.gender === 'MALE' ? 'FEMALE' : 'MALE';
      const updated = await executeOn<{ updateParticipant: ParticipantData }>(
        engagement,
        UPDATE,
        { id: person.id, version: person.version, input: newcomer({ gender }) },
        await as(Role.ADMIN),
      );
      expect(updated.errors).toBeUndefined();
      person = updated.data?.updateParticipant as ParticipantData;
    }
    return person;
  };

  it("lets Soria's coordinator record a participant, with a pseudonym from the server and an audit entry", async () => {
    const before = await state();
    expect(await attendanceOf(ids.soria3)).toMatchObject({ fromRecords: false, total: { min: 21, max: 21 }, onsite: { min: 3, max: 3 } });
    const result = await executeOn<{ createParticipant: ParticipantData }>(
      engagement,
      CREATE,
      { input: newcomer() },
      await as(Role.COORDINATOR, ['soria']),
    );
    expect(result.errors).toBeUndefined();
    const recorded = result.data?.createParticipant as ParticipantData;
    expect(recorded).toEqual({
      id: expect.any(String),
      version: 1,
      newcomer: true,
      gender: 'FEMALE',
      region: { slug: 'soria' },
      category: { code: 'NEWCOMER' },
      organisation: null,
      participations: [{ roundtable: { id: ids.soria3 }, mode: 'ONSITE' }],
    });
    expect(await attendanceOf(ids.soria3)).toEqual({
      fromRecords: true,
      total: { min: 1, max: 1 },
      online: { min: 0, max: 0 },
      onsite: { min: 1, max: 1 },
      newcomers: { min: 1, max: 1 },
    });
    expect(await state()).toEqual({
      participants: before.participants + 1,
      participations: before.participations + 1,
      audit: before.audit + 1,
    });
    const [stored] = await sql<{ pseudonym: string }>('SELECT pseudonym FROM engagement.participant WHERE id = $1', [recorded.id]);
    expect(stored?.pseudonym).toMatch(/^P-[0-9A-F]{32}$/);

    const audit = await executeOn<{
      auditLog: { action: string; entityType: string; regionSlug: string; before: unknown; after: object }[];
    }>(
      engagement,
      'query($id: ID) { auditLog(entityId: $id) { action entityType regionSlug before after } }',
      { id: recorded.id },
      await as(Role.EVALUATOR),
    );
    expect(audit.data?.auditLog).toEqual([
      {
        action: 'CREATE',
        entityType: 'Participant',
        regionSlug: 'soria',
        before: null,
        after: {
          id: recorded.id,
          version: 1,
          regionSlug: 'soria',
          categoryCode: 'NEWCOMER',
          newcomer: true,
          gender: 'FEMALE',
          ageBand: 'AGE_25_34',
          organisationSlug: null,
          illustrative: false,
          participations: [{ roundtableId: ids.soria3, mode: 'ONSITE' }],
        },
      },
    ]);
    expect(JSON.stringify(audit.data)).not.toContain(stored?.pseudonym);
  });

  it('refuses a name: participants are pseudonymous, and the input has no field for one', async () => {
    const before = await state();
    const result = await executeOn(engagement, CREATE, { input: newcomer({ name: 'Amina K.' }) }, await as(Role.ADMIN));
    expect(result.errors?.[0]?.message).toContain('Field "name" is not defined by type "ParticipantInput"');
    expect(await state()).toEqual(before);
  });

  it('counts a roundtable from its records once it has some, and from the published figures again when they are gone', async () => {
    const published = { fromRecords: false, total: { min: 12, max: 12 }, online: { min: 12, max: 12 }, onsite: { min: 0, max: 0 } };
    expect(await attendanceOf(ids.soriaOnline)).toMatchObject(published);
    const admin = await as(Role.ADMIN);
    const person = await create(newcomer({ participations: [] }));

    const added = await executeOn<{ setParticipation: ParticipantData }>(
      engagement,
      SET,
      { id: person.id, version: 1, roundtable: ids.soriaOnline, mode: 'ONLINE' },
      admin,
    );
    expect(added.errors).toBeUndefined();
    expect(added.data?.setParticipation).toMatchObject({
      version: 2,
      participations: [{ roundtable: { id: ids.soriaOnline }, mode: 'ONLINE' }],
    });
    expect(await attendanceOf(ids.soriaOnline)).toEqual({
      fromRecords: true,
      total: { min: 1, max: 1 },
      online: { min: 1, max: 1 },
      onsite: { min: 0, max: 0 },
      newcomers: { min: 1, max: 1 },
    });
    expect(await categoriesOf(ids.soriaOnline)).toEqual([{ category_code: 'NEWCOMER', participants_min: 1 }]);

    const removed = await executeOn<{ removeParticipation: ParticipantData }>(
      engagement,
      REMOVE,
      { id: person.id, version: 2, roundtable: ids.soriaOnline },
      admin,
    );
    expect(removed.data?.removeParticipation).toMatchObject({ version: 3, participations: [] });
    expect(await attendanceOf(ids.soriaOnline)).toMatchObject({ ...published, newcomers: null });
    expect(await categoriesOf(ids.soriaOnline)).toEqual([]);
  });

  it("adds each further participation to the roundtable's rollups, by mode and by category", async () => {
    await recordNewcomer();
    expect(await rollupOf(ids.soria3)).toEqual({ from_records: true, total_min: 1, total_max: 1, onsite_min: 1, newcomers_min: 1 });
    await create(
      newcomer({ category: 'NGO', newcomer: false, gender: null, participations: [{ roundtableId: ids.soria3, mode: 'ONLINE' }] }),
    );
    expect(await rollupOf(ids.soria3)).toEqual({ from_records: true, total_min: 2, total_max: 2, onsite_min: 1, newcomers_min: 1 });
    expect(await categoriesOf(ids.soria3)).toEqual([
      { category_code: 'NEWCOMER', participants_min: 1 },
      { category_code: 'NGO', participants_min: 1 },
    ]);
  });

  it.each([
    ['a coordinator of another region', Role.COORDINATOR, ['soria'], 'teruel', 'soria; teruel is not one of your regions'],
    ['an analyst', Role.ANALYST, [], 'soria', 'An ANALYST user cannot change records'],
    ['an evaluator', Role.EVALUATOR, [], 'soria', 'An EVALUATOR user cannot change records'],
    ['a funder', Role.FUNDER, [], 'soria', 'A FUNDER user cannot change records'],
  ])('refuses %s with FORBIDDEN and writes nothing', async (_who, role, regions, region, message) => {
    const before = await state();
    const participations = region === 'teruel' ? [{ roundtableId: ids.teruel, mode: 'ONSITE' }] : [];
    const result = await executeOn(engagement, CREATE, { input: newcomer({ region, participations }) }, await as(role, regions));
    expect(result.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect(result.errors?.[0]?.message).toContain(message);
    expect(await state()).toEqual(before);
  });

  it("refuses Soria's coordinator a change to, or the deletion of, a Teruel participant", async () => {
    const teruelPerson = await create(newcomer({ region: 'teruel', participations: [{ roundtableId: ids.teruel, mode: 'ONLINE' }] }));
    const coordinator = await as(Role.COORDINATOR, ['soria']);
    const attempts = [
      executeOn(engagement, UPDATE, { id: teruelPerson.id, version: 1, input: newcomer({ participations: [] }) }, coordinator),
      executeOn(engagement, DELETE, { id: teruelPerson.id, version: 1 }, coordinator),
      executeOn(engagement, REMOVE, { id: teruelPerson.id, version: 1, roundtable: ids.teruel }, coordinator),
    ];
    for (const result of await Promise.all(attempts)) expect(result.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect(await versionOf(teruelPerson.id)).toBe(1);
  });

  it('refuses an anonymous visitor', async () => {
    const result = await executeOn(engagement, CREATE, { input: newcomer() });
    expect(result.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it('names every problem of a bad record at once, and writes nothing', async () => {
    const before = await state();
    const badFields = await executeOn(
      engagement,
      CREATE,
      {
        input: newcomer({
          region: 'Soria!',
          category: 'ngo',
          organisation: 'Cepaim SA',
          participations: [{ roundtableId: '42', mode: 'ONLINE' }],
        }),
      },
      await as(Role.ADMIN),
    );
    expect(badFields.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    for (const expected of [
      'region: must be a region slug such as soria',
      'category: must be a category code such as NGO',
      'organisation: must be an organisation slug',
      'participations.0.roundtableId: must be a roundtable id (a UUID)',
    ]) {
      expect(badFields.errors?.[0]?.message).toContain(expected);
    }
    const missing = '00000000-0000-4000-8000-000000000000';
    const acrossRecords = await executeOn(
      engagement,
      CREATE,
      {
        input: newcomer({
          category: 'ALIENS',
          participations: [
            { roundtableId: ids.soriaOnline, mode: 'ONSITE' },
            { roundtableId: ids.teruel, mode: 'ONLINE' },
            { roundtableId: ids.soriaOnsite, mode: 'ONSITE' },
            { roundtableId: ids.soriaOnsite, mode: 'ONSITE' },
            { roundtableId: missing, mode: 'ONLINE' },
          ],
        }),
      },
      await as(Role.ADMIN),
    );
    const message = acrossRecords.errors?.[0]?.message ?? '';
    expect(acrossRecords.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    for (const expected of [
      'category: "ALIENS" is not a stakeholder category',
      `participations.0.mode: roundtable ${soriaOnline.number} of soria was held ONLINE, so it takes only ONLINE participations`,
      `participations.1.roundtableId: roundtable ${teruelHybrid.number} of teruel is not of soria`,
      'participations.3.roundtableId: this roundtable is listed twice',
      `participations.4.roundtableId: there is no roundtable ${missing}`,
    ]) {
      expect(message).toContain(expected);
    }
    expect(acrossRecords.errors?.[0]?.extensions.problems).toHaveLength(5);
    const unknownRegion = await executeOn(
      engagement,
      CREATE,
      { input: newcomer({ region: 'atlantis', participations: [] }) },
      await as(Role.ADMIN),
    );
    expect(unknownRegion.errors?.[0]?.message).toContain('region: "atlantis" is not a region; known: correze, guadalajara');
    expect(await state()).toEqual(before);
  });

  it('names the mode, not a list position, when a quick edit breaks the format of the roundtable', async () => {
    const person = await create(newcomer({ participations: [] }));
    const result = await executeOn(
      engagement,
      SET,
      { id: person.id, version: 1, roundtable: ids.soriaOnsite, mode: 'ONLINE' },
      await as(Role.ADMIN),
    );
    expect(result.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toBe(
      `Please correct: mode: roundtable ${soriaOnsite.number} of soria was held ONSITE, so it takes only ONSITE participations.`,
    );
    expect(await versionOf(person.id)).toBe(1);
  });

  it('updates with the version read, and refuses a stale version instead of overwriting', async () => {
    const recorded = await recordNewcomer();
    const coordinator = await as(Role.COORDINATOR, ['soria']);
    const first = await executeOn<{ updateParticipant: ParticipantData }>(
      engagement,
      UPDATE,
      { id: recorded.id, version: 1, input: newcomer({ gender: 'UNDISCLOSED', organisation: 'fundacion-cepaim' }) },
      coordinator,
    );
    expect(first.errors).toBeUndefined();
    expect(first.data?.updateParticipant).toMatchObject({ version: 2, gender: 'UNDISCLOSED', organisation: { slug: 'fundacion-cepaim' } });
    for (const stale of [
      executeOn(engagement, UPDATE, { id: recorded.id, version: 1, input: newcomer({ gender: 'MALE' }) }, coordinator),
      executeOn(engagement, SET, { id: recorded.id, version: 1, roundtable: ids.soria3, mode: 'ONLINE' }, coordinator),
      executeOn(engagement, DELETE, { id: recorded.id, version: 1 }, coordinator),
    ]) {
      expect((await stale).errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    }
    expect(await sql('SELECT gender, version FROM engagement.participant WHERE id = $1', [recorded.id])).toEqual([
      { gender: 'UNDISCLOSED', version: 2 },
    ]);
  });

  it('lets exactly one of two simultaneous edits of the same version through', async () => {
    const recorded = await recordNewcomer(2);
    const admin = await as(Role.ADMIN);
    const results = await Promise.all(
      ['MALE', 'NON_BINARY'].map((gender) =>
        executeOn(engagement, UPDATE, { id: recorded.id, version: 2, input: newcomer({ gender }) }, admin),
      ),
    );
    expect(results.map((r) => r.errors?.[0]?.extensions.code ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
    expect(await versionOf(recorded.id)).toBe(3);
  });

  it('refuses to turn a roundtable ONLINE while participant records say ONSITE', async () => {
    const [roundtable] = await sql<{ version: number }>('SELECT version FROM engagement.roundtable WHERE id = $1', [ids.soriaOnsite]);
    await create(newcomer({ participations: [{ roundtableId: ids.soriaOnsite, mode: 'ONSITE' }] }));
    const result = await executeOn(
      engagement,
      'mutation($id: ID!, $v: Int!, $input: RoundtableInput!) { updateRoundtable(id: $id, expectedVersion: $v, input: $input) { id } }',
      {
        id: ids.soriaOnsite,
        v: roundtable?.version,
        input: {
          region: 'soria',
          number: soriaOnsite.number,
          date: soriaOnsite.date,
          format: 'ONLINE',
          sources: [{ title: source.title }],
        },
      },
      await as(Role.ADMIN),
    );
    expect(result.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain(
      'format: 1 participant record(s) say ONSITE, and an ONLINE roundtable takes only ONLINE participations',
    );
  });

  it('deletes with the version read, refreshes the attendance and keeps the record in the audit trail', async () => {
    const person = await create(newcomer({ participations: [{ roundtableId: ids.soriaOnline, mode: 'ONLINE' }] }));
    expect(await attendanceOf(ids.soriaOnline)).toMatchObject({ fromRecords: true, total: { min: 1, max: 1 } });
    const deleted = await executeOn(engagement, DELETE, { id: person.id, version: 1 }, await as(Role.COORDINATOR, ['soria']));
    expect(deleted.data).toEqual({ deleteParticipant: person.id });
    expect(await sql('SELECT 1 FROM engagement.participation WHERE participant_id = $1', [person.id])).toEqual([]);
    expect(await attendanceOf(ids.soriaOnline)).toMatchObject({ fromRecords: false, total: { min: 12, max: 12 } });
    const log = await executeOn<{ auditLog: { action: string; before: { participations: unknown[] } | null; after: unknown }[] }>(
      engagement,
      'query($id: ID) { auditLog(entityId: $id) { action before after } }',
      { id: person.id },
      await as(Role.ANALYST),
    );
    expect(log.data?.auditLog.map((entry) => entry.action)).toEqual(['DELETE', 'CREATE']);
    expect(log.data?.auditLog[0]).toMatchObject({
      after: null,
      before: { participations: [{ roundtableId: ids.soriaOnline, mode: 'ONLINE' }] },
    });
    const again = await executeOn(engagement, DELETE, { id: person.id, version: 1 }, await as(Role.ADMIN));
    expect(again.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });

  it('says NOT_FOUND when removing a participation the participant does not have', async () => {
    const person = await create(newcomer({ participations: [] }));
    const result = await executeOn(engagement, REMOVE, { id: person.id, version: 1, roundtable: ids.soria3 }, await as(Role.ADMIN));
    expect(result.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    expect(result.errors?.[0]?.message).toContain('has no participation at roundtable');
  });

  it('restores a deleted participant with the participations whose roundtables remain, once, for editors of its region', async () => {
    const admin = await as(Role.ADMIN);
    const newMeeting = async (number: number, format: string) => {
      const result = await executeOn<{ createRoundtable: { id: string; version: number } }>(
        engagement,
        'mutation($input: RoundtableInput!) { createRoundtable(input: $input) { id version } }',
        { input: { region: 'soria', number, date: '2022-06-01', format, sources: [{ title: 'Minutes kept by the platform' }] } },
        admin,
      );
      expect(result.errors).toBeUndefined();
      return result.data?.createRoundtable as { id: string; version: number };
    };
    const kept = await newMeeting(40, 'ONSITE');
    const gone = await newMeeting(41, 'HYBRID');
    const person = await create(
      newcomer({
        participations: [
          { roundtableId: kept.id, mode: 'ONSITE' },
          { roundtableId: gone.id, mode: 'ONLINE' },
        ],
      }),
    );
    const [stored] = await sql<{ pseudonym: string }>('SELECT pseudonym FROM engagement.participant WHERE id = $1', [person.id]);
    const attended = await rollupOf(kept.id);
    expect(attended).toMatchObject({ from_records: true, total_min: 1 });

    await executeOn(engagement, DELETE, { id: person.id, version: 1 }, admin);
    await executeOn(
      engagement,
      'mutation($id: ID!, $v: Int!) { deleteRoundtable(id: $id, expectedVersion: $v) }',
      { id: gone.id, v: gone.version },
      admin,
    );
    expect(await rollupOf(kept.id)).toMatchObject({ from_records: false });
    const log = async () =>
      (
        await executeOn<{ auditLog: { id: string; action: string; after: object | null }[] }>(
          engagement,
          'query($id: ID) { auditLog(entityId: $id) { id action after } }',
          { id: person.id },
          admin,
        )
      ).data?.auditLog ?? [];
    const [deletion, creation] = await log();
    expect(deletion?.action).toBe('DELETE');
    const RESTORE = `mutation($entry: ID!) { restoreParticipant(auditEntryId: $entry) { ${PARTICIPANT} } }`;

    const before = await state();
    const refused = await executeOn(engagement, RESTORE, { entry: deletion?.id }, await as(Role.COORDINATOR, ['teruel']));
    expect(refused.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect(refused.errors?.[0]?.message).toContain('teruel; soria is not one of your regions');
    const notADeletion = await executeOn(engagement, RESTORE, { entry: creation?.id }, admin);
    expect(notADeletion.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    expect(await state()).toEqual(before);

    const restored = await executeOn<{ restoreParticipant: ParticipantData }>(
      engagement,
      RESTORE,
      { entry: deletion?.id },
      await as(Role.COORDINATOR, ['soria']),
    );
    expect(restored.errors).toBeUndefined();
    expect(restored.data?.restoreParticipant).toMatchObject({
      id: person.id,
      version: 2,
      region: { slug: 'soria' },
      participations: [{ roundtable: { id: kept.id }, mode: 'ONSITE' }],
    });
    expect(await sql('SELECT pseudonym FROM engagement.participant WHERE id = $1', [person.id])).toEqual([stored]);
    expect(await rollupOf(kept.id)).toEqual(attended);
    expect((await log())[0]).toMatchObject({ action: 'RESTORE', after: { id: person.id, version: 2 } });

    const again = await executeOn(engagement, RESTORE, { entry: deletion?.id }, admin);
    expect(again.errors?.[0]?.extensions.code).toBe('CONFLICT');
  });

  describe('participant(id)', () => {
    const QUERY = `query($id: ID!) { participant(id: $id) { ${PARTICIPANT} } }`;
    let recorded: ParticipantData;
    beforeEach(async () => {
      recorded = await recordNewcomer(3);
    });

    it.each([Role.ADMIN, Role.COORDINATOR, Role.ANALYST, Role.EVALUATOR])('shows %s the record', async (role) => {
      const result = await executeOn<{ participant: ParticipantData }>(
        engagement,
        QUERY,
        { id: recorded.id },
        await as(role, role === Role.COORDINATOR ? ['teruel'] : []),
      );
      expect(result.errors).toBeUndefined();
      expect(result.data?.participant).toMatchObject({ id: recorded.id, region: { slug: 'soria' }, version: 3 });
    });

    it.each([Role.FUNDER, Role.PUBLIC])('refuses %s with FORBIDDEN', async (role) => {
      const result = await executeOn(engagement, QUERY, { id: recorded.id }, role === Role.PUBLIC ? {} : await as(role));
      expect(result.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      expect(result.data?.participant ?? null).toBeNull();
    });

    it('answers null for an id that names no participant', async () => {
      for (const id of ['00000000-0000-4000-8000-000000000000', 'not-an-id']) {
        const result = await executeOn(engagement, QUERY, { id }, await as(Role.ANALYST));
        expect(result).toEqual({ data: { participant: null } });
      }
    });
  });
});

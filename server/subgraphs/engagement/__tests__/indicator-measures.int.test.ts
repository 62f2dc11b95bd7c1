import type { Subgraph } from '../../../core/subgraph';
import type { ParticipantSeed } from '../../../seed/dataset';
import { loadDataset } from '../../../seed/load-dataset';
import { authHeaders, Role } from '../../../test-support/auth';
import { executeOn } from '../../../test-support/execute';
import { dataSet, newRegion, newRoundtable, newSource } from '../../../test-support/factories';
import { reopenRoundtables } from '../../../test-support/reopen';
import { startTestSubgraphs } from '../../../test-support/test-database';
import { undoMigrationsThrough } from '../../../test-support/undo-migrations';
import type { EngagementSubgraph } from '../engagement.subgraph';

type Value = { min: number; max: number } | null;
interface Result {
  id: string;
  value: Value;
  recordCount: number;
  unknownRecords: number;
  withheld: string | null;
}
interface Part {
  key: string;
  value: Value;
  recordCount: number | null;
  withheld: string | null;
}
interface ScopeInput {
  regions: string[] | null;
  from: string;
  to: string;
  formats: string[] | null;
  illustrative: boolean | null;
}

// Engagement's side of an indicator result, asked for the way the gateway asks: _entities
// with the numerator, denominator and scope that evaluation owns.
describe('indicator results counted by engagement', () => {
  let subgraphs: Awaited<ReturnType<typeof startTestSubgraphs>>;
  let engagement: EngagementSubgraph;
  let asAnalyst: Record<string, string>;
  let asFunder: Record<string, string>;
  const source = newSource();
  const at = (region: string, number: number, date: string, extra: object) =>
    newRoundtable({ region, number, date, source: source.ref, ...extra });
  const person = (
    pseudonym: string,
    category: string,
    newcomer: boolean,
    mode: 'ONLINE' | 'ONSITE',
    profile: Pick<ParticipantSeed, 'gender' | 'ageBand'>,
  ) => ({ region: 'south', pseudonym, category, newcomer, ...profile, attended: [{ number: 2, mode }] });

  beforeAll(async () => {
    subgraphs = await startTestSubgraphs();
    engagement = subgraphs.engagement;
    asAnalyst = await authHeaders(Role.ANALYST);
    asFunder = await authHeaders(Role.FUNDER);
    const geography = subgraphs.geography as Subgraph;
    await loadDataset(
      geography,
      engagement,
      dataSet({
        regions: ['north', 'south', 'east', 'west', 'empty'].map((slug) => newRegion({ slug })),
        sources: [source],
        roundtables: [
          at('north', 1, '2021-03-01', {
            format: 'ONLINE',
            attendance: { total: 10 },
            categories: [{ code: 'NGO', participants: 4 }, { code: 'NEWCOMER' }],
            challenges: [{ code: 'LANGUAGE' }, { code: 'TRANSPORT' }],
            organisers: [
              { organisation: 'org-a', role: 'ORGANISER' },
              { organisation: 'org-b', role: 'SUPPORTER' },
            ],
          }),
          at('north', 2, '2021-06-01', {
            format: 'ONSITE',
            attendance: { total: { min: 9, max: 16 } },
            // Volunteers were counted, and none came: not a category represented.
            categories: [
              { code: 'NGO', participants: { min: 1, max: 2 } },
              { code: 'VOLUNTEER', participants: 0 },
            ],
            challenges: [{ code: 'LANGUAGE' }, { code: 'LANGUAGE', note: 'again' }],
            organisers: [{ organisation: 'org-a', role: 'ORGANISER' }],
          }),
          // Nothing published about who came: unknown, not zero.
          at('north', 3, '2021-09-01', { format: 'HYBRID' }),
          at('south', 1, '2022-01-10', {
            format: 'HYBRID',
            attendance: { total: 21, online: 18, onsite: 3 },
            challenges: [{ code: 'DIGITAL_GAP' }],
            organisers: [
              { organisation: 'org-a', role: 'ORGANISER' },
              { organisation: 'org-c', role: 'SUPPORTER' },
            ],
          }),
          // Counted from the participant records below: 6 people, 2 online, 3 newcomers.
          at('south', 2, '2022-03-01', { format: 'HYBRID' }),
          // Outside the default period: for suppression, a region of 3 people.
          at('east', 1, '2023-02-01', { format: 'ONSITE', attendance: { total: 3 } }),
          at('west', 1, '2024-06-01', { format: 'HYBRID', attendance: { total: 12 } }),
        ],
        participants: [
          person('p1', 'NGO', false, 'ONSITE', { gender: 'FEMALE', ageBand: 'AGE_25_34' }),
          person('p2', 'NEWCOMER', true, 'ONSITE', { gender: 'FEMALE', ageBand: 'AGE_18_24' }),
          person('p3', 'NEWCOMER', true, 'ONLINE', { gender: 'MALE' }),
          person('p4', 'VOLUNTEER', false, 'ONLINE', { ageBand: 'AGE_35_49' }),
          person('p5', 'NEWCOMER', true, 'ONSITE', { gender: 'UNDISCLOSED', ageBand: 'AGE_25_34' }),
          person('p6', 'NGO', false, 'ONSITE', { gender: 'MALE', ageBand: 'AGE_50_64' }),
        ],
      }),
    );
    // Generated data, kept apart unless a scope asks for it.
    await loadDataset(geography, engagement, {
      ...dataSet({ sources: [source], roundtables: [at('south', 7, '2022-05-05', { attendance: { total: 50 } })] }),
      illustrative: true,
    });
  });
  afterAll(() => subgraphs.close());

  let ids = 0;
  /** A representation as the gateway sends it: recorded facts of 2021–2022 in every region unless told. */
  const result = (numerator: string, scope: Partial<ScopeInput & { approvedOnly: boolean }> = {}, denominator: string | null = null) => ({
    __typename: 'IndicatorResult',
    id: `result-${++ids}`,
    numerator,
    denominator,
    scope: { regions: null, from: '2021-01-01', to: '2022-12-31', formats: null, illustrative: false, ...scope },
  });
  const entitiesQuery = (fields: string) =>
    `query($r: [_Any!]!) { _entities(representations: $r) { ... on IndicatorResult { ${fields} } } }`;
  const RESULT = 'id value { min max } recordCount unknownRecords withheld';

  async function ask<T = Result>(representations: object[], fields = RESULT, headers = asAnalyst): Promise<T[]> {
    const response = await executeOn<{ _entities: T[] }>(engagement, entitiesQuery(fields), { r: representations }, headers);
    expect(response.errors).toBeUndefined();
    return response.data?._entities ?? [];
  }
  const one = async (representation: object, headers = asAnalyst) => (await ask([representation], RESULT, headers))[0];
  const partsOf = async (representation: object, by: string, headers = asAnalyst) =>
    (await ask<{ breakdown: Part[] }>([representation], `breakdown(by: ${by}) { key value { min max } recordCount withheld }`, headers))[0]
      ?.breakdown;
  const exact = (n: number) => ({ min: n, max: n });

  it('counts roundtables and people exactly or as ranges, with unknown attendance counted apart', async () => {
    const [roundtables, people, north] = await ask([
      result('ROUNDTABLES'),
      result('PARTICIPANTS'),
      result('PARTICIPANTS', { regions: ['north'] }),
    ]);
    expect(roundtables).toMatchObject({ value: exact(5), recordCount: 5, unknownRecords: 0, withheld: null });
    // 10 + 9..16 + 21 + 6, and north #3 left out rather than counted as 0.
    expect(people).toMatchObject({ value: { min: 46, max: 53 }, recordCount: 5, unknownRecords: 1 });
    expect(north).toMatchObject({ value: { min: 19, max: 26 }, recordCount: 3, unknownRecords: 1 });
  });

  it('tells a known zero from an unknown figure', async () => {
    const [noRoundtables, noPeople, onlyUnknown] = await ask([
      result('ROUNDTABLES', { regions: ['empty'] }),
      result('PARTICIPANTS', { regions: ['empty'] }),
      result('PARTICIPANTS', { regions: ['north'], from: '2021-09-01', to: '2021-12-31' }),
    ]);
    expect(noRoundtables).toMatchObject({ value: exact(0), recordCount: 0, unknownRecords: 0 });
    expect(noPeople).toMatchObject({ value: exact(0), recordCount: 0, unknownRecords: 0 });
    expect(onlyUnknown).toMatchObject({ value: null, recordCount: 1, unknownRecords: 1, withheld: null });
  });

  it('counts a share over the roundtables where both parts are known, as a range', async () => {
    const [onsite, newcomers] = await ask([
      result('ONSITE_PARTICIPANTS', { regions: ['north'] }, 'KNOWN_MODE_PARTICIPANTS'),
      // Newcomers are known at south #2 only: 3 of its 6, not 3 of everyone.
      result('NEWCOMER_PARTICIPANTS', {}, 'PARTICIPANTS'),
    ]);
    // 9..16 onsite of 19..26 whose mode is known: from 9/26 to 16/19.
    expect(onsite?.value?.min).toBeCloseTo(9 / 26);
    expect(onsite?.value?.max).toBeCloseTo(16 / 19);
    expect(onsite).toMatchObject({ recordCount: 3, unknownRecords: 1 });
    expect(newcomers).toMatchObject({ value: exact(0.5), recordCount: 5, unknownRecords: 4 });
  });

  it('counts categories and organisations once over several regions, not as the sum of the regions', async () => {
    const counts = await ask([
      result('CATEGORIES_REPRESENTED', { regions: ['north'] }),
      result('CATEGORIES_REPRESENTED', { regions: ['south'] }),
      result('CATEGORIES_REPRESENTED', { regions: ['north', 'south'] }),
      result('CATEGORIES_REPRESENTED'),
      result('CATEGORIES_REPRESENTED', { regions: ['empty'] }),
      result('ORGANISATIONS_ENGAGED', { regions: ['north'] }),
      result('ORGANISATIONS_ENGAGED', { regions: ['south'] }),
      result('ORGANISATIONS_ENGAGED', { regions: ['north', 'south'] }),
      result('ORGANISATIONS_ENGAGED'),
      result('ORGANISATIONS_ENGAGED', { regions: ['empty'] }),
      result('CHALLENGE_MENTIONS', { regions: ['north'] }),
      result('CHALLENGE_MENTIONS'),
    ]);
    expect(counts.map((count) => count.value?.max)).toEqual([2, 3, 3, 3, 0, 2, 2, 3, 3, 0, 4, 5]);
    // Nothing in scope is a known zero, not an unknown.
    expect(counts[4]).toMatchObject({ value: exact(0), recordCount: 0, unknownRecords: 0 });
  });

  it('counts within the period, formats and kind of data asked for', async () => {
    const counts = await ask([
      result('PARTICIPANTS', { regions: ['north'], from: '2021-03-01', to: '2021-06-01' }),
      result('PARTICIPANTS', { regions: ['north'], formats: ['ONSITE', 'HYBRID'] }),
      result('PARTICIPANTS', { regions: ['south'], illustrative: null }),
      result('PARTICIPANTS', { regions: ['south'], illustrative: true }),
    ]);
    expect(counts.map(({ value, recordCount, unknownRecords }) => [value, recordCount, unknownRecords])).toEqual([
      [{ min: 19, max: 26 }, 2, 0],
      [{ min: 9, max: 16 }, 2, 1],
      [exact(77), 3, 0],
      [exact(50), 1, 0],
    ]);
  });

  it('counts the categories represented within every condition of a scope over several regions', async () => {
    // Over several regions or all, categories are looked up one by one in an index: each
    // condition of the scope must still hold for the row that makes one count.
    const both = ['north', 'south'];
    const counts = await ask([
      result('CATEGORIES_REPRESENTED', { formats: ['ONSITE'] }),
      result('CATEGORIES_REPRESENTED', { formats: ['ONLINE'] }),
      result('CATEGORIES_REPRESENTED', { regions: both, formats: ['ONSITE', 'HYBRID'] }),
      result('CATEGORIES_REPRESENTED', { from: '2021-06-01', to: '2021-12-31' }),
      result('CATEGORIES_REPRESENTED', { from: '2023-01-01', to: '2023-03-31' }),
      result('CATEGORIES_REPRESENTED', { regions: ['north', 'east'], from: '2021-06-01' }),
      result('CATEGORIES_REPRESENTED', { illustrative: true }),
    ]);
    // North #2 (onsite) had NGO and no volunteers; north #1 (online) NGO and newcomers; south #2
    // (hybrid) recorded NGO, newcomer and volunteer participants; east and the generated south #7 none.
    expect(counts.map((count) => count.value?.max)).toEqual([1, 2, 3, 1, 0, 1, 0]);
  });

  it('lists the roundtables a result counts, by date then region', async () => {
    const lists = await ask<{ roundtables: { number: number; region: { slug: string } }[] }>(
      [result('ROUNDTABLES'), result('CHALLENGE_MENTIONS', { regions: ['north'] }), result('ORGANISATIONS_ENGAGED')],
      'roundtables { number region { slug } }',
    );
    const named = lists.map((list) => list.roundtables.map((rt) => `${rt.region.slug}#${rt.number}`));
    expect(named).toEqual([
      ['north#1', 'north#2', 'north#3', 'south#1', 'south#2'],
      ['north#1', 'north#2'],
      ['north#1', 'north#2', 'south#1'],
    ]);
  });

  it('splits by mode: attendance online, onsite and unknown; roundtables by format', async () => {
    expect(await partsOf(result('PARTICIPANTS'), 'MODE')).toEqual([
      { key: 'ONLINE', value: exact(30), recordCount: 3, withheld: null },
      { key: 'ONSITE', value: { min: 16, max: 23 }, recordCount: 3, withheld: null },
      { key: 'UNKNOWN', value: exact(0), recordCount: 0, withheld: null },
    ]);
    expect((await partsOf(result('ROUNDTABLES'), 'MODE'))?.map((part) => [part.key, part.value?.max])).toEqual([
      ['ONLINE', 1],
      ['ONSITE', 1],
      ['HYBRID', 3],
    ]);
  });

  it('splits by gender, age band and newcomer status from records, NOT_RECORDED and FROM_PUBLICATIONS so the parts add up', async () => {
    const south = result('PARTICIPANTS', { regions: ['south'] });
    const values = (parts: Part[] | undefined) => parts?.map((part) => [part.key, part.value?.max]);
    // South #1 (21, published) has no records; p4 has no gender.
    expect(values(await partsOf(south, 'GENDER'))).toEqual([
      ['FEMALE', 2],
      ['MALE', 2],
      ['UNDISCLOSED', 1],
      ['NOT_RECORDED', 1],
      ['FROM_PUBLICATIONS', 21],
    ]);
    expect(values(await partsOf(south, 'NEWCOMER_STATUS'))).toEqual([
      ['NEWCOMER', 3],
      ['OTHER', 3],
      ['FROM_PUBLICATIONS', 21],
    ]);
    expect(values(await partsOf(result('NEWCOMER_PARTICIPANTS', { regions: ['south'] }), 'AGE_BAND'))).toEqual([
      ['AGE_18_24', 1],
      ['AGE_25_34', 1],
      ['NOT_RECORDED', 1],
    ]);
    expect(values(await partsOf(result('ONSITE_PARTICIPANTS', { regions: ['south'] }), 'GENDER'))).toEqual([
      ['FEMALE', 2],
      ['MALE', 1],
      ['UNDISCLOSED', 1],
      ['FROM_PUBLICATIONS', 3],
    ]);
    expect(await partsOf(result('PARTICIPANTS', { regions: ['north'] }), 'STAKEHOLDER_CATEGORY')).toEqual([
      { key: 'NEWCOMER', value: null, recordCount: 1, withheld: null },
      { key: 'NGO', value: { min: 5, max: 6 }, recordCount: 2, withheld: null },
      // Counted as none: a known zero.
      { key: 'VOLUNTEER', value: { min: 0, max: 0 }, recordCount: 0, withheld: null },
    ]);
  });

  it('refuses a split the measure has no figures for, naming the splits it has', async () => {
    const response = await executeOn(
      engagement,
      entitiesQuery('id breakdown(by: STAKEHOLDER_CATEGORY) { key }'),
      { r: [result('NEWCOMER_PARTICIPANTS')] },
      asAnalyst,
    );
    const [error] = response.errors ?? [];
    expect(error?.extensions.code).toBe('BAD_USER_INPUT');
    expect(error?.message).toBe(
      'This indicator counts NEWCOMER_PARTICIPANTS, which cannot be split by STAKEHOLDER_CATEGORY; it can be split by GENDER, AGE_BAND, MODE.',
    );
  });

  it('refuses a scope with an impossible date or a period that ends before it starts, and counts the rest', async () => {
    const response = await executeOn<{ _entities: (Result | null)[] }>(
      engagement,
      entitiesQuery('id value { min max }'),
      {
        r: [
          result('ROUNDTABLES', { from: '2021-02-30' }),
          result('ROUNDTABLES', { from: '2022-01-01', to: '2021-01-01' }),
          result('ROUNDTABLES', { regions: ['north'] }),
        ],
      },
      asAnalyst,
    );
    expect(response.errors?.map((error) => [error.extensions.code, error.message])).toEqual([
      ['BAD_USER_INPUT', 'scope.from must be a date written YYYY-MM-DD, e.g. 2021-11-24; got "2021-02-30".'],
      ['BAD_USER_INPUT', expect.stringContaining('scope.from (2022-01-01) is after scope.to (2021-01-01)')],
    ]);
    expect(response.data?._entities).toEqual([null, null, { id: expect.any(String), value: exact(3) }]);
  });

  describe('for a viewer who sees the protected publication', () => {
    const in2023 = { from: '2023-01-01', to: '2023-03-31' };
    const in2022 = { from: '2022-01-01', to: '2022-12-31' };
    const project = { from: '2021-01-01', to: '2023-03-31' };

    it('withholds a small count of people as SMALL_COUNT, but never a count of roundtables', async () => {
      // East held one roundtable in 2023, of 3 people.
      const [east, roundtables] = await ask(
        [result('PARTICIPANTS', { ...in2023, regions: ['east'] }), result('ROUNDTABLES', { ...in2023, regions: ['east'] })],
        RESULT,
        asFunder,
      );
      expect(east).toMatchObject({ value: null, withheld: 'SMALL_COUNT', recordCount: 1, unknownRecords: 0 });
      expect(roundtables).toMatchObject({ value: exact(1), withheld: null });
      expect(await one(result('PARTICIPANTS', { ...in2023, regions: ['east'] }))).toMatchObject({ value: exact(3), withheld: null });
    });

    it('publishes nothing for dates other than a reporting period, or by format', async () => {
      const [otherDates, byFormat] = await ask(
        [result('PARTICIPANTS', { from: '2021-01-01', to: '2023-12-31' }), result('PARTICIPANTS', { ...in2022, formats: ['HYBRID'] })],
        RESULT,
        asFunder,
      );
      expect(otherDates).toMatchObject({ value: null, withheld: 'NOT_PUBLISHED' });
      expect(byFormat).toMatchObject({ value: null, withheld: 'NOT_PUBLISHED' });
    });

    it("withholds the regions whose project totals would give east's 3 back from the total shown, and sets that hold them", async () => {
      const rows = await ask(
        [
          result('PARTICIPANTS', { ...project, regions: ['north'] }),
          result('PARTICIPANTS', { ...project, regions: ['south'] }),
          result('PARTICIPANTS', { ...project, regions: ['north', 'east'] }),
          result('PARTICIPANTS', { ...project }),
        ],
        RESULT,
        asFunder,
      );
      expect(rows.map((row) => [row.value, row.withheld])).toEqual([
        [null, 'PROTECTS_SMALL_COUNT'],
        [null, 'PROTECTS_SMALL_COUNT'],
        [null, 'PROTECTS_SMALL_COUNT'],
        [{ min: 49, max: 56 }, null],
      ]);
    });

    it('withholds a share with the count of people it is made of', async () => {
      // South in 2022: 7 of 27 onsite, but its onsite count protects a small one.
      const share = result('ONSITE_PARTICIPANTS', { ...in2022, regions: ['south'] }, 'KNOWN_MODE_PARTICIPANTS');
      expect(await one(share, asFunder)).toMatchObject({ value: null, withheld: 'PROTECTS_SMALL_COUNT' });
      expect(await one(share)).toMatchObject({ value: exact(7 / 27), withheld: null });
    });

    it('splits participants into cells of the publication, and publishes no split of another count', async () => {
      const south2022 = result('PARTICIPANTS', { ...in2022, regions: ['south'] });
      expect(await partsOf(south2022, 'NEWCOMER_STATUS', asFunder)).toEqual([
        { key: 'NEWCOMER', value: null, recordCount: 1, withheld: 'SMALL_COUNT' },
        { key: 'OTHER', value: null, recordCount: 1, withheld: 'SMALL_COUNT' },
        { key: 'FROM_PUBLICATIONS', value: null, recordCount: 1, withheld: 'PROTECTS_SMALL_COUNT' },
      ]);
      expect(await partsOf(south2022, 'MODE', asFunder)).toEqual([
        { key: 'ONLINE', value: null, recordCount: 2, withheld: 'PROTECTS_SMALL_COUNT' },
        { key: 'ONSITE', value: null, recordCount: 2, withheld: 'PROTECTS_SMALL_COUNT' },
        { key: 'UNKNOWN', value: exact(0), recordCount: 0, withheld: null },
      ]);
      // Newcomers by gender: every gender listed, present or not, so the list itself says nothing.
      const notPublished = { value: null, recordCount: null, withheld: 'NOT_PUBLISHED' };
      expect(await partsOf(result('NEWCOMER_PARTICIPANTS', { ...in2022, regions: ['south'] }), 'GENDER', asFunder)).toEqual(
        ['FEMALE', 'MALE', 'NON_BINARY', 'UNDISCLOSED', 'NOT_RECORDED'].map((key) => ({ key, ...notPublished })),
      );
    });
  });

  it('runs the same few statements for 30 results as for 3', async () => {
    const statementsFor = async (representations: object[], fields: string) => {
      const seen: string[] = [];
      const stop = engagement.database.sqlLog.watch((sql) => seen.push(sql));
      try {
        await ask(representations, fields);
      } finally {
        stop();
      }
      return seen.length;
    };
    const regions = [null, ['north'], ['south'], ['east'], ['north', 'south']];
    const periods = [
      { from: '2021-01-01', to: '2021-12-31' },
      { from: '2022-01-01', to: '2023-12-31' },
    ];
    const many = ['ROUNDTABLES', 'PARTICIPANTS', 'NEWCOMER_PARTICIPANTS'].flatMap((measure) =>
      regions.flatMap((scopeRegions) => periods.map((period) => result(measure, { ...period, regions: scopeRegions }))),
    );
    expect(many).toHaveLength(30);
    const few = many.filter((_, index) => index % 10 === 0);
    const everything = `${RESULT} roundtables { number } breakdown(by: MODE) { key value { min max } withheld }`;
    // One statement for every figure of the batch.
    expect(await statementsFor(many, RESULT)).toBe(1);
    expect(await statementsFor(few, RESULT)).toBe(1);
    // Figures, breakdowns, the roundtables' ids, then the roundtables by id.
    expect(await statementsFor(many, everything)).toBe(4);
    expect(await statementsFor(few, everything)).toBe(4);
  });

  it('keeps the profile rollup current as participant records are written', async () => {
    const admin = await authHeaders(Role.ADMIN);
    const sql = (text: string, params: unknown[] = []) => engagement.database.dataSource.query(text, params);
    // Loaded as published, so approved: reopened, its participant records can be written.
    await reopenRoundtables(engagement, [{ region: 'west', number: 1 }]);
    const [{ id: roundtableId }] = await sql(`SELECT id FROM engagement.roundtable WHERE region_slug = 'west' AND number = 1`);
    const west = result('PARTICIPANTS', { regions: ['west'], from: '2024-01-01', to: '2024-12-31' });
    const gender = async () => (await partsOf(west, 'GENDER'))?.map((part) => [part.key, part.value?.max]);
    const mutate = async (mutation: string, variables: Record<string, unknown>) => {
      const response = await executeOn<Record<string, { id: string; version: number }>>(engagement, mutation, variables, admin);
      expect(response.errors).toBeUndefined();
      return Object.values(response.data ?? {})[0];
    };
    const input = (gender: string) => ({
      region: 'west',
      category: 'NGO',
      newcomer: false,
      gender,
      participations: [{ roundtableId, mode: 'ONSITE' }],
    });

    expect(await gender()).toEqual([['FROM_PUBLICATIONS', 12]]);
    const created = await mutate('mutation($input: ParticipantInput!) { createParticipant(input: $input) { id version } }', {
      input: input('FEMALE'),
    });
    expect(await gender()).toEqual([['FEMALE', 1]]);
    const updated = await mutate(
      'mutation($id: ID!, $version: Int!, $input: ParticipantInput!) { updateParticipant(id: $id, expectedVersion: $version, input: $input) { id version } }',
      { id: created?.id, version: created?.version, input: input('NON_BINARY') },
    );
    expect(
      await sql('SELECT gender, mode, participants FROM engagement.roundtable_profile_rollup WHERE roundtable_id = $1', [roundtableId]),
    ).toEqual([{ gender: 'NON_BINARY', mode: 'ONSITE', participants: 1 }]);
    await executeOn(
      engagement,
      'mutation($id: ID!, $version: Int!) { deleteParticipant(id: $id, expectedVersion: $version) }',
      { id: updated?.id, version: updated?.version },
      admin,
    );
    expect(await gender()).toEqual([['FROM_PUBLICATIONS', 12]]);
  });

  it('never answers a count over approved roundtables with one over all of them, in one request as well', async () => {
    // West #1 was reopened above: recorded, no longer approved.
    const west = { regions: ['west'], from: '2024-01-01', to: '2024-12-31' };
    const [approved, all] = await ask([
      result('ROUNDTABLES', { ...west, approvedOnly: true }),
      result('ROUNDTABLES', { ...west, approvedOnly: false }),
    ]);
    expect([approved?.recordCount, all?.recordCount]).toEqual([0, 1]);
  });

  it('counts only the categories of approved roundtables when asked for approved ones', async () => {
    // North #1 alone had newcomers among the roundtables of north; reopened, it is no longer approved.
    await reopenRoundtables(engagement, [{ region: 'north', number: 1 }]);
    const scope = { regions: ['north', 'east'] };
    const [approved, all] = await ask([
      result('CATEGORIES_REPRESENTED', { ...scope, approvedOnly: true }),
      result('CATEGORIES_REPRESENTED', { ...scope, approvedOnly: false }),
    ]);
    expect([approved?.value?.max, all?.value?.max]).toEqual([1, 2]);
  });

  it('fills the profile rollup from the participations already recorded when its migration runs', async () => {
    const { dataSource } = engagement.database;
    const profiles = () =>
      dataSource.query(
        `SELECT roundtable_id, newcomer, gender, age_band, mode, participants FROM engagement.roundtable_profile_rollup
         ORDER BY roundtable_id, newcomer, gender, age_band, mode`,
      );
    const before = await profiles();
    expect(before).toHaveLength(6);
    await undoMigrationsThrough(dataSource, 'engagement', 'ProfileRollup1764100000000');
    await dataSource.runMigrations({ transaction: 'all' });
    expect(await profiles()).toEqual(before);
  });
});

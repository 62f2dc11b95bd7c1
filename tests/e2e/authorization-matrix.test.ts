import type { Subgraph } from '../../server/core/subgraph';
import { loadDataset } from '../../server/seed/load-dataset';
import { Role, tokenFor } from '../../server/test-support/auth';
import { dataSet, newRegion, newRoundtable, newSource } from '../../server/test-support/factories';
import { type GraphQLResponse, startTestSystem } from '../../server/test-support/test-system';

// Every query and mutation of the API, asked through the real gateway by every role, with
// what each role gets: the data, the data with what it may not see withheld, or FORBIDDEN.
// The operations are listed by introspection, so an operation added without an entry here
// fails the first test.

type Data = Record<string, unknown>;
type Request = { query: string; variables?: Record<string, unknown> };

type Outcome = { kind: 'allowed'; check(data: Data): void } | { kind: 'restricted'; check(data: Data): void } | { kind: 'forbidden' };

interface MatrixEntry {
  /** A minimal valid request; it creates, as ADMIN, whatever record the request needs, fresh for each role. */
  request(): Promise<Request>;
  outcomes: Record<Role, Outcome>;
  /** The same request aimed at a Teruel record, which Soria's coordinator may not change. */
  teruel?: { request(): Promise<Request>; refused(response: GraphQLResponse): void };
}

const ROLES = [Role.ADMIN, Role.COORDINATOR, Role.ANALYST, Role.EVALUATOR, Role.FUNDER, Role.PUBLIC] as const;
const READERS = [Role.ADMIN, Role.COORDINATOR, Role.ANALYST, Role.EVALUATOR] as const;

const allowed = (check: (data: Data) => void): Outcome => ({ kind: 'allowed', check });
const restricted = (check: (data: Data) => void): Outcome => ({ kind: 'restricted', check });
const FORBIDDEN: Outcome = { kind: 'forbidden' };

/** The same outcome for every role. */
const everyone = (outcome: Outcome): Record<Role, Outcome> =>
  Object.fromEntries(ROLES.map((role) => [role, outcome])) as Record<Role, Outcome>;
/** One outcome for the roles named, FORBIDDEN for the others. */
const only = (roles: readonly Role[], outcome: Outcome): Record<Role, Outcome> =>
  Object.fromEntries(ROLES.map((role) => [role, roles.includes(role) ? outcome : FORBIDDEN])) as Record<Role, Outcome>;
/** Recorded figures for the roles that see them, and a restricted view for FUNDER and PUBLIC. */
const readersAndAggregates = (full: (data: Data) => void, aggregates: (data: Data) => void): Record<Role, Outcome> => ({
  ...only(READERS, allowed(full)),
  [Role.FUNDER]: restricted(aggregates),
  [Role.PUBLIC]: restricted(aggregates),
});
const editors = (check: (data: Data) => void) => only([Role.ADMIN, Role.COORDINATOR], allowed(check));

const forbidden = (response: GraphQLResponse) => {
  expect(response.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
  expect(response.errors?.[0]?.message).toContain('soria; teruel is not one of your regions');
};

describe('authorization matrix through the gateway', () => {
  let api: Awaited<ReturnType<typeof startTestSystem>>;
  const tokens = {} as Record<Role, string | undefined>;
  const ids = { soria3: '', soriaMeeting: '', teruelMeeting: '', participant: '' };
  let numbers = 100;
  let shortMeeting: Promise<unknown> | undefined;
  let longMeeting: Promise<string> | undefined;

  // A region whose recorded participants are few enough that FUNDER and PUBLIC get withheld cells.
  const valley = newRegion({ name: 'Valley', country: 'FR' });
  const valleySource = newSource();
  const valleyRoundtable = newRoundtable({ region: valley.slug, source: valleySource.ref, format: 'HYBRID' });

  const asAdmin = async <T = Data>(query: string, variables?: Record<string, unknown>) => {
    const response = await api.gql<T>(query, variables, tokens[Role.ADMIN]);
    if (response.errors) throw new Error(`Setting up as ADMIN failed: ${JSON.stringify(response.errors)}`);
    return response.data as T;
  };

  const roundtableInput = (region: string) => ({
    region,
    number: ++numbers,
    date: '2022-06-01',
    format: 'HYBRID',
    sources: [{ title: 'Minutes kept by the platform' }],
  });
  const newMeeting = async (region = 'soria') =>
    (
      await asAdmin<{ createRoundtable: { id: string; version: number } }>(
        'mutation($input: RoundtableInput!) { createRoundtable(input: $input) { id version } }',
        { input: roundtableInput(region) },
      )
    ).createRoundtable;
  const deletedMeeting = async (region = 'soria') => {
    const meeting = await newMeeting(region);
    await asAdmin('mutation($id: ID!, $v: Int!) { deleteRoundtable(id: $id, expectedVersion: $v) }', {
      id: meeting.id,
      v: meeting.version,
    });
    const { auditLog } = await asAdmin<{ auditLog: { id: string; action: string }[] }>(
      'query($id: ID) { auditLog(entityId: $id) { id action } }',
      { id: meeting.id },
    );
    return auditLog.find((entry) => entry.action === 'DELETE')?.id as string;
  };
  const participantInput = (region = 'soria', roundtableId = region === 'soria' ? ids.soriaMeeting : ids.teruelMeeting) => ({
    region,
    category: 'NEWCOMER',
    newcomer: true,
    participations: [{ roundtableId, mode: 'ONSITE' }],
  });
  const newParticipant = async (region = 'soria', roundtableId?: string) =>
    (
      await asAdmin<{ createParticipant: { id: string; version: number } }>(
        'mutation($input: ParticipantInput!) { createParticipant(input: $input) { id version } }',
        { input: participantInput(region, roundtableId) },
      )
    ).createParticipant;
  const deletedParticipant = async (region = 'soria', roundtableId?: string) => {
    const participant = await newParticipant(region, roundtableId);
    await asAdmin('mutation($id: ID!, $v: Int!) { deleteParticipant(id: $id, expectedVersion: $v) }', {
      id: participant.id,
      v: participant.version,
    });
    const { auditLog } = await asAdmin<{ auditLog: { id: string; action: string }[] }>(
      'query($id: ID) { auditLog(entityId: $id) { id action } }',
      { id: participant.id },
    );
    return auditLog.find((entry) => entry.action === 'DELETE')?.id as string;
  };
  let slugs = 0;
  const organisationInput = (region: string | null = 'soria') => ({ name: 'Welcome Association', category: 'CIVIL_SOCIETY', region });
  const newOrganisation = async (region = 'soria') =>
    (
      await asAdmin<{ createOrganisation: { slug: string; version: number } }>(
        'mutation($input: NewOrganisationInput!) { createOrganisation(input: $input) { slug version } }',
        { input: { slug: `welcome-${region}-${++slugs}`, ...organisationInput(region) } },
      )
    ).createOrganisation;
  /** A user invited by ADMIN, at version 1, fresh for each role. */
  const invitedUser = async () => {
    const username = `invited.${++slugs}`;
    await asAdmin('mutation($input: InviteUserInput!) { inviteUser(input: $input) { path } }', {
      input: { username, name: 'Invited', role: 'FUNDER' },
    });
    return username;
  };
  const deletedOrganisation = async (region = 'soria') => {
    const organisation = await newOrganisation(region);
    await asAdmin('mutation($slug: String!, $v: Int!) { deleteOrganisation(slug: $slug, expectedVersion: $v) }', {
      slug: organisation.slug,
      v: organisation.version,
    });
    const { organisationAuditLog } = await asAdmin<{ organisationAuditLog: { id: string; action: string }[] }>(
      'query($slug: String!) { organisationAuditLog(slug: $slug) { id action } }',
      { slug: organisation.slug },
    );
    return organisationAuditLog.find((entry) => entry.action === 'DELETE')?.id as string;
  };

  // Soria's third roundtable is its only one of 2021, a reporting period FUNDER and PUBLIC may ask for.
  const SORIA_3 = '{ regions: ["soria"], from: "2021-01-01", to: "2021-12-31" }';
  const ROUNDTABLE_VIEW = 'attendance { onsite { min max } withheld { field reason } } challenges { note } insights { text }';
  type RoundtableView = {
    attendance: { onsite: unknown; withheld: { field: string; reason: string }[] };
    challenges: { note: string | null }[];
    insights: unknown[] | null;
  };
  const recordedView = (roundtable: RoundtableView) => {
    expect(roundtable.attendance).toEqual({ onsite: { min: 3, max: 3 }, withheld: [] });
    expect(roundtable.challenges.map((mention) => mention.note)).toContain('They feel insecure about their level of Spanish.');
    expect(roundtable.insights?.length).toBeGreaterThan(0);
  };
  const aggregateView = (roundtable: RoundtableView) => {
    expect(roundtable.attendance.onsite).toBeNull();
    expect(roundtable.attendance.withheld).toContainEqual({ field: 'onsite', reason: 'NOT_PUBLISHED' });
    expect(roundtable.challenges.map((mention) => mention.note)).toEqual([null, null, null, null, null]);
    expect(roundtable.insights).toBeNull();
  };
  const insightsOf = (data: Data) =>
    (data.region as { roundtables: { insights: unknown[] | null }[] }).roundtables.map((rt) => rt.insights);
  type Mix = { participants: unknown; withheld: { field: string; reason: string }[]; category: { code: string } }[];
  // How much else the publication withholds depends on what other tests recorded; the 3 is always a small count.
  const soriaOnsiteWithheld = (row: unknown) => {
    expect(row).toMatchObject({ onsite: null });
    expect((row as { withheld: unknown[] }).withheld).toContainEqual({ field: 'onsite', reason: 'SMALL_COUNT' });
  };

  const MATRIX: Record<string, MatrixEntry> = {
    attendanceMix: {
      request: async () => ({
        query: `{ attendanceMix(filter: ${SORIA_3}) { total { min max } onsite { min max } withheld { field reason } } }`,
      }),
      outcomes: readersAndAggregates(
        (data) => expect(data.attendanceMix).toEqual([{ total: { min: 21, max: 21 }, onsite: { min: 3, max: 3 }, withheld: [] }]),
        (data) => {
          expect(data.attendanceMix).toHaveLength(1);
          soriaOnsiteWithheld((data.attendanceMix as unknown[])[0]);
        },
      ),
    },
    attendanceTotal: {
      request: async () => ({
        query: `{ attendanceTotal(filter: ${SORIA_3}) { total { min max } onsite { min max } withheld { field reason } } }`,
      }),
      outcomes: readersAndAggregates(
        (data) => expect(data.attendanceTotal).toEqual({ total: { min: 21, max: 21 }, onsite: { min: 3, max: 3 }, withheld: [] }),
        (data) => soriaOnsiteWithheld(data.attendanceTotal),
      ),
    },
    stakeholderMix: {
      request: async () => ({
        query:
          'query($r: [String!]) { stakeholderMix(filter: { regions: $r }) { category { code } participants { min max } withheld { field reason } } }',
        variables: { r: [valley.slug] },
      }),
      outcomes: readersAndAggregates(
        (data) => expect((data.stakeholderMix as Mix).find((row) => row.category.code === 'NGO')?.participants).toEqual({ min: 3, max: 3 }),
        (data) =>
          expect((data.stakeholderMix as Mix).find((row) => row.category.code === 'NGO')).toMatchObject({
            participants: null,
            withheld: [{ field: 'participants', reason: 'SMALL_COUNT' }],
          }),
      ),
    },
    challengeFrequency: {
      request: async () => ({ query: `{ challengeFrequency(filter: ${SORIA_3}) { challenge { code } roundtables } }` }),
      outcomes: everyone(
        allowed((data) => expect(data.challengeFrequency).toContainEqual({ challenge: { code: 'TRANSPORT' }, roundtables: 1 })),
      ),
    },
    attendanceRanking: {
      request: async () => ({
        query: `{ attendanceRanking(filter: ${SORIA_3}, limit: 1) { regionCount regions { total { min max } onsite { min max } withheld { field reason } } others { roundtables } } }`,
      }),
      outcomes: readersAndAggregates(
        (data) =>
          expect(data.attendanceRanking).toEqual({
            regionCount: 1,
            regions: [{ total: { min: 21, max: 21 }, onsite: { min: 3, max: 3 }, withheld: [] }],
            others: { roundtables: 0 },
          }),
        (data) => {
          const ranking = data.attendanceRanking as { regions: unknown[]; others: unknown };
          expect(ranking.regions).toHaveLength(1);
          soriaOnsiteWithheld(ranking.regions[0]);
          expect(ranking.others).toEqual({ roundtables: 0 });
        },
      ),
    },
    stakeholderRanking: {
      request: async () => ({
        query:
          'query($r: [String!]) { stakeholderRanking(filter: { regions: $r }) { rows { category { code } participants { min max } withheld { field reason } } } }',
        variables: { r: [valley.slug] },
      }),
      outcomes: readersAndAggregates(
        (data) =>
          expect((data.stakeholderRanking as { rows: Mix }).rows.find((row) => row.category.code === 'NGO')?.participants).toEqual({
            min: 3,
            max: 3,
          }),
        (data) =>
          expect((data.stakeholderRanking as { rows: Mix }).rows.find((row) => row.category.code === 'NGO')).toMatchObject({
            participants: null,
            withheld: [{ field: 'participants', reason: 'SMALL_COUNT' }],
          }),
      ),
    },
    challengeRanking: {
      request: async () => ({ query: `{ challengeRanking(filter: ${SORIA_3}) { rows { challenge { code } roundtables } } }` }),
      outcomes: everyone(
        allowed((data) =>
          expect((data.challengeRanking as { rows: unknown[] }).rows).toContainEqual({ challenge: { code: 'TRANSPORT' }, roundtables: 1 }),
        ),
      ),
    },
    categoryReach: {
      request: async () => ({ query: `{ categoryReach(filter: ${SORIA_3}) { category { code } roundtables regions } }` }),
      outcomes: everyone(
        allowed((data) => expect(data.categoryReach).toContainEqual({ category: { code: 'NGO' }, roundtables: 1, regions: 1 })),
      ),
    },
    challengeTotals: {
      request: async () => ({ query: `{ challengeTotals(filter: ${SORIA_3}) { challenge { code } mentions roundtables regions } }` }),
      outcomes: everyone(
        allowed((data) =>
          expect(data.challengeTotals).toContainEqual({ challenge: { code: 'TRANSPORT' }, mentions: 1, roundtables: 1, regions: 1 }),
        ),
      ),
    },
    coverage: {
      request: async () => ({ query: `{ coverage(filter: ${SORIA_3}) { roundtables } }` }),
      outcomes: everyone(allowed((data) => expect(data.coverage).toEqual({ roundtables: 1 }))),
    },
    sources: {
      request: async () => ({ query: `{ sources(filter: ${SORIA_3}) { title } }` }),
      outcomes: everyone(allowed((data) => expect(data.sources).toHaveLength(1))),
    },
    sourcePage: {
      request: async () => ({ query: `{ sourcePage(filter: ${SORIA_3}, page: { limit: 5 }) { totalCount rows { title } } }` }),
      outcomes: everyone(allowed((data) => expect(data.sourcePage).toEqual({ totalCount: 1, rows: [expect.any(Object)] }))),
    },
    publicationStatus: {
      request: async () => ({ query: '{ publicationStatus { asOf current } }' }),
      // Said only to those answered from the publication: the other roles see counts as recorded.
      outcomes: readersAndAggregates(
        (data) => expect(data.publicationStatus).toBeNull(),
        (data) => expect(data.publicationStatus).toEqual({ asOf: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), current: true }),
      ),
    },
    auditLog: {
      request: async () => ({ query: '{ auditLog(limit: 1) { action } }' }),
      outcomes: only(
        [Role.ADMIN, Role.ANALYST, Role.EVALUATOR],
        allowed((data) => expect(data.auditLog).toHaveLength(1)),
      ),
    },
    organisationAuditLog: {
      request: async () => ({
        query: 'query($slug: String!) { organisationAuditLog(slug: $slug) { action } }',
        variables: { slug: (await newOrganisation()).slug },
      }),
      // A coordinator reads the history of its own regions' organisations: this one is Soria's.
      outcomes: only(
        READERS,
        allowed((data) => expect(data.organisationAuditLog).toEqual([{ action: 'CREATE' }])),
      ),
      teruel: {
        request: async () => ({
          query: 'query($slug: String!) { organisationAuditLog(slug: $slug) { action } }',
          variables: { slug: (await newOrganisation('teruel')).slug },
        }),
        refused: (response) => {
          expect(response.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
          expect(response.errors?.[0]?.message).toContain('is in teruel');
        },
      },
    },
    organisationDeletions: {
      request: async () => {
        await deletedOrganisation();
        return { query: '{ organisationDeletions(region: "soria", limit: 1) { action regionSlug } }' };
      },
      outcomes: only(
        READERS,
        allowed((data) => expect(data.organisationDeletions).toEqual([{ action: 'DELETE', regionSlug: 'soria' }])),
      ),
      teruel: { request: async () => ({ query: '{ organisationDeletions(region: "teruel") { action } }' }), refused: forbidden },
    },
    indicators: {
      request: async () => ({ query: '{ indicators { code } }' }),
      outcomes: everyone(allowed((data) => expect(data.indicators).toContainEqual({ code: 'ROUNDTABLES_HELD' }))),
    },
    indicator: {
      request: async () => ({ query: '{ indicator(code: "ONSITE_SHARE") { unit denominator } }' }),
      outcomes: everyone(allowed((data) => expect(data.indicator).toEqual({ unit: 'SHARE', denominator: 'KNOWN_MODE_PARTICIPANTS' }))),
    },
    reportingPeriods: {
      request: async () => ({ query: '{ reportingPeriods { code } }' }),
      outcomes: everyone(allowed((data) => expect(data.reportingPeriods).toContainEqual({ code: 'SIRA' }))),
    },
    validationRules: {
      request: async () => ({ query: '{ validationRules(locale: pl) { code title } }' }),
      outcomes: everyone(
        allowed((data) => expect(data.validationRules).toContainEqual({ code: 'DATE_IN_PROJECT', title: 'Data w okresie projektu' })),
      ),
    },
    roundtableLimits: {
      // What a form may take is no secret: every role reads the same limits.
      request: async () => ({ query: '{ roundtableLimits { lists { field max } datesFrom } }' }),
      outcomes: everyone(
        allowed((data) =>
          expect(data.roundtableLimits).toMatchObject({
            lists: expect.arrayContaining([{ field: 'sources', max: 20 }]),
            datesFrom: '2000-01-01',
          }),
        ),
      ),
    },
    indicatorResults: {
      // Soria's 3 onsite of 21 is a small count of people: the share would give it away.
      // Judged as of a fixed day after 2021, so that the status does not depend on the clock.
      request: async () => ({
        query: `{ indicatorResults(codes: ["ONSITE_SHARE"], periods: ["2021"], filter: { regions: ["soria"] }, includeTotal: false,
          asOf: "2024-01-01") { value { min max } withheld status } }`,
      }),
      outcomes: readersAndAggregates(
        (data) => expect(data.indicatorResults).toEqual([{ value: { min: 3 / 21, max: 3 / 21 }, withheld: null, status: 'NO_TARGET' }]),
        (data) => expect(data.indicatorResults).toEqual([{ value: null, withheld: 'SMALL_COUNT', status: 'WITHHELD' }]),
      ),
    },
    indicatorTargets: {
      request: async () => ({ query: '{ indicatorTargets(indicators: ["ROUNDTABLES_HELD"]) { regionSlug periodCode } }' }),
      outcomes: everyone(allowed((data) => expect(data.indicatorTargets).toContainEqual({ regionSlug: null, periodCode: 'SIRA' }))),
    },
    indicatorTargetWarnings: {
      request: async () => ({ query: '{ indicatorTargetWarnings { message } }' }),
      outcomes: everyone(allowed((data) => expect(data.indicatorTargetWarnings).toEqual(expect.any(Array)))),
    },
    indicatorTargetHistory: {
      request: async () => {
        await asAdmin(SET_TARGET, { input: nextTarget() });
        return { query: '{ indicatorTargetHistory(indicator: "PARTICIPANTS", limit: 1) { action } }' };
      },
      outcomes: only(
        [Role.ADMIN, Role.ANALYST, Role.EVALUATOR],
        allowed((data) => expect(data.indicatorTargetHistory).toEqual([{ action: 'CREATE' }])),
      ),
    },
    challenges: {
      request: async () => ({ query: '{ challenges { code } }' }),
      outcomes: everyone(allowed((data) => expect(data.challenges).toContainEqual({ code: 'DIGITAL_GAP' }))),
    },
    roundtablesCsv: {
      request: async () => ({ query: `{ roundtablesCsv(filter: ${SORIA_3}) }` }),
      outcomes: only(
        READERS,
        allowed((data) => expect(data.roundtablesCsv).toContain('soria,3,2021-11-24,hybrid')),
      ),
    },
    participant: {
      request: async () => ({
        query: 'query($id: ID!) { participant(id: $id) { id region { slug } } }',
        variables: { id: ids.participant },
      }),
      outcomes: only(
        READERS,
        allowed((data) => expect(data.participant).toEqual({ id: ids.participant, region: { slug: 'soria' } })),
      ),
    },
    roundtables: {
      request: async () => ({ query: `{ roundtables(filter: ${SORIA_3}) { ${ROUNDTABLE_VIEW} } }` }),
      outcomes: readersAndAggregates(
        (data) => recordedView((data.roundtables as RoundtableView[])[0] as RoundtableView),
        (data) => aggregateView((data.roundtables as RoundtableView[])[0] as RoundtableView),
      ),
    },
    roundtablePage: {
      request: async () => ({
        query: `{ roundtablePage(filter: ${SORIA_3}, page: { limit: 1 }) { totalCount rows { ${ROUNDTABLE_VIEW} } } }`,
      }),
      outcomes: readersAndAggregates(
        (data) => {
          const page = data.roundtablePage as { totalCount: number; rows: RoundtableView[] };
          expect(page.totalCount).toBe(1);
          recordedView(page.rows[0] as RoundtableView);
        },
        (data) => {
          const page = data.roundtablePage as { totalCount: number; rows: RoundtableView[] };
          expect(page.totalCount).toBe(1);
          aggregateView(page.rows[0] as RoundtableView);
        },
      ),
    },
    roundtable: {
      request: async () => ({ query: `query($id: ID!) { roundtable(id: $id) { ${ROUNDTABLE_VIEW} } }`, variables: { id: ids.soria3 } }),
      outcomes: readersAndAggregates(
        (data) => recordedView(data.roundtable as RoundtableView),
        (data) => aggregateView(data.roundtable as RoundtableView),
      ),
    },
    stakeholderCategories: {
      request: async () => ({ query: '{ stakeholderCategories { code } }' }),
      outcomes: everyone(allowed((data) => expect(data.stakeholderCategories).toContainEqual({ code: 'NEWCOMER' }))),
    },
    organisations: {
      request: async () => ({ query: '{ organisations { slug } }' }),
      outcomes: everyone(allowed((data) => expect(data.organisations).toContainEqual({ slug: 'iom-spain' }))),
    },
    organisationPage: {
      request: async () => ({
        query: `{ organisationPage(filter: { search: "IOM", acrossRegions: true }, page: { limit: 1 }, orderBy: { field: NAME }) {
          totalCount rows { slug } } }`,
      }),
      outcomes: everyone(allowed((data) => expect(data.organisationPage).toEqual({ totalCount: 1, rows: [{ slug: 'iom-spain' }] }))),
    },
    regions: {
      request: async () => ({ query: '{ regions(countries: ["GR"]) { slug } }' }),
      outcomes: everyone(allowed((data) => expect(data.regions).toEqual([{ slug: 'karditsa' }]))),
    },
    region: {
      request: async () => ({ query: '{ region(slug: "soria") { name roundtables { insights { text } } } }' }),
      outcomes: readersAndAggregates(
        (data) => expect(insightsOf(data).some((insights) => (insights?.length ?? 0) > 0)).toBe(true),
        (data) => expect(new Set(insightsOf(data))).toEqual(new Set([null])),
      ),
    },

    importRoundtables: {
      request: async () => ({
        query: 'mutation($csv: String!) { importRoundtables(csv: $csv, dryRun: true) { valid created errors { message } } }',
        variables: { csv: importFile('soria', ++numbers) },
      }),
      outcomes: editors((data) => expect(data.importRoundtables).toEqual({ valid: true, created: 1, errors: [] })),
      teruel: {
        request: async () => ({
          query: 'mutation($csv: String!) { importRoundtables(csv: $csv, dryRun: true) { valid errors { message } } }',
          variables: { csv: importFile('teruel', ++numbers) },
        }),
        // An import names every refused row among its problems instead of refusing the whole request.
        refused: (response) => {
          expect(response.data?.importRoundtables).toEqual({
            valid: false,
            errors: [{ message: 'you coordinate soria; teruel is not one of your regions' }],
          });
        },
      },
    },
    createRoundtable: {
      request: async () => ({
        query: 'mutation($input: RoundtableInput!) { createRoundtable(input: $input) { version } }',
        variables: { input: roundtableInput('soria') },
      }),
      outcomes: editors((data) => expect(data.createRoundtable).toEqual({ version: 1 })),
      teruel: {
        request: async () => ({
          query: 'mutation($input: RoundtableInput!) { createRoundtable(input: $input) { id } }',
          variables: { input: roundtableInput('teruel') },
        }),
        refused: forbidden,
      },
    },
    updateRoundtable: {
      request: async () => updateRoundtable(await newMeeting(), 'soria'),
      outcomes: editors((data) => expect(data.updateRoundtable).toEqual({ version: 2, theme: 'Transport' })),
      teruel: { request: async () => updateRoundtable(await newMeeting('teruel'), 'teruel'), refused: forbidden },
    },
    deleteRoundtable: {
      request: async () => deleteRoundtable(await newMeeting()),
      outcomes: editors((data) => expect(data.deleteRoundtable).toEqual(expect.any(String))),
      teruel: { request: async () => deleteRoundtable(await newMeeting('teruel')), refused: forbidden },
    },
    restoreRoundtable: {
      request: async () => restoreRoundtable(await deletedMeeting()),
      outcomes: editors((data) => expect(data.restoreRoundtable).toMatchObject({ region: { slug: 'soria' } })),
      teruel: { request: async () => restoreRoundtable(await deletedMeeting('teruel')), refused: forbidden },
    },
    reviewRoundtables: {
      // Approval, by reviewers; submission by a region's editors is checked in review.int.test.ts.
      request: async () => {
        const meeting = await newMeeting();
        const { reviewRoundtables } = await asAdmin<{ reviewRoundtables: { id: string; version: number }[] }>(REVIEW, {
          action: 'SUBMIT',
          records: [meeting],
        });
        return { query: REVIEW, variables: { action: 'APPROVE', records: reviewRoundtables } };
      },
      outcomes: only(
        [Role.ADMIN, Role.EVALUATOR],
        allowed((data) => expect(data.reviewRoundtables).toEqual([{ id: expect.any(String), version: 3 }])),
      ),
    },
    reviewCounts: {
      request: async () => ({
        query: 'query($r: [String!]) { reviewCounts(filter: { regions: $r }) { draft submitted approved returned } }',
        variables: { r: [valley.slug] },
      }),
      outcomes: only(
        READERS,
        allowed((data) => expect(data.reviewCounts).toEqual({ draft: 0, submitted: 0, approved: 1, returned: 0 })),
      ),
    },
    ruleFindings: {
      // One Soria roundtable recorded with a 5-minute duration, once: a DURATION_PLAUSIBLE warning.
      request: async () => {
        shortMeeting ??= asAdmin('mutation($input: RoundtableInput!) { createRoundtable(input: $input) { id } }', {
          input: { ...roundtableInput('soria'), date: '2022-06-02', durationMinutes: 5 },
        });
        await shortMeeting;
        return {
          query: `{ ruleFindings(filter: { regions: ["soria"], from: "2022-06-02", to: "2022-06-02" }, ruleCode: "DURATION_PLAUSIBLE") {
            totalCount rows { severity field } } }`,
        };
      },
      outcomes: only(
        READERS,
        allowed((data) => expect(data.ruleFindings).toEqual({ totalCount: 1, rows: [{ severity: 'WARNING', field: 'durationMinutes' }] })),
      ),
    },
    outliers: {
      request: async () => {
        await flaggedDuration();
        return { query: `{ outliers(filter: ${LONG_DAY}, measure: DURATION_MINUTES) { totalCount rows { measure value { min max } } } }` };
      },
      outcomes: only(
        READERS,
        allowed((data) =>
          expect(data.outliers).toEqual({ totalCount: 1, rows: [{ measure: 'DURATION_MINUTES', value: { min: 1400, max: 1400 } }] }),
        ),
      ),
      teruel: {
        request: async () => ({ query: '{ outliers(filter: { regions: ["teruel"] }) { totalCount } }' }),
        refused: forbidden,
      },
    },
    markOutlier: {
      request: async () => ({
        query: `mutation($id: ID!) { markOutlier(roundtableId: $id, measure: DURATION_MINUTES, status: CHECKED,
          comment: "Two days of work in one session.", seen: { min: 1400, max: 1400 }) { measure status } }`,
        variables: { id: await flaggedDuration() },
      }),
      outcomes: only(
        [Role.ADMIN, Role.EVALUATOR],
        allowed((data) => expect(data.markOutlier).toEqual({ measure: 'DURATION_MINUTES', status: 'CHECKED' })),
      ),
    },
    closedPeriods: {
      request: async () => ({ query: '{ closedPeriods { periodCode } }' }),
      outcomes: everyone(allowed((data) => expect(data.closedPeriods).toEqual([]))),
    },
    completeness: {
      // Soria's third roundtable is its only one of 2021; a coordinator sees its own regions only.
      request: async () => ({
        query: '{ completeness(periods: ["2021"], page: { limit: 500 }) { totalCount rows { regionSlug recorded } } }',
      }),
      outcomes: {
        ...only(
          READERS,
          allowed((data) => {
            const page = data.completeness as { totalCount: number; rows: { regionSlug: string; recorded: number }[] };
            expect(page.totalCount).toBe(11);
            expect(page.rows).toContainEqual({ regionSlug: 'soria', recorded: 1 });
          }),
        ),
        [Role.COORDINATOR]: restricted((data) =>
          expect(data.completeness).toEqual({ totalCount: 1, rows: [{ regionSlug: 'soria', recorded: 1 }] }),
        ),
      },
    },
    closeReportingPeriod: {
      // 2023 holds none of the records the other entries write; each role finds it open.
      request: async () => {
        await api.gql(REOPEN_2023, undefined, tokens[Role.ADMIN]);
        return { query: CLOSE_2023 };
      },
      outcomes: only(
        [Role.ADMIN, Role.EVALUATOR],
        allowed((data) => {
          expect(data.closeReportingPeriod).toEqual({ periodCode: '2023' });
        }),
      ),
    },
    reopenReportingPeriod: {
      // Each role finds 2023 closed.
      request: async () => {
        await api.gql(CLOSE_2023, undefined, tokens[Role.ADMIN]);
        return { query: REOPEN_2023 };
      },
      outcomes: only(
        [Role.ADMIN, Role.EVALUATOR],
        allowed((data) => expect(data.reopenReportingPeriod).toBe(true)),
      ),
    },
    createParticipants: {
      request: async () => createParticipants('soria'),
      outcomes: editors((data) =>
        expect(data.createParticipants).toEqual([
          { version: 1, region: { slug: 'soria' } },
          { version: 1, region: { slug: 'soria' } },
        ]),
      ),
      teruel: { request: async () => createParticipants('teruel'), refused: forbidden },
    },
    importParticipants: {
      request: async () => importParticipants(ids.soriaMeeting),
      outcomes: editors((data) => expect(data.importParticipants).toEqual({ valid: true, written: true, created: 2 })),
      teruel: { request: async () => importParticipants(ids.teruelMeeting), refused: forbidden },
    },
    deletedParticipants: {
      // Reveals who attended (as the audit trail does): those who read the trail, and the region's coordinator.
      request: async () => {
        const roundtable = (await newMeeting('soria')).id;
        await deletedParticipant('soria', roundtable);
        return deletedParticipants(roundtable);
      },
      outcomes: only(
        READERS,
        allowed((data) => expect(data.deletedParticipants).toEqual([{ action: 'DELETE', regionSlug: 'soria' }])),
      ),
      teruel: {
        request: async () => {
          const roundtable = (await newMeeting('teruel')).id;
          await deletedParticipant('teruel', roundtable);
          return deletedParticipants(roundtable);
        },
        refused: forbidden,
      },
    },
    createParticipant: {
      request: async () => createParticipant('soria'),
      outcomes: editors((data) => expect(data.createParticipant).toEqual({ version: 1, region: { slug: 'soria' } })),
      teruel: { request: async () => createParticipant('teruel'), refused: forbidden },
    },
    updateParticipant: {
      request: async () => updateParticipant(await newParticipant(), 'soria'),
      outcomes: editors((data) => expect(data.updateParticipant).toEqual({ version: 2, newcomer: false })),
      teruel: { request: async () => updateParticipant(await newParticipant('teruel'), 'teruel'), refused: forbidden },
    },
    deleteParticipant: {
      request: async () => deleteParticipant(await newParticipant()),
      outcomes: editors((data) => expect(data.deleteParticipant).toEqual(expect.any(String))),
      teruel: { request: async () => deleteParticipant(await newParticipant('teruel')), refused: forbidden },
    },
    restoreParticipant: {
      request: async () => restoreParticipant(await deletedParticipant()),
      outcomes: editors((data) =>
        expect(data.restoreParticipant).toEqual({ version: 2, region: { slug: 'soria' }, participations: [{ mode: 'ONSITE' }] }),
      ),
      teruel: { request: async () => restoreParticipant(await deletedParticipant('teruel')), refused: forbidden },
    },
    setParticipation: {
      request: async () => setParticipation(await newParticipant(), ids.soriaMeeting),
      outcomes: editors((data) => expect(data.setParticipation).toEqual({ version: 2, participations: [{ mode: 'ONLINE' }] })),
      teruel: { request: async () => setParticipation(await newParticipant('teruel'), ids.teruelMeeting), refused: forbidden },
    },
    removeParticipation: {
      request: async () => removeParticipation(await newParticipant(), ids.soriaMeeting),
      outcomes: editors((data) => expect(data.removeParticipation).toEqual({ version: 2, participations: [] })),
      teruel: { request: async () => removeParticipation(await newParticipant('teruel'), ids.teruelMeeting), refused: forbidden },
    },
    createOrganisation: {
      request: async () => createOrganisation('soria'),
      outcomes: editors((data) => expect(data.createOrganisation).toEqual({ version: 1, region: { slug: 'soria' } })),
      teruel: { request: async () => createOrganisation('teruel'), refused: forbidden },
    },
    updateOrganisation: {
      request: async () => updateOrganisation(await newOrganisation(), 'soria'),
      outcomes: editors((data) => expect(data.updateOrganisation).toEqual({ version: 2, name: 'Welcome Network' })),
      teruel: { request: async () => updateOrganisation(await newOrganisation('teruel'), 'teruel'), refused: forbidden },
    },
    deleteOrganisation: {
      request: async () => deleteOrganisation(await newOrganisation()),
      outcomes: editors((data) => expect(data.deleteOrganisation).toMatch(/^welcome-soria-/)),
      teruel: { request: async () => deleteOrganisation(await newOrganisation('teruel')), refused: forbidden },
    },
    setIndicatorTarget: {
      request: async () => ({ query: SET_TARGET, variables: { input: nextTarget() } }),
      outcomes: only(
        [Role.ADMIN, Role.EVALUATOR],
        allowed((data) => expect(data.setIndicatorTarget).toEqual({ target: { target: 100, version: 1 } })),
      ),
    },
    // The taxonomy's labels are ADMIN's alone; each request sets them as they are, at the version read.
    setCategoryLabels: {
      request: async () => sameLabels('setCategoryLabels', 'stakeholderCategories', 'NGO'),
      outcomes: only(
        [Role.ADMIN],
        allowed((data) => expect(data.setCategoryLabels).toMatchObject({ code: 'NGO', label: 'ONG' })),
      ),
    },
    setChallengeLabels: {
      request: async () => sameLabels('setChallengeLabels', 'challenges', 'HOUSING'),
      outcomes: only(
        [Role.ADMIN],
        allowed((data) => expect(data.setChallengeLabels).toMatchObject({ code: 'HOUSING', label: 'Vivienda' })),
      ),
    },
    setIndicatorLabels: {
      request: async () => sameLabels('setIndicatorLabels', 'indicators', 'CHALLENGES_RAISED'),
      outcomes: only(
        [Role.ADMIN],
        allowed((data) =>
          expect(data.setIndicatorLabels).toMatchObject({ code: 'CHALLENGES_RAISED', label: 'Barreras a la participación planteadas' }),
        ),
      ),
    },
    setReportingPeriodLabels: {
      request: async () => sameLabels('setReportingPeriodLabels', 'reportingPeriods', '2023'),
      outcomes: only(
        [Role.ADMIN],
        allowed((data) => expect(data.setReportingPeriodLabels).toMatchObject({ code: '2023', label: '2023 (hasta marzo)' })),
      ),
    },
    setValidationRuleTexts: {
      request: async () => sameRuleTexts('DURATION_PLAUSIBLE'),
      outcomes: only(
        [Role.ADMIN],
        allowed((data) =>
          expect(data.setValidationRuleTexts).toMatchObject({ code: 'DURATION_PLAUSIBLE', title: 'Duración de 15 a 600 minutos' }),
        ),
      ),
    },
    setFrameworkMapping: {
      request: async () => ({
        query: 'mutation($input: SetFrameworkMappingInput!) { setFrameworkMapping(input: $input) { externalCode version } }',
        variables: {
          input: {
            indicator: 'ROUNDTABLES_HELD',
            framework: 'AMIF',
            externalCode: `X.${++slugs}`,
            officialLabel: 'Example',
            relation: 'PROXY',
          },
        },
      }),
      outcomes: only(
        [Role.ADMIN, Role.EVALUATOR],
        allowed((data) => expect(data.setFrameworkMapping).toEqual({ externalCode: `X.${slugs}`, version: 1 })),
      ),
    },
    deleteIndicatorTarget: {
      request: async () => {
        const { setIndicatorTarget } = await asAdmin<{ setIndicatorTarget: { target: { id: string } } }>(
          'mutation($input: SetIndicatorTargetInput!) { setIndicatorTarget(input: $input) { target { id } } }',
          { input: nextTarget() },
        );
        return {
          query: 'mutation($id: ID!) { deleteIndicatorTarget(id: $id, version: 1) { target { target } } }',
          variables: { id: setIndicatorTarget.target.id },
        };
      },
      outcomes: only(
        [Role.ADMIN, Role.EVALUATOR],
        allowed((data) => expect(data.deleteIndicatorTarget).toEqual({ target: { target: 100 } })),
      ),
    },
    restoreOrganisation: {
      request: async () => restoreOrganisation(await deletedOrganisation()),
      outcomes: editors((data) => expect(data.restoreOrganisation).toMatchObject({ slug: expect.stringMatching(/^welcome-soria-/) })),
      teruel: { request: async () => restoreOrganisation(await deletedOrganisation('teruel')), refused: forbidden },
    },
    // Users are ADMIN's; a token made on the server (as every role's here) is no account, so
    // myAccount is null and there is no password of its own to change.
    users: {
      request: async () => ({ query: '{ users(page: { limit: 1 }) { rows { username } } }' }),
      outcomes: only(
        [Role.ADMIN],
        allowed((data) => expect(data.users).toEqual({ rows: expect.any(Array) })),
      ),
    },
    myAccount: {
      request: async () => ({ query: '{ myAccount { username } }' }),
      outcomes: everyone(allowed((data) => expect(data.myAccount).toBeNull())),
    },
    accountAuditLog: {
      request: async () => ({ query: '{ accountAuditLog(limit: 1) { action } }' }),
      outcomes: only(
        [Role.ADMIN],
        allowed((data) => expect(data.accountAuditLog).toEqual(expect.any(Array))),
      ),
    },
    inviteUser: {
      request: async () => ({
        query: 'mutation($input: InviteUserInput!) { inviteUser(input: $input) { purpose user { status } } }',
        variables: { input: { username: `invited.${++slugs}`, name: 'Invited', role: 'COORDINATOR', regions: ['soria'] } },
      }),
      outcomes: only(
        [Role.ADMIN],
        allowed((data) => expect(data.inviteUser).toEqual({ purpose: 'INVITATION', user: { status: 'INVITED' } })),
      ),
    },
    updateUserAccess: {
      request: async () => ({
        query: 'mutation($u: String!) { updateUserAccess(username: $u, expectedVersion: 1, input: { role: ANALYST }) { role } }',
        variables: { u: await invitedUser() },
      }),
      outcomes: only(
        [Role.ADMIN],
        allowed((data) => expect(data.updateUserAccess).toEqual({ role: 'ANALYST' })),
      ),
    },
    deactivateUser: {
      request: async () => ({
        query: 'mutation($u: String!) { deactivateUser(username: $u, expectedVersion: 1) { status } }',
        variables: { u: await invitedUser() },
      }),
      outcomes: only(
        [Role.ADMIN],
        allowed((data) => expect(data.deactivateUser).toEqual({ status: 'DEACTIVATED' })),
      ),
    },
    reactivateUser: {
      request: async () => {
        const username = await invitedUser();
        await asAdmin('mutation($u: String!) { deactivateUser(username: $u, expectedVersion: 1) { status } }', { u: username });
        return {
          query: 'mutation($u: String!) { reactivateUser(username: $u, expectedVersion: 2) { status } }',
          variables: { u: username },
        };
      },
      outcomes: only(
        [Role.ADMIN],
        allowed((data) => expect(data.reactivateUser).toEqual({ status: 'INVITED' })),
      ),
    },
    createPasswordLink: {
      request: async () => ({
        query: 'mutation($u: String!) { createPasswordLink(username: $u) { purpose } }',
        variables: { u: await invitedUser() },
      }),
      outcomes: only(
        [Role.ADMIN],
        allowed((data) => expect(data.createPasswordLink).toEqual({ purpose: 'INVITATION' })),
      ),
    },
    changeMyPassword: {
      request: async () => ({
        query: 'mutation { changeMyPassword(currentPassword: "old password 1", newPassword: "new password 1") { username } }',
      }),
      outcomes: everyone(FORBIDDEN),
    },
  };

  // Five Soria roundtables of one day lasting 100 to 140 minutes, and a sixth lasting 1,400: far
  // from the usual of Soria's durations, whatever the other entries record on other days.
  const LONG_DAY = '{ regions: ["soria"], from: "2022-06-03", to: "2022-06-03" }';
  function flaggedDuration(): Promise<string> {
    const create = (durationMinutes: number) =>
      asAdmin<{ createRoundtable: { id: string } }>('mutation($input: RoundtableInput!) { createRoundtable(input: $input) { id } }', {
        input: { ...roundtableInput('soria'), date: '2022-06-03', durationMinutes },
      });
    longMeeting ??= (async () => {
      for (const minutes of [100, 110, 120, 130, 140]) await create(minutes);
      return (await create(1400)).createRoundtable.id;
    })();
    return longMeeting;
  }

  // Each request sets a target nobody has set yet: a fresh region and period for every role.
  const REVIEW = `mutation($action: ReviewAction!, $records: [RecordVersionInput!]!) {
    reviewRoundtables(action: $action, records: $records) { id version } }`;
  const CLOSE_2023 = 'mutation { closeReportingPeriod(period: "2023", reason: "Reported.") { periodCode } }';
  const REOPEN_2023 = 'mutation { reopenReportingPeriod(period: "2023", reason: "A correction came in.") }';
  const SET_TARGET = 'mutation($input: SetIndicatorTargetInput!) { setIndicatorTarget(input: $input) { target { target version } } }';
  const TARGET_REGIONS = [
    'guadalajara',
    'soria',
    'teruel',
    'isere',
    'vaucluse',
    'correze',
    'saone-et-loire',
    'silesia',
    'mazovia',
    'karditsa',
  ];
  let targetsSet = 0;
  function nextTarget() {
    const n = targetsSet++;
    const region = TARGET_REGIONS[n % TARGET_REGIONS.length];
    const period = ['2021', '2022', '2023', 'SIRA'][Math.floor(n / TARGET_REGIONS.length)];
    return { indicator: 'PARTICIPANTS', region, period, target: 100 };
  }

  function importFile(region: string, number: number): string {
    const header =
      'region,number,date,format,duration_minutes,participants,participants_max,online,onsite,organisations,categories,challenges,source_url';
    return `${header}\n${region},${number},2022-06-01,,,,,,,,,,https://example.org/${region}-${number}\n`;
  }
  function updateRoundtable(meeting: { id: string; version: number }, region: string): Request {
    return {
      query: `mutation($id: ID!, $v: Int!, $input: RoundtableInput!) {
        updateRoundtable(id: $id, expectedVersion: $v, input: $input) { version theme } }`,
      variables: { id: meeting.id, v: meeting.version, input: { ...roundtableInput(region), theme: 'Transport' } },
    };
  }
  function deleteRoundtable(meeting: { id: string; version: number }): Request {
    return {
      query: 'mutation($id: ID!, $v: Int!) { deleteRoundtable(id: $id, expectedVersion: $v) }',
      variables: { id: meeting.id, v: meeting.version },
    };
  }
  function restoreRoundtable(auditEntryId: string): Request {
    return {
      query: 'mutation($entry: ID!) { restoreRoundtable(auditEntryId: $entry) { region { slug } } }',
      variables: { entry: auditEntryId },
    };
  }
  function createParticipants(region: string): Request {
    return {
      query: 'mutation($input: NewParticipantsInput!) { createParticipants(input: $input) { version region { slug } } }',
      variables: { input: { participants: [participantInput(region), { ...participantInput(region), newcomer: false, category: 'NGO' }] } },
    };
  }
  function importParticipants(roundtableId: string): Request {
    return {
      query: `mutation($rt: ID!, $csv: String!) {
        importParticipants(roundtableId: $rt, csv: $csv, dryRun: false) { valid written created } }`,
      variables: {
        rt: roundtableId,
        csv: 'category,newcomer,gender,age_band,organisation,mode\nNEWCOMER,yes,female,25-34,,onsite\nNGO,no,,,,online\n',
      },
    };
  }
  function deletedParticipants(roundtableId: string): Request {
    return { query: 'query($rt: ID!) { deletedParticipants(roundtableId: $rt) { action regionSlug } }', variables: { rt: roundtableId } };
  }
  function createParticipant(region: string): Request {
    return {
      query: 'mutation($input: ParticipantInput!) { createParticipant(input: $input) { version region { slug } } }',
      variables: { input: participantInput(region) },
    };
  }
  function updateParticipant(participant: { id: string; version: number }, region: string): Request {
    return {
      query: `mutation($id: ID!, $v: Int!, $input: ParticipantInput!) {
        updateParticipant(id: $id, expectedVersion: $v, input: $input) { version newcomer } }`,
      variables: { id: participant.id, v: participant.version, input: { ...participantInput(region), category: 'NGO', newcomer: false } },
    };
  }
  function deleteParticipant(participant: { id: string; version: number }): Request {
    return {
      query: 'mutation($id: ID!, $v: Int!) { deleteParticipant(id: $id, expectedVersion: $v) }',
      variables: { id: participant.id, v: participant.version },
    };
  }
  function restoreParticipant(auditEntryId: string): Request {
    return {
      query: 'mutation($entry: ID!) { restoreParticipant(auditEntryId: $entry) { version region { slug } participations { mode } } }',
      variables: { entry: auditEntryId },
    };
  }
  function setParticipation(participant: { id: string; version: number }, roundtableId: string): Request {
    return {
      query: `mutation($id: ID!, $v: Int!, $rt: ID!) {
        setParticipation(participantId: $id, expectedVersion: $v, roundtableId: $rt, mode: ONLINE) { version participations { mode } } }`,
      variables: { id: participant.id, v: participant.version, rt: roundtableId },
    };
  }
  function removeParticipation(participant: { id: string; version: number }, roundtableId: string): Request {
    return {
      query: `mutation($id: ID!, $v: Int!, $rt: ID!) {
        removeParticipation(participantId: $id, expectedVersion: $v, roundtableId: $rt) { version participations { mode } } }`,
      variables: { id: participant.id, v: participant.version, rt: roundtableId },
    };
  }
  function createOrganisation(region: string): Request {
    return {
      query: 'mutation($input: NewOrganisationInput!) { createOrganisation(input: $input) { version region { slug } } }',
      variables: { input: { slug: `new-${region}-${++slugs}`, ...organisationInput(region) } },
    };
  }
  function updateOrganisation(organisation: { slug: string; version: number }, region: string): Request {
    return {
      query: `mutation($slug: String!, $v: Int!, $input: OrganisationInput!) {
        updateOrganisation(slug: $slug, expectedVersion: $v, input: $input) { version name } }`,
      variables: { slug: organisation.slug, v: organisation.version, input: { ...organisationInput(region), name: 'Welcome Network' } },
    };
  }
  function deleteOrganisation(organisation: { slug: string; version: number }): Request {
    return {
      query: 'mutation($slug: String!, $v: Int!) { deleteOrganisation(slug: $slug, expectedVersion: $v) }',
      variables: { slug: organisation.slug, v: organisation.version },
    };
  }

  /** A request setting a taxonomy entry's labels as they are, at the version ADMIN reads now. */
  async function sameLabels(mutation: string, list: string, code: string): Promise<Request> {
    const read = await asAdmin<Record<string, { code: string; version: number; labels: { locale: string; text: string }[] }[]>>(
      `{ ${list} { code version labels { locale text } } }`,
    );
    const entry = read[list]?.find((each) => each.code === code);
    return {
      query: `mutation($code: String!, $labels: [LocalizedTextInput!]!, $v: Int!) {
        ${mutation}(code: $code, labels: $labels, expectedVersion: $v) { code label(locale: es) } }`,
      variables: { code, labels: entry?.labels, v: entry?.version },
    };
  }

  /** A rule's words written again as they are: the write an ADMIN may make, at the version read. */
  async function sameRuleTexts(code: string): Promise<Request> {
    type Texts = { locale: string; text: string }[];
    const read = await asAdmin<{ validationRules: { code: string; version: number; titles: Texts; messages: Texts }[] }>(
      '{ validationRules { code version titles { locale text } messages { locale text } } }',
    );
    const rule = read.validationRules.find((each) => each.code === code);
    return {
      query: `mutation($code: String!, $titles: [LocalizedTextInput!]!, $messages: [LocalizedTextInput!]!, $v: Int!) {
        setValidationRuleTexts(code: $code, titles: $titles, messages: $messages, expectedVersion: $v, locale: es) { code title } }`,
      variables: { code, titles: rule?.titles, messages: rule?.messages, v: rule?.version },
    };
  }

  function restoreOrganisation(auditEntryId: string): Request {
    return {
      query: 'mutation($entry: ID!) { restoreOrganisation(auditEntryId: $entry) { slug version } }',
      variables: { entry: auditEntryId },
    };
  }

  beforeAll(async () => {
    api = await startTestSystem();
    for (const role of ROLES)
      tokens[role] = role === Role.PUBLIC ? undefined : await tokenFor(role, role === Role.COORDINATOR ? ['soria'] : []);
    const { geography, engagement, evaluation } = api.system;
    if (!geography || !engagement || !evaluation) throw new Error('every subgraph runs in this process');
    const valleyPeople = (category: string, count: number) =>
      Array.from({ length: count }, (_, i) => ({
        region: valley.slug,
        pseudonym: `${category}-${i}`,
        category,
        newcomer: false,
        attended: [{ number: valleyRoundtable.number, mode: 'ONSITE' as const }],
      }));
    await loadDataset(
      geography as Subgraph,
      engagement,
      dataSet({
        regions: [valley],
        sources: [valleySource],
        roundtables: [valleyRoundtable],
        participants: [...valleyPeople('NGO', 3), ...valleyPeople('VOLUNTEER', 8), ...valleyPeople('LOCAL_AUTHORITY', 9)],
      }),
      evaluation,
    );
    const { roundtables } = await asAdmin<{ roundtables: { id: string }[] }>(`{ roundtables(filter: ${SORIA_3}) { id } }`);
    ids.soria3 = roundtables[0]?.id as string;
    ids.soriaMeeting = (await newMeeting('soria')).id;
    ids.teruelMeeting = (await newMeeting('teruel')).id;
    ids.participant = (await newParticipant('soria')).id;
  });
  afterAll(() => api?.close());

  it('has an entry for every query and mutation the gateway serves, and none for an operation it does not', async () => {
    const response = await api.gql<{
      __schema: { queryType: { fields: { name: string }[] }; mutationType: { fields: { name: string }[] } };
    }>('{ __schema { queryType { fields { name } } mutationType { fields { name } } } }');
    const served = [...(response.data?.__schema.queryType.fields ?? []), ...(response.data?.__schema.mutationType.fields ?? [])]
      .map((field) => field.name)
      .sort();
    expect(served.length).toBeGreaterThan(20);
    expect(Object.keys(MATRIX).sort()).toEqual(served);
  });

  describe.each(Object.keys(MATRIX))('%s', (operation) => {
    const entry = MATRIX[operation] as MatrixEntry;

    it.each(ROLES)('as %s', async (role) => {
      const { query, variables } = await entry.request();
      const response = await api.gql(query, variables, tokens[role]);
      const outcome = entry.outcomes[role];
      if (outcome.kind === 'forbidden') {
        expect(response.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
        expect(response.data?.[operation] ?? null).toBeNull();
        return;
      }
      expect(response.errors).toBeUndefined();
      outcome.check(response.data as Data);
    });

    if (entry.teruel) {
      const teruel = entry.teruel;
      it("refuses Soria's COORDINATOR on a Teruel record", async () => {
        const { query, variables } = await teruel.request();
        teruel.refused(await api.gql(query, variables, tokens[Role.COORDINATOR]));
      });
    }
  });
});

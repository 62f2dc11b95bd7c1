import type { Subgraph } from '../../server/core/subgraph';
import type { ParticipantSeed } from '../../server/seed/dataset';
import { loadDataset } from '../../server/seed/load-dataset';
import { Role, tokenFor } from '../../server/test-support/auth';
import { dataSet, newRegion, newRoundtable, newSource } from '../../server/test-support/factories';
import { startTestSystem } from '../../server/test-support/test-system';

// What FUNDER, and PUBLIC without a token, get through the gateway: counts of people from the
// protected publication, each withheld one saying why; no participant records, no free text.
// That no combination of published figures gives a withheld count back is the attacker test's
// (publication-attacker.test.ts); here, what the published data set reads as.
type Range = { min: number; max: number } | null;
type Withheld = { field: string; reason: string }[];
type Attendance = { online: Range; onsite: Range; unknownMode: Range; total: Range; withheld: Withheld };
type MixRow = Attendance & { region: { slug: string } };
type CategoryRow = { category: { code: string }; participants: Range; withheld: Withheld };

const exact = (n: number) => ({ min: n, max: n });
const because = (reasons: Record<string, string>): Withheld => Object.entries(reasons).map(([field, reason]) => ({ field, reason }));

describe('disclosure to FUNDER and PUBLIC', () => {
  let api: Awaited<ReturnType<typeof startTestSystem>>;
  const tokens = {} as Record<Role, string | undefined>;

  // A region with participant records: 3 NGO, 6 NEWCOMER, 8 VOLUNTEER, 9 LOCAL_AUTHORITY.
  const valley = newRegion({ name: 'Valley', country: 'FR' });
  const source = newSource();
  const recorded = newRoundtable({ region: valley.slug, source: source.ref, format: 'HYBRID', date: '2022-03-01' });
  const people = (category: string, count: number, mode: 'ONLINE' | 'ONSITE') =>
    Array.from({ length: count }, (_, i): ParticipantSeed & { region: string } => ({
      region: valley.slug,
      pseudonym: `${category}-${i}`,
      category,
      newcomer: category === 'NEWCOMER',
      attended: [{ number: recorded.number, mode }],
    }));

  beforeAll(async () => {
    api = await startTestSystem();
    for (const role of Object.values(Role)) {
      tokens[role] = role === Role.PUBLIC ? undefined : await tokenFor(role, role === Role.COORDINATOR ? ['soria'] : []);
    }
    const { geography, engagement } = api.system;
    if (!geography || !engagement) throw new Error('both subgraphs run in this process');
    await loadDataset(
      geography as Subgraph,
      engagement,
      dataSet({
        regions: [valley],
        sources: [source],
        roundtables: [recorded],
        participants: [
          ...people('NGO', 3, 'ONLINE'),
          ...people('NEWCOMER', 6, 'ONSITE'),
          ...people('VOLUNTEER', 8, 'ONLINE'),
          ...people('LOCAL_AUTHORITY', 9, 'ONSITE'),
        ],
      }),
    );
  });
  afterAll(() => api.close());

  const ATTENDANCE = 'online { min max } onsite { min max } unknownMode { min max } total { min max } withheld { field reason }';
  const SORIA = `{
    attendanceMix(filter: { regions: ["soria"] }) { region { slug } ${ATTENDANCE} }
    region(slug: "soria") { roundtables { attendance { ${ATTENDANCE} newcomers { min max } } } }
  }`;
  type SoriaData = { attendanceMix: MixRow[]; region: { roundtables: { attendance: Attendance & { newcomers: Range } }[] } };

  describe.each([Role.FUNDER, Role.PUBLIC])('as %s', (role) => {
    it("withholds Soria's 3 onsite as a small count, the 18 online that would give it back, and no count of one roundtable", async () => {
      const result = await api.gql<SoriaData & { attendanceTotal: Attendance }>(
        SORIA.replace('attendanceMix(', `attendanceTotal { ${ATTENDANCE} } attendanceMix(`),
        undefined,
        tokens[role],
      );
      expect(result.errors).toBeUndefined();
      expect(result.data?.attendanceMix).toEqual([
        {
          region: { slug: 'soria' },
          online: null,
          onsite: null,
          unknownMode: exact(0),
          total: exact(21),
          withheld: because({ online: 'PROTECTS_SMALL_COUNT', onsite: 'SMALL_COUNT' }),
        },
      ]);
      // People are published per region and period, never per roundtable.
      expect(result.data?.region.roundtables).toEqual([
        {
          attendance: {
            online: null,
            onsite: null,
            unknownMode: null,
            total: null,
            newcomers: null,
            withheld: because({ total: 'NOT_PUBLISHED', online: 'NOT_PUBLISHED', onsite: 'NOT_PUBLISHED', unknownMode: 'NOT_PUBLISHED' }),
          },
        },
      ]);
      // Every region together: Soria's 3 and Valley's 15 onsite are shown only as their sum, 18.
      expect(result.data?.attendanceTotal).toEqual({
        online: exact(55),
        onsite: exact(18),
        unknownMode: exact(0),
        total: exact(73),
        withheld: [],
      });
    });

    it('refuses dates other than a reporting period, naming the periods it can ask for', async () => {
      const result = await api.gql(
        '{ attendanceMix(filter: { regions: ["soria"], from: "2021-12-01", to: "2022-12-31" }) { total { min max } } }',
        undefined,
        tokens[role],
      );
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toContain('published per reporting period');
      expect(result.errors?.[0]?.message).toContain('2021 (2021-01-01 to 2021-12-31)');
    });

    it('refuses participant records with FORBIDDEN, naming the roles that may see them', async () => {
      const result = await api.gql('{ roundtables { participations { mode } } }', undefined, tokens[role]);
      expect(result.data).toEqual({ roundtables: null });
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(result.errors?.[0]?.message).toContain('Participant records are shown only to ADMIN, COORDINATOR, ANALYST and EVALUATOR');
    });

    it("returns Soria's challenges with their codes but without the notes", async () => {
      const result = await api.gql<{ region: { roundtables: { challenges: { challenge: { code: string }; note: string | null }[] }[] } }>(
        '{ region(slug: "soria") { roundtables { challenges { challenge { code } note } } } }',
        undefined,
        tokens[role],
      );
      const mentions = result.data?.region.roundtables[0]?.challenges ?? [];
      expect(mentions.map((mention) => mention.challenge.code)).toEqual([
        'PUBLIC_SPEAKING',
        'LANGUAGE',
        'TRANSPORT',
        'DIGITAL_GAP',
        'TIME_SCHEDULE',
      ]);
      expect(mentions.map((mention) => mention.note)).toEqual([null, null, null, null, null]);
    });

    it("withholds Soria's insights and interests, which are free text", async () => {
      const result = await api.gql<{ region: { roundtables: { insights: unknown; interests: unknown; theme: string }[] } }>(
        '{ region(slug: "soria") { roundtables { insights { text } interests { text } theme } } }',
        undefined,
        tokens[role],
      );
      expect(result.errors).toBeUndefined();
      expect(result.data?.region.roundtables[0]).toMatchObject({ insights: null, interests: null });
    });

    it("withholds Valley's 3 NGO people as a small count, and its 6 newcomers, which the total would otherwise give back", async () => {
      const result = await api.gql<{
        stakeholderMix: (CategoryRow & { region: { slug: string } })[];
        attendanceMix: MixRow[];
        region: { roundtables: { categories: CategoryRow[] }[] };
      }>(
        `query($regions: [String!]) {
          stakeholderMix(filter: { regions: $regions }) { region { slug } category { code } participants { min max } withheld { field reason } }
          attendanceMix(filter: { regions: $regions }) { region { slug } ${ATTENDANCE} }
          region(slug: "${valley.slug}") { roundtables { categories { category { code } participants { min max } withheld { field reason } } } }
        }`,
        { regions: [valley.slug] },
        tokens[role],
      );
      expect(result.errors).toBeUndefined();
      expect(result.data?.stakeholderMix).toEqual(
        [
          { category: { code: 'LOCAL_AUTHORITY' }, participants: exact(9), withheld: [] },
          { category: { code: 'NEWCOMER' }, participants: null, withheld: because({ participants: 'PROTECTS_SMALL_COUNT' }) },
          { category: { code: 'NGO' }, participants: null, withheld: because({ participants: 'SMALL_COUNT' }) },
          { category: { code: 'VOLUNTEER' }, participants: exact(8), withheld: [] },
        ].map((row) => ({ region: { slug: valley.slug }, ...row })),
      );
      // 26 − 9 − 8 leaves 9 for NGO and NEWCOMER together.
      expect(result.data?.attendanceMix[0]?.total).toEqual(exact(26));
      expect(result.data?.region.roundtables[0]?.categories.map((row) => [row.category.code, row.participants, row.withheld])).toEqual(
        ['LOCAL_AUTHORITY', 'NEWCOMER', 'NGO', 'VOLUNTEER'].map((code) => [code, null, because({ participants: 'NOT_PUBLISHED' })]),
      );
    });
  });

  it.each([Role.ANALYST, Role.EVALUATOR, Role.ADMIN, Role.COORDINATOR])('shows %s the counts as recorded', async (role) => {
    const result = await api.gql<SoriaData & { stakeholderMix: CategoryRow[] }>(
      `{
        attendanceMix(filter: { regions: ["soria"] }) { region { slug } ${ATTENDANCE} }
        region(slug: "soria") { roundtables { attendance { ${ATTENDANCE} newcomers { min max } } } }
        stakeholderMix(filter: { regions: ["${valley.slug}"] }) { category { code } participants { min max } withheld { field reason } }
      }`,
      undefined,
      tokens[role],
    );
    expect(result.errors).toBeUndefined();
    const recordedAs = { online: exact(18), onsite: exact(3), unknownMode: exact(0), total: exact(21), withheld: [] };
    expect(result.data?.attendanceMix).toEqual([{ region: { slug: 'soria' }, ...recordedAs }]);
    expect(result.data?.region.roundtables).toEqual([{ attendance: { ...recordedAs, newcomers: null } }]);
    expect(result.data?.stakeholderMix).toEqual(
      [
        ['LOCAL_AUTHORITY', 9],
        ['NEWCOMER', 6],
        ['NGO', 3],
        ['VOLUNTEER', 8],
      ].map(([code, n]) => ({ category: { code }, participants: exact(n as number), withheld: [] })),
    );
  });

  it('gives an analyst the participant records and the notes', async () => {
    const result = await api.gql<{ roundtables: { participations: { mode: string }[]; challenges: { note: string | null }[] }[] }>(
      '{ roundtables { participations { mode } challenges { note } } }',
      undefined,
      tokens[Role.ANALYST],
    );
    expect(result.errors).toBeUndefined();
    const roundtables = result.data?.roundtables ?? [];
    expect(roundtables.flatMap((rt) => rt.participations)).toHaveLength(26);
    expect(roundtables.flatMap((rt) => rt.challenges.map((mention) => mention.note))).toContain(
      'They feel insecure about their level of Spanish.',
    );
  });

  it("shows PUBLIC Guadalajara's 26 online and its structural 0 onsite, which give away nothing withheld", async () => {
    const result = await api.gql<{ attendanceMix: MixRow[] }>(
      `{ attendanceMix(filter: { countries: ["ES"] }) { region { slug } ${ATTENDANCE} } }`,
    );
    expect(result.errors).toBeUndefined();
    const guadalajara = { online: exact(26), onsite: exact(0), unknownMode: exact(0), total: exact(26), withheld: [] };
    expect(result.data?.attendanceMix.find((row) => row.region.slug === 'guadalajara')).toEqual({
      region: { slug: 'guadalajara' },
      ...guadalajara,
    });
  });

  it('leaves an uncounted category null and unnamed, so unknown is not read as withheld', async () => {
    const result = await api.gql<{ stakeholderMix: CategoryRow[] }>(
      '{ stakeholderMix(filter: { regions: ["soria"] }) { category { code } participants { min max } withheld { field reason } } }',
    );
    expect(result.data?.stakeholderMix).toHaveLength(5);
    for (const row of result.data?.stakeholderMix ?? []) expect(row).toMatchObject({ participants: null, withheld: [] });
  });
});

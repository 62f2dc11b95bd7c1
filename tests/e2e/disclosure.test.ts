import type { Subgraph } from '../../server/core/subgraph';
import type { ParticipantSeed } from '../../server/seed/dataset';
import { loadDataset } from '../../server/seed/load-dataset';
import { Role, tokenFor } from '../../server/test-support/auth';
import { dataSet, newRegion, newRoundtable, newSource } from '../../server/test-support/factories';
import { startTestSystem } from '../../server/test-support/test-system';

// What aggregate-only viewers (FUNDER, and PUBLIC without a token) get through the gateway:
// small counts withheld so they cannot be recomputed, no participant records, no free text.
const K = 5;
const MODES = ['online', 'onsite', 'unknownMode'] as const;

type Range = { min: number; max: number } | null;
type Attendance = Record<(typeof MODES)[number] | 'total', Range> & { suppressed: string[] };
type MixRow = Attendance & { region: { slug: string } };
type CategoryRow = { category: { code: string }; participants: Range; suppressed: string[] };

const exact = (n: number) => ({ min: n, max: n });

/**
 * Fails when a withheld member of an additive group can be pinned to one small value from
 * what the same object shows: the visible members subtracted from the visible total must
 * leave at least k, shared by at least two withheld members.
 */
function expectNoMemberDerivable(members: readonly { name: string; value: Range }[], total: Range, suppressed: readonly string[]) {
  const withheld = members.filter((member) => suppressed.includes(member.name));
  if (withheld.length === 0) return;
  for (const member of withheld) expect(member.value).toBeNull();
  if (total === null) {
    expect(members.filter((member) => member.value !== null)).toEqual([]);
    return;
  }
  const visible = members.filter((member) => !suppressed.includes(member.name) && member.value !== null);
  const leftForWithheld = total.max - visible.reduce((sum, member) => sum + (member.value?.min ?? 0), 0);
  expect(withheld.length).toBeGreaterThanOrEqual(2);
  expect(leftForWithheld).toBeGreaterThanOrEqual(K);
}

const expectAttendanceNotDerivable = (row: Attendance) =>
  expectNoMemberDerivable(
    MODES.map((name) => ({ name, value: row[name] })),
    row.total,
    row.suppressed,
  );

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

  const ATTENDANCE = 'online { min max } onsite { min max } unknownMode { min max } total { min max } suppressed';
  const SORIA = `{
    attendanceMix(filter: { regions: ["soria"] }) { region { slug } ${ATTENDANCE} }
    region(slug: "soria") { roundtables { attendance { ${ATTENDANCE} newcomers { min max } } } }
  }`;
  type SoriaData = { attendanceMix: MixRow[]; region: { roundtables: { attendance: Attendance & { newcomers: Range } }[] } };

  describe.each([Role.FUNDER, Role.PUBLIC])('as %s', (role) => {
    it("withholds Soria's 3 onsite as null, names it, and leaves no way to subtract it back", async () => {
      const result = await api.gql<SoriaData>(SORIA, undefined, tokens[role]);
      expect(result.errors).toBeUndefined();
      const withheld = { online: null, onsite: null, unknownMode: null, total: exact(21), suppressed: ['onsite', 'unknownMode', 'online'] };
      expect(result.data?.attendanceMix).toEqual([{ region: { slug: 'soria' }, ...withheld }]);
      // The roundtable and its region's row hide the same cells; if they differed, one would give away the other.
      expect(result.data?.region.roundtables).toEqual([{ attendance: { ...withheld, newcomers: null } }]);
      for (const row of [...(result.data?.attendanceMix ?? []), ...(result.data?.region.roundtables ?? []).map((rt) => rt.attendance)]) {
        expect(row.onsite).not.toEqual(exact(0));
        expectAttendanceNotDerivable(row);
      }
    });

    it('refuses participant records with FORBIDDEN, naming the roles that may see them', async () => {
      const result = await api.gql('{ roundtables { participations { mode } } }', undefined, tokens[role]);
      expect(result.data).toBeNull();
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

    it('withholds a small recorded category and its smallest neighbour, so the region total does not give it away', async () => {
      const result = await api.gql<{
        stakeholderMix: (CategoryRow & { region: { slug: string } })[];
        attendanceMix: MixRow[];
        region: { roundtables: { categories: CategoryRow[]; attendance: Attendance }[] };
      }>(
        `query($regions: [String!]) {
          stakeholderMix(filter: { regions: $regions }) { region { slug } category { code } participants { min max } suppressed }
          attendanceMix(filter: { regions: $regions }) { region { slug } ${ATTENDANCE} }
          region(slug: "${valley.slug}") { roundtables { categories { category { code } participants { min max } suppressed }
                                                       attendance { ${ATTENDANCE} } } }
        }`,
        { regions: [valley.slug] },
        tokens[role],
      );
      expect(result.errors).toBeUndefined();
      const categories = [
        { category: { code: 'LOCAL_AUTHORITY' }, participants: exact(9), suppressed: [] },
        { category: { code: 'NEWCOMER' }, participants: null, suppressed: ['participants'] },
        { category: { code: 'NGO' }, participants: null, suppressed: ['participants'] },
        { category: { code: 'VOLUNTEER' }, participants: exact(8), suppressed: [] },
      ];
      expect(result.data?.stakeholderMix).toEqual(categories.map((row) => ({ region: { slug: valley.slug }, ...row })));
      expect(result.data?.region.roundtables[0]?.categories).toEqual(categories);
      const [mix] = result.data?.attendanceMix ?? [];
      expect(mix).toEqual({
        region: { slug: valley.slug },
        online: exact(11),
        onsite: exact(15),
        unknownMode: exact(0),
        total: exact(26),
        suppressed: [],
      });
      // The total shown next to the categories leaves 9 for NGO and NEWCOMER together.
      expectNoMemberDerivable(
        categories.map((row) => ({ name: row.category.code, value: row.participants })),
        mix?.total ?? null,
        categories.filter((row) => row.suppressed.length > 0).map((row) => row.category.code),
      );
    });
  });

  it.each([Role.ANALYST, Role.EVALUATOR, Role.ADMIN, Role.COORDINATOR])('shows %s the counts as recorded', async (role) => {
    const result = await api.gql<SoriaData & { stakeholderMix: CategoryRow[] }>(
      `{
        attendanceMix(filter: { regions: ["soria"] }) { region { slug } ${ATTENDANCE} }
        region(slug: "soria") { roundtables { attendance { ${ATTENDANCE} newcomers { min max } } } }
        stakeholderMix(filter: { regions: ["${valley.slug}"] }) { category { code } participants { min max } suppressed }
      }`,
      undefined,
      tokens[role],
    );
    expect(result.errors).toBeUndefined();
    const recordedAs = { online: exact(18), onsite: exact(3), unknownMode: exact(0), total: exact(21), suppressed: [] };
    expect(result.data?.attendanceMix).toEqual([{ region: { slug: 'soria' }, ...recordedAs }]);
    expect(result.data?.region.roundtables).toEqual([{ attendance: { ...recordedAs, newcomers: null } }]);
    expect(result.data?.stakeholderMix).toEqual(
      [
        ['LOCAL_AUTHORITY', 9],
        ['NEWCOMER', 6],
        ['NGO', 3],
        ['VOLUNTEER', 8],
      ].map(([code, n]) => ({ category: { code }, participants: exact(n as number), suppressed: [] })),
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

  it("shows PUBLIC Guadalajara's 26 online and its structural 0 onsite, which give away nothing hidden", async () => {
    const result = await api.gql<{ attendanceMix: MixRow[]; roundtables: { region: { slug: string }; attendance: Attendance }[] }>(
      `{ attendanceMix(filter: { countries: ["ES"] }) { region { slug } ${ATTENDANCE} }
         roundtables(filter: { countries: ["ES"] }) { region { slug } attendance { ${ATTENDANCE} } } }`,
    );
    expect(result.errors).toBeUndefined();
    const rows = result.data?.attendanceMix ?? [];
    const guadalajara = { online: exact(26), onsite: exact(0), unknownMode: exact(0), total: exact(26), suppressed: [] };
    expect(rows.find((row) => row.region.slug === 'guadalajara')).toEqual({ region: { slug: 'guadalajara' }, ...guadalajara });
    expect(result.data?.roundtables.find((rt) => rt.region.slug === 'guadalajara')?.attendance).toEqual(guadalajara);
    // No sum over regions is shown, so Guadalajara's visible figures add up with nothing hidden;
    // within every row and roundtable, what is withheld stays underivable.
    expect(rows.find((row) => row.region.slug === 'soria')?.suppressed).toEqual(['onsite', 'unknownMode', 'online']);
    for (const row of [...rows, ...(result.data?.roundtables ?? []).map((rt) => rt.attendance)]) expectAttendanceNotDerivable(row);
    for (const region of ['guadalajara', 'soria']) {
      const row = rows.find((mix) => mix.region.slug === region);
      const roundtable = result.data?.roundtables.find((rt) => rt.region.slug === region)?.attendance;
      expect(roundtable?.suppressed).toEqual(row?.suppressed);
    }
  });

  it('leaves an uncounted category null and unnamed, so unknown is not read as withheld', async () => {
    const result = await api.gql<{ stakeholderMix: CategoryRow[] }>(
      '{ stakeholderMix(filter: { regions: ["soria"] }) { category { code } participants { min max } suppressed } }',
    );
    expect(result.data?.stakeholderMix).toHaveLength(5);
    for (const row of result.data?.stakeholderMix ?? []) expect(row).toMatchObject({ participants: null, suppressed: [] });
  });
});

import type { EntityManager } from 'typeorm';
import type { Subgraph } from '../../../core/subgraph';
import { generateIllustrativeDataset } from '../../../seed/illustrative/generate-illustrative';
import { loadDataset } from '../../../seed/load-dataset';
import { PUBLISHED_DATASET } from '../../../seed/published-dataset';
import { authHeaders, Role } from '../../../test-support/auth';
import { executeOn } from '../../../test-support/execute';
import { regionRollupDrift } from '../../../test-support/region-rollup-drift';
import { reopenRoundtables } from '../../../test-support/reopen';
import { startTestSubgraphs } from '../../../test-support/test-database';
import { waitUntil } from '../../../test-support/wait-until';
import { analyticsStatement, coverageStatement } from '../analytics/analytics-sql';
import type { EngagementSubgraph } from '../engagement.subgraph';
import { RegionRollup1764200000000 } from '../migrations/1764200000000-region-rollup';
import { Publication1765000000000 } from '../migrations/1765000000000-publication';
import { Review1767000000000 } from '../migrations/1767000000000-review';
import { refreshRollups } from '../rollup/refresh-rollups';

const HEADER =
  'region,number,date,format,duration_minutes,participants,participants_max,online,onsite,organisations,categories,challenges,source_url';

// The per-region rollups the analytics read without dates: after every kind of write they
// hold exactly what grouping the per-roundtable rows would give, and answer as those rows do.
describe('per-region rollups', () => {
  let subgraphs: Awaited<ReturnType<typeof startTestSubgraphs>>;
  let engagement: EngagementSubgraph;
  let admin: Record<string, string>;
  const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> =>
    engagement.database.dataSource.query(text, params);
  const drift = () => regionRollupDrift(engagement.database.dataSource);
  const idOf = async (region: string, number: number) =>
    (await sql<{ id: string }>('SELECT id FROM engagement.roundtable WHERE region_slug = $1 AND number = $2', [region, number]))[0]
      ?.id as string;
  const mentionsOf = async (challenge: string, region: string, format: string) =>
    (
      await sql<{ mentions: number }>(
        `SELECT mentions FROM engagement.region_challenge_rollup
         WHERE challenge_code = $1 AND region_slug = $2 AND format = $3 AND NOT illustrative`,
        [challenge, region, format],
      )
    )[0]?.mentions ?? 0;
  const mutate = async <T>(query: string, variables: Record<string, unknown>): Promise<T> => {
    const result = await executeOn<T>(engagement, query, variables, admin);
    expect(result.errors).toBeUndefined();
    return result.data as T;
  };

  beforeAll(async () => {
    subgraphs = await startTestSubgraphs();
    engagement = subgraphs.engagement;
    admin = await authHeaders(Role.ADMIN);
    await loadDataset(subgraphs.geography as Subgraph, engagement, PUBLISHED_DATASET);
    // Generated roundtables in every format, illustrative, half with participant records.
    await loadDataset(
      subgraphs.geography as Subgraph,
      engagement,
      generateIllustrativeDataset({ seed: 3, regions: 12, roundtablesPerRegion: 6, participantsPerRegion: 15, attendanceRate: 0.5 }),
    );
    // Guadalajara's first roundtable is published, so approved: reopened, the tests can change it.
    await reopenRoundtables(engagement, [{ region: 'guadalajara', number: 1 }]);
  });
  afterAll(() => subgraphs.close());

  it('hold the sums of the per-roundtable rows after a seed, and a wrong row shows as drift', async () => {
    const [counts] = await sql<Record<string, number>>(
      `SELECT (SELECT count(*)::int FROM engagement.region_attendance_rollup) AS attendance,
              (SELECT count(*)::int FROM engagement.region_category_rollup) AS categories,
              (SELECT count(*)::int FROM engagement.region_challenge_rollup) AS challenges,
              (SELECT count(DISTINCT illustrative)::int FROM engagement.region_attendance_rollup) AS kinds`,
    );
    expect(counts).toEqual({ attendance: expect.any(Number), categories: expect.any(Number), challenges: expect.any(Number), kinds: 2 });
    expect(Math.min(...Object.values(counts ?? {}))).toBeGreaterThan(1);
    expect(await drift()).toEqual([]);
    await engagement.database.dataSource
      .transaction(async (manager) => {
        await manager.query(`UPDATE engagement.region_attendance_rollup SET roundtables = roundtables + 1
           WHERE ctid = (SELECT ctid FROM engagement.region_attendance_rollup LIMIT 1)`);
        expect(await regionRollupDrift(manager)).toEqual([
          expect.objectContaining({ rollup: 'attendance', problem: 'missing' }),
          expect.objectContaining({ rollup: 'attendance', problem: 'stale' }),
        ]);
        throw new Error('roll back');
      })
      .catch((error: Error) => expect(error.message).toBe('roll back'));
  });

  const CREATE = 'mutation($input: RoundtableInput!) { createRoundtable(input: $input) { id version } }';
  const UPDATE = `mutation($id: ID!, $version: Int!, $input: RoundtableInput!) {
    updateRoundtable(id: $id, expectedVersion: $version, input: $input) { id version } }`;
  const DELETE = 'mutation($id: ID!, $version: Int!) { deleteRoundtable(id: $id, expectedVersion: $version) }';
  const teruel20 = {
    region: 'teruel',
    number: 20,
    date: '2022-05-12',
    format: 'HYBRID',
    attendance: { participants: 15, participantsMax: 20, online: 6, onsite: 7 },
    categories: [{ code: 'NGO', participants: 3 }, { code: 'NEWCOMER' }],
    challenges: [{ code: 'TRANSPORT' }, { code: 'LANGUAGE' }, { code: 'TRANSPORT', note: 'again' }],
    sources: [{ title: 'Minutes of Teruel 20', url: 'https://example.org/teruel-20' }],
  };

  it('follow a roundtable created, moved to another region, format and date, deleted and restored', async () => {
    const [teruelBefore, soriaBefore] = [
      await mentionsOf('TRANSPORT', 'teruel', 'HYBRID'),
      await mentionsOf('TRANSPORT', 'soria', 'ONSITE'),
    ];
    const { createRoundtable: created } = await mutate<{ createRoundtable: { id: string; version: number } }>(CREATE, {
      input: teruel20,
    });
    expect(await drift()).toEqual([]);
    expect(await mentionsOf('TRANSPORT', 'teruel', 'HYBRID')).toBe(teruelBefore + 2);
    const moved = { ...teruel20, region: 'soria', number: 20, format: 'ONSITE', date: '2023-01-09', attendance: { participants: 9 } };
    const { updateRoundtable: updated } = await mutate<{ updateRoundtable: { version: number } }>(UPDATE, {
      id: created.id,
      version: created.version,
      input: moved,
    });
    expect(await drift()).toEqual([]);
    expect([await mentionsOf('TRANSPORT', 'teruel', 'HYBRID'), await mentionsOf('TRANSPORT', 'soria', 'ONSITE')]).toEqual([
      teruelBefore,
      soriaBefore + 2,
    ]);
    await mutate(DELETE, { id: created.id, version: updated.version });
    expect(await drift()).toEqual([]);
    const [deletion] = await sql<{ id: string }>("SELECT id FROM engagement.audit_entry WHERE entity_id = $1 AND action = 'DELETE'", [
      created.id,
    ]);
    await mutate('mutation($entry: ID!) { restoreRoundtable(auditEntryId: $entry) { id } }', { entry: deletion?.id });
    expect(await drift()).toEqual([]);
  });

  it('follow a roundtable that turns illustrative and changes format outside the mutations', async () => {
    const id = await idOf('soria', 3);
    await engagement.database.dataSource.transaction(async (manager: EntityManager) => {
      await manager.query('UPDATE engagement.roundtable SET illustrative = true, format = NULL WHERE id = $1', [id]);
      await refreshRollups(manager, [id]);
    });
    expect(await drift()).toEqual([]);
    const [row] = await sql(
      "SELECT mentions FROM engagement.region_challenge_rollup WHERE region_slug = 'soria' AND format IS NULL AND illustrative",
    );
    expect(row).toBeDefined();
  });

  it('follow participations added, changed and removed, and a participant deleted', async () => {
    const PARTICIPANT = 'id version';
    // A roundtable of this test's own to move the participation to: none other is sure to exist when it runs.
    await mutate(CREATE, { input: { ...teruel20, region: 'soria', number: 30, format: 'ONSITE', attendance: { participants: 9 } } });
    const [first, second] = [await idOf('guadalajara', 1), await idOf('soria', 30)];
    const { createParticipant: created } = await mutate<{ createParticipant: { id: string; version: number } }>(
      `mutation($input: ParticipantInput!) { createParticipant(input: $input) { ${PARTICIPANT} } }`,
      {
        input: {
          region: 'guadalajara',
          category: 'NEWCOMER',
          newcomer: true,
          participations: [{ roundtableId: first, mode: 'ONLINE' }],
        },
      },
    );
    expect(await drift()).toEqual([]);
    const { updateParticipant: moved } = await mutate<{ updateParticipant: { id: string; version: number } }>(
      `mutation($id: ID!, $version: Int!, $input: ParticipantInput!) {
        updateParticipant(id: $id, expectedVersion: $version, input: $input) { ${PARTICIPANT} } }`,
      {
        id: created.id,
        version: created.version,
        input: { region: 'soria', category: 'NGO', newcomer: false, participations: [{ roundtableId: second, mode: 'ONSITE' }] },
      },
    );
    expect(await drift()).toEqual([]);
    const { removeParticipation: removed } = await mutate<{ removeParticipation: { version: number } }>(
      `mutation($id: ID!, $version: Int!, $roundtable: ID!) {
        removeParticipation(participantId: $id, expectedVersion: $version, roundtableId: $roundtable) { ${PARTICIPANT} } }`,
      { id: moved.id, version: moved.version, roundtable: second },
    );
    expect(await drift()).toEqual([]);
    const { setParticipation: again } = await mutate<{ setParticipation: { version: number } }>(
      `mutation($id: ID!, $version: Int!, $roundtable: ID!, $mode: ParticipationMode!) {
        setParticipation(participantId: $id, expectedVersion: $version, roundtableId: $roundtable, mode: $mode) { ${PARTICIPANT} } }`,
      { id: moved.id, version: removed.version, roundtable: second, mode: 'ONSITE' },
    );
    expect(await drift()).toEqual([]);
    await mutate('mutation($id: ID!, $version: Int!) { deleteParticipant(id: $id, expectedVersion: $version) }', {
      id: moved.id,
      version: again.version,
    });
    expect(await drift()).toEqual([]);
  });

  it('follow a CSV import that creates some roundtables and changes others', async () => {
    const csv = [
      HEADER,
      'teruel,21,2023-02-01,onsite,,12,,,,,NGO;VOLUNTEER,LANGUAGE;HOUSING,https://example.org/teruel-21',
      'karditsa,21,2023-02-02,online,,,,,,,,FUNDING,https://example.org/karditsa-21',
      'guadalajara,1,2021-03-24,hybrid,120,30,,,,,NGO;NEWCOMER,TRANSPORT,https://example.org/guadalajara-1',
      '',
    ].join('\n');
    const { importRoundtables } = await mutate<{ importRoundtables: { written: boolean; created: number; updated: number } }>(
      'mutation($csv: String!) { importRoundtables(csv: $csv, dryRun: false) { written created updated errors { message } } }',
      { csv },
    );
    expect(importRoundtables).toEqual({ written: true, created: 2, updated: 1, errors: [] });
    expect(await drift()).toEqual([]);
  });

  it("add a CSV import's new roundtables to the sums of the regions it only adds to: unknown, known and ranged figures alike", async () => {
    const importing = async (...rows: string[]) => {
      const statements: string[] = [];
      const stop = engagement.database.sqlLog.watch((statement) => statements.push(statement));
      try {
        const { importRoundtables } = await mutate<{ importRoundtables: { written: boolean; updated: number } }>(
          'mutation($csv: String!) { importRoundtables(csv: $csv, dryRun: false) { written updated } }',
          { csv: [HEADER, ...rows, ''].join('\n') },
        );
        expect(importRoundtables).toEqual({ written: true, updated: 0 });
      } finally {
        stop();
      }
      expect(await drift()).toEqual([]);
      return statements.filter((statement) => /INSERT INTO engagement\.region_\w+_rollup AS r/.test(statement)).length;
    };
    // Unknown attendance only: each region's new row of sums is unknown, not 0.
    expect(
      await importing(
        'teruel,31,2023-02-10,onsite,,,,,,,NGO,LANGUAGE,https://example.org/teruel-31',
        'karditsa,31,2023-02-11,onsite,,,,,,,,,https://example.org/karditsa-31',
      ),
    ).toBe(3);
    // Then known and ranged figures beside them, a category counted and one not, a challenge again.
    expect(
      await importing(
        'teruel,32,2023-02-12,onsite,90,12,,,,4,NGO;VOLUNTEER,LANGUAGE;HOUSING,https://example.org/teruel-32',
        'karditsa,32,2023-02-13,onsite,,10,14,,,,NEWCOMER,FUNDING,https://example.org/karditsa-32',
        'karditsa,33,2021-01-02,onsite,,,,,,,,,https://example.org/karditsa-33',
      ),
    ).toBe(3);
  });

  const ANALYTICS = `query($filter: AnalyticsFilter) {
    attendanceMix(filter: $filter) { region { slug } roundtables roundtablesUnknownAttendance
      online { min max } onsite { min max } unknownMode { min max } total { min max } }
    stakeholderMix(filter: $filter) { region { slug } category { code } roundtables roundtablesUncounted participants { min max } }
    challengeFrequency(filter: $filter) { region { slug } challenge { code } mentions roundtables }
    coverage(filter: $filter) { roundtables illustrativeRoundtables regionsWithRoundtables firstDate lastDate } }`;

  it.each([
    ['no filter', {}],
    ['regions', { regions: ['soria', 'teruel', 'karditsa'] }],
    ['countries', { countries: ['FR', 'ES'] }],
    ['formats', { formats: ['HYBRID', 'ONLINE'] }],
    ['recorded facts only', { illustrative: false }],
    ['illustrative data only', { illustrative: true }],
    ['every condition but dates', { regions: ['soria', 'guadalajara'], formats: ['ONSITE', 'HYBRID'], illustrative: false }],
  ])('answer as the per-roundtable rollups do, filtered by %s', async (_, filter) => {
    const byRegion = await executeOn<{ coverage: { roundtables: number } }>(engagement, ANALYTICS, { filter }, admin);
    const byRoundtable = await executeOn(engagement, ANALYTICS, { filter: { ...filter, from: '1900-01-01', to: '2999-12-31' } }, admin);
    expect(byRegion.errors).toBeUndefined();
    expect(byRegion.data).toEqual(byRoundtable.data);
    expect(byRegion.data?.coverage.roundtables).toBeGreaterThan(0);
  });

  it('read the per-region rollups when no date is asked or the dates hold every roundtable in scope, else the per-roundtable rows', async () => {
    /** The rollups a statement read, as PostgreSQL ran it: the scans of the branch not taken are never executed. */
    const read = async (statement: { text: string; values: unknown[] }) => {
      const plan = await sql<{ 'QUERY PLAN': string }>(
        `EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) ${statement.text}`,
        statement.values,
      );
      const tables = plan.flatMap(({ 'QUERY PLAN': line }) => {
        const scan = line.match(/(?:Seq Scan|Bitmap Heap Scan|Index Scan using \w+|Index Only Scan using \w+) on (\w+) (\w+)/);
        // Alias w (w_1 where it is asked twice) is the test of the dates, on the per-region attendance rollup.
        return scan && !/^w(_\d+)?$/.test(scan[2] as string) && !line.includes('never executed') ? [scan[1] as string] : [];
      });
      return [...new Set(tables)].sort();
    };
    const { first, last } = (
      await sql<{ first: string; last: string }>(
        `SELECT to_char(min(date), 'YYYY-MM-DD') AS first, to_char(max(date), 'YYYY-MM-DD') AS last
         FROM engagement.roundtable WHERE region_slug = 'guadalajara'`,
      )
    )[0] as { first: string; last: string };
    const guadalajara = ['guadalajara'];
    expect(await read(analyticsStatement('stakeholderMix', {}))).toEqual(['region_category_rollup']);
    expect(await read(coverageStatement({ illustrative: false, formats: [] }))).toEqual(['region_attendance_rollup']);
    const holding = { regionSlugs: guadalajara, from: first, to: last };
    expect(await read(analyticsStatement('stakeholderMix', holding))).toEqual(['region_category_rollup']);
    expect(await read(coverageStatement(holding))).toEqual(['region_attendance_rollup']);
    const cutting = { regionSlugs: guadalajara, from: first, to: first };
    expect(first).not.toBe(last);
    expect(await read(analyticsStatement('challengeFrequency', cutting))).toEqual(['challenge_mention', 'roundtable']);
    expect(await read(coverageStatement({ regionSlugs: guadalajara, to: first }))).toEqual(['roundtable_attendance_rollup']);
  });

  it('answer dates that hold every roundtable as without dates, and dates that cut as the per-roundtable rows', async () => {
    const ALL = `query($filter: AnalyticsFilter) {
      coverage(filter: $filter) { roundtables illustrativeRoundtables regionsWithRoundtables firstDate lastDate }
      attendanceTotal(filter: $filter) { roundtables roundtablesUnknownAttendance total { min max } online { min max } }
      categoryReach(filter: $filter) { category { code } roundtables regions }
      challengeTotals(filter: $filter) { challenge { code } mentions roundtables regions }
      attendanceMix(filter: $filter) { region { slug } roundtables total { min max } }
      stakeholderMix(filter: $filter) { region { slug } category { code } roundtables roundtablesUncounted participants { min max } }
      challengeFrequency(filter: $filter) { region { slug } challenge { code } mentions roundtables } }`;
    const ask = async (filter: Record<string, unknown>) => {
      const result = await executeOn(engagement, ALL, { filter }, admin);
      expect(result.errors).toBeUndefined();
      return result.data;
    };
    const { first, last } = (
      await sql<{ first: string; last: string }>(
        `SELECT to_char(min(date), 'YYYY-MM-DD') AS first, to_char(max(date), 'YYYY-MM-DD') AS last FROM engagement.roundtable`,
      )
    )[0] as { first: string; last: string };
    expect(await ask({ from: first, to: last })).toEqual(await ask({}));
    // A day past the first cuts the roundtables of the first day out: the answer is the per-roundtable one.
    const next = new Date(Date.parse(`${first}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const cut = await ask({ from: next, to: last });
    const { left } = (
      await sql<{ left: number }>('SELECT count(*)::int AS left FROM engagement.roundtable WHERE date >= $1', [next])
    )[0] as {
      left: number;
    };
    expect((cut as { coverage: { roundtables: number } }).coverage.roundtables).toBe(left);
    expect(left).toBeLessThan((await sql<{ n: number }>('SELECT count(*)::int AS n FROM engagement.roundtable'))[0]?.n as number);
  });

  it('lose no update when two transactions write roundtables of one region at once', async () => {
    const addRoundtable = async (manager: EntityManager, number: number) => {
      const [row] = await manager.query(
        `INSERT INTO engagement.roundtable (region_slug, number, date, format) VALUES ('isere', $1, '2023-03-01', 'ONLINE') RETURNING id`,
        [number],
      );
      await manager.query('INSERT INTO engagement.published_attendance (roundtable_id, total_min, total_max) VALUES ($1, 10, 10)', [
        row.id,
      ]);
      await manager.query("INSERT INTO engagement.challenge_mention (roundtable_id, challenge_code, position) VALUES ($1, 'LANGUAGE', 1)", [
        row.id,
      ]);
      await refreshRollups(manager, [row.id]);
    };
    const totalOf = async () =>
      (
        await sql<{ roundtables: number; mentions: number }>(
          `SELECT (SELECT sum(roundtables)::int FROM engagement.region_attendance_rollup WHERE region_slug = 'isere') AS roundtables,
                (SELECT sum(mentions)::int FROM engagement.region_challenge_rollup WHERE region_slug = 'isere') AS mentions`,
        )
      )[0];
    const before = await totalOf();
    const [first, second] = [engagement.database.dataSource.createQueryRunner(), engagement.database.dataSource.createQueryRunner()];
    try {
      await first.startTransaction();
      await second.startTransaction();
      await addRoundtable(first.manager, 90);
      const [{ pid }] = await second.query('SELECT pg_backend_pid() AS pid');
      let secondDone = false;
      const secondWrite = addRoundtable(second.manager, 91).then(() => {
        secondDone = true;
      });
      // The second waits for the first's lock on the region rather than summing without its rows.
      await waitUntil(
        async () => (await sql('SELECT 1 FROM pg_stat_activity WHERE pid = $1 AND wait_event_type = $2', [pid, 'Lock'])).length > 0,
        { what: 'the second transaction to wait for a lock' },
      );
      expect(secondDone).toBe(false);
      await first.commitTransaction();
      await secondWrite;
      await second.commitTransaction();
    } finally {
      await first.release();
      await second.release();
    }
    expect(await totalOf()).toEqual({ roundtables: (before?.roundtables ?? 0) + 2, mentions: (before?.mentions ?? 0) + 2 });
    expect(await drift()).toEqual([]);
  });

  it("are dropped by their migration's down, and filled from the rows already there by its up", async () => {
    // The publication's version triggers take the region locks this migration defines, and the
    // review's rollup functions replace its own: their downs go first and their ups last, as a
    // revert of all three would run them.
    const migration = new RegionRollup1764200000000();
    const later = new Publication1765000000000();
    const review = new Review1767000000000();
    const regionTables = () =>
      sql("SELECT table_name FROM information_schema.tables WHERE table_schema = 'engagement' AND table_name LIKE 'region\\_%rollup'");
    const runner = engagement.database.dataSource.createQueryRunner();
    try {
      await runner.startTransaction();
      await review.down(runner);
      await later.down(runner);
      await migration.down(runner);
      await runner.commitTransaction();
      expect(await regionTables()).toEqual([]);
      // Rows written without the triggers (here as they stood before review began) are summed
      // by the next up.
      const [written] = await sql<{ id: string }>(
        "INSERT INTO engagement.roundtable (region_slug, number, date, format) VALUES ('teruel', 22, '2022-05-12', 'HYBRID') RETURNING id",
      );
      await sql(
        "INSERT INTO engagement.challenge_mention (roundtable_id, challenge_code, position) VALUES ($1, 'TRANSPORT', 0), ($1, 'LANGUAGE', 1)",
        [written?.id],
      );
      await runner.startTransaction();
      await migration.up(runner);
      await later.up(runner);
      await review.up(runner);
      await runner.commitTransaction();
    } finally {
      await runner.release();
    }
    expect(await regionTables()).toHaveLength(3);
    expect(await drift()).toEqual([]);
    const [teruel] = await sql<{ n: number }>(
      "SELECT count(*)::int AS n FROM engagement.region_challenge_rollup WHERE region_slug = 'teruel' AND format = 'HYBRID'",
    );
    expect(teruel?.n).toBeGreaterThan(0);
  });
});

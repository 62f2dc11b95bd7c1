import { DEFAULT_OUTLIER_Z_THRESHOLD, OUTLIER_MIN_BASELINE } from '../../../contract/outlier-rule';
import type { Subgraph } from '../../../core/subgraph';
import type { RoundtableSeed } from '../../../seed/dataset';
import { loadDataset } from '../../../seed/load-dataset';
import { authHeaders, Role } from '../../../test-support/auth';
import { executeOn } from '../../../test-support/execute';
import { startTestSubgraphs } from '../../../test-support/test-database';
import type { EngagementSubgraph } from '../engagement.subgraph';
import { type Expected, plantedDataSet, referenceFlags } from '../outlier/__tests__/planted-outliers';
import { PROJECT_USUAL } from '../outlier/outlier-sql';

// Figures far from their usual, on a generated data set with outliers planted in it: the API
// flags exactly the planted ones, with the scores a plain reference computes; reviewers mark
// them, every mark audited, a changed value clears its mark; and only the roles that see every
// record see them, a coordinator its own regions.
describe('outliers', () => {
  let subgraphs: Awaited<ReturnType<typeof startTestSubgraphs>>;
  let engagement: EngagementSubgraph;
  const { data, planted, regions, roundtables } = plantedDataSet();
  const ids = new Map<string, { id: string; version: number }>();
  const idOf = (region: string, number: number) => ids.get(`${region} #${number}`) as { id: string; version: number };

  beforeAll(async () => {
    subgraphs = await startTestSubgraphs();
    engagement = subgraphs.engagement;
    await loadDataset(subgraphs.geography as Subgraph, engagement, data);
    const rows: { id: string; region_slug: string; number: number; version: number }[] = await engagement.database.dataSource.query(
      'SELECT id, region_slug, number, version FROM engagement.roundtable',
    );
    for (const row of rows) ids.set(`${row.region_slug} #${row.number}`, row);
  });
  afterAll(() => subgraphs.close());

  const run = async <Data = Record<string, unknown>>(query: string, variables: Record<string, unknown>, headers: Record<string, string>) =>
    executeOn<Data>(engagement, query, variables, headers);
  const codeOf = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => result.errors?.[0]?.extensions?.code;

  interface Row {
    roundtableId: string;
    regionSlug: string;
    number: number;
    date: string;
    measure: string;
    value: { min: number; max: number };
    regionMedian: number | null;
    regionScore: number | null;
    projectMedian: number | null;
    projectScore: number | null;
    status: string;
    comment: string | null;
    markedBy: string | null;
    markedAt: string | null;
  }
  const ROW =
    'roundtableId regionSlug number date measure value { min max } regionMedian regionScore projectMedian projectScore status comment markedBy markedAt';
  const OUTLIERS = `query($filter: AnalyticsFilter, $measure: OutlierMeasure, $status: OutlierStatus, $page: PageInput, $orderBy: OutlierOrder) {
    outliers(filter: $filter, measure: $measure, status: $status, page: $page, orderBy: $orderBy) { totalCount rows { ${ROW} } } }`;
  const MARK = `mutation($id: ID!, $measure: OutlierMeasure!, $status: OutlierMark!, $comment: String!, $seen: SeenValueInput!) {
    markOutlier(roundtableId: $id, measure: $measure, status: $status, comment: $comment, seen: $seen) { ${ROW} } }`;

  const outliers = async (variables: Record<string, unknown>, headers: Record<string, string>) => {
    const result = await run<{ outliers: { totalCount: number; rows: Row[] } }>(OUTLIERS, { page: { limit: 500 }, ...variables }, headers);
    expect(result.errors).toBeUndefined();
    return result.data?.outliers as { totalCount: number; rows: Row[] };
  };
  const key = (flag: { region?: string; regionSlug?: string; number: number; measure: string }) =>
    `${flag.region ?? flag.regionSlug} #${flag.number} ${flag.measure}`;
  const seedOf = (region: string, number: number) =>
    roundtables.find((rt) => rt.region === region && rt.number === number) as RoundtableSeed;
  const mark = async (
    headers: Record<string, string>,
    flag: { roundtableId: string; measure: string; value: { min: number; max: number } },
    status: string,
    comment: string,
  ) => run<{ markOutlier: Row }>(MARK, { id: flag.roundtableId, measure: flag.measure, status, comment, seen: flag.value }, headers);
  const trail = (id: string) =>
    engagement.database.dataSource.query(
      `SELECT action, actor_role AS role, after ->> 'measure' AS measure, after ->> 'outlierStatus' AS status, after ->> 'comment' AS comment,
              after -> 'value' AS value, before IS NOT NULL AS "hadMark"
       FROM engagement.audit_entry WHERE entity_id = $1 AND action IN ('CHECK_VALUE', 'FLAG_FOLLOW_UP') ORDER BY id`,
      [id],
    );

  const analyst = () => authHeaders(Role.ANALYST);
  const evaluator = () => authHeaders(Role.EVALUATOR);
  const admin = () => authHeaders(Role.ADMIN);

  let expected: Expected[];
  let flagged: Row[];

  /** Each row is a flag of the reference, with its value, medians and scores. */
  const scoredAsReference = (rows: Row[], reference: Expected[]) => {
    const scored = (value: number | null, want: number | null) =>
      want === null ? expect(value).toBeNull() : expect(value).toBeCloseTo(want, 9);
    for (const row of rows) {
      const flag = reference.find((candidate) => key(candidate) === key(row)) as Expected;
      expect({ key: key(row), value: row.value }).toEqual({ key: key(row), value: flag?.value });
      scored(row.regionMedian, flag.regionMedian);
      scored(row.regionScore, flag.regionScore);
      scored(row.projectMedian, flag.projectMedian);
      scored(row.projectScore, flag.projectScore);
    }
  };

  it('flags exactly the planted values, with the scores of a plain reference', async () => {
    expected = referenceFlags(roundtables, DEFAULT_OUTLIER_Z_THRESHOLD, OUTLIER_MIN_BASELINE);
    // The reference itself finds what was planted and nothing else, so the data is what it claims.
    expect(expected.map(key).sort()).toEqual(planted.map(key).sort());

    const page = await outliers({}, await analyst());
    flagged = page.rows;
    expect(page.totalCount).toBe(planted.length);
    expect(flagged.map(key).sort()).toEqual(planted.map(key).sort());
    scoredAsReference(flagged, expected);
    for (const row of flagged) {
      expect(row).toMatchObject({
        roundtableId: idOf(row.regionSlug, row.number).id,
        date: seedOf(row.regionSlug, row.number).date,
        status: 'UNREVIEWED',
        comment: null,
        markedBy: null,
        markedAt: null,
      });
    }
  });

  it('sorts by the larger score, farthest first, unless asked otherwise, and pages with the total in every answer', async () => {
    const larger = (row: Row) => Math.max(Math.abs(row.regionScore ?? 0), Math.abs(row.projectScore ?? 0));
    const scores = flagged.map(larger);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));

    const byRegion = await outliers({ orderBy: { field: 'REGION', direction: 'ASC' } }, await analyst());
    const slugs = byRegion.rows.map((row) => row.regionSlug);
    expect(slugs).toEqual([...slugs].sort());

    const second = await outliers({ page: { offset: 2, limit: 3 } }, await analyst());
    expect(second).toEqual({ totalCount: planted.length, rows: flagged.slice(2, 5) });
    const past = await outliers({ page: { offset: 100, limit: 3 } }, await analyst());
    expect(past).toEqual({ totalCount: planted.length, rows: [] });
  });

  it('scores a range by its bound nearest the median, and never flags one that allows ordinary values', async () => {
    const range = flagged.find((row) => row.regionSlug === regions[3] && row.number === 2) as Row;
    expect(range).toMatchObject({ measure: 'PARTICIPANTS', value: { min: 150, max: 180 } });
    // Its unpublished split allows online and onsite anything from 0 to 180: not flagged.
    expect(flagged.filter((row) => row.regionSlug === regions[3] && row.number === 2)).toHaveLength(1);
    expect(flagged.filter((row) => row.regionSlug === regions[4] && row.number === 4)).toEqual([]);
    const below = flagged.find((row) => row.regionSlug === regions[5] && row.number === 6) as Row;
    expect(below).toMatchObject({ measure: 'DURATION_MINUTES', value: { min: 10, max: 10 } });
    expect(below.regionScore).toBeLessThan(0);
    expect(below.projectScore).toBeLessThan(-DEFAULT_OUTLIER_Z_THRESHOLD);
  });

  it('never flags an unknown value nor counts one in a usual', async () => {
    expect(flagged.filter((row) => row.regionSlug === regions[6] && row.number === 8)).toEqual([]);
    // Six unknown durations leave four exact ones: too few for the region's own usual.
    const fewKnown = flagged.find((row) => row.regionSlug === regions[10]) as Row;
    expect(fewKnown).toMatchObject({ number: 10, measure: 'DURATION_MINUTES', regionMedian: null, regionScore: null });
    expect(fewKnown.projectScore).toBeGreaterThan(DEFAULT_OUTLIER_Z_THRESHOLD);
  });

  it('uses the mean absolute deviation when the MAD is 0, and flags nothing against a usual with no spread', async () => {
    // Nine durations of 120 and one of 150: MAD 0, mean absolute deviation 3.
    const lone = flagged.find((row) => row.regionSlug === regions[11]) as Row;
    expect(lone).toMatchObject({ number: 10, measure: 'DURATION_MINUTES', regionMedian: 120 });
    expect(lone.regionScore).toBeCloseTo(30 / (1.253314 * 3), 9);
    expect(Math.abs(lone.projectScore as number)).toBeLessThan(DEFAULT_OUTLIER_Z_THRESHOLD);
    // Every organisation count of that region is 10: no spread, so no region score.
    const flags = await run<{ roundtables: { number: number; outlierFlags: { measure: string }[] }[] }>(
      'query($r: [String!]) { roundtables(filter: { regions: $r }) { number outlierFlags { measure } } }',
      { r: [regions[11]] },
      await analyst(),
    );
    expect(flags.data?.roundtables.flatMap((rt) => rt.outlierFlags.map((flag) => `${rt.number} ${flag.measure}`))).toEqual([
      '10 DURATION_MINUTES',
    ]);
  });

  it('lists what the filter selects, against the same usual', async () => {
    const measure = await outliers({ measure: 'DURATION_MINUTES' }, await analyst());
    expect(measure.rows.map(key).sort()).toEqual(
      flagged
        .filter((row) => row.measure === 'DURATION_MINUTES')
        .map(key)
        .sort(),
    );

    const in2021 = await outliers({ filter: { from: '2021-01-01', to: '2021-12-31' } }, await analyst());
    expect(in2021.rows.map(key).sort()).toEqual(
      flagged
        .filter((row) => row.date <= '2021-12-31')
        .map(key)
        .sort(),
    );
    for (const row of in2021.rows) expect(row).toEqual(flagged.find((each) => key(each) === key(row)));

    // Two planted records wait for review.
    const approved = await outliers({ filter: { approvedOnly: true } }, await analyst());
    expect(approved.rows.map(key).sort()).toEqual(
      flagged
        .filter((row) => !(row.regionSlug === regions[0] && row.number === 3) && !(row.regionSlug === regions[2] && row.number === 7))
        .map(key)
        .sort(),
    );

    const oneRegion = await outliers({ filter: { regions: [regions[1]] } }, await analyst());
    expect(oneRegion.rows.map(key).sort()).toEqual([`${regions[1]} #5 ONLINE`, `${regions[1]} #5 PARTICIPANTS`]);
  });

  /** What a request costs engagement in SQL statements, and how many of them read the project's usual. */
  const statements = async <T>(ask: () => Promise<T>): Promise<{ answer: T; count: number; projectUsualReads: number }> => {
    const sql: string[] = [];
    const stop = engagement.database.sqlLog.watch((statement) => sql.push(statement));
    try {
      const answer = await ask();
      return { answer, count: sql.length, projectUsualReads: sql.filter((statement) => statement === PROJECT_USUAL).length };
    } finally {
      stop();
    }
  };

  it("answers a page in one statement, after the data version, the project's usual kept while the data stay", async () => {
    const headers = await analyst();
    expect(await statements(() => outliers({ filter: { from: '2021-01-01' } }, headers))).toMatchObject({ count: 2, projectUsualReads: 0 });
  });

  it('shows each roundtable its flags, in one statement for a whole list', async () => {
    const headers = await analyst();
    const { answer: result, count } = await statements(() =>
      run<{ roundtables: { id: string; outlierFlags: { measure: string; regionScore: number | null; status: string }[] }[] }>(
        '{ roundtables { id outlierFlags { measure regionScore status } } }',
        {},
        headers,
      ),
    );
    // The list, the data version, then every roundtable's flags at once.
    expect(count).toBe(3);
    expect(result.errors).toBeUndefined();
    const fromField = (result.data?.roundtables ?? []).flatMap((rt) => rt.outlierFlags.map((flag) => `${rt.id} ${flag.measure}`));
    expect(fromField.sort()).toEqual(flagged.map((row) => `${row.roundtableId} ${row.measure}`).sort());
  });

  it('is not for FUNDER and PUBLIC, who are told so, and whose roundtables show no flag', async () => {
    for (const headers of [await authHeaders(Role.FUNDER), {}]) {
      const refused = await run(OUTLIERS, {}, headers);
      expect(codeOf(refused)).toBe('FORBIDDEN');
      expect(refused.errors?.[0]?.message).toMatch(/^FUNDER and PUBLIC see approved records only/);
      const listed = await run<{ roundtables: { outlierFlags: unknown[] }[] }>('{ roundtables { outlierFlags { measure } } }', {}, headers);
      expect(listed.errors).toBeUndefined();
      expect(listed.data?.roundtables.flatMap((rt) => rt.outlierFlags)).toEqual([]);
    }
  });

  it('shows a coordinator its own regions only', async () => {
    const coordinator = await authHeaders(Role.COORDINATOR, [regions[1] as string, regions[7] as string]);
    const own = await outliers({}, coordinator);
    expect(own.rows.map(key).sort()).toEqual(
      flagged
        .filter((row) => row.regionSlug === regions[1] || row.regionSlug === regions[7])
        .map(key)
        .sort(),
    );
    const other = await run(OUTLIERS, { filter: { regions: [regions[1], regions[0]] } }, coordinator);
    expect(codeOf(other)).toBe('FORBIDDEN');
    expect(other.errors?.[0]?.message).toBe(`You coordinate ${regions[1]}, ${regions[7]}; ${regions[0]} is not one of your regions.`);
    const flags = await run<{ roundtables: { regionSlug?: string; number: number; outlierFlags: { measure: string }[] }[] }>(
      'query($r: [String!]) { roundtables(filter: { regions: $r }) { number outlierFlags { measure } } }',
      { r: [regions[0]] },
      coordinator,
    );
    expect(flags.data?.roundtables.flatMap((rt) => rt.outlierFlags)).toEqual([]);
  });

  it('lets a reviewer mark a flagged value CHECKED or FOLLOW_UP with a comment, each mark audited', async () => {
    const online = flagged.find((row) => row.regionSlug === regions[1] && row.measure === 'ONLINE') as Row;
    const checked = await mark(await evaluator(), online, 'CHECKED', '  The minutes list 190 online.  ');
    expect(checked.errors).toBeUndefined();
    expect(checked.data?.markOutlier).toMatchObject({
      ...online,
      status: 'CHECKED',
      comment: 'The minutes list 190 online.',
      markedBy: 'Test evaluator',
      markedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
    });

    const followUp = await mark(await admin(), online, 'FOLLOW_UP', 'Ask whether 190 includes the livestream.');
    expect(followUp.data?.markOutlier).toMatchObject({ status: 'FOLLOW_UP', markedBy: 'Test admin' });
    expect(await trail(online.roundtableId)).toEqual([
      {
        action: 'CHECK_VALUE',
        role: 'EVALUATOR',
        measure: 'ONLINE',
        status: 'CHECKED',
        comment: 'The minutes list 190 online.',
        value: { min: 190, max: 190 },
        hadMark: false,
      },
      {
        action: 'FLAG_FOLLOW_UP',
        role: 'ADMIN',
        measure: 'ONLINE',
        status: 'FOLLOW_UP',
        comment: 'Ask whether 190 includes the livestream.',
        value: { min: 190, max: 190 },
        hadMark: true,
      },
    ]);

    // In the roundtable's history, for those who read it.
    const history = await run<{ auditLog: { action: string; actorName: string }[] }>(
      'query($id: ID) { auditLog(entityId: $id) { action actorName } }',
      { id: online.roundtableId },
      await analyst(),
    );
    expect(history.data?.auditLog.slice(0, 2)).toEqual([
      { action: 'FLAG_FOLLOW_UP', actorName: 'Test admin' },
      { action: 'CHECK_VALUE', actorName: 'Test evaluator' },
    ]);

    // The follow-ups: for reviewers, and for the region's coordinator.
    const followUps = await outliers({ status: 'FOLLOW_UP' }, await analyst());
    expect(followUps.rows.map(key)).toEqual([key(online)]);
    const coordinator = await authHeaders(Role.COORDINATOR, [regions[1] as string]);
    expect((await outliers({ status: 'FOLLOW_UP' }, coordinator)).rows).toEqual(followUps.rows);
    expect((await outliers({ status: 'FOLLOW_UP' }, await authHeaders(Role.COORDINATOR, [regions[2] as string]))).rows).toEqual([]);
    const unreviewed = await outliers({ status: 'UNREVIEWED' }, await analyst());
    expect(unreviewed.totalCount).toBe(planted.length - 1);
  });

  it('refuses a mark from someone who does not review, without a reason, on a value not flagged or changed since, and keeps nothing of it', async () => {
    const duration = flagged.find((row) => row.regionSlug === regions[5]) as Row;
    const before = await trail(duration.roundtableId);
    for (const headers of [
      await analyst(),
      await authHeaders(Role.COORDINATOR, [regions[5] as string]),
      await authHeaders(Role.FUNDER),
      {},
    ]) {
      const refused = await mark(headers, duration, 'CHECKED', 'Looks right.');
      expect(codeOf(refused)).toBe('FORBIDDEN');
    }
    const empty = await mark(await evaluator(), duration, 'CHECKED', '   ');
    expect(codeOf(empty)).toBe('BAD_USER_INPUT');
    expect(empty.errors?.[0]?.extensions?.field).toBe('comment');
    const long = await mark(await evaluator(), duration, 'CHECKED', 'x'.repeat(2_001));
    expect(codeOf(long)).toBe('BAD_USER_INPUT');
    expect(long.errors?.[0]?.message).toBe('The comment has 2001 characters; at most 2000 are kept.');

    const ordinaryOnsite = seedOf(regions[5] as string, 6).attendance?.onsite as number;
    const notFlagged = await mark(
      await evaluator(),
      { roundtableId: duration.roundtableId, measure: 'ONSITE', value: { min: ordinaryOnsite, max: ordinaryOnsite } },
      'CHECKED',
      'Looks right.',
    );
    expect(codeOf(notFlagged)).toBe('BAD_USER_INPUT');
    expect(notFlagged.errors?.[0]?.message).toBe(
      `The ONSITE of roundtable ${regions[5]} #6 (${ordinaryOnsite}) is not far from its usual, so there is nothing to mark.`,
    );

    const stale = await mark(await evaluator(), { ...duration, value: { min: 12, max: 12 } }, 'CHECKED', 'Looks right.');
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(stale.errors?.[0]?.message).toBe(
      `The DURATION_MINUTES of roundtable ${regions[5]} #6 changed since you read it: it is now 10, you saw 12. Look at it again before marking it.`,
    );
    const missing = await mark(
      await evaluator(),
      { ...duration, roundtableId: '00000000-0000-4000-8000-000000000000' },
      'CHECKED',
      'Right.',
    );
    expect(codeOf(missing)).toBe('NOT_FOUND');

    expect(await trail(duration.roundtableId)).toEqual(before);
    const [{ marks }] = await engagement.database.dataSource.query(
      'SELECT count(*)::int AS marks FROM engagement.outlier_review WHERE roundtable_id = $1',
      [duration.roundtableId],
    );
    expect(marks).toBe(0);
  });

  it('clears a mark when the value changes, and keeps the mark in the history', async () => {
    const planted600 = flagged.find((row) => row.regionSlug === regions[0] && row.number === 3) as Row;
    const checked = await mark(await evaluator(), planted600, 'CHECKED', 'Two sessions of five hours, with a break.');
    expect(checked.data?.markOutlier.status).toBe('CHECKED');

    const seed = seedOf(regions[0] as string, 3);
    const { id, version } = idOf(regions[0] as string, 3);
    const total = seed.attendance?.total;
    const updated = await run(
      `mutation($id: ID!, $version: Int!, $input: RoundtableInput!) { updateRoundtable(id: $id, expectedVersion: $version, input: $input) { version } }`,
      {
        id,
        version,
        input: {
          region: seed.region,
          number: seed.number,
          date: seed.date,
          format: seed.format,
          durationMinutes: 610,
          attendance:
            typeof total === 'number'
              ? {
                  participants: total,
                  online: seed.attendance?.online,
                  onsite: seed.attendance?.onsite,
                  organisations: seed.attendance?.organisations,
                }
              : total
                ? { participants: total.min, participantsMax: total.max, organisations: seed.attendance?.organisations }
                : { organisations: seed.attendance?.organisations },
          sources: [{ title: 'Minutes of the meeting' }],
        },
      },
      await admin(),
    );
    expect(updated.errors).toBeUndefined();

    // The write moved the data version: the project's usual is read again, beside the version and the page.
    const headers = await analyst();
    const { answer, count, projectUsualReads } = await statements(() =>
      outliers({ filter: { regions: [regions[0]] }, measure: 'DURATION_MINUTES' }, headers),
    );
    expect({ count, projectUsualReads }).toEqual({ count: 3, projectUsualReads: 1 });
    const [after] = answer.rows;
    expect(after).toMatchObject({ value: { min: 610, max: 610 }, status: 'UNREVIEWED', comment: null, markedBy: null, markedAt: null });
    expect((await trail(id)).map((entry: { action: string }) => entry.action)).toEqual(['CHECK_VALUE']);
    // Every flag is scored against the usuals of the data as they are now, the project's included.
    const now = roundtables.map((rt) => (rt === seed ? { ...rt, durationMinutes: 610 } : rt));
    const reference = referenceFlags(now, DEFAULT_OUTLIER_Z_THRESHOLD, OUTLIER_MIN_BASELINE);
    const all = (await outliers({}, headers)).rows;
    expect(all.map(key).sort()).toEqual(reference.map(key).sort());
    scoredAsReference(all, reference);
    // A mark for a value no longer recorded is refused as changed, not recorded anew.
    const stale = await mark(await evaluator(), planted600, 'CHECKED', 'Still right.');
    expect(codeOf(stale)).toBe('CONFLICT');
  });
});

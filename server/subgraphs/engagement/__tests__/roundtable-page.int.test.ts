import type { Subgraph } from '../../../core/subgraph';
import { loadDataset } from '../../../seed/load-dataset';
import { PUBLISHED_DATASET } from '../../../seed/published-dataset';
import { authHeaders, Role } from '../../../test-support/auth';
import { executeOn } from '../../../test-support/execute';
import { startTestSubgraphs } from '../../../test-support/test-database';
import type { EngagementSubgraph } from '../engagement.subgraph';

// roundtablePage: the long lists of records (the review queue, records by review state) a page
// at a time, in the order asked, with the total; what FUNDER and PUBLIC may list; bad pages refused.
describe('a page of roundtables', () => {
  let subgraphs: Awaited<ReturnType<typeof startTestSubgraphs>>;
  let engagement: EngagementSubgraph;

  beforeAll(async () => {
    subgraphs = await startTestSubgraphs();
    engagement = subgraphs.engagement;
    await loadDataset(subgraphs.geography as Subgraph, engagement, PUBLISHED_DATASET);
    // Three drafts in Soria, held on different days, so that every order can be told apart.
    for (const [number, date] of [
      [201, '2022-03-01'],
      [202, '2022-01-15'],
      [203, '2022-02-10'],
    ] as const) {
      const result = await executeOn(
        engagement,
        'mutation($input: RoundtableInput!) { createRoundtable(input: $input) { id } }',
        {
          input: {
            region: 'soria',
            number,
            date,
            format: 'ONSITE',
            attendance: { participants: 9 },
            sources: [{ title: `Minutes of Soria roundtable ${number}` }],
          },
        },
        await authHeaders(Role.COORDINATOR, ['soria']),
      );
      expect(result.errors).toBeUndefined();
    }
  });
  afterAll(() => subgraphs.close());

  interface Page {
    totalCount: number;
    rows: { number: number; date: string; reviewState: string; submittedAt: string | null }[];
  }
  const PAGE = `query($filter: AnalyticsFilter, $states: [ReviewState!], $page: PageInput, $orderBy: RoundtableOrder) {
    roundtablePage(filter: $filter, states: $states, page: $page, orderBy: $orderBy) { totalCount rows { number date reviewState submittedAt } } }`;
  const pageOf = async (variables: Record<string, unknown>, headers: Record<string, string>) => {
    const result = await executeOn<{ roundtablePage: Page }>(engagement, PAGE, variables, headers);
    expect(result.errors).toBeUndefined();
    return result.data?.roundtablePage as Page;
  };
  const soria = { regions: ['soria'] };

  it('gives the rows of the page asked, in the order asked, with the total of every page', async () => {
    const admin = await authHeaders(Role.ADMIN);
    const byDate = { field: 'DATE', direction: 'ASC' };
    const first = await pageOf({ filter: soria, states: ['DRAFT'], page: { offset: 0, limit: 2 }, orderBy: byDate }, admin);
    const second = await pageOf({ filter: soria, states: ['DRAFT'], page: { offset: 2, limit: 2 }, orderBy: byDate }, admin);
    expect(first.totalCount).toBe(3);
    expect(second.totalCount).toBe(3);
    expect(first.rows.map((row) => row.date)).toEqual(['2022-01-15', '2022-02-10']);
    expect(second.rows.map((row) => row.date)).toEqual(['2022-03-01']);
    const byNumberDown = await pageOf({ filter: soria, states: ['DRAFT'], orderBy: { field: 'NUMBER', direction: 'DESC' } }, admin);
    expect(byNumberDown.rows.map((row) => row.number)).toEqual([203, 202, 201]);
    // Drafts were never submitted: their submission time is unknown, not some date.
    expect(byNumberDown.rows.map((row) => row.submittedAt)).toEqual([null, null, null]);
  });

  it('still says how many there are past the last page', async () => {
    const page = await pageOf({ filter: soria, states: ['DRAFT'], page: { offset: 50, limit: 10 } }, await authHeaders(Role.ADMIN));
    expect(page).toEqual({ totalCount: 3, rows: [] });
  });

  it('sorts by review state in the order a record goes through them', async () => {
    const page = await pageOf(
      { filter: soria, orderBy: { field: 'REVIEW_STATE', direction: 'ASC' }, page: { limit: 500 } },
      await authHeaders(Role.ANALYST),
    );
    const states = page.rows.map((row) => row.reviewState);
    expect(states.slice(0, 3)).toEqual(['DRAFT', 'DRAFT', 'DRAFT']);
    expect(new Set(states.slice(3))).toEqual(new Set(['APPROVED']));
    expect(page.totalCount).toBe(states.length);
  });

  it('lists approved records only to FUNDER and PUBLIC, and counts only those', async () => {
    for (const headers of [await authHeaders(Role.FUNDER), {}]) {
      const page = await pageOf({ filter: soria, page: { limit: 500 } }, headers);
      expect(page.rows.every((row) => row.reviewState === 'APPROVED')).toBe(true);
      expect(page.totalCount).toBe(page.rows.length);
      expect(await pageOf({ filter: soria, states: ['DRAFT'] }, headers)).toEqual({ totalCount: 0, rows: [] });
    }
  });

  it.each([
    [{ offset: -1, limit: 10 }, 'page.offset'],
    [{ offset: 0, limit: 0 }, 'page.limit'],
    [{ offset: 0, limit: 501 }, 'page.limit'],
  ])('refuses the page %j, naming %s', async (page, field) => {
    const result = await executeOn(engagement, PAGE, { filter: soria, page }, await authHeaders(Role.ADMIN));
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain(field.split('.')[1]);
  });
});

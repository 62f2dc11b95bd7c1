import type { Subgraph } from '../../../core/subgraph';
import { loadDataset } from '../../../seed/load-dataset';
import { PUBLISHED_DATASET } from '../../../seed/published-dataset';
import { authHeaders, Role } from '../../../test-support/auth';
import { executeOn } from '../../../test-support/execute';
import { startTestSubgraphs } from '../../../test-support/test-database';
import { PLATFORM_RECORDS_TITLE } from '../analytics/sources-sql';
import type { EngagementSubgraph } from '../engagement.subgraph';

const CREATE = 'mutation($input: RoundtableInput!) { createRoundtable(input: $input) { id version } }';
const REVIEW = `mutation($action: ReviewAction!, $records: [RecordVersionInput!]!) {
  reviewRoundtables(action: $action, records: $records) { id version } }`;
const SOURCES = 'query($filter: AnalyticsFilter) { sources(filter: $filter) { title url illustrative recordedBy { slug } } }';
const SORIA = { regions: ['soria'] };

// A roundtable without a source is the platform's own record: downstream of the write, what
// lists sources names the platform for it instead of nothing, and funders see it once approved only.
describe("a platform's own records, without a source", () => {
  let subgraphs: Awaited<ReturnType<typeof startTestSubgraphs>>;
  let engagement: EngagementSubgraph;

  beforeAll(async () => {
    subgraphs = await startTestSubgraphs();
    engagement = subgraphs.engagement;
    await loadDataset(subgraphs.geography as Subgraph, engagement, PUBLISHED_DATASET);
  });
  afterAll(() => subgraphs.close());

  const sourcesAs = async (role: Role, filter: object = SORIA) => {
    const result = await executeOn<{ sources: unknown[] }>(engagement, SOURCES, { filter }, await authHeaders(role));
    expect(result.errors).toBeUndefined();
    return result.data?.sources;
  };
  const coverageAs = async (role: Role) =>
    (
      await executeOn<{ coverage: { roundtables: number } }>(
        engagement,
        '{ coverage(filter: { regions: ["soria"] }) { roundtables } }',
        {},
        await authHeaders(role),
      )
    ).data?.coverage.roundtables;
  const platformEntry = { title: PLATFORM_RECORDS_TITLE, url: null, illustrative: false, recordedBy: { slug: 'soria' } };

  it('lists the publications, then the platform for its own records, and funders only once they are approved', async () => {
    const published = await sourcesAs(Role.ANALYST);
    expect(published).not.toContainEqual(platformEntry);
    expect(published?.length).toBeGreaterThan(0);

    const coordinator = await authHeaders(Role.COORDINATOR, ['soria']);
    const input = { region: 'soria', number: 7, date: '2022-06-20', format: 'ONSITE', attendance: { participants: 14, onsite: 14 } };
    const created = await executeOn<{ createRoundtable: { id: string; version: number } }>(engagement, CREATE, { input }, coordinator);
    expect(created.errors).toBeUndefined();
    let record = created.data?.createRoundtable as { id: string; version: number };

    expect(await sourcesAs(Role.ANALYST)).toEqual([...(published ?? []), platformEntry]);
    // Another region's platform is not named for Soria's record.
    expect(await sourcesAs(Role.ANALYST, { regions: ['guadalajara'] })).not.toContainEqual(
      expect.objectContaining({ recordedBy: { slug: 'soria' } }),
    );
    // Unapproved, it is nowhere in what a funder reads.
    expect(await sourcesAs(Role.FUNDER)).toEqual(published);
    const fundersCount = await coverageAs(Role.FUNDER);

    for (const [action, who] of [
      ['SUBMIT', coordinator],
      ['APPROVE', await authHeaders(Role.EVALUATOR)],
    ] as const) {
      const step = await executeOn<{ reviewRoundtables: { id: string; version: number }[] }>(
        engagement,
        REVIEW,
        { action, records: [record] },
        who,
      );
      expect(step.errors).toBeUndefined();
      record = step.data?.reviewRoundtables[0] as { id: string; version: number };
    }
    expect(await sourcesAs(Role.FUNDER)).toEqual([...(published ?? []), platformEntry]);
    expect(await coverageAs(Role.FUNDER)).toBe((fundersCount ?? 0) + 1);
  });

  it('lists the publications cited by the roundtables in scope, and only those', async () => {
    // What the roundtables of a region and period cite, joined plainly.
    const citedIn = async (regions: string[], from: string, to: string) => {
      const rows: { title: string }[] = await engagement.database.dataSource.query(
        `SELECT DISTINCT s.title FROM engagement.roundtable rt
           JOIN engagement.roundtable_source rs ON rs.roundtable_id = rt.id JOIN engagement.source s ON s.id = rs.source_id
          WHERE rt.region_slug = ANY($1) AND rt.date BETWEEN $2 AND $3 ORDER BY s.title`,
        [regions, from, to],
      );
      return rows.map((row) => row.title);
    };
    const listed = async (filter: { regions: string[]; from: string; to: string }) =>
      ((await sourcesAs(Role.ANALYST, filter)) as { title: string; recordedBy: unknown }[])
        .filter((source) => source.recordedBy === null)
        .map((source) => source.title)
        .sort();
    const scopes = [
      { regions: ['soria'], from: '2000-01-01', to: '2100-01-01' },
      { regions: ['guadalajara'], from: '2000-01-01', to: '2100-01-01' },
      { regions: ['soria', 'guadalajara'], from: '2021-01-01', to: '2021-12-31' },
    ];
    const expected = await Promise.all(scopes.map((scope) => citedIn(scope.regions, scope.from, scope.to)));
    // The scopes cite different publications, so a list that ignored them would fail here.
    expect(new Set(expected.map((titles) => titles.join('|'))).size).toBe(scopes.length);
    expect(await Promise.all(scopes.map(listed))).toEqual(expected.map((titles) => [...titles].sort()));
  });

  it('gives the same list a page at a time, with how many there are in all, past the last page too, and refuses a page too long', async () => {
    const PAGE = `query($filter: AnalyticsFilter, $page: PageInput) {
      sourcePage(filter: $filter, page: $page) { totalCount rows { title url illustrative recordedBy { slug } } } }`;
    const analyst = await authHeaders(Role.ANALYST);
    const everything = (await sourcesAs(Role.ANALYST, {})) ?? [];
    // Publications and at least one platform's own records (Soria's, created above).
    expect(everything).toContainEqual(platformEntry);
    const pageOf = async (page: { offset: number; limit: number }) => {
      const result = await executeOn<{ sourcePage: { totalCount: number; rows: unknown[] } }>(
        engagement,
        PAGE,
        { filter: {}, page },
        analyst,
      );
      expect(result.errors).toBeUndefined();
      return result.data?.sourcePage;
    };
    const pages = [];
    for (let offset = 0; offset < everything.length; offset += 3) pages.push(await pageOf({ offset, limit: 3 }));
    expect(pages.every((page) => page?.totalCount === everything.length)).toBe(true);
    expect(pages.flatMap((page) => page?.rows ?? [])).toEqual(everything);
    expect(await pageOf({ offset: everything.length + 5, limit: 3 })).toEqual({ totalCount: everything.length, rows: [] });

    const tooLong = await executeOn(engagement, PAGE, { filter: {}, page: { offset: 0, limit: 501 } }, analyst);
    expect(tooLong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('exports an own record with an empty source_url, which imports back unchanged', async () => {
    const admin = await authHeaders(Role.ADMIN);
    const csv = (await executeOn<{ roundtablesCsv: string }>(engagement, '{ roundtablesCsv(filter: { regions: ["soria"] }) }', {}, admin))
      .data?.roundtablesCsv as string;
    expect(csv.split('\r\n')).toContain('soria,7,2022-06-20,onsite,,14,,,14,,,,');
    const again = await executeOn<{ importRoundtables: { valid: boolean; unchanged: number; updated: number } }>(
      engagement,
      'mutation($csv: String!) { importRoundtables(csv: $csv, dryRun: true) { valid unchanged updated } }',
      { csv },
      admin,
    );
    expect(again.data?.importRoundtables).toMatchObject({ valid: true, updated: 0 });
  });
});

import { requestInfo } from '../../../core/context';
import type { Subgraph } from '../../../core/subgraph';
import { loadDataset } from '../../../seed/load-dataset';
import { PUBLISHED_DATASET } from '../../../seed/published-dataset';
import { authHeaders, Role } from '../../../test-support/auth';
import { executeInContext, executeOn } from '../../../test-support/execute';
import { startTestSubgraphs } from '../../../test-support/test-database';
import type { EngagementSubgraph } from '../engagement.subgraph';

// A page lists a region's roundtables, then reads each one's attendance in a later statement;
// a coordinator may delete one in between. The reader is told to load the page again, with a
// code it can act on, instead of an internal error.
describe('reading a roundtable that is deleted meanwhile', () => {
  let subgraphs: Awaited<ReturnType<typeof startTestSubgraphs>>;
  let engagement: EngagementSubgraph;

  beforeAll(async () => {
    subgraphs = await startTestSubgraphs();
    engagement = subgraphs.engagement;
    await loadDataset(subgraphs.geography as Subgraph, engagement, PUBLISHED_DATASET);
  });
  afterAll(() => subgraphs.close());

  it('answers CONFLICT, saying to load again, for attendance of a roundtable listed before its deletion', async () => {
    const coordinator = await authHeaders(Role.COORDINATOR, ['soria']);
    const created = await executeOn<{ createRoundtable: { id: string; version: number } }>(
      engagement,
      'mutation($input: RoundtableInput!) { createRoundtable(input: $input) { id version } }',
      {
        input: {
          region: 'soria',
          number: 9,
          date: '2022-06-01',
          format: 'ONSITE',
          attendance: { participants: 12 },
          sources: [{ title: 'Minutes of the ninth Soria roundtable', url: 'https://example.org/soria-9' }],
        },
      },
      coordinator,
    );
    expect(created.errors).toBeUndefined();
    const { id, version } = created.data?.createRoundtable ?? { id: '', version: 0 };

    // The page's request has listed Soria's roundtables, the new one among them...
    const context = await engagement.createContext(requestInfo(await authHeaders(Role.ANALYST)));
    expect((await context.loaders.roundtablesByRegion.load('soria')).map((roundtable) => roundtable.id)).toContain(id);
    // ...when the coordinator deletes it.
    const deleted = await executeOn(
      engagement,
      'mutation($id: ID!, $v: Int!) { deleteRoundtable(id: $id, expectedVersion: $v) }',
      { id, v: version },
      coordinator,
    );
    expect(deleted.errors).toBeUndefined();

    const page = await executeInContext(
      engagement,
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Region { roundtables { number attendance { total { min max } } } } } }',
      { r: [{ __typename: 'Region', slug: 'soria' }] },
      context,
    );
    expect(page.errors?.map((error) => ({ code: error.extensions.code, message: error.message }))).toEqual([
      { code: 'CONFLICT', message: 'A roundtable on this page was deleted while the page was being read; load the page again.' },
    ]);
  });
});

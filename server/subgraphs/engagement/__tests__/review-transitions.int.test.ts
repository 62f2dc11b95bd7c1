import type { Subgraph } from '../../../core/subgraph';
import { loadDataset } from '../../../seed/load-dataset';
import { PUBLISHED_DATASET } from '../../../seed/published-dataset';
import { authHeaders, Role } from '../../../test-support/auth';
import { executeOn } from '../../../test-support/execute';
import { startTestSubgraphs } from '../../../test-support/test-database';
import type { EngagementSubgraph } from '../engagement.subgraph';

// Every review step, from every state, by every kind of user: the flow as the issue of record
// states it, written out here rather than read from the code that implements it. A step is
// taken only by whom it belongs to and only from the states it starts from; anything else is
// refused with its code and changes nothing, and a step taken is in the audit trail.
type State = 'DRAFT' | 'SUBMITTED' | 'RETURNED' | 'APPROVED';
type Action = 'SUBMIT' | 'APPROVE' | 'RETURN' | 'REOPEN';
type Actor = 'ADMIN' | 'EVALUATOR' | 'ANALYST' | 'SORIA_COORDINATOR' | 'TERUEL_COORDINATOR' | 'FUNDER' | 'PUBLIC';

const FLOW: Record<Action, { from: State[]; to: State; by: Actor[] }> = {
  SUBMIT: { from: ['DRAFT', 'RETURNED'], to: 'SUBMITTED', by: ['ADMIN', 'SORIA_COORDINATOR'] },
  APPROVE: { from: ['SUBMITTED'], to: 'APPROVED', by: ['ADMIN', 'EVALUATOR'] },
  RETURN: { from: ['SUBMITTED'], to: 'RETURNED', by: ['ADMIN', 'EVALUATOR'] },
  REOPEN: { from: ['APPROVED'], to: 'RETURNED', by: ['ADMIN', 'EVALUATOR'] },
};
const STATES: State[] = ['DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED'];
const ACTORS: Actor[] = ['ADMIN', 'EVALUATOR', 'ANALYST', 'SORIA_COORDINATOR', 'TERUEL_COORDINATOR', 'FUNDER', 'PUBLIC'];
/** How an administrator brings a new draft to each state. */
const PATH: Record<State, Action[]> = {
  DRAFT: [],
  SUBMITTED: ['SUBMIT'],
  RETURNED: ['SUBMIT', 'RETURN'],
  APPROVED: ['SUBMIT', 'APPROVE'],
};

const CASES = (Object.keys(FLOW) as Action[]).flatMap((action) =>
  STATES.flatMap((from) =>
    ACTORS.map((actor) => {
      const step = FLOW[action];
      // Who may not take the step is refused as such, whatever the record's state.
      const outcome = !step.by.includes(actor) ? 'FORBIDDEN' : step.from.includes(from) ? step.to : 'CONFLICT';
      return [action, from, actor, outcome] as const;
    }),
  ),
);

describe('every review step, from every state, by every user', () => {
  let subgraphs: Awaited<ReturnType<typeof startTestSubgraphs>>;
  let engagement: EngagementSubgraph;
  let headers: Record<Actor, Record<string, string>>;
  let nextNumber = 300;

  beforeAll(async () => {
    subgraphs = await startTestSubgraphs();
    engagement = subgraphs.engagement;
    await loadDataset(subgraphs.geography as Subgraph, engagement, PUBLISHED_DATASET);
    headers = {
      ADMIN: await authHeaders(Role.ADMIN),
      EVALUATOR: await authHeaders(Role.EVALUATOR),
      ANALYST: await authHeaders(Role.ANALYST),
      SORIA_COORDINATOR: await authHeaders(Role.COORDINATOR, ['soria']),
      TERUEL_COORDINATOR: await authHeaders(Role.COORDINATOR, ['teruel']),
      FUNDER: await authHeaders(Role.FUNDER),
      PUBLIC: {},
    };
  });
  afterAll(() => subgraphs.close());

  interface Record_ {
    id: string;
    version: number;
    reviewState: State;
  }
  const FIELDS = 'id version reviewState';
  const REVIEW = `mutation($action: ReviewAction!, $records: [RecordVersionInput!]!, $comment: String) {
    reviewRoundtables(action: $action, records: $records, comment: $comment) { ${FIELDS} } }`;
  const step = (action: Action, record: Record_, as: Record<string, string>) =>
    executeOn<{ reviewRoundtables: Record_[] }>(
      engagement,
      REVIEW,
      // Every step is given a reason: those that need one are then refused for no other cause.
      { action, records: [{ id: record.id, version: record.version }], comment: `Test of ${action}.` },
      as,
    );
  const stored = async (id: string) => {
    const [row] = await engagement.database.dataSource.query(
      `SELECT rt.version, rt.review_state AS "reviewState",
              (SELECT count(*)::int FROM engagement.audit_entry a WHERE a.entity_id = rt.id) AS audits
       FROM engagement.roundtable rt WHERE rt.id = $1`,
      [id],
    );
    return row as { version: number; reviewState: State; audits: number };
  };
  /** A new Soria draft, brought by an administrator to `state`. */
  const recordIn = async (state: State): Promise<Record_> => {
    const number = nextNumber++;
    const created = await executeOn<{ createRoundtable: Record_ }>(
      engagement,
      `mutation($input: RoundtableInput!) { createRoundtable(input: $input) { ${FIELDS} } }`,
      {
        input: {
          region: 'soria',
          number,
          date: '2022-06-15',
          format: 'ONSITE',
          attendance: { participants: 12 },
          sources: [{ title: `Minutes of Soria roundtable ${number}` }],
        },
      },
      headers.SORIA_COORDINATOR,
    );
    expect(created.errors).toBeUndefined();
    let record = created.data?.createRoundtable as Record_;
    for (const action of PATH[state]) {
      const result = await step(action, record, headers.ADMIN);
      expect(result.errors).toBeUndefined();
      record = result.data?.reviewRoundtables[0] as Record_;
    }
    expect(record.reviewState).toBe(state);
    return record;
  };

  it.each(CASES)('%s from %s by %s: %s', async (action, from, actor, outcome) => {
    const record = await recordIn(from);
    const before = await stored(record.id);
    const result = await step(action, record, headers[actor]);
    if (outcome === 'FORBIDDEN' || outcome === 'CONFLICT') {
      expect(result.errors?.[0]?.extensions?.code).toBe(outcome);
      expect(await stored(record.id)).toEqual(before);
    } else {
      expect(result.errors).toBeUndefined();
      expect(result.data?.reviewRoundtables[0]?.reviewState).toBe(outcome);
      expect(await stored(record.id)).toEqual({ version: before.version + 1, reviewState: outcome, audits: before.audits + 1 });
    }
  });
});

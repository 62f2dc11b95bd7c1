import type { Subgraph } from '../../../core/subgraph';
import { loadDataset } from '../../../seed/load-dataset';
import { PUBLISHED_DATASET } from '../../../seed/published-dataset';
import { authHeaders, Role } from '../../../test-support/auth';
import { executeOn } from '../../../test-support/execute';
import { startTestSubgraphs } from '../../../test-support/test-database';
import type { EngagementSubgraph } from '../engagement.subgraph';

// The review of roundtables: who takes which step, what a funder sees before and after
// approval, the locks on approved records and closed periods, and the audit of every step.
describe('reviewing roundtables', () => {
  let subgraphs: Awaited<ReturnType<typeof startTestSubgraphs>>;
  let engagement: EngagementSubgraph;

  beforeAll(async () => {
    subgraphs = await startTestSubgraphs();
    engagement = subgraphs.engagement;
    await loadDataset(subgraphs.geography as Subgraph, engagement, PUBLISHED_DATASET);
  });
  afterAll(() => subgraphs.close());

  const admin = () => authHeaders(Role.ADMIN);
  const evaluator = () => authHeaders(Role.EVALUATOR);
  const soriaCoordinator = () => authHeaders(Role.COORDINATOR, ['soria']);
  const funder = () => authHeaders(Role.FUNDER);

  const run = async <Data = Record<string, unknown>>(query: string, variables: Record<string, unknown>, headers: Record<string, string>) =>
    executeOn<Data>(engagement, query, variables, headers);
  const codeOf = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => result.errors?.[0]?.extensions?.code;

  const ROUNDTABLE = 'id version reviewState reviewComment number';
  const CREATE = `mutation($input: RoundtableInput!) { createRoundtable(input: $input) { ${ROUNDTABLE} } }`;
  const UPDATE = `mutation($id: ID!, $version: Int!, $input: RoundtableInput!) {
    updateRoundtable(id: $id, expectedVersion: $version, input: $input) { ${ROUNDTABLE} } }`;
  const DELETE = 'mutation($id: ID!, $version: Int!) { deleteRoundtable(id: $id, expectedVersion: $version) }';
  const REVIEW = `mutation($action: ReviewAction!, $records: [RecordVersionInput!]!, $comment: String) {
    reviewRoundtables(action: $action, records: $records, comment: $comment) { ${ROUNDTABLE} } }`;
  const CLOSE =
    'mutation($period: String!, $reason: String!) { closeReportingPeriod(period: $period, reason: $reason) { periodCode startsOn endsOn } }';
  const REOPEN_PERIOD = 'mutation($period: String!, $reason: String!) { reopenReportingPeriod(period: $period, reason: $reason) }';

  interface Recorded {
    id: string;
    version: number;
    number: number;
    reviewState: string;
    reviewComment: string | null;
  }

  let nextNumber = 100;
  /** A new Soria roundtable, recorded by its coordinator: each test gets its own. */
  const input = (number: number, overrides: object = {}) => ({
    region: 'soria',
    number,
    date: '2022-06-15',
    format: 'ONSITE',
    attendance: { participants: 12 },
    categories: [{ code: 'NGO' }],
    challenges: [{ code: 'TRANSPORT' }],
    sources: [{ title: `Minutes of Soria roundtable ${number}`, url: `https://example.org/soria-${number}` }],
    ...overrides,
  });
  const record = async (overrides: object = {}): Promise<Recorded> => {
    const number = nextNumber++;
    const result = await run<{ createRoundtable: Recorded }>(CREATE, { input: input(number, overrides) }, await soriaCoordinator());
    expect(result.errors).toBeUndefined();
    return result.data?.createRoundtable as Recorded;
  };
  const step = async (action: string, records: Recorded[], headers: Record<string, string>, comment?: string) =>
    run<{ reviewRoundtables: Recorded[] }>(
      REVIEW,
      { action, records: records.map(({ id, version }) => ({ id, version })), comment },
      headers,
    );
  const stepped = async (action: string, roundtable: Recorded, headers: Record<string, string>, comment?: string) => {
    const result = await step(action, [roundtable], headers, comment);
    expect(result.errors).toBeUndefined();
    return result.data?.reviewRoundtables[0] as Recorded;
  };
  const approved = async (roundtable: Recorded) =>
    stepped('APPROVE', await stepped('SUBMIT', roundtable, await soriaCoordinator()), await evaluator());

  const funderSees = async (id: string) => {
    const result = await run<{ roundtable: { id: string } | null }>(
      'query($id: ID!) { roundtable(id: $id) { id } }',
      { id },
      await funder(),
    );
    expect(result.errors).toBeUndefined();
    return result.data?.roundtable !== null;
  };
  const funderCount = async () => {
    const result = await run<{ coverage: { roundtables: number } }>(
      'query { coverage(filter: { regions: ["soria"] }) { roundtables } }',
      {},
      await funder(),
    );
    return result.data?.coverage.roundtables;
  };
  const approvedOnlyCount = async (headers: Record<string, string>, approvedOnly: boolean) => {
    const result = await run<{ coverage: { roundtables: number } }>(
      'query($approvedOnly: Boolean) { coverage(filter: { regions: ["soria"], approvedOnly: $approvedOnly }) { roundtables } }',
      { approvedOnly },
      headers,
    );
    return result.data?.coverage.roundtables;
  };

  it('starts published records APPROVED, since they cite a publication', async () => {
    const rows = await engagement.database.dataSource.query('SELECT DISTINCT review_state FROM engagement.roundtable');
    expect(rows).toEqual([{ review_state: 'APPROVED' }]);
  });

  it('takes a record from draft through return and resubmission to approval, and only then shows it to a funder', async () => {
    const before = await funderCount();
    const draft = await record();
    expect(draft).toMatchObject({ reviewState: 'DRAFT', reviewComment: null, version: 1 });
    expect(await funderSees(draft.id)).toBe(false);
    expect(await funderCount()).toBe(before);
    expect(await approvedOnlyCount(await admin(), false)).toBe((before as number) + 1);
    expect(await approvedOnlyCount(await admin(), true)).toBe(before);

    const submitted = await stepped('SUBMIT', draft, await soriaCoordinator());
    expect(submitted).toMatchObject({ reviewState: 'SUBMITTED', version: 2 });

    const noComment = await step('RETURN', [submitted], await evaluator());
    expect(codeOf(noComment)).toBe('BAD_USER_INPUT');
    expect(noComment.errors?.[0]?.message).toBe('RETURN needs a comment saying why, for the coordinator to read.');

    const returned = await stepped('RETURN', submitted, await evaluator(), 'Attendance says 12 but the minutes list 14 names.');
    expect(returned).toMatchObject({
      reviewState: 'RETURNED',
      version: 3,
      reviewComment: 'Attendance says 12 but the minutes list 14 names.',
    });

    const fixed = await run<{ updateRoundtable: Recorded }>(
      UPDATE,
      { id: returned.id, version: returned.version, input: input(draft.number, { attendance: { participants: 14 } }) },
      await soriaCoordinator(),
    );
    expect(fixed.errors).toBeUndefined();
    expect(fixed.data?.updateRoundtable).toMatchObject({ reviewState: 'RETURNED', version: 4 });

    const resubmitted = await stepped('SUBMIT', fixed.data?.updateRoundtable as Recorded, await soriaCoordinator());
    const stale = await step('APPROVE', [{ ...resubmitted, version: 3 }], await evaluator());
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(stale.errors?.[0]?.message).toBe(
      `Nothing was changed. Roundtable soria #${draft.number} changed since you read it (it is now at version 5); reload it and look again.`,
    );

    const done = await stepped('APPROVE', resubmitted, await evaluator());
    expect(done).toMatchObject({ reviewState: 'APPROVED', version: 6, reviewComment: null });
    expect(await funderSees(draft.id)).toBe(true);
    expect(await funderCount()).toBe((before as number) + 1);

    const trail = await engagement.database.dataSource.query(
      `SELECT action, actor_role, after ->> 'reviewState' AS state, after ->> 'reviewComment' AS comment
       FROM engagement.audit_entry WHERE entity_id = $1 ORDER BY id`,
      [draft.id],
    );
    expect(trail).toEqual([
      { action: 'CREATE', actor_role: 'COORDINATOR', state: 'DRAFT', comment: null },
      { action: 'SUBMIT', actor_role: 'COORDINATOR', state: 'SUBMITTED', comment: null },
      { action: 'RETURN', actor_role: 'EVALUATOR', state: 'RETURNED', comment: 'Attendance says 12 but the minutes list 14 names.' },
      { action: 'UPDATE', actor_role: 'COORDINATOR', state: 'RETURNED', comment: 'Attendance says 12 but the minutes list 14 names.' },
      { action: 'SUBMIT', actor_role: 'COORDINATOR', state: 'SUBMITTED', comment: null },
      { action: 'APPROVE', actor_role: 'EVALUATOR', state: 'APPROVED', comment: null },
    ]);
  });

  it('locks an approved record until a reviewer reopens it with a reason', async () => {
    const done = await approved(await record());
    const edit = await run(UPDATE, { id: done.id, version: done.version, input: input(done.number) }, await admin());
    expect(codeOf(edit)).toBe('CONFLICT');
    expect(edit.errors?.[0]?.message).toMatch(/is approved, so it is locked\. Ask a reviewer \(ADMIN or EVALUATOR\) to reopen it/);
    const removal = await run(DELETE, { id: done.id, version: done.version }, await admin());
    expect(codeOf(removal)).toBe('CONFLICT');

    const csv = [
      'region,number,date,format,duration_minutes,participants,participants_max,online,onsite,organisations,categories,challenges,source_url',
      `soria,${done.number},2022-06-15,onsite,90,12,,,,,NGO,TRANSPORT,https://example.org/soria-${done.number}`,
      '',
    ].join('\n');
    const imported = await run<{ importRoundtables: { written: boolean; errors: { line: number; column: string; message: string }[] } }>(
      'mutation($csv: String!) { importRoundtables(csv: $csv, dryRun: false) { written errors { line column message } } }',
      { csv },
      await admin(),
    );
    expect(imported.data?.importRoundtables).toEqual({
      written: false,
      errors: [
        { line: 2, column: 'number', message: expect.stringMatching(new RegExp(`^soria ${done.number} is approved, so it is locked\\.`)) },
      ],
    });

    expect(codeOf(await step('REOPEN', [done], await evaluator()))).toBe('BAD_USER_INPUT');
    const reopened = await stepped('REOPEN', done, await evaluator(), 'The date was the day before.');
    expect(reopened).toMatchObject({ reviewState: 'RETURNED', reviewComment: 'The date was the day before.' });
    expect(await funderSees(done.id)).toBe(false);
    const removed = await run(DELETE, { id: reopened.id, version: reopened.version }, await soriaCoordinator());
    expect(removed.errors).toBeUndefined();
  });

  it("locks the participant records an approved roundtable's figures count", async () => {
    const done = await approved(await record());
    const CREATE_PARTICIPANT = `mutation($input: ParticipantInput!) { createParticipant(input: $input) { id version } }`;
    const participant = {
      region: 'soria',
      category: 'NEWCOMER',
      newcomer: true,
      participations: [{ roundtableId: done.id, mode: 'ONSITE' }],
    };
    const refused = await run(CREATE_PARTICIPANT, { input: participant }, await soriaCoordinator());
    expect(codeOf(refused)).toBe('CONFLICT');
    expect(refused.errors?.[0]?.message).toBe(
      `This participant counts in Roundtable soria #${done.number}, approved and so locked. Ask a reviewer (ADMIN or EVALUATOR) to reopen it, with the reason, before changing this.`,
    );
    await stepped('REOPEN', done, await evaluator(), 'Participant records to be added.');
    expect((await run(CREATE_PARTICIPANT, { input: participant }, await soriaCoordinator())).errors).toBeUndefined();
  });

  it('lets only reviewers approve, return and reopen, and only a region’s editors submit', async () => {
    const draft = await record();
    const teruelCoordinator = await authHeaders(Role.COORDINATOR, ['teruel']);
    expect(codeOf(await step('SUBMIT', [draft], teruelCoordinator))).toBe('FORBIDDEN');
    expect(codeOf(await step('SUBMIT', [draft], await authHeaders(Role.ANALYST)))).toBe('FORBIDDEN');
    const submitted = await stepped('SUBMIT', draft, await soriaCoordinator());
    for (const headers of [await soriaCoordinator(), await authHeaders(Role.ANALYST), await funder(), {}]) {
      expect(codeOf(await step('APPROVE', [submitted], headers))).toBe('FORBIDDEN');
    }
    expect((await stepped('APPROVE', submitted, await admin())).reviewState).toBe('APPROVED');
  });

  it('approves many at once, or none when any is refused', async () => {
    const [first, second, third] = [await record(), await record(), await record()];
    const coordinator = await soriaCoordinator();
    const submitted = [await stepped('SUBMIT', first, coordinator), await stepped('SUBMIT', second, coordinator)];
    const mixed = await step('APPROVE', [...submitted, third], await evaluator(), 'Checked against the minutes.');
    expect(codeOf(mixed)).toBe('CONFLICT');
    expect(mixed.errors?.[0]?.message).toBe(
      `Nothing was changed. Roundtable soria #${third.number} is DRAFT; APPROVE applies to SUBMITTED records only.`,
    );
    const states = await engagement.database.dataSource.query(
      'SELECT review_state FROM engagement.roundtable WHERE id = ANY($1::uuid[]) ORDER BY number',
      [submitted.map((r) => r.id)],
    );
    expect(states).toEqual([{ review_state: 'SUBMITTED' }, { review_state: 'SUBMITTED' }]);
    const bulk = await step('APPROVE', submitted, await evaluator(), 'Checked against the minutes.');
    expect(bulk.errors).toBeUndefined();
    expect(bulk.data?.reviewRoundtables.map((r) => [r.reviewState, r.reviewComment])).toEqual([
      ['APPROVED', 'Checked against the minutes.'],
      ['APPROVED', 'Checked against the minutes.'],
    ]);
  });

  it('refuses a review request that names no record, one twice, too many, an odd id, one that does not exist, or a comment too long, changing nothing', async () => {
    const draft = await record();
    expect((await step('SUBMIT', [], await admin())).errors?.[0]?.message).toBe('Name at least one record to review.');
    expect((await step('SUBMIT', [draft, draft], await admin())).errors?.[0]?.message).toBe('A record is named twice; name each once.');
    const missing = await step('SUBMIT', [{ ...draft, id: '00000000-0000-4000-8000-000000000000' }], await admin());
    expect(codeOf(missing)).toBe('NOT_FOUND');
    const tooMany = Array.from({ length: 501 }, (_, i) => ({ ...draft, id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}` }));
    expect((await step('SUBMIT', tooMany, await admin())).errors?.[0]?.message).toBe(
      'At most 500 records can be reviewed at once; send the rest in another request.',
    );
    const longComment = await step('SUBMIT', [draft], await admin(), 'x'.repeat(2_001));
    expect(longComment.errors?.[0]?.message).toBe('The comment has 2001 characters; at most 2000 are kept.');
    expect(codeOf(await step('SUBMIT', [{ ...draft, id: 'not-a-uuid' }], await admin()))).toBe('BAD_USER_INPUT');
    const [unchanged] = await engagement.database.dataSource.query(
      'SELECT review_state, version FROM engagement.roundtable WHERE id = $1',
      [draft.id],
    );
    expect(unchanged).toEqual({ review_state: 'DRAFT', version: 1 });
  });

  it('lets one of an approval and an edit of the same version through, and answers the other CONFLICT', async () => {
    const submitted = await stepped('SUBMIT', await record(), await soriaCoordinator());
    const [approval, edit] = await Promise.all([
      step('APPROVE', [submitted], await evaluator()),
      run(
        UPDATE,
        { id: submitted.id, version: submitted.version, input: input(submitted.number, { theme: 'Changed meanwhile' }) },
        await soriaCoordinator(),
      ),
    ]);
    const codes = [codeOf(approval), codeOf(edit)];
    expect(codes.filter((code) => code === undefined)).toHaveLength(1);
    expect(codes.filter((code) => code === 'CONFLICT')).toHaveLength(1);
  });

  it('closes a reporting period to every change dated inside it until a reviewer reopens it', async () => {
    const inside = await record({ date: '2023-02-10' });
    const submitted = await stepped('SUBMIT', inside, await soriaCoordinator());
    expect(codeOf(await run(CLOSE, { period: '2023', reason: 'Reported to the funder.' }, await soriaCoordinator()))).toBe('FORBIDDEN');
    expect(codeOf(await run(CLOSE, { period: '1999', reason: 'No such period.' }, await evaluator()))).toBe('BAD_USER_INPUT');
    const closed = await run(CLOSE, { period: '2023', reason: 'Reported to the funder.' }, await evaluator());
    expect(closed.data?.closeReportingPeriod).toEqual({ periodCode: '2023', startsOn: '2023-01-01', endsOn: '2023-03-31' });
    expect(codeOf(await run(CLOSE, { period: '2023', reason: 'Again.' }, await evaluator()))).toBe('CONFLICT');

    const refusals = [
      await run(CREATE, { input: input(nextNumber++, { date: '2023-03-01' }) }, await soriaCoordinator()),
      await run(
        UPDATE,
        { id: submitted.id, version: submitted.version, input: input(submitted.number, { date: '2023-02-10' }) },
        await admin(),
      ),
      await run(DELETE, { id: submitted.id, version: submitted.version }, await admin()),
      await step('APPROVE', [submitted], await evaluator()),
    ];
    expect(refusals.map(codeOf)).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT']);
    expect(refusals[0]?.errors?.[0]?.message).toMatch(
      /is dated inside reporting period 2023 \(2023-01-01 to 2023-03-31\), closed to changes by .*: "Reported to the funder\."/,
    );
    const moved = await run(
      UPDATE,
      { id: submitted.id, version: submitted.version, input: input(submitted.number, { date: '2022-12-01' }) },
      await admin(),
    );
    expect(codeOf(moved)).toBe('CONFLICT');

    const csv = [
      'region,number,date,format,duration_minutes,participants,participants_max,online,onsite,organisations,categories,challenges,source_url',
      `soria,${nextNumber++},2023-01-20,onsite,,12,,,,,NGO,TRANSPORT,https://example.org/soria-closed`,
      '',
    ].join('\n');
    const imported = await run<{ importRoundtables: { written: boolean; errors: { line: number; column: string; message: string }[] } }>(
      'mutation($csv: String!) { importRoundtables(csv: $csv, dryRun: false) { written errors { line column message } } }',
      { csv },
      await admin(),
    );
    expect(imported.data?.importRoundtables.written).toBe(false);
    expect(imported.data?.importRoundtables.errors).toEqual([
      expect.objectContaining({ line: 2, column: 'date', message: expect.stringMatching(/closed to changes/) }),
    ]);

    expect((await run(REOPEN_PERIOD, { period: '2023', reason: 'A correction came in.' }, await evaluator())).errors).toBeUndefined();
    expect((await stepped('APPROVE', submitted, await evaluator())).reviewState).toBe('APPROVED');
  });
});

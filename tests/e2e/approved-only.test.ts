import { Role, tokenFor } from '../../server/test-support/auth';
import { type GraphQLResponse, startTestSystem } from '../../server/test-support/test-system';
import { comparable } from './execution-paths/comparable-answer';
import { dashboardQueries } from './execution-paths/dashboard-queries';
import { type PageVisit, pageVisits, type SeededFacts, variablesFor } from './execution-paths/page-visits';

type System = Awaited<ReturnType<typeof startTestSystem>>;

const QUERIES = dashboardQueries();

// FUNDER and PUBLIC count approved roundtables only. Every query the dashboard sends (its
// charts, tables, report, downloads and IATI file are all made from these answers), with the
// variables its pages set, answers them exactly the same before and after records that are not
// approved are written; once one is approved, they count it.
describe('what FUNDER and PUBLIC see is approved', () => {
  let api: System;
  let visits: PageVisit[];
  const tokens = {} as Record<'ADMIN' | 'ANALYST' | 'EVALUATOR' | 'FUNDER', string>;
  const outside: { role: string; token?: string }[] = [];

  const asAdmin = async <T>(query: string, variables: Record<string, unknown>, token = tokens.ADMIN): Promise<T> => {
    const response = await api.gql<T>(query, variables, token);
    if (response.errors) throw new Error(`Setting up failed: ${JSON.stringify(response.errors)}`);
    return response.data as T;
  };
  const answers = async () => {
    const all: { query: string; visit: string; role: string; answer: GraphQLResponse }[] = [];
    for (const query of QUERIES) {
      for (const visit of visits) {
        for (const { role, token } of outside) {
          const answer = await api.gql(query.text, variablesFor(query, visit), token);
          all.push({ query: query.name, visit: visit.visit, role, answer: comparable(answer) });
        }
      }
    }
    return all;
  };
  const coverage = async (token?: string) =>
    (await api.gql<{ coverage: { roundtables: number } }>('{ coverage(filter: { regions: ["soria"] }) { roundtables } }', {}, token)).data
      ?.coverage.roundtables;

  beforeAll(async () => {
    api = await startTestSystem({ RESPONSE_CACHE: 'off' });
    for (const role of ['ADMIN', 'ANALYST', 'EVALUATOR', 'FUNDER'] as const) tokens[role] = await tokenFor(Role[role]);
    outside.push({ role: 'FUNDER', token: tokens.FUNDER }, { role: 'PUBLIC' });
    const { data } = await api.gql<{
      reportingPeriods: SeededFacts['periods'];
      indicators: { code: string }[];
      regions: { slug: string; roundtables: { id: string }[] }[];
    }>('{ reportingPeriods { code kind start end } indicators { code } regions { slug roundtables { id } } }', undefined, tokens.ANALYST);
    if (!data) throw new Error('The seeded data could not be read.');
    visits = pageVisits({
      periods: data.reportingPeriods,
      indicators: data.indicators.map(({ code }) => code),
      roundtables: Object.fromEntries(data.regions.map(({ slug, roundtables }) => [slug, roundtables.map(({ id }) => id)])),
    });
  });
  afterAll(() => api?.close());

  it('answers every dashboard query the same after unapproved records are written, and counts one once approved', async () => {
    const before = await answers();
    const fundersCoverage = await coverage(tokens.FUNDER);
    const analystsCoverage = await coverage(tokens.ANALYST);

    const CREATE = 'mutation($input: RoundtableInput!) { createRoundtable(input: $input) { id version } }';
    const REVIEW = `mutation($action: ReviewAction!, $records: [RecordVersionInput!]!, $comment: String) {
      reviewRoundtables(action: $action, records: $records, comment: $comment) { id version } }`;
    const meeting = (region: string, number: number, date: string) => ({
      region,
      number,
      date,
      format: 'HYBRID',
      attendance: { participants: 40, online: 25, onsite: 15 },
      categories: [
        { code: 'NEWCOMER', participants: 12 },
        { code: 'NGO', participants: 3 },
      ],
      challenges: [{ code: 'TRANSPORT' }, { code: 'HOUSING' }],
      sources: [{ title: `Minutes of ${region} ${number}`, url: `https://example.org/${region}-${number}` }],
    });
    // A draft, a submitted one, a returned one, and participant records at one of them.
    const { createRoundtable: draft } = await asAdmin<{ createRoundtable: { id: string; version: number } }>(CREATE, {
      input: meeting('soria', 70, '2022-03-10'),
    });
    const { createRoundtable: second } = await asAdmin<{ createRoundtable: { id: string; version: number } }>(CREATE, {
      input: meeting('teruel', 71, '2021-10-05'),
    });
    const { createRoundtable: third } = await asAdmin<{ createRoundtable: { id: string; version: number } }>(CREATE, {
      input: meeting('soria', 72, '2022-11-20'),
    });
    const { reviewRoundtables: submitted } = await asAdmin<{ reviewRoundtables: { id: string; version: number }[] }>(REVIEW, {
      action: 'SUBMIT',
      records: [second, third],
    });
    await asAdmin(REVIEW, { action: 'RETURN', records: [submitted[1]], comment: 'Check the count of NGOs.' }, tokens.EVALUATOR);
    await asAdmin('mutation($input: ParticipantInput!) { createParticipant(input: $input) { id } }', {
      input: {
        region: 'soria',
        category: 'NEWCOMER',
        newcomer: true,
        gender: 'FEMALE',
        participations: [{ roundtableId: draft.id, mode: 'ONSITE' }],
      },
    });

    expect(await coverage(tokens.ANALYST)).toBe((analystsCoverage as number) + 2);
    const after = await answers();
    expect(after).toHaveLength(before.length);
    for (const [index, answer] of after.entries()) expect(answer).toEqual(before[index]);

    const { reviewRoundtables: resubmitted } = await asAdmin<{ reviewRoundtables: { id: string; version: number }[] }>(REVIEW, {
      action: 'SUBMIT',
      records: [draft],
    });
    await asAdmin(REVIEW, { action: 'APPROVE', records: resubmitted }, tokens.EVALUATOR);
    expect(await coverage(tokens.FUNDER)).toBe((fundersCoverage as number) + 1);
    expect(await coverage()).toBe((fundersCoverage as number) + 1);
  });
});

import type { TestUser } from './system';

/** A token for `user`, from the sign-in route a person's browser uses. */
export async function apiToken(baseUrl: string, user: TestUser): Promise<string> {
  const response = await fetch(`${baseUrl}/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: user.username, password: user.password }),
  });
  if (!response.ok) throw new Error(`Sign-in of ${user.username} failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { token: string }).token;
}

/** One GraphQL request as `token`'s viewer; fails on any error, so a test's setup never half-happens. */
export async function graphql<Data>(baseUrl: string, token: string, query: string, variables: Record<string, unknown> = {}): Promise<Data> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Data; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL request failed: ${JSON.stringify(body.errors ?? body)}`);
  return body.data;
}

export interface RoundtableRecord {
  id: string;
  version: number;
}

export const CREATE_ROUNDTABLE = `mutation ($input: RoundtableInput!) { createRoundtable(input: $input) { id version } }`;
export const UPDATE_ROUNDTABLE = `mutation ($id: ID!, $expectedVersion: Int!, $input: RoundtableInput!) {
  updateRoundtable(id: $id, expectedVersion: $expectedVersion, input: $input) { id version }
}`;

/** Records a roundtable through the API, as another person or a script would. */
export async function createRoundtable(baseUrl: string, token: string, input: Record<string, unknown>): Promise<RoundtableRecord> {
  return (await graphql<{ createRoundtable: RoundtableRecord }>(baseUrl, token, CREATE_ROUNDTABLE, { input })).createRoundtable;
}

export async function updateRoundtable(
  baseUrl: string,
  token: string,
  { id, version }: RoundtableRecord,
  input: Record<string, unknown>,
): Promise<RoundtableRecord> {
  return (await graphql<{ updateRoundtable: RoundtableRecord }>(baseUrl, token, UPDATE_ROUNDTABLE, { id, expectedVersion: version, input }))
    .updateRoundtable;
}

/** The numbers of a region's roundtables, in order. */
export async function roundtableNumbers(baseUrl: string, token: string, region: string): Promise<number[]> {
  const data = await graphql<{ roundtables: { number: number }[] }>(
    baseUrl,
    token,
    'query ($regions: [String!]) { roundtables(filter: { regions: $regions }) { number } }',
    { regions: [region] },
  );
  return data.roundtables.map((roundtable) => roundtable.number).sort((a, b) => a - b);
}

/**
 * Reopens an approved roundtable (a published one, say) so a test can change it, as a reviewer
 * would before a correction: `token` must be an ADMIN's or an EVALUATOR's.
 */
export async function reopenRoundtable(baseUrl: string, token: string, region: string, number: number, reason: string): Promise<void> {
  const { roundtables } = await graphql<{ roundtables: { id: string; number: number; version: number }[] }>(
    baseUrl,
    token,
    'query ($regions: [String!]) { roundtables(filter: { regions: $regions }) { id number version } }',
    { regions: [region] },
  );
  const record = roundtables.find((roundtable) => roundtable.number === number);
  if (!record) throw new Error(`No roundtable ${region} ${number} to reopen`);
  await graphql(
    baseUrl,
    token,
    'mutation ($records: [RecordVersionInput!]!, $reason: String) { reviewRoundtables(action: REOPEN, records: $records, comment: $reason) { id } }',
    { records: [{ id: record.id, version: record.version }], reason },
  );
}

const REVIEW = `mutation ($action: ReviewAction!, $records: [RecordVersionInput!]!) {
  reviewRoundtables(action: $action, records: $records) { id version } }`;

/** Submits and approves roundtables just recorded, so FUNDER and PUBLIC count them: `token` must be an ADMIN's. */
export async function approveRoundtables(baseUrl: string, token: string, records: RoundtableRecord[]): Promise<void> {
  const { reviewRoundtables: submitted } = await graphql<{ reviewRoundtables: RoundtableRecord[] }>(baseUrl, token, REVIEW, {
    action: 'SUBMIT',
    records,
  });
  await graphql(baseUrl, token, REVIEW, { action: 'APPROVE', records: submitted });
}

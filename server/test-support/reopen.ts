import type { EngagementSubgraph } from '../subgraphs/engagement/engagement.subgraph';
import { authHeaders, Role } from './auth';
import { executeOn } from './execute';

const REOPEN = `mutation($records: [RecordVersionInput!]!) {
  reviewRoundtables(action: REOPEN, records: $records, comment: "Reopened for a correction.") { id } }`;

/**
 * Reopens approved roundtables, by region and number, as a reviewer does before a correction:
 * the published ones start approved, and so locked, and a test that changes them reopens them
 * first, through the API.
 */
export async function reopenRoundtables(engagement: EngagementSubgraph, keys: { region: string; number: number }[]): Promise<void> {
  const records: { id: string; version: number }[] = await engagement.database.dataSource.query(
    `SELECT rt.id, rt.version FROM engagement.roundtable rt
     JOIN unnest($1::text[], $2::int[]) AS wanted (region, number) ON wanted.region = rt.region_slug AND wanted.number = rt.number`,
    [keys.map((key) => key.region), keys.map((key) => key.number)],
  );
  if (records.length !== keys.length) throw new Error(`Not every roundtable to reopen exists: ${JSON.stringify(keys)}`);
  const result = await executeOn(engagement, REOPEN, { records }, await authHeaders(Role.ADMIN));
  if (result.errors) throw new Error(`Reopening failed: ${JSON.stringify(result.errors)}`);
}

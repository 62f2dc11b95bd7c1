import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, getNamedType } from 'graphql';
import { FOLLOWS_ROUNDTABLES } from '../../dashboard/src/app/cache-invalidation';
import { REPO_ROOT } from '../../server/core/config';
import { CACHEABLE_ROOT_FIELDS } from '../../server/gateway/response-cache';

// The gateway's response cache and the dashboard's cache both read the policy each root query
// field declares (schema/cache-policy.json, printed from @Cached): these checks fail when a
// field is left out, or when a figure computed from the roundtables would outlive a write.
describe('cache policies', () => {
  const api = buildSchema(readFileSync(path.join(REPO_ROOT, 'schema', 'api.graphql'), 'utf8'));
  const rootFields = Object.values(api.getQueryType()?.getFields() ?? {});
  const takesAnalyticsFilter = rootFields
    .filter((field) => field.args.some((arg) => getNamedType(arg.type).name === 'AnalyticsFilter'))
    .map((field) => field.name);

  it('gives every root query field of the API a policy', () => {
    const policies = JSON.parse(readFileSync(path.join(REPO_ROOT, 'schema', 'cache-policy.json'), 'utf8')) as object;
    expect(Object.keys(policies).sort()).toEqual(rootFields.map((field) => field.name).sort());
  });

  it('has the dashboard forget, after a roundtable write, every query taking AnalyticsFilter', () => {
    expect(takesAnalyticsFilter.length).toBeGreaterThan(0);
    expect(takesAnalyticsFilter.filter((field) => !FOLLOWS_ROUNDTABLES.includes(field))).toEqual([]);
  });

  it('has the dashboard forget every query taking AnalyticsFilter that the gateway shares', () => {
    const shared = takesAnalyticsFilter.filter((field) => CACHEABLE_ROOT_FIELDS.has(field));
    expect(shared).toEqual(expect.arrayContaining(['attendanceMix', 'stakeholderMix', 'challengeFrequency', 'indicatorResults']));
    expect(shared.filter((field) => !FOLLOWS_ROUNDTABLES.includes(field))).toEqual([]);
  });
});

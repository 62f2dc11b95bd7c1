import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema } from 'graphql';
import { loadConfig, REPO_ROOT } from '../../core/config';
import { operationPrecheck } from '../operation-precheck';

const schema = buildSchema(readFileSync(path.join(REPO_ROOT, 'schema/api.graphql'), 'utf8'));
const limits = loadConfig({}).queryLimits;
const aliases = (count: number, field: string) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

describe('operationPrecheck', () => {
  it('refuses an over-limit operation from its text, valid or not', () => {
    const precheck = operationPrecheck(schema, limits);
    expect(precheck({ query: aliases(200, 'coverage { roundtables }') })?.extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      limit: 'aliases',
      value: 200,
    });
    // Fields no schema has: validation would refuse it too, but only after comparing them all.
    expect(precheck({ query: aliases(200, 'noSuchField') })?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'aliases' });
  });

  it('measures the operation named, and refuses a text over the byte limit unparsed', () => {
    const precheck = operationPrecheck(schema, limits);
    const query = `query Small { coverage { roundtables } } query Big ${aliases(40, 'coverage { roundtables }')}`;
    expect(precheck({ query, operationName: 'Small' })).toBeUndefined();
    expect(precheck({ query, operationName: 'Big' })?.extensions).toMatchObject({ limit: 'aliases', value: 40 });
    expect(precheck({ query: `{ coverage { roundtables } } #${'x'.repeat(limits.maxBytes)}` })?.extensions).toMatchObject({
      limit: 'bytes',
    });
  });

  it('leaves to Apollo what is within the limits, does not parse, or is no operation', () => {
    const precheck = operationPrecheck(schema, limits);
    expect(precheck({ query: '{ attendanceMix { total { min max } } }' })).toBeUndefined();
    expect(precheck({ query: '{ attendanceMix { ' })).toBeUndefined();
    expect(precheck({ persisted: true })).toBeUndefined();
    expect(precheck('not an object')).toBeUndefined();
  });

  it('gives a text seen before its verdict again without measuring it', () => {
    const precheck = operationPrecheck(schema, limits);
    const body = { query: aliases(31, 'coverage { roundtables }') };
    expect(precheck(body)).toBe(precheck({ ...body }));
  });
});

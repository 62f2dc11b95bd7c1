import { buildSchema, type GraphQLObjectType } from 'graphql';
import type { Subgraph } from '../../core/subgraph';
import { executeOn } from '../execute';

const schema = buildSchema('type Region { slug: String! name: String! } type Query { regions: [Region!]! }');
const regions = (schema.getType('Query') as GraphQLObjectType).getFields().regions as { resolve?: () => unknown };
regions.resolve = () => [{ slug: 'soria', name: 'Soria' }];
const subgraph = { name: 'geography', schema, createContext: async () => ({}) } as unknown as Subgraph;

// The integration tests run their operations through this helper: it must refuse what a server refuses.
describe('executeOn', () => {
  it('runs a valid operation', async () => {
    expect(await executeOn(subgraph, '{ regions { slug name } }')).toEqual({ data: { regions: [{ slug: 'soria', name: 'Soria' }] } });
  });
  it('fails on a field the schema does not have, as validation in a server would', async () => {
    await expect(executeOn(subgraph, '{ regions { slug title } }')).rejects.toThrow('Cannot query field "title" on type "Region".');
  });
  it('fails on a variable of a type the schema does not have', async () => {
    await expect(executeOn(subgraph, 'query($n: Count) { regions { slug } }', { n: 1 })).rejects.toThrow('Unknown type "Count".');
  });
});

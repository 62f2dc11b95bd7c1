import { buildSchema, type ExecutionResult, GraphQLError, type GraphQLObjectType, parse } from 'graphql';
import { CompiledOperations } from '../compiled-operations';

const schema = buildSchema(`
  type Range { min: Int max: Int }
  type Row { slug: String! total: Range count: Int! }
  type Query { rows(limit: Int): [Row!]! failing: Row }
  type Mutation { add(slug: String!): Row! }
`);

const rows = [
  { slug: 'soria', total: { min: 21, max: 21 }, count: 1 },
  { slug: 'teruel', total: null, count: 0 },
];
const added: string[] = [];
// buildSchema's fields have no resolvers; give them some.
function resolve(type: string, field: string, resolver: (root: unknown, args: Record<string, unknown>) => unknown) {
  const fields = (schema.getType(type) as GraphQLObjectType).getFields();
  (fields[field] as { resolve?: unknown }).resolve = resolver;
}
resolve('Query', 'rows', (_, args) => rows.slice(0, (args.limit as number | undefined) ?? rows.length));
resolve('Query', 'failing', () => {
  throw new GraphQLError('filter.to must be a date', { extensions: { code: 'BAD_USER_INPUT' } });
});
resolve('Mutation', 'add', (_, args) => {
  added.push(args.slug as string);
  return { slug: args.slug, total: null, count: added.length };
});

const run = (operations: CompiledOperations, query: string, variables?: Record<string, unknown>) =>
  operations.execute({ document: parse(query), key: query, variables, contextValue: {} }) as Promise<ExecutionResult>;

describe('CompiledOperations', () => {
  it('answers a query as graphql-js does, variables and aliases included', async () => {
    const result = await run(new CompiledOperations(schema), 'query($n: Int) { first: rows(limit: $n) { slug total { min max } count } }', {
      n: 1,
    });
    expect(result).toEqual({ data: { first: [{ slug: 'soria', total: { min: 21, max: 21 }, count: 1 }] } });
  });

  it('answers the same query again from its compiled form, with new variables', async () => {
    const operations = new CompiledOperations(schema);
    const query = 'query($n: Int) { rows(limit: $n) { slug total { min } } }';
    await run(operations, query, { n: 1 });
    const again = await run(operations, query, { n: 2 });
    expect(again).toEqual({
      data: {
        rows: [
          { slug: 'soria', total: { min: 21 } },
          { slug: 'teruel', total: null },
        ],
      },
    });
  });

  it('keeps a resolver error with its path and code, and the rest of the answer', async () => {
    const result = await run(new CompiledOperations(schema), '{ failing { slug } rows { slug } }');
    expect(result.data).toEqual({ failing: null, rows: [{ slug: 'soria' }, { slug: 'teruel' }] });
    expect(result.errors?.map((error) => [error.message, error.path, error.extensions?.code])).toEqual([
      ['filter.to must be a date', ['failing'], 'BAD_USER_INPUT'],
    ]);
  });

  it('gives an input field a client left out its default, as graphql-js does, in lists and nested inputs too', async () => {
    const paged = buildSchema(`
      enum Direction { ASC DESC }
      input Order { field: String! = "REGION", direction: Direction! = ASC }
      input Page { offset: Int! = 0, limit: Int! = 50, orders: [Order!] }
      type Query { page(page: Page): String! }
    `);
    (paged.getQueryType()?.getFields().page as { resolve?: unknown }).resolve = (_: unknown, args: unknown) => JSON.stringify(args);
    const query = 'query($page: Page) { page(page: $page) }';
    const result = await run(new CompiledOperations(paged), query, { page: { limit: 20, orders: [{ direction: 'DESC' }] } });
    expect(result.errors).toBeUndefined();
    expect(JSON.parse(result.data?.page as string)).toEqual({
      page: { offset: 0, limit: 20, orders: [{ field: 'REGION', direction: 'DESC' }] },
    });
  });

  it('runs mutations on graphql-js, one after the other', async () => {
    const result = await run(new CompiledOperations(schema), 'mutation { a: add(slug: "a") { count } b: add(slug: "b") { count } }');
    expect(result).toEqual({ data: { a: { count: 1 }, b: { count: 2 } } });
    expect(added).toEqual(['a', 'b']);
  });
});

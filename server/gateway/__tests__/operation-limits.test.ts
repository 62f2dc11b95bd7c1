import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  buildSchema,
  type DocumentNode,
  type FragmentDefinitionNode,
  Kind,
  type OperationDefinitionNode,
  parse,
  print,
  validate,
} from 'graphql';
import { loadConfig, REPO_ROOT } from '../../core/config';
import { checkOperation, checkQueryBytes, measureOperation } from '../operation-limits';

const schema = buildSchema(readFileSync(path.join(REPO_ROOT, 'schema/supergraph.graphql'), 'utf8'));
const limits = loadConfig({}).queryLimits;

const measure = (query: string) => {
  const document = parse(query);
  return measureOperation(
    schema,
    document,
    document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode,
  );
};
const check = (query: string) => {
  const document = parse(query);
  return checkOperation(schema, document, document.definitions[0] as OperationDefinitionNode, limits);
};

describe('measureOperation', () => {
  it('counts each field once, and what a list field selects ten times', () => {
    expect(measure('{ coverage { roundtables } }')).toEqual({ depth: 2, aliases: 0, cost: 2 });
    expect(measure('{ regions { name } }')).toEqual({ depth: 2, aliases: 0, cost: 11 });
    expect(measure('{ regions { roundtables { number } } }')).toEqual({ depth: 3, aliases: 0, cost: 111 });
  });

  it('expands fragments, named and inline, and counts aliases', () => {
    const query = `query { a: regions { ...R } b: regions { ... on Region { slug } } }
      fragment R on Region { slug n: name }`;
    expect(measure(query)).toEqual({ depth: 2, aliases: 3, cost: 1 + 10 * 2 + 1 + 10 * 1 });
  });

  it('measures a fragment spread many times over once, in time linear in the document', () => {
    // 2^40 fields once expanded: counting them one by one would never end.
    const fragments = Array.from(
      { length: 40 },
      (_, i) => `fragment F${i} on Region { a${i}: slug ...F${i + 1} b${i}: name ...F${i + 1} }`,
    );
    fragments.push('fragment F40 on Region { slug }');
    const started = performance.now();
    const measured = measure(`{ regions { ...F0 } } ${fragments.join('\n')}`);
    expect(performance.now() - started).toBeLessThan(100);
    expect(measured.cost).toBeGreaterThan(1e12);
    expect(measured.aliases).toBeGreaterThan(1e12);
  });

  it('leaves introspection out: the gateway answers it from its schema', () => {
    expect(measure('{ __schema { types { name fields { name } } } }').cost).toBe(0);
  });
});

describe('checkOperation', () => {
  it('refuses a deep query, saying how deep it is and what the limit is', () => {
    const deep =
      '{ regions { roundtables { region { roundtables { region { roundtables { region { roundtables { region { roundtables { number } } } } } } } } } } }';
    const refused = check(deep);
    expect(refused?.message).toBe('This query nests 11 levels deep; the limit is 10. Ask for fewer nested fields.');
    expect(refused?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'depth', value: 11, max: 10 });
  });

  it('refuses too many aliases', () => {
    const aliased = `{ ${Array.from({ length: 31 }, (_, i) => `c${i}: coverage { roundtables }`).join(' ')} }`;
    expect(check(aliased)?.message).toBe('This query uses 31 aliases; the limit is 30. Split it into several requests.');
  });

  it('refuses a costly query', () => {
    // 1 + 10 × (1 + 10 × (1 + 1 + 10 × (1 + 10 × (1 + 1 + 1))))
    const wide = '{ regions { roundtables { region { roundtables { participations { mode participant { id } } } } } } }';
    expect(check(wide)?.message).toBe(
      'This query costs 31,211 (each field counts 1, and what a list field selects counts 10 times); the limit is 25,000. ' +
        'Ask for fewer fields or fewer nested lists, or split it into several requests.',
    );
  });

  it('refuses a query text over the byte limit', () => {
    expect(checkQueryBytes(`{ coverage { roundtables } }`, limits)).toBeUndefined();
    const long = `{ coverage { roundtables } } # ${'é'.repeat(10_000)}`;
    expect(checkQueryBytes(long, limits)?.message).toBe(
      'This query is 20,031 bytes long; the limit is 20,000. Send a shorter query, with the values in variables.',
    );
  });
});

/** Every document of the dashboard: the `graphql(...)` calls in its source and the generated map of them. */
function dashboardDocuments(): string[] {
  const texts = new Set<string>();
  const source = path.join(REPO_ROOT, 'dashboard/src');
  const files = readdirSync(source, { recursive: true, encoding: 'utf8' }).filter((file) => /\.tsx?$/.test(file));
  for (const file of files) {
    const text = readFileSync(path.join(source, file), 'utf8');
    if (file.includes('__generated__')) {
      for (const match of text.matchAll(/^ {4}"((?:[^"\\]|\\.)*)": typeof types\./gm)) texts.add(JSON.parse(`"${match[1]}"`));
    } else {
      for (const match of text.matchAll(/\bgraphql\(\s*`([^`]*)`/g)) texts.add(match[1] as string);
    }
  }
  return [...texts];
}

describe("the dashboard's documents", () => {
  const definitions = dashboardDocuments().flatMap((text) => parse(text).definitions);
  const fragments = definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION);
  const operations = definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);

  it('are all found', () => {
    expect(operations.length).toBeGreaterThanOrEqual(20);
    expect(operations.map((operation) => operation.name?.value)).toEqual(
      expect.arrayContaining(['Overview', 'Report', 'IndicatorDrillDown']),
    );
  });

  it.each(operations.map((operation) => [operation.name?.value ?? '(anonymous)', operation] as const))(
    '%s is well under every limit',
    (_name, operation) => {
      const document: DocumentNode = { kind: Kind.DOCUMENT, definitions: [operation, ...fragments] };
      const measured = measureOperation(schema, document, operation);
      expect(measured.depth).toBeLessThanOrEqual(limits.maxDepth / 2);
      expect(measured.aliases).toBeLessThanOrEqual(limits.maxAliases / 2);
      expect(measured.cost).toBeLessThanOrEqual(limits.maxCost / 2);
      expect(Buffer.byteLength(print(document))).toBeLessThanOrEqual(limits.maxBytes / 2);
      expect(checkOperation(schema, document, operation, limits)).toBeUndefined();
    },
  );

  it('are valid against the supergraph, so that what is measured is what is sent', () => {
    for (const operation of operations) {
      const errors = validate(schema, { kind: Kind.DOCUMENT, definitions: [operation, ...fragments] }).filter(
        (error) => !error.message.startsWith('Fragment "') || !error.message.includes('is never used'),
      );
      expect(errors).toEqual([]);
    }
  });
});

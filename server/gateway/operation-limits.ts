import type { ApolloServerPlugin } from '@apollo/server';
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  GraphQLError,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { ErrorMessageKey } from '../contract/error-messages';
import type { QueryLimits } from '../core/config';
import { errorText, LocalizedError } from '../core/errors';

export type OperationLimits = QueryLimits;

/** What a list field's selection is multiplied by: a guess at how many items a list holds. */
export const LIST_FACTOR = 10;

export interface OperationMeasure {
  depth: number;
  aliases: number;
  cost: number;
}

/** The error code of a refused operation; it passes the error mapper with its message. */
export const QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX';

const ZERO: OperationMeasure = { depth: 0, aliases: 0, cost: 0 };

/**
 * Measures an operation from its text alone, before anything is planned or fetched.
 * Every field costs 1, plus what it selects; what a list field selects counts LIST_FACTOR
 * times. So `{ regions { name } }` costs 1 + 10 × 1 = 11, and
 * `{ regions { roundtables { number } } }` costs 1 + 10 × (1 + 10 × 1) = 111.
 * `@skip` and `@include` are ignored (a field counts as if asked), and each fragment is
 * measured once, so the work is linear in the size of the document even when fragments
 * spread each other many times over. Introspection (`__schema`, `__type`) is answered by
 * the gateway from the schema it holds, reaches no subgraph, and is not counted.
 */
export function measureOperation(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): OperationMeasure {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const measuredFragments = new Map<string, OperationMeasure>();

  const measureFragment = (name: string): OperationMeasure => {
    const known = measuredFragments.get(name);
    if (known) return known;
    const fragment = fragments.get(name);
    // Validation refuses unknown fragments and cycles before this runs; count nothing for them anyway.
    measuredFragments.set(name, ZERO);
    if (!fragment) return ZERO;
    const measure = measureSelections(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value));
    measuredFragments.set(name, measure);
    return measure;
  };

  const measureSelections = (selectionSet: SelectionSetNode, parent: GraphQLNamedType | undefined | null): OperationMeasure => {
    let depth = 0;
    let aliases = 0;
    let cost = 0;
    for (const selection of selectionSet.selections) {
      let measure: OperationMeasure;
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name === '__schema' || name === '__type') continue;
        const field = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
        const children = selection.selectionSet ? measureSelections(selection.selectionSet, field && getNamedType(field.type)) : ZERO;
        const factor = field && isListType(getNullableType(field.type)) ? LIST_FACTOR : 1;
        measure = { depth: 1 + children.depth, aliases: (selection.alias ? 1 : 0) + children.aliases, cost: 1 + factor * children.cost };
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        measure = measureSelections(
          selection.selectionSet,
          selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent,
        );
      } else {
        measure = measureFragment(selection.name.value);
      }
      depth = Math.max(depth, measure.depth);
      aliases += measure.aliases;
      cost += measure.cost;
    }
    return { depth, aliases, cost };
  };

  return measureSelections(operation.selectionSet, schema.getRootType(operation.operation));
}

const refusal = (key: ErrorMessageKey, limit: keyof OperationMeasure | 'bytes', value: number, max: number, args = {}) =>
  new LocalizedError(errorText(key, { value, max, ...args }), {
    extensions: { code: QUERY_TOO_COMPLEX, limit, value, max, http: { status: 400 } },
  });

/** The refusal of a query text longer than the limit, or undefined. */
export function checkQueryBytes(query: string, limits: OperationLimits): GraphQLError | undefined {
  // A string's length in UTF-16 units is at most its length in UTF-8 bytes: most texts are settled without counting.
  if (query.length * 3 <= limits.maxBytes) return undefined;
  const bytes = Buffer.byteLength(query, 'utf8');
  if (bytes <= limits.maxBytes) return undefined;
  return refusal('queryTooLong', 'bytes', bytes, limits.maxBytes);
}

/** The refusal of an operation over a limit (the first one it exceeds), or undefined. */
export function checkOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  limits: OperationLimits,
): GraphQLError | undefined {
  const { depth, aliases, cost } = measureOperation(schema, document, operation);
  if (depth > limits.maxDepth) {
    return refusal('queryTooDeep', 'depth', depth, limits.maxDepth);
  }
  if (aliases > limits.maxAliases) {
    return refusal('tooManyAliases', 'aliases', aliases, limits.maxAliases);
  }
  if (cost > limits.maxCost) {
    return refusal('queryTooCostly', 'cost', cost, limits.maxCost, { listFactor: LIST_FACTOR });
  }
  return undefined;
}

/**
 * Refuses over-limit operations before the gateway plans them, so no subgraph runs any SQL
 * for them. The verdict on an operation is kept with its parsed document, which Apollo
 * reuses for the same text. Apollo reports an error thrown before parsing as an internal
 * one, so the byte limit is checked here too; the parser is bounded meanwhile by
 * `maxTokens` (see `parseOptionsFor`).
 */
export function operationLimitsPlugin(limits: OperationLimits): ApolloServerPlugin {
  const verdicts = new WeakMap<OperationDefinitionNode, GraphQLError | null>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ source, schema, document, operation }) {
          const tooLong = checkQueryBytes(source, limits);
          if (tooLong) throw tooLong;
          if (!operation) return;
          let verdict = verdicts.get(operation);
          if (verdict === undefined) {
            verdict = checkOperation(schema, document, operation, limits) ?? null;
            verdicts.set(operation, verdict);
          }
          if (verdict) throw verdict;
        },
      };
    },
  };
}

/**
 * Stops the parser of an oversized document early: every token takes at least one byte,
 * so no text within the byte limit has more tokens than the limit has bytes.
 */
export const parseOptionsFor = (limits: OperationLimits) => ({ maxTokens: limits.maxBytes });

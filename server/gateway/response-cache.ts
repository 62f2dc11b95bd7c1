import { createHash } from 'node:crypto';
import path from 'node:path';
import { type ApolloServerPlugin, HeaderMap } from '@apollo/server';
import { type DocumentNode, Kind, type OperationDefinitionNode, type SelectionSetNode, stripIgnoredCharacters } from 'graphql';
import type { Viewer } from '../core/auth/viewer';
import { sharedRootFields } from '../core/cache-policy';
import { REPO_ROOT } from '../core/config';
import { responseCacheLookups } from '../core/observability/metrics';
import type { GatewayContext } from './gateway-context';
import type { ResponseStore } from './response-store';
import { rememberSerialized } from './serialized-answers';

/**
 * Root fields whose answer depends only on the data, the arguments and the viewer's role
 * (and a coordinator's regions): the analytics, and the lists of regions, taxonomies,
 * indicators and periods. Each field declares it with @Cached (core/cache-policy.ts), printed
 * into schema/cache-policy.json, which the dashboard reads too. An operation is cached only if
 * every root field is one of them (or __typename).
 */
export const CACHEABLE_ROOT_FIELDS: ReadonlySet<string> = new Set([...sharedRootFields(path.join(REPO_ROOT, 'schema')), '__typename']);

/** True when the operation is a query whose every root field, fragments expanded, is cacheable. */
export function isCacheable(document: DocumentNode, operation: OperationDefinitionNode): boolean {
  if (operation.operation !== 'query') return false;
  const fragments = new Map(
    document.definitions.flatMap((definition) =>
      definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition]] : [],
    ),
  );
  const seen = new Set<string>();
  const onlyCacheable = (selectionSet: SelectionSetNode): boolean =>
    selectionSet.selections.every((selection) => {
      if (selection.kind === Kind.FIELD) return CACHEABLE_ROOT_FIELDS.has(selection.name.value);
      if (selection.kind === Kind.INLINE_FRAGMENT) return onlyCacheable(selection.selectionSet);
      if (seen.has(selection.name.value)) return true;
      seen.add(selection.name.value);
      const fragment = fragments.get(selection.name.value);
      return fragment !== undefined && onlyCacheable(fragment.selectionSet);
    });
  return onlyCacheable(operation.selectionSet);
}

/** JSON with object keys sorted, so that `{a, b}` and `{b, a}` make one key. */
function stableJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${stableJson(item)}`).join(',')}}`;
}

/**
 * What an answer depends on: the query text with its insignificant characters removed, the
 * operation chosen, the variables, and what the viewer may see (role, and a coordinator's
 * regions), since suppression and withheld fields differ per role.
 */
export function cacheKey(normalisedQuery: string, operationName: string | null, variables: unknown, viewer: Viewer): string {
  const regions = [...viewer.regions].sort().join(',');
  return createHash('sha256')
    .update(`${normalisedQuery}\0${operationName ?? ''}\0${stableJson(variables ?? {})}\0${viewer.role}\0${regions}`)
    .digest('base64url');
}

/**
 * True when a mutation ran (its answer has `data`, even null): one that failed may still
 * have written through another of its fields, so only a refusal before running it is safe
 * to ignore.
 */
const mutationRan = (result: { data?: unknown }) => result.data !== undefined;

/**
 * Answers cacheable queries from the store (header `x-cache: hit`), stores the answers it
 * computes (`x-cache: miss`) unless they carry errors, and starts a new generation after
 * every mutation that ran, before its answer leaves: whoever reads after a write has been
 * answered sees it.
 */
export function responseCachePlugin(store: ResponseStore): ApolloServerPlugin<GatewayContext> {
  const cacheable = new WeakMap<OperationDefinitionNode, boolean>();
  const normalised = new WeakMap<DocumentNode, string>();
  return {
    async requestDidStart() {
      let key: string | undefined;
      let generation = 0;
      return {
        async responseForOperation({ document, operation, source, request, contextValue, response }) {
          if (!operation) return null;
          let verdict = cacheable.get(operation);
          if (verdict === undefined) {
            verdict = isCacheable(document, operation);
            cacheable.set(operation, verdict);
          }
          if (!verdict) return null;
          let query = normalised.get(document);
          if (query === undefined) {
            query = stripIgnoredCharacters(source);
            normalised.set(document, query);
          }
          key = cacheKey(query, operation.name?.value ?? request.operationName ?? null, request.variables, contextValue.viewer);
          const found = await store.lookup(key);
          generation = found.generation;
          responseCacheLookups.inc({ result: found.result ? 'hit' : 'miss' });
          if (found.result) {
            key = undefined;
            if (found.json) rememberSerialized(found.result, found.json);
            return {
              http: { status: undefined, headers: new HeaderMap([['x-cache', 'hit']]) },
              body: { kind: 'single', singleResult: found.result },
            };
          }
          response.http.headers.set('x-cache', 'miss');
          return null;
        },
        async willSendResponse({ operation, response }) {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          if (operation?.operation === 'mutation') {
            if (mutationRan(result)) await store.invalidate();
            return;
          }
          if (key && !result.errors && result.data) {
            await store.store(key, generation, result, JSON.stringify(result));
          }
        },
      };
    },
  };
}

/**
 * For a subgraph served alone: a mutation sent to it directly, not through a gateway, makes
 * the gateways' shared cache miss as well.
 */
export function invalidateOnMutationPlugin(store: ResponseStore): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation, response }) {
          if (operation?.operation !== 'mutation' || response.body.kind !== 'single') return;
          if (mutationRan(response.body.singleResult)) await store.invalidate();
        },
      };
    },
  };
}

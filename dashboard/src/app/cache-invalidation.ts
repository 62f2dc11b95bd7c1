import type { ApolloCache } from '@apollo/client';
// Each root query field declares what a roundtable write may change (@Cached on the server,
// printed by `pnpm schema:print`): the same declaration the gateway's response cache reads.
import cachePolicies from '../../../schema/cache-policy.json';

/** The root query fields whose answers a roundtable write may change. */
export const FOLLOWS_ROUNDTABLES: readonly string[] = Object.entries(cachePolicies).flatMap(([field, policy]) =>
  policy.followsRoundtables ? [field] : [],
);

/** Forgets what a roundtable write (form, delete, restore or import) may have changed. */
export function forgetRoundtableFigures(cache: ApolloCache): void {
  for (const fieldName of FOLLOWS_ROUNDTABLES) cache.evict({ id: 'ROOT_QUERY', fieldName });
  cache.gc();
}

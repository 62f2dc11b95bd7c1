import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type GraphQLSchema, isObjectType } from 'graphql';
import { Extensions } from 'type-graphql';

/**
 * What may be kept of a root query field's answer, declared once beside the field and read
 * from the schema by the gateway's response cache and, through schema/cache-policy.json, by
 * the dashboard's cache.
 */
export interface CachePolicy {
  /**
   * The gateway may keep the answer and give it to anyone asking the same with the same role
   * (and a coordinator's regions) until data changes: it depends on nothing else.
   */
  shared: boolean;
  /** A roundtable write (form, delete, restore, import) may change it: a client that made one forgets it. */
  followsRoundtables: boolean;
}

/** The policies fields declare, by what they answer. */
export const CACHE_POLICIES = {
  /** Figures computed from the roundtables for a filter: analytics, coverage, sources, indicator results. */
  figures: { shared: true, followsRoundtables: true },
  /** Taxonomies, regions, indicators and periods: changed by migrations and seeds, not by roundtable writes. */
  reference: { shared: true, followsRoundtables: false },
  /** Records and their history: not shared, since they hold free text, names of who changed what, or one record by id. */
  records: { shared: false, followsRoundtables: true },
  /** Everything else: participants, organisations, targets (edited while looked at), the form's limits. */
  unshared: { shared: false, followsRoundtables: false },
} as const satisfies Record<string, CachePolicy>;

const EXTENSION = 'cachePolicy';

/** Declares a root query field's cache policy; every root query field declares one. */
export const Cached = (kind: keyof typeof CACHE_POLICIES) => Extensions({ [EXTENSION]: kind });

/** Each root query field's policy, by field name; a field that declares none is listed with `undefined`. */
export function cachePolicies(schema: GraphQLSchema): Record<string, CachePolicy | undefined> {
  const query = schema.getQueryType();
  if (!isObjectType(query)) return {};
  const policies: Record<string, CachePolicy | undefined> = {};
  for (const [name, field] of Object.entries(query.getFields())) {
    const kind = field.extensions?.[EXTENSION] as keyof typeof CACHE_POLICIES | undefined;
    policies[name] = kind ? CACHE_POLICIES[kind] : undefined;
  }
  return policies;
}

/** Where `pnpm schema:print` writes every root query field's policy, beside the supergraph. */
export const CACHE_POLICY_FILE = 'cache-policy.json';

/** The root query fields whose answers the gateway may share, from the policies printed into `schemaDir`. */
export function sharedRootFields(schemaDir: string): ReadonlySet<string> {
  const policies = JSON.parse(readFileSync(path.join(schemaDir, CACHE_POLICY_FILE), 'utf8')) as Record<string, CachePolicy>;
  return new Set(Object.entries(policies).flatMap(([field, policy]) => (policy.shared ? [field] : [])));
}

import { Field, InputType } from 'type-graphql';
import { badInput } from '../../../core/errors';
import { parseIsoDate } from '../../../core/validation';
import type { RegionDirectory } from '../region-directory/region-directory';
import { RoundtableFormat } from '../roundtable/roundtable-format';

@InputType({ description: 'Which roundtables to count. Every condition given must hold; dates are inclusive.' })
export class AnalyticsFilter {
  @Field(() => [String], { nullable: true, description: 'Region slugs, e.g. ["soria", "teruel"].' })
  regions?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'ISO 3166-1 alpha-2 country codes, e.g. ["ES"].' })
  countries?: string[] | null;

  @Field(() => String, { nullable: true, description: 'First day, YYYY-MM-DD.' })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Last day, YYYY-MM-DD.' })
  to?: string | null;

  @Field(() => [RoundtableFormat], { nullable: true, description: 'Only roundtables held in these formats.' })
  formats?: RoundtableFormat[] | null;

  @Field(() => Boolean, { nullable: true, description: 'false: recorded facts only; true: illustrative data only.' })
  illustrative?: boolean | null;
}

/** A filter checked against what exists: region slugs resolved, dates parsed. */
export interface Scope {
  regionSlugs?: string[];
  from?: string;
  to?: string;
  formats?: RoundtableFormat[];
  illustrative?: boolean;
}

export async function resolveScope(filter: AnalyticsFilter | null | undefined, regions: RegionDirectory): Promise<Scope> {
  if (!filter) return {};
  const from = filter.from ? parseIsoDate(filter.from, 'filter.from') : undefined;
  const to = filter.to ? parseIsoDate(filter.to, 'filter.to') : undefined;
  if (from && to && from > to) {
    throw badInput(`filter.from (${from}) is after filter.to (${to}); swap them or widen the period.`, { field: 'filter.from' });
  }
  return {
    regionSlugs: await regions.scope(filter),
    from,
    to,
    formats: filter.formats ?? undefined,
    illustrative: filter.illustrative ?? undefined,
  };
}

/**
 * WHERE conditions for a scope over a table with region_slug, date, format and illustrative
 * columns (the roundtable table and its rollups). Only the
 * conditions in use are written, so each query gets a plan for what it asks.
 */
export function scopeConditions(scope: Scope, alias: string, params: unknown[]): string[] {
  const conditions: string[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  if (scope.regionSlugs) conditions.push(`${alias}.region_slug = ANY(${param(scope.regionSlugs)}::text[])`);
  if (scope.from) conditions.push(`${alias}.date >= ${param(scope.from)}::date`);
  if (scope.to) conditions.push(`${alias}.date <= ${param(scope.to)}::date`);
  if (scope.formats) conditions.push(`${alias}.format = ANY(${param(scope.formats)}::text[])`);
  if (scope.illustrative !== undefined) conditions.push(`${alias}.illustrative = ${param(scope.illustrative)}`);
  return conditions;
}

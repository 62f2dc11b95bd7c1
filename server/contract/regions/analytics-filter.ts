import { Field, InputType } from 'type-graphql';
import { seesPublication, type Viewer } from '../../core/auth/viewer';
import { badInput, DomainError, errorText, errorTexts } from '../../core/errors';
import { parseIsoDate } from '../../core/validation';
import type { RegionDirectory } from './region-directory';
import { RoundtableFormat } from './roundtable-format';

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

  @Field(() => Boolean, {
    nullable: true,
    description:
      'true: approved records only; false or absent: every record, whatever its review state. FUNDER and PUBLIC always see approved records only.',
  })
  approvedOnly?: boolean | null;
}

/** A filter checked against what exists: region slugs resolved, dates parsed. */
export interface Scope {
  regionSlugs?: string[];
  from?: string;
  to?: string;
  formats?: RoundtableFormat[];
  illustrative?: boolean;
  /** Approved records only: asked for, or always for a viewer who sees the publication. */
  approvedOnly?: boolean;
}

/**
 * Checks a filter against what exists. Every problem is found before anything is refused,
 * so one BAD_USER_INPUT error names them all.
 */
export async function resolveScope(viewer: Viewer, filter: AnalyticsFilter | null | undefined, regions: RegionDirectory): Promise<Scope> {
  const approvedOnly = seesPublication(viewer) || filter?.approvedOnly === true ? { approvedOnly: true } : {};
  if (!filter) return approvedOnly;
  const problems: DomainError[] = [];
  const attempt = async <T>(check: () => T | Promise<T>): Promise<T | undefined> => {
    try {
      return await check();
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      problems.push(error);
      return undefined;
    }
  };
  const from = filter.from ? await attempt(() => parseIsoDate(filter.from as string, 'filter.from')) : undefined;
  const to = filter.to ? await attempt(() => parseIsoDate(filter.to as string, 'filter.to')) : undefined;
  if (from && to && from > to) {
    problems.push(badInput(errorText('filterFromAfterTo', { from, to })));
  }
  const regionSlugs = await attempt(() => regions.scope(filter));
  if (problems.length > 0) {
    throw badInput(errorTexts(problems.map((problem) => problem.text)), {
      problems: problems.map((problem) => ({ message: problem.message, ...problem.extensions })),
    });
  }
  return { regionSlugs, from, to, formats: filter.formats ?? undefined, illustrative: filter.illustrative ?? undefined, ...approvedOnly };
}

/**
 * WHERE conditions for a scope over a table with region_slug, date, format, illustrative and approved
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
  if (scope.approvedOnly) conditions.push(`${alias}.approved`);
  return conditions;
}

/** A WHERE clause of the conditions given, or nothing when there are none. */
export const whereClause = (conditions: readonly string[]): string => (conditions.length ? `WHERE ${conditions.join(' AND ')}` : '');

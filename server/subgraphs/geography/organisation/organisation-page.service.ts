import type { DataSource } from 'typeorm';
import { whereClause } from '../../../contract/regions/analytics-filter';
import { errorText } from '../../../core/errors';
import { orderClause, type PageInput, pageClause } from '../../../core/paging';
import { type FieldProblem, fieldProblem, refusal } from '../../../core/validate-input';
import type { CategoryTaxonomy } from '../category/category-taxonomy';
import { Organisation } from './organisation.entity';
import { ORGANISATION_COLUMNS } from './organisation.service';
import { type OrganisationFilter, type OrganisationOrder, type OrganisationPage, OrganisationSortField } from './organisation-page.types';

/** Each sort key's column; the region and category are joined as r and c. */
const ORGANISATION_ORDER: Record<OrganisationSortField, string> = {
  [OrganisationSortField.NAME]: 'lower(o.name)',
  [OrganisationSortField.REGION]: 'r.name',
  [OrganisationSortField.CATEGORY]: 'c.position',
  [OrganisationSortField.MIGRANT_LED]: 'o.migrant_led',
};

const FROM = `geography.organisation o
  LEFT JOIN geography.region r ON r.slug = o.region_slug
  JOIN geography.stakeholder_category c ON c.code = o.category_code`;

/** `%` and `_` typed by a person are letters to find, not patterns. */
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;

/** `"a" is` or `"a", "b" are`: the unknown keys a refusal names. */
const quoted = (keys: readonly string[]) => keys.map((key) => `"${key}"`).join(', ');

/** The organisations as a long list: filtered, sorted, one page at a time, with the total in the same statement. */
export class OrganisationPageService {
  constructor(
    private readonly db: DataSource,
    private readonly categories: CategoryTaxonomy,
  ) {}

  async page(
    filter: OrganisationFilter | null | undefined,
    page: PageInput | undefined,
    order: OrganisationOrder,
  ): Promise<OrganisationPage> {
    const { where, params } = await this.conditions(filter ?? {});
    const rows: (Organisation & { totalCount: string })[] = await this.db.query(
      `SELECT ${ORGANISATION_COLUMNS}, count(*) OVER () AS "totalCount" FROM ${FROM} ${where}
       ${orderClause(ORGANISATION_ORDER, order.field, order.direction, 'lower(o.name), o.slug')}
       ${pageClause(page, params)}`,
      params,
    );
    // Past the last page there is no row to carry the total, so it is counted apart.
    const [first] = rows;
    const totalCount = first ? Number(first.totalCount) : await this.count(where, params.slice(0, -2));
    return { totalCount, rows: rows.map(({ totalCount: _, ...row }) => Object.assign(new Organisation(), row)) };
  }

  private async count(where: string, params: unknown[]): Promise<number> {
    const [{ n }] = await this.db.query(`SELECT count(*)::int AS n FROM ${FROM} ${where}`, params);
    return n;
  }

  /** The filter as SQL conditions, once every region and category it names is known to exist. */
  private async conditions(filter: OrganisationFilter): Promise<{ where: string; params: unknown[] }> {
    await this.assertKnown(filter);
    const params: unknown[] = [];
    const conditions: string[] = [];
    const search = filter.search?.trim();
    if (search) {
      params.push(likePattern(search));
      conditions.push(`(o.name ILIKE $${params.length} OR o.slug ILIKE $${params.length})`);
    }
    const places: string[] = [];
    if (filter.regions?.length) {
      params.push(filter.regions);
      places.push(`o.region_slug = ANY($${params.length}::text[])`);
    }
    if (filter.acrossRegions) places.push('o.region_slug IS NULL');
    if (places.length) conditions.push(`(${places.join(' OR ')})`);
    if (filter.categories?.length) {
      params.push(filter.categories);
      conditions.push(`o.category_code = ANY($${params.length}::text[])`);
    }
    if (typeof filter.migrantLed === 'boolean') {
      params.push(filter.migrantLed);
      conditions.push(`o.migrant_led = $${params.length}`);
    }
    return { where: whereClause(conditions), params };
  }

  private async assertKnown(filter: OrganisationFilter): Promise<void> {
    const problems: FieldProblem[] = [];
    const unknownCategories = (filter.categories ?? []).filter((code) => !this.categories.find(code));
    if (unknownCategories.length) {
      problems.push(
        fieldProblem(
          'filter.categories',
          errorText('notCategories', { codes: quoted(unknownCategories), count: unknownCategories.length }),
        ),
      );
    }
    if (filter.regions?.length) {
      const known: { slug: string }[] = await this.db.query('SELECT slug FROM geography.region WHERE slug = ANY($1::text[])', [
        filter.regions,
      ]);
      const unknownRegions = filter.regions.filter((slug) => !known.some((region) => region.slug === slug));
      if (unknownRegions.length) {
        problems.push(
          fieldProblem('filter.regions', errorText('notRegions', { slugs: quoted(unknownRegions), count: unknownRegions.length })),
        );
      }
    }
    if (problems.length) throw refusal(problems);
  }
}

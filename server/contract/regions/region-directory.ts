import type { DataSource, EntityManager } from 'typeorm';
import { ChangeNotices } from '../../core/database/change-notices';
import { badInput, type ErrorText, errorText, errorTexts } from '../../core/errors';
import { parseCountryCodes } from '../../core/validation';

export interface RegionKey {
  slug: string;
  country: string;
  illustrative?: boolean;
}

/** The channel on which a subgraph's instances hear that its regions changed. */
const channelOf = (schema: string) => `${schema}_regions`;

/** Every column of a region_ref row (alias r): a region's key as geography gave it. */
const REGION_REF_COLUMNS = 'r.slug, r.country, r.illustrative';

/**
 * The regions a subgraph knows from its projection of geography's region keys, kept in
 * memory so that checking a filter costs no query.
 * Every instance reads it again when geography's regions are applied to it, by whichever process
 * (`pnpm seed` beside a running server, another instance): it hears of it through ChangeNotices,
 * so a scope of every region counts a new one at once. A slug or country it does not know still
 * makes it read the projection again once before the filter is refused, in case the notice is late.
 */
export class RegionDirectory {
  private regions = new Map<string, RegionKey>();
  // Derived once per read of the projection, not per request: at 1,000 regions, sorting
  // them for every filter checked was a visible share of an analytics request's time.
  private sorted: readonly RegionKey[] = [];
  private countries = new Set<string>();

  private constructor(
    private readonly db: DataSource,
    /** The PostgreSQL schema of the subgraph whose region_ref table this reads. */
    private readonly schema: string,
  ) {}

  /** The regions of `schema`'s projection, read now and again whenever any process changes it. */
  static async load(db: DataSource, schema: string, notices: ChangeNotices): Promise<RegionDirectory> {
    const directory = new RegionDirectory(db, schema);
    await directory.reload();
    await notices.listen(channelOf(schema), () => directory.reload());
    return directory;
  }

  async reload(): Promise<void> {
    const rows: Required<RegionKey>[] = await this.db.query(`SELECT ${REGION_REF_COLUMNS} FROM ${this.schema}.region_ref r`);
    this.regions = new Map(rows.map((row) => [row.slug, row]));
    this.sorted = [...rows].sort((a, b) => a.slug.localeCompare(b.slug));
    this.countries = new Set(rows.map((row) => row.country));
  }

  /** Applies geography's regions to the projection; geography's changes are the only writer. */
  async applyRegions(manager: EntityManager, regions: readonly RegionKey[]): Promise<void> {
    for (const region of regions) {
      await manager.query(
        `INSERT INTO ${this.schema}.region_ref (slug, country, illustrative) VALUES ($1, $2, $3)
         ON CONFLICT (slug) DO UPDATE SET country = EXCLUDED.country, illustrative = EXCLUDED.illustrative`,
        [region.slug, region.country, region.illustrative ?? false],
      );
    }
    await ChangeNotices.announce(manager, channelOf(this.schema));
  }

  /** Every region, by slug. */
  all(): readonly RegionKey[] {
    return this.sorted;
  }

  /**
   * The slugs a filter selects, or undefined for every region. Unknown slugs or countries
   * are a BAD_USER_INPUT error naming each of them.
   */
  async scope(filter: { regions?: readonly string[] | null; countries?: readonly string[] | null }): Promise<string[] | undefined> {
    const { regions, countries } = filter;
    if (!regions && !countries) return undefined;
    const wantedCountries = countries ? parseCountryCodes(countries, 'filter.countries') : undefined;
    if (this.misses(regions, wantedCountries)) await this.reload();
    const problems: ErrorText[] = [];
    const unknownSlugs = (regions ?? []).filter((slug) => !this.regions.has(slug));
    if (unknownSlugs.length > 0) {
      problems.push(
        errorText('unknownRegions', {
          regions: unknownSlugs.map((s) => `"${s}"`).join(', '),
          known: [...this.regions.keys()].sort().join(', '),
        }),
      );
    }
    const unknownCountries = (wantedCountries ?? []).filter((c) => !this.countries.has(c));
    if (unknownCountries.length > 0) {
      problems.push(
        errorText('noRegionInCountries', {
          countries: unknownCountries.map((c) => `"${c}"`).join(', '),
          known: [...this.countries].sort().join(', '),
        }),
      );
    }
    if (problems.length > 0) {
      throw badInput(errorTexts(problems), {
        field: unknownSlugs.length ? 'filter.regions' : 'filter.countries',
        invalid: [...unknownSlugs, ...unknownCountries],
      });
    }
    // A selection is looked up, not searched for among every region.
    const candidates = regions
      ? [...new Set(regions)].map((slug) => this.regions.get(slug) as RegionKey).sort((a, b) => a.slug.localeCompare(b.slug))
      : this.sorted;
    return candidates.filter((r) => !wantedCountries || wantedCountries.includes(r.country)).map((r) => r.slug);
  }

  /** The slugs that name no region, after reading the projection again when any seemed unknown. */
  async unknownSlugs(slugs: readonly string[]): Promise<string[]> {
    if (this.misses(slugs, undefined)) await this.reload();
    return slugs.filter((slug) => !this.regions.has(slug));
  }

  private misses(regions: readonly string[] | null | undefined, countries: readonly string[] | undefined): boolean {
    return (regions ?? []).some((s) => !this.regions.has(s)) || (countries ?? []).some((c) => !this.countries.has(c));
  }
}

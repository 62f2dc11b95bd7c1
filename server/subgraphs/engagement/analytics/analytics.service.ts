import type { DataSource } from 'typeorm';
import { countRange } from '../../../contract/count-range';
import { withheldList } from '../../../contract/disclosure/withholding';
import { type AnalyticsFilter, resolveScope, type Scope } from '../../../contract/regions/analytics-filter';
import type { RegionDirectory } from '../../../contract/regions/region-directory';
import { seesPublication, type Viewer } from '../../../core/auth/viewer';
import type { PageInput } from '../../../core/paging';
import type { ChallengeTaxonomy } from '../challenge/challenge-taxonomy';
import { RegionRef } from '../federated-stubs';
import type { PublishedCount, PublishedScope } from '../publication/publication';
import { categoryPart, TOTAL } from '../publication/publication-parts';
import type { PublicationStore } from '../publication/publication-store';
import { publishedScopeOf } from '../publication/published-scope';
import { Source } from '../source/source.entity';
import type {
  AttendanceMixRow,
  AttendanceTotal,
  CategoryReachRow,
  ChallengeFrequencyRow,
  ChallengeTotalRow,
  Coverage,
  SourcePage,
  StakeholderMixRow,
} from './analytics.types';
import { analyticsStatement, coverageStatement, totalsStatement } from './analytics-sql';
import { sourcePageStatement, sourcesStatement } from './sources-sql';

export type Row = Record<string, string | number | null>;

/**
 * The analytics: each is one SQL statement over the rollups (analytics-sql.ts). Ranges add as
 * (min, max) pairs; a roundtable whose figure is unknown is counted apart, never as 0. Counts of
 * people for FUNDER and PUBLIC come from the protected publication instead (publication/), for
 * reporting periods only; the statement still gives them the regions, categories and roundtables.
 */
export class AnalyticsService {
  constructor(
    private readonly db: DataSource,
    private readonly regions: RegionDirectory,
    private readonly challenges: ChallengeTaxonomy,
    private readonly publications: PublicationStore,
  ) {}

  async attendanceMix(viewer: Viewer, filter?: AnalyticsFilter | null): Promise<AttendanceMixRow[]> {
    const { scope, publish } = await this.scopeFor(viewer, filter);
    const { text, values } = analyticsStatement('attendanceMix', scope);
    const rows: Row[] = await this.db.query(text, values);
    const bySlug = new Map(rows.map((row) => [row.region_slug as string, row]));
    return this.regionsIn(scope).map((slug) => ({
      region: { slug },
      ...attendanceOf(bySlug.get(slug), publish && ((part) => publish({ regions: [slug] }, part))),
    }));
  }

  async attendanceTotal(viewer: Viewer, filter?: AnalyticsFilter | null): Promise<AttendanceTotal> {
    const { scope, publish } = await this.scopeFor(viewer, filter);
    const { text, values } = totalsStatement('attendanceTotal', scope);
    const [row]: Row[] = await this.db.query(text, values);
    return attendanceOf(row, publish && ((part) => publish({}, part)));
  }

  async stakeholderMix(viewer: Viewer, filter?: AnalyticsFilter | null): Promise<StakeholderMixRow[]> {
    const { scope, publish } = await this.scopeFor(viewer, filter);
    const { text, values } = analyticsStatement('stakeholderMix', scope);
    const rows: Row[] = await this.db.query(text, values);
    return rows.map((row) => {
      const slug = row.region_slug as string;
      const code = row.category_code as string;
      const participants = publish
        ? publish({ regions: [slug] }, categoryPart(code))
        : { value: countRange(row.participants_min, row.participants_max), withheld: null };
      return {
        region: { slug },
        category: { code },
        roundtables: Number(row.roundtables),
        roundtablesUncounted: Number(row.uncounted),
        participants: participants.value,
        withheld: withheldList({ participants }),
      };
    });
  }

  async challengeFrequency(viewer: Viewer, filter?: AnalyticsFilter | null): Promise<ChallengeFrequencyRow[]> {
    const scope = await resolveScope(viewer, filter, this.regions);
    const { text, values } = analyticsStatement('challengeFrequency', scope);
    const rows: Row[] = await this.db.query(text, values);
    return rows.map((row) => ({
      region: { slug: row.region_slug as string },
      challenge: this.challenges.get(row.challenge_code as string),
      mentions: Number(row.mentions),
      roundtables: Number(row.roundtables),
    }));
  }

  /** stakeholderMix summed over regions: roundtables and regions only, so nothing to suppress. */
  async categoryReach(viewer: Viewer, filter?: AnalyticsFilter | null): Promise<CategoryReachRow[]> {
    const { text, values } = totalsStatement('categoryReach', await resolveScope(viewer, filter, this.regions));
    const rows: Row[] = await this.db.query(text, values);
    return rows.map((row) => ({
      category: { code: row.category_code as string },
      roundtables: Number(row.roundtables),
      regions: Number(row.regions),
    }));
  }

  /** challengeFrequency summed over regions. */
  async challengeTotals(viewer: Viewer, filter?: AnalyticsFilter | null): Promise<ChallengeTotalRow[]> {
    const { text, values } = totalsStatement('challengeTotals', await resolveScope(viewer, filter, this.regions));
    const rows: Row[] = await this.db.query(text, values);
    return rows.map((row) => ({
      challenge: this.challenges.get(row.challenge_code as string),
      mentions: Number(row.mentions),
      roundtables: Number(row.roundtables),
      regions: Number(row.regions),
    }));
  }

  async coverage(viewer: Viewer, filter?: AnalyticsFilter | null): Promise<Coverage> {
    const scope = await resolveScope(viewer, filter, this.regions);
    const { text, values } = coverageStatement(scope);
    const [row]: Row[] = await this.db.query(text, values);
    return {
      roundtables: Number(row?.roundtables ?? 0),
      illustrativeRoundtables: Number(row?.illustrative ?? 0),
      regionsWithRoundtables: Number(row?.regions ?? 0),
      firstDate: (row?.first_date as string | null) ?? null,
      lastDate: (row?.last_date as string | null) ?? null,
    };
  }

  /**
   * The sources cited by the roundtables in scope, each once, then the platforms whose own
   * records (roundtables citing no publication) are in scope, each as a source `recordedBy` its region.
   */
  async sources(viewer: Viewer, filter?: AnalyticsFilter | null): Promise<Source[]> {
    const { text, values } = sourcesStatement(await resolveScope(viewer, filter, this.regions));
    const rows: SourceRow[] = await this.db.query(text, values);
    return rows.map(asSource);
  }

  /** One page of `sources`, with how many there are in all, in one statement. */
  async sourcePage(viewer: Viewer, filter: AnalyticsFilter | null | undefined, page: PageInput | undefined): Promise<SourcePage> {
    const { text, values } = sourcePageStatement(await resolveScope(viewer, filter, this.regions), page);
    const rows: (SourceRow & { totalCount: number })[] = await this.db.query(text, values);
    return {
      totalCount: rows[0]?.totalCount ?? 0,
      rows: rows.filter((row) => row.id !== null).map(({ totalCount: _, ...row }) => asSource(row)),
    };
  }

  /**
   * The scope of a filter, and for FUNDER and PUBLIC how to read a count of people of it from the
   * publication (undefined for roles that see counts as recorded). A filter the publication
   * holds no figures for (dates other than a reporting period, a format) is refused for them.
   */
  async scopeFor(viewer: Viewer, filter: AnalyticsFilter | null | undefined): Promise<{ scope: Scope; publish?: Publish }> {
    if (!seesPublication(viewer)) return { scope: await resolveScope(viewer, filter, this.regions) };
    const { value: publication } = await this.publications.served();
    const { scope, published } = await publishedScopeOf(viewer, filter, this.regions, publication.periods);
    return { scope, publish: (narrowed, part) => publication.count({ ...published, ...narrowed }, part) };
  }

  /** Every region the scope covers, so a region with no roundtable shows as 0 roundtables. */
  regionsIn(scope: Scope): string[] {
    if (scope.regionSlugs) return scope.regionSlugs;
    // Asked for recorded facts only: generated regions have none, so they are left out.
    const regions = scope.illustrative === false ? this.regions.all().filter((region) => !region.illustrative) : this.regions.all();
    return regions.map((region) => region.slug);
  }
}

/** A count of people of the scope, narrowed (to one region, say), as the publication has it. */
export type Publish = (narrowed: Partial<PublishedScope>, part: string) => PublishedCount;

/** Attendance of a statement's row: as recorded, or, given `publish`, as published. */
export function attendanceOf(row: Row | undefined, publish: ((part: string) => PublishedCount) | undefined) {
  const recorded = (min: string, max: string): PublishedCount => ({ value: countRange(row?.[min], row?.[max]), withheld: null });
  const counts = {
    online: publish ? publish('ONLINE') : recorded('online_min', 'online_max'),
    onsite: publish ? publish('ONSITE') : recorded('onsite_min', 'onsite_max'),
    unknownMode: publish ? publish('UNKNOWN_MODE') : recorded('unknown_mode_min', 'unknown_mode_max'),
    total: publish ? publish(TOTAL) : recorded('total_min', 'total_max'),
  };
  return {
    roundtables: Number(row?.roundtables ?? 0),
    roundtablesUnknownAttendance: Number(row?.unknown_attendance ?? 0),
    online: counts.online.value,
    onsite: counts.onsite.value,
    unknownMode: counts.unknownMode.value,
    total: counts.total.value,
    withheld: withheldList(counts),
  };
}

/** A source as the sources statements read it: a platform's own records name their region by slug. */
type SourceRow = Omit<Source, 'recordedBy'> & { recordedBySlug: string | null; kind: number };

const asSource = ({ recordedBySlug, kind: _, ...source }: SourceRow): Source =>
  Object.assign(new Source(), source, { recordedBy: recordedBySlug ? Object.assign(new RegionRef(), { slug: recordedBySlug }) : null });

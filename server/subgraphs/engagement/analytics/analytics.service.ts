import type { DataSource } from 'typeorm';
import type { Viewer } from '../../../core/auth/viewer';
import { countRange } from '../../../core/count-range';
import { countDisclosure } from '../../../core/disclosure/count-disclosure';
import { type AnalyticsFilter, resolveScope, type Scope, scopeConditions, whereClause } from '../../../core/regions/analytics-filter';
import type { RegionDirectory } from '../../../core/regions/region-directory';
import type { ChallengeTaxonomy } from '../challenge/challenge-taxonomy';
import type { Source } from '../source/source.entity';
import type {
  AttendanceMixRow,
  CategoryReachRow,
  ChallengeFrequencyRow,
  ChallengeTotalRow,
  Coverage,
  StakeholderMixRow,
} from './analytics.types';
import { analyticsStatement, coverageStatement, totalsStatement } from './analytics-sql';

type Row = Record<string, string | number | null>;

/**
 * The analytics: each is one SQL statement over the rollups (analytics-sql.ts). Ranges add as
 * (min, max) pairs; a roundtable whose figure is unknown is counted apart, never as 0.
 * Counts of people are suppressed on the result rows for viewers who see aggregates only.
 */
export class AnalyticsService {
  constructor(
    private readonly db: DataSource,
    private readonly regions: RegionDirectory,
    private readonly challenges: ChallengeTaxonomy,
    private readonly suppressionK: number,
  ) {}

  async attendanceMix(viewer: Viewer, filter?: AnalyticsFilter | null): Promise<AttendanceMixRow[]> {
    const scope = await resolveScope(filter, this.regions);
    const { text, values } = analyticsStatement('attendanceMix', scope);
    const rows: Row[] = await this.db.query(text, values);
    const bySlug = new Map(rows.map((row) => [row.region_slug as string, row]));
    const disclose = countDisclosure(viewer, this.suppressionK);
    return this.regionsIn(scope).map((slug) => {
      const row = bySlug.get(slug);
      return disclose.attendance({
        region: { slug },
        roundtables: Number(row?.roundtables ?? 0),
        roundtablesUnknownAttendance: Number(row?.unknown_attendance ?? 0),
        online: countRange(row?.online_min, row?.online_max),
        onsite: countRange(row?.onsite_min, row?.onsite_max),
        unknownMode: countRange(row?.unknown_mode_min, row?.unknown_mode_max),
        total: countRange(row?.total_min, row?.total_max),
      });
    });
  }

  async stakeholderMix(viewer: Viewer, filter?: AnalyticsFilter | null): Promise<StakeholderMixRow[]> {
    const scope = await resolveScope(filter, this.regions);
    const { text, values } = analyticsStatement('stakeholderMix', scope);
    const rows: Row[] = await this.db.query(text, values);
    const mix = rows.map((row) => ({
      region: { slug: row.region_slug as string },
      category: { code: row.category_code as string },
      roundtables: Number(row.roundtables),
      roundtablesUncounted: Number(row.uncounted),
      participants: countRange(row.participants_min, row.participants_max),
    }));
    // A region's categories add up to its attendanceMix total when counted from records.
    return countDisclosure(viewer, this.suppressionK).participantsByGroup(mix, (row) => row.region.slug);
  }

  async challengeFrequency(filter?: AnalyticsFilter | null): Promise<ChallengeFrequencyRow[]> {
    const scope = await resolveScope(filter, this.regions);
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
  async categoryReach(filter?: AnalyticsFilter | null): Promise<CategoryReachRow[]> {
    const { text, values } = totalsStatement('categoryReach', await resolveScope(filter, this.regions));
    const rows: Row[] = await this.db.query(text, values);
    return rows.map((row) => ({
      category: { code: row.category_code as string },
      roundtables: Number(row.roundtables),
      regions: Number(row.regions),
    }));
  }

  /** challengeFrequency summed over regions. */
  async challengeTotals(filter?: AnalyticsFilter | null): Promise<ChallengeTotalRow[]> {
    const { text, values } = totalsStatement('challengeTotals', await resolveScope(filter, this.regions));
    const rows: Row[] = await this.db.query(text, values);
    return rows.map((row) => ({
      challenge: this.challenges.get(row.challenge_code as string),
      mentions: Number(row.mentions),
      roundtables: Number(row.roundtables),
      regions: Number(row.regions),
    }));
  }

  async coverage(filter?: AnalyticsFilter | null): Promise<Coverage> {
    const scope = await resolveScope(filter, this.regions);
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

  /** The sources cited by the roundtables in scope, each once. */
  async sources(filter?: AnalyticsFilter | null): Promise<Source[]> {
    const scope = await resolveScope(filter, this.regions);
    const params: unknown[] = [];
    const rows: Source[] = await this.db.query(
      `SELECT DISTINCT s.id, s.title, s.publisher, s.url, to_char(s.published_on, 'YYYY-MM-DD') AS "publishedOn", s.illustrative
       FROM engagement.roundtable rt
       JOIN engagement.roundtable_source rs ON rs.roundtable_id = rt.id
       JOIN engagement.source s ON s.id = rs.source_id
       ${whereClause(scopeConditions(scope, 'rt', params))}
       ORDER BY s.illustrative, s.title`,
      params,
    );
    return rows;
  }

  /** Every region the scope covers, so a region with no roundtable shows as 0 roundtables. */
  private regionsIn(scope: Scope): string[] {
    if (scope.regionSlugs) return scope.regionSlugs;
    // Asked for recorded facts only: generated regions have none, so they are left out.
    const regions = scope.illustrative === false ? this.regions.all().filter((region) => !region.illustrative) : this.regions.all();
    return regions.map((region) => region.slug);
  }
}

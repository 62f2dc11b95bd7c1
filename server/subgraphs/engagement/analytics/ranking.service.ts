import type { DataSource } from 'typeorm';
import { countRange } from '../../../contract/count-range';
import { withheldList } from '../../../contract/disclosure/withholding';
import type { AnalyticsFilter } from '../../../contract/regions/analytics-filter';
import type { Viewer } from '../../../core/auth/viewer';
import { badInput, errorText } from '../../../core/errors';
import type { ChallengeTaxonomy } from '../challenge/challenge-taxonomy';
import type { PublishedCount } from '../publication/publication';
import { categoryPart } from '../publication/publication-parts';
import { type AnalyticsService, attendanceOf, type Publish, type Row } from './analytics.service';
import type { StakeholderMixRow } from './analytics.types';
import { analyticsStatement } from './analytics-sql';
import {
  AttendanceMeasure,
  AttendanceOrder,
  type AttendanceRanking,
  ChallengeOrder,
  type ChallengeRanking,
  RANKING_LIMIT_MAX,
  StakeholderMeasure,
  StakeholderOrder,
  type StakeholderOthersRow,
  type StakeholderRanking,
} from './ranking.types';
import { type AttendanceColumn, attendanceRankingStatement, challengeRankingStatement, stakeholderRankingStatement } from './ranking-sql';
import { type Measure, rankRegions } from './region-order';

/** The columns each attendance measure orders by, in SQL. */
const ATTENDANCE_COLUMNS: Record<AttendanceMeasure, readonly AttendanceColumn[]> = {
  TOTAL: ['total_min', 'total_max'],
  ONLINE: ['online_min', 'online_max'],
  ONSITE: ['onsite_min', 'onsite_max'],
  UNKNOWN_MODE: ['unknown_mode_min', 'unknown_mode_max'],
  ROUNDTABLES: ['roundtables'],
  REGION: [],
};

/** The publication's part for each attendance measure of people. */
const ATTENDANCE_PARTS: Partial<Record<AttendanceMeasure, 'total' | 'online' | 'onsite' | 'unknownMode'>> = {
  TOTAL: 'total',
  ONLINE: 'online',
  ONSITE: 'onsite',
  UNKNOWN_MODE: 'unknownMode',
};

const num = (value: unknown) => Number(value ?? 0);

/**
 * Rankings: the regions of a scope with the most (or least) of a measure, at most
 * RANKING_LIMIT_MAX of them, and every other region summed, so an answer stays the same size
 * at 1,000 regions. As recorded, one statement ranks and sums (ranking-sql.ts). For FUNDER and
 * PUBLIC, people are ranked by their published counts only (a withheld or unknown one last, by
 * slug) and the others are the publication's figure for exactly those regions: what asking for
 * them by filter.regions would give, so a ranking tells nothing the publication does not.
 */
export class RankingService {
  constructor(
    private readonly db: DataSource,
    private readonly analytics: AnalyticsService,
    private readonly challenges: ChallengeTaxonomy,
  ) {}

  async attendance(
    viewer: Viewer,
    filter: AnalyticsFilter | null | undefined,
    order: AttendanceOrder,
    limit: number,
  ): Promise<AttendanceRanking> {
    checkLimit(limit);
    const { scope, publish } = await this.analytics.scopeFor(viewer, filter);
    const regions = this.analytics.regionsIn(scope);
    if (publish) return this.publishedAttendance(analyticsStatement('attendanceMix', scope), regions, publish, order, limit);
    const { text, values } = attendanceRankingStatement(
      scope,
      { regions, direction: order.direction, limit },
      ATTENDANCE_COLUMNS[order.by],
    );
    const rows: Row[] = await this.db.query(text, values);
    const others = rows.find((row) => row.kind === 'O');
    return {
      regionCount: regions.length,
      regions: rows
        .filter((row) => row.kind === 'R')
        .map((row) => ({ region: { slug: row.region_slug as string }, ...attendanceOf(row, undefined) })),
      others: { regionCount: num(others?.region_count), ...attendanceOf(others, undefined) },
    };
  }

  async stakeholders(
    viewer: Viewer,
    filter: AnalyticsFilter | null | undefined,
    order: StakeholderOrder,
    limit: number,
  ): Promise<StakeholderRanking> {
    checkLimit(limit);
    const { scope, publish } = await this.analytics.scopeFor(viewer, filter);
    const regions = this.analytics.regionsIn(scope);
    if (publish) return this.publishedStakeholders(analyticsStatement('stakeholderMix', scope), regions, publish, order, limit);
    const statement = stakeholderRankingStatement(scope, { regions, direction: order.direction, limit }, order.by, order.category);
    const rows: Row[] = await this.db.query(statement.text, statement.values);
    const recorded = (row: Row) => ({ value: countRange(row.participants_min, row.participants_max), withheld: null });
    const shown = rows.filter((row) => row.kind === 'R');
    return {
      regionCount: regions.length,
      regions: uniqueSlugs(shown).map((slug) => ({ slug })),
      rows: shown.filter((row) => row.code !== null).map((row) => stakeholderRow(row, recorded(row))),
      othersRegionCount: num(rows.find((row) => row.kind === 'N')?.region_count),
      others: rows.filter((row) => row.kind === 'O').map((row) => stakeholderOthers(row, num(row.region_count), recorded(row))),
    };
  }

  /** Challenges count mentions and roundtables, never people: the same for every role. */
  async challengeFrequency(
    viewer: Viewer,
    filter: AnalyticsFilter | null | undefined,
    order: ChallengeOrder,
    limit: number,
  ): Promise<ChallengeRanking> {
    checkLimit(limit);
    const { scope } = await this.analytics.scopeFor(viewer, filter);
    const regions = this.analytics.regionsIn(scope);
    const statement = challengeRankingStatement(scope, { regions, direction: order.direction, limit }, order.by, order.challenge);
    const rows: Row[] = await this.db.query(statement.text, statement.values);
    const shown = rows.filter((row) => row.kind === 'R');
    const counts = (row: Row) => ({
      challenge: this.challenges.get(row.code as string),
      mentions: num(row.mentions),
      roundtables: num(row.roundtables),
    });
    return {
      regionCount: regions.length,
      regions: uniqueSlugs(shown).map((slug) => ({ slug })),
      rows: shown.filter((row) => row.code !== null).map((row) => ({ region: { slug: row.region_slug as string }, ...counts(row) })),
      othersRegionCount: num(rows.find((row) => row.kind === 'N')?.region_count),
      others: rows.filter((row) => row.kind === 'O').map((row) => ({ ...counts(row), regionCount: num(row.region_count) })),
    };
  }

  private async publishedAttendance(
    statement: { text: string; values: unknown[] },
    regions: readonly string[],
    publish: Publish,
    order: AttendanceOrder,
    limit: number,
  ): Promise<AttendanceRanking> {
    const rows: Row[] = await this.db.query(statement.text, statement.values);
    const bySlug = new Map(rows.map((row) => [row.region_slug as string, row]));
    const figures = regions.map((slug) => ({
      slug,
      row: bySlug.get(slug),
      ...attendanceOf(bySlug.get(slug), (part) => publish({ regions: [slug] }, part)),
    }));
    const part = ATTENDANCE_PARTS[order.by];
    const measure: ((region: (typeof figures)[number]) => Measure) | undefined = part
      ? (region) => region[part]
      : order.by === AttendanceMeasure.ROUNDTABLES
        ? (region) => region.roundtables
        : undefined;
    const ranked = rankRegions(figures, measure, order.direction);
    const shown = ranked.slice(0, limit);
    const rest = ranked.slice(limit).map((region) => region.slug);
    const summed: Row = {
      roundtables: rest.reduce((sum, slug) => sum + num(bySlug.get(slug)?.roundtables), 0),
      unknown_attendance: rest.reduce((sum, slug) => sum + num(bySlug.get(slug)?.unknown_attendance), 0),
    };
    return {
      regionCount: regions.length,
      regions: shown.map(({ slug, row: _row, ...figure }) => ({ region: { slug }, ...figure })),
      others: { regionCount: rest.length, ...attendanceOf(summed, (p) => publish({ regions: rest }, p)) },
    };
  }

  private async publishedStakeholders(
    statement: { text: string; values: unknown[] },
    regions: readonly string[],
    publish: Publish,
    order: StakeholderOrder,
    limit: number,
  ): Promise<StakeholderRanking> {
    const cells: Row[] = await this.db.query(statement.text, statement.values);
    const cellsOf = new Map<string, Row[]>(regions.map((slug) => [slug, []]));
    for (const cell of cells) cellsOf.get(cell.region_slug as string)?.push(cell);
    const counted = (slug: string, cell: Row) => publish({ regions: [slug] }, categoryPart(cell.category_code as string));
    const named = (cell: Row) => !order.category || cell.category_code === order.category;
    const measure: ((region: { slug: string }) => Measure) | undefined =
      order.by === StakeholderMeasure.PARTICIPANTS
        ? ({ slug }) => addedUp((cellsOf.get(slug) ?? []).filter(named).map((cell) => counted(slug, cell)))
        : order.by === StakeholderMeasure.ROUNDTABLES
          ? ({ slug }) => (cellsOf.get(slug) ?? []).filter(named).reduce((sum, cell) => sum + num(cell.roundtables), 0)
          : undefined;
    const ranked = rankRegions(
      regions.map((slug) => ({ slug })),
      measure,
      order.direction,
    ).map(({ slug }) => slug);
    const shown = ranked.slice(0, limit);
    const rest = ranked.slice(limit);
    const others = new Map<string, Row>();
    for (const slug of rest) {
      for (const cell of cellsOf.get(slug) ?? []) {
        const code = cell.category_code as string;
        const sum = others.get(code) ?? { code, roundtables: 0, uncounted: 0, region_count: 0 };
        others.set(code, {
          code,
          roundtables: num(sum.roundtables) + num(cell.roundtables),
          uncounted: num(sum.uncounted) + num(cell.uncounted),
          region_count: num(sum.region_count) + 1,
        });
      }
    }
    return {
      regionCount: regions.length,
      regions: shown.map((slug) => ({ slug })),
      rows: shown.flatMap((slug) =>
        (cellsOf.get(slug) ?? []).map((cell) => stakeholderRow({ ...cell, code: cell.category_code ?? null }, counted(slug, cell))),
      ),
      othersRegionCount: rest.length,
      others: [...others.values()]
        .sort((a, b) => (String(a.code) < String(b.code) ? -1 : 1))
        .map((row) => stakeholderOthers(row, num(row.region_count), publish({ regions: rest }, categoryPart(row.code as string)))),
    };
  }
}

/** A limit outside 1..RANKING_LIMIT_MAX is refused, naming the maximum. */
function checkLimit(limit: number): void {
  if (limit < 1 || limit > RANKING_LIMIT_MAX) {
    throw badInput(errorText('rankingLimitOutOfRange', { limit, max: RANKING_LIMIT_MAX }), { field: 'limit' });
  }
}

/** The slugs of a ranking's rows, once each, in their order. */
const uniqueSlugs = (rows: readonly Row[]) => [...new Set(rows.map((row) => row.region_slug as string))];

/** Published counts added up: null (last in a ranking) when any is withheld, or when none is known. */
function addedUp(counts: readonly PublishedCount[]): Measure {
  if (counts.some((count) => count.withheld)) return null;
  const known = counts.flatMap((count) => (count.value ? [count.value] : []));
  if (known.length === 0) return null;
  return { min: known.reduce((sum, v) => sum + v.min, 0), max: known.reduce((sum, v) => sum + v.max, 0) };
}

function stakeholderRow(row: Row, participants: PublishedCount): StakeholderMixRow {
  return {
    region: { slug: row.region_slug as string },
    category: { code: row.code as string },
    roundtables: num(row.roundtables),
    roundtablesUncounted: num(row.uncounted),
    participants: participants.value,
    withheld: withheldList({ participants }),
  };
}

function stakeholderOthers(row: Row, regionCount: number, participants: PublishedCount): StakeholderOthersRow {
  return {
    category: { code: row.code as string },
    regionCount,
    roundtables: num(row.roundtables),
    roundtablesUncounted: num(row.uncounted),
    participants: participants.value,
    withheld: withheldList({ participants }),
  };
}

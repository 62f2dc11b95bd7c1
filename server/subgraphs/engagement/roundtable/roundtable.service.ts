import type { DataSource } from 'typeorm';
import { countRange } from '../../../contract/count-range';
import { notPublishedFor } from '../../../contract/disclosure/withholding';
import { type AnalyticsFilter, resolveScope, scopeConditions, whereClause } from '../../../contract/regions/analytics-filter';
import type { RegionDirectory } from '../../../contract/regions/region-directory';
import { seesPublication, type Viewer } from '../../../core/auth/viewer';
import { orderClause, type PageInput, pageClause } from '../../../core/paging';
import type { CategoryPresence, RoundtableAttendance } from '../attendance/attendance.types';
import type { ReviewState } from '../review/review-state';
import { Source } from '../source/source.entity';
import { Roundtable } from './roundtable.entity';
import type { OrganiserRole } from './roundtable-format';
import type { RoundtableOrder, RoundtablePage, RoundtableSortField } from './roundtable-page.types';
import { SOURCE_COLUMNS } from './roundtable-parts.service';

/** The column each sort of a page of roundtables orders by. */
const ROUNDTABLE_ORDER: Readonly<Record<RoundtableSortField, string>> = {
  DATE: 'rt.date',
  REGION: 'rt.region_slug',
  NUMBER: 'rt.number',
  SUBMITTED_AT: 'rt.submitted_at',
  REVIEW_STATE: "array_position(ARRAY['DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED'], rt.review_state)",
};

export interface AttendanceRow extends Omit<RoundtableAttendance, 'withheld'> {
  roundtableId: string;
}

export interface OrganiserRow {
  roundtableId: string;
  organisationSlug: string;
  role: OrganiserRole;
}

export interface CategoryPresenceRow {
  roundtableId: string;
  categoryCode: string;
  participantsMin: number | null;
  participantsMax: number | null;
}

/**
 * Every column of a roundtable (alias rt), named as Roundtable's properties; dates as text,
 * since pg would make them local Dates.
 */
export const ROUNDTABLE_COLUMNS = `rt.id, rt.region_slug AS "regionSlug", rt.number, to_char(rt.date, 'YYYY-MM-DD') AS date,
  rt.format, rt.duration_minutes AS "durationMinutes", rt.theme, rt.illustrative, rt.version,
  rt.review_state AS "reviewState", rt.review_comment AS "reviewComment",
  to_char(rt.submitted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "submittedAt"`;

/** The condition (alias rt) that keeps roundtables not yet approved from FUNDER and PUBLIC. */
const approvedFor = (viewer: Viewer) => (seesPublication(viewer) ? 'AND rt.approved' : '');

const roundtables = (rows: Roundtable[]) => rows.map((row) => Object.assign(new Roundtable(), row));

type RangeColumns<Name extends string> = { [K in `${Name}_min` | `${Name}_max`]: number | null };
type AttendanceRollupRow = {
  roundtable_id: string;
  from_records: boolean;
  organisations: number | null;
  source: Source | null;
} & RangeColumns<'total' | 'online' | 'onsite' | 'unknown_mode' | 'newcomers'>;

/** Reads of roundtables and of what hangs off them, each a single query for many roundtables. */
export class RoundtableService {
  constructor(
    private readonly db: DataSource,
    private readonly regions: RegionDirectory,
  ) {}

  /** The roundtables in scope, in the review states asked for (every state when none is). */
  async list(viewer: Viewer, filter?: AnalyticsFilter | null, states?: readonly ReviewState[] | null): Promise<Roundtable[]> {
    const { where, params } = await this.listScope(viewer, filter, states);
    return roundtables(
      await this.db.query(
        `SELECT ${ROUNDTABLE_COLUMNS} FROM engagement.roundtable rt ${where} ORDER BY rt.date, rt.region_slug, rt.number`,
        params,
      ),
    );
  }

  /** One page of the roundtables `list` gives, in the order asked, with how many there are in all. */
  async page(
    viewer: Viewer,
    filter: AnalyticsFilter | null | undefined,
    states: readonly ReviewState[] | null | undefined,
    page: PageInput | undefined,
    order: RoundtableOrder,
  ): Promise<RoundtablePage> {
    const { where, params } = await this.listScope(viewer, filter, states);
    const rows: (Roundtable & { totalCount: string })[] = await this.db.query(
      `SELECT ${ROUNDTABLE_COLUMNS}, count(*) OVER () AS "totalCount" FROM engagement.roundtable rt ${where}
       ${orderClause(ROUNDTABLE_ORDER, order.field, order.direction, 'rt.date, rt.region_slug, rt.number')}
       ${pageClause(page, params)}`,
      params,
    );
    // Past the last page there is no row to carry the total, so it is counted apart.
    const [first] = rows;
    const totalCount = first ? Number(first.totalCount) : await this.count(where, params.slice(0, -2));
    return { totalCount, rows: roundtables(rows.map(({ totalCount: _, ...row }) => row)) };
  }

  private async count(where: string, params: unknown[]): Promise<number> {
    const [{ n }] = await this.db.query(`SELECT count(*)::int AS n FROM engagement.roundtable rt ${where}`, params);
    return n;
  }

  private async listScope(viewer: Viewer, filter: AnalyticsFilter | null | undefined, states: readonly ReviewState[] | null | undefined) {
    const scope = await resolveScope(viewer, filter, this.regions);
    const params: unknown[] = [];
    const conditions = scopeConditions(scope, 'rt', params);
    if (states?.length) {
      params.push(states);
      conditions.push(`rt.review_state = ANY($${params.length}::text[])`);
    }
    return { where: whereClause(conditions), params };
  }

  /** The roundtables with these ids that the viewer may see: FUNDER and PUBLIC see approved ones only. */
  async findByIds(viewer: Viewer, ids: readonly string[]): Promise<Roundtable[]> {
    return roundtables(
      await this.db.query(
        `SELECT ${ROUNDTABLE_COLUMNS} FROM engagement.roundtable rt WHERE rt.id = ANY($1::uuid[]) ${approvedFor(viewer)}`,
        [ids],
      ),
    );
  }

  async findByRegions(viewer: Viewer, regionSlugs: readonly string[]): Promise<Roundtable[]> {
    return roundtables(
      await this.db.query(
        `SELECT ${ROUNDTABLE_COLUMNS} FROM engagement.roundtable rt
         WHERE rt.region_slug = ANY($1::text[]) ${approvedFor(viewer)} ORDER BY rt.date, rt.number`,
        [regionSlugs],
      ),
    );
  }

  async attendance(roundtableIds: readonly string[]): Promise<AttendanceRow[]> {
    // The source comes as one JSON value of SOURCE_COLUMNS, since the rollup's own columns share
    // some of its names (illustrative); every one of those columns is text or boolean, which JSON keeps.
    const rows: AttendanceRollupRow[] = await this.db.query(
      `SELECT a.*, (SELECT to_json(src) FROM (SELECT ${SOURCE_COLUMNS} FROM engagement.source s WHERE s.id = pa.source_id) src) AS source
       FROM engagement.roundtable_attendance_rollup a
       LEFT JOIN engagement.published_attendance pa ON pa.roundtable_id = a.roundtable_id AND NOT a.from_records
       WHERE a.roundtable_id = ANY($1::uuid[])`,
      [roundtableIds],
    );
    return rows.map((row) => ({
      roundtableId: row.roundtable_id,
      source: row.source ? Object.assign(new Source(), row.source) : null,
      fromRecords: row.from_records,
      total: countRange(row.total_min, row.total_max),
      online: countRange(row.online_min, row.online_max),
      onsite: countRange(row.onsite_min, row.onsite_max),
      unknownMode: countRange(row.unknown_mode_min, row.unknown_mode_max),
      newcomers: countRange(row.newcomers_min, row.newcomers_max),
      organisations: row.organisations,
    }));
  }

  async categories(roundtableIds: readonly string[]): Promise<CategoryPresenceRow[]> {
    return this.db.query(
      `SELECT roundtable_id AS "roundtableId", category_code AS "categoryCode",
              participants_min AS "participantsMin", participants_max AS "participantsMax"
       FROM engagement.roundtable_category_rollup WHERE roundtable_id = ANY($1::uuid[])
       ORDER BY category_code`,
      [roundtableIds],
    );
  }

  /**
   * A roundtable's attendance as the viewer may see it. The publication counts people per region
   * and period, never per roundtable, so FUNDER and PUBLIC get every known count of people of it
   * as NOT_PUBLISHED (an unknown one stays unknown); how it was held and where its figures come
   * from stay visible.
   */
  disclosedAttendance(row: AttendanceRow, viewer: Viewer): RoundtableAttendance {
    const { roundtableId: _id, ...attendance } = row;
    const people = {
      total: attendance.total,
      online: attendance.online,
      onsite: attendance.onsite,
      unknownMode: attendance.unknownMode,
      newcomers: attendance.newcomers,
    };
    return { ...attendance, ...notPublishedFor(viewer, people) };
  }

  /** A roundtable's categories as the viewer may see them: present, and for FUNDER and PUBLIC not counted. */
  disclosedCategories(rows: readonly CategoryPresenceRow[], viewer: Viewer): CategoryPresence[] {
    return rows.map((row) => ({
      category: { code: row.categoryCode },
      ...notPublishedFor(viewer, { participants: countRange(row.participantsMin, row.participantsMax) }),
    }));
  }

  organisers(roundtableIds: readonly string[]): Promise<OrganiserRow[]> {
    return this.db.query(
      `SELECT roundtable_id AS "roundtableId", organisation_slug AS "organisationSlug", role
       FROM engagement.roundtable_organiser WHERE roundtable_id = ANY($1::uuid[]) ORDER BY position`,
      [roundtableIds],
    );
  }
}

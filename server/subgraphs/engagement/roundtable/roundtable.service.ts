import { type DataSource, In } from 'typeorm';
import { countRange } from '../../../contract/count-range';
import { notPublishedFor } from '../../../contract/disclosure/withholding';
import { type AnalyticsFilter, resolveScope, scopeConditions, whereClause } from '../../../contract/regions/analytics-filter';
import type { RegionDirectory } from '../../../contract/regions/region-directory';
import type { Viewer } from '../../../core/auth/viewer';
import type { CategoryPresence, RoundtableAttendance } from '../attendance/attendance.types';
import { Source } from '../source/source.entity';
import { Roundtable } from './roundtable.entity';
import type { OrganiserRole } from './roundtable-format';

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

// Raw rows named as the entity's properties; dates as text, since pg would make them local Dates.
const ROUNDTABLE_COLUMNS = `rt.id, rt.region_slug AS "regionSlug", rt.number, to_char(rt.date, 'YYYY-MM-DD') AS date,
  rt.format, rt.duration_minutes AS "durationMinutes", rt.theme, rt.illustrative, rt.version`;

type RangeColumns<Name extends string> = { [K in `${Name}_min` | `${Name}_max`]: number | null };
type SourceColumns = {
  source_id: string | null;
  source_title: string;
  source_publisher: string | null;
  source_url: string | null;
  source_published_on: string | null;
  source_illustrative: boolean;
};
type AttendanceRollupRow = {
  roundtable_id: string;
  from_records: boolean;
  organisations: number | null;
} & SourceColumns &
  RangeColumns<'total' | 'online' | 'onsite' | 'unknown_mode' | 'newcomers'>;

/** Reads of roundtables and of what hangs off them, each a single query for many roundtables. */
export class RoundtableService {
  constructor(
    private readonly db: DataSource,
    private readonly regions: RegionDirectory,
  ) {}

  async list(filter?: AnalyticsFilter | null): Promise<Roundtable[]> {
    const scope = await resolveScope(filter, this.regions);
    const params: unknown[] = [];
    const conditions = scopeConditions(scope, 'rt', params);
    const rows: Roundtable[] = await this.db.query(
      `SELECT ${ROUNDTABLE_COLUMNS} FROM engagement.roundtable rt
       ${whereClause(conditions)}
       ORDER BY rt.date, rt.region_slug, rt.number`,
      params,
    );
    return rows.map((row) => Object.assign(new Roundtable(), row));
  }

  findByIds(ids: readonly string[]): Promise<Roundtable[]> {
    return this.db.getRepository(Roundtable).findBy({ id: In([...ids]) });
  }

  findByRegions(regionSlugs: readonly string[]): Promise<Roundtable[]> {
    return this.db.getRepository(Roundtable).find({
      where: { regionSlug: In([...regionSlugs]) },
      order: { date: 'ASC', number: 'ASC' },
    });
  }

  async attendance(roundtableIds: readonly string[]): Promise<AttendanceRow[]> {
    const rows: AttendanceRollupRow[] = await this.db.query(
      `SELECT a.*, s.id AS source_id, s.title AS source_title, s.publisher AS source_publisher, s.url AS source_url,
              to_char(s.published_on, 'YYYY-MM-DD') AS source_published_on, s.illustrative AS source_illustrative
       FROM engagement.roundtable_attendance_rollup a
       LEFT JOIN engagement.published_attendance pa ON pa.roundtable_id = a.roundtable_id AND NOT a.from_records
       LEFT JOIN engagement.source s ON s.id = pa.source_id
       WHERE a.roundtable_id = ANY($1::uuid[])`,
      [roundtableIds],
    );
    return rows.map((row) => ({
      roundtableId: row.roundtable_id,
      source: row.source_id
        ? Object.assign(new Source(), {
            id: row.source_id,
            title: row.source_title,
            publisher: row.source_publisher,
            url: row.source_url,
            publishedOn: row.source_published_on,
            illustrative: row.source_illustrative,
          })
        : null,
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

import type { DataSource, EntityManager } from 'typeorm';
import { AuditAction } from '../../../contract/audit/audit-action';
import type { Actor } from '../../../contract/audit/audit-trail';
import { type CountRange, countRange } from '../../../contract/count-range';
import { currentOutlierThreshold } from '../../../contract/outlier-rule';
import { RECORDING_LIMITS } from '../../../contract/recording-limits';
import { type AnalyticsFilter, scopeConditions, whereClause } from '../../../contract/regions/analytics-filter';
import { assertSeesDataQuality, dataQualityScope } from '../../../contract/regions/quality-scope';
import type { RegionDirectory } from '../../../contract/regions/region-directory';
import { assertMayReview } from '../../../core/auth/edit-access';
import { type Viewer } from '../../../core/auth/viewer';
import { writeTransaction } from '../../../core/database/write-transaction';
import { badInput, DomainError, ErrorCode, errorText } from '../../../core/errors';
import { UUID } from '../../../core/keys';
import { orderClause, type PageInput, pageClause } from '../../../core/paging';
import type { EngagementAuditService } from '../audit/engagement-audit.service';
import { KeptWhileUnchanged } from '../rollup/kept-while-unchanged';
import type { Outlier, OutlierOrder, OutlierPage, OutlierSortField } from './outlier.types';
import { MEASURE_BOUNDS, OUTLIER_MEASURES, OutlierMark, type OutlierMeasure, OutlierStatus } from './outlier-measure';
import { flaggedValues, LARGER_SCORE, OUTLIER_COLUMNS, PROJECT_USUAL } from './outlier-sql';

/** A flagged value as OUTLIER_COLUMNS reads it. */
interface OutlierRow extends Omit<Outlier, 'value' | 'region'> {
  valueMin: number;
  valueMax: number;
}

const asOutlier = ({ valueMin, valueMax, ...row }: OutlierRow): Outlier => ({
  ...row,
  value: { min: valueMin, max: valueMax },
  region: { slug: row.regionSlug },
});

/** The column each sort of a page of flagged values orders by (alias s, a row of `flagged`). */
const OUTLIER_ORDER: Readonly<Record<OutlierSortField, string>> = {
  SCORE: LARGER_SCORE,
  DATE: 's.date',
  REGION: 's.region_slug',
  MEASURE: 's.position',
};
const TIE_BREAK = 's.date, s.region_slug, s.number, s.position';

export interface OutlierQuery {
  filter?: AnalyticsFilter | null;
  measure?: OutlierMeasure | null;
  status?: OutlierStatus | null;
  page?: PageInput;
  orderBy: OutlierOrder;
}

export interface OutlierMarkRequest {
  roundtableId: string;
  measure: OutlierMeasure;
  status: OutlierMark;
  comment: string;
  /** The value the reviewer saw: the mark is refused when it is no longer the value recorded. */
  seen: CountRange;
}

const AUDIT_ACTION: Readonly<Record<OutlierMark, AuditAction>> = {
  CHECKED: AuditAction.CHECK_VALUE,
  FOLLOW_UP: AuditAction.FLAG_FOLLOW_UP,
};

interface MarkRow {
  measure: OutlierMeasure;
  valueMin: number;
  valueMax: number;
  status: OutlierMark;
  comment: string;
}

/** What the audit trail keeps of a mark: the figure, the value it was given for, and the reviewer's word. */
const markOf = (roundtable: { id: string; regionSlug: string; number: number }, mark: MarkRow) => ({
  id: roundtable.id,
  regionSlug: roundtable.regionSlug,
  number: roundtable.number,
  measure: mark.measure,
  value: { min: mark.valueMin, max: mark.valueMax },
  outlierStatus: mark.status,
  comment: mark.comment,
});

const named = (roundtable: { regionSlug: string; number: number }, measure: OutlierMeasure) =>
  errorText('figureOf', { measure, region: roundtable.regionSlug, number: roundtable.number });
const rangeText = (value: CountRange | null) =>
  errorText('countRange', {
    kind: value === null ? 'unknown' : value.min === value.max ? 'exact' : 'range',
    min: value?.min ?? '',
    max: value?.max ?? '',
  });

/**
 * Figures far from their usual (how they are found: outlier-sql.ts), listed for the roles
 * that see every record, and the reviewers' marks on them: CHECKED or FOLLOW_UP, with a comment,
 * each audited in the roundtable's history.
 */
export class OutlierService {
  /** The project's usual, which reads every roundtable: kept while the data version stays. */
  private readonly projectUsual: KeptWhileUnchanged<string>;

  constructor(
    private readonly db: DataSource,
    private readonly regions: RegionDirectory,
    private readonly audit: EngagementAuditService,
  ) {
    this.projectUsual = new KeptWhileUnchanged(db, async (pool) => {
      const [row] = (await pool.query(PROJECT_USUAL)) as [{ version: string; usual: string }];
      return { version: BigInt(row.version), value: row.usual };
    });
  }

  /** One page of the flagged values in scope, with how many there are in all, in one statement. */
  async page(viewer: Viewer, query: OutlierQuery): Promise<OutlierPage> {
    assertSeesDataQuality(viewer, 'outliers');
    const scope = await dataQualityScope(viewer, query.filter, this.regions);
    const params: unknown[] = [];
    const projectUsual = await this.projectUsual.current();
    const flagged = flaggedValues(params, query.measure ? [query.measure] : OUTLIER_MEASURES, currentOutlierThreshold(), { projectUsual });
    const conditions = scopeConditions(scope, 's', params);
    if (query.status === OutlierStatus.UNREVIEWED) conditions.push('s.status IS NULL');
    else if (query.status) {
      params.push(query.status);
      conditions.push(`s.status = $${params.length}`);
    }
    const order = orderClause(OUTLIER_ORDER, query.orderBy.field, query.orderBy.direction, TIE_BREAK);
    // The total comes from every row in scope and the page from some of them: a page past the
    // last still has the row that carries the total, so one statement answers both.
    const rows: (Partial<OutlierRow> & { totalCount: number })[] = await this.db.query(
      `${flagged}, listed AS (SELECT s.* FROM flagged s ${whereClause(conditions)})
       SELECT t."totalCount", p.* FROM (SELECT count(*)::int AS "totalCount" FROM listed) t
       LEFT JOIN LATERAL (
         SELECT ${OUTLIER_COLUMNS}, row_number() OVER (${order}) AS place FROM listed s ${order} ${pageClause(query.page, params)}
       ) p ON true
       ORDER BY p.place`,
      params,
    );
    const onPage = rows.filter((row) => row.roundtableId) as (OutlierRow & { totalCount: number; place: string })[];
    return { totalCount: rows[0]?.totalCount ?? 0, rows: onPage.map(({ totalCount: _, place: __, ...row }) => asOutlier(row)) };
  }

  /** The flagged values of these roundtables, whoever asks: the caller decides who may see them. */
  async flagsOf(roundtableIds: readonly string[]): Promise<Outlier[]> {
    if (roundtableIds.length === 0) return [];
    return (await this.flagged(this.db.manager, await this.projectUsual.current(), roundtableIds, OUTLIER_MEASURES)).map(asOutlier);
  }

  /**
   * Marks a flagged value CHECKED or FOLLOW_UP, with the reviewer's comment, in one transaction
   * with its audit entry. The roundtable is locked first, so no write changes the value between
   * the check that it is still the one the reviewer saw and the mark.
   */
  async mark(actor: Actor, request: OutlierMarkRequest): Promise<Outlier> {
    assertMayReview(actor.viewer, 'outlierMark');
    const comment = checkedComment(request.comment);
    if (!UUID.test(request.roundtableId)) {
      throw badInput(errorText('notARecordId', { field: 'roundtableId', id: request.roundtableId }), { field: 'roundtableId' });
    }
    // Read on the pool before the transaction: the mark writes nothing the usual is taken over.
    const projectUsual = await this.projectUsual.current();
    return writeTransaction(this.db, async (manager) => {
      const roundtable = await lockedValue(manager, request.roundtableId, request.measure);
      const what = named(roundtable, request.measure);
      const seen = request.seen;
      if (roundtable.value === null || roundtable.value.min !== seen.min || roundtable.value.max !== seen.max) {
        throw new DomainError(
          ErrorCode.CONFLICT,
          errorText('figureChanged', { what, now: rangeText(roundtable.value), seen: rangeText(seen) }),
          { reason: 'VALUE_CHANGED' },
        );
      }
      const [flag] = await this.flagged(manager, projectUsual, [roundtable.id], [request.measure]);
      if (!flag) {
        throw badInput(errorText('figureNotFlagged', { what, value: rangeText(roundtable.value) }), {
          field: 'measure',
        });
      }
      const [before]: MarkRow[] = await manager.query(
        `SELECT ${MARK_COLUMNS} FROM engagement.outlier_review WHERE roundtable_id = $1 AND measure = $2`,
        [roundtable.id, request.measure],
      );
      const mark: MarkRow = {
        measure: request.measure,
        valueMin: seen.min,
        valueMax: seen.max,
        status: request.status,
        comment,
      };
      await manager.query(
        `INSERT INTO engagement.outlier_review AS o (roundtable_id, measure, value_min, value_max, status, comment, marked_by, marked_by_role)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (roundtable_id, measure) DO UPDATE SET value_min = EXCLUDED.value_min, value_max = EXCLUDED.value_max,
           status = EXCLUDED.status, comment = EXCLUDED.comment, marked_by = EXCLUDED.marked_by,
           marked_by_role = EXCLUDED.marked_by_role, marked_at = now()`,
        [roundtable.id, mark.measure, mark.valueMin, mark.valueMax, mark.status, mark.comment, actor.viewer.name, actor.viewer.role],
      );
      await this.audit.record(manager, {
        actor,
        action: AUDIT_ACTION[request.status],
        entityType: 'Roundtable',
        entityId: roundtable.id,
        regionSlug: roundtable.regionSlug,
        before: before ? markOf(roundtable, before) : null,
        after: markOf(roundtable, mark),
      });
      const [marked] = await this.flagged(manager, projectUsual, [roundtable.id], [request.measure]);
      return asOutlier(marked as OutlierRow);
    });
  }

  /** The flagged values of some roundtables, scored against `projectUsual` (the kept one, read before any transaction). */
  private flagged(
    manager: EntityManager,
    projectUsual: string,
    roundtableIds: readonly string[],
    measures: readonly OutlierMeasure[],
  ): Promise<OutlierRow[]> {
    const params: unknown[] = [];
    const flagged = flaggedValues(params, measures, currentOutlierThreshold(), { projectUsual, roundtableIds });
    return manager.query(`${flagged} SELECT ${OUTLIER_COLUMNS} FROM flagged s ORDER BY s.id, s.position`, params);
  }
}

const MARK_COLUMNS = 'measure, value_min AS "valueMin", value_max AS "valueMax", status, comment';

/** The roundtable, locked against every write until the mark commits, with the value it has now. */
async function lockedValue(
  manager: EntityManager,
  id: string,
  measure: OutlierMeasure,
): Promise<{ id: string; regionSlug: string; number: number; value: CountRange | null }> {
  const [least, most] = MEASURE_BOUNDS[measure];
  const [row] = await manager.query(
    `SELECT rt.id, rt.region_slug AS "regionSlug", rt.number, ${least} AS least, ${most} AS most
     FROM engagement.roundtable rt
     LEFT JOIN engagement.roundtable_attendance_rollup a ON a.roundtable_id = rt.id
     WHERE rt.id = $1 FOR UPDATE OF rt`,
    [id],
  );
  if (!row) throw new DomainError(ErrorCode.NOT_FOUND, errorText('noRoundtable', { ids: id }));
  return { id: row.id, regionSlug: row.regionSlug, number: row.number, value: countRange(row.least, row.most) };
}

function checkedComment(comment: string): string {
  const text = comment.trim();
  if (!text) throw badInput(errorText('markNeedsComment'), { field: 'comment' });
  const most = RECORDING_LIMITS.texts.reviewComment;
  if (text.length > most) throw badInput(errorText('commentTooLong', { length: text.length, most }), { field: 'comment' });
  return text;
}

import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../../contract/audit/audit-trail';
import type { RegionDirectory } from '../../../contract/regions/region-directory';
import { DomainError, ErrorCode, errorText, staleVersion } from '../../../core/errors';
import { refusal } from '../../../core/validate-input';
import type { AuditedRecords } from '../../../core/writes/audited-records';
import { versionedWrite } from '../../../core/writes/versioned-write';
import type { EvaluationAuditService } from '../audit/evaluation-audit.service';
import type { IndicatorCatalogue } from '../indicator/indicator-catalogue';
import type { IndicatorTarget, IndicatorTargetChange, SetIndicatorTargetInput } from './indicator-target.types';
import { assertMaySetTargets } from './target-access';
import { TARGET_COLUMNS, TargetBook } from './target-book';
import { targetProblems } from './target-checks';
import { targetWarnings } from './target-warnings';

/**
 * Setting and deleting baselines and targets: permission, then every input problem at once,
 * then one transaction with the version check on the locked row, the write and its audit
 * entry. A target that leaves period targets not adding up is saved, with a warning: the
 * evaluator may be entering them one at a time.
 */
export class TargetWriteService {
  private readonly records: AuditedRecords<IndicatorTarget>;

  constructor(
    private readonly db: DataSource,
    private readonly catalogue: IndicatorCatalogue,
    private readonly regions: RegionDirectory,
    audit: EvaluationAuditService,
  ) {
    this.records = {
      db,
      trail: audit,
      entityType: 'IndicatorTarget',
      named: () => ({ kind: 'target' }),
      assertMayEdit: (viewer) => assertMaySetTargets(viewer),
    };
  }

  async set(actor: Actor, input: SetIndicatorTargetInput): Promise<IndicatorTargetChange> {
    assertMaySetTargets(actor.viewer);
    const problems = await targetProblems(input, this.catalogue, this.regions);
    if (problems.length > 0) throw refusal(problems);
    const region = input.region ?? null;
    const target = await versionedWrite(this.records, actor, {
      lock: async (manager) => {
        const [before]: IndicatorTarget[] = await manager.query(
          `SELECT ${TARGET_COLUMNS} FROM evaluation.indicator_target
           WHERE indicator_code = $1 AND region_slug IS NOT DISTINCT FROM $2 AND period_code = $3 FOR UPDATE`,
          [input.indicator, region, input.period],
        );
        if (before && (input.version ?? null) === null) {
          throw new DomainError(
            ErrorCode.CONFLICT,
            errorText('targetExists', {
              indicator: input.indicator,
              scope: region ? 'region' : 'all',
              region: region ?? '',
              period: input.period,
              version: before.version,
            }),
            { currentVersion: before.version },
          );
        }
        return before ?? null;
      },
      expectedVersion: input.version,
      write: async (manager, before) => {
        const figures = [input.baseline ?? null, input.target ?? null, input.source ?? null, input.note ?? null];
        let id = before?.id;
        if (before) {
          await manager.query(
            `UPDATE evaluation.indicator_target SET baseline = $2, target = $3, source = $4, note = $5,
                    version = version + 1, updated_at = now()
             WHERE id = $1`,
            [before.id, ...figures],
          );
        } else {
          [{ id }] = await manager
            .query(
              `INSERT INTO evaluation.indicator_target (indicator_code, region_slug, period_code, baseline, target, source, note)
               VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
              [input.indicator, region, input.period, ...figures],
            )
            // Two first settings of one target at once: the second meets the unique index.
            .catch((error: { code?: string }) => {
              throw error.code === '23505' ? staleVersion({ kind: 'target' }, 1) : error;
            });
        }
        return this.read(manager, id as string);
      },
    });
    return { target, warnings: await this.warningsFor(input.indicator) };
  }

  async delete(actor: Actor, id: string, expectedVersion: number): Promise<IndicatorTargetChange> {
    assertMaySetTargets(actor.viewer);
    const target = await versionedWrite(this.records, actor, {
      lock: async (manager) => {
        const [before]: IndicatorTarget[] = /^[0-9a-f-]{36}$/i.test(id)
          ? await manager.query(`SELECT ${TARGET_COLUMNS} FROM evaluation.indicator_target WHERE id = $1 FOR UPDATE`, [id])
          : [];
        if (!before) throw new DomainError(ErrorCode.NOT_FOUND, errorText('noTarget', { id }));
        return before;
      },
      expectedVersion,
      write: async (manager) => {
        await manager.query('DELETE FROM evaluation.indicator_target WHERE id = $1', [id]);
        return null;
      },
    });
    return { target, warnings: await this.warningsFor(target.indicatorCode) };
  }

  private async read(manager: EntityManager, id: string): Promise<IndicatorTarget> {
    const [row] = await manager.query(`SELECT ${TARGET_COLUMNS} FROM evaluation.indicator_target WHERE id = $1`, [id]);
    return row;
  }

  /** Read once the change has committed, so they describe the targets as they now stand. */
  private async warningsFor(indicatorCode: string) {
    const book = new TargetBook(
      await this.db.query(`SELECT ${TARGET_COLUMNS} FROM evaluation.indicator_target WHERE indicator_code = $1`, [indicatorCode]),
    );
    return targetWarnings(this.catalogue.select([indicatorCode]), this.catalogue.periods, book.all);
  }
}

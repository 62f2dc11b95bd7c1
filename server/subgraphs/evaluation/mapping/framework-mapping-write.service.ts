import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../../contract/audit/audit-trail';
import { DomainError, ErrorCode, errorText, staleVersion } from '../../../core/errors';
import { fieldProblem, refusal } from '../../../core/validate-input';
import type { AuditedRecords } from '../../../core/writes/audited-records';
import { versionedWrite } from '../../../core/writes/versioned-write';
import type { EvaluationAuditService } from '../audit/evaluation-audit.service';
import type { FrameworkMapping } from '../indicator/indicator.types';
import type { IndicatorCatalogue } from '../indicator/indicator-catalogue';
import { assertMaySetTargets } from '../targets/target-access';
import type { SetFrameworkMappingInput } from './framework-mapping.input';
import { MAPPING_COLUMNS } from './framework-mapping.store';

/**
 * Adds or corrects a framework mapping in one transaction, audited. Official wording is
 * often found wrong after the fact; correcting it here changes no figure, since results
 * never read it. Set by the same people who set targets.
 */
export class FrameworkMappingWriteService {
  private readonly records: AuditedRecords<FrameworkMapping>;

  constructor(
    db: DataSource,
    private readonly catalogue: IndicatorCatalogue,
    audit: EvaluationAuditService,
  ) {
    this.records = {
      db,
      trail: audit,
      entityType: 'FrameworkMapping',
      named: () => ({ kind: 'mapping' }),
      assertMayEdit: (viewer) => assertMaySetTargets(viewer),
    };
  }

  set(actor: Actor, input: SetFrameworkMappingInput): Promise<FrameworkMapping> {
    assertMaySetTargets(actor.viewer);
    if (!this.catalogue.find(input.indicator)) {
      const known = this.catalogue.indicators.map((i) => i.code).join(', ');
      throw refusal([fieldProblem('indicator', errorText('unknownIndicatorUseOneOf', { known }))]);
    }
    const key = [input.indicator, input.framework, input.externalCode];
    return versionedWrite(this.records, actor, {
      lock: async (manager) => {
        const [before]: FrameworkMapping[] = await manager.query(
          `SELECT ${MAPPING_COLUMNS} FROM evaluation.framework_mapping
           WHERE indicator_code = $1 AND framework = $2 AND external_code = $3 FOR UPDATE`,
          key,
        );
        if (before && (input.version ?? null) === null) {
          throw new DomainError(
            ErrorCode.CONFLICT,
            errorText('mappingExists', {
              indicator: input.indicator,
              framework: input.framework,
              externalCode: input.externalCode,
              version: before.version,
            }),
            { currentVersion: before.version },
          );
        }
        return before ?? null;
      },
      expectedVersion: input.version,
      write: async (manager, before) => {
        const wording = [input.officialLabel, input.relation, input.note ?? null];
        if (before) {
          await manager.query(
            `UPDATE evaluation.framework_mapping SET official_label = $4, relation = $5, note = $6, version = version + 1
             WHERE indicator_code = $1 AND framework = $2 AND external_code = $3`,
            [...key, ...wording],
          );
        } else {
          await manager
            .query(
              `INSERT INTO evaluation.framework_mapping (indicator_code, framework, external_code, official_label, relation, note)
               VALUES ($1, $2, $3, $4, $5, $6)`,
              [...key, ...wording],
            )
            .catch((error: { code?: string }) => {
              throw error.code === '23505' ? staleVersion({ kind: 'mapping' }, 1) : error;
            });
        }
        return this.read(manager, key);
      },
    });
  }

  private async read(manager: EntityManager, key: string[]): Promise<FrameworkMapping> {
    const [row] = await manager.query(
      `SELECT ${MAPPING_COLUMNS} FROM evaluation.framework_mapping WHERE indicator_code = $1 AND framework = $2 AND external_code = $3`,
      key,
    );
    return row;
  }
}

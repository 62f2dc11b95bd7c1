import type { DataSource, EntityManager } from 'typeorm';
import { AuditAction } from '../../../core/audit/audit-action';
import { assertMayEditRegion } from '../../../core/auth/edit-access';
import type { Viewer } from '../../../core/auth/viewer';
import { writeTransaction } from '../../../core/database/write-transaction';
import { DomainError, ErrorCode, staleVersion } from '../../../core/errors';
import { UUID } from '../../../core/keys';
import type { RegionDirectory } from '../../../core/regions/region-directory';
import { type FieldProblem, inputProblems, refusal } from '../../../core/validate-input';
import type { AuditService } from '../audit/audit.service';
import type { ChallengeTaxonomy } from '../challenge/challenge-taxonomy';
import { refreshRollups } from '../rollup/refresh-rollups';
import type { RoundtableInput } from './roundtable.input';
import { knownCategoryCodes, problemsWith } from './roundtable-checks';
import { contentFromInput, type RoundtableContent, type RoundtableSnapshot, readSnapshot, replaceChildren } from './roundtable-content';

export interface Actor {
  viewer: Viewer;
  requestId: string;
}

/**
 * Creating, changing, deleting and restoring roundtables. Each is one transaction that
 * checks permission and input first, writes, refreshes the rollups and records the audit
 * entry; any refusal leaves the database as it was.
 */
export class RoundtableWriteService {
  constructor(
    private readonly db: DataSource,
    private readonly regions: RegionDirectory,
    private readonly challenges: ChallengeTaxonomy,
    private readonly audit: AuditService,
  ) {}

  create(actor: Actor, input: RoundtableInput): Promise<string> {
    return writeTransaction(this.db, async (manager) => {
      const content = await this.checked(actor, manager, contentFromInput(input), undefined, await inputProblems(input));
      const [row] = await manager
        .query(
          `INSERT INTO engagement.roundtable (region_slug, number, date, format, duration_minutes, theme)
           VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
          [content.regionSlug, content.number, content.date, content.format, content.durationMinutes, content.theme],
        )
        .catch(numberTaken(content));
      await replaceChildren(manager, row.id, content);
      await refreshRollups(manager, [row.id]);
      await this.record(manager, actor, AuditAction.CREATE, row.id, content.regionSlug, null, await readSnapshot(manager, row.id));
      return row.id as string;
    });
  }

  update(actor: Actor, id: string, expectedVersion: number, input: RoundtableInput): Promise<string> {
    return writeTransaction(this.db, async (manager) => {
      const before = await this.existing(manager, id);
      assertMayEditRegion(actor.viewer, before.regionSlug);
      const content = await this.checked(
        actor,
        manager,
        { ...contentFromInput(input), illustrative: before.illustrative },
        id,
        await inputProblems(input),
      );
      const updated = await manager
        .query(
          `UPDATE engagement.roundtable SET region_slug = $3, number = $4, date = $5, format = $6, duration_minutes = $7, theme = $8,
                  version = version + 1, updated_at = now()
           WHERE id = $1 AND version = $2 RETURNING id`,
          [id, expectedVersion, content.regionSlug, content.number, content.date, content.format, content.durationMinutes, content.theme],
        )
        .catch(numberTaken(content));
      if (updated[0].length === 0) throw conflict(before);
      await replaceChildren(manager, id, content);
      await refreshRollups(manager, [id]);
      await this.record(manager, actor, AuditAction.UPDATE, id, content.regionSlug, before, await readSnapshot(manager, id));
      return id;
    });
  }

  delete(actor: Actor, id: string, expectedVersion: number): Promise<string> {
    return writeTransaction(this.db, async (manager) => {
      const before = await this.existing(manager, id);
      assertMayEditRegion(actor.viewer, before.regionSlug);
      if (before.version !== expectedVersion) throw conflict(before);
      await manager.query('DELETE FROM engagement.roundtable WHERE id = $1', [id]);
      await this.record(manager, actor, AuditAction.DELETE, id, before.regionSlug, before, null);
      return id;
    });
  }

  /** Brings back a deleted roundtable, with its id and everything it had, from its deletion's audit entry. */
  restore(actor: Actor, auditEntryId: string): Promise<string> {
    return writeTransaction(this.db, async (manager) => {
      const entry = await this.audit.find(manager, auditEntryId);
      if (!entry || entry.action !== AuditAction.DELETE || entry.entityType !== 'Roundtable' || !entry.before) {
        throw new DomainError(
          ErrorCode.NOT_FOUND,
          `Audit entry ${auditEntryId} is not the deletion of a roundtable; pick the DELETE entry to restore.`,
        );
      }
      const snapshot = entry.before as unknown as RoundtableSnapshot;
      assertMayEditRegion(actor.viewer, snapshot.regionSlug);
      const [exists] = await manager.query('SELECT 1 FROM engagement.roundtable WHERE id = $1', [snapshot.id]);
      if (exists) throw new DomainError(ErrorCode.CONFLICT, 'That roundtable exists again already; nothing to restore.');
      await manager
        .query(
          `INSERT INTO engagement.roundtable (id, region_slug, number, date, format, duration_minutes, theme, illustrative, version)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
          [
            snapshot.id,
            snapshot.regionSlug,
            snapshot.number,
            snapshot.date,
            snapshot.format,
            snapshot.durationMinutes,
            snapshot.theme,
            snapshot.illustrative,
            snapshot.version + 1,
          ],
        )
        .catch(numberTaken(snapshot));
      await replaceChildren(manager, snapshot.id, snapshot);
      await refreshRollups(manager, [snapshot.id]);
      await this.record(
        manager,
        actor,
        AuditAction.RESTORE,
        snapshot.id,
        snapshot.regionSlug,
        null,
        await readSnapshot(manager, snapshot.id),
      );
      return snapshot.id;
    });
  }

  private async existing(manager: EntityManager, id: string): Promise<RoundtableSnapshot> {
    // Lock the row first, so a concurrent writer waits for this transaction and the record
    // read next (the audit entry's "before") is the one this change replaces.
    const [row] = UUID.test(id) ? await manager.query('SELECT 1 FROM engagement.roundtable WHERE id = $1 FOR UPDATE', [id]) : [];
    const snapshot = row ? await readSnapshot(manager, id) : null;
    if (!snapshot) throw new DomainError(ErrorCode.NOT_FOUND, `There is no roundtable with id ${id}; it may have been deleted.`);
    return snapshot;
  }

  /**
   * Region known, permission to edit it, then every problem at once: the input's field
   * rules (the mutations leave them to this method) and the checks across fields.
   */
  private async checked(
    actor: Actor,
    manager: EntityManager,
    content: RoundtableContent,
    id?: string,
    fieldProblems: FieldProblem[] = [],
  ): Promise<RoundtableContent> {
    await this.regions.scope({ regions: [content.regionSlug] });
    assertMayEditRegion(actor.viewer, content.regionSlug);
    const problems = [
      ...fieldProblems,
      ...(await problemsWith(content, manager, { challenges: this.challenges, categories: await knownCategoryCodes(manager) }, id)),
    ];
    if (problems.length > 0) {
      throw refusal(problems);
    }
    return content;
  }

  private record(
    manager: EntityManager,
    actor: Actor,
    action: AuditAction,
    id: string,
    regionSlug: string,
    before: object | null,
    after: object | null,
  ): Promise<void> {
    return this.audit.record(manager, {
      viewer: actor.viewer,
      requestId: actor.requestId,
      action,
      entityType: 'Roundtable',
      entityId: id,
      regionSlug,
      before,
      after,
    });
  }
}

const conflict = (current: RoundtableSnapshot) => staleVersion('this roundtable', current.version);

/** The database's uniqueness of (region, number) said as a person would. */
function numberTaken(content: { regionSlug: string; number: number }) {
  return (error: { code?: string; constraint?: string }) => {
    if (error.code === '23505') {
      throw new DomainError(
        ErrorCode.CONFLICT,
        `${content.regionSlug} already has a roundtable number ${content.number}; use another number or edit that one.`,
      );
    }
    throw error;
  };
}

import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../../contract/audit/audit-trail';
import type { RegionDirectory } from '../../../contract/regions/region-directory';
import { assertMayEditRegion } from '../../../core/auth/edit-access';
import { DomainError, ErrorCode, errorText } from '../../../core/errors';
import { UUID } from '../../../core/keys';
import { type FieldProblem, firstReasons, inputProblems, refusal } from '../../../core/validate-input';
import { type RestorableRecords, restoreFromAudit } from '../../../core/writes/restore-from-audit';
import { versionedWrite } from '../../../core/writes/versioned-write';
import type { EngagementAuditService } from '../audit/engagement-audit.service';
import type { ChallengeTaxonomy } from '../challenge/challenge-taxonomy';
import { recordedParticipations } from '../participant/participation-consistency';
import { assertNotApproved, assertPeriodsOpen, roundtableNamed } from '../review/record-locks';
import { refreshRollups } from '../rollup/refresh-rollups';
import type { RuleTextBook } from '../rules/rule-text-book';
import type { RoundtableInput } from './roundtable.input';
import { checkReferences, problemsWith } from './roundtable-checks';
import { contentFromInput, type RoundtableContent, type RoundtableSnapshot, readSnapshot } from './roundtable-content';
import { insertRoundtable, reinsertRoundtable, roundtableRecords, updateRoundtable } from './roundtable-store';

/** How a refusal names a roundtable: its region and number. */
const named = (roundtable: Pick<RoundtableContent, 'regionSlug' | 'number'>) => roundtableNamed(roundtable);

/**
 * Creating, changing, deleting and restoring roundtables. Each is one transaction that
 * checks permission and input first, writes, refreshes the rollups and records the audit
 * entry; any refusal leaves the database as it was.
 */
export class RoundtableWriteService {
  private readonly records: RestorableRecords<RoundtableSnapshot>;

  constructor(
    db: DataSource,
    private readonly regions: RegionDirectory,
    private readonly challenges: ChallengeTaxonomy,
    private readonly ruleTexts: RuleTextBook,
    audit: EngagementAuditService,
  ) {
    this.records = roundtableRecords(db, audit);
  }

  async create(actor: Actor, input: RoundtableInput): Promise<string> {
    const created = await versionedWrite(this.records, actor, {
      write: async (manager) => {
        const content = await this.checked(actor, manager, contentFromInput(input), undefined, await inputProblems(input));
        await assertPeriodsOpen(manager, [{ date: content.date, what: named(content) }]);
        const id = await insertRoundtable(manager, content);
        return this.written(manager, id);
      },
    });
    return created.id;
  }

  async update(actor: Actor, id: string, expectedVersion: number, input: RoundtableInput): Promise<string> {
    await versionedWrite(this.records, actor, {
      lock: (manager) => this.locked(manager, id),
      expectedVersion,
      write: async (manager, before) => {
        const content = await this.checked(
          actor,
          manager,
          { ...contentFromInput(input), illustrative: before.illustrative },
          id,
          await inputProblems(input),
        );
        assertNotApproved(before, named(before));
        await assertPeriodsOpen(manager, [
          { date: before.date, what: named(before) },
          { date: content.date, what: named(content) },
        ]);
        await updateRoundtable(manager, id, content);
        return this.written(manager, id);
      },
    });
    return id;
  }

  async delete(actor: Actor, id: string, expectedVersion: number): Promise<string> {
    await versionedWrite(this.records, actor, {
      lock: (manager) => this.locked(manager, id),
      expectedVersion,
      write: async (manager, before) => {
        assertNotApproved(before, named(before));
        await assertPeriodsOpen(manager, [{ date: before.date, what: named(before) }]);
        await manager.query('DELETE FROM engagement.roundtable WHERE id = $1', [id]);
        return null;
      },
    });
    return id;
  }

  /** Brings back a deleted roundtable, with its id and everything it had, from its deletion's audit entry. */
  async restore(actor: Actor, auditEntryId: string): Promise<string> {
    const restored = await restoreFromAudit(this.records, actor, auditEntryId, async (manager, deleted) => {
      const [exists] = await manager.query('SELECT 1 FROM engagement.roundtable WHERE id = $1', [deleted.id]);
      if (exists) throw new DomainError(ErrorCode.CONFLICT, errorText('roundtableBackAlready'));
      await assertPeriodsOpen(manager, [{ date: deleted.date, what: named(deleted) }]);
      await reinsertRoundtable(manager, deleted);
      return this.written(manager, deleted.id);
    });
    return restored.id;
  }

  private async locked(manager: EntityManager, id: string): Promise<RoundtableSnapshot> {
    // Lock the row first, so a concurrent writer waits for this transaction and the record
    // read next (the audit entry's "before") is the one this change replaces.
    const [row] = UUID.test(id) ? await manager.query('SELECT 1 FROM engagement.roundtable WHERE id = $1 FOR UPDATE', [id]) : [];
    const snapshot = row ? await readSnapshot(manager, id) : null;
    if (!snapshot) throw new DomainError(ErrorCode.NOT_FOUND, errorText('noRoundtable', { ids: id }));
    return snapshot;
  }

  /** The rollups brought up to date with what was written, and the roundtable as it is now. */
  private async written(manager: EntityManager, id: string): Promise<RoundtableSnapshot> {
    await refreshRollups(manager, [id]);
    const snapshot = await readSnapshot(manager, id);
    if (!snapshot) throw new Error(`Roundtable ${id} vanished inside its own transaction`);
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
    const problems = firstReasons(
      fieldProblems,
      problemsWith(
        content,
        await checkReferences(manager, this.challenges, this.ruleTexts),
        id ? (await recordedParticipations(manager, [id])).get(id) : [],
      ),
    );
    if (problems.length > 0) {
      throw refusal(problems);
    }
    return content;
  }
}

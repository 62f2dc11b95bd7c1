import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditAction } from '../../../contract/audit/audit-action';
import type { Actor } from '../../../contract/audit/audit-trail';
import type { RegionDirectory } from '../../../contract/regions/region-directory';
import { assertMayEditRegion } from '../../../core/auth/edit-access';
import { writeTransaction } from '../../../core/database/write-transaction';
import { badInput, DomainError, ErrorCode, errorText } from '../../../core/errors';
import { UUID } from '../../../core/keys';
import { type FieldProblem, fieldProblem, refusal } from '../../../core/validate-input';
import { type RestorableRecords, restoreFromAudit } from '../../../core/writes/restore-from-audit';
import { versionedWrite } from '../../../core/writes/versioned-write';
import type { EngagementAuditService } from '../audit/engagement-audit.service';
import { assertFiguresChangeable } from '../review/record-locks';
import { refreshRollups } from '../rollup/refresh-rollups';
import type { ParticipantInput } from './participant.input';
import { participantProblems, problemsOfEach } from './participant-checks';
import {
  contentFromInput,
  type ParticipantContent,
  type ParticipantSnapshot,
  readParticipantSnapshot,
  replaceParticipations,
  touchedRoundtables,
} from './participant-content';
import type { ParticipationMode } from './participant-enums';
import { participantRecords, pseudonymFor, recordParticipants } from './participant-store';

/** What a quick edit changes, given the participant as it is; and how its problems are named. */
interface Change {
  next(before: ParticipantSnapshot): ParticipantContent;
  fieldName?(field: string): string;
}

/**
 * Creating, changing, deleting and restoring participant records. Each is one transaction that checks
 * permission and input first, writes, refreshes the rollups of every roundtable whose
 * attendance changed and records the audit entry; any refusal leaves the database as it was.
 */
export class ParticipantWriteService {
  private readonly records: RestorableRecords<ParticipantSnapshot>;

  constructor(
    db: DataSource,
    private readonly regions: RegionDirectory,
    audit: EngagementAuditService,
  ) {
    this.records = participantRecords(db, audit);
  }

  async create(actor: Actor, input: ParticipantInput): Promise<string> {
    const created = await versionedWrite(this.records, actor, {
      write: async (manager) => {
        const content = await this.checked(actor, manager, contentFromInput(input));
        const id = randomUUID();
        await manager.query(
          `INSERT INTO engagement.participant (id, region_slug, pseudonym, category_code, newcomer, gender, age_band, organisation_slug)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
          [
            id,
            content.regionSlug,
            pseudonymFor(id),
            content.categoryCode,
            content.newcomer,
            content.gender,
            content.ageBand,
            content.organisationSlug,
          ],
        );
        await assertFiguresChangeable(manager, touchedRoundtables(content), 'participant');
        await replaceParticipations(manager, id, content.participations);
        await refreshRollups(manager, touchedRoundtables(content));
        return this.snapshot(manager, id);
      },
    });
    return created.id;
  }

  /**
   * Records many participants at once, as an attendance sheet sends them: all of them or, at
   * the first problem, none. Every problem of every participant is named at once, by its place
   * in the list (participants.3.category).
   */
  createMany(actor: Actor, inputs: readonly ParticipantInput[]): Promise<string[]> {
    return writeTransaction(this.records.db, async (manager) => {
      const contents = await checkedMany(this.regions, actor, manager, inputs.map(contentFromInput), 'participants');
      return recordParticipants(manager, this.records, actor, contents, AuditAction.CREATE);
    });
  }

  /** Replaces everything recorded about a participant, participations included. */
  update(actor: Actor, id: string, expectedVersion: number, input: ParticipantInput): Promise<string> {
    return this.change(actor, id, expectedVersion, { next: () => contentFromInput(input) });
  }

  /** Records that the participant took part in a roundtable, or changes how. */
  setParticipation(actor: Actor, id: string, expectedVersion: number, roundtableId: string, mode: ParticipationMode): Promise<string> {
    if (!UUID.test(roundtableId)) throw badInput(errorText('notARoundtableId', { id: roundtableId }));
    const wanted = roundtableId.toLowerCase();
    return this.change(actor, id, expectedVersion, {
      next: (before) => {
        const others = before.participations.filter((p) => p.roundtableId !== wanted);
        return { ...contentOf(before), participations: [...others, { roundtableId: wanted, mode }] };
      },
      fieldName: (field) => field.replace(/^participations\.\d+\./, ''),
    });
  }

  removeParticipation(actor: Actor, id: string, expectedVersion: number, roundtableId: string): Promise<string> {
    const unwanted = roundtableId.toLowerCase();
    return this.change(actor, id, expectedVersion, {
      next: (before) => {
        if (!before.participations.some((p) => p.roundtableId === unwanted)) {
          throw new DomainError(ErrorCode.NOT_FOUND, errorText('noSuchParticipation', { id, roundtable: roundtableId }));
        }
        return { ...contentOf(before), participations: before.participations.filter((p) => p.roundtableId !== unwanted) };
      },
    });
  }

  async delete(actor: Actor, id: string, expectedVersion: number): Promise<string> {
    await versionedWrite(this.records, actor, {
      lock: (manager) => this.locked(manager, id),
      expectedVersion,
      write: async (manager, before) => {
        await assertFiguresChangeable(manager, touchedRoundtables(before), 'participant');
        await manager.query('DELETE FROM engagement.participant WHERE id = $1', [id]);
        await refreshRollups(manager, touchedRoundtables(before));
        return null;
      },
    });
    return id;
  }

  /**
   * Brings back a deleted participant, with its id and pseudonym, from its deletion's audit
   * entry. Participations in roundtables deleted since are left out, since there is nothing
   * left to attend; the rest are checked again, as a roundtable may have changed format.
   */
  async restore(actor: Actor, auditEntryId: string): Promise<string> {
    const restored = await restoreFromAudit(this.records, actor, auditEntryId, async (manager, snapshot) => {
      const [exists] = await manager.query('SELECT 1 FROM engagement.participant WHERE id = $1', [snapshot.id]);
      if (exists) throw new DomainError(ErrorCode.CONFLICT, errorText('participantBackAlready'));
      const remaining: { id: string }[] = await manager.query('SELECT id FROM engagement.roundtable WHERE id = ANY($1::uuid[])', [
        touchedRoundtables(snapshot),
      ]);
      const stillHeld = new Set(remaining.map((row) => row.id));
      const content = await this.checked(actor, manager, {
        ...contentOf(snapshot),
        participations: snapshot.participations.filter((p) => stillHeld.has(p.roundtableId)),
      });
      await assertFiguresChangeable(manager, touchedRoundtables(content), 'participant');
      await manager.query(
        `INSERT INTO engagement.participant
           (id, region_slug, pseudonym, category_code, newcomer, gender, age_band, organisation_slug, illustrative, version)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [
          snapshot.id,
          content.regionSlug,
          pseudonymFor(snapshot.id),
          content.categoryCode,
          content.newcomer,
          content.gender,
          content.ageBand,
          content.organisationSlug,
          snapshot.illustrative,
          snapshot.version + 1,
        ],
      );
      await replaceParticipations(manager, snapshot.id, content.participations);
      await refreshRollups(manager, touchedRoundtables(content));
      return this.snapshot(manager, snapshot.id);
    });
    return restored.id;
  }

  private async change(actor: Actor, id: string, expectedVersion: number, change: Change): Promise<string> {
    await versionedWrite(this.records, actor, {
      lock: (manager) => this.locked(manager, id),
      expectedVersion,
      write: async (manager, before) => {
        const content = await this.checked(actor, manager, change.next(before), change.fieldName);
        await assertFiguresChangeable(manager, touchedRoundtables(before, content), 'participant');
        await manager.query(
          `UPDATE engagement.participant SET region_slug = $2, category_code = $3, newcomer = $4, gender = $5, age_band = $6,
                  organisation_slug = $7, version = version + 1, updated_at = now()
           WHERE id = $1`,
          [id, content.regionSlug, content.categoryCode, content.newcomer, content.gender, content.ageBand, content.organisationSlug],
        );
        await replaceParticipations(manager, id, content.participations);
        await refreshRollups(manager, touchedRoundtables(before, content));
        return this.snapshot(manager, id);
      },
    });
    return id;
  }

  /** The participant, its row locked so a concurrent writer waits for this transaction instead of overwriting it. */
  private async locked(manager: EntityManager, id: string): Promise<ParticipantSnapshot> {
    const [row] = UUID.test(id) ? await manager.query('SELECT 1 FROM engagement.participant WHERE id = $1 FOR UPDATE', [id]) : [];
    if (!row) throw new DomainError(ErrorCode.NOT_FOUND, errorText('noParticipant', { id }));
    return this.snapshot(manager, id);
  }

  private async snapshot(manager: EntityManager, id: string): Promise<ParticipantSnapshot> {
    const snapshot = await readParticipantSnapshot(manager, id);
    if (!snapshot) throw new Error(`Participant ${id} vanished inside its own transaction`);
    return snapshot;
  }

  /** Region known, permission to edit it, then every field problem at once. */
  private async checked(
    actor: Actor,
    manager: EntityManager,
    content: ParticipantContent,
    fieldName: (field: string) => string = (field) => field,
  ): Promise<ParticipantContent> {
    if ((await this.regions.unknownSlugs([content.regionSlug])).length > 0) {
      const known = this.regions.all().map((region) => region.slug);
      throw refusal([fieldProblem('region', errorText('notARegionKnown', { slug: content.regionSlug, known: known.join(', ') }))]);
    }
    assertMayEditRegion(actor.viewer, content.regionSlug);
    const problems = await participantProblems(content, manager);
    if (problems.length > 0) throw refusal(problems.map((problem) => ({ ...problem, field: fieldName(problem.field) })));
    return content;
  }
}

/**
 * Many participants checked as one write: each region known, the viewer's permission to edit
 * each, then every field problem of every participant, named `${list}.<index>.<field>`.
 */
export async function checkedMany(
  regions: RegionDirectory,
  actor: Actor,
  manager: EntityManager,
  contents: readonly ParticipantContent[],
  list: string,
): Promise<ParticipantContent[]> {
  const named = (index: number, problems: readonly FieldProblem[]) =>
    problems.map((problem) => ({ ...problem, field: `${list}.${index}.${problem.field}` }));
  const unknown = new Set(await regions.unknownSlugs([...new Set(contents.map((content) => content.regionSlug))]));
  if (unknown.size > 0) {
    const known = regions.all().map((region) => region.slug);
    const problem = (slug: string) => fieldProblem('region', errorText('notARegionKnown', { slug, known: known.join(', ') }));
    throw refusal(
      contents.flatMap((content, index) => (unknown.has(content.regionSlug) ? named(index, [problem(content.regionSlug)]) : [])),
    );
  }
  for (const region of new Set(contents.map((content) => content.regionSlug))) assertMayEditRegion(actor.viewer, region);
  const problems = (await problemsOfEach(contents, manager)).flatMap((found, index) => named(index, found));
  if (problems.length > 0) throw refusal(problems);
  return [...contents];
}

function contentOf(snapshot: ParticipantSnapshot): ParticipantContent {
  const { id: _id, version: _version, illustrative: _illustrative, ...content } = snapshot;
  return content;
}

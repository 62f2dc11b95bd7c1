import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../contract/audit/audit-trail';
import type { RecordKind } from '../../contract/error-messages';
import type { Labels } from '../../contract/languages';
import { RECORDING_LIMITS } from '../../contract/recording-limits';
import { assertMayEditTaxonomy } from '../auth/edit-access';
import { ChangeNotices } from '../database/change-notices';
import { badInput, errorText } from '../errors';
import type { LocalizedTextInput } from '../locale';
import { type FieldProblem, refusal } from '../validate-input';
import type { AuditedRecords, AuditTrail } from '../writes/audited-records';
import { versionedWrite } from '../writes/versioned-write';
import { labelsFromInput } from './labels-input';

/** One kind of taxonomy entry whose texts an ADMIN edits: where it is kept, how it is named, who hears of a change. */
export interface TaxonomyKind {
  /** Schema-qualified, e.g. engagement.challenge; its rows have id, code, version and labels. */
  table: string;
  /** The SQL order its codes are listed in when one asked for is unknown, e.g. position. */
  order: string;
  /** As the audit trail names it, e.g. Challenge. */
  entityType: string;
  /** Its kind, as a message names one, e.g. challenge. */
  kind: Extract<RecordKind, 'challenge' | 'indicator' | 'period' | 'category'>;
  /** Whether it has a description per language (indicators) beside its label. */
  described: boolean;
  /** The channel on which every instance of the subgraph hears that its texts changed (ChangeNotices). */
  channel: string;
}

/** A taxonomy entry as its audit entries keep it. */
export interface TaxonomyEntryTexts {
  id: string;
  code: string;
  version: number;
  labels: Labels;
  descriptions?: Labels;
}

/** What an ADMIN sends: the whole label, and for a described kind the whole description or nothing to keep it. */
export interface TaxonomyTextsInput {
  labels: readonly LocalizedTextInput[];
  descriptions?: readonly LocalizedTextInput[] | null;
}

const { taxonomyLabel, taxonomyDescription } = RECORDING_LIMITS.texts;

/**
 * Changes the label (and description) of one taxonomy entry by code, in every language at once,
 * as one audited write: ADMIN only, every problem of the input named at once, an unknown code
 * refused with the known ones, the version the ADMIN read quoted (else CONFLICT); then the
 * change is announced to every instance of the subgraph and this one reads its taxonomy again
 * before answering, so the next read anywhere shows it.
 */
export class TaxonomyTextsWriter {
  private readonly records: AuditedRecords<TaxonomyEntryTexts>;

  constructor(
    db: DataSource,
    trail: AuditTrail,
    private readonly kind: TaxonomyKind,
    /** Reads the subgraph's taxonomy again into memory. */
    private readonly reload: () => Promise<void>,
  ) {
    this.records = {
      db,
      trail,
      entityType: kind.entityType,
      named: (entry) => ({ kind: kind.kind, name: entry.code }),
      assertMayEdit: (viewer) => assertMayEditTaxonomy(viewer),
    };
  }

  async set(actor: Actor, code: string, expectedVersion: number, input: TaxonomyTextsInput): Promise<TaxonomyEntryTexts> {
    assertMayEditTaxonomy(actor.viewer);
    const texts = this.checked(input);
    const written = await versionedWrite(this.records, actor, {
      lock: (manager) => this.locked(manager, code),
      expectedVersion,
      write: async (manager, before) => {
        const params: unknown[] = [before.id, JSON.stringify(texts.labels)];
        let set = 'labels = $2';
        if (this.kind.described) {
          params.push(texts.descriptions ? JSON.stringify(texts.descriptions) : null);
          set += ', descriptions = COALESCE($3, descriptions)';
        }
        // An UPDATE answers [rows, row count] through TypeORM.
        const [[after]] = await manager.query(
          `UPDATE ${this.kind.table} SET ${set}, version = version + 1 WHERE id = $1 RETURNING ${this.columns()}`,
          params,
        );
        await ChangeNotices.announce(manager, this.kind.channel);
        return after as TaxonomyEntryTexts;
      },
    });
    await this.reload();
    return written;
  }

  private checked(input: TaxonomyTextsInput): { labels: Labels; descriptions: Labels | null } {
    const labels = labelsFromInput('labels', input.labels, taxonomyLabel);
    const problems: FieldProblem[] = [...labels.problems];
    let descriptions: Labels | null = null;
    if (input.descriptions && this.kind.described) {
      const checked = labelsFromInput('descriptions', input.descriptions, taxonomyDescription);
      problems.push(...checked.problems);
      descriptions = checked.labels;
    }
    if (problems.length > 0 || !labels.labels) throw refusal(problems);
    return { labels: labels.labels, descriptions };
  }

  private columns(): string {
    return `id, code, version, labels${this.kind.described ? ', descriptions' : ''}`;
  }

  private async locked(manager: EntityManager, code: string): Promise<TaxonomyEntryTexts> {
    const [entry] = await manager.query(`SELECT ${this.columns()} FROM ${this.kind.table} WHERE code = $1 FOR UPDATE`, [code]);
    if (entry) return entry;
    const known: { code: string }[] = await manager.query(`SELECT code FROM ${this.kind.table} ORDER BY ${this.kind.order}`);
    throw badInput(errorText('unknownTaxonomyEntry', { kind: this.kind.kind, code, known: known.map((row) => row.code).join(', ') }), {
      field: 'code',
      invalid: [code],
    });
  }
}

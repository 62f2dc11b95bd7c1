import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../../contract/audit/audit-trail';
import { DomainError, ErrorCode, errorText } from '../../../core/errors';
import { refusal } from '../../../core/validate-input';
import { type RestorableRecords, restoreFromAudit } from '../../../core/writes/restore-from-audit';
import { versionedWrite } from '../../../core/writes/versioned-write';
import type { GeographyAuditService } from '../audit/geography-audit.service';
import type { CategoryTaxonomy } from '../category/category-taxonomy';
import type { NewOrganisationInput, OrganisationInput } from './organisation.input';
import { assertMayEditOrganisation } from './organisation-access';
import { organisationProblems } from './organisation-checks';
import { contentFromInput, type OrganisationContent, type OrganisationSnapshot, readOrganisationSnapshot } from './organisation-content';
import { freeSlug, slugFromName } from './organisation-slug';

/**
 * Creating, changing, deleting and restoring organisations, each one transaction: permission and
 * input first, then the write and its audit entry. Engagement refers to organisations by
 * slug and geography cannot see those references, so a deletion is allowed and the
 * references it leaves resolve to null through the gateway; the slug never changes, so
 * an update keeps them pointing at the same organisation, and a restoration under the
 * same slug makes them resolve again.
 */
export class OrganisationWriteService {
  private readonly records: RestorableRecords<OrganisationSnapshot>;

  constructor(
    db: DataSource,
    private readonly categories: CategoryTaxonomy,
    audit: GeographyAuditService,
  ) {
    this.records = {
      db,
      trail: audit,
      entityType: 'Organisation',
      kind: 'organisation',
      auditLog: 'organisationAuditLog',
      named: (organisation) => ({ kind: 'organisation', name: organisation.slug }),
      assertMayEdit: assertMayEditOrganisation,
    };
  }

  /** Records a new organisation and returns its slug: the one given, or one made from its name. */
  async create(actor: Actor, input: NewOrganisationInput): Promise<string> {
    const created = await versionedWrite(this.records, actor, {
      write: async (manager) => {
        const content = await this.checked(actor, manager, input.slug ?? input.name.trim(), contentFromInput(input));
        const slug = input.slug ?? (await this.slugFor(manager, content.name));
        if (await readOrganisationSnapshot(manager, slug)) throw slugTaken(slug);
        await manager
          .query(`INSERT INTO geography.organisation (slug, name, category_code, region_slug, migrant_led) VALUES ($1, $2, $3, $4, $5)`, [
            slug,
            content.name,
            content.categoryCode,
            content.regionSlug,
            content.migrantLed,
          ])
          // Two creations of one slug at once: the second meets the unique index.
          .catch((error: { code?: string }) => {
            throw error.code === '23505' ? slugTaken(slug) : error;
          });
        return this.snapshot(manager, slug);
      },
    });
    return created.slug;
  }

  /**
   * A free slug made from the name. Creations that make one wait for each other (a lock held
   * to the end of the transaction), so two organisations of one name get two slugs.
   */
  private async slugFor(manager: EntityManager, name: string): Promise<string> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('geography.organisation.slug'))`);
    return freeSlug(manager, slugFromName(name));
  }

  async update(actor: Actor, slug: string, expectedVersion: number, input: OrganisationInput): Promise<string> {
    await versionedWrite(this.records, actor, {
      lock: (manager) => this.locked(manager, slug),
      expectedVersion,
      write: async (manager) => {
        const content = await this.checked(actor, manager, slug, contentFromInput(input));
        await manager.query(
          `UPDATE geography.organisation SET name = $2, category_code = $3, region_slug = $4, migrant_led = $5,
                  version = version + 1, updated_at = now()
           WHERE slug = $1`,
          [slug, content.name, content.categoryCode, content.regionSlug, content.migrantLed],
        );
        return this.snapshot(manager, slug);
      },
    });
    return slug;
  }

  async delete(actor: Actor, slug: string, expectedVersion: number): Promise<string> {
    await versionedWrite(this.records, actor, {
      lock: (manager) => this.locked(manager, slug),
      expectedVersion,
      write: async (manager) => {
        await manager.query('DELETE FROM geography.organisation WHERE slug = $1', [slug]);
        return null;
      },
    });
    return slug;
  }

  /** Brings back a deleted organisation, with its id and slug, from its deletion's audit entry. */
  async restore(actor: Actor, auditEntryId: string): Promise<string> {
    const restored = await restoreFromAudit(this.records, actor, auditEntryId, async (manager, snapshot) => {
      // Checked again: the category or the region may have gone since the deletion.
      const content = await this.checked(actor, manager, snapshot.slug, snapshot);
      if (await readOrganisationSnapshot(manager, snapshot.slug)) {
        throw new DomainError(ErrorCode.CONFLICT, errorText('organisationBackAlready', { slug: snapshot.slug }));
      }
      await manager
        .query(
          `INSERT INTO geography.organisation (id, slug, name, category_code, region_slug, migrant_led, illustrative, version)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
          [
            snapshot.id,
            snapshot.slug,
            content.name,
            content.categoryCode,
            content.regionSlug,
            content.migrantLed,
            snapshot.illustrative,
            snapshot.version + 1,
          ],
        )
        // Two restorations, or a restoration and a creation, at once: the second meets the unique index.
        .catch((error: { code?: string }) => {
          throw error.code === '23505' ? slugTaken(snapshot.slug) : error;
        });
      return this.snapshot(manager, snapshot.slug);
    });
    return restored.slug;
  }

  /** The organisation, its row locked so a concurrent writer waits for this transaction instead of overwriting it. */
  private async locked(manager: EntityManager, slug: string): Promise<OrganisationSnapshot> {
    const snapshot = await readOrganisationSnapshot(manager, slug, true);
    if (!snapshot) throw new DomainError(ErrorCode.NOT_FOUND, errorText('noOrganisation', { slug }));
    return snapshot;
  }

  private async snapshot(manager: EntityManager, slug: string): Promise<OrganisationSnapshot> {
    const snapshot = await readOrganisationSnapshot(manager, slug);
    if (!snapshot) throw new Error(`Organisation ${slug} vanished inside its own transaction`);
    return snapshot;
  }

  /** Permission for where the organisation will be, then every field problem at once. */
  private async checked(actor: Actor, manager: EntityManager, slug: string, content: OrganisationContent): Promise<OrganisationContent> {
    assertMayEditOrganisation(actor.viewer, { slug, regionSlug: content.regionSlug });
    const problems = await organisationProblems(content, manager, this.categories);
    if (problems.length > 0) {
      throw refusal(problems);
    }
    return content;
  }
}

function slugTaken(slug: string): DomainError {
  return new DomainError(ErrorCode.CONFLICT, errorText('organisationSlugTaken', { slug }));
}

import type { Subgraph } from '../../../core/subgraph';
import { loadDataset } from '../../../seed/load-dataset';
import { PUBLISHED_DATASET } from '../../../seed/published-dataset';
import { authHeaders, Role } from '../../../test-support/auth';
import { executeOn } from '../../../test-support/execute';
import { startTestSubgraphs } from '../../../test-support/test-database';

interface OrganisationData {
  slug: string;
  name: string;
  version: number;
  migrantLed: boolean | null;
  category: { code: string };
  region: { slug: string } | null;
}

// Recording organisations: ADMIN everywhere, a COORDINATOR in its own regions, only ADMIN for
// organisations that work across regions; versions, the audit trail and deletions.
describe('writing organisations', () => {
  let subgraphs: Awaited<ReturnType<typeof startTestSubgraphs>>;
  let geography: Subgraph;
  const as = (role: Role, regions: string[] = []) => authHeaders(role, regions);
  const coordinatorOfSoria = () => as(Role.COORDINATOR, ['soria']);
  const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> =>
    geography.database.dataSource.query(text, params);

  beforeAll(async () => {
    subgraphs = await startTestSubgraphs();
    geography = subgraphs.geography as Subgraph;
    await loadDataset(geography, subgraphs.engagement, PUBLISHED_DATASET);
  });
  afterAll(() => subgraphs.close());

  const count = async (table: string) => Number((await sql<{ n: string }>(`SELECT count(*) AS n FROM geography.${table}`))[0]?.n);
  const state = async () => ({ organisations: await count('organisation'), audit: await count('audit_entry') });

  const ORGANISATION = 'slug name version migrantLed category { code } region { slug }';
  const CREATE = `mutation($input: NewOrganisationInput!) { createOrganisation(input: $input) { ${ORGANISATION} } }`;
  const UPDATE = `mutation($slug: String!, $version: Int!, $input: OrganisationInput!) {
    updateOrganisation(slug: $slug, expectedVersion: $version, input: $input) { ${ORGANISATION} } }`;
  const DELETE = 'mutation($slug: String!, $version: Int!) { deleteOrganisation(slug: $slug, expectedVersion: $version) }';
  const LOG = 'query($slug: String!) { organisationAuditLog(slug: $slug) { action actorRole entityType regionSlug before after } }';

  let slugs = 0;
  const organisation = (overrides: object = {}) => ({
    slug: `soria-welcome-${++slugs}`,
    name: 'Soria Welcome Association',
    category: 'CIVIL_SOCIETY',
    region: 'soria',
    migrantLed: true,
    ...overrides,
  });
  const { slug: _slug, ...asUpdate } = organisation();
  const create = async (input: object) => {
    const result = await executeOn<{ createOrganisation: OrganisationData }>(geography, CREATE, { input }, await as(Role.ADMIN));
    expect(result.errors).toBeUndefined();
    return result.data?.createOrganisation as OrganisationData;
  };

  it("lets Soria's coordinator record an organisation of Soria, with an audit entry", async () => {
    const before = await state();
    const input = organisation();
    const result = await executeOn<{ createOrganisation: OrganisationData }>(geography, CREATE, { input }, await coordinatorOfSoria());
    expect(result.errors).toBeUndefined();
    expect(result.data?.createOrganisation).toEqual({
      slug: input.slug,
      name: 'Soria Welcome Association',
      version: 1,
      migrantLed: true,
      category: { code: 'CIVIL_SOCIETY' },
      region: { slug: 'soria' },
    });
    expect(await state()).toEqual({ organisations: before.organisations + 1, audit: before.audit + 1 });
    const log = await executeOn<{ organisationAuditLog: unknown[] }>(geography, LOG, { slug: input.slug }, await as(Role.EVALUATOR));
    expect(log.data?.organisationAuditLog).toEqual([
      {
        action: 'CREATE',
        actorRole: 'COORDINATOR',
        entityType: 'Organisation',
        regionSlug: 'soria',
        before: null,
        after: expect.objectContaining({ slug: input.slug, name: 'Soria Welcome Association', regionSlug: 'soria', version: 1 }),
      },
    ]);
  });

  it('keeps organisations that work across regions for ADMIN users', async () => {
    const acrossRegions = organisation({ region: null, name: 'Rural Integration Network' });
    const refused = await executeOn(geography, CREATE, { input: acrossRegions }, await coordinatorOfSoria());
    expect(refused.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect(refused.errors?.[0]?.message).toBe(
      `Organisation ${acrossRegions.slug} works across regions, so only an ADMIN may change it; a COORDINATOR user cannot.`,
    );
    const published = await executeOn(geography, UPDATE, { slug: 'iom-spain', version: 1, input: asUpdate }, await coordinatorOfSoria());
    expect(published.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect((await create(acrossRegions)).region).toBeNull();
  });

  it.each([
    ['a coordinator of another region', Role.COORDINATOR, ['soria'], 'teruel', 'soria; teruel is not one of your regions'],
    ['an analyst', Role.ANALYST, [], 'soria', 'An ANALYST user cannot change records'],
    ['an evaluator', Role.EVALUATOR, [], 'soria', 'An EVALUATOR user cannot change records'],
    ['a funder', Role.FUNDER, [], 'soria', 'A FUNDER user cannot change records'],
  ])('refuses %s with FORBIDDEN and writes nothing', async (_who, role, regions, region, message) => {
    const before = await state();
    const result = await executeOn(geography, CREATE, { input: organisation({ region }) }, await as(role, regions));
    expect(result.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect(result.errors?.[0]?.message).toContain(message);
    expect(await state()).toEqual(before);
  });

  it("refuses Soria's coordinator a Teruel organisation, and moving a Soria one to Teruel", async () => {
    const teruel = await create(organisation({ region: 'teruel' }));
    const soria = await create(organisation());
    const coordinator = await coordinatorOfSoria();
    const attempts = await Promise.all([
      executeOn(geography, UPDATE, { slug: teruel.slug, version: 1, input: asUpdate }, coordinator),
      executeOn(geography, DELETE, { slug: teruel.slug, version: 1 }, coordinator),
      executeOn(geography, UPDATE, { slug: soria.slug, version: 1, input: { ...asUpdate, region: 'teruel' } }, coordinator),
    ]);
    for (const result of attempts) expect(result.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect(
      await sql('SELECT slug, region_slug, version FROM geography.organisation WHERE slug = ANY($1) ORDER BY region_slug', [
        [soria.slug, teruel.slug],
      ]),
    ).toEqual([
      { slug: soria.slug, region_slug: 'soria', version: 1 },
      { slug: teruel.slug, region_slug: 'teruel', version: 1 },
    ]);
  });

  it('refuses an anonymous visitor', async () => {
    const result = await executeOn(geography, CREATE, { input: organisation() });
    expect(result.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it('names every problem of a bad record at once, and writes nothing', async () => {
    const before = await state();
    const admin = await as(Role.ADMIN);
    const fields = await executeOn(
      geography,
      CREATE,
      { input: organisation({ slug: 'Soria Welcome', name: 'S', category: 'ngo' }) },
      admin,
    );
    expect(fields.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    for (const expected of [
      'slug: must be lower-case letters and digits',
      'name: must be at least 2 characters',
      'category: must be a category code',
    ]) {
      expect(fields.errors?.[0]?.message).toContain(expected);
    }
    const records = await executeOn(
      geography,
      CREATE,
      { input: organisation({ name: '   ', category: 'ALIENS', region: 'atlantis' }) },
      admin,
    );
    expect(records.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(records.errors?.[0]?.message).toBe(
      'Please correct: name: must be at least 2 characters besides spaces; ' +
        'category: "ALIENS" is not a stakeholder category; known: REGIONAL_AUTHORITY, LOCAL_AUTHORITY, POLITICAL_REPRESENTATIVE, ' +
        'CIVIL_SOCIETY, NGO, INTERNATIONAL_ORGANISATION, MIGRANT_LED_ORGANISATION, VOLUNTEER, LOCAL_CITIZEN, STUDENT, ' +
        'COMMUNITY_AGENCY, NEWCOMER, OTHER; region: "atlantis" is not a region; the regions query lists them.',
    );
    expect(await state()).toEqual(before);
  });

  it('refuses a slug that is taken', async () => {
    const result = await executeOn(geography, CREATE, { input: organisation({ slug: 'iom-spain' }) }, await as(Role.ADMIN));
    expect(result.errors?.[0]?.extensions.code).toBe('CONFLICT');
    expect(result.errors?.[0]?.message).toBe('There is already an organisation "iom-spain"; choose another slug, or edit that one.');
  });

  it('updates with the version read, refuses a stale version, and lets one of two simultaneous edits through', async () => {
    const { slug } = await create(organisation());
    const coordinator = await coordinatorOfSoria();
    const first = await executeOn<{ updateOrganisation: OrganisationData }>(
      geography,
      UPDATE,
      { slug, version: 1, input: { ...asUpdate, name: 'Soria Welcomes', migrantLed: null } },
      coordinator,
    );
    expect(first.data?.updateOrganisation).toMatchObject({ slug, name: 'Soria Welcomes', version: 2, migrantLed: null });
    const stale = await executeOn(geography, UPDATE, { slug, version: 1, input: asUpdate }, coordinator);
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    const racing = await Promise.all(
      ['Edit A', 'Edit B'].map((name) => executeOn(geography, UPDATE, { slug, version: 2, input: { ...asUpdate, name } }, coordinator)),
    );
    expect(racing.map((r) => r.errors?.[0]?.extensions.code ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
    expect((await sql<{ version: number }>('SELECT version FROM geography.organisation WHERE slug = $1', [slug]))[0]?.version).toBe(3);
  });

  it('deletes with the version read, and keeps the organisation in its audit log', async () => {
    const { slug } = await create(organisation());
    const admin = await as(Role.ADMIN);
    const stale = await executeOn(geography, DELETE, { slug, version: 2 }, admin);
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 1 });
    const deleted = await executeOn(geography, DELETE, { slug, version: 1 }, await coordinatorOfSoria());
    expect(deleted).toEqual({ data: { deleteOrganisation: slug } });
    const listed = await executeOn<{ organisations: { slug: string }[] }>(geography, '{ organisations(region: "soria") { slug } }');
    expect(listed.data?.organisations.map((o) => o.slug)).not.toContain(slug);
    const log = await executeOn<{ organisationAuditLog: { action: string; before: { slug: string } | null; after: unknown }[] }>(
      geography,
      LOG,
      { slug },
      await as(Role.ANALYST),
    );
    expect(log.data?.organisationAuditLog.map((entry) => entry.action)).toEqual(['DELETE', 'CREATE']);
    expect(log.data?.organisationAuditLog[0]).toMatchObject({ before: { slug }, after: null });
    const again = await executeOn(geography, DELETE, { slug, version: 1 }, admin);
    expect(again.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });

  it('restores a deleted organisation under its slug, once, for editors of its region', async () => {
    const { slug } = await create(organisation());
    const admin = await as(Role.ADMIN);
    await executeOn(geography, DELETE, { slug, version: 1 }, admin);
    const log = async () =>
      (
        await executeOn<{ organisationAuditLog: { id: string; action: string }[] }>(
          geography,
          `query($slug: String!) {
        organisationAuditLog(slug: $slug) { id action } }`,
          { slug },
          admin,
        )
      ).data?.organisationAuditLog ?? [];
    const [deletion, creation] = await log();
    expect(deletion?.action).toBe('DELETE');
    const RESTORE = `mutation($entry: ID!) { restoreOrganisation(auditEntryId: $entry) { ${ORGANISATION} } }`;

    const before = await state();
    const refused = await executeOn(geography, RESTORE, { entry: deletion?.id }, await as(Role.COORDINATOR, ['teruel']));
    expect(refused.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect(refused.errors?.[0]?.message).toContain('teruel; soria is not one of your regions');
    for (const entry of [creation?.id, '999999999', 'not-an-entry']) {
      const notADeletion = await executeOn(geography, RESTORE, { entry }, admin);
      expect(notADeletion.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    }
    expect(await state()).toEqual(before);

    const restored = await executeOn<{ restoreOrganisation: OrganisationData }>(
      geography,
      RESTORE,
      { entry: deletion?.id },
      await coordinatorOfSoria(),
    );
    expect(restored.errors).toBeUndefined();
    expect(restored.data?.restoreOrganisation).toEqual({
      slug,
      name: 'Soria Welcome Association',
      version: 2,
      migrantLed: true,
      category: { code: 'CIVIL_SOCIETY' },
      region: { slug: 'soria' },
    });
    expect(await state()).toEqual({ organisations: before.organisations + 1, audit: before.audit + 1 });
    expect((await log()).map((entry) => entry.action)).toEqual(['RESTORE', 'DELETE', 'CREATE']);

    const again = await executeOn(geography, RESTORE, { entry: deletion?.id }, admin);
    expect(again.errors?.[0]?.extensions.code).toBe('CONFLICT');
  });

  it.each([Role.COORDINATOR, Role.FUNDER, Role.PUBLIC])('keeps the audit log from %s', async (role) => {
    const headers = role === Role.PUBLIC ? {} : await as(role, role === Role.COORDINATOR ? ['soria'] : []);
    const result = await executeOn(geography, LOG, { slug: 'iom-spain' }, headers);
    expect(result.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });
});

import type { Subgraph } from '../../../core/subgraph';
import { loadDataset } from '../../../seed/load-dataset';
import { PUBLISHED_DATASET } from '../../../seed/published-dataset';
import { authHeaders, Role } from '../../../test-support/auth';
import { executeOn } from '../../../test-support/execute';
import { dataSet } from '../../../test-support/factories';
import { startTestSubgraphs } from '../../../test-support/test-database';

interface PageData {
  organisationPage: { totalCount: number; rows: { slug: string }[] };
}

// The organisations as a long list (search, regions, categories, sort, pages), slugs made from
// names, and the history and deletions a coordinator keeps for its own regions.
describe('the organisations list and its history', () => {
  let subgraphs: Awaited<ReturnType<typeof startTestSubgraphs>>;
  let geography: Subgraph;
  const as = (role: Role, regions: string[] = []) => authHeaders(role, regions);

  // Besides the three published ones, which work across regions.
  const LOCAL = [
    { slug: 'soria-acoge', name: 'Soria Acoge', category: 'NGO', region: 'soria', migrantLed: false },
    {
      slug: 'red-mujeres-soria',
      name: 'Red de Mujeres Migrantes',
      category: 'MIGRANT_LED_ORGANISATION',
      region: 'soria',
      migrantLed: true,
    },
    { slug: 'ayuntamiento-teruel', name: 'Ayuntamiento de Teruel', category: 'LOCAL_AUTHORITY', region: 'teruel' },
    { slug: 'fifty-percent', name: '100% Teruel', category: 'CIVIL_SOCIETY', region: 'teruel', migrantLed: true },
  ];

  beforeAll(async () => {
    subgraphs = await startTestSubgraphs();
    geography = subgraphs.geography as Subgraph;
    await loadDataset(geography, subgraphs.engagement, PUBLISHED_DATASET);
    await loadDataset(geography, subgraphs.engagement, dataSet({ organisations: LOCAL }));
  });
  afterAll(() => subgraphs.close());

  const PAGE = `query($filter: OrganisationFilter, $page: PageInput, $orderBy: OrganisationOrder) {
    organisationPage(filter: $filter, page: $page, orderBy: $orderBy) { totalCount rows { slug } } }`;
  const page = async (variables: Record<string, unknown>, headers: Record<string, string> = {}) => {
    const result = await executeOn<PageData>(geography, PAGE, variables, headers);
    expect(result.errors).toBeUndefined();
    const data = result.data?.organisationPage;
    return { totalCount: data?.totalCount, slugs: data?.rows.map((row) => row.slug) };
  };

  it('lists every organisation by name, a page at a time, with the total on every page', async () => {
    const first = await page({ page: { offset: 0, limit: 3 } });
    expect(first).toEqual({ totalCount: 7, slugs: ['fifty-percent', 'ayuntamiento-teruel', 'fundacion-cepaim'] });
    const last = await page({ page: { offset: 6, limit: 3 } });
    expect(last).toEqual({ totalCount: 7, slugs: ['soria-acoge'] });
    expect(await page({ page: { offset: 50, limit: 3 } })).toEqual({ totalCount: 7, slugs: [] });
  });

  it('finds a name or slug in any case, and reads % as a character, not a pattern', async () => {
    expect(await page({ filter: { search: '  ACOGE ' } })).toEqual({ totalCount: 1, slugs: ['soria-acoge'] });
    expect(await page({ filter: { search: 'cepaim' } })).toEqual({ totalCount: 1, slugs: ['fundacion-cepaim'] });
    expect(await page({ filter: { search: '100%' } })).toEqual({ totalCount: 1, slugs: ['fifty-percent'] });
    expect(await page({ filter: { search: '%' } })).toEqual({ totalCount: 1, slugs: ['fifty-percent'] });
    expect(await page({ filter: { search: 'nothing like it' } })).toEqual({ totalCount: 0, slugs: [] });
  });

  it("gives a region's organisations, with those working across regions when asked: what a roundtable there may name", async () => {
    expect(await page({ filter: { regions: ['soria'] } })).toEqual({ totalCount: 2, slugs: ['red-mujeres-soria', 'soria-acoge'] });
    expect(await page({ filter: { acrossRegions: true } })).toEqual({
      totalCount: 3,
      slugs: ['fundacion-cepaim', 'icmc-europe', 'iom-spain'],
    });
    expect((await page({ filter: { regions: ['soria'], acrossRegions: true } })).totalCount).toBe(5);
    expect(await page({ filter: { regions: ['soria', 'teruel'], categories: ['NGO', 'LOCAL_AUTHORITY'] } })).toEqual({
      totalCount: 2,
      slugs: ['ayuntamiento-teruel', 'soria-acoge'],
    });
    expect(await page({ filter: { migrantLed: true } })).toEqual({ totalCount: 2, slugs: ['fifty-percent', 'red-mujeres-soria'] });
    expect(await page({ filter: { migrantLed: false } })).toEqual({ totalCount: 1, slugs: ['soria-acoge'] });
  });

  it('sorts by region, category or migrant-led in either direction, what is not known last, ties by name', async () => {
    const region = await page({ orderBy: { field: 'REGION', direction: 'ASC' } });
    expect(region.slugs).toEqual([
      'red-mujeres-soria',
      'soria-acoge',
      'fifty-percent',
      'ayuntamiento-teruel',
      'fundacion-cepaim',
      'icmc-europe',
      'iom-spain',
    ]);
    const regionDown = await page({ orderBy: { field: 'REGION', direction: 'DESC' } });
    expect(regionDown.slugs?.slice(0, 2)).toEqual(['fifty-percent', 'ayuntamiento-teruel']);
    const category = await page({ filter: { regions: ['soria', 'teruel'] }, orderBy: { field: 'CATEGORY', direction: 'ASC' } });
    // Taxonomy order: LOCAL_AUTHORITY, CIVIL_SOCIETY, NGO, MIGRANT_LED_ORGANISATION.
    expect(category.slugs).toEqual(['ayuntamiento-teruel', 'fifty-percent', 'soria-acoge', 'red-mujeres-soria']);
    const migrantLed = await page({ filter: { regions: ['soria', 'teruel'] }, orderBy: { field: 'MIGRANT_LED', direction: 'DESC' } });
    expect(migrantLed.slugs).toEqual(['fifty-percent', 'red-mujeres-soria', 'soria-acoge', 'ayuntamiento-teruel']);
    const name = await page({ filter: { regions: ['soria'] }, orderBy: { field: 'NAME', direction: 'DESC' } });
    expect(name.slugs).toEqual(['soria-acoge', 'red-mujeres-soria']);
  });

  it('refuses an unknown region or category, a long search and an oversized page, each named', async () => {
    const unknown = await executeOn(geography, PAGE, { filter: { regions: ['soria', 'atlantis'], categories: ['ALIENS', 'ROBOTS'] } });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      problems: [
        {
          field: 'filter.categories',
          message: '"ALIENS", "ROBOTS" are not a stakeholder category; the stakeholderCategories query lists them',
        },
        { field: 'filter.regions', message: '"atlantis" is not a region; the regions query lists them' },
      ],
    });
    const shapes = await executeOn(geography, PAGE, { filter: { search: 'x'.repeat(201), regions: ['Soria'] } });
    expect(shapes.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(shapes.errors?.[0]?.message).toBe(
      'Please correct: search: must be at most 200 characters; regions: must be region slugs such as soria.',
    );
    const oversized = await executeOn(geography, PAGE, { page: { offset: 0, limit: 501 } });
    expect(oversized.errors?.[0]?.message).toBe('Please correct: limit: must be at most 500.');
  });

  it('answers anyone: organisations are no one’s personal data', async () => {
    for (const headers of [{}, await as(Role.FUNDER), await as(Role.COORDINATOR, ['soria'])]) {
      expect((await page({}, headers)).totalCount).toBeGreaterThanOrEqual(7);
    }
  });

  describe('slugs made from names', () => {
    const CREATE = `mutation($input: NewOrganisationInput!) { createOrganisation(input: $input) { slug name version } }`;
    const DELETE = 'mutation($slug: String!, $version: Int!) { deleteOrganisation(slug: $slug, expectedVersion: $version) }';
    const create = async (name: string, region = 'soria', headers?: Record<string, string>) => {
      const result = await executeOn<{ createOrganisation: { slug: string } }>(
        geography,
        CREATE,
        { input: { name, category: 'NGO', region } },
        headers ?? (await as(Role.COORDINATOR, ['soria', 'karditsa'])),
      );
      expect(result.errors).toBeUndefined();
      return result.data?.createOrganisation.slug;
    };

    it('writes a name in lower-case ASCII, Spanish and Greek alike', async () => {
      await expect(create('  Asociación  Pública de Ñandúes ')).resolves.toBe('asociacion-publica-de-nandues');
      await expect(create('Κέντρο Κοινότητας Καρδίτσας', 'karditsa')).resolves.toBe('kentro-koinotitas-karditsas');
      await expect(create('Łódź Żółć Stowarzyszenie')).resolves.toBe('lodz-zolc-stowarzyszenie');
      await expect(create('¡¿ ★ !?')).resolves.toBe('organisation');
    });

    it('adds -2, -3 for a name taken, and never takes the slug of a deleted organisation', async () => {
      await expect(create('Soria Acoge')).resolves.toBe('soria-acoge-2');
      await expect(create('Soria Acoge')).resolves.toBe('soria-acoge-3');
      const admin = await as(Role.ADMIN);
      await executeOn(geography, DELETE, { slug: 'soria-acoge-3', version: 1 }, admin);
      await expect(create('Soria Acoge')).resolves.toBe('soria-acoge-4');
    });

    it('gives two organisations of one name, created at once, two slugs', async () => {
      const slugs = await Promise.all([create('Mesa Rural'), create('Mesa Rural'), create('Mesa Rural')]);
      expect([...slugs].sort()).toEqual(['mesa-rural', 'mesa-rural-2', 'mesa-rural-3']);
    });

    it('still refuses a name of one letter before making anything', async () => {
      const result = await executeOn(geography, CREATE, { input: { name: 'X', category: 'NGO', region: 'soria' } }, await as(Role.ADMIN));
      expect(result.errors?.[0]?.message).toContain('name: must be at least 2 characters');
    });
  });

  describe("a coordinator's history and deletions", () => {
    const LOG = 'query($slug: String!) { organisationAuditLog(slug: $slug) { action regionSlug after } }';
    const DELETIONS = 'query($region: String) { organisationDeletions(region: $region) { id action regionSlug before } }';
    const UPDATE = `mutation($slug: String!, $version: Int!, $input: OrganisationInput!) {
      updateOrganisation(slug: $slug, expectedVersion: $version, input: $input) { version } }`;
    const DELETE = 'mutation($slug: String!, $version: Int!) { deleteOrganisation(slug: $slug, expectedVersion: $version) }';
    const RESTORE = 'mutation($entry: ID!) { restoreOrganisation(auditEntryId: $entry) { slug } }';
    const soria = () => as(Role.COORDINATOR, ['soria']);

    it("lets Soria's coordinator read the history of Soria's organisations, not of others, recorded or seeded", async () => {
      const admin = await as(Role.ADMIN);
      await executeOn(
        geography,
        UPDATE,
        { slug: 'soria-acoge', version: 1, input: { name: 'Soria Acoge ONG', category: 'NGO', region: 'soria' } },
        admin,
      );
      const own = await executeOn<{ organisationAuditLog: { action: string; regionSlug: string }[] }>(
        geography,
        LOG,
        { slug: 'soria-acoge' },
        await soria(),
      );
      expect(own.errors).toBeUndefined();
      expect(own.data?.organisationAuditLog).toEqual([
        { action: 'UPDATE', regionSlug: 'soria', after: expect.objectContaining({ name: 'Soria Acoge ONG', version: 2 }) },
      ]);
      for (const slug of ['ayuntamiento-teruel', 'iom-spain']) {
        await executeOn(geography, UPDATE, { slug, version: 1, input: { name: `${slug} renamed`, category: 'NGO', region: null } }, admin);
        const refused = await executeOn(geography, LOG, { slug }, await soria());
        expect(refused.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
        expect(refused.errors?.[0]?.message).toBe(
          `A coordinator reads the history of its own regions' organisations (soria); ${slug} works across regions.`,
        );
      }
      const teruel = await executeOn(geography, LOG, { slug: 'fifty-percent' }, await soria());
      expect(teruel.errors?.[0]?.message).toContain('fifty-percent is in teruel');
    });

    it('lists what was deleted and is not back, newest first, each region to its coordinator', async () => {
      const admin = await as(Role.ADMIN);
      const deleteOne = async (name: string, region: string) => {
        const created = await executeOn<{ createOrganisation: { slug: string; version: number } }>(
          geography,
          'mutation($input: NewOrganisationInput!) { createOrganisation(input: $input) { slug version } }',
          { input: { name, category: 'NGO', region } },
          admin,
        );
        const { slug, version } = created.data?.createOrganisation ?? { slug: '', version: 0 };
        await executeOn(geography, DELETE, { slug, version }, admin);
        return slug;
      };
      const first = await deleteOne('Gone from Soria', 'soria');
      const second = await deleteOne('Also gone from Soria', 'soria');
      const teruel = await deleteOne('Gone from Teruel', 'teruel');
      type Deletion = { id: string; action: string; regionSlug: string; before: { slug: string } };
      const deletions = async (headers: Record<string, string>, region?: string) => {
        const result = await executeOn<{ organisationDeletions: Deletion[] }>(geography, DELETIONS, { region }, headers);
        expect(result.errors).toBeUndefined();
        return result.data?.organisationDeletions ?? [];
      };
      const coordinator = await soria();
      const seen = await deletions(coordinator);
      expect(seen.map((entry) => entry.before.slug)).toEqual([second, first, 'soria-acoge-3']);
      expect(seen.every((entry) => entry.action === 'DELETE' && entry.regionSlug === 'soria')).toBe(true);
      expect((await deletions(admin)).map((entry) => entry.before.slug)).toEqual([teruel, second, first, 'soria-acoge-3']);
      expect((await deletions(admin, 'teruel')).map((entry) => entry.before.slug)).toEqual([teruel]);

      const restored = await executeOn(geography, RESTORE, { entry: seen[0]?.id }, coordinator);
      expect(restored.errors).toBeUndefined();
      expect((await deletions(coordinator)).map((entry) => entry.before.slug)).toEqual([first, 'soria-acoge-3']);

      const otherRegion = await executeOn(geography, DELETIONS, { region: 'teruel' }, coordinator);
      expect(otherRegion.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      expect(otherRegion.errors?.[0]?.message).toBe('You coordinate soria; teruel is not one of your regions.');
      for (const headers of [{}, await as(Role.FUNDER)]) {
        const refused = await executeOn(geography, DELETIONS, {}, headers);
        expect(refused.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      }
    });
  });
});

import { ChangeNotices } from '../../../core/database/change-notices';
import { openSubgraphDatabase } from '../../../core/database/subgraph-data-source';
import { ENGAGEMENT_DATABASE } from '../../../subgraphs/engagement/engagement.database';
import { createTestDatabase } from '../../../test-support/test-database';
import { waitUntil } from '../../../test-support/wait-until';
import { RegionDirectory } from '../region-directory';

// Two processes on one database, as a running server and `pnpm seed` beside it: regions one of
// them applies are in the other's scope of every region at once, with no filter naming them.
describe('RegionDirectory', () => {
  it("counts the regions another process applies in every instance's scope of all regions", async () => {
    const database = await createTestDatabase();
    const server = await openSubgraphDatabase(ENGAGEMENT_DATABASE, database.url);
    const seed = await openSubgraphDatabase(ENGAGEMENT_DATABASE, database.url);
    const serverNotices = new ChangeNotices(database.url, 'region-directory-server');
    const seedNotices = new ChangeNotices(database.url, 'region-directory-seed');
    try {
      const served = await RegionDirectory.load(server.dataSource, 'engagement', serverNotices);
      const seeding = await RegionDirectory.load(seed.dataSource, 'engagement', seedNotices);
      const before = served.all().length;

      await seed.dataSource.transaction((manager) =>
        seeding.applyRegions(manager, [
          { slug: 'illustrative-region-0011', country: 'ES', illustrative: true },
          { slug: 'illustrative-region-0012', country: 'FR', illustrative: true },
        ]),
      );
      await waitUntil(() => served.all().length === before + 2, { what: 'the serving instance to hear of the new regions' });
      expect(served.all().map((region) => region.slug)).toEqual(
        expect.arrayContaining(['illustrative-region-0011', 'illustrative-region-0012']),
      );

      // Regions of a transaction that does not commit are in no scope.
      await seed.dataSource
        .transaction(async (manager) => {
          await seeding.applyRegions(manager, [{ slug: 'never-committed', country: 'PL' }]);
          throw new Error('rolled back');
        })
        .catch(() => undefined);
      await served.reload();
      expect(served.all().map((region) => region.slug)).not.toContain('never-committed');
    } finally {
      await serverNotices.close();
      await seedNotices.close();
      await server.dataSource.destroy();
      await seed.dataSource.destroy();
      await database.drop();
    }
  });
});

import { publicationBuilds } from '../../../../core/observability/metrics';
import type { Subgraph } from '../../../../core/subgraph';
import { loadDataset } from '../../../../seed/load-dataset';
import { captureLogs } from '../../../../test-support/captured-logs';
import { dataSet, newRegion, newRoundtable, newSource } from '../../../../test-support/factories';
import { startTestSubgraphs } from '../../../../test-support/test-database';
import type { EngagementSubgraph } from '../../engagement.subgraph';
import { TimeLattice } from '../publication-lattice';
import { PublicationStore } from '../publication-store';

// The disclosure audit of 1,000 regions takes minutes: a publication is audited again only when
// the table it protects changed. A write FUNDER and PUBLIC do not see (a draft) gives a new
// publication of the new data version with the cells withheld before; one they see is audited.
describe('PublicationStore', () => {
  let subgraphs: Awaited<ReturnType<typeof startTestSubgraphs>>;
  let engagement: EngagementSubgraph;
  const region = newRegion();
  const source = newSource();
  const ALL = { regions: null, period: TimeLattice.ALL_TIME, datasets: [false] };

  beforeAll(async () => {
    subgraphs = await startTestSubgraphs();
    engagement = subgraphs.engagement;
    const roundtables = [3, 20, 30].map((total) => newRoundtable({ region: region.slug, source: source.ref, attendance: { total } }));
    await loadDataset(subgraphs.geography as Subgraph, engagement, dataSet({ regions: [region], sources: [source], roundtables }));
  });
  afterAll(() => subgraphs.close());

  const load = (reviewState: 'DRAFT' | 'APPROVED', total: number) =>
    loadDataset(
      subgraphs.geography as Subgraph,
      engagement,
      dataSet({
        regions: [region],
        sources: [source],
        roundtables: [newRoundtable({ region: region.slug, source: source.ref, attendance: { total }, reviewState })],
      }),
    );

  /** Publications built so far in this process, by how (sira_publication_build_seconds). */
  const builds = async () => {
    const { values } = await publicationBuilds.get();
    const count = (how: string) => values.find((value) => value.metricName?.endsWith('_count') && value.labels.how === how)?.value ?? 0;
    return { audited: count('audited'), decidedBefore: count('decided_before'), read: count('read') };
  };

  it('audits a table once: a draft moves the data version but not what is published', async () => {
    const first = await engagement.publications.served();
    expect(first.current).toBe(true);
    expect(first.value.count(ALL, 'TOTAL').value).toEqual({ min: 53, max: 53 });
    const before = await builds();

    await load('DRAFT', 7);
    const afterDraft = await engagement.publications.served();
    expect(afterDraft.current).toBe(true);
    expect(afterDraft.value.version).toBeGreaterThan(first.value.version);
    expect(afterDraft.value.count(ALL, 'TOTAL').value).toEqual({ min: 53, max: 53 });
    expect(await builds()).toEqual({ ...before, decidedBefore: before.decidedBefore + 1 });

    await load('APPROVED', 40);
    const afterApproved = await engagement.publications.served();
    expect(afterApproved.value.count(ALL, 'TOTAL').value).toEqual({ min: 93, max: 93 });
    expect(await builds()).toEqual({ ...before, decidedBefore: before.decidedBefore + 1, audited: before.audited + 1 });
  });

  it('reads the publication kept in the database only for the rules it was made under', async () => {
    const kept = await engagement.publications.served();
    const before = await builds();
    const sameRules = new PublicationStore(engagement.database.dataSource, engagement.regions, { k: 5, protection: 1 });
    expect((await sameRules.served()).value.version).toBe(kept.value.version);
    expect(await builds()).toEqual(before);
    // A threshold raised since: what was withheld under 5 is not what 10 withholds, so it is audited afresh.
    const raised = new PublicationStore(engagement.database.dataSource, engagement.regions, { k: 10, protection: 1 });
    const audited = await raised.served();
    expect(audited.current).toBe(true);
    expect(await builds()).toEqual({ ...before, audited: before.audited + 1 });
  });

  it('audits again, and says why, when the publication kept in the database cannot be read', async () => {
    const db = engagement.database.dataSource;
    // The row the raised threshold's store kept, its body no longer gzip.
    await db.query(`UPDATE engagement.publication_snapshot SET body = convert_to('not gzip', 'UTF8')`);
    const before = await builds();
    const logs = captureLogs('error');
    try {
      const served = await new PublicationStore(db, engagement.regions, { k: 10, protection: 1 }).served();
      expect(served.current).toBe(true);
      expect(await builds()).toEqual({ ...before, audited: before.audited + 1 });
      expect(logs.lines.map((line) => line.msg)).toEqual([
        'Reading the value kept outside failed: it is built instead',
        'The publication kept in the database could not be read: it is built again',
      ]);
    } finally {
      logs.stop();
    }
  });
});

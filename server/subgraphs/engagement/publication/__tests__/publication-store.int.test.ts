import { publicationBuilds } from '../../../../core/observability/metrics';
import type { Subgraph } from '../../../../core/subgraph';
import { loadDataset } from '../../../../seed/load-dataset';
import { captureLogs } from '../../../../test-support/captured-logs';
import { dataSet, newRegion, newRoundtable, newSource } from '../../../../test-support/factories';
import { startTestSubgraphs } from '../../../../test-support/test-database';
import type { EngagementSubgraph } from '../../engagement.subgraph';
import { TimeLattice } from '../publication-lattice';
import { PublicationStore } from '../publication-store';

// The disclosure audit of 1,000 regions takes minutes: a publication is built again only when an
// approved roundtable's rows were written (a draft builds nothing), and audited again only when
// the table it protects changed; otherwise it takes the cells withheld before.
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

  it('builds nothing for a draft, takes what was decided for a table already protected, and audits a new one', async () => {
    const first = await engagement.publications.served();
    expect(first.current).toBe(true);
    expect(first.value.count(ALL, 'TOTAL').value).toEqual({ min: 53, max: 53 });
    const before = await builds();

    // A draft is nowhere in the publication: it stays current, and nothing is built.
    await load('DRAFT', 7);
    const afterDraft = await engagement.publications.served();
    expect(afterDraft).toEqual({ value: first.value, current: true });
    expect(await builds()).toEqual(before);

    // A write of approved rows that changes no count (as refreshing them does): built again, not audited.
    await engagement.database.dataSource.query(
      'UPDATE engagement.roundtable_attendance_rollup SET total_min = total_min WHERE approved AND region_slug = $1',
      [region.slug],
    );
    const rewritten = await engagement.publications.served();
    expect(rewritten.current).toBe(true);
    expect(rewritten.value.version).toBeGreaterThan(first.value.version);
    expect(rewritten.value.count(ALL, 'TOTAL').value).toEqual({ min: 53, max: 53 });
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

  it('after an upgrade, gives the publication of an earlier format as the one before, and takes its decision again', async () => {
    const db = engagement.database.dataSource;
    const kept = await new PublicationStore(db, engagement.regions, { k: 10, protection: 1 }).served();
    // As an instance of the earlier format left it: its version was the data version, not the published one.
    await db.query('UPDATE engagement.publication_snapshot SET format = 1, version = version + 1000');
    const before = await builds();
    const upgraded = new PublicationStore(db, engagement.regions, { k: 10, protection: 1 }, 0);
    const first = await upgraded.served();
    expect(first.current).toBe(false);
    expect(first.value.count(ALL, 'TOTAL')).toEqual(kept.value.count(ALL, 'TOTAL'));
    let rebuilt = await upgraded.served();
    for (let tries = 0; !rebuilt.current && tries < 100; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      rebuilt = await upgraded.served();
    }
    expect(rebuilt.current).toBe(true);
    expect(rebuilt.value.count(ALL, 'TOTAL')).toEqual(kept.value.count(ALL, 'TOTAL'));
    // The same table: what the earlier format decided is taken, not audited for minutes again.
    expect(await builds()).toEqual({ ...before, decidedBefore: before.decidedBefore + 1 });
    const [row] = await db.query('SELECT format FROM engagement.publication_snapshot');
    expect(row.format).toBe(2);
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

import { captureLogs } from '../../../../test-support/captured-logs';
import { startTestSubgraphs } from '../../../../test-support/test-database';
import { waitUntil } from '../../../../test-support/wait-until';
import { dataVersion } from '../data-version';
import { KeptWhileUnchanged, type Versioned } from '../kept-while-unchanged';

/** A build the test finishes by hand: it holds the version it read when it started. */
interface HeldBuild {
  version: bigint;
  finish(): void;
  fail(error: Error): void;
}

// What a request is given while a costly value is built again after a write: within the wait,
// the new value; past it, the one before, not current, with the build going on for the next
// requests, and whoever keeps answers told once it replaces one given out.
describe('KeptWhileUnchanged.recent', () => {
  let subgraphs: Awaited<ReturnType<typeof startTestSubgraphs>>;
  const builds: HeldBuild[] = [];
  let replaced = 0;
  let kept: KeptWhileUnchanged<string>;

  beforeAll(async () => {
    subgraphs = await startTestSubgraphs();
    const db = subgraphs.engagement.database.dataSource;
    await db.query(`INSERT INTO engagement.region_data_version (region_slug, version) VALUES ('kept-test', 1)`);
    kept = new KeptWhileUnchanged(
      db,
      async (): Promise<Versioned<string>> => {
        const version = await dataVersion(db.manager);
        return new Promise((resolve, reject) =>
          builds.push({ version, finish: () => resolve({ version, value: `built at ${version}` }), fail: reject }),
        );
      },
      {
        onReplacedPrevious: async () => {
          replaced++;
        },
      },
    );
  });
  afterAll(() => subgraphs.close());

  const write = () =>
    subgraphs.engagement.database.dataSource.query(
      `UPDATE engagement.region_data_version SET version = version + 1 WHERE region_slug = 'kept-test'`,
    );
  /** The build started after the first `count`, once it has: it starts a statement after the request. */
  const buildAfter = async (count: number) => {
    await waitUntil(() => builds.length > count, { what: 'a build to start' });
    return builds[count] as HeldBuild;
  };

  it('waits for the first build however long it takes: there is nothing before it to give', async () => {
    const answer = kept.recent(10);
    const build = await buildAfter(0);
    await new Promise((resolve) => setTimeout(resolve, 50));
    build.finish();
    expect(await answer).toEqual({ value: `built at ${build.version}`, current: true });
    expect(replaced).toBe(0);
  });

  it('gives the new value when it is built within the wait, and tells no one', async () => {
    const started = builds.length;
    await write();
    const answer = kept.recent(5_000);
    const build = await buildAfter(started);
    build.finish();
    expect(await answer).toEqual({ value: `built at ${build.version}`, current: true });
    expect(replaced).toBe(0);
  });

  it('gives the value before past the wait, the new one once built, and tells of it once', async () => {
    const before = await kept.recent(0);
    expect(before.current).toBe(true);
    const started = builds.length;
    await write();
    expect(kept.behindMs()).toBe(0);
    const stale = await kept.recent(20);
    expect(stale).toEqual({ value: before.value, current: false });
    const givenOut = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 30));
    // A second request meanwhile joins the same build: one build, however many ask.
    expect(await kept.recent(20)).toEqual({ value: before.value, current: false });
    // Behind since the first request given the value before, not since the second.
    expect(kept.behindMs(givenOut + 1_000)).toBeGreaterThanOrEqual(1_000);
    const build = await buildAfter(started);
    expect(builds).toHaveLength(started + 1);
    build.finish();
    await waitUntil(() => replaced === 1, { what: 'the replacement to be told' });
    expect(kept.behindMs()).toBe(0);
    expect(await kept.recent(20)).toEqual({ value: `built at ${build.version}`, current: true });
    expect(replaced).toBe(1);
  });

  it('logs a build that fails past its wait, and the next request builds again', async () => {
    const logs = captureLogs('error');
    try {
      const before = await kept.recent(0);
      const started = builds.length;
      await write();
      expect(await kept.recent(20)).toEqual({ value: before.value, current: false });
      (await buildAfter(started)).fail(new Error('the database went away'));
      await waitUntil(() => logs.lines.some((line) => line.msg === 'A build past its wait failed'), { what: 'the failure logged' });
      expect(logs.lines.find((line) => line.msg === 'A build past its wait failed')?.err?.message).toBe('the database went away');
      const again = kept.recent(5_000);
      const build = await buildAfter(started + 1);
      build.finish();
      expect(await again).toEqual({ value: `built at ${build.version}`, current: true });
    } finally {
      logs.stop();
    }
  });

  it('starts from a value kept outside: current when of the data as they are, else given out while one is built', async () => {
    const db = subgraphs.engagement.database.dataSource;
    const now = await dataVersion(db.manager);
    const restoring = (version: bigint) =>
      new KeptWhileUnchanged(
        db,
        async () => {
          const version = await dataVersion(db.manager);
          return new Promise<Versioned<string>>((resolve, reject) =>
            builds.push({ version, finish: () => resolve({ version, value: `built at ${version}` }), fail: reject }),
          );
        },
        { restore: async () => ({ version, value: `kept at ${version}` }) },
      );
    const started = builds.length;
    expect(await restoring(now).recent(20)).toEqual({ value: `kept at ${now}`, current: true });
    expect(builds).toHaveLength(started);
    const behind = restoring(now - 1n);
    expect(await behind.recent(20)).toEqual({ value: `kept at ${now - 1n}`, current: false });
    (await buildAfter(started)).finish();
    await waitUntil(async () => (await behind.recent(20)).current, { what: 'the build to replace the value kept outside' });
    expect(await behind.recent(20)).toEqual({ value: `built at ${now}`, current: true });
  });
});

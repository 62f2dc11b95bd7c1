import type { DataSource } from 'typeorm';
import { GEOGRAPHY_DATABASE } from '../../subgraphs/geography/geography.database';
import { createTestDatabase } from '../../test-support/test-database';
import { waitUntil } from '../../test-support/wait-until';
import { ChangeNotices } from '../database/change-notices';
import { openSubgraphDatabase } from '../database/subgraph-data-source';

// How the instances of a subgraph hear that one of them changed what each keeps in memory:
// at commit only, every instance, and again after a listening connection was cut.
describe('change notices', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let dataSource: DataSource;
  const logged: string[] = [];
  const instances: ChangeNotices[] = [];
  const heard = { a: 0, b: 0 };

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = (await openSubgraphDatabase(GEOGRAPHY_DATABASE, database.url)).dataSource;
    for (const name of ['a', 'b'] as const) {
      const notices = new ChangeNotices(database.url, `notices-test-${name}`, (line) => logged.push(line));
      instances.push(notices);
      await notices.listen('taxonomy', async () => {
        heard[name]++;
      });
    }
  });
  afterAll(async () => {
    for (const notices of instances) await notices.close();
    await dataSource?.destroy();
    await database?.drop();
  });

  const announce = (channel: string, commit = true) =>
    dataSource
      .transaction(async (manager) => {
        await ChangeNotices.announce(manager, channel);
        if (!commit) throw new Error('rolled back');
      })
      .catch(() => {});

  it('tells every instance of a change once it commits, and of no change rolled back or on another channel', async () => {
    await announce('taxonomy');
    await waitUntil(() => heard.a === 1 && heard.b === 1, { what: 'both instances to hear the change' });
    await announce('taxonomy', false);
    await announce('regions');
    await announce('taxonomy');
    await waitUntil(() => heard.a === 2 && heard.b === 2, { what: 'the second change' });
    expect(heard).toEqual({ a: 2, b: 2 });
  });

  it('listens again after its connection is cut, and reads again what it may have missed meanwhile', async () => {
    const before = { ...heard };
    await dataSource.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'notices-test-b-notices'");
    await waitUntil(() => heard.b === before.b + 1, { what: 'b to listen again and read' });
    expect(logged.some((line) => line.includes('connection lost'))).toBe(true);
    await announce('taxonomy');
    await waitUntil(() => heard.a === before.a + 1 && heard.b === before.b + 2, { what: 'both to hear the next change' });
  });

  it('tells nothing once closed', async () => {
    const [a] = instances;
    await a?.close();
    const before = { ...heard };
    await announce('taxonomy');
    await waitUntil(() => heard.b === before.b + 1, { what: 'b to hear it' });
    expect(heard.a).toBe(before.a);
  });

  it('waits, when closing, for a change being read, so that nothing reads from a database closed under it', async () => {
    const notices = new ChangeNotices(database.url, 'notices-test-closing', (line) => logged.push(line));
    let finished = false;
    let started: () => void = () => {};
    const reading = new Promise<void>((resolve) => {
      started = resolve;
    });
    await notices.listen('slow', async () => {
      started();
      await new Promise((resolve) => setTimeout(resolve, 300));
      finished = true;
    });
    await announce('slow');
    await reading;
    await notices.close();
    expect(finished).toBe(true);
  });

  it('says when it has heard and read every change committed before it asked', async () => {
    const notices = new ChangeNotices(database.url, 'notices-test-caught-up', (line) => logged.push(line));
    let read = 0;
    await notices.listen('late', async () => {
      await new Promise((resolve) => setTimeout(resolve, 200));
      read++;
    });
    try {
      await announce('late');
      await announce('late');
      // No waiting in between: whatever was committed is read by the time caughtUp resolves.
      await notices.caughtUp();
      expect(read).toBe(2);
    } finally {
      await notices.close();
    }
  });
});

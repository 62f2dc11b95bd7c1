import { Client } from 'pg';
import { Role, tokenFor } from '../../server/test-support/auth';
import { startTestSystem } from '../../server/test-support/test-system';
import { waitUntil } from '../../server/test-support/wait-until';
import { approveRoundtables, createRoundtable } from '../browser/support/api';
import { holdPublicationBuilds } from '../browser/support/publication';

type System = Awaited<ReturnType<typeof startTestSystem>>;
interface Answer {
  publicationStatus: { asOf: string; current: boolean } | null;
  attendanceTotal: { roundtables: number; total: { min: number; max: number } | null };
}

const FIGURES = `{
  publicationStatus { asOf current }
  attendanceTotal(filter: { regions: ["soria"] }) { roundtables total { min max } }
}`;

// After a write, the publication FUNDER and PUBLIC see is built again, which takes minutes at
// 1,000 regions. Past PUBLICATION_WAIT_MS they are answered from the one before, and told how
// old it is; once the new one is built, the gateway's cache starts again, so no one keeps the
// old figures. The build is held back here by a lock on a table only it reads.
describe('figures while the publication is built again', () => {
  let api: System;
  let db: Client;
  const tokens = {} as Record<'ADMIN' | 'ANALYST', string>;

  /** The figures as PUBLIC (or the role of `token`) reads them, through the gateway at `url`; one that hangs fails. */
  const ask = async ({ token, url = api.system.url }: { token?: string; url?: string } = {}) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: FIGURES }),
      signal: AbortSignal.timeout(10_000),
    });
    const body = (await response.json()) as { data?: Answer; errors?: unknown[] };
    if (!body.data || body.errors) throw new Error(`The figures could not be read: ${JSON.stringify(body.errors)}`);
    return { ...body.data, cache: response.headers.get('x-cache') };
  };
  /** The system's origin, as the browser tests' helpers take it. */
  const origin = () => api.system.url.replace(/\/graphql$/, '');
  /** What the operator's metrics say: how long PUBLIC and funders have been answered from the publication before. */
  const behindSeconds = async () => {
    const metrics = await (await fetch(`${origin()}/metrics`)).text();
    return Number(/^sira_publication_behind_seconds (\S+)$/m.exec(metrics)?.[1]);
  };

  beforeAll(async () => {
    api = await startTestSystem({ PUBLICATION_WAIT_MS: '300' });
    for (const role of ['ADMIN', 'ANALYST'] as const) tokens[role] = await tokenFor(Role[role]);
    db = new Client({ connectionString: api.databaseUrl });
    await db.connect();
  });
  afterAll(async () => {
    await db?.end();
    await api?.close();
  });

  it('answers from the publication before, says so, and shows the new figures once built', async () => {
    const before = await ask();
    expect(before.publicationStatus?.current).toBe(true);
    expect(before.attendanceTotal.total).not.toBeNull();
    expect(await behindSeconds()).toBe(0);

    const created = await createRoundtable(origin(), tokens.ADMIN, {
      region: 'soria',
      number: 801,
      date: '2022-05-12',
      format: 'ONSITE',
      attendance: { participants: 40 },
      sources: [{ title: 'Minutes of Soria 801' }],
    });
    await approveRoundtables(origin(), tokens.ADMIN, [created]);
    // Approved: PUBLIC counts it once the publication is built again, held back from here on.
    const release = await holdPublicationBuilds(db);
    try {
      const stale = await ask();
      expect(stale.publicationStatus).toEqual({ asOf: before.publicationStatus?.asOf, current: false });
      expect(stale.attendanceTotal.total).toEqual(before.attendanceTotal.total);
      // Roundtables held are counted as they are, whatever the publication: only counts of people wait.
      expect(stale.attendanceTotal.roundtables).toBe(before.attendanceTotal.roundtables + 1);
      // The answer is kept like any other; a funder, too, is answered from the publication before.
      expect((await ask()).cache).toBe('hit');
      const funder = await ask({ token: await tokenFor(Role.FUNDER) });
      expect(funder.publicationStatus?.current).toBe(false);
      // Roles that see counts as recorded never wait for it.
      const analyst = await ask({ token: tokens.ANALYST });
      expect(analyst.publicationStatus).toBeNull();
      // The operator sees it too, in seconds since the first answer from the publication before.
      expect(await behindSeconds()).toBeGreaterThan(0);
    } finally {
      await release();
    }

    let after: Awaited<ReturnType<typeof ask>> | undefined;
    await waitUntil(
      async () => {
        // Only computed answers are kept, so the first that says current was computed afresh.
        after = await ask();
        return after.publicationStatus?.current === true;
      },
      { what: 'the new publication, not a kept answer of the old one', withinMs: 20_000 },
    );
    expect(after?.cache).toBe('miss');
    expect(await behindSeconds()).toBe(0);
    expect(Date.parse(after?.publicationStatus?.asOf as string)).toBeGreaterThan(Date.parse(before.publicationStatus?.asOf as string));
    const total = before.attendanceTotal.total as { min: number; max: number };
    expect(after?.attendanceTotal.total).toEqual({ min: total.min + 40, max: total.max + 40 });
  });

  it('answers at once, from the publication kept in the database, on instances that have built none', async () => {
    const published = await ask();
    expect(published.publicationStatus?.current).toBe(true);
    const second = await startTestSystem({ SEED: 'none', PUBLICATION_WAIT_MS: '300' }, api.databaseUrl);
    // No publication can be built while builds are held: the second instance must read the one kept.
    let release = await holdPublicationBuilds(db);
    try {
      const answer = await ask({ url: second.system.url });
      expect(answer.publicationStatus).toEqual(published.publicationStatus);
      expect(answer.attendanceTotal).toEqual(published.attendanceTotal);
    } finally {
      await release();
    }
    const third = await startTestSystem({ SEED: 'none', PUBLICATION_WAIT_MS: '300' }, api.databaseUrl);
    const draft = await createRoundtable(origin(), tokens.ADMIN, {
      region: 'teruel',
      number: 802,
      date: '2022-05-12',
      attendance: { participants: 30 },
      sources: [{ title: 'Acta 802' }],
    });
    release = await holdPublicationBuilds(db);
    try {
      // A draft is in no publication: the one kept is still of the data as funders may see them.
      expect((await ask({ url: third.system.url })).publicationStatus).toEqual(published.publicationStatus);
    } finally {
      await release();
    }
    // Approved since it was kept, on an instance just started: it is the publication before.
    const fourth = await startTestSystem({ SEED: 'none', PUBLICATION_WAIT_MS: '300' }, api.databaseUrl);
    await approveRoundtables(origin(), tokens.ADMIN, [draft]);
    release = await holdPublicationBuilds(db);
    try {
      const answer = await ask({ url: fourth.system.url });
      expect(answer.publicationStatus).toEqual({ asOf: published.publicationStatus?.asOf, current: false });
      expect(answer.attendanceTotal).toEqual(published.attendanceTotal);
    } finally {
      await release();
      await fourth.system.stop();
      await third.system.stop();
      await second.system.stop();
    }
  });
});

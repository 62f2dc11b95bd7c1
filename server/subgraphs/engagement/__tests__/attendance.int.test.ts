import type { Subgraph } from '../../../core/subgraph';
import { loadDataset } from '../../../seed/load-dataset';
import { authHeaders, Role } from '../../../test-support/auth';
import { executeOn } from '../../../test-support/execute';
import { dataSet, newRegion, newRoundtable, newSource } from '../../../test-support/factories';
import { startTestSubgraphs } from '../../../test-support/test-database';
import type { EngagementSubgraph } from '../engagement.subgraph';

// What a roundtable's attendance reads as, for each shape a published figure can take.
describe('roundtable attendance', () => {
  let subgraphs: Awaited<ReturnType<typeof startTestSubgraphs>>;
  let geography: Subgraph;
  let engagement: EngagementSubgraph;
  const region = newRegion();
  const source = newSource();
  const base = { region: region.slug, source: source.ref };

  beforeAll(async () => {
    subgraphs = await startTestSubgraphs();
    ({ geography, engagement } = subgraphs);
  });
  afterAll(() => subgraphs.close());

  async function attendanceOf(roundtable: ReturnType<typeof newRoundtable>, participants = dataSet({}).participants) {
    await loadDataset(geography, engagement, dataSet({ regions: [region], sources: [source], roundtables: [roundtable], participants }));
    const result = await executeOn<{ region: { roundtables: { number: number; attendance: unknown }[] } }>(
      engagement,
      `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Region { roundtables {
         number attendance { total { min max } online { min max } onsite { min max } unknownMode { min max }
                             newcomers { min max } organisations fromRecords source { title } } } } } }`,
      { reps: [{ __typename: 'Region', slug: region.slug }] },
      // Exact figures, small ones included, are what an analyst sees.
      await authHeaders(Role.ANALYST),
    );
    expect(result.errors).toBeUndefined();
    const entities = (result.data as unknown as { _entities: { roundtables: { number: number; attendance: unknown }[] }[] })._entities;
    return entities[0]?.roundtables.find((rt) => rt.number === roundtable.number)?.attendance;
  }

  const exact = (n: number) => ({ min: n, max: n });

  it('puts everyone online at an ONLINE roundtable', async () => {
    expect(await attendanceOf(newRoundtable({ ...base, format: 'ONLINE', attendance: { total: 26 } }))).toEqual({
      total: exact(26),
      online: exact(26),
      onsite: exact(0),
      unknownMode: exact(0),
      newcomers: null,
      organisations: null,
      fromRecords: false,
      source: { title: source.title },
    });
  });

  it('keeps a published split of a HYBRID roundtable', async () => {
    expect(
      await attendanceOf(newRoundtable({ ...base, format: 'HYBRID', attendance: { total: 21, online: 18, onsite: 3 } })),
    ).toMatchObject({
      total: exact(21),
      online: exact(18),
      onsite: exact(3),
      unknownMode: exact(0),
    });
  });

  it('leaves an unpublished split in unknownMode rather than inventing one', async () => {
    expect(await attendanceOf(newRoundtable({ ...base, format: 'HYBRID', attendance: { total: 12, online: 5 } }))).toMatchObject({
      total: exact(12),
      online: exact(5),
      onsite: exact(0),
      unknownMode: exact(7),
    });
    expect(await attendanceOf(newRoundtable({ ...base, attendance: { total: 30 } }))).toMatchObject({
      total: exact(30),
      online: exact(0),
      onsite: exact(0),
      unknownMode: exact(30),
    });
  });

  it('keeps a range as a range', async () => {
    expect(
      await attendanceOf(newRoundtable({ ...base, format: 'ONSITE', attendance: { total: { min: 9, max: 16 }, organisations: 7 } })),
    ).toMatchObject({
      total: { min: 9, max: 16 },
      online: exact(0),
      onsite: { min: 9, max: 16 },
      unknownMode: exact(0),
      organisations: 7,
    });
  });

  it('returns unknown attendance as null, never 0', async () => {
    expect(await attendanceOf(newRoundtable({ ...base, format: 'ONLINE' }))).toMatchObject({
      total: null,
      online: null,
      onsite: null,
      unknownMode: null,
    });
  });

  it('counts participant records instead of published figures where there are records', async () => {
    const roundtable = newRoundtable({ ...base, format: 'HYBRID', attendance: { total: 50 } });
    const attend = (mode: 'ONLINE' | 'ONSITE') => [{ number: roundtable.number, mode }];
    const attendance = await attendanceOf(roundtable, [
      { region: region.slug, pseudonym: 'A', category: 'NGO', newcomer: false, attended: attend('ONLINE') },
      { region: region.slug, pseudonym: 'B', category: 'NEWCOMER', newcomer: true, attended: attend('ONSITE') },
      { region: region.slug, pseudonym: 'C', category: 'NEWCOMER', newcomer: true, attended: attend('ONSITE') },
    ]);
    expect(attendance).toMatchObject({
      total: exact(3),
      online: exact(1),
      onsite: exact(2),
      unknownMode: exact(0),
      newcomers: exact(2),
      fromRecords: true,
      source: null,
    });
  });
});

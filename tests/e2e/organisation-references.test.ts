import { Role, tokenFor } from '../../server/test-support/auth';
import { startTestSystem } from '../../server/test-support/test-system';

// Engagement names organisations by slug and geography cannot see those references, so an
// organisation can be deleted while roundtables and participants still name it: through
// the gateway they then read null, and the rest of the answer stays whole.
describe('references to a deleted organisation', () => {
  let api: Awaited<ReturnType<typeof startTestSystem>>;
  let admin: string;
  let participantId: string;

  const QUERY = `query($id: ID!) {
    region(slug: "soria") { roundtables { number organisers { role organisation { slug name } } } }
    participant(id: $id) { organisation { slug name } }
  }`;
  type Answer = {
    region: { roundtables: { number: number; organisers: { role: string; organisation: { slug: string; name: string } | null }[] }[] };
    participant: { organisation: { slug: string; name: string } | null };
  };

  beforeAll(async () => {
    api = await startTestSystem();
    admin = await tokenFor(Role.ADMIN);
    const created = await api.gql<{ createParticipant: { id: string } }>(
      'mutation($input: ParticipantInput!) { createParticipant(input: $input) { id } }',
      { input: { region: 'soria', category: 'INTERNATIONAL_ORGANISATION', newcomer: false, organisation: 'icmc-europe' } },
      admin,
    );
    participantId = created.data?.createParticipant.id as string;
  });
  afterAll(() => api.close());

  it('reads the organisation while it exists', async () => {
    const result = await api.gql<Answer>(QUERY, { id: participantId }, admin);
    expect(result.errors).toBeUndefined();
    expect(result.data?.participant.organisation).toEqual({ slug: 'icmc-europe', name: 'ICMC Europe' });
    expect(result.data?.region.roundtables[0]?.organisers[2]).toEqual({
      role: 'SUPPORTER',
      organisation: { slug: 'icmc-europe', name: 'ICMC Europe' },
    });
  });

  it('reads null for it once deleted, without an error, and keeps the rest', async () => {
    const deleted = await api.gql('mutation { deleteOrganisation(slug: "icmc-europe", expectedVersion: 1) }', undefined, admin);
    expect(deleted).toEqual({ data: { deleteOrganisation: 'icmc-europe' } });
    const result = await api.gql<Answer>(QUERY, { id: participantId }, await tokenFor(Role.ANALYST));
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      region: {
        roundtables: [
          {
            number: 3,
            organisers: [
              { role: 'ORGANISER', organisation: { slug: 'iom-spain', name: 'IOM Spain' } },
              { role: 'ORGANISER', organisation: { slug: 'fundacion-cepaim', name: 'Fundación Cepaim' } },
              { role: 'SUPPORTER', organisation: null },
            ],
          },
        ],
      },
      participant: { organisation: null },
    });
  });
});

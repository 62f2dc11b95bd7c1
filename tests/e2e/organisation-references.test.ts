import type { OrganisationSeed } from '../../server/seed/dataset';
import { PUBLISHED_DATASET } from '../../server/seed/published-dataset';
import { Role, tokenFor } from '../../server/test-support/auth';
import { startTestSystem } from '../../server/test-support/test-system';

const ICMC = PUBLISHED_DATASET.organisations.find((organisation) => organisation.slug === 'icmc-europe') as OrganisationSeed;

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

  // The published organisation the tests read, recorded again if a test deleted it.
  beforeEach(async () => {
    const listed = await api.gql<{ organisations: { slug: string }[] }>('{ organisations { slug } }', undefined, admin);
    if (listed.data?.organisations.some((organisation) => organisation.slug === ICMC.slug)) return;
    const created = await api.gql(
      'mutation($input: NewOrganisationInput!) { createOrganisation(input: $input) { slug } }',
      { input: { slug: ICMC.slug, name: ICMC.name, category: ICMC.category } },
      admin,
    );
    expect(created.errors).toBeUndefined();
  });

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

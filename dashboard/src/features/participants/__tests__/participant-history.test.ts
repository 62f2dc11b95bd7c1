import { changedParticipantFields } from '../participant-history';

const recorded = {
  categoryCode: 'NGO',
  newcomer: false,
  gender: null,
  ageBand: 'AGE_25_34',
  organisationSlug: null,
  participations: [
    { roundtableId: 'b', mode: 'ONSITE' },
    { roundtableId: 'a', mode: 'ONLINE' },
  ],
};

describe('changedParticipantFields', () => {
  it('lists what an update changed, roundtables attended compared as a set', () => {
    const after = { ...recorded, gender: 'FEMALE', participations: [...recorded.participations].reverse() };
    expect(changedParticipantFields(recorded, after)).toEqual(['gender']);
    const moved = { ...recorded, participations: [{ roundtableId: 'a', mode: 'ONSITE' }] };
    expect(changedParticipantFields(recorded, moved)).toEqual(['participations']);
  });

  it('lists everything a creation recorded, a "no" included and what was not recorded left out', () => {
    expect(changedParticipantFields(null, recorded)).toEqual(['categoryCode', 'newcomer', 'ageBand', 'participations']);
  });
});

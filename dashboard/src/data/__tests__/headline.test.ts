import { type AttendanceTotalFigures, headline } from '../headline';

const exact = (value: number) => ({ min: value, max: value });
const total = (figures: Partial<AttendanceTotalFigures>): AttendanceTotalFigures => ({
  roundtables: 2,
  roundtablesUnknownAttendance: 0,
  online: null,
  onsite: null,
  unknownMode: null,
  total: null,
  withheld: [],
  ...figures,
});

describe('headline', () => {
  it("takes Guadalajara and Soria's participants and shares from the figure over all regions", () => {
    const figures = headline({
      regions: [{ roundtables: 1 }, { roundtables: 1 }, { roundtables: 0 }],
      attendance: total({ online: exact(44), onsite: exact(3), unknownMode: exact(0), total: exact(47) }),
      categories: [{ category: { code: 'NGO' } }, { category: { code: 'NGO' } }, { category: { code: 'NEWCOMER' } }],
      challenges: [
        { challenge: { code: 'LANGUAGE' }, mentions: 2 },
        { challenge: { code: 'TRANSPORT' }, mentions: 1 },
      ],
    });
    expect(figures).toEqual({
      regions: 3,
      regionsWithRoundtables: 2,
      roundtables: 2,
      participants: exact(47),
      roundtablesWithoutFigure: 0,
      onlineShare: { min: 44 / 47, max: 44 / 47 },
      onsiteShare: { min: 3 / 47, max: 3 / 47 },
      categoriesReached: 2,
      challengesRaised: 2,
      mentions: 3,
    });
  });

  it('leaves shares unknown when no mode is known, and counts roundtables without a figure', () => {
    const figures = headline({
      regions: [{ roundtables: 2 }],
      attendance: total({ roundtablesUnknownAttendance: 2 }),
      categories: [],
      challenges: [],
    });
    expect(figures).toMatchObject({ participants: null, roundtablesWithoutFigure: 2, onlineShare: null, onsiteShare: null });
    expect(figures.participantsWithheld).toBeUndefined();
  });

  it('withholds both shares when one mode is withheld, each with its reason, rather than computing them from the rest', () => {
    const figures = headline({
      regions: [{ roundtables: 1 }, { roundtables: 1 }],
      attendance: total({
        unknownMode: exact(0),
        total: exact(47),
        withheld: [
          { field: 'online', reason: 'PROTECTS_SMALL_COUNT' },
          { field: 'onsite', reason: 'SMALL_COUNT' },
        ],
      }),
      categories: [],
      challenges: [],
    });
    expect(figures).toMatchObject({
      participants: exact(47),
      onlineShare: null,
      onsiteShare: null,
      onlineShareWithheld: 'PROTECTS_SMALL_COUNT',
      onsiteShareWithheld: 'SMALL_COUNT',
    });
  });

  it('protects a withheld mode by withholding the other share, which would give it back', () => {
    const figures = headline({
      regions: [{ roundtables: 2 }],
      attendance: total({ online: exact(40), total: exact(43), withheld: [{ field: 'onsite', reason: 'SMALL_COUNT' }] }),
      categories: [],
      challenges: [],
    });
    expect(figures).toMatchObject({ onlineShare: null, onlineShareWithheld: 'PROTECTS_SMALL_COUNT', onsiteShareWithheld: 'SMALL_COUNT' });
  });

  it('gives a withheld total as withheld, with its reason, never as a partial sum', () => {
    const figures = headline({
      regions: [{ roundtables: 1 }, { roundtables: 1 }],
      attendance: total({ online: exact(3), onsite: exact(0), withheld: [{ field: 'total', reason: 'SMALL_COUNT' }] }),
      categories: [],
      challenges: [],
    });
    expect(figures).toMatchObject({ participants: null, participantsWithheld: 'SMALL_COUNT', roundtablesWithoutFigure: 0 });
  });
});

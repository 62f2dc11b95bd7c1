import { headline } from '../headline';

const exact = (value: number) => ({ min: value, max: value });

describe('headline', () => {
  it('sums the published figures of Guadalajara and Soria', () => {
    const figures = headline({
      attendance: [
        { roundtables: 1, roundtablesUnknownAttendance: 0, online: exact(26), onsite: exact(0), unknownMode: exact(0), total: exact(26) },
        { roundtables: 1, roundtablesUnknownAttendance: 0, online: exact(18), onsite: exact(3), unknownMode: exact(0), total: exact(21) },
        { roundtables: 0, roundtablesUnknownAttendance: 0, online: null, onsite: null, unknownMode: null, total: null },
      ],
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
      participantsSuppressed: 0,
      roundtablesWithoutFigure: 0,
      onlineShare: { min: 44 / 47, max: 44 / 47 },
      onsiteShare: { min: 3 / 47, max: 3 / 47 },
      modeSuppressed: false,
      categoriesReached: 2,
      challengesRaised: 2,
      mentions: 3,
    });
  });

  it('leaves shares unknown when no mode is known, and counts roundtables without a figure', () => {
    const figures = headline({
      attendance: [{ roundtables: 2, roundtablesUnknownAttendance: 2, online: null, onsite: null, unknownMode: null, total: null }],
      categories: [],
      challenges: [],
    });
    expect(figures).toMatchObject({ participants: null, roundtablesWithoutFigure: 2, onlineShare: null, onsiteShare: null });
  });

  it("gives no share when a region's split is withheld, rather than one computed without it", () => {
    const figures = headline({
      attendance: [
        { roundtables: 1, roundtablesUnknownAttendance: 0, online: exact(26), onsite: exact(0), unknownMode: exact(0), total: exact(26) },
        {
          roundtables: 1,
          roundtablesUnknownAttendance: 0,
          online: null,
          onsite: null,
          unknownMode: null,
          total: exact(21),
          suppressed: ['onsite', 'unknownMode', 'online'],
        },
      ],
      categories: [],
      challenges: [],
    });
    expect(figures).toMatchObject({
      participants: exact(47),
      participantsSuppressed: 0,
      onlineShare: null,
      onsiteShare: null,
      modeSuppressed: true,
    });
  });

  it('leaves a withheld total out of the sum and says how many were left out', () => {
    const withheld = { roundtables: 1, roundtablesUnknownAttendance: 0, online: null, onsite: null, unknownMode: null, total: null };
    const figures = headline({
      attendance: [
        { roundtables: 1, roundtablesUnknownAttendance: 0, online: exact(26), onsite: exact(0), unknownMode: exact(0), total: exact(26) },
        { ...withheld, suppressed: ['total', 'online'] },
      ],
      categories: [],
      challenges: [],
    });
    expect(figures).toMatchObject({
      participants: exact(26),
      participantsSuppressed: 1,
      roundtablesWithoutFigure: 0,
      modeSuppressed: true,
    });
  });
});

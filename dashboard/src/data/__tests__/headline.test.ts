import { formatters } from '../../app/i18n/format';
import { type AttendanceTotalFigures, headline, headlineTexts } from '../headline';

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
      attendance: total({ online: exact(44), onsite: exact(3), unknownMode: exact(0), total: exact(47) }),
      categories: [{ category: { code: 'NGO' } }, { category: { code: 'NGO' } }, { category: { code: 'NEWCOMER' } }],
      challenges: [
        { challenge: { code: 'LANGUAGE' }, mentions: 2 },
        { challenge: { code: 'TRANSPORT' }, mentions: 1 },
      ],
    });
    expect(figures).toEqual({
      roundtables: 2,
      participants: exact(47),
      roundtablesWithoutFigure: 0,
      onlineShare: { min: 44 / 47, max: 44 / 47 },
      onsiteShare: { min: 3 / 47, max: 3 / 47 },
      modesNotPublished: false,
      categoriesReached: 2,
      challengesRaised: 2,
      mentions: 3,
    });
  });

  it('leaves shares unknown when no mode is known, and counts roundtables without a figure', () => {
    const figures = headline({
      attendance: total({ roundtablesUnknownAttendance: 2 }),
      categories: [],
      challenges: [],
    });
    expect(figures).toMatchObject({ participants: null, roundtablesWithoutFigure: 2, onlineShare: null, onsiteShare: null });
    expect(figures.participantsWithheld).toBeUndefined();
  });

  it('withholds both shares when one mode is withheld, each with its reason, rather than computing them from the rest', () => {
    const figures = headline({
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
      attendance: total({ online: exact(40), total: exact(43), withheld: [{ field: 'onsite', reason: 'SMALL_COUNT' }] }),
      categories: [],
      challenges: [],
    });
    expect(figures).toMatchObject({ onlineShare: null, onlineShareWithheld: 'PROTECTS_SMALL_COUNT', onsiteShareWithheld: 'SMALL_COUNT' });
  });

  it('gives a withheld total as withheld, with its reason, never as a partial sum', () => {
    const figures = headline({
      attendance: total({ online: exact(3), onsite: exact(0), withheld: [{ field: 'total', reason: 'SMALL_COUNT' }] }),
      categories: [],
      challenges: [],
    });
    expect(figures).toMatchObject({ participants: null, participantsWithheld: 'SMALL_COUNT', roundtablesWithoutFigure: 0 });
  });
});

describe('headline figures in words', () => {
  const words = {
    unknown: 'unknown',
    withheld: { SMALL_COUNT: 'Fewer than 5', PROTECTS_SMALL_COUNT: 'Withheld to protect a small count', NOT_PUBLISHED: 'Not published' },
    noRecords: 'No records',
    modeNotPublished: 'mode not published',
    noCategory: 'No stakeholder category recorded',
    noChallenge: 'No challenge recorded',
  };
  const texts = (input: Parameters<typeof headline>[0]) => headlineTexts(headline(input), formatters('en'), words);

  it('reads "No records" for every figure of a scope without roundtables, never 0 or unknown', () => {
    // Isère alone: no roundtable in scope, so the API gives 0 roundtables and null counts.
    expect(texts({ attendance: total({ roundtables: 0 }), categories: [], challenges: [] })).toEqual({
      roundtables: 'No records',
      participants: 'No records',
      onlineShare: 'No records',
      onsiteShare: 'No records',
      categories: 'No records',
      challenges: 'No records',
    });
  });

  it('says roundtables recorded no category or challenge in words, and their modes were not published', () => {
    // Teruel: three roundtables, a hybrid one of 25 with no split, one of unknown format with 9 to 16, one without a figure.
    const figures = headline({
      attendance: total({
        roundtables: 3,
        roundtablesUnknownAttendance: 1,
        online: exact(0),
        onsite: exact(0),
        unknownMode: { min: 34, max: 41 },
        total: { min: 34, max: 41 },
      }),
      categories: [],
      challenges: [],
    });
    expect(figures.modesNotPublished).toBe(true);
    expect(headlineTexts(figures, formatters('en'), words)).toEqual({
      roundtables: '3',
      participants: '34–41',
      onlineShare: 'mode not published',
      onsiteShare: 'mode not published',
      categories: 'No stakeholder category recorded',
      challenges: 'No challenge recorded',
    });
  });

  it('writes numbers, ranges of shares and withheld figures as before', () => {
    expect(
      texts({
        attendance: total({
          online: exact(18),
          onsite: exact(3),
          unknownMode: exact(0),
          total: { min: 21, max: 30 },
          withheld: [{ field: 'total', reason: 'SMALL_COUNT' }],
        }),
        categories: [{ category: { code: 'NGO' } }],
        challenges: [{ challenge: { code: 'LANGUAGE' }, mentions: 2 }],
      }),
    ).toEqual({
      roundtables: '2',
      participants: 'Fewer than 5',
      onlineShare: '86%',
      onsiteShare: '14%',
      categories: '1',
      challenges: '1',
    });
    expect(texts({ attendance: total({ roundtablesUnknownAttendance: 2 }), categories: [], challenges: [] })).toMatchObject({
      participants: 'unknown',
      onlineShare: 'unknown',
    });
  });
});

import { graphql } from '../__generated__';
import { type AttendanceWords, modeNotPublished } from './attendance';
import { type CountRange, formatRange, type MaybeRange, shareRange } from './ranges';
import { shareReason, type Withholding, type WithWithheld, withheldReason } from './withholding';

// What the headline reads of attendanceTotal: the overview's and the report's queries spread it.
export const HEADLINE_ATTENDANCE = graphql(`
  fragment Headline_attendance on AttendanceTotal {
    roundtables
    roundtablesUnknownAttendance
    online { min max }
    onsite { min max }
    unknownMode { min max }
    total { min max }
    withheld { field reason }
  }
`);

/** Attendance over every region in scope as one figure (the API's attendanceTotal), protected as one. */
export interface AttendanceTotalFigures extends WithWithheld {
  roundtables: number;
  roundtablesUnknownAttendance: number;
  online: MaybeRange;
  onsite: MaybeRange;
  unknownMode: MaybeRange;
  total: MaybeRange;
}

export interface HeadlineInput {
  attendance: AttendanceTotalFigures;
  categories: readonly { category: { code: string } }[];
  challenges: readonly { challenge: { code: string }; mentions: number }[];
}

export interface Headline {
  roundtables: number;
  /** Participants of every region together, as the API gives them; null when unknown or withheld. */
  participants: CountRange | null;
  /** Why participants is withheld from this viewer, if it is. */
  participantsWithheld?: Withholding;
  roundtablesWithoutFigure: number;
  /** Shares among participants whose mode is known; null when no mode is known or when withheld. */
  onlineShare: CountRange | null;
  onsiteShare: CountRange | null;
  /** Why the shares are withheld: a share of a withheld count, or one that would give it back from the total. */
  onlineShareWithheld?: Withholding;
  onsiteShareWithheld?: Withholding;
  /** People were counted, but the mode of none of them was published: the shares are not known for that reason. */
  modesNotPublished: boolean;
  categoriesReached: number;
  challengesRaised: number;
  mentions: number;
}

/**
 * The overview's headline figures. Counts of people and their shares come from the one
 * protected figure over all regions, never added up from per-region rows: some of those may
 * be withheld, and a sum or share of the rest would give them back.
 */
export function headline(input: HeadlineInput): Headline {
  const { attendance } = input;
  const online = withheldReason(attendance, 'online');
  const onsite = withheldReason(attendance, 'onsite');
  const onlineShareWithheld = shareReason(online, onsite);
  const onsiteShareWithheld = shareReason(onsite, online);
  const known = attendance.online && attendance.onsite ? sumOf(attendance.online, attendance.onsite) : null;
  const share = (part: MaybeRange, withheld: Withholding | undefined) =>
    !withheld && known && known.max > 0 ? shareRange(part, known) : null;
  const participantsWithheld = withheldReason(attendance, 'total');
  return {
    roundtables: attendance.roundtables,
    participants: participantsWithheld ? null : (attendance.total ?? null),
    ...(participantsWithheld ? { participantsWithheld } : {}),
    roundtablesWithoutFigure: attendance.roundtablesUnknownAttendance,
    onlineShare: share(attendance.online, onlineShareWithheld),
    onsiteShare: share(attendance.onsite, onsiteShareWithheld),
    ...(onlineShareWithheld ? { onlineShareWithheld } : {}),
    ...(onsiteShareWithheld ? { onsiteShareWithheld } : {}),
    modesNotPublished: modeNotPublished(attendance, 'online') && modeNotPublished(attendance, 'onsite'),
    categoriesReached: new Set(input.categories.map((row) => row.category.code)).size,
    challengesRaised: new Set(input.challenges.map((row) => row.challenge.code)).size,
    mentions: input.challenges.reduce((sum, row) => sum + row.mentions, 0),
  };
}

const sumOf = (a: CountRange, b: CountRange): CountRange => ({ min: a.min + b.min, max: a.max + b.max });

/** The words a headline figure takes when it has no number: see AttendanceWords, and a scope whose roundtables record none. */
export interface HeadlineWords extends AttendanceWords {
  noCategory: string;
  noChallenge: string;
}

export type HeadlineTexts = Record<'roundtables' | 'participants' | 'onlineShare' | 'onsiteShare' | 'categories' | 'challenges', string>;

/**
 * The headline figures as the overview, its comparison with the period before and the report
 * write them. Over a scope without roundtables every figure reads "No records", never 0 or
 * unknown; where roundtables record no category or challenge, it says so in words.
 */
export function headlineTexts(
  figures: Headline,
  format: { number(n: number): string; percent(share: number): string },
  words: HeadlineWords,
): HeadlineTexts {
  if (figures.roundtables === 0) {
    const none = words.noRecords;
    return { roundtables: none, participants: none, onlineShare: none, onsiteShare: none, categories: none, challenges: none };
  }
  const share = (range: CountRange | null, withheld: Withholding | undefined) => {
    if (withheld) return words.withheld[withheld];
    if (!range) return figures.modesNotPublished ? words.modeNotPublished : words.unknown;
    const [low, high] = [format.percent(range.min), format.percent(range.max)];
    return low === high ? low : `${low}–${high}`;
  };
  return {
    roundtables: format.number(figures.roundtables),
    participants: figures.participantsWithheld
      ? words.withheld[figures.participantsWithheld]
      : formatRange(figures.participants, format.number, words.unknown),
    onlineShare: share(figures.onlineShare, figures.onlineShareWithheld),
    onsiteShare: share(figures.onsiteShare, figures.onsiteShareWithheld),
    categories: figures.categoriesReached === 0 ? words.noCategory : format.number(figures.categoriesReached),
    challenges: figures.challengesRaised === 0 ? words.noChallenge : format.number(figures.challengesRaised),
  };
}

import { type CountRange, type MaybeRange, shareRange, sumRanges } from './ranges';
import { isSuppressed, type WithSuppressed } from './suppression';

export interface HeadlineInput {
  attendance: (WithSuppressed & {
    roundtables: number;
    roundtablesUnknownAttendance: number;
    online: MaybeRange;
    onsite: MaybeRange;
    unknownMode: MaybeRange;
    total: MaybeRange;
  })[];
  categories: { category: { code: string } }[];
  challenges: { challenge: { code: string }; mentions: number }[];
}

export interface Headline {
  regions: number;
  regionsWithRoundtables: number;
  roundtables: number;
  /** The sum of the totals shown; those withheld are left out and counted in participantsSuppressed. */
  participants: CountRange | null;
  participantsSuppressed: number;
  roundtablesWithoutFigure: number;
  /** Shares among participants whose mode is known; null when no mode is known or when modeSuppressed. */
  onlineShare: CountRange | null;
  onsiteShare: CountRange | null;
  /** Some region's online or onsite count was withheld, so no share can be given honestly. */
  modeSuppressed: boolean;
  categoriesReached: number;
  challengesRaised: number;
  mentions: number;
}

/** The overview's headline figures from the three analytics answers (one row per region). */
export function headline(input: HeadlineInput): Headline {
  const rows = input.attendance;
  const shownTotals = rows.filter((row) => !isSuppressed(row, 'total'));
  const participants = sumRanges(shownTotals.map((row) => row.total));
  const modeSuppressed = rows.some((row) => isSuppressed(row, 'online') || isSuppressed(row, 'onsite'));
  const online = sumRanges(rows.map((row) => row.online)).sum;
  const onsite = sumRanges(rows.map((row) => row.onsite)).sum;
  const knownMode = !modeSuppressed && online && onsite ? { min: online.min + onsite.min, max: online.max + onsite.max } : null;
  return {
    regions: rows.length,
    regionsWithRoundtables: rows.filter((row) => row.roundtables > 0).length,
    roundtables: rows.reduce((sum, row) => sum + row.roundtables, 0),
    participants: participants.sum,
    participantsSuppressed: rows.length - shownTotals.length,
    roundtablesWithoutFigure: rows.reduce((sum, row) => sum + row.roundtablesUnknownAttendance, 0),
    onlineShare: knownMode && knownMode.max > 0 ? shareRange(online, knownMode) : null,
    onsiteShare: knownMode && knownMode.max > 0 ? shareRange(onsite, knownMode) : null,
    modeSuppressed,
    categoriesReached: new Set(input.categories.map((row) => row.category.code)).size,
    challengesRaised: new Set(input.challenges.map((row) => row.challenge.code)).size,
    mentions: input.challenges.reduce((sum, row) => sum + row.mentions, 0),
  };
}

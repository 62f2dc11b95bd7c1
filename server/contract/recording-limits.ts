/**
 * The most a person may enter in a record: each count, each text and each list. One place for
 * the API's input rules, the checks across fields, the CSV import and what the API tells forms.
 *
 * The counts are far above any real roundtable (the largest published one had 26 people) and
 * small enough that no sum the analytics take comes near JavaScript's exact integers: 100,000
 * people a roundtable over 90 billion roundtables would still be exact. Sums are taken in SQL
 * as bigint (a sum over 21,475 roundtables at the maximum passes 2^31), and the API answers them
 * as Float, so no count of people is bound by GraphQL's 32-bit Int.
 */
export const RECORDING_LIMITS = {
  counts: {
    /** A roundtable's number in its region's platform: 1 for the first. */
    roundtableNumber: 10_000,
    /** A day. */
    durationMinutes: 1_440,
    /** People at one roundtable, and each part of them: online, onsite, one category. */
    people: 100_000,
    /** Organisations represented at one roundtable. */
    organisations: 10_000,
  },
  /** Characters. */
  texts: {
    theme: 2_000,
    insight: 2_000,
    interest: 2_000,
    challengeNote: 2_000,
    sourceTitle: 500,
    sourceUrl: 2_000,
    sourcePublisher: 200,
    organisationName: 200,
    /** A reviewer's comment, or the reason a period is closed or reopened. */
    reviewComment: 2_000,
    /** A taxonomy label in one language: a category, challenge, indicator or reporting period, as lists and charts show it. */
    taxonomyLabel: 200,
    /** An indicator's description in one language. */
    taxonomyDescription: 1_000,
  },
  /** Items of one list. */
  lists: {
    categories: 50,
    challenges: 100,
    insights: 50,
    interests: 50,
    organisers: 50,
    sources: 20,
    participations: 100,
    /** Participants one write records at once: an attendance sheet, or a CSV file of one roundtable's. */
    participantBatch: 500,
    /** Records one review step (a bulk approval) takes at once. */
    reviewBatch: 500,
  },
} as const;

const { counts, texts, lists } = RECORDING_LIMITS;

/**
 * The roundtable input's limits by field path, as forms name fields (`attendance.online`; a
 * field of a list's items as `sources.title`), so a form can show each beside its field.
 */
export const ROUNDTABLE_FIELD_LIMITS = {
  counts: {
    number: counts.roundtableNumber,
    durationMinutes: counts.durationMinutes,
    'attendance.participants': counts.people,
    'attendance.participantsMax': counts.people,
    'attendance.online': counts.people,
    'attendance.onsite': counts.people,
    'attendance.organisations': counts.organisations,
    'categories.participants': counts.people,
    'categories.participantsMax': counts.people,
  },
  texts: {
    theme: texts.theme,
    insights: texts.insight,
    interests: texts.interest,
    'challenges.note': texts.challengeNote,
    'sources.title': texts.sourceTitle,
    'sources.url': texts.sourceUrl,
    'sources.publisher': texts.sourcePublisher,
  },
  lists: {
    categories: lists.categories,
    challenges: lists.challenges,
    insights: lists.insights,
    interests: lists.interests,
    organisers: lists.organisers,
    sources: lists.sources,
  },
} as const;

// The words of each refusal are the error messages' atMost, charactersAtMost and listAtMost
// (contract/error-messages/), the same from the API, the checks and the import.

/** Before this, a date is taken for a typing slip (1900 for 2000, say); RECORDED_DATES_FROM moves it. */
export const DEFAULT_RECORDED_DATES_FROM = '2000-01-01';

/** The days a roundtable may be recorded on, both included, written YYYY-MM-DD. */
export interface RecordedDateRange {
  from: string;
  to: string;
}

/**
 * From the configured first day to one year after today: a roundtable may be recorded ahead of
 * time, but a date further out is a slip. Taken afresh at every check, so it moves with the days.
 */
export function recordedDateRange(from: string, today: Date = new Date()): RecordedDateRange {
  const to = new Date(Date.UTC(today.getUTCFullYear() + 1, today.getUTCMonth(), today.getUTCDate()));
  return { from, to: to.toISOString().slice(0, 10) };
}

/** Why a well-formed date (YYYY-MM-DD) cannot be recorded, or null when it can. */
export function dateOutOfRange(date: string, range: RecordedDateRange): string | null {
  if (date >= range.from && date <= range.to) return null;
  return `must be from ${range.from} to ${range.to} (one year after today); got ${date}`;
}

let recordedDatesFrom = DEFAULT_RECORDED_DATES_FROM;

/** Set once at boot from RECORDED_DATES_FROM (config.ts validates it); tests may set it too. */
export function setRecordedDatesFrom(from: string): void {
  recordedDatesFrom = from;
}

/** The days a roundtable may be recorded on today. */
export const currentRecordedDateRange = (today?: Date): RecordedDateRange => recordedDateRange(recordedDatesFrom, today);

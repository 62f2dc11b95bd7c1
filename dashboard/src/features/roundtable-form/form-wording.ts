import type { EditingI18n } from '../../app/i18n/editing';
import type { EditingKey } from '../../app/i18n/messages/editing-en';
import type { MessageKey } from '../../app/i18n/messages/en';
import type { SourceRow } from './form-values';

/**
 * Whose figures the form holds: a publication's ("as published", "what the source says") or,
 * with no source, the platform's own record of its meeting ("as recorded", "what was counted").
 */
export type Wording = 'published' | 'recorded';

/** A record with a source entered speaks of what was published; one without, of what was recorded. */
export const wordingOf = (sources: readonly SourceRow[]): Wording =>
  sources.some((row) => row.title.trim() || row.url.trim() || row.publisher.trim()) ? 'published' : 'recorded';

const WORDS = {
  intro: { published: 'form.intro', recorded: 'form.introRecorded' },
  unknownIfEmpty: { published: 'form.unknownIfEmpty', recorded: 'form.unknownIfEmptyRecorded' },
  attendanceHint: { published: 'form.attendanceHint', recorded: 'form.attendanceHintRecorded' },
  attendanceFromRecords: { published: 'form.attendanceFromRecords', recorded: 'form.attendanceFromRecordsRecorded' },
  participantsAre: { published: 'form.participantsAre', recorded: 'form.participantsAreRecorded' },
  categoriesHint: { published: 'form.categoriesHint', recorded: 'form.categoriesHintRecorded' },
  challengesHint: { published: 'form.challengesHint', recorded: 'form.challengesHintRecorded' },
  formatUnknown: { published: 'format.unknown', recorded: 'format.notRecorded' },
} as const satisfies Record<string, Record<Wording, EditingKey | MessageKey>>;

export type WordingText = keyof typeof WORDS;

/** The form's text for `text`, in the words that fit whoever's figures they are. */
export const worded = (t: EditingI18n['t'], text: WordingText, wording: Wording): string => t(WORDS[text][wording]);

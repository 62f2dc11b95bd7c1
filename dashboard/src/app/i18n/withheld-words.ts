import type { AttendanceWords } from '../../data/attendance';
import type { HeadlineWords } from '../../data/headline';
import type { CountWords, WithheldLabels, Withholding } from '../../data/withholding';
import type { ResultWords } from '../../features/indicators/indicator-format';
import type { MessageKey } from './messages/en';

type T = (key: MessageKey) => string;

/** The label of each reason in the reader's language, as every view and download writes it. */
export const withheldLabels = (t: T): WithheldLabels => ({
  SMALL_COUNT: t('withheld.SMALL_COUNT'),
  PROTECTS_SMALL_COUNT: t('withheld.PROTECTS_SMALL_COUNT'),
  NOT_PUBLISHED: t('withheld.NOT_PUBLISHED'),
});

/** A reason and its one-line explanation, e.g. for a cell's tooltip. */
export const withheldTitle = (t: T, reason: Withholding): string => `${t(`withheld.${reason}`)}: ${t(`withheld.explain.${reason}`)}`;

/** Words for a count that is not a number: withheld from this viewer (and why), or never published. */
export const countWords = (t: T, unknown: string = t('figure.unknown')): CountWords => ({ unknown, withheld: withheldLabels(t) });

/** Words for a count of people with no number to show: also a scope without roundtables, and a mode not published. */
export const attendanceWords = (t: T): AttendanceWords => ({
  ...countWords(t),
  noRecords: t('figure.noRecords'),
  modeNotPublished: t('figure.modeNotPublished'),
});

/** The same, with the words for roundtables that record no stakeholder category or challenge. */
export const headlineWords = (t: T): HeadlineWords => ({
  ...attendanceWords(t),
  noCategory: t('figure.noCategory'),
  noChallenge: t('figure.noChallenge'),
});

/** The words of an indicator result without a number: see countWords, and no roundtable or no challenge recorded. */
export const resultWords = (t: T, unknown: string): ResultWords => ({
  ...countWords(t, unknown),
  noRecords: t('figure.noRecords'),
  noCategory: t('figure.noCategory'),
  noChallenge: t('figure.noChallenge'),
});

import { RECORDING_LIMITS } from '../../../contract/recording-limits';
import { type ErrorText, errorText } from '../../../core/errors';
import { SLUG } from '../../../core/keys';
import { AgeBand, Gender, ParticipationMode } from '../participant/participant-enums';
import type { ImportFileLayout } from './import-file';

/** The columns of a roundtable's participants CSV, in order: one row a participant, no name anywhere. */
export const PARTICIPANT_CSV_COLUMNS = ['category', 'newcomer', 'gender', 'age_band', 'organisation', 'mode'] as const;

export type ParticipantCsvColumn = (typeof PARTICIPANT_CSV_COLUMNS)[number];

export const PARTICIPANTS_FILE: ImportFileLayout = {
  columns: PARTICIPANT_CSV_COLUMNS,
  records: 'participants',
  maxRows: RECORDING_LIMITS.lists.participantBatch,
};

/** What one row says of a participant; null where the row leaves it empty (not recorded). */
export interface ParticipantCsvRecord {
  category: string;
  newcomer: boolean;
  gender: Gender | null;
  ageBand: AgeBand | null;
  organisation: string | null;
  /** Null when the row leaves it to the roundtable's format. */
  mode: ParticipationMode | null;
}

/** A cell that cannot be read, and what to write in it instead (a text of the error catalogue). */
export interface ParticipantCellProblem {
  column: ParticipantCsvColumn;
  text: ErrorText;
}

/** The words a cell may hold for each value, besides the API's own code (in any case, - for _). */
const GENDER_WORDS: Record<string, Gender> = { woman: 'FEMALE', man: 'MALE', 'not-given': 'UNDISCLOSED' };
const AGE_WORDS: Record<string, AgeBand> = {
  'under-18': 'UNDER_18',
  '18-24': 'AGE_18_24',
  '25-34': 'AGE_25_34',
  '35-49': 'AGE_35_49',
  '50-64': 'AGE_50_64',
  '65+': 'AGE_65_PLUS',
};
const YES = ['yes', 'y', 'true', '1'];
const NO = ['no', 'n', 'false', '0'];

const asCode = (text: string) => text.toUpperCase().replace(/[-\s]+/g, '_');

function oneOf<T extends string>(text: string, codes: readonly T[], words: Record<string, T>): T | undefined {
  const lower = text.toLowerCase().replace(/\s+/g, '-');
  return words[lower] ?? codes.find((code) => code === asCode(text));
}

/**
 * Reads one row's cells (in PARTICIPANT_CSV_COLUMNS order), naming every cell that cannot be
 * read. An empty gender, age band or organisation is "not recorded", never a value; newcomer
 * and category must be given.
 */
export function participantFromCells(cells: readonly string[]): { record: ParticipantCsvRecord; problems: ParticipantCellProblem[] } {
  const problems: ParticipantCellProblem[] = [];
  const cell = (column: ParticipantCsvColumn) => (cells[PARTICIPANT_CSV_COLUMNS.indexOf(column)] ?? '').trim();
  const problem = (column: ParticipantCsvColumn, text: ErrorText) => {
    problems.push({ column, text });
    return null;
  };

  const category = cell('category');
  if (category === '') problem('category', errorText('csvCategoryRequired'));

  const newcomerText = cell('newcomer').toLowerCase();
  const newcomer = YES.includes(newcomerText) ? true : NO.includes(newcomerText) ? false : null;
  if (newcomer === null) {
    problem('newcomer', newcomerText === '' ? errorText('csvNewcomerRequired') : errorText('csvYesOrNo', { value: cell('newcomer') }));
  }

  const genderText = cell('gender');
  const gender = genderText === '' ? null : (oneOf(genderText, Object.values(Gender), GENDER_WORDS) ?? null);
  if (genderText !== '' && !gender) {
    problem('gender', errorText('csvNotAGender', { value: genderText }));
  }

  const ageText = cell('age_band');
  const ageBand = ageText === '' ? null : (oneOf(ageText, Object.values(AgeBand), AGE_WORDS) ?? null);
  if (ageText !== '' && !ageBand) {
    problem('age_band', errorText('csvNotAnAgeBand', { value: ageText }));
  }

  const organisation = cell('organisation') || null;
  if (organisation !== null && !SLUG.test(organisation)) {
    problem('organisation', errorText('csvNotAnOrganisation', { value: organisation }));
  }

  const modeText = cell('mode');
  const mode = modeText === '' ? null : (oneOf(modeText, Object.values(ParticipationMode), {}) ?? null);
  if (modeText !== '' && !mode) problem('mode', errorText('csvNotAMode', { value: modeText }));

  return {
    record: { category: asCode(category), newcomer: newcomer ?? false, gender, ageBand, organisation, mode },
    problems,
  };
}

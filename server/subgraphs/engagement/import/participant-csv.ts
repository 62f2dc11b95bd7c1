import { RECORDING_LIMITS } from '../../../contract/recording-limits';
import { SLUG } from '../../../core/keys';
import { AgeBand, Gender, ParticipationMode } from '../participant/participant-enums';
import type { ImportFileLayout } from './import-file';

/** The columns of a roundtable's participants CSV, in order: one row a participant, no name anywhere. */
export const PARTICIPANT_CSV_COLUMNS = ['category', 'newcomer', 'gender', 'age_band', 'organisation', 'mode'] as const;

export type ParticipantCsvColumn = (typeof PARTICIPANT_CSV_COLUMNS)[number];

export const PARTICIPANTS_FILE: ImportFileLayout = {
  columns: PARTICIPANT_CSV_COLUMNS,
  rowIs: 'participant',
  rowsAre: 'participants',
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

export interface ParticipantCellProblem {
  column: ParticipantCsvColumn;
  message: string;
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
  const problem = (column: ParticipantCsvColumn, message: string) => {
    problems.push({ column, message });
    return null;
  };

  const category = cell('category');
  if (category === '') problem('category', 'is required: a stakeholder category code, e.g. NGO or NEWCOMER');

  const newcomerText = cell('newcomer').toLowerCase();
  const newcomer = YES.includes(newcomerText) ? true : NO.includes(newcomerText) ? false : null;
  if (newcomer === null) {
    problem(
      'newcomer',
      newcomerText === ''
        ? 'is required: yes for a refugee or migrant, no for anyone else'
        : `must be yes or no; got "${cell('newcomer')}"`,
    );
  }

  const genderText = cell('gender');
  const gender = genderText === '' ? null : (oneOf(genderText, Object.values(Gender), GENDER_WORDS) ?? null);
  if (genderText !== '' && !gender) {
    problem(
      'gender',
      `must be female, male, non-binary or undisclosed (chose not to say), or empty when not recorded; got "${genderText}"`,
    );
  }

  const ageText = cell('age_band');
  const ageBand = ageText === '' ? null : (oneOf(ageText, Object.values(AgeBand), AGE_WORDS) ?? null);
  if (ageText !== '' && !ageBand) {
    problem('age_band', `must be under-18, 18-24, 25-34, 35-49, 50-64 or 65+, or empty when not recorded; got "${ageText}"`);
  }

  const organisation = cell('organisation') || null;
  if (organisation !== null && !SLUG.test(organisation)) {
    problem('organisation', `must be an organisation slug such as fundacion-cepaim, or empty; got "${organisation}"`);
  }

  const modeText = cell('mode');
  const mode = modeText === '' ? null : (oneOf(modeText, Object.values(ParticipationMode), {}) ?? null);
  if (modeText !== '' && !mode) problem('mode', `must be online or onsite; got "${modeText}"`);

  return {
    record: { category: asCode(category), newcomer: newcomer ?? false, gender, ageBand, organisation, mode },
    problems,
  };
}

import type { FieldProblem } from '../../data/api-errors';

// The attendance sheet as data: its rows, a new row's defaults, the input the API takes, and the
// API's problems put back on the row and cell they name. No React here, so it is unit-tested.

export const GENDERS = ['FEMALE', 'MALE', 'NON_BINARY', 'UNDISCLOSED'] as const;
export type GenderCode = (typeof GENDERS)[number];
export const AGE_BANDS = ['UNDER_18', 'AGE_18_24', 'AGE_25_34', 'AGE_35_49', 'AGE_50_64', 'AGE_65_PLUS'] as const;
export type AgeBandCode = (typeof AGE_BANDS)[number];
export const MODES = ['ONSITE', 'ONLINE'] as const;
export type ModeCode = (typeof MODES)[number];

/** The cells of a row, in the order Tab goes through them. */
export const SHEET_COLUMNS = ['category', 'newcomer', 'gender', 'ageBand', 'organisation', 'mode'] as const;
export type SheetColumn = (typeof SHEET_COLUMNS)[number];

/** One person on the sheet. An empty string is a choice not made: for gender and age band, "not recorded". */
export interface SheetRow {
  key: string;
  category: string;
  newcomer: boolean;
  gender: GenderCode | '';
  ageBand: AgeBandCode | '';
  organisation: string;
  mode: ModeCode | '';
}

/** The problems of one row, by cell; `row` holds those no cell of the sheet shows. */
export type RowProblems = Partial<Record<SheetColumn | 'row', string[]>>;

let keys = 0;
const nextKey = () => `p${++keys}`;

/** The one mode a roundtable held ONLINE or ONSITE takes; null for a hybrid one or one of unknown format. */
export const fixedModeOf = (format: string | null | undefined): ModeCode | null =>
  format === 'ONLINE' || format === 'ONSITE' ? format : null;

/**
 * A new row. People come in groups, so it starts with the category, newcomer status and mode of
 * the row before it; what says who a person is (gender, age band, organisation) starts empty,
 * never guessed.
 */
export function newRow(previous: SheetRow | undefined, fixedMode: ModeCode | null): SheetRow {
  return {
    key: nextKey(),
    category: previous?.category ?? '',
    newcomer: previous?.newcomer ?? false,
    gender: '',
    ageBand: '',
    organisation: '',
    mode: fixedMode ?? previous?.mode ?? '',
  };
}

/** The rows with a new one after `afterKey` (at the end when it is not given). */
export function withRowAfter(rows: readonly SheetRow[], afterKey: string | undefined, fixedMode: ModeCode | null): SheetRow[] {
  const index = afterKey === undefined ? rows.length - 1 : rows.findIndex((row) => row.key === afterKey);
  const added = newRow(rows[index] ?? rows.at(-1), fixedMode);
  return [...rows.slice(0, index + 1), added, ...rows.slice(index + 1)];
}

/** What the API takes for one row: a participant of the region who attended this roundtable. */
export function inputOf(row: SheetRow, region: string, roundtableId: string) {
  return {
    region,
    category: row.category,
    newcomer: row.newcomer,
    gender: row.gender || null,
    ageBand: row.ageBand || null,
    organisation: row.organisation || null,
    participations: [{ roundtableId, mode: row.mode as ModeCode }],
  };
}

/** What the sheet checks before sending: the two cells the API cannot do without. */
export function missingCells(rows: readonly SheetRow[], required: string): Map<string, RowProblems> {
  const found = new Map<string, RowProblems>();
  for (const row of rows) {
    const problems: RowProblems = {};
    if (!row.category) problems.category = [required];
    if (!row.mode) problems.mode = [required];
    if (Object.keys(problems).length > 0) found.set(row.key, problems);
  }
  return found;
}

const CELL_OF_FIELD: Record<string, SheetColumn> = {
  category: 'category',
  newcomer: 'newcomer',
  gender: 'gender',
  ageBand: 'ageBand',
  organisation: 'organisation',
  'participations.0.mode': 'mode',
};

/**
 * The API's problems (`participants.3.category`, `participants.3.participations.0.mode`) on the
 * row they name, by cell; one no cell shows (the region, say) is the row's.
 */
export function problemsByRow(rows: readonly SheetRow[], problems: readonly FieldProblem[]): Map<string, RowProblems> {
  const found = new Map<string, RowProblems>();
  for (const problem of problems) {
    const match = /^participants\.(\d+)\.(.+)$/.exec(problem.field);
    const row = match ? rows[Number(match[1])] : undefined;
    if (!match || !row) continue;
    const cell = CELL_OF_FIELD[match[2] ?? ''] ?? 'row';
    const byCell = found.get(row.key) ?? {};
    byCell[cell] = [...(byCell[cell] ?? []), problem.message];
    found.set(row.key, byCell);
  }
  return found;
}

/** The API's problems that name no row of the sheet, e.g. "participants: must list at least one participant". */
export const problemsOfNoRow = (problems: readonly FieldProblem[]): FieldProblem[] =>
  problems.filter((problem) => !/^participants\.\d+\./.test(problem.field));

/** A participant's code on the page: short, from its id, and nothing about the person. */
export const participantCode = (id: string): string => `P-${id.replace(/-/g, '').slice(0, 8).toUpperCase()}`;

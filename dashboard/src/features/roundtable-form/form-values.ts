import type { OrganiserRole, RoundtableForEditQuery, RoundtableFormat, RoundtableInput } from '../../__generated__/graphql';
import type { FieldProblem } from '../../data/api-errors';
import { type FormLimits, limitField } from './form-limits';

/**
 * What the form holds: text as typed, so an empty box stays "not published" and is never
 * read as 0. Repeated rows carry a key of their own, which names their fields in the page.
 */
export interface RoundtableFormValues {
  region: string;
  number: string;
  date: string;
  format: RoundtableFormat | '';
  durationMinutes: string;
  theme: string;
  attendance: AttendanceValues;
  /** By category code; a category is sent only when present. */
  categories: Record<string, CategoryValues>;
  challenges: ChallengeRow[];
  insights: TextRow[];
  interests: TextRow[];
  organisers: OrganiserRow[];
  sources: SourceRow[];
}

export interface AttendanceValues {
  kind: 'exact' | 'range';
  participants: string;
  participantsMax: string;
  online: string;
  onsite: string;
  organisations: string;
}
export interface CategoryValues {
  present: boolean;
  participants: string;
  participantsMax: string;
}
export interface ChallengeRow {
  key: string;
  code: string;
  note: string;
}
export interface TextRow {
  key: string;
  text: string;
}
export interface OrganiserRow {
  key: string;
  organisation: string;
  role: OrganiserRole;
}
export interface SourceRow {
  key: string;
  title: string;
  url: string;
  publisher: string;
}

export type RowList = 'challenges' | 'insights' | 'interests' | 'organisers' | 'sources';

let lastKey = 0;
export const newRowKey = (): string => {
  lastKey += 1;
  return `r${lastKey}`;
};

export const emptySource = (): SourceRow => ({ key: newRowKey(), title: '', url: '', publisher: '' });

export function emptyValues(region: string, number?: number): RoundtableFormValues {
  return {
    region,
    number: number === undefined ? '' : String(number),
    date: '',
    format: '',
    durationMinutes: '',
    theme: '',
    attendance: { kind: 'exact', participants: '', participantsMax: '', online: '', onsite: '', organisations: '' },
    categories: {},
    challenges: [],
    insights: [],
    interests: [],
    organisers: [],
    // A place for the publication the figures come from; left empty, the record is the platform's own.
    sources: [emptySource()],
  };
}

type Roundtable = NonNullable<RoundtableForEditQuery['roundtable']>;
const text = (value: number | string | null | undefined) => (value === null || value === undefined ? '' : String(value));

export function valuesFromRoundtable(roundtable: Roundtable): RoundtableFormValues {
  const { attendance } = roundtable;
  const total = attendance.total;
  return {
    region: roundtable.region.slug,
    number: String(roundtable.number),
    date: roundtable.date,
    format: roundtable.format ?? '',
    durationMinutes: text(roundtable.durationMinutes),
    theme: roundtable.theme ?? '',
    attendance: {
      kind: total && total.max !== total.min ? 'range' : 'exact',
      participants: text(total?.min),
      participantsMax: total && total.max !== total.min ? String(total.max) : '',
      online: text(attendance.online?.min),
      onsite: text(attendance.onsite?.min),
      organisations: text(attendance.organisations),
    },
    categories: Object.fromEntries(
      roundtable.categories.map(({ category, participants }) => [
        category.code,
        {
          present: true,
          participants: text(participants?.min),
          participantsMax: participants && participants.max !== participants.min ? String(participants.max) : '',
        },
      ]),
    ),
    challenges: roundtable.challenges.map((mention) => ({ key: newRowKey(), code: mention.challenge.code, note: mention.note ?? '' })),
    insights: (roundtable.insights ?? []).map((insight) => ({ key: newRowKey(), text: insight.text })),
    interests: (roundtable.interests ?? []).map((interest) => ({ key: newRowKey(), text: interest.text })),
    organisers: roundtable.organisers.flatMap((organiser) =>
      organiser.organisation ? [{ key: newRowKey(), organisation: organiser.organisation.slug, role: organiser.role }] : [],
    ),
    sources: roundtable.sources.length
      ? roundtable.sources.map((source) => ({
          key: newRowKey(),
          title: source.title,
          url: source.url ?? '',
          publisher: source.publisher ?? '',
        }))
      : [emptySource()],
  };
}

/** Which form row each item of a list sent to the API came from, to put the API's problems back beside it. */
export interface SentRows {
  categories: string[];
  challenges: string[];
  insights: string[];
  interests: string[];
  organisers: string[];
  sources: string[];
}

export interface LocalWords {
  required: string;
  wholeNumber: string;
  /** How a value past its limit is refused: needed when limits are given. */
  limits?: LimitWords;
}

export interface LimitWords {
  atMost(max: number): string;
  charactersAtMost(max: number, length: number): string;
  itemsAtMost(max: number, count: number): string;
  datesFromTo(from: string, to: string): string;
}

// GraphQL's Int is 32 bits; a larger number would be refused before any field is checked.
const LARGEST_INT = 2_147_483_647;

/**
 * The API's input for the form, or the problems that stop it being sent: what the API could
 * not report itself (a number it could not even read) and, given the API's limits, a value
 * past one, said at once in the reader's language. Every other rule is the API's.
 */
export function toRoundtableInput(
  values: RoundtableFormValues,
  words: LocalWords,
  limits?: FormLimits,
): { input: RoundtableInput; sent: SentRows; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const limitWords = limits && words.limits;
  const count = (raw: string, field: string): number | null => {
    const trimmed = raw.trim();
    if (trimmed === '') return null;
    const max = limits?.counts[limitField(field)];
    if (/^\d+$/.test(trimmed) && Number(trimmed) <= LARGEST_INT) {
      if (limitWords && max !== undefined && Number(trimmed) > max) problems.push({ field, message: limitWords.atMost(max) });
      return Number(trimmed);
    }
    problems.push({ field, message: words.wholeNumber });
    return null;
  };
  const text = (value: string, field: string) => {
    const max = limits?.texts[limitField(field)];
    if (limitWords && max !== undefined && value.trim().length > max) {
      problems.push({ field, message: limitWords.charactersAtMost(max, value.trim().length) });
    }
  };
  const list = (rows: readonly unknown[], field: string) => {
    const max = limits?.lists[field];
    if (limitWords && max !== undefined && rows.length > max) problems.push({ field, message: limitWords.itemsAtMost(max, rows.length) });
  };
  if (
    limitWords &&
    limits &&
    /^\d{4}-\d{2}-\d{2}$/.test(values.date) &&
    (values.date < limits.dates.from || values.date > limits.dates.to)
  ) {
    problems.push({ field: 'date', message: limitWords.datesFromTo(limits.dates.from, limits.dates.to) });
  }
  const number = count(values.number, 'number');
  if (values.number.trim() === '') problems.push({ field: 'number', message: words.required });

  const a = values.attendance;
  const attendanceFields = {
    participants: count(a.participants, 'attendance.participants'),
    participantsMax: a.kind === 'range' ? count(a.participantsMax, 'attendance.participantsMax') : null,
    online: count(a.online, 'attendance.online'),
    onsite: count(a.onsite, 'attendance.onsite'),
    organisations: count(a.organisations, 'attendance.organisations'),
  };
  const attendancePublished = Object.values(attendanceFields).some((value) => value !== null);

  const categories = Object.entries(values.categories).filter(([, category]) => category.present);
  const challenges = values.challenges.filter((row) => row.code || row.note.trim());
  const insights = values.insights.filter((row) => row.text.trim());
  const interests = values.interests.filter((row) => row.text.trim());
  const organisers = values.organisers.filter((row) => row.organisation);
  const sources = values.sources.filter((row) => row.title.trim() || row.url.trim() || row.publisher.trim());
  const optional = (raw: string) => raw.trim() || null;
  if (limitWords) {
    text(values.theme, 'theme');
    for (const row of challenges) text(row.note, `challenges.${row.key}.note`);
    for (const row of insights) text(row.text, `insights.${row.key}`);
    for (const row of interests) text(row.text, `interests.${row.key}`);
    for (const row of sources) for (const part of ['title', 'url', 'publisher'] as const) text(row[part], `sources.${row.key}.${part}`);
    const lists = { categories, challenges, insights, interests, organisers, sources };
    for (const [name, rows] of Object.entries(lists)) list(rows, name);
  }

  const input: RoundtableInput = {
    region: values.region,
    number: number ?? 0,
    date: values.date,
    format: values.format || null,
    durationMinutes: count(values.durationMinutes, 'durationMinutes'),
    theme: optional(values.theme),
    attendance: attendancePublished ? attendanceFields : null,
    categories: categories.map(([code, category]) => ({
      code,
      participants: count(category.participants, `categories.${code}.participants`),
      participantsMax: count(category.participantsMax, `categories.${code}.participantsMax`),
    })),
    challenges: challenges.map((row) => ({ code: row.code, note: optional(row.note) })),
    insights: insights.map((row) => row.text.trim()),
    interests: interests.map((row) => row.text.trim()),
    organisers: organisers.map((row) => ({ organisation: row.organisation, role: row.role })),
    sources: sources.map((row) => ({ title: row.title.trim(), url: optional(row.url), publisher: optional(row.publisher) })),
  };
  const keys = (rows: { key: string }[]) => rows.map((row) => row.key);
  const sent: SentRows = {
    categories: categories.map(([code]) => code),
    challenges: keys(challenges),
    insights: keys(insights),
    interests: keys(interests),
    organisers: keys(organisers),
    sources: keys(sources),
  };
  return { input, sent, problems };
}

/**
 * Where in the form an API problem belongs: `sources.0.title` is the title of the form's
 * row that became the first source sent, `categories.2.participants` the count of the
 * third category sent. A path the form cannot place is returned as it is.
 */
export function formFieldOf(path: string, sent: SentRows): string {
  const [list, index, ...rest] = path.split('.');
  if (!list || index === undefined || !/^\d+$/.test(index) || !(list in sent)) return path;
  const row = sent[list as keyof SentRows][Number(index)];
  return row === undefined ? list : [list, row, ...rest].join('.');
}

/** The id of the element that shows a form field, e.g. `rt-attendance-online`. */
export const fieldElementId = (field: string): string => `rt-${field.replace(/[^A-Za-z0-9_-]/g, '-')}`;

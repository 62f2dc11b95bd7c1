/** The days the project runs, first and last included (YYYY-MM-DD): its reporting periods' earliest start to latest end. */
export interface ProjectSpan {
  startsOn: string;
  endsOn: string;
}

/** Attendance as recorded: each count a (min, max) pair or a single figure, null when not published. */
export interface RecordedAttendance {
  totalMin: number | null;
  totalMax: number | null;
  onlineMin: number | null;
  onlineMax: number | null;
  onsiteMin: number | null;
  onsiteMax: number | null;
  organisations: number | null;
}

export interface RecordedCategory {
  code: string;
  participantsMin: number | null;
  participantsMax: number | null;
}

/**
 * What the rules read of a roundtable, in the shape writes keep it (the server's RoundtableContent
 * has these fields and more): what the form is about to send, what a CSV row would leave, or what
 * is stored.
 */
export interface RuleContent {
  date: string;
  format: string | null;
  durationMinutes: number | null;
  attendance: RecordedAttendance | null;
  categories: readonly RecordedCategory[];
}

/** The attendance of a roundtable input (the API's, the form's): single figures, a range for participants. */
export interface AttendanceFigures {
  participants?: number | null;
  participantsMax?: number | null;
  online?: number | null;
  onsite?: number | null;
  organisations?: number | null;
}

export interface CategoryFigures {
  code: string;
  participants?: number | null;
  participantsMax?: number | null;
}

export interface RuleInput {
  date: string;
  format?: string | null;
  durationMinutes?: number | null;
  attendance?: AttendanceFigures | null;
  categories?: readonly CategoryFigures[] | null;
}

const known = (value: number | null | undefined): number | null => (value === null || value === undefined ? null : value);

/** An input's attendance as it is recorded: a single figure is its own min and max. */
export function attendanceFromInput(a: AttendanceFigures | null | undefined): RecordedAttendance | null {
  if (!a) return null;
  return {
    totalMin: known(a.participants),
    totalMax: known(a.participantsMax ?? a.participants),
    onlineMin: known(a.online),
    onlineMax: known(a.online),
    onsiteMin: known(a.onsite),
    onsiteMax: known(a.onsite),
    organisations: known(a.organisations),
  };
}

export function categoriesFromInput(categories: readonly CategoryFigures[]): RecordedCategory[] {
  return categories.map((c) => ({
    code: c.code,
    participantsMin: known(c.participants),
    participantsMax: known(c.participantsMax ?? c.participants),
  }));
}

/** What an input would record, as far as the rules read it. */
export function ruleContentFromInput(input: RuleInput): RuleContent {
  return {
    date: input.date,
    format: input.format ?? null,
    durationMinutes: known(input.durationMinutes),
    attendance: attendanceFromInput(input.attendance),
    categories: categoriesFromInput(input.categories ?? []),
  };
}

/** One stakeholder category's facts, read by the rules that look at each category in turn. */
export interface CategoryFacts {
  categoryCode: string;
  categoryParticipantsMin: number | null;
  categoryParticipantsMax: number | null;
}

/**
 * The flat facts rules are written over. null is unknown (not published, or not readable yet
 * in the form), and a rule that needs an unknown fact does not apply: an unknown is never 0.
 */
export interface RoundtableFacts {
  format: string | null;
  /** YYYY-MM-DD, or null while it is not a date. */
  date: string | null;
  durationMinutes: number | null;
  participantsMin: number | null;
  participantsMax: number | null;
  onlineMin: number | null;
  onlineMax: number | null;
  onsiteMin: number | null;
  onsiteMax: number | null;
  organisations: number | null;
  /** How many stakeholder categories are listed as present (each one had at least one person there). */
  categoriesPresent: number;
  categories: CategoryFacts[];
  projectStartsOn: string | null;
  projectEndsOn: string | null;
}

/** A fact a rule may read: the roundtable's, or, in a rule about each category, that category's. */
export type FactName = Exclude<keyof RoundtableFacts, 'categories'> | keyof CategoryFacts;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The facts of a roundtable, the one way the API, the import, the stored-data check and the form build them. */
export function roundtableFacts(content: RuleContent, project: ProjectSpan | null): RoundtableFacts {
  const a = content.attendance;
  return {
    format: content.format,
    date: ISO_DATE.test(content.date) ? content.date : null,
    durationMinutes: content.durationMinutes,
    participantsMin: a?.totalMin ?? null,
    participantsMax: a?.totalMax ?? null,
    onlineMin: a?.onlineMin ?? null,
    onlineMax: a?.onlineMax ?? null,
    onsiteMin: a?.onsiteMin ?? null,
    onsiteMax: a?.onsiteMax ?? null,
    organisations: a?.organisations ?? null,
    categoriesPresent: content.categories.length,
    categories: content.categories.map((c) => ({
      categoryCode: c.code,
      categoryParticipantsMin: c.participantsMin,
      categoryParticipantsMax: c.participantsMax,
    })),
    projectStartsOn: project?.startsOn ?? null,
    projectEndsOn: project?.endsOn ?? null,
  };
}

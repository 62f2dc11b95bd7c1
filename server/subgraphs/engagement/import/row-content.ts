import { RECORDING_LIMITS } from '../../../contract/recording-limits';
import { AttendanceInput, CategoryCountInput, ChallengeMentionInput, RoundtableInput, SourceInput } from '../roundtable/roundtable.input';
import type { RoundtableContent, RoundtableSnapshot } from '../roundtable/roundtable-content';
import type { RoundtableCsvRecord } from './roundtable-csv';

export type RowSource = RoundtableContent['sources'][number];

/**
 * A row as the form's input, so that the form's rules check it and contentFromInput maps
 * it. Attendance with every count empty is no attendance at all.
 */
export function inputFromRecord(record: RoundtableCsvRecord, source: RowSource | null): RoundtableInput {
  const { participants, participantsMax, online, onsite, organisations } = record;
  const counts = { participants, participantsMax, online, onsite, organisations };
  return Object.assign(new RoundtableInput(), {
    region: record.region,
    number: record.number,
    date: record.date,
    format: record.format,
    durationMinutes: record.durationMinutes,
    theme: null,
    attendance: Object.values(counts).some((count) => count !== null) ? Object.assign(new AttendanceInput(), counts) : null,
    categories: record.categories.map((code) => Object.assign(new CategoryCountInput(), { code })),
    challenges: record.challenges.map((code) => Object.assign(new ChallengeMentionInput(), { code })),
    insights: [],
    interests: [],
    organisers: [],
    // A source named after a long address ("Imported from …") is cut to a title's length, not refused.
    sources: source
      ? [Object.assign(new SourceInput(), { ...source, title: source.title.slice(0, RECORDING_LIMITS.texts.sourceTitle) })]
      : [],
  });
}

/**
 * A row's content over an existing roundtable: the columns replace what they say, and
 * everything a CSV cannot say (theme, insights, interests, organisers, challenge notes,
 * category counts) stays as recorded. The row's source goes first, so the figures cite it;
 * the roundtable's other sources stay.
 */
export function overExisting(content: RoundtableContent, existing: RoundtableSnapshot): RoundtableContent {
  return {
    ...content,
    theme: existing.theme,
    illustrative: existing.illustrative,
    insights: existing.insights,
    interests: existing.interests,
    organisers: existing.organisers,
    categories: content.categories.map((category) => existing.categories.find((kept) => kept.code === category.code) ?? category),
    challenges: withNotesKept(content.challenges, existing.challenges),
    sources: sourcesCiting(content.sources[0], existing.sources),
  };
}

function sourcesCiting(source: RowSource | undefined, existing: readonly RowSource[]): RowSource[] {
  if (!source) return [...existing];
  const same = existing.find((kept) => kept.url === source.url);
  return [same ?? source, ...existing.filter((kept) => kept !== same)];
}

/** The first mention of a code keeps the note of its first recorded mention, the second of the second, and so on. */
function withNotesKept(
  mentions: RoundtableContent['challenges'],
  recorded: RoundtableContent['challenges'],
): RoundtableContent['challenges'] {
  const unclaimed = [...recorded];
  return mentions.map(({ code }) => {
    const index = unclaimed.findIndex((kept) => kept.code === code);
    const [kept] = index >= 0 ? unclaimed.splice(index, 1) : [];
    return { code, note: kept?.note ?? null };
  });
}

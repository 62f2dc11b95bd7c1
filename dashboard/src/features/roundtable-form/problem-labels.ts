import type { EditingI18n } from '../../app/i18n/editing';
import type { EditingKey } from '../../app/i18n/messages/editing-en';
import type { MessageKey } from '../../app/i18n/messages/en';
import { ROUNDTABLE_FIELD_LABELS } from '../shared/roundtable-field-labels';
import type { RoundtableFormValues, RowList } from './form-values';

type Key = MessageKey | EditingKey;

const TOP_LEVEL: Record<string, Key> = { ...ROUNDTABLE_FIELD_LABELS, region: 'column.region' };

const PART: Record<string, Key> = {
  participants: 'form.participants',
  participantsMax: 'form.participantsMax',
  online: 'series.online',
  onsite: 'series.onsite',
  organisations: 'form.organisations',
  code: 'column.challenge',
  note: 'form.note',
  organisation: 'form.organisation',
  role: 'form.organiserRole',
  title: 'form.sourceTitle',
  url: 'form.sourceUrl',
  publisher: 'form.sourcePublisher',
};

const ROW_NAME: Record<RowList, Key> = {
  challenges: 'form.challengeN',
  insights: 'form.insightN',
  interests: 'form.interestN',
  organisers: 'form.organiserN',
  sources: 'form.sourceN',
};

// The region is the page's, not a field: a problem with it is listed without a link.
const SHOWN = new Set(Object.keys(TOP_LEVEL).filter((field) => field !== 'region'));

/** Whether the form shows the field, so that a problem with it can link to it. */
export const isShownField = (field: string): boolean => SHOWN.has(field.split('.')[0] ?? '');

/** A problem's field as the person sees it: "Source 2: Title", "NGO: Participants", "Attendance: Onsite". */
export function problemLabel(
  field: string,
  values: RoundtableFormValues,
  categoryLabels: ReadonlyMap<string, string>,
  t: EditingI18n['t'],
): string {
  const [top = '', second, third] = field.split('.');
  const topKey = TOP_LEVEL[top];
  if (!topKey) return field;
  if (second === undefined) return t(topKey);
  if (top === 'attendance') return `${t(topKey)}: ${PART[second] ? t(PART[second]) : second}`;
  if (top === 'categories') {
    const category = categoryLabels.get(second) ?? second;
    return third && third !== 'code' && PART[third] ? `${category}: ${t(PART[third])}` : category;
  }
  if (top in ROW_NAME) {
    const list = top as RowList;
    const position = values[list].findIndex((row) => row.key === second) + 1;
    const row = position > 0 ? t(ROW_NAME[list], { position }) : t(topKey);
    return third && PART[third] ? `${row}: ${t(PART[third])}` : row;
  }
  return t(topKey);
}

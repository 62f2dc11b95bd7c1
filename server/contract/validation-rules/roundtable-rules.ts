import type { ValidationRule } from './validation-rule';

const v = (fact: string) => ({ var: fact });

/**
 * Every rule a roundtable's figures are held to across fields: the one definition the API's
 * writes, the CSV import, the stored-data check (ruleFindings) and the form as it is typed
 * all evaluate. A rule added here applies everywhere at once; its words are data
 * (engagement.validation_rule_text), so it comes with a migration adding its title and message,
 * whose placeholders name only facts it needs.
 */
export const ROUNDTABLE_RULES: readonly ValidationRule[] = [
  {
    code: 'ONLINE_WITHIN_TOTAL',
    severity: 'ERROR',
    field: 'attendance.online',
    needs: ['onlineMin', 'participantsMax'],
    expression: { '<=': [v('onlineMin'), v('participantsMax')] },
  },
  {
    code: 'ONSITE_WITHIN_TOTAL',
    severity: 'ERROR',
    field: 'attendance.onsite',
    needs: ['onsiteMin', 'participantsMax'],
    expression: { '<=': [v('onsiteMin'), v('participantsMax')] },
  },
  {
    code: 'SPLIT_WITHIN_TOTAL',
    severity: 'ERROR',
    field: 'attendance',
    needs: ['onlineMin', 'onsiteMin', 'participantsMax'],
    expression: { '<=': [{ '+': [v('onlineMin'), v('onsiteMin')] }, v('participantsMax')] },
  },
  {
    code: 'ONLINE_WITHOUT_ONSITE',
    severity: 'ERROR',
    field: 'attendance.onsite',
    needs: ['format', 'onsiteMin'],
    expression: { or: [{ '!==': [v('format'), 'ONLINE'] }, { '===': [v('onsiteMin'), 0] }] },
  },
  {
    code: 'ONSITE_WITHOUT_ONLINE',
    severity: 'ERROR',
    field: 'attendance.online',
    needs: ['format', 'onlineMin'],
    expression: { or: [{ '!==': [v('format'), 'ONSITE'] }, { '===': [v('onlineMin'), 0] }] },
  },
  {
    code: 'CATEGORY_WITHIN_TOTAL',
    severity: 'ERROR',
    field: 'categories.{index}.participants',
    each: 'categories',
    needs: ['categoryCode', 'categoryParticipantsMin', 'participantsMax'],
    expression: { '<=': [v('categoryParticipantsMin'), v('participantsMax')] },
  },
  {
    code: 'CATEGORIES_WITHIN_TOTAL',
    severity: 'ERROR',
    field: 'categories',
    needs: ['categoriesPresent', 'participantsMax'],
    expression: { '<=': [v('categoriesPresent'), v('participantsMax')] },
  },
  {
    code: 'DATE_IN_PROJECT',
    severity: 'WARNING',
    field: 'date',
    needs: ['date', 'projectStartsOn', 'projectEndsOn'],
    expression: { '<=': [v('projectStartsOn'), v('date'), v('projectEndsOn')] },
  },
  {
    code: 'DURATION_PLAUSIBLE',
    severity: 'WARNING',
    field: 'durationMinutes',
    needs: ['durationMinutes'],
    expression: { '<=': [15, v('durationMinutes'), 600] },
  },
  {
    code: 'ORGANISATIONS_WITHIN_TOTAL',
    severity: 'WARNING',
    field: 'attendance.organisations',
    needs: ['organisations', 'participantsMax'],
    expression: { '<=': [v('organisations'), v('participantsMax')] },
  },
];

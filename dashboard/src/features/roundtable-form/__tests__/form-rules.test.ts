import type { ProjectSpan, RuleContent } from '../../../../../server/contract/validation-rules/roundtable-facts';
import { RULES_BY_CODE } from '../../../../../server/contract/validation-rules/rule-text';
import type { RuleFinding } from '../../../../../server/contract/validation-rules/validation-rule';
import type { RoundtableInput } from '../../../__generated__/graphql';
import { formatters } from '../../../app/i18n/format';
import { type RuleWords, ruleMessage } from '../../../data/rule-messages';
import { formRuleFindings } from '../form-rules';
import { emptyValues, formFieldOf, type RoundtableFormValues, toRoundtableInput } from '../form-values';

// What the API does with an input on saving: its own mapping to the recorded content and its own
// checks. Required at run time so the dashboard's type-check stays out of the server's classes.
const server = {
  ...(require('../../../../../server/subgraphs/engagement/roundtable/roundtable-content') as {
    contentFromInput(input: RoundtableInput): RuleContent;
  }),
  ...(require('../../../../../server/subgraphs/engagement/roundtable/roundtable-checks') as {
    ruleFindingsOf(content: RuleContent, project: ProjectSpan | null): RuleFinding[];
  }),
};

const PROJECT: ProjectSpan = { startsOn: '2021-01-01', endsOn: '2023-03-31' };

const form = (
  patch: Partial<Omit<RoundtableFormValues, 'attendance'>> & { attendance?: Partial<RoundtableFormValues['attendance']> },
): RoundtableFormValues => {
  const empty = emptyValues('soria', 7);
  return { ...empty, date: '2022-05-10', format: 'HYBRID', ...patch, attendance: { ...empty.attendance, ...patch.attendance } };
};
const present = (participants = '', participantsMax = '') => ({ present: true, participants, participantsMax });

const CASES: [string, RoundtableFormValues][] = [
  ['every rule kept', form({ durationMinutes: '90', attendance: { participants: '12', online: '4', onsite: '8', organisations: '3' } })],
  ['the split over the participants', form({ attendance: { participants: '20', online: '30', onsite: '5' } })],
  ['onsite at an online roundtable', form({ format: 'ONLINE', attendance: { participants: '10', onsite: '3' } })],
  ['online at an onsite roundtable, the total unknown', form({ format: 'ONSITE', attendance: { online: '2' } })],
  [
    'categories past a range of participants, one of them counted past it',
    form({
      attendance: { kind: 'range', participants: '1', participantsMax: '2' },
      categories: {
        NGO: present('5'),
        VOLUNTEER: present(),
        STUDENT: present(),
        NEWCOMER: { present: false, participants: '', participantsMax: '' },
      },
    }),
  ],
  ['a date outside the project and a short meeting', form({ date: '2020-12-01', durationMinutes: '5' })],
  ['more organisations than participants', form({ attendance: { participants: '4', organisations: '6' } })],
  [
    'a count not yet a number is unknown',
    form({ format: 'ONLINE', durationMinutes: '1.5', attendance: { participants: '10', onsite: 'three' } }),
  ],
  ['a date not yet whole', form({ date: '2020-1' })],
];

describe('validation rules in the form', () => {
  // The form's evaluation as typed equals the API's on saving the same values: one definition, run on both sides.
  it.each(CASES)('find what the API finds on saving: %s', (_case, values) => {
    const { input, sent } = toRoundtableInput(values, { required: '', wholeNumber: '' });
    const onSaving = server
      .ruleFindingsOf(server.contentFromInput(input), PROJECT)
      .map((finding) => ({ ...finding, field: formFieldOf(finding.field, sent) }));
    expect(formRuleFindings(values, PROJECT)).toEqual(onSaving);
  });

  it('name each finding by the form field it is shown beside', () => {
    const brief = (values: RoundtableFormValues) => formRuleFindings(values, PROJECT).map((f) => `${f.ruleCode} ${f.severity} ${f.field}`);
    expect(brief(CASES[0]?.[1] as RoundtableFormValues)).toEqual([]);
    expect(brief(CASES[4]?.[1] as RoundtableFormValues)).toEqual([
      'CATEGORY_WITHIN_TOTAL ERROR categories.NGO.participants',
      'CATEGORIES_WITHIN_TOTAL ERROR categories',
    ]);
    expect(brief(CASES[5]?.[1] as RoundtableFormValues)).toEqual([
      'DATE_IN_PROJECT WARNING date',
      'DURATION_PLAUSIBLE WARNING durationMinutes',
    ]);
    expect(brief(CASES[7]?.[1] as RoundtableFormValues)).toEqual([]);
    expect(formRuleFindings(CASES[5]?.[1] as RoundtableFormValues, null).map((f) => f.ruleCode)).toEqual(['DURATION_PLAUSIBLE']);
  });

  it('say a finding in the reader’s language, numbers and dates as the reader writes them', () => {
    const [date] = formRuleFindings(CASES[5]?.[1] as RoundtableFormValues, PROJECT);
    const finding = date as RuleFinding;
    // The rules' words as validationRules gives them in each language.
    const english: RuleWords = new Map([
      [
        'DATE_IN_PROJECT',
        { title: 'Date inside the project', message: 'is outside the project ({projectStartsOn} to {projectEndsOn}); check the date' },
      ],
      ['DURATION_PLAUSIBLE', { title: 'Duration', message: 'is {durationMinutes} minutes, while a roundtable lasts 15 to 600; check it' }],
    ]);
    const spanish: RuleWords = new Map([
      [
        'DATE_IN_PROJECT',
        {
          title: 'Fecha dentro del proyecto',
          message: 'queda fuera del proyecto ({projectStartsOn} a {projectEndsOn}); compruebe la fecha',
        },
      ],
    ]);
    expect(ruleMessage(english, formatters('en'), finding)).toBe('is outside the project (Jan 1, 2021 to Mar 31, 2023); check the date');
    expect(ruleMessage(spanish, formatters('es'), finding)).toBe('queda fuera del proyecto (1 ene 2021 a 31 mar 2023); compruebe la fecha');
    // As the API lists them: name and text.
    const fromApi = { ruleCode: 'DURATION_PLAUSIBLE', values: [{ name: 'durationMinutes', value: '1000' }] };
    expect(ruleMessage(english, formatters('en'), fromApi)).toBe('is 1,000 minutes, while a roundtable lasts 15 to 600; check it');
    // Words not read yet, or a rule they do not name: the caller shows the API's English.
    expect(ruleMessage(spanish, formatters('es'), fromApi)).toBeNull();
    expect(ruleMessage(new Map(), formatters('es'), { ruleCode: 'NO_SUCH_RULE', values: [] })).toBeNull();
    expect(RULES_BY_CODE.get('SPLIT_WITHIN_TOTAL')?.severity).toBe('ERROR');
  });
});

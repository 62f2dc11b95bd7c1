import jsonLogic from 'json-logic-js';
import { VALIDATION_RULE_TEXTS } from '../../../subgraphs/engagement/migrations/validation-rule-texts';
import { LANGUAGES } from '../../languages';
import { checkRules } from '../check-rules';
import { type RoundtableFacts, roundtableFacts, ruleContentFromInput } from '../roundtable-facts';
import { ROUNDTABLE_RULES } from '../roundtable-rules';
import { fillMessage, findingMessageIn, placeholderDifference, placeholdersOf } from '../rule-text';

const PROJECT = { startsOn: '2021-01-01', endsOn: '2023-03-31' };

/** A roundtable that breaks no rule, every fact known; each case changes what it is about. */
const FINE: RoundtableFacts = {
  format: 'HYBRID',
  date: '2022-05-10',
  durationMinutes: 120,
  participantsMin: 10,
  participantsMax: 12,
  onlineMin: 4,
  onlineMax: 4,
  onsiteMin: 6,
  onsiteMax: 6,
  organisations: 5,
  categoriesPresent: 2,
  categories: [
    { categoryCode: 'NGO', categoryParticipantsMin: 3, categoryParticipantsMax: 3 },
    { categoryCode: 'REFUGEES_MIGRANTS', categoryParticipantsMin: null, categoryParticipantsMax: null },
  ],
  projectStartsOn: PROJECT.startsOn,
  projectEndsOn: PROJECT.endsOn,
};

const codesAndFields = (facts: Partial<RoundtableFacts>) =>
  checkRules({ ...FINE, ...facts }).map((finding) => `${finding.ruleCode} ${finding.severity} ${finding.field}`);

describe('validation rules', () => {
  it('each have a unique code and read only facts they need', () => {
    const codes = ROUNDTABLE_RULES.map((rule) => rule.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const rule of ROUNDTABLE_RULES) {
      // A fact read but not needed would reach json-logic as null, which it compares as 0.
      const read = jsonLogic.uses_data(rule.expression as Record<string, unknown>) as string[];
      expect({ rule: rule.code, unneeded: read.filter((fact) => !rule.needs.includes(fact as never)) }).toEqual({
        rule: rule.code,
        unneeded: [],
      });
    }
  });

  // The words as first released, which the migration writes: later ones are checked as an ADMIN sends them.
  it('were released with a title and a message in every language, the messages naming the same facts the rule needs', () => {
    expect(Object.keys(VALIDATION_RULE_TEXTS).sort()).toEqual(ROUNDTABLE_RULES.map((rule) => rule.code).sort());
    for (const rule of ROUNDTABLE_RULES) {
      const texts = VALIDATION_RULE_TEXTS[rule.code] as (typeof VALIDATION_RULE_TEXTS)[string];
      const english = placeholdersOf(texts.message.en);
      expect({ rule: rule.code, ...placeholderDifference(texts.message.en, rule.needs), missing: [] }).toEqual({
        rule: rule.code,
        missing: [],
        unknown: [],
      });
      for (const language of LANGUAGES) {
        expect({ rule: rule.code, language, ...placeholderDifference(texts.message[language], english) }).toEqual({
          rule: rule.code,
          language,
          missing: [],
          unknown: [],
        });
        expect({
          rule: rule.code,
          language,
          title: texts.title[language].length > 0,
          placeholders: placeholdersOf(texts.title[language]),
        }).toEqual({
          rule: rule.code,
          language,
          title: true,
          placeholders: [],
        });
      }
    }
  });

  it('find nothing in a roundtable that keeps every rule', () => {
    expect(checkRules(FINE)).toEqual([]);
  });

  // Facts → what each rule finds, and that a rule with an unknown fact does not apply.
  it.each<[string, Partial<RoundtableFacts>, string[]]>([
    [
      'online past the participants',
      { onlineMin: 13, onsiteMin: 0 },
      ['ONLINE_WITHIN_TOTAL ERROR attendance.online', 'SPLIT_WITHIN_TOTAL ERROR attendance'],
    ],
    ['online past the participants, onsite unknown', { onlineMin: 13, onsiteMin: null }, ['ONLINE_WITHIN_TOTAL ERROR attendance.online']],
    [
      'onsite past the participants',
      { onsiteMin: 13, onlineMin: 0 },
      ['ONSITE_WITHIN_TOTAL ERROR attendance.onsite', 'SPLIT_WITHIN_TOTAL ERROR attendance'],
    ],
    ['the split past the participants', { onlineMin: 7, onsiteMin: 6 }, ['SPLIT_WITHIN_TOTAL ERROR attendance']],
    ['the split equal to the participants', { onlineMin: 6, onsiteMin: 6 }, []],
    ['the split, participants unknown', { onlineMin: 70, onsiteMin: 60, participantsMin: null, participantsMax: null }, []],
    ['onsite at an online roundtable', { format: 'ONLINE' }, ['ONLINE_WITHOUT_ONSITE ERROR attendance.onsite']],
    ['0 onsite at an online roundtable', { format: 'ONLINE', onsiteMin: 0 }, []],
    ['onsite unknown at an online roundtable', { format: 'ONLINE', onsiteMin: null }, []],
    ['online at an onsite roundtable', { format: 'ONSITE' }, ['ONSITE_WITHOUT_ONLINE ERROR attendance.online']],
    ['online with the format unknown', { format: null }, []],
    [
      'a category past the participants',
      { categories: [{ categoryCode: 'NGO', categoryParticipantsMin: 13, categoryParticipantsMax: 13 }], categoriesPresent: 1 },
      ['CATEGORY_WITHIN_TOTAL ERROR categories.0.participants'],
    ],
    [
      'the second category past the participants',
      {
        categories: [
          { categoryCode: 'NGO', categoryParticipantsMin: 1, categoryParticipantsMax: 1 },
          { categoryCode: 'LOCAL_AUTHORITY', categoryParticipantsMin: 20, categoryParticipantsMax: 20 },
        ],
      },
      ['CATEGORY_WITHIN_TOTAL ERROR categories.1.participants'],
    ],
    ['more categories present than participants', { categoriesPresent: 13 }, ['CATEGORIES_WITHIN_TOTAL ERROR categories']],
    ['categories present, participants unknown', { categoriesPresent: 13, participantsMax: null, participantsMin: null }, []],
    ['a date before the project', { date: '2020-12-31' }, ['DATE_IN_PROJECT WARNING date']],
    ['a date after the project', { date: '2023-04-01' }, ['DATE_IN_PROJECT WARNING date']],
    ['the project’s first and last days', { date: '2021-01-01' }, []],
    ['a date, the project unknown', { date: '2030-01-01', projectStartsOn: null, projectEndsOn: null }, []],
    ['a date not yet a date', { date: null }, []],
    ['a short duration', { durationMinutes: 14 }, ['DURATION_PLAUSIBLE WARNING durationMinutes']],
    ['a long duration', { durationMinutes: 601 }, ['DURATION_PLAUSIBLE WARNING durationMinutes']],
    ['the shortest and longest durations', { durationMinutes: 15 }, []],
    ['the duration unknown', { durationMinutes: null }, []],
    ['more organisations than participants', { organisations: 13 }, ['ORGANISATIONS_WITHIN_TOTAL WARNING attendance.organisations']],
    ['organisations, participants unknown', { organisations: 13, participantsMin: null, participantsMax: null }, []],
  ])('%s', (_case, facts, expected) => {
    expect(codesAndFields(facts)).toEqual(expected);
  });

  it('give the facts they read, which their words are filled from in any language', () => {
    const findings = checkRules({ ...FINE, onlineMin: 7, onsiteMin: 6, durationMinutes: 1_000 });
    expect(findings).toEqual([
      {
        ruleCode: 'SPLIT_WITHIN_TOTAL',
        severity: 'ERROR',
        field: 'attendance',
        values: { onlineMin: 7, onsiteMin: 6, participantsMax: 12 },
      },
      { ruleCode: 'DURATION_PLAUSIBLE', severity: 'WARNING', field: 'durationMinutes', values: { durationMinutes: 1_000 } },
    ]);
    const [split, duration] = findings as [(typeof findings)[number], (typeof findings)[number]];
    expect(findingMessageIn(VALIDATION_RULE_TEXTS.SPLIT_WITHIN_TOTAL as never, split, 'en')).toBe(
      'online (7) + onsite (6) must be at most the number of participants (12); correct the split or the participants',
    );
    expect(findingMessageIn(VALIDATION_RULE_TEXTS.DURATION_PLAUSIBLE as never, duration, 'en')).toBe(
      'is 1,000 minutes, while a roundtable lasts 15 to 600; check it',
    );
    // A language the rule is not written in falls back to English, its numbers still grouped the language's way.
    expect(findingMessageIn({ title: { en: 'Duration' }, message: { en: 'is {durationMinutes} minutes' } }, duration, 'el')).toBe(
      'is 1.000 minutes',
    );
    expect(fillMessage('{a} and {b}', { a: 1_500 }, (value) => `<${value}>`)).toBe('<1500> and {b}');
  });

  it('tell a message naming other placeholders than it must', () => {
    expect(placeholderDifference('{a} then {c}', ['a', 'b'])).toEqual({ missing: ['b'], unknown: ['c'] });
    expect(placeholderDifference('{a}, {a} and {b}', ['b', 'a'])).toEqual({ missing: [], unknown: [] });
  });

  it('read an input as the API records it: a single figure is its own range, a count left out unknown', () => {
    const content = ruleContentFromInput({
      date: '2022-05-10',
      format: 'ONLINE',
      attendance: { participants: 10, online: 10 },
      categories: [{ code: 'NGO', participants: 2, participantsMax: 4 }, { code: 'ACADEMIA' }],
    });
    const facts = roundtableFacts(content, PROJECT);
    expect(facts).toEqual({
      format: 'ONLINE',
      date: '2022-05-10',
      durationMinutes: null,
      participantsMin: 10,
      participantsMax: 10,
      onlineMin: 10,
      onlineMax: 10,
      onsiteMin: null,
      onsiteMax: null,
      organisations: null,
      categoriesPresent: 2,
      categories: [
        { categoryCode: 'NGO', categoryParticipantsMin: 2, categoryParticipantsMax: 4 },
        { categoryCode: 'ACADEMIA', categoryParticipantsMin: null, categoryParticipantsMax: null },
      ],
      projectStartsOn: '2021-01-01',
      projectEndsOn: '2023-03-31',
    });
    expect(checkRules(facts)).toEqual([]);
    expect(roundtableFacts({ ...content, date: '2022-5-1' }, null)).toMatchObject({ date: null, projectStartsOn: null });
  });
});

import { LANGUAGES, labelsInOrder } from '../../../contract/languages';
import { ROUNDTABLE_RULES } from '../../../contract/validation-rules/roundtable-rules';
import { ChangeNotices } from '../../../core/database/change-notices';
import { openSubgraphDatabase } from '../../../core/database/subgraph-data-source';
import { errorMessageIn, localizedTextOf } from '../../../core/errors';
import type { Subgraph } from '../../../core/subgraph';
import { loadDataset } from '../../../seed/load-dataset';
import { PUBLISHED_DATASET } from '../../../seed/published-dataset';
import { authHeaders, Role } from '../../../test-support/auth';
import { executeOn } from '../../../test-support/execute';
import { createTestDatabase, startTestSubgraphs } from '../../../test-support/test-database';
import { undoMigrationsThrough } from '../../../test-support/undo-migrations';
import { waitUntil } from '../../../test-support/wait-until';
import { ENGAGEMENT_DATABASE } from '../engagement.database';
import type { EngagementSubgraph } from '../engagement.subgraph';
import { VALIDATION_RULE_TEXTS } from '../migrations/validation-rule-texts';
import { RuleTextBook } from '../rules/rule-text-book';

type Texts = { locale: string; text: string }[];
interface RuleText {
  code: string;
  title: string;
  message: string;
  placeholders: string[];
  titles: Texts;
  messages: Texts;
  version: number;
}

const RULES = `query($locale: Locale!) { validationRules(locale: $locale) { code title message placeholders titles { locale text } messages { locale text } version } }`;
const SET = `mutation($code: String!, $titles: [LocalizedTextInput!]!, $messages: [LocalizedTextInput!]!, $version: Int!, $locale: Locale) {
  setValidationRuleTexts(code: $code, titles: $titles, messages: $messages, expectedVersion: $version, locale: $locale) {
    code title message version titles { locale text } messages { locale text } } }`;
const WARNINGS = `id warnings { ruleCode title(locale: el) message(locale: el) english: message values { name value } }`;
const CREATE = `mutation($input: RoundtableInput!) { createRoundtable(input: $input) { ${WARNINGS} } }`;
const READ = `query($id: ID!) { roundtable(id: $id) { ${WARNINGS} } }`;
const FINDINGS = `query($filter: AnalyticsFilter, $ruleCode: String) {
  ruleFindings(filter: $filter, ruleCode: $ruleCode) { rows { ruleCode title(locale: el) message(locale: el) } } }`;
const IMPORT = `mutation($csv: String!) { importRoundtables(csv: $csv, dryRun: true) {
  valid rows { warnings { ruleCode message(locale: el) english: message } } errors { message ruleCode } } }`;

const texts = (byLanguage: Record<string, string>) => Object.entries(byLanguage).map(([locale, text]) => ({ locale, text }));
const GREEK_DURATION = {
  titles: texts({ en: 'Duration from 15 to 600 minutes', el: 'Εύλογη διάρκεια' }),
  messages: texts({
    en: 'is {durationMinutes} minutes, while a roundtable lasts 15 to 600; check it',
    el: 'διήρκεσε {durationMinutes} λεπτά· μια συνάντηση κρατά 15 έως 600 λεπτά',
  }),
};

// The validation rules' words as data: read in every language from the database with English
// where one is missing, and an ADMIN's edit, checked and audited, said at once by every place
// that shows a rule's words (validationRules, a roundtable's warnings, ruleFindings, the import).
describe('validation rule texts', () => {
  let subgraphs: Awaited<ReturnType<typeof startTestSubgraphs>>;
  let engagement: EngagementSubgraph;

  beforeAll(async () => {
    subgraphs = await startTestSubgraphs();
    engagement = subgraphs.engagement;
    await loadDataset(subgraphs.geography as Subgraph, engagement, PUBLISHED_DATASET);
  });
  afterAll(() => subgraphs.close());

  const run = async <Data = Record<string, unknown>>(query: string, variables: Record<string, unknown>, role: Role = Role.ADMIN) =>
    executeOn<Data>(
      engagement,
      query,
      variables,
      // PUBLIC is who sends no token.
      role === Role.PUBLIC ? {} : await authHeaders(role, role === Role.COORDINATOR ? ['soria'] : []),
    );
  const rules = async (locale: string) => {
    const result = await run<{ validationRules: RuleText[] }>(RULES, { locale }, Role.ANALYST);
    expect(result.errors).toBeUndefined();
    return result.data?.validationRules as RuleText[];
  };
  const rule = async (code: string, locale = 'en') => (await rules(locale)).find((entry) => entry.code === code) as RuleText;
  const set = (code: string, version: number, words: { titles: Texts; messages: Texts }, role?: Role, locale?: string) =>
    run<{ setValidationRuleTexts: RuleText }>(SET, { code, version, ...words, ...(locale ? { locale } : {}) }, role);
  const codeOf = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => result.errors?.[0]?.extensions?.code;
  const problemsOf = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
    result.errors?.[0]?.extensions?.problems as { field: string; message: string }[] | undefined;
  const stored = async () =>
    engagement.database.dataSource.query(
      `SELECT (SELECT json_agg(json_build_object('code', code, 'title', title, 'message', message, 'version', version) ORDER BY code)
                 FROM engagement.validation_rule_text) AS texts,
              (SELECT count(*)::int FROM engagement.audit_entry WHERE entity_type = 'ValidationRuleText') AS audits`,
    );

  it.each(LANGUAGES)('reads every rule in %s from the database, as released', async (locale) => {
    const answer = await rules(locale);
    expect(answer.map((entry) => entry.code)).toEqual(ROUNDTABLE_RULES.map((definition) => definition.code));
    for (const entry of answer) {
      const released = VALIDATION_RULE_TEXTS[entry.code] as (typeof VALIDATION_RULE_TEXTS)[string];
      expect(entry).toMatchObject({
        title: released.title[locale],
        message: released.message[locale],
        titles: labelsInOrder(released.title),
        messages: labelsInOrder(released.message),
        version: 1,
      });
    }
  });

  it("lets ADMIN change a rule's words, audited, and says them at once in validationRules, warnings, findings and the import", async () => {
    const before = await rule('DURATION_PLAUSIBLE');
    const result = await set('DURATION_PLAUSIBLE', before.version, GREEK_DURATION, Role.ADMIN, 'el');
    expect(result.errors).toBeUndefined();
    expect(result.data?.setValidationRuleTexts).toEqual({
      code: 'DURATION_PLAUSIBLE',
      title: 'Εύλογη διάρκεια',
      message: 'διήρκεσε {durationMinutes} λεπτά· μια συνάντηση κρατά 15 έως 600 λεπτά',
      version: before.version + 1,
      titles: GREEK_DURATION.titles,
      messages: GREEK_DURATION.messages,
    });

    // Greek as written; a language left out (Polish, Spanish) falls back to English.
    expect(await rule('DURATION_PLAUSIBLE', 'el')).toMatchObject({ title: 'Εύλογη διάρκεια', placeholders: ['durationMinutes'] });
    expect(await rule('DURATION_PLAUSIBLE', 'pl')).toMatchObject({
      title: 'Duration from 15 to 600 minutes',
      message: 'is {durationMinutes} minutes, while a roundtable lasts 15 to 600; check it',
    });

    const [audit] = await engagement.database.dataSource.query(
      `SELECT action, actor_role AS "actorRole", region_slug AS "regionSlug", before, after FROM engagement.audit_entry
       WHERE entity_type = 'ValidationRuleText' ORDER BY id DESC LIMIT 1`,
    );
    expect(audit).toMatchObject({
      action: 'UPDATE',
      actorRole: 'ADMIN',
      regionSlug: null,
      before: {
        code: 'DURATION_PLAUSIBLE',
        version: before.version,
        message: { el: VALIDATION_RULE_TEXTS.DURATION_PLAUSIBLE?.message.el },
      },
      after: {
        code: 'DURATION_PLAUSIBLE',
        version: before.version + 1,
        message: { en: GREEK_DURATION.messages[0]?.text, el: GREEK_DURATION.messages[1]?.text },
      },
    });
    expect(Object.keys(audit.after.message).sort()).toEqual(['el', 'en']);

    // A roundtable of 1,200 minutes breaks the rule: its warning says the new words, numbers the Greek way.
    const created = await run<{ createRoundtable: { id: string } }>(CREATE, {
      input: {
        region: 'soria',
        number: 900,
        date: '2022-06-15',
        format: 'HYBRID',
        durationMinutes: 1_200,
        attendance: { participants: 20, online: 5, onsite: 15 },
        sources: [{ title: 'Minutes', url: 'https://example.org/minutes' }],
      },
    });
    expect(created.errors).toBeUndefined();
    const greekWarning = {
      ruleCode: 'DURATION_PLAUSIBLE',
      title: 'Εύλογη διάρκεια',
      message: 'διήρκεσε 1.200 λεπτά· μια συνάντηση κρατά 15 έως 600 λεπτά',
      english: 'is 1,200 minutes, while a roundtable lasts 15 to 600; check it',
      values: [{ name: 'durationMinutes', value: '1200' }],
    };
    expect(created.data?.createRoundtable).toMatchObject({ warnings: [greekWarning] });
    const read = await run<{ roundtable: { warnings: unknown[] } }>(READ, { id: created.data?.createRoundtable.id }, Role.ANALYST);
    expect(read.data?.roundtable.warnings).toEqual([greekWarning]);

    const findings = await run<{ ruleFindings: { rows: unknown[] } }>(FINDINGS, {
      filter: { regions: ['soria'] },
      ruleCode: 'DURATION_PLAUSIBLE',
    });
    expect(findings.data?.ruleFindings.rows).toEqual([
      { ruleCode: 'DURATION_PLAUSIBLE', title: 'Εύλογη διάρκεια', message: 'διήρκεσε 1.200 λεπτά· μια συνάντηση κρατά 15 έως 600 λεπτά' },
    ]);

    const csv = [
      'region,number,date,format,duration_minutes,participants,participants_max,online,onsite,organisations,categories,challenges,source_url',
      'soria,901,2022-06-16,ONSITE,700,10,,,,,,,https://example.org/minutes',
    ].join('\n');
    const imported = await run<{ importRoundtables: { valid: boolean; rows: { warnings: unknown[] }[] } }>(IMPORT, { csv });
    expect(imported.errors).toBeUndefined();
    expect(imported.data?.importRoundtables.rows).toEqual([
      {
        warnings: [
          {
            ruleCode: 'DURATION_PLAUSIBLE',
            message: 'διήρκεσε 700 λεπτά· μια συνάντηση κρατά 15 έως 600 λεπτά',
            english: 'is 700 minutes, while a roundtable lasts 15 to 600; check it',
          },
        ],
      },
    ]);
  });

  it("says a refusal by an ERROR rule with the rule's words as an ADMIN set them, in the client's language", async () => {
    const { version } = await rule('ONLINE_WITHIN_TOTAL');
    const greek = 'τα διαδικτυακά υπερβαίνουν τους {participantsMax} συμμετέχοντες· διορθώστε τα';
    const result = await set('ONLINE_WITHIN_TOTAL', version, {
      titles: texts({ en: 'Online within the participants' }),
      messages: texts({ en: 'must be at most the number of participants ({participantsMax})', el: greek }),
    });
    expect(result.errors).toBeUndefined();
    const refused = await run(CREATE, {
      input: {
        region: 'soria',
        number: 902,
        date: '2022-06-15',
        format: 'ONLINE',
        durationMinutes: 60,
        attendance: { participants: 1_200, online: 1_300 },
        sources: [{ title: 'Minutes', url: 'https://example.org/minutes' }],
      },
    });
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(problemsOf(refused)).toEqual([
      { field: 'attendance.online', message: 'must be at most the number of participants (1,200)', ruleCode: 'ONLINE_WITHIN_TOTAL' },
    ]);
    const text = localizedTextOf(refused.errors?.[0]);
    if (!text) throw new Error('The refusal has no catalogue text');
    expect(errorMessageIn(text, 'el')).toContain('attendance.online: τα διαδικτυακά υπερβαίνουν τους 1.200 συμμετέχοντες· διορθώστε τα');
    // Spanish is not written any more: the English words stand, the number as Spanish writes it.
    expect(errorMessageIn(text, 'es')).toContain('attendance.online: must be at most the number of participants (1200)');
  });

  it('refuses messages whose placeholders differ from the English one, naming the language and placeholder, and changes nothing', async () => {
    const before = await stored();
    const { version } = await rule('SPLIT_WITHIN_TOTAL');
    const words = (messages: Record<string, string>) => ({
      titles: texts({ en: 'Online + onsite within the participants' }),
      messages: texts(messages),
    });
    const english = 'online ({onlineMin}) + onsite ({onsiteMin}) must be at most {participantsMax}';

    const missing = await set(
      'SPLIT_WITHIN_TOTAL',
      version,
      words({ en: english, fr: 'en ligne ({onlineMin}) au plus {participantsMax}' }),
    );
    expect(codeOf(missing)).toBe('BAD_USER_INPUT');
    expect(problemsOf(missing)).toEqual([
      { field: 'messages.fr', message: 'lacks {onsiteMin}, which the English message names; keep each placeholder as it is written' },
    ]);

    const renamed = await set(
      'SPLIT_WITHIN_TOTAL',
      version,
      words({ en: english, el: 'διαδικτυακά ({online}) + δια ζώσης ({onsiteMin}) το πολύ {participantsMax}' }),
    );
    expect(problemsOf(renamed)).toEqual([
      { field: 'messages.el', message: 'lacks {onlineMin}, which the English message names; keep each placeholder as it is written' },
      {
        field: 'messages.el',
        message: 'names {online}, which the English message does not; name only {onlineMin}, {onsiteMin} and {participantsMax}',
      },
    ]);
    // Said in the client's language too.
    const text = localizedTextOf(renamed.errors?.[0]);
    if (!text) throw new Error('The refusal has no catalogue text');
    expect(errorMessageIn(text, 'el')).toContain('messages.el: λείπει {onlineMin}, που αναφέρει το αγγλικό μήνυμα');

    // English may name only the facts the rule reads, else nothing could fill it.
    const unread = await set('SPLIT_WITHIN_TOTAL', version, words({ en: 'online ({onlineMin}) on {date}' }));
    expect(problemsOf(unread)).toEqual([
      {
        field: 'messages.en',
        message: 'names {date}, which this rule does not read; it may name {onlineMin}, {onsiteMin} or {participantsMax}',
      },
    ]);

    // The checks every label has: English required, each language once, not blank, the limits.
    const unchecked = await set('SPLIT_WITHIN_TOTAL', version, {
      titles: texts({ es: 'Sin inglés' }),
      messages: [...texts({ en: english, pl: ' ' }), { locale: 'en', text: english }, { locale: 'fr', text: 'x'.repeat(1_001) }],
    });
    expect(codeOf(unchecked)).toBe('BAD_USER_INPUT');
    expect(problemsOf(unchecked)?.map((problem) => problem.field)).toEqual(['titles.en', 'messages.pl', 'messages.en', 'messages.fr']);

    expect(await stored()).toEqual(before);
  });

  it('refuses every role but ADMIN, a stale version and an unknown rule, and changes nothing', async () => {
    const before = await stored();
    const { version } = await rule('ORGANISATIONS_WITHIN_TOTAL');
    const words = {
      titles: texts({ en: 'Organisations within the participants' }),
      messages: texts({ en: 'is more than {participantsMax}' }),
    };
    for (const role of [Role.COORDINATOR, Role.EVALUATOR, Role.ANALYST, Role.FUNDER, Role.PUBLIC]) {
      expect({ role, code: codeOf(await set('ORGANISATIONS_WITHIN_TOTAL', version, words, role)) }).toEqual({ role, code: 'FORBIDDEN' });
    }
    const stale = await set('ORGANISATIONS_WITHIN_TOTAL', version - 1 || version + 1, words);
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(stale.errors?.[0]?.message).toMatch(/validation rule ORGANISATIONS_WITHIN_TOTAL/);
    const unknown = await set('NO_SUCH_RULE', 1, words);
    expect(codeOf(unknown)).toBe('BAD_USER_INPUT');
    expect(unknown.errors?.[0]?.message).toMatch(/"NO_SUCH_RULE" is not a rule; known: ONLINE_WITHIN_TOTAL/);
    expect(await stored()).toEqual(before);
  });

  it('has every other instance read the words again when one changes them', async () => {
    const { dataSource } = await openSubgraphDatabase(ENGAGEMENT_DATABASE, subgraphs.url);
    const notices = new ChangeNotices(subgraphs.url, 'rule-texts-test');
    try {
      const other = await RuleTextBook.load(dataSource, notices);
      const { version } = await rule('DATE_IN_PROJECT');
      const result = await set('DATE_IN_PROJECT', version, {
        titles: texts({ en: 'Date inside the project', fr: 'Date dans le projet' }),
        messages: texts({ en: 'is outside the project ({projectStartsOn} to {projectEndsOn}); check the date' }),
      });
      expect(result.errors).toBeUndefined();
      await waitUntil(() => other.title('DATE_IN_PROJECT', 'fr') === 'Date dans le projet', { what: 'the other instance to hear of it' });
    } finally {
      await notices.close();
      await dataSource.destroy();
    }
  });
});

describe('the validation rule texts migration', () => {
  it('writes every rule as released, refuses texts without English, and goes down and up again', async () => {
    const database = await createTestDatabase();
    const { dataSource } = await openSubgraphDatabase(ENGAGEMENT_DATABASE, database.url);
    try {
      const rows = await dataSource.query('SELECT code, title, message, version FROM engagement.validation_rule_text ORDER BY code');
      expect(rows).toEqual(
        Object.entries(VALIDATION_RULE_TEXTS)
          .sort(([a], [b]) => (a < b ? -1 : 1))
          .map(([code, words]) => ({ code, ...words, version: 1 })),
      );
      const refused = (column: string, value: object) =>
        dataSource.query(`UPDATE engagement.validation_rule_text SET ${column} = $1 WHERE code = 'DATE_IN_PROJECT'`, [
          JSON.stringify(value),
        ]);
      await expect(refused('title', { es: 'Sólo español' })).rejects.toThrow(/validation_rule_text_title_check/);
      await expect(refused('message', { en: 'English', fr: '' })).rejects.toThrow(/validation_rule_text_message_check/);

      await undoMigrationsThrough(dataSource, 'engagement', 'ValidationRuleTexts1768500000000');
      const [{ exists }] = await dataSource.query("SELECT to_regclass('engagement.validation_rule_text') IS NOT NULL AS exists");
      expect(exists).toBe(false);
      await dataSource.runMigrations({ transaction: 'all' });
      expect(await dataSource.query('SELECT code, title, message, version FROM engagement.validation_rule_text ORDER BY code')).toEqual(
        rows,
      );
    } finally {
      await dataSource.destroy();
      await database.drop();
    }
  });
});

import { LANGUAGES } from '../../server/contract/languages';
import { ROUNDTABLE_RULES } from '../../server/contract/validation-rules/roundtable-rules';
import { CHALLENGE_TRANSLATIONS } from '../../server/subgraphs/engagement/migrations/challenge-translations';
import { VALIDATION_RULE_TEXTS } from '../../server/subgraphs/engagement/migrations/validation-rule-texts';
import { INDICATOR_TRANSLATIONS, PERIOD_TRANSLATIONS } from '../../server/subgraphs/evaluation/migrations/indicator-translations';
import { CATEGORY_TRANSLATIONS } from '../../server/subgraphs/geography/migrations/category-translations';
import { Role, tokenFor } from '../../server/test-support/auth';
import { type GraphQLResponse, startTestSystem } from '../../server/test-support/test-system';

type Coded = { code: string; label: string };
type Texts = { locale: string; text: string }[];
interface Taxonomy {
  stakeholderCategories: (Coded & { labels: Texts })[];
  challenges: (Coded & { labels: Texts })[];
  indicators: (Coded & { description: string; descriptions: Texts })[];
  reportingPeriods: Coded[];
  validationRules: { code: string; severity: string; field: string; title: string; message: string; placeholders: string[] }[];
}

const TAXONOMY = `query($locale: Locale!) {
  stakeholderCategories { code label(locale: $locale) labels { locale text } }
  challenges { code label(locale: $locale) labels { locale text } }
  indicators { code label(locale: $locale) description(locale: $locale) descriptions { locale text } }
  reportingPeriods { code label(locale: $locale) }
  validationRules(locale: $locale) { code severity field title message placeholders }
}`;

const SET_CHALLENGE = `mutation($code: String!, $labels: [LocalizedTextInput!]!, $version: Int!) {
  setChallengeLabels(code: $code, labels: $labels, expectedVersion: $version) { code version label(locale: pl) labels { locale text } } }`;
const SET_CATEGORY = `mutation($code: String!, $labels: [LocalizedTextInput!]!, $version: Int!) {
  setCategoryLabels(code: $code, labels: $labels, expectedVersion: $version) { code version label(locale: el) } }`;
const SET_INDICATOR = `mutation($code: String!, $labels: [LocalizedTextInput!]!, $descriptions: [LocalizedTextInput!], $version: Int!) {
  setIndicatorLabels(code: $code, labels: $labels, descriptions: $descriptions, expectedVersion: $version) {
    code version label(locale: fr) description(locale: fr) } }`;
const SET_PERIOD = `mutation($code: String!, $labels: [LocalizedTextInput!]!, $version: Int!) {
  setReportingPeriodLabels(code: $code, labels: $labels, expectedVersion: $version) { code version label(locale: es) } }`;

const texts = (byLanguage: Record<string, string>) => Object.entries(byLanguage).map(([locale, text]) => ({ locale, text }));
const codes = (response: GraphQLResponse) => response.errors?.map((error) => error.extensions?.code);
const problems = (response: GraphQLResponse) => response.errors?.[0]?.extensions?.problems;

// The taxonomy and the validation rules in every language the API speaks, and an ADMIN's edits
// of the labels: audited, read at once through the gateway's cache, refused when wrong.
describe('taxonomy labels in every language, through the gateway', () => {
  let api: Awaited<ReturnType<typeof startTestSystem>>;
  let admin: string;
  let analyst: string;

  beforeAll(async () => {
    api = await startTestSystem();
    admin = await tokenFor(Role.ADMIN);
    analyst = await tokenFor(Role.ANALYST);
  });
  afterAll(() => api?.close());

  const taxonomy = async (locale: string, as = analyst) => {
    const response = await api.gql<Taxonomy>(TAXONOMY, { locale }, as);
    expect(response.errors).toBeUndefined();
    return response.data as Taxonomy;
  };
  const asAdmin = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown>) => api.gql<T>(query, variables, admin);
  const versionOf = async (query: string, code: string) => {
    const response = await api.gql<Record<string, { code: string; version: number }[]>>(query, undefined, admin);
    return (Object.values(response.data ?? {})[0] ?? []).find((entry) => entry.code === code)?.version as number;
  };
  const auditOf = async (schema: 'geography' | 'evaluation', entityType: string) =>
    (await api.system[schema]?.database.dataSource.query(
      `SELECT action, actor_role AS "actorRole", region_slug AS "regionSlug", before, after FROM ${schema}.audit_entry
       WHERE entity_type = $1 ORDER BY id`,
      [entityType],
    )) as {
      action: string;
      actorRole: string;
      regionSlug: string | null;
      before: Record<string, unknown>;
      after: Record<string, unknown>;
    }[];

  it.each(LANGUAGES)('names every category, challenge, indicator, period and rule in %s, as written for it', async (locale) => {
    const answer = await taxonomy(locale);
    const english = await taxonomy('en');
    const written = (translations: Record<string, Record<string, string>>, code: string, fallback: string) =>
      locale === 'en' || locale === 'es' ? fallback : (translations[code]?.[locale] as string);
    expect(answer.stakeholderCategories).toHaveLength(13);
    expect(answer.challenges).toHaveLength(11);
    expect(answer.indicators).toHaveLength(7);
    expect(answer.reportingPeriods).toHaveLength(4);
    expect(answer.validationRules).toHaveLength(ROUNDTABLE_RULES.length);
    for (const category of answer.stakeholderCategories) {
      expect(category.label).toBe(written(CATEGORY_TRANSLATIONS, category.code, category.label));
      expect(category.labels.map((label) => label.locale)).toEqual([...LANGUAGES]);
    }
    for (const challenge of answer.challenges) {
      expect(challenge.label).toBe(written(CHALLENGE_TRANSLATIONS, challenge.code, challenge.label));
      expect(challenge.labels.map((label) => label.locale)).toEqual([...LANGUAGES]);
    }
    for (const indicator of answer.indicators) {
      const translation = INDICATOR_TRANSLATIONS[indicator.code];
      expect(indicator.label).toBe(locale === 'en' || locale === 'es' ? indicator.label : translation?.label[locale as 'fr']);
      expect(indicator.description).toBe(
        locale === 'en' || locale === 'es' ? indicator.description : translation?.description[locale as 'fr'],
      );
      expect(indicator.descriptions.map((description) => description.locale)).toEqual([...LANGUAGES]);
    }
    for (const period of answer.reportingPeriods) {
      expect(period.label).toBe(written(PERIOD_TRANSLATIONS, period.code, period.label));
    }
    for (const [index, rule] of answer.validationRules.entries()) {
      const definition = ROUNDTABLE_RULES[index];
      expect(rule).toEqual({
        code: definition?.code,
        severity: definition?.severity,
        field: definition?.field,
        title: VALIDATION_RULE_TEXTS[rule.code]?.title[locale],
        message: VALIDATION_RULE_TEXTS[rule.code]?.message[locale],
        placeholders: expect.any(Array),
      });
    }
    // Every text is there and, but for codes and years, says it in its own words.
    const all = (taxonomy: Taxonomy) => [
      ...taxonomy.stakeholderCategories.map((entry) => entry.label),
      ...taxonomy.challenges.map((entry) => entry.label),
      ...taxonomy.indicators.flatMap((entry) => [entry.label, entry.description]),
      ...taxonomy.validationRules.flatMap((rule) => [rule.title, rule.message]),
    ];
    expect(all(answer).every((text) => text.trim().length > 0)).toBe(true);
    if (locale !== 'en') {
      const same = all(answer).filter((text, index) => text === all(english)[index]);
      expect(same).toEqual(locale === 'fr' ? ['Transport', 'Communication'] : []);
    }
  });

  it('says a few of them exactly', async () => {
    const [es, fr, pl, el] = await Promise.all(['es', 'fr', 'pl', 'el'].map((locale) => taxonomy(locale)));
    const label = (answer: Taxonomy | undefined, list: keyof Omit<Taxonomy, 'validationRules'>, code: string) =>
      ((answer?.[list] ?? []) as Coded[]).find((entry) => entry.code === code)?.label;
    expect(label(es, 'challenges', 'LANGUAGE')).toBe('Idioma');
    expect(label(fr, 'challenges', 'DIGITAL_GAP')).toBe('Fracture numérique');
    expect(label(pl, 'indicators', 'ROUNDTABLES_HELD')).toBe('Przeprowadzone okrągłe stoły');
    expect(label(el, 'stakeholderCategories', 'NEWCOMER')).toBe('Πρόσφυγες και μετανάστες');
    expect(label(fr, 'reportingPeriods', '2023')).toBe("2023 (jusqu'en mars)");
    expect(el?.validationRules.find((rule) => rule.code === 'DURATION_PLAUSIBLE')).toMatchObject({
      title: 'Διάρκεια από 15 έως 600 λεπτά',
      placeholders: ['durationMinutes'],
    });
  });

  it('labels analytics rows from every subgraph in the language asked', async () => {
    const response = await api.gql<{
      stakeholderMix: { category: { code: string; label: string } }[];
      challengeFrequency: { challenge: { code: string; label: string } }[];
      indicatorResults: { indicator: { code: string; label: string }; period: { label: string } }[];
    }>(
      `{ stakeholderMix(filter: { regions: ["soria"] }) { category { code label(locale: el) } }
         challengeFrequency(filter: { regions: ["soria"] }) { challenge { code label(locale: pl) } }
         indicatorResults(codes: ["ROUNDTABLES_HELD"], periods: ["SIRA"], filter: { regions: ["soria"] }) {
           indicator { code label(locale: fr) } period { label(locale: fr) } } }`,
      undefined,
      analyst,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.stakeholderMix).toContainEqual({ category: { code: 'NGO', label: 'ΜΚΟ' } });
    expect(response.data?.challengeFrequency).toContainEqual({ challenge: { code: 'TRANSPORT', label: 'Dojazd' } });
    expect(response.data?.indicatorResults[0]).toEqual({
      indicator: { code: 'ROUNDTABLES_HELD', label: 'Tables rondes tenues' },
      period: { label: 'Projet Share SIRA (2021–2023)' },
    });
  });

  it("shows an ADMIN's edit at once, through the cache, in English where a language was left out, and audits it", async () => {
    const ASK = '{ challenges { code label(locale: pl) } }';
    const ask = async () => {
      const response = await fetch(api.system.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${analyst}` },
        body: JSON.stringify({ query: ASK }),
      });
      const body = (await response.json()) as { data: { challenges: Coded[] } };
      return { cache: response.headers.get('x-cache'), transport: body.data.challenges.find((entry) => entry.code === 'TRANSPORT') };
    };
    await ask();
    expect(await ask()).toEqual({ cache: 'hit', transport: { code: 'TRANSPORT', label: 'Dojazd' } });

    const version = await versionOf('{ challenges { code version } }', 'TRANSPORT');
    const edited = await asAdmin(SET_CHALLENGE, {
      code: 'TRANSPORT',
      version,
      labels: texts({ fr: 'Transport et mobilité', en: ' Transport ', es: 'Transporte', el: 'Μετακίνηση' }),
    });
    expect(edited.errors).toBeUndefined();
    expect(edited.data?.setChallengeLabels).toEqual({
      code: 'TRANSPORT',
      version: version + 1,
      label: 'Transport',
      labels: texts({ en: 'Transport', es: 'Transporte', fr: 'Transport et mobilité', el: 'Μετακίνηση' }),
    });
    // Polish was left out: the label is English, never empty, and the cached answer is not given again.
    expect(await ask()).toEqual({ cache: 'miss', transport: { code: 'TRANSPORT', label: 'Transport' } });
    expect((await taxonomy('fr')).challenges.find((entry) => entry.code === 'TRANSPORT')?.label).toBe('Transport et mobilité');

    const audit = await api.gql<{ auditLog: Record<string, unknown>[] }>(
      '{ auditLog(limit: 1) { action entityType regionSlug actorRole before after } }',
      undefined,
      admin,
    );
    expect(audit.data?.auditLog).toEqual([
      {
        action: 'UPDATE',
        entityType: 'Challenge',
        regionSlug: null,
        actorRole: 'ADMIN',
        before: expect.objectContaining({ code: 'TRANSPORT', version, labels: expect.objectContaining({ pl: 'Dojazd' }) }),
        after: expect.objectContaining({
          code: 'TRANSPORT',
          version: version + 1,
          labels: { en: 'Transport', es: 'Transporte', fr: 'Transport et mobilité', el: 'Μετακίνηση' },
        }),
      },
    ]);
  });

  it("edits a category's, an indicator's and a period's texts the same way, each audited by its own subgraph", async () => {
    const category = await asAdmin<{ setCategoryLabels: Record<string, unknown> }>(SET_CATEGORY, {
      code: 'VOLUNTEER',
      version: await versionOf('{ stakeholderCategories { code version } }', 'VOLUNTEER'),
      labels: texts({ en: 'Volunteers', es: 'Personas voluntarias', fr: 'Bénévoles', pl: 'Wolontariusze' }),
    });
    expect(category.data?.setCategoryLabels).toEqual({ code: 'VOLUNTEER', version: 2, label: 'Volunteers' });

    const indicator = await asAdmin<{ setIndicatorLabels: Record<string, unknown> }>(SET_INDICATOR, {
      code: 'ORGANISATIONS_ENGAGED',
      version: await versionOf('{ indicators { code version } }', 'ORGANISATIONS_ENGAGED'),
      labels: texts({ en: 'Organisations engaged', fr: 'Structures impliquées' }),
      descriptions: texts({ en: 'Distinct organisations named as organiser or supporter of a roundtable.' }),
    });
    expect(indicator.data?.setIndicatorLabels).toEqual({
      code: 'ORGANISATIONS_ENGAGED',
      version: 2,
      label: 'Structures impliquées',
      description: 'Distinct organisations named as organiser or supporter of a roundtable.',
    });
    // Descriptions left out stay as they were.
    const labelOnly = await asAdmin<{ setIndicatorLabels: Record<string, unknown> }>(SET_INDICATOR, {
      code: 'ORGANISATIONS_ENGAGED',
      version: 2,
      labels: texts({ en: 'Organisations engaged', fr: 'Organisations impliquées' }),
    });
    expect(labelOnly.data?.setIndicatorLabels).toMatchObject({
      version: 3,
      label: 'Organisations impliquées',
      description: 'Distinct organisations named as organiser or supporter of a roundtable.',
    });

    const period = await asAdmin<{ setReportingPeriodLabels: Record<string, unknown> }>(SET_PERIOD, {
      code: '2021',
      version: await versionOf('{ reportingPeriods { code version } }', '2021'),
      labels: texts({ en: 'Year 2021' }),
    });
    expect(period.data?.setReportingPeriodLabels).toEqual({ code: '2021', version: 2, label: 'Year 2021' });

    const geography = await auditOf('geography', 'StakeholderCategory');
    expect(geography).toEqual([
      expect.objectContaining({
        action: 'UPDATE',
        actorRole: 'ADMIN',
        regionSlug: null,
        after: expect.objectContaining({
          code: 'VOLUNTEER',
          labels: { en: 'Volunteers', es: 'Personas voluntarias', fr: 'Bénévoles', pl: 'Wolontariusze' },
        }),
      }),
    ]);
    const evaluation = [...(await auditOf('evaluation', 'Indicator')), ...(await auditOf('evaluation', 'ReportingPeriod'))];
    expect(evaluation.map((entry) => [entry.after.code, entry.after.version])).toEqual([
      ['ORGANISATIONS_ENGAGED', 2],
      ['ORGANISATIONS_ENGAGED', 3],
      ['2021', 2],
    ]);
    expect(evaluation[0]?.before.descriptions).toMatchObject({ pl: expect.stringContaining('Różne organizacje') });
    expect(evaluation[0]?.after.descriptions).toEqual({ en: 'Distinct organisations named as organiser or supporter of a roundtable.' });
  });

  describe('refuses, changing nothing', () => {
    const LANGUAGE = { code: 'LANGUAGE', labels: texts({ en: 'Language', es: 'Idioma' }) };
    let version: number;
    beforeAll(async () => {
      version = await versionOf('{ challenges { code version } }', 'LANGUAGE');
    });
    afterEach(async () => {
      expect(await versionOf('{ challenges { code version } }', 'LANGUAGE')).toBe(version);
      expect((await taxonomy('pl')).challenges.find((entry) => entry.code === 'LANGUAGE')?.label).toBe('Język');
    });

    it.each([Role.COORDINATOR, Role.ANALYST, Role.EVALUATOR, Role.FUNDER])('as %s', async (role) => {
      const response = await api.gql(
        SET_CHALLENGE,
        { ...LANGUAGE, version },
        await tokenFor(role, role === Role.COORDINATOR ? ['soria'] : []),
      );
      expect(codes(response)).toEqual(['FORBIDDEN']);
      expect(response.errors?.[0]?.message).toContain('only an ADMIN may change them');
    });

    it.each([
      ['an empty English label', texts({ en: '  ', fr: 'Langue' }), [{ field: 'labels.en', message: 'must not be blank' }]],
      [
        'no English label',
        texts({ fr: 'Langue' }),
        [{ field: 'labels.en', message: 'is required: English is what every other language falls back to' }],
      ],
      [
        'a blank label in another language',
        texts({ en: 'Language', pl: '' }),
        [{ field: 'labels.pl', message: 'must not be blank; leave pl out for the English text to be shown' }],
      ],
      [
        'a label over 200 characters',
        texts({ en: 'Language', fr: 'L'.repeat(201) }),
        [{ field: 'labels.fr', message: 'must be at most 200 characters' }],
      ],
      [
        'one language twice',
        [...texts({ en: 'Language', es: 'Idioma' }), { locale: 'es', text: 'Lengua' }],
        [{ field: 'labels.es', message: 'is given twice; give each language once' }],
      ],
    ])('%s', async (_case, labels, expected) => {
      const response = await asAdmin(SET_CHALLENGE, { code: 'LANGUAGE', version, labels });
      expect(codes(response)).toEqual(['BAD_USER_INPUT']);
      expect(problems(response)).toEqual(expected);
    });

    it('an unknown code, naming the known ones', async () => {
      const response = await asAdmin(SET_CHALLENGE, { ...LANGUAGE, code: 'WEATHER', version });
      expect(codes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors?.[0]?.message).toMatch(/^Unknown challenge "WEATHER"; known: LANGUAGE, PUBLIC_SPEAKING, TRANSPORT/);
    });

    it('a version read before another change', async () => {
      const response = await asAdmin(SET_CHALLENGE, { ...LANGUAGE, version: version - 1 < 1 ? version + 1 : version - 1 });
      expect(codes(response)).toEqual(['CONFLICT']);
      expect(response.errors?.[0]?.extensions?.currentVersion).toBe(version);
    });

    it('a language the API does not speak', async () => {
      const response = await asAdmin(SET_CHALLENGE, { ...LANGUAGE, version, labels: [{ locale: 'de', text: 'Sprache' }] });
      expect(codes(response)).toEqual(['BAD_USER_INPUT']);
    });

    it("an indicator's description over 1,000 characters, with its label's problem", async () => {
      const response = await asAdmin(SET_INDICATOR, {
        code: 'ROUNDTABLES_HELD',
        version: await versionOf('{ indicators { code version } }', 'ROUNDTABLES_HELD'),
        labels: texts({ es: 'Mesas redondas celebradas' }),
        descriptions: texts({ en: 'd'.repeat(1001) }),
      });
      expect(problems(response)).toEqual([
        { field: 'labels.en', message: 'is required: English is what every other language falls back to' },
        { field: 'descriptions.en', message: 'must be at most 1,000 characters' },
      ]);
      expect((await taxonomy('en')).indicators[0]?.label).toBe('Roundtables held');
    });
  });
});

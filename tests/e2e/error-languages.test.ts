import { Role, tokenFor } from '../../server/test-support/auth';
import { startTestSystem } from '../../server/test-support/test-system';

type Answer = { status: number; errors: { message: string; extensions?: Record<string, unknown> }[] };

/** Posts a GraphQL request as a client would, with the headers, `?search` and extensions given. */
async function ask(
  url: string,
  query: string,
  {
    headers = {},
    search = '',
    extensions,
    variables,
  }: { headers?: Record<string, string>; search?: string; extensions?: object; variables?: object } = {},
): Promise<Answer> {
  const response = await fetch(`${url}${search}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, ...(variables ? { variables } : {}), ...(extensions ? { extensions } : {}) }),
  });
  const body = (await response.json()) as { errors?: Answer['errors'] };
  return { status: response.status, errors: body.errors ?? [] };
}

// A refusal of the subgraph's own (a filter whose dates are the wrong way round), in every language.
const REVERSED_FILTER = '{ coverage(filter: { from: "2023-01-01", to: "2021-01-01" }) { roundtables } }';
const REVERSED = {
  en: 'filter.from (2023-01-01) is after filter.to (2021-01-01); swap them or widen the period.',
  es: 'filter.from (2023-01-01) es posterior a filter.to (2021-01-01); intercámbielos o amplíe el periodo.',
  fr: 'filter.from (2023-01-01) est postérieur à filter.to (2021-01-01) ; inversez-les ou élargissez la période.',
  pl: 'filter.from (2023-01-01) jest późniejsze niż filter.to (2021-01-01); zamień je miejscami lub poszerz okres.',
  el: 'Το filter.from (2023-01-01) είναι μετά το filter.to (2021-01-01)· αντιστρέψτε τα ή διευρύνετε την περίοδο.',
};

// A mutation refused to a role that may not make it.
const CLOSE_PERIOD = 'mutation { closeReportingPeriod(period: "SIRA", reason: "Reported to the funder.") { periodCode } }';
const REVIEWERS_ONLY = {
  en: 'Closing and reopening reporting periods is for reviewers: ADMIN and EVALUATOR users.',
  es: 'Cerrar y reabrir periodos de informe corresponde a los revisores: usuarios ADMIN y EVALUATOR.',
  fr: 'Clôturer et rouvrir des périodes de rapport est réservé aux relecteurs : utilisateurs ADMIN et EVALUATOR.',
  pl: 'Zamykanie i ponowne otwieranie okresów sprawozdawczych należy do weryfikatorów: użytkowników ADMIN i EVALUATOR.',
  el: 'Το κλείσιμο και το άνοιγμα ξανά περιόδων αναφοράς γίνεται από τους ελεγκτές: χρήστες ADMIN και EVALUATOR.',
};

type Language = keyof typeof REVERSED;
const LANGUAGES = Object.keys(REVERSED) as Language[];

// The API's error messages in the language the client asks for (Accept-Language, or ?locale= and
// extensions.locale, which win), English otherwise; codes and extensions stay as they are. Asked
// of the one-process gateway and of a gateway that reaches every subgraph over HTTP.
describe('error messages in the language asked for', () => {
  let oneProcess: Awaited<ReturnType<typeof startTestSystem>>;
  const subgraphs: Awaited<ReturnType<typeof startTestSystem>>[] = [];
  let overHttp: Awaited<ReturnType<typeof startTestSystem>>;
  let analyst: string;

  beforeAll(async () => {
    oneProcess = await startTestSystem();
    for (const name of ['geography', 'engagement', 'evaluation']) {
      subgraphs.push(await startTestSystem({ SERVE_SUBGRAPH: name }, oneProcess.databaseUrl));
    }
    const [geography, engagement, evaluation] = subgraphs.map((subgraph) => subgraph.system.url);
    overHttp = await startTestSystem(
      { GEOGRAPHY_URL: geography as string, ENGAGEMENT_URL: engagement as string, EVALUATION_URL: evaluation as string },
      oneProcess.databaseUrl,
    );
    analyst = await tokenFor(Role.ANALYST);
  });
  afterAll(async () => {
    for (const service of [overHttp, ...subgraphs]) await service?.system.stop();
    await oneProcess?.close();
  });

  const gateways = () => [
    ['in one process', oneProcess.system.url],
    ['over HTTP', overHttp.system.url],
  ];

  it.each(LANGUAGES)("says a subgraph's refusal of a query in %s by Accept-Language, on both gateways", async (language) => {
    for (const [, url] of gateways()) {
      const { errors } = await ask(url as string, REVERSED_FILTER, {
        headers: { 'accept-language': `${language}-XX,${language};q=0.9,en;q=0.5` },
      });
      expect(errors).toEqual([
        expect.objectContaining({ message: REVERSED[language], extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }),
      ]);
    }
  });

  it.each(LANGUAGES)('says the refusal of a mutation in %s, its code and status unchanged', async (language) => {
    for (const [, url] of gateways()) {
      const headers = { 'accept-language': language, authorization: `Bearer ${analyst}` };
      const { errors } = await ask(url as string, CLOSE_PERIOD, { headers });
      expect(errors).toEqual([expect.objectContaining({ message: REVIEWERS_ONLY[language], path: ['closeReportingPeriod'] })]);
      expect(errors[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('keeps the same extensions in every language: only the message changes', async () => {
    const english = await ask(oneProcess.system.url, REVERSED_FILTER);
    const greek = await ask(oneProcess.system.url, REVERSED_FILTER, { headers: { 'accept-language': 'el' } });
    expect(greek.status).toBe(english.status);
    expect(greek.errors.map(({ message: _message, ...rest }) => rest)).toEqual(
      english.errors.map(({ message: _message, ...rest }) => rest),
    );
  });

  it('lets ?locale= and extensions.locale win over Accept-Language, on both gateways', async () => {
    for (const [, url] of gateways()) {
      const byQuery = await ask(url as string, REVERSED_FILTER, { headers: { 'accept-language': 'fr' }, search: '?locale=el' });
      expect(byQuery.errors[0]?.message).toBe(REVERSED.el);
      const byExtensions = await ask(url as string, REVERSED_FILTER, {
        headers: { 'accept-language': 'fr' },
        extensions: { locale: 'pl' },
      });
      expect(byExtensions.errors[0]?.message).toBe(REVERSED.pl);
    }
  });

  it('falls back to English for a language the API does not speak, or none asked', async () => {
    for (const [, url] of gateways()) {
      for (const options of [{ headers: { 'accept-language': 'de-DE,de;q=0.9,ja;q=0.8' } }, { search: '?locale=tr' }, {}]) {
        const { errors } = await ask(url as string, REVERSED_FILTER, options);
        expect(errors).toEqual([
          expect.objectContaining({ message: REVERSED.en, extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }),
        ]);
      }
    }
    // An unsupported explicit locale leaves the header to decide.
    const { errors } = await ask(oneProcess.system.url, REVERSED_FILTER, { headers: { 'accept-language': 'es' }, search: '?locale=tr' });
    expect(errors[0]?.message).toBe(REVERSED.es);
  });

  it("says the gateway's own refusals in the language asked: an operation over a limit, a bad Authorization header, a body that is not JSON", async () => {
    const url = overHttp.system.url;
    const deep =
      '{ regions { roundtables { region { roundtables { region { roundtables { region { roundtables { region { roundtables { number } } } } } } } } } } }';
    const tooDeep = await ask(url, deep, { headers: { 'accept-language': 'el' } });
    expect(tooDeep.status).toBe(400);
    expect(tooDeep.errors).toEqual([
      {
        message: 'Αυτό το ερώτημα έχει βάθος 11 επιπέδων· το όριο είναι 10. Ζητήστε λιγότερα εμφωλευμένα πεδία.',
        extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'depth', value: 11, max: 10 },
      },
    ]);

    const badHeader = await ask(url, '{ regions { slug } }', { headers: { 'accept-language': 'pl', authorization: 'Basic abc' } });
    expect(badHeader.status).toBe(401);
    expect(badHeader.errors).toEqual([
      expect.objectContaining({
        message: 'Nagłówek Authorization musi mieć postać "Bearer <token>".',
        extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }),
      }),
    ]);

    const response = await fetch(`${url}?locale=fr`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      errors: [{ message: 'Le corps de la requête n’est pas du JSON valide.', extensions: { code: 'BAD_REQUEST' } }],
    });
  });

  it("says each field's problem in the language asked, while extensions.problems stay as they are", async () => {
    const evaluator = await tokenFor(Role.EVALUATOR);
    const set = 'mutation ($input: SetIndicatorTargetInput!) { setIndicatorTarget(input: $input) { target { id } } }';
    const negative = { input: { indicator: 'ROUNDTABLES_HELD', period: 'SIRA', target: -1 } };
    const checked = { input: { indicator: 'ONSITE_SHARE', region: 'atlantis', period: '2030', baseline: 40, target: 0.5 } };
    for (const [, url] of gateways()) {
      const asked = (language: string, variables: object) =>
        ask(url as string, set, { headers: { 'accept-language': language, authorization: `Bearer ${evaluator}` }, variables });
      const [english, greek] = [await asked('en', negative), await asked('el', negative)];
      expect(english.errors[0]?.message).toBe('Please correct: target: must be 0 or more.');
      expect(greek.errors[0]?.message).toBe('Διορθώστε: target: πρέπει να είναι 0 ή περισσότερο.');
      expect(greek.errors[0]?.extensions).toEqual(english.errors[0]?.extensions);
      expect(greek.errors[0]?.extensions?.problems).toEqual([{ field: 'target', message: 'must be 0 or more' }]);

      const { errors } = await asked('pl', checked);
      expect(errors[0]?.message).toBe(
        'Popraw: period: nieznany okres; użyj jednego z SIRA, 2021, 2022, 2023; region: nieznany region; pomiń go, aby ustawić wartość docelową dla wszystkich regionów; baseline: ONSITE_SHARE to udział: podaj ułamek od 0 do 1 (0.4 dla 40 %).',
      );
      expect(errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('says a subgraph served alone refuses in the language asked too', async () => {
    const engagement = subgraphs[1]?.system.url as string;
    const { errors } = await ask(engagement, REVERSED_FILTER, { headers: { 'accept-language': 'es-ES' } });
    expect(errors[0]?.message).toBe(REVERSED.es);
  });

  it("says a password link's refusal of a short password in the browser's language", async () => {
    const invite = 'mutation ($input: InviteUserInput!) { inviteUser(input: $input) { path } }';
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${await tokenFor(Role.ADMIN)}` };
    const invited = await fetch(oneProcess.system.url, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        query: invite,
        variables: { input: { username: 'ola.nowak', name: 'Ola Nowak', role: 'ANALYST', regions: [] } },
      }),
    });
    const { data } = (await invited.json()) as { data: { inviteUser: { path: string } } };
    const secret = data.inviteUser.path.split('#')[1];
    const redeem = (language: string) =>
      fetch(new URL('/auth/link/password', oneProcess.system.url), {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-requested-with': 'sira-dashboard', 'accept-language': language },
        body: JSON.stringify({ secret, password: 'short' }),
      });
    const polish = await redeem('pl-PL,pl;q=0.9');
    expect(polish.status).toBe(400);
    expect(await polish.json()).toEqual({
      error: 'Hasło musi mieć co najmniej 10 znaków.',
      problems: ['The password must be at least 10 characters long.'],
    });
    expect(((await (await redeem('de')).json()) as { error: string }).error).toBe('The password must be at least 10 characters long.');
  });

  it("says a CSV import's problems in the language asked, at the same line and column, writing nothing, on both gateways", async () => {
    const header =
      'region,number,date,format,duration_minutes,participants,participants_max,online,onsite,organisations,categories,challenges,source_url';
    const csv = [header, 'teruel,1,2022-02-30,maybe,,,,,,,,,', 'teruel,2,2022-03-01,,,,,,,,,'].join('\n');
    const query =
      'mutation ($csv: String!) { importRoundtables(csv: $csv) { valid written created updated errors { line column message } } }';
    const problems = {
      en: [
        'must be a real date written YYYY-MM-DD, e.g. 2021-11-24; got "2022-02-30"',
        'must be online, onsite or hybrid, or empty when it was not published; got "maybe"',
        'has 12 fields where the header has 13; a field holding a comma must be quoted',
      ],
      el: [
        'πρέπει να είναι υπαρκτή ημερομηνία γραμμένη ΕΕΕΕ-ΜΜ-ΗΗ, π.χ. 2021-11-24· δόθηκε "2022-02-30"',
        'πρέπει να είναι online, onsite ή hybrid, ή κενό όταν δεν δημοσιεύτηκε· δόθηκε "maybe"',
        'έχει 12 πεδία ενώ η κεφαλίδα έχει 13· ένα πεδίο που περιέχει κόμμα πρέπει να μπαίνει σε εισαγωγικά',
      ],
      fr: [
        'doit être une date réelle écrite AAAA-MM-JJ, par ex. 2021-11-24 ; reçu "2022-02-30"',
        'doit être online, onsite ou hybrid, ou vide s’il n’a pas été publié ; reçu "maybe"',
        'a 12 champs alors que l’en-tête en a 13 ; un champ contenant une virgule doit être entre guillemets',
      ],
    };
    const admin = await tokenFor(Role.ADMIN);
    for (const [, url] of gateways()) {
      for (const [language, messages] of Object.entries(problems)) {
        const response = await fetch(url as string, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'accept-language': language, authorization: `Bearer ${admin}` },
          body: JSON.stringify({ query, variables: { csv } }),
        });
        const body = (await response.json()) as { data?: { importRoundtables: { errors: unknown[] } }; errors?: unknown[] };
        expect(body.errors).toBeUndefined();
        expect(body.data?.importRoundtables).toEqual({
          valid: false,
          written: false,
          created: 0,
          updated: 0,
          errors: [
            { line: 2, column: 'date', message: messages[0] },
            { line: 2, column: 'format', message: messages[1] },
            { line: 3, column: null, message: messages[2] },
          ],
        });
      }
    }
  });

  // Last: it stops a subgraph.
  it('says that a subgraph is not answering in the language asked, its code unchanged', async () => {
    await subgraphs[2]?.system.stop();
    const greek = await ask(overHttp.system.url, '{ indicators { code } }', { headers: { 'accept-language': 'el' } });
    expect(greek.errors).toEqual([
      expect.objectContaining({
        message: 'Η υπηρεσία evaluation δεν απαντά· δοκιμάστε ξανά σε λίγο.',
        extensions: expect.objectContaining({ code: 'SERVICE_UNAVAILABLE' }),
      }),
    ]);
    const english = await ask(overHttp.system.url, '{ indicators { code } }');
    expect(english.errors[0]?.message).toBe('The evaluation service is not answering; try again shortly.');
    expect(greek.errors[0]?.extensions).toEqual(english.errors[0]?.extensions);
  });
});

import type { DashboardQuery } from './dashboard-queries';

/** What the seeded data offers to fill the variables with: what a page would list or link to. */
export interface SeededFacts {
  periods: { code: string; kind: string; start: string; end: string }[];
  indicators: string[];
  /** Roundtable ids by region slug. */
  roundtables: Record<string, string[]>;
}

export interface PageVisit {
  visit: string;
  /** A value, or undefined where the page leaves the variable out, for every variable any dashboard query declares. */
  values: Record<string, unknown>;
}

/**
 * The variables as the dashboard's pages set them, for three visits: the whole project with no
 * filter, two regions over one year (dates FUNDER and PUBLIC may only ask as a reporting
 * period), and one country's online roundtables as recorded. Between them, every breakdown of
 * the drill-down is on once.
 */
export function pageVisits({ periods, indicators, roundtables }: SeededFacts): PageVisit[] {
  const project = periods.find((period) => period.kind === 'PROJECT') ?? (periods[0] as SeededFacts['periods'][number]);
  const years = periods.filter((period) => period.kind === 'YEAR');
  const year = years[1] ?? years[0] ?? project;
  const yearBefore = years[0] ?? project;
  const firstOf = (slug: string) => roundtables[slug]?.[0];
  // A third region with roundtables, whichever the data set has.
  const another = Object.keys(roundtables).find((slug) => slug !== 'soria' && slug !== 'guadalajara' && firstOf(slug)) ?? 'soria';
  const twoRegions = { regions: ['soria', 'teruel'], from: year.start, to: year.end };
  return [
    {
      visit: 'the whole project, in English',
      values: {
        filter: {},
        resultsFilter: {},
        previous: undefined,
        locale: 'en',
        periods: [project.code],
        period: project.code,
        // The report asks for the names of the regions the filters choose, when they choose any.
        regionsChosen: false,
        code: indicators[0],
        ...breakdowns(true, true, true, true, true),
        slug: 'soria',
        id: firstOf('soria'),
        // Lists of the Data quality page: their first page, and each list's own order.
        page: { offset: 0, limit: 50 },
        scope: {},
        completenessOrder: { field: 'REGION', direction: 'ASC' },
        // Flagged figures as a reviewer first sees them: every figure, those not reviewed yet, farthest first.
        outlierMeasure: null,
        outlierStatus: 'UNREVIEWED',
        outlierOrder: { field: 'SCORE', direction: 'DESC' },
        // Rule findings as the list first shows them: every severity and rule, by date.
        ruleSeverity: null,
        ruleCode: null,
        ruleOrder: { field: 'DATE', direction: 'ASC' },
        // The review queue as a reviewer first sees it: what waits, oldest first.
        states: ['SUBMITTED'],
        queueOrder: { field: 'DATE', direction: 'ASC' },
        // A roundtable's attendance sheet, and the Organisations page as it opens.
        roundtableId: firstOf('soria'),
        region: 'soria',
        organisationFilter: {},
        organisationOrder: { field: 'NAME', direction: 'ASC' },
      },
    },
    {
      visit: 'two regions over one year, compared with the year before, in Spanish',
      values: {
        filter: twoRegions,
        resultsFilter: { regions: twoRegions.regions },
        previous: { ...twoRegions, from: yearBefore.start, to: yearBefore.end },
        locale: 'es',
        periods: [yearBefore.code, year.code],
        period: year.code,
        regionsChosen: true,
        code: indicators[1] ?? indicators[0],
        ...breakdowns(true, false, false, false, true),
        slug: 'guadalajara',
        id: firstOf('guadalajara'),
        page: { offset: 0, limit: 25 },
        // Completeness counts whole reporting periods, so the page sends its filter without dates.
        scope: { regions: twoRegions.regions },
        completenessOrder: { field: 'RECORDED', direction: 'DESC', period: year.code },
        outlierMeasure: 'PARTICIPANTS',
        outlierStatus: null,
        outlierOrder: { field: 'REGION', direction: 'ASC' },
        ruleSeverity: 'WARNING',
        ruleCode: null,
        ruleOrder: { field: 'REGION', direction: 'DESC' },
        states: ['SUBMITTED', 'APPROVED'],
        queueOrder: { field: 'REVIEW_STATE', direction: 'DESC' },
        roundtableId: firstOf('guadalajara'),
        region: 'guadalajara',
        organisationFilter: { search: 'a', regions: twoRegions.regions },
        organisationOrder: { field: 'REGION', direction: 'DESC' },
      },
    },
    {
      visit: "one country's online roundtables, recorded ones only",
      values: {
        filter: { countries: ['ES'], formats: ['ONLINE'], illustrative: false },
        resultsFilter: { countries: ['ES'], formats: ['ONLINE'], illustrative: false },
        previous: undefined,
        locale: 'en',
        periods: undefined,
        period: yearBefore.code,
        regionsChosen: false,
        code: indicators[indicators.length - 1],
        ...breakdowns(false, true, true, true, false),
        slug: another,
        id: firstOf(another),
        page: { offset: 0, limit: 50 },
        scope: { countries: ['ES'], formats: ['ONLINE'], illustrative: false },
        completenessOrder: { field: 'ON_TIME_RATE', direction: 'ASC' },
        // A coordinator's follow-ups.
        outlierMeasure: null,
        outlierStatus: 'FOLLOW_UP',
        outlierOrder: { field: 'DATE', direction: 'DESC' },
        ruleSeverity: null,
        ruleCode: 'DURATION_PLAUSIBLE',
        ruleOrder: { field: 'RULE', direction: 'ASC' },
        // A coordinator's drafts and returned records, latest submission first.
        states: ['DRAFT', 'RETURNED'],
        queueOrder: { field: 'SUBMITTED_AT', direction: 'DESC' },
        roundtableId: firstOf(another),
        region: another,
        organisationFilter: { acrossRegions: true },
        organisationOrder: { field: 'CATEGORY', direction: 'ASC' },
      },
    },
  ];
}

function breakdowns(byCategory: boolean, byNewcomerStatus: boolean, byGender: boolean, byAgeBand: boolean, byMode: boolean) {
  return { byCategory, byNewcomerStatus, byGender, byAgeBand, byMode };
}

/** The variables a query declares, from a visit; one the visits do not know fails the test, naming it. */
export function variablesFor(query: DashboardQuery, { visit, values }: PageVisit): Record<string, unknown> {
  const unknown = query.variables.filter((name) => !(name in values));
  if (unknown.length) {
    throw new Error(`${query.name} declares ${unknown.map((name) => `$${name}`).join(', ')}: give it a realistic value in page-visits.ts.`);
  }
  const missing = query.variables.filter((name) => values[name] === undefined && !LEFT_OUT_BY_PAGES.has(name));
  if (missing.length) throw new Error(`The visit "${visit}" has no value for ${missing.join(', ')} of ${query.name}.`);
  return Object.fromEntries(query.variables.map((name) => [name, values[name]]));
}

/** The only variables a page ever leaves out; a visit without a value for another one is a mistake in the visit. */
const LEFT_OUT_BY_PAGES = new Set(['previous', 'periods']);

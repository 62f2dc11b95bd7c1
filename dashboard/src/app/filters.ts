/** The filters a view shows, kept in the URL so a link shows a colleague the same view. */
export interface Filters {
  from?: string;
  to?: string;
  countries: string[];
  regions: string[];
  recordedOnly: boolean;
  /**
   * Approved records only, for the roles that see every record; FUNDER and PUBLIC see approved
   * ones whatever the URL says, so the filter bar does not offer it to them.
   */
  approvedOnly: boolean;
  /** A reporting period code (e.g. SIRA, 2022), read by the indicators page; unset means the whole project. */
  period?: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const PERIOD_CODE = /^[A-Za-z0-9_-]{1,20}$/;
const list = (value: string | null) => (value ? value.split(',').filter(Boolean) : []);

export function readFilters(search: URLSearchParams): Filters {
  const from = search.get('from') ?? undefined;
  const to = search.get('to') ?? undefined;
  return {
    from: from && ISO_DATE.test(from) ? from : undefined,
    to: to && ISO_DATE.test(to) ? to : undefined,
    countries: list(search.get('countries')).filter((code) => /^[A-Z]{2}$/.test(code)),
    regions: list(search.get('regions')).filter((slug) => /^[a-z0-9-]+$/.test(slug)),
    recordedOnly: search.get('recorded') === '1',
    approvedOnly: search.get('approved') === '1',
    ...(PERIOD_CODE.test(search.get('period') ?? '') ? { period: search.get('period') as string } : {}),
  };
}

/** The query string for filters, keys in a fixed order so equal filters give equal URLs. */
export function writeFilters(filters: Filters): string {
  const search = new URLSearchParams();
  if (filters.from) search.set('from', filters.from);
  if (filters.to) search.set('to', filters.to);
  if (filters.countries.length) search.set('countries', [...filters.countries].sort().join(','));
  if (filters.regions.length) search.set('regions', [...filters.regions].sort().join(','));
  if (filters.recordedOnly) search.set('recorded', '1');
  if (filters.approvedOnly) search.set('approved', '1');
  if (filters.period) search.set('period', filters.period);
  const text = search.toString().replace(/%2C/g, ',');
  return text ? `?${text}` : '';
}

export interface AnalyticsFilterInput {
  regions?: string[];
  countries?: string[];
  from?: string;
  to?: string;
  illustrative?: boolean;
  approvedOnly?: boolean;
}

/** No filter at all: every region, every date, every record. */
export const NO_FILTERS: Filters = { countries: [], regions: [], recordedOnly: false, approvedOnly: false };

/** The API's AnalyticsFilter for the filters; an invalid period is left out, not sent. */
export function toAnalyticsFilter(filters: Filters, overrides: Partial<AnalyticsFilterInput> = {}): AnalyticsFilterInput {
  const periodValid = !(filters.from && filters.to && filters.from > filters.to);
  return {
    ...(filters.regions.length ? { regions: filters.regions } : {}),
    ...(filters.countries.length ? { countries: filters.countries } : {}),
    ...(periodValid && filters.from ? { from: filters.from } : {}),
    ...(periodValid && filters.to ? { to: filters.to } : {}),
    ...(filters.recordedOnly ? { illustrative: false } : {}),
    // Left out rather than false: absent already means every record, and equal scopes stay equal requests.
    ...(filters.approvedOnly ? { approvedOnly: true } : {}),
    ...overrides,
  };
}

/** The period of the same length just before the chosen one, for "what changed". */
export function previousPeriod(from: string, to: string): { from: string; to: string; days: number } {
  const day = 86_400_000;
  const start = Date.parse(`${from}T00:00:00Z`);
  const end = Date.parse(`${to}T00:00:00Z`);
  const days = Math.round((end - start) / day) + 1;
  const iso = (time: number) => new Date(time).toISOString().slice(0, 10);
  return { from: iso(start - days * day), to: iso(start - day), days };
}

/** A reporting period as the filters need it: its code, kind and first and last days. */
export interface ReportingPeriod {
  code: string;
  kind: string;
  start: string;
  end: string;
}

/**
 * What the filters' dates are for a viewer who reads the protected publication, which is made
 * per reporting period and for all roundtables: `all` without dates, the period whose first
 * and last days they are, or `other` for any other dates (which the API refuses them).
 */
export function publishedPeriodOf<Period extends ReportingPeriod>(
  periods: readonly Period[],
  { from, to }: Pick<Filters, 'from' | 'to'>,
): { kind: 'all' } | { kind: 'period'; period: Period } | { kind: 'other' } {
  if (!from && !to) return { kind: 'all' };
  const period = periods.find((candidate) => candidate.start === from && candidate.end === to);
  return period ? { kind: 'period', period } : { kind: 'other' };
}

/** The reporting year before a year, for "what changed"; none for the first year or the whole project. */
export function previousReportingYear<Period extends ReportingPeriod>(periods: readonly Period[], period: Period): Period | undefined {
  if (period.kind !== 'YEAR') return undefined;
  return periods
    .filter((candidate) => candidate.kind === 'YEAR' && candidate.end < period.start)
    .sort((a, b) => b.end.localeCompare(a.end))[0];
}

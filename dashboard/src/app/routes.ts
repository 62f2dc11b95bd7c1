import type { ComponentType } from 'react';
import type { MessageKey } from './i18n/messages/en';
import { type Preloadable, preloadableLazy } from './preloadable-lazy';
import { hasAccountPage, mayImport, mayManageUsers, mayReview, maySeeDataQuality, maySeeOrganisations } from './session/permissions';
import type { SessionViewer } from './session/session';

/** What each path parameter may hold, so that `/regions/Soria` is no region. */
const PARAMS: Record<string, { pattern: string; read?: (text: string) => string }> = {
  slug: { pattern: '[a-z0-9-]+' },
  /** A reporting period code. */
  period: { pattern: '[A-Za-z0-9_-]+' },
  /** A roundtable's UUID, in either case, read in lower case as the API writes it. */
  id: {
    pattern: '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}',
    read: (text) => text.toLowerCase(),
  },
};

/** The parameters a path names: `/regions/:slug` gives `{ slug: string }`, `:period?` an optional one. */
type ParamsOf<Path extends string> = Path extends `${string}:${infer Param}/${infer Rest}`
  ? ParamOf<Param> & ParamsOf<`/${Rest}`>
  : Path extends `${string}:${infer Param}`
    ? ParamOf<Param>
    : object;
type ParamOf<Param extends string> = Param extends `${infer Name}?` ? { [K in Name]?: string } : { [K in Param]: string };

interface NavEntry {
  label: MessageKey;
  /** Whether the link carries the current filters to the page. */
  keepsFilters: boolean;
  shownTo?: (viewer: SessionViewer | undefined) => boolean;
}

interface RouteEntry<Path extends string> {
  path: Path;
  /** Each page is its own chunk: the first view loads only what it shows. */
  page: Preloadable<ComponentType<ParamsOf<Path>>>;
  /** Where the page has a link in the main navigation, in table order. */
  nav?: NavEntry;
}

function route<Path extends string>(
  path: Path,
  load: () => Promise<{ default: ComponentType<ParamsOf<Path>> }>,
  nav?: NavEntry,
): RouteEntry<Path> {
  return { path, page: preloadableLazy(load), nav };
}

/** Every page of the dashboard: its path, its page, and its link in the navigation. */
export const ROUTES = {
  overview: route('/', () => import('../features/overview/OverviewPage'), { label: 'nav.overview', keepsFilters: true }),
  compare: route('/compare', () => import('../features/compare/ComparePage'), { label: 'nav.compare', keepsFilters: true }),
  indicators: route('/indicators', () => import('../features/indicators/IndicatorsPage'), {
    label: 'nav.indicators',
    keepsFilters: true,
  }),
  /** `period`: a reporting period code; the whole project when left out. */
  report: route('/report/:period?', () => import('../features/report/ReportPage'), { label: 'report.nav', keepsFilters: true }),
  import: route('/import', () => import('../features/import/ImportPage'), {
    label: 'nav.import',
    keepsFilters: false,
    shownTo: mayImport,
  }),
  /** The roundtables waiting for a reviewer, across regions. */
  review: route('/review', () => import('../features/review/ReviewQueuePage'), {
    label: 'nav.review',
    keepsFilters: true,
    shownTo: mayReview,
  }),
  /** Review states, rule findings, outliers and completeness: the evidence chain, for those who keep it. */
  quality: route('/quality', () => import('../features/quality/DataQualityPage'), {
    label: 'nav.quality',
    keepsFilters: true,
    shownTo: maySeeDataQuality,
  }),
  /** Organisations: searched and read by those who keep records, recorded and changed by ADMIN and coordinators. */
  organisations: route('/organisations', () => import('../features/organisations/OrganisationsPage'), {
    label: 'nav.organisations',
    keepsFilters: false,
    shownTo: maySeeOrganisations,
  }),
  /** Who signs in: invitations, roles and regions, deactivation and password links (ADMIN). */
  users: route('/users', () => import('../features/users/UsersPage'), { label: 'nav.users', keepsFilters: false, shownTo: mayManageUsers }),
  /** The taxonomy's names in every language (ADMIN), linked from the Users page. */
  labels: route('/labels', () => import('../features/labels/LabelsPage')),
  /** The signed-in user's own account and password. */
  account: route('/account', () => import('../features/account/AccountPage'), {
    label: 'nav.account',
    keepsFilters: false,
    shownTo: hasAccountPage,
  }),
  region: route('/regions/:slug', () => import('../features/region/RegionPage')),
  newRoundtable: route('/regions/:slug/roundtables/new', () => import('../features/roundtable-form/NewRoundtablePage')),
  editRoundtable: route('/roundtables/:id/edit', () => import('../features/roundtable-form/EditRoundtablePage')),
  /** A roundtable's participant records: the attendance sheet, the list, and a CSV upload. */
  participants: route('/roundtables/:id/participants', () => import('../features/participants/ParticipantsPage')),
  /** Roundtables kept on this device, waiting to be sent, and what reviewers returned. */
  sync: route('/sync', () => import('../features/offline/SyncPage')),
  /** A draft kept on this device (`id`: its local UUID), opened in the form, or its conflict to resolve. */
  draft: route('/drafts/:id', () => import('../features/offline/DraftPage')),
  signIn: route('/sign-in', () => import('../features/sign-in/SignInPage')),
  /** Opened by a one-time link (`/set-password#<secret>`): sets the password of an invited user, or a new one. */
  setPassword: route('/set-password', () => import('../features/account/SetPasswordPage')),
  /** How figures are protected for funders and the public. */
  aboutFigures: route('/about/figures', () => import('../features/about/FiguresPage')),
};

export const NOT_FOUND_PAGE = preloadableLazy(() => import('../features/not-found/NotFoundPage'));

type Routes = typeof ROUTES;
export type RouteName = keyof Routes;
type RouteParams<Name extends RouteName> = Routes[Name] extends RouteEntry<infer Path> ? ParamsOf<Path> : never;
export type Route = { [Name in RouteName]: { name: Name } & RouteParams<Name> }[RouteName] | { name: 'notFound' };

const ROUTE_NAMES = Object.keys(ROUTES) as RouteName[];

/** A path's segments as a pattern; a trailing slash is allowed. */
function patternOf(path: string): { regex: RegExp; names: string[] } {
  const names: string[] = [];
  const segments = path
    .split('/')
    .filter(Boolean)
    .map((segment) => {
      if (!segment.startsWith(':')) return `/${segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`;
      const optional = segment.endsWith('?');
      const name = segment.slice(1, optional ? -1 : undefined);
      const param = PARAMS[name];
      if (!param) throw new Error(`Route ${path}: no pattern for :${name}`);
      names.push(name);
      return optional ? `(?:/(${param.pattern}))?` : `/(${param.pattern})`;
    });
  return { regex: new RegExp(`^${segments.join('')}/?$`), names };
}

const PATTERNS = ROUTE_NAMES.map((name) => ({ name, ...patternOf(ROUTES[name].path) }));

export function matchRoute(pathname: string): Route {
  for (const { name, regex, names } of PATTERNS) {
    const match = regex.exec(pathname);
    if (!match) continue;
    const params: Record<string, string> = {};
    names.forEach((param, index) => {
      const text = match[index + 1];
      if (text !== undefined) params[param] = PARAMS[param]?.read?.(text) ?? text;
    });
    return { name, ...params } as Route;
  }
  return { name: 'notFound' };
}

/** The page a path shows, and the parameters it reads from the path as its props. */
export function pageAt(pathname: string) {
  const { name, ...params } = matchRoute(pathname);
  // The table types each page with its own route's parameters; matchRoute read exactly those.
  const page = (name === 'notFound' ? NOT_FOUND_PAGE : ROUTES[name].page) as Preloadable<ComponentType<typeof params>>;
  return { page, params };
}

/** A path with its parameters filled in; an optional one left out is dropped. */
function fill(path: string, values: Record<string, string | undefined>): string {
  const filled = path.replace(/\/:(\w+)\??/g, (_whole, param: string) => {
    const value = values[param];
    return value === undefined ? '' : `/${value}`;
  });
  return filled || '/';
}

export const pathTo = <Name extends RouteName>(name: Name, params: RouteParams<Name>): string =>
  fill(ROUTES[name].path, params as Record<string, string | undefined>);

/** The pages with a link in the main navigation, in table order. */
export const NAV_ROUTES = ROUTE_NAMES.flatMap((name) => {
  const { nav } = ROUTES[name];
  return nav ? [{ name, path: fill(ROUTES[name].path, {}), ...nav }] : [];
});

export const ABOUT_FIGURES_PATH = ROUTES.aboutFigures.path;
export const regionPath = (slug: string) => pathTo('region', { slug });
export const newRoundtablePath = (slug: string) => pathTo('newRoundtable', { slug });
export const editRoundtablePath = (id: string) => pathTo('editRoundtable', { id });
export const participantsPath = (id: string) => pathTo('participants', { id });
export const reportPath = (period?: string) => pathTo('report', period ? { period } : {});
export const reviewQueuePath = () => pathTo('review', {});
export const dataQualityPath = () => pathTo('quality', {});
export const syncPath = () => pathTo('sync', {});
export const draftPath = (id: string) => pathTo('draft', { id });
/** A roundtable in its region's list, which the page scrolls to once it has loaded it. */
export const roundtableAnchor = (id: string) => `roundtable-${id}`;
export const roundtablePath = (slug: string, id: string) => `${regionPath(slug)}#${roundtableAnchor(id)}`;

export type Route =
  | { name: 'overview' }
  | { name: 'compare' }
  | { name: 'indicators' }
  | { name: 'region'; slug: string }
  | { name: 'newRoundtable'; slug: string }
  | { name: 'editRoundtable'; id: string }
  | { name: 'import' }
  /** `period`: a reporting period code; the whole project when left out. */
  | { name: 'report'; period?: string }
  | { name: 'signIn' }
  /** How figures are protected for funders and the public. */
  | { name: 'aboutFigures' }
  | { name: 'notFound' };

export const ABOUT_FIGURES_PATH = '/about/figures';

const SLUG = '([a-z0-9-]+)';
const UUID = '([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})';

export function matchRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '') return { name: 'overview' };
  if (pathname === '/compare') return { name: 'compare' };
  if (pathname === '/indicators') return { name: 'indicators' };
  if (pathname === '/sign-in') return { name: 'signIn' };
  if (pathname === '/import') return { name: 'import' };
  if (pathname === ABOUT_FIGURES_PATH) return { name: 'aboutFigures' };
  const report = /^\/report(?:\/([A-Za-z0-9_-]+))?\/?$/.exec(pathname);
  if (report) return report[1] ? { name: 'report', period: report[1] } : { name: 'report' };
  const region = new RegExp(`^/regions/${SLUG}/?$`).exec(pathname);
  if (region?.[1]) return { name: 'region', slug: region[1] };
  const newRoundtable = new RegExp(`^/regions/${SLUG}/roundtables/new/?$`).exec(pathname);
  if (newRoundtable?.[1]) return { name: 'newRoundtable', slug: newRoundtable[1] };
  const edit = new RegExp(`^/roundtables/${UUID}/edit/?$`, 'i').exec(pathname);
  if (edit?.[1]) return { name: 'editRoundtable', id: edit[1].toLowerCase() };
  return { name: 'notFound' };
}

export const regionPath = (slug: string) => `/regions/${slug}`;
export const newRoundtablePath = (slug: string) => `/regions/${slug}/roundtables/new`;
export const editRoundtablePath = (id: string) => `/roundtables/${id}/edit`;
export const reportPath = (period?: string) => (period ? `/report/${period}` : '/report');

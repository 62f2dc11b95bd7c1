import type { ComponentType } from 'react';
import { useLocation } from '../router';
import { matchRoute, NOT_FOUND_PAGE, ROUTES } from '../routes';

/** The page the URL names, with the parameters it reads from the path as its props. */
export function CurrentPage() {
  const { name, ...params } = matchRoute(useLocation().pathname);
  // The table types each page with its own route's parameters; matchRoute read exactly those.
  const Page = (name === 'notFound' ? NOT_FOUND_PAGE : ROUTES[name].page) as ComponentType<typeof params>;
  return <Page {...params} />;
}

import { useLocation } from '../router';
import { pageAt } from '../routes';

/** The page the URL names, with the parameters it reads from the path as its props. */
export function CurrentPage() {
  const { page: Page, params } = pageAt(useLocation().pathname);
  return <Page {...params} />;
}

import { useLocation } from '../router';
import { pageAt } from '../routes';
import { FailureBoundary, PageFailed } from './FailureBoundary';

/** The page the URL names, with the parameters it reads from the path as its props. */
export function CurrentPage() {
  const { pathname } = useLocation();
  const { page: Page, params } = pageAt(pathname);
  // Keyed by path: another page is tried afresh, whatever failed on this one.
  return (
    <FailureBoundary key={pathname} failed={(retry) => <PageFailed retry={retry} />}>
      <Page {...params} />
    </FailureBoundary>
  );
}

import { useLocation } from '../../app/router';
import { NotFound } from './NotFound';

/** An address no route of the dashboard names (the server answers every such path with the dashboard). */
export default function NotFoundPage() {
  return <NotFound missing={{ kind: 'page', path: useLocation().pathname }} />;
}

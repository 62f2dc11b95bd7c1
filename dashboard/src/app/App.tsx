import { ApolloProvider } from '@apollo/client/react';
import { type ComponentType, Suspense, useMemo } from 'react';
import { ChartPatterns } from '../charts/ChartPatterns';
import { Loading } from '../features/states/States';
import { createApolloClient } from './apollo';
import { I18nProvider } from './i18n/i18n';
import { Layout } from './Layout';
import { useLocation } from './router';
import { matchRoute, NOT_FOUND_PAGE, ROUTES } from './routes';
import { endRefusedSession, useSessionExpiry } from './session/session-lifecycle';
import { useSession } from './session/session-store';

/** The page the URL names, with the parameters it reads from the path as its props. */
function CurrentPage() {
  const { name, ...params } = matchRoute(useLocation().pathname);
  // The table types each page with its own route's parameters; matchRoute read exactly those.
  const Page = (name === 'notFound' ? NOT_FOUND_PAGE : ROUTES[name].page) as ComponentType<typeof params>;
  return <Page {...params} />;
}

export function App() {
  const session = useSession();
  const token = session?.token;
  // A new client, with an empty cache, for every viewer: nothing fetched for one role is shown to the next.
  const client = useMemo(() => createApolloClient(token, () => token && endRefusedSession(token)), [token]);
  useSessionExpiry(session);
  return (
    <ApolloProvider client={client}>
      <I18nProvider>
        <ChartPatterns />
        <Layout>
          {/* Keyed by viewer, so a page's own state (e.g. "show as table") starts afresh too. */}
          <Suspense key={token ?? 'public'} fallback={<Loading />}>
            <CurrentPage />
          </Suspense>
        </Layout>
      </I18nProvider>
    </ApolloProvider>
  );
}

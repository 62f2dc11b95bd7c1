import { ApolloProvider } from '@apollo/client/react';
import { Suspense, useMemo } from 'react';
import { ChartPatterns } from '../../charts/ChartPatterns';
import { Loading } from '../../ui/States';
import { createApolloClient } from '../apollo';
import { I18nProvider } from '../i18n/i18n';
import { sessionKey } from '../session/session';
import { endRefusedSession, useSessionExpiry } from '../session/session-lifecycle';
import { useSession } from '../session/session-store';
import { CurrentPage } from './CurrentPage';
import { Layout } from './Layout';

export function App() {
  const session = useSession();
  const key = sessionKey(session);
  // A new client, with an empty cache, for every viewer: nothing fetched for one role is shown to the next.
  const client = useMemo(() => createApolloClient(key !== 'public', () => endRefusedSession(key)), [key]);
  useSessionExpiry(session);
  return (
    <ApolloProvider client={client}>
      {/* A language other than English loads its texts before the first page in it is shown. */}
      <Suspense fallback={null}>
        <I18nProvider>
          <ChartPatterns />
          <Layout>
            {/* Keyed by viewer, so a page's own state (e.g. "show as table") starts afresh too. */}
            <Suspense key={key} fallback={<Loading />}>
              <CurrentPage />
            </Suspense>
          </Layout>
        </I18nProvider>
      </Suspense>
    </ApolloProvider>
  );
}

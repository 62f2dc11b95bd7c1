import { ApolloProvider } from '@apollo/client/react';
import { lazy, Suspense, useMemo } from 'react';
import { ChartPatterns } from '../charts/ChartPatterns';
import { Loading } from '../features/states/States';
import { createApolloClient } from './apollo';
import { I18nProvider } from './i18n/i18n';
import { Layout } from './Layout';
import { matchRoute, useLocation } from './router';

// Each page is its own chunk: the first view loads only what it shows.
const OverviewPage = lazy(() => import('../features/overview/OverviewPage'));
const ComparePage = lazy(() => import('../features/compare/ComparePage'));
const RegionPage = lazy(() => import('../features/region/RegionPage'));
const NotFoundPage = lazy(() => import('../features/states/NotFoundPage'));

function CurrentPage() {
  const route = matchRoute(useLocation().pathname);
  switch (route.name) {
    case 'overview':
      return <OverviewPage />;
    case 'compare':
      return <ComparePage />;
    case 'region':
      return <RegionPage slug={route.slug} />;
    default:
      return <NotFoundPage />;
  }
}

export function App() {
  const client = useMemo(createApolloClient, []);
  return (
    <ApolloProvider client={client}>
      <I18nProvider>
        <ChartPatterns />
        <Layout>
          <Suspense fallback={<Loading />}>
            <CurrentPage />
          </Suspense>
        </Layout>
      </I18nProvider>
    </ApolloProvider>
  );
}

import { ApolloProvider } from '@apollo/client/react';
import { lazy, Suspense, useMemo } from 'react';
import { ChartPatterns } from '../charts/ChartPatterns';
import { Loading } from '../features/states/States';
import { createApolloClient } from './apollo';
import { I18nProvider } from './i18n/i18n';
import { Layout } from './Layout';
import { matchRoute, useLocation } from './router';
import { endRefusedSession, useSessionExpiry } from './session/session-lifecycle';
import { useSession } from './session/session-store';

// Each page is its own chunk: the first view loads only what it shows.
const OverviewPage = lazy(() => import('../features/overview/OverviewPage'));
const ComparePage = lazy(() => import('../features/compare/ComparePage'));
const IndicatorsPage = lazy(() => import('../features/indicators/IndicatorsPage'));
const RegionPage = lazy(() => import('../features/region/RegionPage'));
const SignInPage = lazy(() => import('../features/sign-in/SignInPage'));
const NewRoundtablePage = lazy(() => import('../features/roundtable-form/NewRoundtablePage'));
const EditRoundtablePage = lazy(() => import('../features/roundtable-form/EditRoundtablePage'));
const ImportPage = lazy(() => import('../features/import/ImportPage'));
const ReportPage = lazy(() => import('../features/report/ReportPage'));
const FiguresPage = lazy(() => import('../features/about/FiguresPage'));
const NotFoundPage = lazy(() => import('../features/states/NotFoundPage'));

function CurrentPage() {
  const route = matchRoute(useLocation().pathname);
  switch (route.name) {
    case 'overview':
      return <OverviewPage />;
    case 'compare':
      return <ComparePage />;
    case 'indicators':
      return <IndicatorsPage />;
    case 'region':
      return <RegionPage slug={route.slug} />;
    case 'newRoundtable':
      return <NewRoundtablePage slug={route.slug} />;
    case 'editRoundtable':
      return <EditRoundtablePage id={route.id} />;
    case 'import':
      return <ImportPage />;
    case 'report':
      return <ReportPage period={route.period} />;
    case 'signIn':
      return <SignInPage />;
    case 'aboutFigures':
      return <FiguresPage />;
    default:
      return <NotFoundPage />;
  }
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

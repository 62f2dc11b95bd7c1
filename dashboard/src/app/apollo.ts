import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache, ServerError } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { Observable } from 'rxjs';
import { chosenLocale } from './i18n/i18n';
import { CSRF_HEADERS } from './session/session-requests';

/** A query's context that keeps its answers on this device, to be shown again offline (a coordinator's region and forms). */
export const KEEP_OFFLINE = { keepOffline: true } as const;

/** The server refused the session: ended, expired, its user deactivated, or signed with another key. */
export function isUnauthenticated(error: unknown): boolean {
  if (ServerError.is(error)) return error.statusCode === 401;
  return CombinedGraphQLErrors.is(error) && error.errors.some((graphqlError) => graphqlError.extensions?.code === 'UNAUTHENTICATED');
}

/**
 * One client per signed-in viewer (or none): a new viewer gets a new, empty cache, so no
 * figure fetched for the previous role can be shown to the next. Signed in, the browser sends the
 * session cookie itself, and the header tells the server the request comes from a page of this
 * site; signed out, no cookie is sent, so a page shown as PUBLIC is answered as PUBLIC even while
 * the server is still ending the session.
 */
export function createApolloClient(signedIn: boolean, onUnauthenticated: () => void): ApolloClient {
  const refused = new ErrorLink(({ error }) => {
    if (signedIn && isUnauthenticated(error)) onUnauthenticated();
  });
  // Kept only for who signed in; the code that keeps them loads with the first operation that asks.
  const kept = new ApolloLink((operation, forward) =>
    signedIn && operation.getContext().keepOffline
      ? new Observable((observer) => {
          let subscription: { unsubscribe(): void } | undefined;
          let closed = false;
          void import('../features/offline/kept-answers').then((module) => {
            if (!closed) subscription = module.keptOrFresh(operation, forward).subscribe(observer);
          });
          return () => {
            closed = true;
            subscription?.unsubscribe();
          };
        })
      : forward(operation),
  );
  // The API says its errors in the reader's language, as chosen, even before the page shows it.
  const language = new ApolloLink((operation, forward) => {
    const lang = chosenLocale();
    operation.setContext(({ headers }: { headers?: Record<string, string> }) => ({ headers: { ...headers, 'accept-language': lang } }));
    return forward(operation);
  });
  return new ApolloClient({
    link: ApolloLink.from([
      refused,
      kept,
      language,
      new HttpLink({ uri: '/graphql', headers: CSRF_HEADERS, credentials: signedIn ? 'same-origin' : 'omit' }),
    ]),
    cache: new InMemoryCache({
      typePolicies: {
        // Keys people read are the keys the API federates on.
        Region: { keyFields: ['slug'] },
        Organisation: { keyFields: ['slug'] },
        StakeholderCategory: { keyFields: ['code'] },
        Challenge: { keyFields: ['code'] },
        // A user's status and version come back from each change: the list shows them at once.
        UserAccount: { keyFields: ['username'] },
      },
    }),
  });
}

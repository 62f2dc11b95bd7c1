import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache, ServerError } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';

/** The server refused the token: expired, signed with another key, or naming a role it no longer accepts. */
export function isUnauthenticated(error: unknown): boolean {
  if (ServerError.is(error)) return error.statusCode === 401;
  return CombinedGraphQLErrors.is(error) && error.errors.some((graphqlError) => graphqlError.extensions?.code === 'UNAUTHENTICATED');
}

/** Sends the signed-in viewer's token with every request; without one, the API answers as PUBLIC. */
function authLink(token: string | undefined): ApolloLink {
  return new ApolloLink((operation, forward) => {
    if (token) {
      operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
        headers: { ...headers, authorization: `Bearer ${token}` },
      }));
    }
    return forward(operation);
  });
}

/**
 * One client per signed-in viewer (or none): a new viewer gets a new, empty cache, so no
 * figure fetched for the previous role can be shown to the next.
 */
export function createApolloClient(token: string | undefined, onUnauthenticated: () => void): ApolloClient {
  const refused = new ErrorLink(({ error }) => {
    if (token && isUnauthenticated(error)) onUnauthenticated();
  });
  return new ApolloClient({
    link: ApolloLink.from([refused, authLink(token), new HttpLink({ uri: '/graphql' })]),
    cache: new InMemoryCache({
      typePolicies: {
        // Keys people read are the keys the API federates on.
        Region: { keyFields: ['slug'] },
        Organisation: { keyFields: ['slug'] },
        StakeholderCategory: { keyFields: ['code'] },
        Challenge: { keyFields: ['code'] },
      },
    }),
  });
}

import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: '/graphql' }),
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

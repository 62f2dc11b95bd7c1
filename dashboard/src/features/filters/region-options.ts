import { useQuery } from '@apollo/client/react';
import { graphql } from '../../__generated__';
import { KEEP_OFFLINE } from '../../app/apollo';

const FILTER_OPTIONS = graphql(`
  query FilterOptions {
    regions {
      slug
      name
      country
      illustrative
    }
  }
`);

/** Every region, for the filters and for finding one by name: asked once, then read from the cache (and kept offline). */
export function useRegionOptions() {
  return useQuery(FILTER_OPTIONS, { context: KEEP_OFFLINE }).data?.regions;
}

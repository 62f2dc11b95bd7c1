import { toAnalyticsFilter } from '../../app/filters';
import { useFilters } from '../../app/use-filters';

/** The current URL filters, and the same filters as the API's AnalyticsFilter. */
export function useAnalyticsFilter() {
  const [filters, setFilters] = useFilters();
  return { filters, setFilters, filter: toAnalyticsFilter(filters) };
}

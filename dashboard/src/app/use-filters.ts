import { useCallback } from 'react';
import { type Filters, readFilters, writeFilters } from './filters';
import { navigate, useLocation } from './router';

export function useFilters(): [Filters, (next: Filters) => void] {
  const location = useLocation();
  const filters = readFilters(location.searchParams);
  const setFilters = useCallback((next: Filters) => navigate(`${window.location.pathname}${writeFilters(next)}`, { replace: false }), []);
  return [filters, setFilters];
}

/** A link to another page that keeps the current filters. */
export function useHrefWithFilters(): (pathname: string) => string {
  const location = useLocation();
  return (pathname) => `${pathname}${writeFilters(readFilters(location.searchParams))}`;
}

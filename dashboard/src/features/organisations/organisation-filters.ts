import { useCallback } from 'react';
import type { OrganisationFilter } from '../../__generated__/graphql';
import { navigate, useLocation } from '../../app/router';

/** The region filter's value for organisations working across regions: no slug starts with a hyphen. */
export const ACROSS_REGIONS = '-';

/** What the list is narrowed to, kept in the URL (`?q=acoge&region=soria&category=NGO`) so that it can be shared and comes back. */
export interface OrganisationFilters {
  search: string;
  /** A region's slug, ACROSS_REGIONS, or '' for every one. */
  region: string;
  /** A category code, or '' for every one. */
  category: string;
}

const PARAMS = { search: 'q', region: 'region', category: 'category' } as const;

export function readOrganisationFilters(params: URLSearchParams): OrganisationFilters {
  return { search: params.get(PARAMS.search) ?? '', region: params.get(PARAMS.region) ?? '', category: params.get(PARAMS.category) ?? '' };
}

export function writeOrganisationFilters(filters: OrganisationFilters): string {
  const params = new URLSearchParams();
  for (const [name, param] of Object.entries(PARAMS) as [keyof OrganisationFilters, string][]) {
    const value = name === 'search' ? filters[name].trim() : filters[name];
    if (value) params.set(param, value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The API's filter; nothing chosen is no filter at all. */
export function toOrganisationFilter(filters: OrganisationFilters): OrganisationFilter | undefined {
  const filter: OrganisationFilter = {};
  if (filters.search.trim()) filter.search = filters.search.trim();
  if (filters.region === ACROSS_REGIONS) filter.acrossRegions = true;
  else if (filters.region) filter.regions = [filters.region];
  if (filters.category) filter.categories = [filters.category];
  return Object.keys(filter).length ? filter : undefined;
}

/** The filters in the URL, and a way to change them that replaces the URL rather than adding a step to go back through per letter typed. */
export function useOrganisationFilters(): [OrganisationFilters, (next: OrganisationFilters) => void] {
  const location = useLocation();
  const filters = readOrganisationFilters(location.searchParams);
  const setFilters = useCallback(
    (next: OrganisationFilters) => navigate(`${window.location.pathname}${writeOrganisationFilters(next)}`, { replace: true }),
    [],
  );
  return [filters, setFilters];
}

import { useCallback, useState } from 'react';
import type { SortDirection } from '../../__generated__/graphql';

/** The most rows the API gives in one page (server/core/paging.ts): a download asks page after page of it. */
export const PAGE_MAX = 500;
export const PAGE_SIZES = [25, 50, 100, 200] as const;

export interface Page<Row> {
  totalCount: number;
  rows: readonly Row[];
}

export interface Paging<Field extends string> {
  page: { offset: number; limit: number };
  orderBy: { field: Field; direction: SortDirection };
  setOffset(offset: number): void;
  setLimit(limit: number): void;
  /** Sorts by `field`, ascending first, or turns the direction when it is sorted by it already; back to the first page. */
  sortBy(field: Field): void;
}

/** Which page of a long list is shown and in what order; a new order starts again from its first page. */
export function usePaging<Field extends string>(field: Field, direction: SortDirection = 'ASC', limit = 50): Paging<Field> {
  const [page, setPage] = useState({ offset: 0, limit });
  const [orderBy, setOrderBy] = useState({ field, direction });
  const sortBy = useCallback((next: Field) => {
    setOrderBy((current) => ({
      field: next,
      direction: current.field === next && current.direction === 'ASC' ? ('DESC' as SortDirection) : ('ASC' as SortDirection),
    }));
    setPage((current) => ({ ...current, offset: 0 }));
  }, []);
  return {
    page,
    orderBy,
    setOffset: useCallback((offset: number) => setPage((current) => ({ ...current, offset })), []),
    setLimit: useCallback((next: number) => setPage({ offset: 0, limit: next }), []),
    sortBy,
  };
}

/**
 * Every row of a list, asked page after page of the largest size, for a download: no cap, so
 * a file holds what the list holds. `progress` hears how many rows have come.
 */
export async function fetchAllPages<Row>(
  fetchPage: (page: { offset: number; limit: number }) => Promise<Page<Row>>,
  progress?: (done: number, total: number) => void,
): Promise<Row[]> {
  const rows: Row[] = [];
  for (let offset = 0; ; offset += PAGE_MAX) {
    const page = await fetchPage({ offset, limit: PAGE_MAX });
    rows.push(...page.rows);
    progress?.(rows.length, page.totalCount);
    if (page.rows.length < PAGE_MAX || rows.length >= page.totalCount) return rows;
  }
}

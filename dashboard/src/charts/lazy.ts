import { type ComponentType, lazy, useEffect } from 'react';

/**
 * A chart whose code (recharts, in a chunk of its own) loads only when it is drawn, or earlier
 * when `preload` is called (`usePreloadedCharts`).
 */
// biome-ignore lint/suspicious/noExplicitAny: the props of whichever chart is loaded, as React.lazy takes them
function lazyChart<Chart extends ComponentType<any>>(load: () => Promise<{ default: Chart }>) {
  let loading: Promise<{ default: Chart }> | undefined;
  const loadOnce = () => {
    loading ??= load();
    return loading;
  };
  return Object.assign(lazy(loadOnce), { preload: loadOnce });
}

export const AttendanceStackChart = lazyChart(() => import('./AttendanceStackChart'));
export const CountBarChart = lazyChart(() => import('./CountBarChart'));
export const GroupedCountChart = lazyChart(() => import('./GroupedCountChart'));
export const IndicatorTrendChart = lazyChart(() => import('./IndicatorTrendChart'));

/**
 * Fetches the charts a page draws once its data has come, while that data is on its way: after
 * the page's first render, which sends its queries, so that running the charts' code (hundreds of
 * milliseconds on a slow phone) does not hold the queries back, and before the data, so that the
 * code is not a round trip after it (BENCHMARKS.md, First view).
 */
export function usePreloadedCharts(...charts: { preload: () => Promise<unknown> }[]): void {
  // biome-ignore lint/correctness/useExhaustiveDependencies: the charts a page draws are module constants, fetched once.
  useEffect(() => {
    for (const chart of charts) void chart.preload();
  }, []);
}

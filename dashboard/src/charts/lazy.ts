import { type ComponentType, lazy } from 'react';

/**
 * A chart whose code (recharts, in a chunk of its own) loads only when it is drawn, or earlier
 * when `preload` is called: a page calls it as soon as its own code runs, so that the chart's
 * code comes alongside the page's data rather than after it (a round trip less on a slow line).
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

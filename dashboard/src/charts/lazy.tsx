import { type ComponentProps, type ComponentType, useEffect, useState } from 'react';
import { useI18n } from '../app/i18n/i18n';
import { loadOnce, settledValue } from '../app/i18n/loaded';

/**
 * A chart whose code (recharts, in a chunk of its own) loads only when it is drawn, or earlier
 * when the page asks for it (`usePreloadedCharts`). Until then its place shows a skeleton, drawn
 * by the chart itself rather than by suspending: React holds back what a Suspense boundary
 * reveals until 300 ms after its fallback was shown, and the chart's code often arrives just
 * after the page's data (BENCHMARKS.md, First view).
 */
// biome-ignore lint/suspicious/noExplicitAny: the props of whichever chart is loaded
function lazyChart<Chart extends ComponentType<any>>(load: () => Promise<{ default: Chart }>) {
  const preload = loadOnce(load);
  const loadedChart = () => settledValue(preload())?.default;
  // biome-ignore lint/correctness/noComponentHookFactories: made once per chart at module level
  function LazyChart(props: ComponentProps<Chart>) {
    const { t } = useI18n();
    const [Loaded, setLoaded] = useState<Chart | undefined>(loadedChart);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (Loaded) return;
      let drawn = true;
      preload().then(
        (module) => drawn && setLoaded(() => module.default),
        () => drawn && setFailed(true),
      );
      return () => {
        drawn = false;
      };
    }, [Loaded]);
    if (Loaded) return <Loaded {...props} />;
    return failed ? (
      <p className="form-error" role="alert">
        {t('chart.codeFailed')}
      </p>
    ) : (
      <div className="skeleton" />
    );
  }
  return Object.assign(LazyChart, { preload });
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

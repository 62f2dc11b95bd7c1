import { lazy } from 'react';

// recharts is loaded only when a chart is drawn, in a chunk of its own.
export const AttendanceStackChart = lazy(() => import('./AttendanceStackChart'));
export const CountBarChart = lazy(() => import('./CountBarChart'));
export const GroupedCountChart = lazy(() => import('./GroupedCountChart'));
export const IndicatorTrendChart = lazy(() => import('./IndicatorTrendChart'));

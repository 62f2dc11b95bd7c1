import { Bar, CartesianGrid, ComposedChart, Line, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useI18n } from '../app/i18n/i18n';
import type { TrendBar } from '../features/indicators/trend-table';
import { AXIS_TICK, GRID_STROKE } from './chart-theme';

export interface TrendLabels {
  value: string;
  target: string;
  projectTarget: string;
  unknownRecords: string;
}

interface Props {
  bars: TrendBar[];
  unit: 'COUNT' | 'SHARE';
  projectTarget: number | null;
  labels: TrendLabels;
  title: string;
  description: string;
}

/**
 * An indicator year by year against its targets: a bar per year (its known minimum, then
 * the hatched uncertain part of a range) with the value in words above it, so a year
 * not known or withheld is marked rather than read as 0; the project target as a dashed
 * line and year targets, where set, as dots.
 */
export default function IndicatorTrendChart({ bars, unit, projectTarget, labels, title, description }: Props) {
  const { format } = useI18n();
  const amount = (value: number) => (unit === 'SHARE' ? format.percent(value) : format.number(value));
  const hasYearTargets = bars.some((bar) => bar.target !== null);
  return (
    <ResponsiveContainer width="100%" height={260}>
      <ComposedChart data={bars} margin={{ top: 8, right: 16, bottom: 8, left: 8 }} accessibilityLayer title={title} desc={description}>
        <CartesianGrid vertical={false} stroke={GRID_STROKE} />
        <XAxis dataKey="label" tick={AXIS_TICK} />
        <YAxis
          tick={AXIS_TICK}
          width={52}
          allowDecimals={unit === 'SHARE'}
          domain={unit === 'SHARE' ? [0, 1] : [0, 'auto']}
          tickFormatter={(value: number) => amount(value)}
        />
        <Tooltip
          cursor={{ fill: 'rgb(29 78 216 / 0.08)' }}
          content={({ active, payload }) => {
            const bar = (payload?.[0] as { payload?: TrendBar } | undefined)?.payload;
            if (!active || !bar) return null;
            return (
              <div className="tooltip">
                <strong>{bar.label}</strong>
                <p>
                  {labels.value}: {bar.text}
                </p>
                {bar.point.unknownRecords > 0 && (
                  <p>
                    {labels.unknownRecords}: {format.number(bar.point.unknownRecords)}
                  </p>
                )}
                {bar.target !== null && (
                  <p>
                    {labels.target}: {amount(bar.target)}
                  </p>
                )}
                {projectTarget !== null && (
                  <p>
                    {labels.projectTarget}: {amount(projectTarget)}
                  </p>
                )}
              </div>
            );
          }}
        />
        <Bar dataKey="low" name={labels.value} stackId="value" fill="var(--indicator-value)" maxBarSize={72} isAnimationActive={false} />
        <Bar
          dataKey="range"
          stackId="value"
          fill="url(#pattern-range)"
          stroke="var(--series-range)"
          maxBarSize={72}
          isAnimationActive={false}
        />
        {/* Each year's value in words along the top: a range, a year not known or withheld reads without its bar. */}
        <XAxis
          xAxisId="values"
          orientation="top"
          dataKey="text"
          axisLine={false}
          tickLine={false}
          interval={0}
          tick={{ fill: '#111827', fontSize: 12, fontWeight: 600 }}
        />
        {projectTarget !== null && (
          <ReferenceLine
            y={projectTarget}
            stroke="#111827"
            strokeDasharray="6 4"
            strokeWidth={2}
            ifOverflow="extendDomain"
            label={{ value: `${labels.projectTarget}: ${amount(projectTarget)}`, position: 'insideTopLeft', fill: '#111827', fontSize: 12 }}
          />
        )}
        {hasYearTargets && (
          <Line
            dataKey="target"
            name={labels.target}
            stroke="var(--indicator-year-target)"
            strokeWidth={2}
            dot={{ r: 5, fill: 'var(--indicator-year-target)' }}
            connectNulls={false}
            isAnimationActive={false}
          />
        )}
      </ComposedChart>
    </ResponsiveContainer>
  );
}

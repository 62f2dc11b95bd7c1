import { Bar, CartesianGrid, ComposedChart, Line, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useI18n } from '../app/i18n/i18n';
import type { TrendBar } from '../features/indicators/trend-table';
import { ATTENDANCE_SERIES, seriesFill, seriesStroke } from './chart-config';
import { AXIS_TICK, GRID_STROKE, LABEL_COLOR, TOOLTIP_CURSOR } from './chart-theme';

export interface TrendLabels {
  value: string;
  target: string;
  projectTarget: string;
  unknownRecords: string;
  unknownPart: string;
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
 * the hatched uncertain part of a range, then for a count with roundtables without a figure
 * an open, fading part) with the value in words above it, and under it how many roundtables
 * it leaves out, so a year not known, withheld or without roundtables is marked rather than
 * read as 0; the project target as a dashed line and year targets, where set, as dots.
 */
export default function IndicatorTrendChart({ bars, unit, projectTarget, labels, title, description }: Props) {
  const { format } = useI18n();
  const amount = (value: number) => (unit === 'SHARE' ? format.percent(value) : format.number(value));
  const hasYearTargets = bars.some((bar) => bar.target !== null);
  const note = bars.some((bar) => bar.note);
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
          cursor={TOOLTIP_CURSOR}
          content={({ active, payload }) => {
            const bar = (payload?.[0] as { payload?: TrendBar } | undefined)?.payload;
            if (!active || !bar) return null;
            return (
              <div className="tooltip">
                <strong>{bar.label}</strong>
                <p>
                  {labels.value}: {bar.text}
                </p>
                {bar.note && <p>{bar.note}</p>}
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
          fill={seriesFill(ATTENDANCE_SERIES.range)}
          stroke={seriesStroke(ATTENDANCE_SERIES.range)}
          maxBarSize={72}
          isAnimationActive={false}
        />
        <defs>
          <linearGradient id="gradient-unknown-part" x1="0" y1="1" x2="0" y2="0">
            <stop offset="0" stopColor="var(--indicator-value)" stopOpacity={0.45} />
            <stop offset="1" stopColor="var(--indicator-value)" stopOpacity={0.03} />
          </linearGradient>
        </defs>
        <Bar
          dataKey="unknownPart"
          name={labels.unknownPart}
          stackId="value"
          fill="url(#gradient-unknown-part)"
          stroke={ATTENDANCE_SERIES.unknownMode.color}
          strokeDasharray="4 3"
          maxBarSize={72}
          isAnimationActive={false}
        />
        {/* Each year's value in words along the top, and under it what it leaves out: a range, a year
            not known, withheld or without roundtables reads without its bar. */}
        <XAxis
          xAxisId="values"
          orientation="top"
          dataKey="key"
          axisLine={false}
          tickLine={false}
          interval={0}
          height={note ? 44 : 30}
          tick={(props: { x: number | string; y: number | string; index: number }) => {
            const bar = bars[props.index];
            const x = Number(props.x);
            const y = Number(props.y) - (note ? 22 : 8);
            return (
              <text x={x} y={y} textAnchor="middle" fill={LABEL_COLOR} fontSize={12} fontWeight={600}>
                <tspan x={x}>{bar?.text}</tspan>
                {bar?.note && (
                  <tspan x={x} dy={15} fontWeight={400} fontSize={11}>
                    {bar.note}
                  </tspan>
                )}
              </text>
            );
          }}
        />
        {projectTarget !== null && (
          <ReferenceLine
            y={projectTarget}
            stroke={LABEL_COLOR}
            strokeDasharray="6 4"
            strokeWidth={2}
            ifOverflow="extendDomain"
            label={{
              value: `${labels.projectTarget}: ${amount(projectTarget)}`,
              position: 'insideTopLeft',
              fill: LABEL_COLOR,
              fontSize: 12,
            }}
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

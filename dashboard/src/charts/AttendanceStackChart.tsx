import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useI18n } from '../app/i18n/i18n';
import type { AttendanceBar } from '../data/attendance';
import { formatRange } from '../data/ranges';
import { AXIS_TICK, GRID_STROKE, labelAxisWidth } from './chart-theme';

interface Props {
  bars: AttendanceBar[];
  title: string;
  description: string;
}

/**
 * Participants by mode, one horizontal bar per region or roundtable. Each bar ends with
 * its total in words and figures, so unknown and ranges read without colour.
 */
export default function AttendanceStackChart({ bars, title, description }: Props) {
  const { t, format } = useI18n();
  const totalText = (bar: AttendanceBar) => {
    if (bar.status === 'none') return '–';
    if (bar.status === 'unknown') return t('chart.unknown');
    return formatRange(bar.figures.total, format.number, t('figure.unknown'));
  };
  const totalsWidth = Math.min(150, Math.max(...bars.map((bar) => totalText(bar).length)) * 8 + 12);
  return (
    <ResponsiveContainer width="100%" height={Math.max(140, bars.length * 46 + 50)}>
      <BarChart
        data={bars}
        layout="vertical"
        margin={{ top: 8, right: 8, bottom: 8, left: 8 }}
        accessibilityLayer
        title={title}
        desc={description}
      >
        <CartesianGrid horizontal={false} stroke={GRID_STROKE} />
        <XAxis type="number" allowDecimals={false} tick={AXIS_TICK} tickFormatter={(value: number) => format.number(value)} />
        <YAxis
          type="category"
          dataKey="label"
          tick={AXIS_TICK}
          width={labelAxisWidth(
            bars.map((bar) => bar.label),
            220,
          )}
        />
        <Tooltip content={<AttendanceTooltip />} cursor={{ fill: 'rgb(29 78 216 / 0.08)' }} />
        <Bar dataKey="online" name={t('series.online')} stackId="people" fill="var(--series-online)" isAnimationActive={false} />
        <Bar dataKey="onsite" name={t('series.onsite')} stackId="people" fill="var(--series-onsite)" isAnimationActive={false} />
        <Bar
          dataKey="unknownMode"
          name={t('series.unknownMode')}
          stackId="people"
          fill="url(#pattern-unknown-mode)"
          stroke="var(--series-unknown)"
          isAnimationActive={false}
        />
        <Bar
          dataKey="range"
          name={t('series.range')}
          stackId="people"
          fill="url(#pattern-range)"
          stroke="var(--series-range)"
          isAnimationActive={false}
        />
        {/* The totals as words on a second axis: an unknown or empty bar still gets its label. */}
        <YAxis
          yAxisId="totals"
          orientation="right"
          type="category"
          dataKey="key"
          axisLine={false}
          tickLine={false}
          width={totalsWidth}
          tick={(props: { x: number | string; y: number | string; index: number }) => {
            const bar = bars[props.index];
            return (
              <text x={Number(props.x) + 4} y={Number(props.y)} dominantBaseline="middle" fill="#111827" fontSize={12} fontWeight={600}>
                {bar ? totalText(bar) : ''}
              </text>
            );
          }}
        />
      </BarChart>
    </ResponsiveContainer>
  );
}

function AttendanceTooltip({ active, payload }: { active?: boolean; payload?: { payload: AttendanceBar }[] }) {
  const { t, format } = useI18n();
  const bar = payload?.[0]?.payload;
  if (!active || !bar) return null;
  const text = (range: AttendanceBar['figures']['total']) => formatRange(range, format.number, t('figure.unknown'));
  const { figures } = bar;
  return (
    <div className="tooltip">
      <strong>{bar.label}</strong>
      <p>
        {t('series.online')}: {text(figures.online)}
      </p>
      <p>
        {t('series.onsite')}: {text(figures.onsite)}
      </p>
      <p>
        {t('series.unknownMode')}: {text(figures.unknownMode)}
      </p>
      <p>
        {t('column.total')}: {text(figures.total)}
      </p>
      <p>
        {t('column.roundtables')}: {format.number(figures.roundtables)}
        {figures.roundtablesUnknownAttendance > 0
          ? ` (${t('column.roundtablesUnknown').toLowerCase()}: ${format.number(figures.roundtablesUnknownAttendance)})`
          : ''}
      </p>
    </div>
  );
}

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useI18n } from '../app/i18n/i18n';
import { attendanceWords, withheldTitle } from '../app/i18n/withheld-words';
import { type AttendanceBar, type AttendanceCount, attendanceText } from '../data/attendance';
import { formatRange } from '../data/ranges';
import { reasonsAmong } from '../data/withholding';
import { ATTENDANCE_SERIES, seriesFill, seriesStroke } from './chart-config';
import { AXIS_TICK, GRID_STROKE, LABEL_COLOR, labelAxisWidth, TOOLTIP_CURSOR } from './chart-theme';

interface Props {
  bars: AttendanceBar[];
  title: string;
  description: string;
}

/**
 * Participants by mode, one horizontal bar per region or roundtable. Each bar ends with
 * its total in words and figures, so unknown, withheld (and why) and ranges read without colour.
 */
export default function AttendanceStackChart({ bars, title, description }: Props) {
  const { t, format } = useI18n();
  /** The words after a bar: its total, and on a second line that its split is withheld. */
  const totalLines = (bar: AttendanceBar): string[] => {
    if (bar.status === 'none') return [t('figure.noRecords')];
    if (bar.status === 'unknown') return [t('chart.unknown')];
    if (bar.totalWithheld) return [t(`withheld.${bar.totalWithheld}`)];
    const total = formatRange(bar.figures.total, format.number, t('figure.unknown'));
    return bar.splitWithheld ? [total, t(`withheld.split.${bar.splitWithheld}`)] : [total];
  };
  const longest = Math.max(...bars.flatMap((bar) => totalLines(bar).map((line) => line.length)));
  const totalsWidth = Math.min(240, longest * 7 + 12);
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
        <Tooltip content={<AttendanceTooltip />} cursor={TOOLTIP_CURSOR} />
        {Object.entries(ATTENDANCE_SERIES).map(([key, series]) => (
          <Bar
            key={key}
            dataKey={key}
            name={t(series.label)}
            stackId="people"
            fill={seriesFill(series)}
            stroke={seriesStroke(series)}
            isAnimationActive={false}
          />
        ))}
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
            const [first = '', second] = bar ? totalLines(bar) : [];
            const x = Number(props.x) + 4;
            const y = Number(props.y);
            return (
              <text x={x} y={second ? y - 7 : y} dominantBaseline="middle" fill={LABEL_COLOR} fontSize={12} fontWeight={600}>
                <tspan x={x}>{first}</tspan>
                {second && (
                  <tspan x={x} dy={14} fontWeight={400}>
                    {second}
                  </tspan>
                )}
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
  const { figures } = bar;
  const words = attendanceWords(t);
  const text = (field: AttendanceCount) => attendanceText(figures, field, format.number, words);
  // A withheld count says why in a line as well: the tooltip is where a reader looks.
  const reasons = reasonsAmong((figures.withheld ?? []).map((count) => count.reason));
  return (
    <div className="tooltip">
      <strong>{bar.label}</strong>
      <p>
        {t('series.online')}: {text('online')}
      </p>
      <p>
        {t('series.onsite')}: {text('onsite')}
      </p>
      <p>
        {t('series.unknownMode')}: {text('unknownMode')}
      </p>
      <p>
        {t('column.total')}: {text('total')}
      </p>
      <p>
        {t('column.roundtables')}: {format.number(figures.roundtables)}
        {figures.roundtablesUnknownAttendance > 0
          ? ` (${t('column.roundtablesUnknown').toLowerCase()}: ${format.number(figures.roundtablesUnknownAttendance)})`
          : ''}
      </p>
      {reasons.map((reason) => (
        <p key={reason} className="tooltip-note">
          {withheldTitle(t, reason)}
        </p>
      ))}
    </div>
  );
}

import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useI18n } from '../app/i18n/i18n';
import { COUNT_SERIES_COLOR } from './chart-config';
import { AXIS_TICK, GRID_STROKE, LABEL_COLOR, labelAxisWidth, TOOLTIP_CURSOR } from './chart-theme';

export interface CountBar {
  key: string;
  label: string;
  value: number;
  /** Extra words for the tooltip, e.g. how many participants were counted. */
  note?: string;
}

interface Props {
  bars: CountBar[];
  seriesLabel: string;
  title: string;
  description: string;
}

/** One series of counts as horizontal bars, each labelled with its number. */
export default function CountBarChart({ bars, seriesLabel, title, description }: Props) {
  const { format } = useI18n();
  return (
    <ResponsiveContainer width="100%" height={Math.max(120, bars.length * 34 + 50)}>
      <BarChart
        data={bars}
        layout="vertical"
        margin={{ top: 8, right: 40, bottom: 8, left: 8 }}
        accessibilityLayer
        title={title}
        desc={description}
      >
        <CartesianGrid horizontal={false} stroke={GRID_STROKE} />
        <XAxis type="number" allowDecimals={false} tick={AXIS_TICK} tickFormatter={(value: number) => format.number(value)} />
        <YAxis type="category" dataKey="label" tick={AXIS_TICK} width={labelAxisWidth(bars.map((bar) => bar.label))} />
        <Tooltip
          cursor={TOOLTIP_CURSOR}
          content={({ active, payload }) => {
            const bar = (payload?.[0] as { payload?: CountBar } | undefined)?.payload;
            if (!active || !bar) return null;
            return (
              <div className="tooltip">
                <strong>{bar.label}</strong>
                <p>
                  {seriesLabel}: {format.number(bar.value)}
                </p>
                {bar.note && <p>{bar.note}</p>}
              </div>
            );
          }}
        />
        <Bar dataKey="value" name={seriesLabel} fill={COUNT_SERIES_COLOR} isAnimationActive={false}>
          <LabelList
            dataKey="value"
            position="right"
            fill={LABEL_COLOR}
            fontSize={12}
            formatter={(value: unknown) => format.number(Number(value))}
          />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}

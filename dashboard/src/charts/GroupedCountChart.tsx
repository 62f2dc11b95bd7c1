import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useI18n } from '../app/i18n/i18n';
import { countWords } from '../app/i18n/withheld-words';
import { cellKey, type Matrix, matrixSeriesRows } from '../data/matrix';
import { countText } from '../data/withholding';
import { AXIS_TICK, GRID_STROKE, labelAxisWidth, regionColor, TOOLTIP_CURSOR } from './chart-theme';

interface Props {
  matrix: Matrix;
  seriesLabel: string;
  title: string;
  description: string;
}

/** One bar per item (e.g. stakeholder category) for each region, side by side. */
export default function GroupedCountChart({ matrix, seriesLabel, title, description }: Props) {
  const { t, format } = useI18n();
  const rows = matrixSeriesRows(matrix);
  const barSize = Math.max(6, Math.min(16, 120 / Math.max(1, matrix.regions.length)));
  return (
    <ResponsiveContainer width="100%" height={Math.max(160, rows.length * (matrix.regions.length * (barSize + 2) + 18) + 50)}>
      <BarChart
        data={rows}
        layout="vertical"
        margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
        accessibilityLayer
        title={title}
        desc={description}
      >
        <CartesianGrid horizontal={false} stroke={GRID_STROKE} />
        <XAxis type="number" allowDecimals={false} tick={AXIS_TICK} tickFormatter={(value: number) => format.number(value)} />
        <YAxis type="category" dataKey="label" tick={AXIS_TICK} width={labelAxisWidth(matrix.items.map((item) => item.label))} />
        <Tooltip
          cursor={TOOLTIP_CURSOR}
          content={({ active, payload }) => {
            const row = (payload?.[0] as { payload?: Record<string, string | number> } | undefined)?.payload;
            if (!active || !row) return null;
            return (
              <div className="tooltip">
                <strong>{row.label}</strong>
                {matrix.regions.map((region) => {
                  if (matrix.emptyRows.get(region.key) === 'noRecords') {
                    return (
                      <p key={region.key}>
                        {region.label}: {t('figure.noRecords')}
                      </p>
                    );
                  }
                  const cell = matrix.cells.get(cellKey(region.key, String(row.key)));
                  if (!cell) return null;
                  const participants =
                    cell.participants !== undefined || cell.participantsWithheld
                      ? `; ${t('column.participants').toLowerCase()}: ${countText(cell.participants, cell.participantsWithheld, format.number, countWords(t, t('chart.notCounted')))}`
                      : '';
                  return (
                    <p key={region.key}>
                      {region.label}: {format.number(cell.value)} {seriesLabel.toLowerCase()}
                      {participants}
                    </p>
                  );
                })}
              </div>
            );
          }}
        />
        {matrix.regions.map((region, index) => (
          <Bar
            key={region.key}
            dataKey={region.key}
            name={region.label}
            fill={regionColor(index)}
            barSize={barSize}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}

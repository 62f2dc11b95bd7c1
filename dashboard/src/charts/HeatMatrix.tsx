import { useI18n } from '../app/i18n/i18n';
import { cellKey, type EmptyRow, type Matrix } from '../data/matrix';
import { ScrollTable } from '../ui/Tables';

interface Props {
  matrix: Matrix;
  caption: string;
  rowHeader: string;
  /** The header over the items when none is present, e.g. "Challenge". */
  itemHeader: string;
  /** What an empty row says: no roundtable in scope, or roundtables that record no item. */
  emptyRows: Readonly<Record<EmptyRow, string>>;
}

/**
 * A region × item grid: each cell shows its number, shaded by size, so the pattern across
 * regions is visible at a glance and every value can still be read. A region whose row is
 * empty says why across it, never a row of dashes that could be read as zeros.
 */
export default function HeatMatrix({ matrix, caption, rowHeader, itemHeader, emptyRows }: Props) {
  const { format } = useI18n();
  const items = matrix.items.length > 0 ? matrix.items : [{ key: '', label: itemHeader }];
  return (
    <ScrollTable caption={caption} className="data heat">
      <thead>
        <tr>
          <th scope="col">{rowHeader}</th>
          {items.map((item) => (
            <th key={item.key} scope="col">
              {item.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {matrix.regions.map((region) => {
          const empty = matrix.emptyRows.get(region.key);
          return (
            <tr key={region.key}>
              <th scope="row">{region.label}</th>
              {empty ? (
                <td colSpan={items.length} className="empty-row">
                  {emptyRows[empty]}
                </td>
              ) : (
                matrix.items.map((item) => {
                  const value = matrix.cells.get(cellKey(region.key, item.key))?.value;
                  // Light shades only, so the dark number stays at AA contrast on every cell.
                  const alpha = value && matrix.max > 0 ? 0.1 + 0.35 * (value / matrix.max) : 0;
                  return (
                    <td key={item.key} style={{ background: alpha ? `rgb(var(--heat) / ${alpha.toFixed(2)})` : undefined }}>
                      {value ? format.number(value) : <span className="muted">–</span>}
                    </td>
                  );
                })
              )}
            </tr>
          );
        })}
      </tbody>
    </ScrollTable>
  );
}

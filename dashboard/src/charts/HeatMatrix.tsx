import { useI18n } from '../app/i18n/i18n';
import { cellKey, type Matrix } from '../data/matrix';

/**
 * A region × item grid: each cell shows its number, shaded by size, so the pattern across
 * regions is visible at a glance and every value can still be read.
 */
export default function HeatMatrix({ matrix, caption, rowHeader }: { matrix: Matrix; caption: string; rowHeader: string }) {
  const { format } = useI18n();
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1).
    <section className="table-wrap" aria-label={caption} tabIndex={0}>
      <table className="data heat">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{rowHeader}</th>
            {matrix.items.map((item) => (
              <th key={item.key} scope="col">
                {item.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.regions.map((region) => (
            <tr key={region.key}>
              <th scope="row">{region.label}</th>
              {matrix.items.map((item) => {
                const value = matrix.cells.get(cellKey(region.key, item.key))?.value;
                // Light shades only, so the dark number stays at AA contrast on every cell.
                const alpha = value && matrix.max > 0 ? 0.1 + 0.35 * (value / matrix.max) : 0;
                return (
                  <td key={item.key} style={{ background: alpha ? `rgb(var(--heat) / ${alpha.toFixed(2)})` : undefined }}>
                    {value ? format.number(value) : <span className="muted">–</span>}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

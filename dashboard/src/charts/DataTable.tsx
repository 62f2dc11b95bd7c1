import { useI18n } from '../app/i18n/i18n';
import { withheldTitle } from '../app/i18n/withheld-words';
import { displayCell, type TableModel } from '../data/table-model';
import { ColumnHeads, ScrollTable } from '../ui/Tables';

/**
 * The rows of a chart as a table; a withheld count's cell says why in its title. Shown, it
 * scrolls sideways on narrow screens, so its wrapper is a labelled region reachable by
 * keyboard; the copy for screen readers is bare.
 */
export function DataTable<Row>({ model, caption, hidden = false }: { model: TableModel<Row>; caption: string; hidden?: boolean }) {
  const { t } = useI18n();
  const columns = model.columns.filter((column) => !column.csvOnly);
  const rows = (
    <>
      <ColumnHeads columns={columns} />
      <tbody>
        {model.rows.length === 0 && model.empty && (
          <tr>
            <td colSpan={columns.length}>{model.empty}</td>
          </tr>
        )}
        {model.rows.map((row, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity beyond their order.
          <tr key={index}>
            {columns.map((column) => {
              const withheld = column.withheld?.(row);
              return (
                <td
                  key={column.csv}
                  className={column.numeric ? 'numeric' : undefined}
                  title={withheld ? withheldTitle(t, withheld) : undefined}
                >
                  {displayCell(column, row)}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </>
  );
  if (hidden) {
    return (
      <table className="data">
        <caption className="sr-only">{caption}</caption>
        {rows}
      </table>
    );
  }
  return (
    <ScrollTable caption={caption} className="data">
      {rows}
    </ScrollTable>
  );
}

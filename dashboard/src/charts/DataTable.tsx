import { displayCell, type TableModel } from '../data/table-model';

export function DataTable<Row>({ model, caption }: { model: TableModel<Row>; caption: string }) {
  const columns = model.columns.filter((column) => !column.csvOnly);
  return (
    <div className="table-wrap">
      <table className="data">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.csv} scope="col" className={column.numeric ? 'numeric' : undefined}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {model.rows.map((row, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity beyond their order.
            <tr key={index}>
              {columns.map((column) => (
                <td key={column.csv} className={column.numeric ? 'numeric' : undefined}>
                  {displayCell(column, row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

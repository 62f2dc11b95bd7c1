import { type ReactNode, useState } from 'react';
import type { SortDirection } from '../../__generated__/graphql';
import { useQualityI18n } from '../../app/i18n/quality';
import { downloadBlob, downloadText } from '../../charts/download';
import { type CsvValue, toCsv } from '../../data/csv';
import { toXlsx, XLSX_TYPE } from '../../data/xlsx';
import { ScrollTable } from '../../ui/Tables';
import { fetchAllPages, PAGE_SIZES, type Page, type Paging } from './paging';

export interface PagedColumn<Row, Field extends string> {
  /** The column's heading, and its name in downloads. */
  label: string;
  /** Shown in place of the label in the table (a select-all box); the label is then read out only. */
  head?: ReactNode;
  /** The API's sort key for this column; a column without one is not sortable. */
  sort?: Field;
  numeric?: boolean;
  cell(row: Row): ReactNode;
  /** The cell in a download: a number stays a number, unknown stays empty. Left out of downloads when absent. */
  value?(row: Row): CsvValue;
  /** In downloads only: a figure the table shows inside another column's cell gets a column of its own in a file. */
  downloadOnly?: boolean;
}

/**
 * One page of a long list with its pager, sortable headings and downloads of every matching row
 * (asked page after page, so a file is never cut short). The list's query and its paging state
 * (`usePaging`) belong to the caller.
 */
export function PagedTable<Row, Field extends string>({
  caption,
  columns,
  page,
  paging,
  rowKey,
  rowClass,
  fetchPage,
  filename,
  className,
}: {
  caption: string;
  /** Classes beside `data paged-table` on the table. */
  className?: string;
  columns: readonly PagedColumn<Row, Field>[];
  page: Page<Row>;
  paging: Paging<Field>;
  rowKey(row: Row): string;
  rowClass?(row: Row): string | undefined;
  /** The same list's page at any offset, for downloads. */
  fetchPage(page: { offset: number; limit: number }): Promise<Page<Row>>;
  /** The download's name, without extension. */
  filename: string;
}) {
  const { t } = useQualityI18n();
  const shown = columns.filter((column) => !column.downloadOnly);
  return (
    <>
      <Downloads columns={columns} fetchPage={fetchPage} filename={filename} sheet={caption} />
      {page.rows.length === 0 ? (
        <p className="state">{t('quality.table.none')}</p>
      ) : (
        <ScrollTable caption={caption} className={className ? `data paged-table ${className}` : 'data paged-table'}>
          <thead>
            <tr>
              {shown.map((column) => (
                <Heading key={column.label} column={column} paging={paging} />
              ))}
            </tr>
          </thead>
          <tbody>
            {page.rows.map((row) => (
              <tr key={rowKey(row)} className={rowClass?.(row)}>
                {shown.map((column) => (
                  <td key={column.label} className={column.numeric ? 'numeric' : undefined}>
                    {column.cell(row)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
      <Pager totalCount={page.totalCount} paging={paging} />
    </>
  );
}

function Heading<Row, Field extends string>({ column, paging }: { column: PagedColumn<Row, Field>; paging: Paging<Field> }) {
  const { t } = useQualityI18n();
  const className = column.numeric ? 'numeric' : undefined;
  const { sort } = column;
  if (!sort) {
    return (
      <th scope="col" className={className}>
        {column.head ?? column.label}
      </th>
    );
  }
  const current = paging.orderBy.field === sort ? paging.orderBy.direction : null;
  const ariaSort = current === 'ASC' ? 'ascending' : current === 'DESC' ? 'descending' : undefined;
  return (
    <th scope="col" className={className} aria-sort={ariaSort}>
      <button type="button" className="sort-button" onClick={() => paging.sortBy(sort)}>
        {column.label}
        <span aria-hidden="true" className="sort-mark">
          {current === 'ASC' ? ' ▲' : current === 'DESC' ? ' ▼' : ''}
        </span>
        <span className="sr-only">
          {current ? `, ${t(directionKey(current))}` : `, ${t('quality.table.sortBy', { column: column.label })}`}
        </span>
      </button>
    </th>
  );
}

const directionKey = (direction: SortDirection) =>
  direction === 'ASC' ? ('quality.table.sortedAscending' as const) : ('quality.table.sortedDescending' as const);

function Pager<Field extends string>({ totalCount, paging }: { totalCount: number; paging: Paging<Field> }) {
  const { t, format } = useQualityI18n();
  const { offset, limit } = paging.page;
  if (totalCount === 0) return null;
  const to = Math.min(offset + limit, totalCount);
  return (
    <div className="toolbar pager">
      <span aria-live="polite">
        {t('quality.table.rows', { from: format.number(offset + 1), to: format.number(to), total: format.number(totalCount) })}
      </span>
      <button type="button" className="secondary" disabled={offset === 0} onClick={() => paging.setOffset(Math.max(0, offset - limit))}>
        {t('quality.table.previous')}
      </button>
      <button type="button" className="secondary" disabled={to >= totalCount} onClick={() => paging.setOffset(offset + limit)}>
        {t('quality.table.next')}
      </button>
      <label>
        {t('quality.table.pageSize')}{' '}
        <select value={limit} onChange={(event) => paging.setLimit(Number(event.target.value))}>
          {PAGE_SIZES.map((size) => (
            <option key={size} value={size}>
              {format.number(size)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

function Downloads<Row, Field extends string>({
  columns,
  fetchPage,
  filename,
  sheet,
}: {
  columns: readonly PagedColumn<Row, Field>[];
  fetchPage(page: { offset: number; limit: number }): Promise<Page<Row>>;
  filename: string;
  sheet: string;
}) {
  const { t, format } = useQualityI18n();
  const [status, setStatus] = useState<string | null>(null);
  const exported = columns.filter((column) => column.value);
  const download = async (kind: 'csv' | 'xlsx') => {
    setStatus(t('quality.table.exporting', { done: format.number(0), total: '…' }));
    try {
      const rows = await fetchAllPages(fetchPage, (done, total) =>
        setStatus(t('quality.table.exporting', { done: format.number(done), total: format.number(total) })),
      );
      const header = exported.map((column) => column.label);
      const cells = rows.map((row) => exported.map((column) => column.value?.(row) ?? null));
      if (kind === 'csv') downloadText(`${filename}.csv`, toCsv(header, cells));
      else downloadBlob(`${filename}.xlsx`, new Blob([toXlsx(header, cells, sheet)], { type: XLSX_TYPE }));
      setStatus(null);
    } catch (error) {
      setStatus(t('quality.table.exportFailed', { message: error instanceof Error ? error.message : String(error) }));
    }
  };
  return (
    <div className="toolbar downloads">
      <button type="button" className="secondary" onClick={() => void download('csv')}>
        {t('quality.table.csv')}
      </button>
      <button type="button" className="secondary" onClick={() => void download('xlsx')}>
        {t('quality.table.xlsx')}
      </button>
      <span role="status">{status}</span>
    </div>
  );
}

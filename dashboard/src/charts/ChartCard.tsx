import { type ReactNode, Suspense, useId, useState } from 'react';
import { useI18n } from '../app/i18n/i18n';
import { type TableModel, tableCells, tableCsv } from '../data/table-model';
import { DataTable } from './DataTable';
import { downloadBlob, downloadText } from './download';
import { type SourceLink, Sources } from './Sources';
import { WithheldNote } from './WithheldNote';

export interface ChartCardProps<Row> {
  title: string;
  description: string;
  /** The data drawn: the table view, the CSV and the screen-reader text are made from it. */
  table: TableModel<Row>;
  csvName: string;
  legend?: ReactNode;
  sources?: SourceLink[];
  /** How many more sources the data rest on than `sources` lists (a long list asked a page at a time). */
  sourcesNotShown?: number;
  illustrative?: boolean;
  /** What belongs with the chart but is not its data, e.g. the definition of what it counts; after the sources. */
  footer?: ReactNode;
  children: ReactNode;
}

/**
 * The same header and cells as the CSV, as a spreadsheet. Its writer loads only when asked
 * for, so no page carries it before then.
 */
async function downloadXlsx<Row>(name: string, table: TableModel<Row>): Promise<void> {
  const { toXlsx, XLSX_TYPE } = await import('../data/xlsx');
  const { header, rows } = tableCells(table);
  downloadBlob(`${name}.xlsx`, new Blob([toXlsx(header, rows, name)], { type: XLSX_TYPE }));
}

/** A card's title, tagged when it counts illustrative records, with its tools beside it. */
export function CardHead({
  id,
  title,
  illustrative,
  children,
}: {
  id: string;
  title: string;
  illustrative?: boolean;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <div className="card-head">
      <h2 id={id}>
        {title} {illustrative && <span className="tag">{t('illustrative.tag')}</span>}
      </h2>
      {children}
    </div>
  );
}

/**
 * Every chart's frame: a title that says what it counts, a description, a legend, a
 * "show as table" switch, CSV and XLSX downloads of exactly the rows drawn, what any withheld
 * count shown means, and the sources.
 * Screen readers get the table even while the chart is shown.
 */
export function ChartCard<Row>({
  title,
  description,
  table,
  csvName,
  legend,
  sources = [],
  sourcesNotShown,
  illustrative,
  footer,
  children,
}: ChartCardProps<Row>) {
  const { t } = useI18n();
  const [asTable, setAsTable] = useState(false);
  const [xlsxFailed, setXlsxFailed] = useState(false);
  const titleId = useId();
  const descriptionId = useId();
  return (
    <section className="card" aria-labelledby={titleId}>
      <CardHead id={titleId} title={title} illustrative={illustrative}>
        <div className="toolbar">
          <button type="button" className="secondary" aria-pressed={asTable} onClick={() => setAsTable(!asTable)}>
            {t('chart.showTable')}
          </button>
          <button type="button" className="secondary" onClick={() => downloadText(`${csvName}.csv`, tableCsv(table))}>
            {t('chart.downloadCsv')}
          </button>
          <button
            type="button"
            className="secondary"
            onClick={() => {
              setXlsxFailed(false);
              downloadXlsx(csvName, table).catch(() => setXlsxFailed(true));
            }}
          >
            {t('chart.downloadXlsx')}
          </button>
        </div>
      </CardHead>
      {xlsxFailed && (
        <p className="form-error" role="alert">
          {t('chart.xlsxFailed')}
        </p>
      )}
      <p id={descriptionId} className="chart-description">
        {description}
      </p>
      {asTable ? (
        <DataTable model={table} caption={title} />
      ) : (
        <>
          <figure className="chart-area" aria-describedby={descriptionId} style={{ margin: 0 }}>
            <Suspense fallback={<div className="skeleton" />}>{children}</Suspense>
            {legend}
          </figure>
          <div className="sr-only">
            <DataTable model={table} caption={title} hidden />
          </div>
        </>
      )}
      <WithheldNote reasons={table.withheld} />
      <Sources sources={sources} notShown={sourcesNotShown} />
      {footer}
    </section>
  );
}

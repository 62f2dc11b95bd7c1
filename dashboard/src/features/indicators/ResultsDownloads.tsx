import { useState } from 'react';
import { useIndicatorsI18n } from '../../app/i18n/indicators';
import { downloadBlob, downloadText } from '../../charts/download';
import { type TableModel, tableCells, tableCsv } from '../../data/table-model';
import type { IatiResults } from './iati-json';

/**
 * The results table as CSV and as a spreadsheet (the same cells), and the IATI results as
 * JSON. The spreadsheet writer and the IATI file are made only when asked for.
 */
export function ResultsDownloads<Row>({ table, fileName, iati }: { table: TableModel<Row>; fileName: string; iati: () => IatiResults }) {
  const { t } = useIndicatorsI18n();
  const [failed, setFailed] = useState(false);
  const xlsx = async () => {
    const { toXlsx, XLSX_TYPE } = await import('../../data/xlsx');
    const { header, rows } = tableCells(table);
    downloadBlob(`${fileName}.xlsx`, new Blob([toXlsx(header, rows, fileName)], { type: XLSX_TYPE }));
  };
  return (
    <>
      <div className="toolbar">
        <button type="button" className="secondary" onClick={() => downloadText(`${fileName}.csv`, tableCsv(table))}>
          {t('indicators.downloadCsv')}
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => {
            setFailed(false);
            xlsx().catch(() => setFailed(true));
          }}
        >
          {t('indicators.downloadXlsx')}
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => downloadText('iati-results.json', `${JSON.stringify(iati(), null, 2)}\n`, 'application/json')}
        >
          {t('indicators.downloadIati')}
        </button>
      </div>
      {failed && (
        <p className="form-error" role="alert">
          {t('indicators.downloadFailed')}
        </p>
      )}
    </>
  );
}

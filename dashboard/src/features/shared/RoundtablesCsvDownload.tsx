import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import type { AnalyticsFilter } from '../../__generated__/graphql';
import { useEditingI18n } from '../../app/i18n/editing';
import { downloadBlob, downloadText } from '../../charts/download';
import { csvTable } from '../../data/csv';
import { ROUNDTABLES_CSV } from './roundtables-csv';

type Format = 'csv' | 'xlsx';

/**
 * The same cells as the CSV, as a spreadsheet. Its writer loads only when asked for, so
 * no page carries it before then.
 */
async function downloadXlsx(fileName: string, csv: string): Promise<void> {
  const { toXlsx, XLSX_TYPE } = await import('../../data/xlsx');
  const { header, rows } = csvTable(csv);
  downloadBlob(fileName.replace(/\.csv$/, '.xlsx'), new Blob([toXlsx(header, rows, 'Roundtables')], { type: XLSX_TYPE }));
}

/**
 * The roundtables of the view as the API exports them, byte for byte: the same file the
 * import reads, so it can be edited and imported back. The spreadsheet holds the same
 * cells, for reading rather than importing.
 */
export function RoundtablesCsvDownload({ filter, fileName }: { filter: AnalyticsFilter; fileName: string }) {
  const { t } = useEditingI18n();
  const client = useApolloClient();
  const [working, setWorking] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const download = async (format: Format) => {
    if (working) return;
    setWorking(true);
    setFailure(null);
    try {
      const { data } = await client.query({ query: ROUNDTABLES_CSV, variables: { filter }, fetchPolicy: 'network-only' });
      if (!data) return;
      if (format === 'csv') downloadText(fileName, data.roundtablesCsv);
      else await downloadXlsx(fileName, data.roundtablesCsv);
    } catch (error) {
      setFailure((error as Error).message);
    } finally {
      setWorking(false);
    }
  };
  return (
    <div className="csv-download">
      <button type="button" className="secondary" onClick={() => void download('csv')} aria-busy={working}>
        {working ? t('export.working') : t('export.roundtablesCsv')}
      </button>
      <button type="button" className="secondary" onClick={() => void download('xlsx')} aria-busy={working}>
        {working ? t('export.working') : t('export.roundtablesXlsx')}
      </button>
      {failure && (
        <p className="form-error" role="alert">
          {t('export.failed', { message: failure })}
        </p>
      )}
    </div>
  );
}

import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import type { AnalyticsFilter } from '../../__generated__/graphql';
import { useEditingI18n } from '../../app/i18n/editing';
import { downloadText } from '../../charts/download';
import { ROUNDTABLES_CSV } from './roundtables-csv';

/**
 * The roundtables of the view as the API exports them, byte for byte: the same file the
 * import reads, so it can be edited and imported back.
 */
export function RoundtablesCsvDownload({ filter, fileName }: { filter: AnalyticsFilter; fileName: string }) {
  const { t } = useEditingI18n();
  const client = useApolloClient();
  const [working, setWorking] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const download = async () => {
    if (working) return;
    setWorking(true);
    setFailure(null);
    try {
      const { data } = await client.query({ query: ROUNDTABLES_CSV, variables: { filter }, fetchPolicy: 'network-only' });
      if (data) downloadText(fileName, data.roundtablesCsv);
    } catch (error) {
      setFailure((error as Error).message);
    } finally {
      setWorking(false);
    }
  };
  return (
    <div className="csv-download">
      <button type="button" className="secondary" onClick={() => void download()} aria-busy={working}>
        {working ? t('export.working') : t('export.roundtablesCsv')}
      </button>
      {failure && (
        <p className="form-error" role="alert">
          {t('export.failed', { message: failure })}
        </p>
      )}
    </div>
  );
}

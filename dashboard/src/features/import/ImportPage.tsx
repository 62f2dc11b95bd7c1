import './import.css';
import { useApolloClient } from '@apollo/client/react';
import { useEffect, useId, useRef, useState } from 'react';
import { decodeUtf8File } from '../../../../server/core/csv/text-encoding';
import { graphql } from '../../__generated__';
import { forgetRoundtableFigures } from '../../app/cache-invalidation';
import { useEditingI18n } from '../../app/i18n/editing';
import { usePageTitle } from '../../app/page-title';
import { Link } from '../../app/router';
import { mayImport } from '../../app/session/permissions';
import { signInHref } from '../../app/session/session-lifecycle';
import { useSession } from '../../app/session/session-store';
import { readWriteRefusal } from '../../data/api-errors';
import { type ChosenFile, FileDrop } from './FileDrop';
import { ImportOutcome } from './ImportOutcome';
import type { ImportOutcomeState } from './import-outcome';

const IMPORT_ROUNDTABLES = graphql(`
  mutation ImportRoundtables($csv: String!, $dryRun: Boolean!) {
    importRoundtables(csv: $csv, dryRun: $dryRun) {
      ...ImportOutcome_report
    }
  }
`);

/** Served with the dashboard, from the repository's templates/ folder (see vite-import-template.ts). */
const TEMPLATE_PATH = '/templates/roundtables-import.csv';

/** The API reads at most this much; a larger file is refused here before it is sent. */
const MAX_FILE_BYTES = 2 * 1024 * 1024;

/** `/import`: roundtables from a CSV file, checked first and imported only as checked. */
export default function ImportPage() {
  const { t } = useEditingI18n();
  const session = useSession();
  usePageTitle(t('import.title'));
  return (
    <>
      <h1>{t('import.title')}</h1>
      <p className="page-intro">{t('import.intro')}</p>
      <p>
        <a href={TEMPLATE_PATH} download="roundtables-import.csv">
          {t('import.template')}
        </a>{' '}
        <span className="muted">{t('import.templateHint')}</span>
      </p>
      {mayImport(session?.viewer) ? (
        <Importer />
      ) : (
        <div className="banner notice" role="note">
          <p>{t('import.notAllowed')}</p>
          {!session && <Link to={signInHref()}>{t('session.signIn')}</Link>}
        </div>
      )}
    </>
  );
}

function Importer() {
  const { t } = useEditingI18n();
  const client = useApolloClient();
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcomeState | null>(null);
  const [working, setWorking] = useState<'check' | 'import' | null>(null);
  const [runs, setRuns] = useState(0);
  const outcomeHeading = useRef<HTMLHeadingElement>(null);
  const importHintId = useId();

  // Each check or import ends with its outcome read out: the focus goes to its heading.
  useEffect(() => {
    if (runs > 0) outcomeHeading.current?.focus();
  }, [runs]);

  const choose = async (chosen: File) => {
    setOutcome(null);
    if (chosen.size > MAX_FILE_BYTES) {
      setFile(null);
      setOutcome({ kind: 'failed', message: t('import.tooLarge') });
      setRuns((count) => count + 1);
      return;
    }
    // Read as the API and `pnpm sira import roundtables` read it, so a file in another encoding is refused here, named.
    const read = decodeUtf8File(new Uint8Array(await chosen.arrayBuffer()));
    if ('notUtf8' in read) {
      setFile(null);
      setOutcome({ kind: 'failed', message: t('import.notUtf8', { ...read.notUtf8 }) });
      setRuns((count) => count + 1);
      return;
    }
    setFile({ name: chosen.name, size: chosen.size, text: read.text });
  };

  const run = async (dryRun: boolean) => {
    if (!file || working) return;
    setWorking(dryRun ? 'check' : 'import');
    try {
      const { data } = await client.mutate({
        mutation: IMPORT_ROUNDTABLES,
        variables: { csv: file.text, dryRun },
        update: dryRun ? undefined : forgetRoundtableFigures,
      });
      const report = data?.importRoundtables;
      if (!report) throw new Error(t('import.noAnswer'));
      // A real import of a file that changed meanwhile can still be refused: shown as a check.
      setOutcome(report.written ? { kind: 'imported', report } : { kind: 'checked', text: file.text, report });
    } catch (error) {
      setOutcome({ kind: 'failed', message: readWriteRefusal(error).message });
    } finally {
      setWorking(null);
      setRuns((count) => count + 1);
    }
  };

  // Import only what was checked: the same text, found valid, not yet imported.
  const importable = outcome?.kind === 'checked' && outcome.report.valid && outcome.text === file?.text;
  return (
    <>
      <FileDrop chosen={file} onFile={(chosen) => void choose(chosen)} />
      <div className="form-actions">
        <button type="button" className="secondary" disabled={!file} onClick={() => void run(true)}>
          {working === 'check' ? t('import.checking') : t('import.check')}
        </button>
        <button type="button" className="primary" disabled={!importable} aria-describedby={importHintId} onClick={() => void run(false)}>
          {working === 'import' ? t('import.importing') : t('import.import')}
        </button>
      </div>
      <p id={importHintId} className="field-hint">
        {t('import.importHint')}
      </p>
      {outcome && <ImportOutcome outcome={outcome} headingRef={outcomeHeading} />}
    </>
  );
}

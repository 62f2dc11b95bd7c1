import '../import/import.css';
import { useApolloClient } from '@apollo/client/react';
import { useEffect, useId, useRef, useState } from 'react';
import { decodeUtf8File } from '../../../../server/core/csv/text-encoding';
import type { ImportParticipantsMutation } from '../../__generated__/graphql';
import { forgetRoundtableFigures } from '../../app/cache-invalidation';
import { useParticipantsI18n } from '../../app/i18n/participants';
import { readWriteRefusal } from '../../data/api-errors';
import { ColumnHeads, ScrollTable } from '../../ui/Tables';
import { type ChosenFile, FileDrop } from '../import/FileDrop';
import { ImportProblems } from '../import/ImportTables';
import type { ParticipantChoices } from './participant-choices';
import { IMPORT_PARTICIPANTS } from './participant-writes';

/** Served with the dashboard, from the repository's templates/ folder (see vite-import-template.ts). */
const TEMPLATE_PATH = '/templates/participants-import.csv';

/** The API reads at most this much; a larger file is refused here before it is sent. */
const MAX_FILE_BYTES = 2 * 1024 * 1024;

type Report = ImportParticipantsMutation['importParticipants'];
type Outcome =
  | { kind: 'checked'; text: string; report: Report }
  | { kind: 'imported'; report: Report }
  | { kind: 'failed'; message: string };

/**
 * A roundtable's participants from a CSV file, as the roundtables import works: checked first
 * (a dry run that shows each row, or every problem by line and column), then imported only as
 * checked, all of it or nothing.
 */
export function ParticipantImport({
  roundtableId,
  choices,
  onImported,
}: {
  roundtableId: string;
  choices: ParticipantChoices;
  /** The file was imported: what shows the records is read again. */
  onImported: () => void;
}) {
  const { t } = useParticipantsI18n();
  const client = useApolloClient();
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [working, setWorking] = useState<'check' | 'import' | null>(null);
  const [runs, setRuns] = useState(0);
  const outcomeHeading = useRef<HTMLHeadingElement>(null);
  const importHintId = useId();

  useEffect(() => {
    if (runs > 0) outcomeHeading.current?.focus();
  }, [runs]);

  const fail = (message: string) => {
    setFile(null);
    setOutcome({ kind: 'failed', message });
    setRuns((count) => count + 1);
  };
  const choose = async (chosen: File) => {
    setOutcome(null);
    if (chosen.size > MAX_FILE_BYTES) return fail(t('import.tooLarge'));
    const read = decodeUtf8File(new Uint8Array(await chosen.arrayBuffer()));
    if ('notUtf8' in read) return fail(t('import.notUtf8', { ...read.notUtf8 }));
    setFile({ name: chosen.name, size: chosen.size, text: read.text });
  };
  const run = async (dryRun: boolean) => {
    if (!file || working) return;
    setWorking(dryRun ? 'check' : 'import');
    try {
      const { data } = await client.mutate({
        mutation: IMPORT_PARTICIPANTS,
        variables: { roundtableId, csv: file.text, dryRun },
        update: dryRun ? undefined : forgetRoundtableFigures,
      });
      const report = data?.importParticipants;
      if (!report) throw new Error(t('import.noAnswer'));
      if (report.written) {
        setFile(null);
        setOutcome({ kind: 'imported', report });
        onImported();
      } else {
        setOutcome({ kind: 'checked', text: file.text, report });
      }
    } catch (error) {
      setOutcome({ kind: 'failed', message: readWriteRefusal(error).message });
    } finally {
      setWorking(null);
      setRuns((count) => count + 1);
    }
  };

  const importable = outcome?.kind === 'checked' && outcome.report.valid && outcome.text === file?.text;
  const heading = (text: string) => (
    <h3 ref={outcomeHeading} tabIndex={-1}>
      {text}
    </h3>
  );
  return (
    <section className="card" aria-labelledby="participant-import-title">
      <h2 id="participant-import-title">{t('participants.import.title')}</h2>
      <p>{t('participants.import.intro')}</p>
      <p>
        <a href={TEMPLATE_PATH} download="participants-import.csv">
          {t('participants.import.template')}
        </a>{' '}
        <span className="muted">{t('participants.import.templateHint')}</span>
      </p>
      <FileDrop chosen={file} onFile={(chosen) => void choose(chosen)} hint={t('participants.import.fileHint')} />
      <div className="form-actions">
        <button type="button" className="secondary" disabled={!file} onClick={() => void run(true)}>
          {working === 'check' ? t('participants.import.checking') : t('participants.import.check')}
        </button>
        <button type="button" className="primary" disabled={!importable} aria-describedby={importHintId} onClick={() => void run(false)}>
          {working === 'import' ? t('participants.import.importing') : t('participants.import.import')}
        </button>
      </div>
      <p id={importHintId} className="field-hint">
        {t('participants.import.importHint')}
      </p>
      {outcome?.kind === 'failed' && (
        <div className="import-outcome has-problem">
          {heading(t('import.failedTitle'))}
          <p className="form-error">{outcome.message}</p>
        </div>
      )}
      {outcome?.kind === 'imported' && (
        <div className="import-outcome">
          {heading(t('participants.import.doneTitle'))}
          <p>{t('participants.import.doneCount', { count: outcome.report.created })}</p>
        </div>
      )}
      {outcome?.kind === 'checked' && !outcome.report.valid && (
        <div className="import-outcome has-problem">
          {heading(t('import.problems', { count: outcome.report.errors.length }))}
          <p>{t('import.problemsHint')}</p>
          <ImportProblems errors={outcome.report.errors} />
        </div>
      )}
      {outcome?.kind === 'checked' && outcome.report.valid && (
        <div className="import-outcome">
          {heading(t('participants.import.validTitle'))}
          <p>{t('participants.import.validCount', { count: outcome.report.created })}</p>
          <ImportPreview rows={outcome.report.rows} choices={choices} />
        </div>
      )}
    </section>
  );
}

/** Each participant a valid file records, as the sheet would show it. */
function ImportPreview({ rows, choices }: { rows: Report['rows']; choices: ParticipantChoices }) {
  const { t, format } = useParticipantsI18n();
  const notRecorded = <span className="muted">{t('participants.notRecorded')}</span>;
  return (
    <ScrollTable caption={t('participants.import.previewCaption')} className="data import-preview">
      <ColumnHeads
        columns={[
          { label: t('import.line'), numeric: true },
          { label: t('participants.column.category') },
          { label: t('participants.column.newcomer') },
          { label: t('participants.column.gender') },
          { label: t('participants.column.ageBand') },
          { label: t('participants.column.organisation') },
          { label: t('participants.column.mode') },
        ]}
      />
      <tbody>
        {rows.map((row) => (
          <tr key={row.line}>
            <td className="numeric">{format.number(row.line)}</td>
            <td>{choices.categoryLabel(row.category)}</td>
            <td>{row.newcomer ? t('participants.yes') : t('participants.no')}</td>
            <td>{row.gender ? t(`participants.gender.${row.gender}`) : notRecorded}</td>
            <td>{row.ageBand ? t(`participants.age.${row.ageBand}`) : notRecorded}</td>
            <td>{row.organisation ? choices.organisationName(row.organisation) : <span className="muted">–</span>}</td>
            <td>{t(`participants.mode.${row.mode}`)}</td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}

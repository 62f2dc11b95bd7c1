import type { Ref } from 'react';
import { graphql } from '../../__generated__';
import { useEditingI18n } from '../../app/i18n/editing';
import { Link } from '../../app/router';
import { ImportPreview, ImportProblems } from './ImportTables';
import type { ImportOutcomeState } from './import-outcome';

// The report of a check or an import: the import's mutation spreads it.
export const IMPORT_OUTCOME_REPORT = graphql(`
  fragment ImportOutcome_report on ImportReport {
    valid
    written
    created
    updated
    unchanged
    rows {
      line
      region
      number
      action
      changedFields
      warnings {
        column
        ruleCode
        message
        values { name value }
      }
    }
    errors {
      line
      column
      message
    }
  }
`);

/** What the check or the import found: what will change, what did, or every problem to fix. */
export function ImportOutcome({ outcome, headingRef }: { outcome: ImportOutcomeState; headingRef: Ref<HTMLHeadingElement> }) {
  const { t, format } = useEditingI18n();
  const heading = (text: string) => (
    <h2 ref={headingRef} tabIndex={-1}>
      {text}
    </h2>
  );
  if (outcome.kind === 'failed') {
    return (
      <section className="card import-outcome">
        {heading(t('import.failedTitle'))}
        <p className="form-error">{outcome.message}</p>
      </section>
    );
  }
  const { report } = outcome;
  const counts = {
    created: format.number(report.created),
    updated: format.number(report.updated),
    unchanged: format.number(report.unchanged),
  };
  if (outcome.kind === 'imported') {
    return (
      <section className="card import-outcome">
        {heading(t('import.doneTitle'))}
        <p>{t('import.doneCounts', counts)}</p>
        <p>
          <Link to="/">{t('import.seeOverview')}</Link>
        </p>
      </section>
    );
  }
  if (!report.valid) {
    return (
      <section className="card import-outcome has-problem">
        {heading(t('import.problems', { count: report.errors.length }))}
        <p>{t('import.problemsHint')}</p>
        <ImportProblems errors={report.errors} />
      </section>
    );
  }
  return (
    <section className="card import-outcome">
      {heading(t('import.validTitle'))}
      <p>{t('import.validCounts', counts)}</p>
      {report.rows.length > 0 && <ImportPreview rows={report.rows} />}
    </section>
  );
}

import { useEditingI18n } from '../../app/i18n/editing';
import type { ImportReport as Report } from './import-outcome';

/** Each row of a valid file, and what the import does (or would do) with it. */
export function ImportPreview({ rows }: { rows: Report['rows'] }) {
  const { t, format } = useEditingI18n();
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1).
    <section className="table-wrap" aria-label={t('import.previewCaption')} tabIndex={0}>
      <table className="data import-preview">
        <caption className="sr-only">{t('import.previewCaption')}</caption>
        <thead>
          <tr>
            <th scope="col" className="numeric">
              {t('import.line')}
            </th>
            <th scope="col">{t('column.region')}</th>
            <th scope="col" className="numeric">
              {t('column.number')}
            </th>
            <th scope="col">{t('import.action')}</th>
            <th scope="col">{t('import.changedColumns')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.line}>
              <td className="numeric">{format.number(row.line)}</td>
              <td>{row.region}</td>
              <td className="numeric">{format.number(row.number)}</td>
              <td>
                <span className={`action action-${row.action.toLowerCase()}`}>{t(`import.action.${row.action}`)}</span>
              </td>
              <td>{row.changedFields.length ? row.changedFields.join(', ') : <span className="muted">–</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** Every problem in the file, by line and column, as the API names them. */
export function ImportProblems({ errors }: { errors: Report['errors'] }) {
  const { t, format } = useEditingI18n();
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1).
    <section className="table-wrap" aria-label={t('import.problemsCaption')} tabIndex={0}>
      <table className="data import-problems">
        <caption className="sr-only">{t('import.problemsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col" className="numeric">
              {t('import.line')}
            </th>
            <th scope="col">{t('import.column')}</th>
            <th scope="col">{t('import.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {errors.map((problem, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a cell can have several problems; the report's order is their identity.
            <tr key={index}>
              <td className="numeric">{problem.line === null ? t('import.wholeFile') : format.number(problem.line)}</td>
              <td>{problem.column ?? <span className="muted">–</span>}</td>
              <td>{problem.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

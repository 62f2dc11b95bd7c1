import { useEditingI18n } from '../../app/i18n/editing';
import { ruleMessage } from '../../data/rule-messages';
import { useRuleWords } from '../../data/rule-words';
import { ColumnHeads, ScrollTable } from '../../ui/Tables';
import type { ImportReport as Report } from './import-outcome';

/** Each row of a valid file, what the import does (or would do) with it, and what a validation rule asks to check in it. */
export function ImportPreview({ rows }: { rows: Report['rows'] }) {
  const { t, format, locale } = useEditingI18n();
  const words = useRuleWords(locale);
  const checks = (row: Report['rows'][number]) =>
    row.warnings.map((warning) => `${warning.column ?? t('import.wholeRow')}: ${ruleMessage(words, format, warning) ?? warning.message}`);
  return (
    <ScrollTable caption={t('import.previewCaption')} className="data import-preview">
      <ColumnHeads
        columns={[
          { label: t('import.line'), numeric: true },
          { label: t('column.region') },
          { label: t('column.number'), numeric: true },
          { label: t('import.action') },
          { label: t('import.changedColumns') },
          { label: t('import.checks') },
        ]}
      />
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
            <td>{row.warnings.length ? checks(row).join('; ') : <span className="muted">–</span>}</td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}

/** Every problem in the file, by line and column, as the API names them. */
export function ImportProblems({ errors }: { errors: Report['errors'] }) {
  const { t, format } = useEditingI18n();
  return (
    <ScrollTable caption={t('import.problemsCaption')} className="data import-problems">
      <ColumnHeads columns={[{ label: t('import.line'), numeric: true }, { label: t('import.column') }, { label: t('import.reason') }]} />
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
    </ScrollTable>
  );
}

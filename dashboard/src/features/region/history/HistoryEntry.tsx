import { graphql } from '../../../__generated__';
import type { HistoryEntry_EntryFragment } from '../../../__generated__/graphql';
import { useEditingI18n } from '../../../app/i18n/editing';
import { changedFields, type RoundtableSnapshot } from '../../../data/audit';
import { ROUNDTABLE_FIELD_LABELS } from '../../shared/roundtable-field-labels';
import { type DescribeContext, describeField } from './describe-change';
import { describeMark, isMark } from './describe-mark';
import { describeReview, isReviewStep } from './describe-review';

// What a change shows: the roundtable history's query spreads it.
export const HISTORY_ENTRY_ENTRY = graphql(`
  fragment HistoryEntry_entry on AuditEntry {
    at
    actorName
    actorRole
    action
    before
    after
  }
`);

/** The entry with the roundtable as it was before and after, read from the API's JSON. */
type Entry = Omit<HistoryEntry_EntryFragment, 'before' | 'after'> & {
  before: RoundtableSnapshot | null;
  after: RoundtableSnapshot | null;
};

/** One change: when, who in which role, what they did, and each field it changed, before and after. */
export function HistoryEntry({ entry, context }: { entry: Entry; context: DescribeContext }) {
  const i18n = useEditingI18n();
  const { t, format } = i18n;
  const changes = changedFields(entry.before, entry.after);
  const when = format.dateTime(entry.at);
  const { action } = entry;
  const review = isReviewStep(action)
    ? describeReview({ ...entry, action }, i18n)
    : isMark(action)
      ? describeMark({ ...entry, action }, i18n)
      : null;
  return (
    <li>
      <p className="history-meta">
        <strong>{t(`audit.${entry.action}`)}</strong> · <time dateTime={entry.at}>{when}</time> · {entry.actorName} (
        {t(`role.${entry.actorRole}`)})
      </p>
      {review ? (
        <div className="history-review">
          <p>{review.sentence}</p>
          {review.comment && (
            <figure>
              <figcaption>{t('history.review.comment')}</figcaption>
              <blockquote>{review.comment}</blockquote>
            </figure>
          )}
        </div>
      ) : changes.length === 0 ? (
        <p className="muted">{t('history.noFieldChanged')}</p>
      ) : (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1).
        <section className="table-wrap" aria-label={t('history.changesOf', { when })} tabIndex={0}>
          <table className="data history-changes">
            <thead>
              <tr>
                <th scope="col">{t('history.field')}</th>
                <th scope="col">{t('history.before')}</th>
                <th scope="col">{t('history.after')}</th>
              </tr>
            </thead>
            <tbody>
              {changes.map((change) => (
                <tr key={change.field}>
                  <th scope="row">{t(ROUNDTABLE_FIELD_LABELS[change.field])}</th>
                  <td>
                    <Lines lines={describeField(change.field, entry.before, context)} />
                  </td>
                  <td>
                    <Lines lines={describeField(change.field, entry.after, context)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </li>
  );
}

function Lines({ lines }: { lines: string[] }) {
  const { t } = useEditingI18n();
  if (lines.length === 0) return <span className="muted">{t('history.empty')}</span>;
  if (lines.length === 1) return <>{lines[0]}</>;
  return (
    <ul className="plain-list">
      {lines.map((line, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the same text can be listed twice; its place is its identity.
        <li key={index}>{line}</li>
      ))}
    </ul>
  );
}

import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../../../__generated__';
import { useEditingI18n } from '../../../app/i18n/editing';
import { asSnapshot } from '../../../data/audit';
import { ErrorState, Loading } from '../../../ui/States';
import type { DescribeContext } from './describe-change';
import { HistoryEntry } from './HistoryEntry';

const ROUNDTABLE_HISTORY = graphql(`
  query RoundtableHistory($id: ID!, $locale: Locale!) {
    auditLog(entityId: $id, limit: 100) {
      id
      ...HistoryEntry_entry
    }
    ...RoundtableCodeNames
  }
`);

/** "History" under a roundtable: who changed what and when, read only when opened. */
export function RoundtableHistory({ id, number }: { id: string; number: number }) {
  const { t } = useEditingI18n();
  const [open, setOpen] = useState(false);
  return (
    <details className="history" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        {t('history.title')}
        <span className="sr-only"> {t('region.roundtable', { number })}</span>
      </summary>
      {open && <HistoryEntries id={id} />}
    </details>
  );
}

function HistoryEntries({ id }: { id: string }) {
  const i18n = useEditingI18n();
  const { t } = i18n;
  const { data, error, loading, refetch } = useQuery(ROUNDTABLE_HISTORY, {
    variables: { id, locale: i18n.locale },
    fetchPolicy: 'cache-and-network',
  });
  if (error) return <ErrorState error={error} retry={() => void refetch()} />;
  if (loading && !data) return <Loading />;
  if (!data || data.auditLog.length === 0) return <p className="muted">{t('history.none')}</p>;
  const context: DescribeContext = {
    ...i18n,
    categories: new Map(data.stakeholderCategories.map((category) => [category.code, category.label])),
    challenges: new Map(data.challenges.map((challenge) => [challenge.code, challenge.label])),
    organisations: new Map(data.organisations.map((organisation) => [organisation.slug, organisation.name])),
  };
  return (
    <ol className="history-entries">
      {data.auditLog.map((entry) => (
        <HistoryEntry
          key={entry.id}
          entry={{ ...entry, before: asSnapshot(entry.before), after: asSnapshot(entry.after) }}
          context={context}
        />
      ))}
    </ol>
  );
}

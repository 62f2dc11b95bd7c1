import './offline.css';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { KEEP_OFFLINE } from '../../app/apollo';
import { forgetRoundtableFigures } from '../../app/cache-invalidation';
import { useEditingI18n } from '../../app/i18n/editing';
import { useOfflineI18n } from '../../app/i18n/offline';
import { usePageTitle } from '../../app/page-title';
import { Link } from '../../app/router';
import { syncPath } from '../../app/routes';
import { readWriteRefusal } from '../../data/api-errors';
import { ErrorState, Loading } from '../../ui/States';
import { ClosedPeriodsProvider } from '../roundtable-form/ClosedPeriodNote';
import { FORM_OPTIONS, formChoices } from '../roundtable-form/form-choices';
import { formLimits } from '../roundtable-form/form-limits';
import { RoundtableForm } from '../roundtable-form/RoundtableForm';
import { CREATE_ROUNDTABLE, UPDATE_ROUNDTABLE } from '../roundtable-form/roundtable-writes';
import { ConflictChooser } from './ConflictChooser';
import { type Draft, getDraft, onDraftsChanged, putDraft } from './offline-db';
import { useDraftKeeper } from './use-draft';

/**
 * `/drafts/:id`: a roundtable kept on this device, opened in the form to go on, to correct what
 * the API refused, or to send now; one whose record changed meanwhile opens its conflict, to
 * choose field by field what to keep.
 */
export default function DraftPage({ id }: { id: string }) {
  const { t } = useOfflineI18n();
  const [draft, setDraft] = useState<Draft | null | undefined>(undefined);
  useEffect(() => {
    let current = true;
    const read = () =>
      void getDraft(id).then(
        (found) => current && setDraft((shown) => (shown && found && shown.state === found.state ? shown : (found ?? null))),
      );
    read();
    const stop = onDraftsChanged(read);
    return () => {
      current = false;
      stop();
    };
  }, [id]);
  usePageTitle(draft === null ? null : t('sync.title'));

  if (draft === undefined) return <Loading />;
  if (draft === null) {
    return (
      <>
        <h1>{t('sync.title')}</h1>
        <p className="state">{t('draft.gone')}</p>
        <p>
          <Link to={syncPath()}>{t('sync.title')}</Link>
        </p>
      </>
    );
  }
  return draft.state === 'conflict' ? <ConflictChooser draft={draft} /> : <DraftForm draft={draft} />;
}

function DraftForm({ draft }: { draft: Draft }) {
  const offline = useOfflineI18n();
  const { t, locale } = useEditingI18n();
  const client = useApolloClient();
  const options = useQuery(FORM_OPTIONS, {
    variables: { slug: draft.region, locale },
    fetchPolicy: 'network-only',
    context: KEEP_OFFLINE,
  });
  const keeper = useDraftKeeper(draft, draft);
  const region = options.data?.region?.name ?? draft.region;
  const title = draft.roundtableId
    ? offline.t('draft.titleEdit', { number: draft.values.number, region })
    : offline.t('draft.titleNew', { region });

  if (options.error) return <ErrorState error={options.error} retry={() => void options.refetch()} />;
  if (!options.data) return <Loading />;
  const organisers = draft.values.organisers.map((organiser) => organiser.organisation).filter(Boolean);
  return (
    <>
      <h1>{title}</h1>
      {draft.state === 'refused' && draft.error && (
        <p className="banner error" role="alert">
          {offline.t('draft.refused', { message: draft.error })}
        </p>
      )}
      <ClosedPeriodsProvider closures={options.data.closedPeriods}>
        <RoundtableForm
          initial={draft.values}
          choices={formChoices(options.data, draft.region, organisers)}
          limits={formLimits(options.data.roundtableLimits)}
          draft={keeper}
          submitLabel={draft.roundtableId ? t('form.update') : t('form.create')}
          savedMessage={(number) => (draft.roundtableId ? t('form.saved', { number }) : t('form.recorded', { number }))}
          save={async (input) => {
            try {
              if (draft.roundtableId && draft.baseVersion !== null) {
                const saved = await client.mutate({
                  mutation: UPDATE_ROUNDTABLE,
                  variables: { id: draft.roundtableId, expectedVersion: draft.baseVersion, input },
                  update: forgetRoundtableFigures,
                });
                return saved.data?.updateRoundtable.warnings ?? [];
              }
              const saved = await client.mutate({ mutation: CREATE_ROUNDTABLE, variables: { input }, update: forgetRoundtableFigures });
              return saved.data?.createRoundtable.warnings ?? [];
            } catch (error) {
              // Changed meanwhile by someone else: the conflict opens, to choose field by field.
              if (readWriteRefusal(error).kind === 'staleVersion') {
                await keeper.flush();
                const kept = await getDraft(draft.id);
                if (kept) await putDraft({ ...kept, state: 'conflict' });
              }
              throw error;
            }
          }}
        />
      </ClosedPeriodsProvider>
    </>
  );
}

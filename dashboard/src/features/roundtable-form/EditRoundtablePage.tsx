import { useApolloClient, useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { KEEP_OFFLINE } from '../../app/apollo';
import { forgetRoundtableFigures } from '../../app/cache-invalidation';
import { useEditingI18n } from '../../app/i18n/editing';
import { usePageTitle } from '../../app/page-title';
import { Link } from '../../app/router';
import { regionPath } from '../../app/routes';
import { mayEditRegion } from '../../app/session/permissions';
import { useSession } from '../../app/session/session-store';
import { ErrorState, Loading } from '../../ui/States';
import { NotFound } from '../not-found/NotFound';
import { WaitingChange } from '../offline/RegionDrafts';
import { useDraftKeeper } from '../offline/use-draft';
import { ReturnedComment } from '../review/RoundtableReview';
import { isLocked } from '../review/review-actions';
import { ClosedPeriodsProvider } from './ClosedPeriodNote';
import { FORM_OPTIONS, formChoices } from './form-choices';
import { formLimits } from './form-limits';
import { valuesFromRoundtable } from './form-values';
import { NotAllowed } from './NotAllowed';
import { RoundtableForm } from './RoundtableForm';
import { ROUNDTABLE_FOR_EDIT, UPDATE_ROUNDTABLE } from './roundtable-writes';

/** `/roundtables/:id/edit`: changes a roundtable, quoting the version it was read at. */
export default function EditRoundtablePage({ id }: { id: string }) {
  const { t, locale } = useEditingI18n();
  const client = useApolloClient();
  const viewer = useSession()?.viewer;
  // Always read afresh: the version quoted on saving must be the one shown.
  const current = useQuery(ROUNDTABLE_FOR_EDIT, { variables: { id }, fetchPolicy: 'network-only', context: KEEP_OFFLINE });
  const roundtable = current.data?.roundtable;
  const slug = roundtable?.region.slug ?? '';
  const options = useQuery(FORM_OPTIONS, { variables: { slug, locale }, skip: !slug, context: KEEP_OFFLINE });
  const base = useMemo(() => (roundtable ? valuesFromRoundtable(roundtable) : null), [roundtable]);
  const draft = useDraftKeeper({ region: slug, roundtableId: id, baseVersion: roundtable?.version ?? null, base });
  const [reloaded, setReloaded] = useState(false);
  const reloadNotice = useRef<HTMLParagraphElement>(null);
  const version = roundtable?.version;
  usePageTitle(
    current.data && !roundtable ? null : t('title.editRoundtable'),
    roundtable && t('title.roundtableOf', { region: roundtable.region.name, number: roundtable.number }),
  );
  // The form under it is new: say which version it now shows, where the focus was.
  useEffect(() => {
    if (reloaded && version !== undefined) reloadNotice.current?.focus();
  }, [reloaded, version]);

  const error = current.error ?? options.error;
  if (error) return <ErrorState error={error} retry={() => void (current.error ? current.refetch() : options.refetch())} />;
  if (current.loading && !current.data) return <Loading />;
  if (!roundtable) return <NotFound missing={{ kind: 'roundtable' }} />;
  const title = t('form.editTitle', { number: roundtable.number, region: roundtable.region.name });
  if (!mayEditRegion(viewer, slug)) return <NotAllowed title={title} regionName={roundtable.region.name} back={regionPath(slug)} />;
  // The API refuses every change to an approved roundtable: say so, and who can reopen it, instead of a form.
  if (isLocked(roundtable.reviewState)) {
    return (
      <>
        <h1>{title}</h1>
        <p className="banner notice" role="note">
          {t('review.locked')}
        </p>
        <p>
          <Link className="back-link" to={regionPath(slug)}>
            {t('form.backToRegion', { region: roundtable.region.name })}
          </Link>
        </p>
      </>
    );
  }
  if (!options.data) return <Loading />;

  const reload = async () => {
    await current.refetch();
    setReloaded(true);
  };
  return (
    <>
      <h1>{title}</h1>
      <ReturnedComment roundtable={roundtable} mayCorrect />
      <WaitingChange roundtableId={id} />
      {reloaded && (
        <p ref={reloadNotice} className="banner notice" role="status" tabIndex={-1}>
          {t('form.reloaded', { version: roundtable.version })}
        </p>
      )}
      <ClosedPeriodsProvider closures={options.data.closedPeriods}>
        <RoundtableForm
          // A new version read is a new form: their values replace the ones typed here.
          key={roundtable.version}
          initial={base ?? valuesFromRoundtable(roundtable)}
          draft={draft}
          choices={formChoices(
            options.data,
            slug,
            roundtable.organisers.flatMap((organiser) => (organiser.organisation ? [organiser.organisation.slug] : [])),
          )}
          limits={formLimits(options.data.roundtableLimits)}
          fromRecords={roundtable.attendance.fromRecords}
          submitLabel={t('form.update')}
          savedMessage={(number) => t('form.saved', { number })}
          introNote={t('form.editingVersion', { version: roundtable.version })}
          onReload={() => void reload()}
          save={async (input) => {
            const saved = await client.mutate({
              mutation: UPDATE_ROUNDTABLE,
              variables: { id, expectedVersion: roundtable.version, input },
              update: forgetRoundtableFigures,
            });
            return saved.data?.updateRoundtable.warnings ?? [];
          }}
        />
      </ClosedPeriodsProvider>
    </>
  );
}

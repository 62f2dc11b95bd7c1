import { useApolloClient, useQuery } from '@apollo/client/react';
import { KEEP_OFFLINE } from '../../app/apollo';
import { forgetRoundtableFigures } from '../../app/cache-invalidation';
import { useEditingI18n } from '../../app/i18n/editing';
import { usePageTitle } from '../../app/page-title';
import { regionPath } from '../../app/routes';
import { mayEditRegion } from '../../app/session/permissions';
import { useSession } from '../../app/session/session-store';
import { ErrorState, Loading } from '../../ui/States';
import { NotFound } from '../not-found/NotFound';
import { useDraftKeeper } from '../offline/use-draft';
import { ClosedPeriodsProvider } from './ClosedPeriodNote';
import { FORM_OPTIONS, formChoices, nextNumber } from './form-choices';
import { formLimits } from './form-limits';
import { emptyValues } from './form-values';
import { NotAllowed } from './NotAllowed';
import { RoundtableForm } from './RoundtableForm';
import { CREATE_ROUNDTABLE } from './roundtable-writes';

/** `/regions/:slug/roundtables/new`: records a roundtable of one region. */
export default function NewRoundtablePage({ slug }: { slug: string }) {
  const { t, locale } = useEditingI18n();
  const client = useApolloClient();
  const allowed = mayEditRegion(useSession()?.viewer, slug);
  const options = useQuery(FORM_OPTIONS, { variables: { slug, locale }, fetchPolicy: 'network-only', context: KEEP_OFFLINE });
  const draft = useDraftKeeper({ region: slug, roundtableId: null, baseVersion: null, base: null });
  const region = options.data?.region;
  const title = t('form.newTitle', { region: region?.name ?? slug });
  usePageTitle(options.data && !region ? null : t('region.record'), region?.name ?? slug);

  if (options.error) return <ErrorState error={options.error} retry={() => void options.refetch()} />;
  if (!options.data) return <Loading />;
  if (!region) return <NotFound missing={{ kind: 'region', slug }} />;
  if (!allowed) return <NotAllowed title={title} regionName={region.name} back={regionPath(slug)} />;
  return (
    <>
      <h1>{title}</h1>
      <ClosedPeriodsProvider closures={options.data.closedPeriods}>
        <RoundtableForm
          initial={emptyValues(slug, nextNumber(options.data))}
          choices={formChoices(options.data, slug)}
          limits={formLimits(options.data.roundtableLimits)}
          draft={draft}
          submitLabel={t('form.create')}
          savedMessage={(number) => t('form.recorded', { number })}
          save={async (input) => {
            const saved = await client.mutate({ mutation: CREATE_ROUNDTABLE, variables: { input }, update: forgetRoundtableFigures });
            return saved.data?.createRoundtable.warnings ?? [];
          }}
        />
      </ClosedPeriodsProvider>
    </>
  );
}

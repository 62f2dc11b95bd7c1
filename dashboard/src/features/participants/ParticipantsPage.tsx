import '../region/region.css';
import './participants.css';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../../__generated__';
import { useParticipantsI18n } from '../../app/i18n/participants';
import { usePageTitle } from '../../app/page-title';
import { Link } from '../../app/router';
import { regionPath } from '../../app/routes';
import { mayEditRegion, mayReadRegionHistory, seesParticipantRecords } from '../../app/session/permissions';
import { signInHref } from '../../app/session/session-lifecycle';
import { useSession } from '../../app/session/session-store';
import { ErrorState, Loading } from '../../ui/States';
import { StatusMessage } from '../../ui/StatusMessage';
import { NotFound } from '../not-found/NotFound';
import { closuresOn } from '../review/closed-periods';
import { isLocked } from '../review/review-actions';
import { AttendanceSheet } from './AttendanceSheet';
import { DeletedParticipants } from './DeletedParticipants';
import type { RegionRoundtable } from './EditParticipant';
import { ParticipantCounts } from './ParticipantCounts';
import { ParticipantImport } from './ParticipantImport';
import { participantChoices } from './participant-choices';
import { RecordedParticipants } from './RecordedParticipants';

const ROUNDTABLE_PARTICIPANTS = graphql(`
  query RoundtableParticipants($id: ID!, $locale: Locale!) {
    roundtable(id: $id) {
      id
      number
      date
      format
      reviewState
      region {
        slug
        name
        roundtables {
          id
          number
          date
          format
          reviewState
        }
      }
      participations {
        ...RecordedParticipants_participation
      }
    }
    stakeholderCategories {
      code
      label(locale: $locale)
    }
    organisations {
      slug
      name
      region {
        slug
      }
    }
    closedPeriods {
      periodCode
      startsOn
      endsOn
    }
  }
`);

/**
 * `/roundtables/:id/participants`: a roundtable's participant records. Its region's editors add
 * them on an attendance sheet or from a CSV file, change, delete and restore them; the roles that
 * see records read them, with their history.
 */
export default function ParticipantsPage({ id }: { id: string }) {
  const i18n = useParticipantsI18n();
  const { t, locale } = i18n;
  const session = useSession();
  const viewer = session?.viewer;
  const allowed = seesParticipantRecords(viewer);
  const { data, error, loading, refetch } = useQuery(ROUNDTABLE_PARTICIPANTS, {
    variables: { id, locale },
    skip: !allowed,
    // The versions an edit or a deletion quotes must be the ones shown.
    fetchPolicy: 'cache-and-network',
  });
  const [status, setStatus] = useState<string | null>(null);
  const shown = data?.roundtable;
  usePageTitle(
    data && !shown ? null : t('participants.link'),
    shown && t('title.roundtableOf', { region: shown.region.name, number: shown.number }),
  );

  if (!allowed) {
    return (
      <>
        <h1>{t('participants.link')}</h1>
        <div className="banner notice" role="note">
          <p>{t('participants.notAllowed')}</p>
          {!session && <Link to={signInHref()}>{t('session.signIn')}</Link>}
        </div>
      </>
    );
  }
  if (error) return <ErrorState error={error} retry={() => void refetch()} />;
  if (loading && !data) return <Loading />;
  const roundtable = data?.roundtable;
  if (!data || !roundtable) return <NotFound missing={{ kind: 'roundtable' }} />;

  const { region } = roundtable;
  const closedOn = (date: string) => closuresOn(date, data.closedPeriods)[0];
  const [closedIn] = closuresOn(roundtable.date, data.closedPeriods);
  const locked = isLocked(roundtable.reviewState) || Boolean(closedIn);
  const editsRegion = mayEditRegion(viewer, region.slug);
  const editable = editsRegion && !locked;
  const choices = participantChoices(data, region.slug, t);
  const regionRoundtables: RegionRoundtable[] = [...region.roundtables]
    .sort((a, b) => a.date.localeCompare(b.date) || a.number - b.number)
    .map((rt) => ({ ...rt, locked: isLocked(rt.reviewState) || Boolean(closedOn(rt.date)) }));
  const changed = (message: string) => {
    setStatus(message);
    void refetch();
  };
  const records = roundtable.participations.map(({ participant, mode }) => ({ ...participant, mode }));

  return (
    <>
      <h1>{t('participants.title', { number: roundtable.number, region: region.name })}</h1>
      <p className="page-intro">{t('participants.intro')}</p>
      <p>
        <Link className="back-link" to={regionPath(region.slug)}>
          {t('participants.back', { region: region.name })}
        </Link>
      </p>
      {editsRegion && closedIn ? (
        <p className="banner notice" role="note">
          {t('review.periodClosed', { period: closedIn.periodCode })}
        </p>
      ) : (
        editsRegion &&
        locked && (
          <p className="banner notice" role="note">
            {t('review.locked')}
          </p>
        )
      )}
      {!editsRegion && <p className="muted">{t('participants.readOnly')}</p>}
      <StatusMessage message={status} />
      <ParticipantCounts records={records} />
      {editable && (
        <AttendanceSheet
          roundtableId={roundtable.id}
          regionSlug={region.slug}
          format={roundtable.format ?? null}
          choices={choices}
          onSaved={changed}
        />
      )}
      <RecordedParticipants
        participations={roundtable.participations}
        roundtableId={roundtable.id}
        regionSlug={region.slug}
        regionName={region.name}
        regionRoundtables={regionRoundtables}
        choices={choices}
        editable={editable}
        showHistory={mayReadRegionHistory(viewer, region.slug)}
        onChanged={changed}
      />
      {mayReadRegionHistory(viewer, region.slug) && (
        <DeletedParticipants roundtableId={roundtable.id} mayRestore={editable} choices={choices} onRestored={changed} />
      )}
      {/* The import's outcome says what it recorded, where the focus goes: only the lists are read again. */}
      {editable && <ParticipantImport roundtableId={roundtable.id} choices={choices} onImported={() => void refetch()} />}
    </>
  );
}

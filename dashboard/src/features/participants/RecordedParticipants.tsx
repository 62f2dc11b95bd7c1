import { graphql } from '../../__generated__';
import type { RecordedParticipants_ParticipationFragment } from '../../__generated__/graphql';
import { useParticipantsI18n } from '../../app/i18n/participants';
import { Link } from '../../app/router';
import { participantsPath } from '../../app/routes';
import { ColumnHeads, ScrollTable } from '../../ui/Tables';
import { DeleteParticipant } from './DeleteParticipant';
import { EditParticipant, type RegionRoundtable } from './EditParticipant';
import { ParticipantHistory } from './ParticipantHistory';
import type { ParticipantChoices } from './participant-choices';
import { participantCode } from './sheet-rows';

// What the list shows of each participation of the roundtable: the page's query spreads it.
export const RECORDED_PARTICIPANTS_PARTICIPATION = graphql(`
  fragment RecordedParticipants_participation on RoundtableParticipation {
    mode
    participant {
      id
      version
      newcomer
      gender
      ageBand
      category { code }
      organisation { slug }
      participations {
        mode
        roundtableId
      }
    }
  }
`);

export type Participation = RecordedParticipants_ParticipationFragment;

interface Props {
  participations: readonly Participation[];
  roundtableId: string;
  regionSlug: string;
  regionName: string;
  regionRoundtables: readonly RegionRoundtable[];
  choices: ParticipantChoices;
  /** Whether the viewer may change them: the region's editor, the roundtable open to change. */
  editable: boolean;
  showHistory: boolean;
  /** A record changed or was deleted; `message` says which. */
  onChanged: (message: string) => void;
}

/** The roundtable's participant records, by code, each with the roundtables it attended and what may be done with it. */
export function RecordedParticipants({
  participations,
  roundtableId,
  regionSlug,
  regionName,
  regionRoundtables,
  choices,
  editable,
  showHistory,
  onChanged,
}: Props) {
  const { t, format } = useParticipantsI18n();
  const withActions = editable || showHistory;
  const optional = (value: string | null | undefined, label: (value: string) => string) =>
    value ? label(value) : <span className="muted">{t('participants.notRecorded')}</span>;
  return (
    <section className="card" aria-labelledby="recorded-title">
      <h2 id="recorded-title">
        {t('participants.list.title')} ({format.number(participations.length)})
      </h2>
      {participations.length === 0 ? (
        <p className="muted">{t('participants.list.none')}</p>
      ) : (
        <ScrollTable caption={t('participants.list.caption')} className="data participants-list">
          <ColumnHeads
            columns={[
              { label: t('participants.column.code') },
              { label: t('participants.column.category') },
              { label: t('participants.column.newcomer') },
              { label: t('participants.column.gender') },
              { label: t('participants.column.ageBand') },
              { label: t('participants.column.organisation') },
              { label: t('participants.column.mode') },
              { label: t('participants.column.roundtables') },
              ...(withActions ? [{ label: t('participants.column.actions') }] : []),
            ]}
          />
          <tbody>
            {participations.map(({ participant, mode }) => {
              const code = participantCode(participant.id);
              return (
                <tr key={participant.id}>
                  <th scope="row">
                    <code>{code}</code>
                  </th>
                  <td>{choices.categoryLabel(participant.category.code)}</td>
                  <td>{participant.newcomer ? t('participants.yes') : t('participants.no')}</td>
                  <td>{optional(participant.gender, (gender) => t(`participants.gender.${gender}` as 'participants.gender.FEMALE'))}</td>
                  <td>{optional(participant.ageBand, (band) => t(`participants.age.${band}` as 'participants.age.UNDER_18'))}</td>
                  <td>
                    {participant.organisation ? (
                      choices.organisationName(participant.organisation.slug)
                    ) : (
                      <span className="muted">{t('participants.noOrganisation')}</span>
                    )}
                  </td>
                  <td>{t(`participants.mode.${mode}`)}</td>
                  <td>
                    <ul className="plain-list">
                      {participant.participations.map(({ roundtableId: attendedId, mode: how }) => {
                        // A participant's roundtables are all its region's, which the page has at hand.
                        const roundtable = regionRoundtables.find((candidate) => candidate.id === attendedId);
                        if (!roundtable) return null;
                        const text = `${t('region.roundtable', { number: roundtable.number })} · ${format.date(roundtable.date)} (${t(`participants.mode.${how}`)})`;
                        return (
                          <li key={roundtable.id}>
                            {roundtable.id === roundtableId ? (
                              <>
                                {text} <span className="muted">· {t('participants.list.thisOne')}</span>
                              </>
                            ) : (
                              <Link to={participantsPath(roundtable.id)}>{text}</Link>
                            )}
                          </li>
                        );
                      })}
                    </ul>
                  </td>
                  {withActions && (
                    <td>
                      <div className="row-actions">
                        {editable && (
                          <EditParticipant
                            participant={participant}
                            code={code}
                            regionSlug={regionSlug}
                            regionName={regionName}
                            regionRoundtables={regionRoundtables}
                            choices={choices}
                            onSaved={onChanged}
                          />
                        )}
                        {editable && <DeleteParticipant participant={participant} code={code} onDeleted={onChanged} />}
                        {showHistory && (
                          <ParticipantHistory
                            id={participant.id}
                            code={code}
                            regionSlug={regionSlug}
                            regionRoundtables={regionRoundtables}
                            choices={choices}
                          />
                        )}
                      </div>
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </ScrollTable>
      )}
    </section>
  );
}

import { useParticipantsI18n } from '../../app/i18n/participants';
import { ColumnHeads, ScrollTable } from '../../ui/Tables';
import { type CountedRecord, type CountPart, NOT_RECORDED, participantCounts } from './participant-counts';

/**
 * Who took part, counted from the roundtable's records each way the indicators split them: a
 * record that does not say is counted as "Not recorded", never as a gender or an age band.
 */
export function ParticipantCounts({ records }: { records: readonly CountedRecord[] }) {
  const { t, format } = useParticipantsI18n();
  const counts = participantCounts(records);
  const name = (prefix: 'gender' | 'age', key: string) =>
    key === NOT_RECORDED ? t('participants.notRecorded') : t(`participants.${prefix}.${key}` as 'participants.gender.FEMALE');
  const table = (caption: string, parts: readonly CountPart[], label: (key: string) => string) => (
    <ScrollTable caption={caption} className="data counts-table" wrapClassName="counts-part">
      <ColumnHeads columns={[{ label: caption }, { label: t('participants.summary.count'), numeric: true }]} />
      <tbody>
        {parts.map((part) => (
          <tr key={part.key} className={part.key === NOT_RECORDED ? 'not-recorded' : undefined}>
            <th scope="row">{label(part.key)}</th>
            <td className="numeric">{format.number(part.count)}</td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
  return (
    <section className="card" aria-labelledby="counts-title">
      <h2 id="counts-title">{t('participants.summary.title')}</h2>
      {counts.total === 0 ? (
        <p className="muted">{t('participants.summary.none')}</p>
      ) : (
        <>
          <p className="counts-total">{t('participants.summary.total', { count: counts.total })}</p>
          <div className="counts-grid">
            {table(t('participants.summary.byNewcomer'), counts.byNewcomer, (key) =>
              key === 'NEWCOMER' ? t('participants.summary.newcomers') : t('participants.summary.others'),
            )}
            {table(t('participants.summary.byGender'), counts.byGender, (key) => name('gender', key))}
            {table(t('participants.summary.byAge'), counts.byAgeBand, (key) => name('age', key))}
            {table(t('participants.summary.byMode'), counts.byMode, (key) => t(`participants.mode.${key}` as 'participants.mode.ONLINE'))}
          </div>
          <p className="field-hint">{t('participants.summary.unknownNote')}</p>
        </>
      )}
    </section>
  );
}

import { useEditingI18n } from '../../../app/i18n/editing';
import { FormSection } from '../FormSection';
import type { AttendanceValues } from '../form-values';
import { worded, wordingOf } from '../form-wording';
import { TextField } from '../TextField';
import type { SectionProps } from './section-props';

/** Participants as exact or a range, their split online and onsite, and organisations represented. */
export function AttendanceSection({ values, change, fromRecords }: SectionProps & { fromRecords?: boolean }) {
  const { t } = useEditingI18n();
  const attendance = values.attendance;
  const set = (patch: Partial<AttendanceValues>) => change({ attendance: { ...attendance, ...patch } });
  const range = attendance.kind === 'range';
  const wording = wordingOf(values.sources);
  return (
    <FormSection
      field="attendance"
      legend={t('region.attendance')}
      hint={worded(t, fromRecords ? 'attendanceFromRecords' : 'attendanceHint', wording)}
    >
      <fieldset className="inline-choice">
        <legend>{worded(t, 'participantsAre', wording)}</legend>
        <div className="checks">
          {(['exact', 'range'] as const).map((kind) => (
            <label key={kind}>
              <input type="radio" name="attendance-kind" checked={attendance.kind === kind} onChange={() => set({ kind })} />
              {kind === 'exact' ? t('form.exact') : t('form.range')}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="field-row">
        <TextField
          field="attendance.participants"
          label={range ? t('form.participantsMin') : t('form.participants')}
          kind="count"
          value={attendance.participants}
          onChange={(participants) => set({ participants })}
        />
        {range && (
          <TextField
            field="attendance.participantsMax"
            label={t('form.participantsMax')}
            kind="count"
            value={attendance.participantsMax}
            onChange={(participantsMax) => set({ participantsMax })}
          />
        )}
        <TextField
          field="attendance.online"
          label={t('series.online')}
          kind="count"
          value={attendance.online}
          onChange={(online) => set({ online })}
        />
        <TextField
          field="attendance.onsite"
          label={t('series.onsite')}
          kind="count"
          value={attendance.onsite}
          onChange={(onsite) => set({ onsite })}
        />
        <TextField
          field="attendance.organisations"
          label={t('form.organisations')}
          kind="count"
          value={attendance.organisations}
          onChange={(organisations) => set({ organisations })}
        />
      </div>
    </FormSection>
  );
}

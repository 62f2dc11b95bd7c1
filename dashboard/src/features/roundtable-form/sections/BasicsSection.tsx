import type { RoundtableFormat } from '../../../__generated__/graphql';
import { useEditingI18n } from '../../../app/i18n/editing';
import { ClosedPeriodNote } from '../ClosedPeriodNote';
import { FormSection } from '../FormSection';
import { worded, wordingOf } from '../form-wording';
import { TextField } from '../TextField';
import type { SectionProps } from './section-props';

// '' is "not published" (or "not recorded"): a format is never guessed.
const FORMATS: readonly (RoundtableFormat | '')[] = ['ONLINE', 'ONSITE', 'HYBRID', ''];

/** Number, date, format, duration and theme. */
export function BasicsSection({ values, change }: SectionProps) {
  const { t } = useEditingI18n();
  const wording = wordingOf(values.sources);
  return (
    <>
      <div className="field-row">
        <TextField
          field="number"
          label={t('form.number')}
          hint={t('form.numberHint')}
          kind="count"
          value={values.number}
          onChange={(number) => change({ number })}
        />
        <TextField field="date" label={t('form.date')} kind="date" value={values.date} onChange={(date) => change({ date })} />
        <TextField
          field="durationMinutes"
          label={t('form.duration')}
          hint={worded(t, 'unknownIfEmpty', wording)}
          kind="count"
          value={values.durationMinutes}
          onChange={(durationMinutes) => change({ durationMinutes })}
        />
      </div>
      <ClosedPeriodNote date={values.date} />
      <FormSection field="format" legend={t('region.format')}>
        <div className="checks">
          {FORMATS.map((format) => (
            <label key={format || 'unknown'}>
              <input type="radio" name="format" value={format} checked={values.format === format} onChange={() => change({ format })} />
              {format ? t(`format.${format}`) : worded(t, 'formatUnknown', wording)}
            </label>
          ))}
        </div>
      </FormSection>
      <TextField field="theme" label={t('region.theme')} kind="multiline" value={values.theme} onChange={(theme) => change({ theme })} />
    </>
  );
}

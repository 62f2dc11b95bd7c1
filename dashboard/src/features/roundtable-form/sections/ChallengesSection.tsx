import { useEditingI18n } from '../../../app/i18n/editing';
import { type ChallengeRow, newRowKey } from '../form-values';
import { worded, wordingOf } from '../form-wording';
import { RowListSection } from '../RowListSection';
import { SelectField } from '../SelectField';
import { TextField } from '../TextField';
import type { Choice, SectionProps } from './section-props';

/** Challenges raised, in the order the source gives them (or they were raised), each with what was said. */
export function ChallengesSection({ values, change, challenges }: SectionProps & { challenges: readonly Choice[] }) {
  const { t } = useEditingI18n();
  return (
    <RowListSection<ChallengeRow>
      list="challenges"
      legend={t('region.challenges')}
      hint={worded(t, 'challengesHint', wordingOf(values.sources))}
      rows={values.challenges}
      onChange={(rows) => change({ challenges: rows })}
      newRow={() => ({ key: newRowKey(), code: '', note: '' })}
      firstField="code"
      addLabel={t('form.addChallenge')}
      removeLabel={(position) => t('form.removeChallenge', { position })}
      rowLegend={(position) => t('form.challengeN', { position })}
      renderRow={(row, update) => (
        <>
          <SelectField
            field={`challenges.${row.key}.code`}
            label={t('column.challenge')}
            value={row.code}
            onChange={(code) => update({ code })}
            options={challenges}
            placeholder={t('form.chooseChallenge')}
          />
          <TextField
            field={`challenges.${row.key}.note`}
            label={t('form.note')}
            kind="multiline"
            value={row.note}
            onChange={(note) => update({ note })}
          />
        </>
      )}
    />
  );
}

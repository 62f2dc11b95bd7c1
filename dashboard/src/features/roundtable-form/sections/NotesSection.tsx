import { useEditingI18n } from '../../../app/i18n/editing';
import { newRowKey, type TextRow } from '../form-values';
import { RowListSection } from '../RowListSection';
import { TextField } from '../TextField';
import type { SectionProps } from './section-props';

/** Insights or interests: one text per row. */
export function NotesSection({ values, change, list }: SectionProps & { list: 'insights' | 'interests' }) {
  const { t } = useEditingI18n();
  const words =
    list === 'insights'
      ? {
          legend: t('region.insights'),
          add: t('form.addInsight'),
          remove: (position: number) => t('form.removeInsight', { position }),
          item: (position: number) => t('form.insightN', { position }),
        }
      : {
          legend: t('region.interests'),
          add: t('form.addInterest'),
          remove: (position: number) => t('form.removeInterest', { position }),
          item: (position: number) => t('form.interestN', { position }),
        };
  return (
    <RowListSection<TextRow>
      list={list}
      legend={words.legend}
      rows={values[list]}
      onChange={(rows) => change({ [list]: rows })}
      newRow={() => ({ key: newRowKey(), text: '' })}
      addLabel={words.add}
      removeLabel={words.remove}
      renderRow={(row, update, position) => (
        <TextField
          field={`${list}.${row.key}`}
          label={words.item(position)}
          kind="multiline"
          value={row.text}
          onChange={(text) => update({ text })}
        />
      )}
    />
  );
}

import { useEditingI18n } from '../../../app/i18n/editing';
import { emptySource, type SourceRow } from '../form-values';
import { RowListSection } from '../RowListSection';
import { TextField } from '../TextField';
import type { SectionProps } from './section-props';

/**
 * The publications the figures come from, each a title with its address and publisher where
 * known; none for the platform's own record of its meeting, whose words the form then speaks.
 */
export function SourcesSection({ values, change }: SectionProps) {
  const { t } = useEditingI18n();
  return (
    <RowListSection<SourceRow>
      list="sources"
      legend={t('region.sources')}
      hint={t('form.sourcesHint')}
      rows={values.sources}
      onChange={(rows) => change({ sources: rows })}
      newRow={emptySource}
      firstField="title"
      addLabel={t('form.addSource')}
      removeLabel={(position) => t('form.removeSource', { position })}
      rowLegend={(position) => t('form.sourceN', { position })}
      renderRow={(row, update) => (
        <>
          <TextField
            field={`sources.${row.key}.title`}
            label={t('form.sourceTitle')}
            value={row.title}
            onChange={(title) => update({ title })}
          />
          <div className="field-row">
            <TextField
              field={`sources.${row.key}.url`}
              label={t('form.sourceUrl')}
              kind="url"
              value={row.url}
              onChange={(url) => update({ url })}
              className="wide"
            />
            <TextField
              field={`sources.${row.key}.publisher`}
              label={t('form.sourcePublisher')}
              value={row.publisher}
              onChange={(publisher) => update({ publisher })}
            />
          </div>
        </>
      )}
    />
  );
}

import { useEditingI18n } from '../../../app/i18n/editing';
import { FormSection } from '../FormSection';
import { FieldError, useFieldProblems } from '../field-problems';
import type { CategoryValues } from '../form-values';
import { worded, wordingOf } from '../form-wording';
import { TextField } from '../TextField';
import type { Choice, SectionProps } from './section-props';

const ABSENT: CategoryValues = { present: false, participants: '', participantsMax: '' };

/** A box per stakeholder category; a category present may say how many of it took part. */
export function CategoriesSection({ values, change, categories }: SectionProps & { categories: readonly Choice[] }) {
  const { t } = useEditingI18n();
  const set = (code: string, patch: Partial<CategoryValues>) =>
    change({ categories: { ...values.categories, [code]: { ...(values.categories[code] ?? ABSENT), ...patch } } });
  return (
    <FormSection field="categories" legend={t('region.categories')} hint={worded(t, 'categoriesHint', wordingOf(values.sources))}>
      <ul className="category-rows">
        {categories.map((category) => (
          <CategoryRow
            key={category.value}
            category={category}
            value={values.categories[category.value] ?? ABSENT}
            set={(patch) => set(category.value, patch)}
          />
        ))}
      </ul>
    </FormSection>
  );
}

function CategoryRow({ category, value, set }: { category: Choice; value: CategoryValues; set: (patch: Partial<CategoryValues>) => void }) {
  const { t } = useEditingI18n();
  const field = `categories.${category.value}`;
  const presence = useFieldProblems(`${field}.code`);
  const context = <span className="sr-only">({category.label})</span>;
  return (
    <li>
      <FieldError wiring={presence} />
      <label className="category-presence">
        <input type="checkbox" {...presence.controlProps} checked={value.present} onChange={() => set({ present: !value.present })} />
        {category.label}
      </label>
      {value.present && (
        <div className="field-row compact">
          <TextField
            field={`${field}.participants`}
            label={
              <>
                {t('form.categoryParticipants')} {context}
              </>
            }
            kind="count"
            value={value.participants}
            onChange={(participants) => set({ participants })}
          />
          <TextField
            field={`${field}.participantsMax`}
            label={
              <>
                {t('form.categoryParticipantsMax')} {context}
              </>
            }
            kind="count"
            value={value.participantsMax}
            onChange={(participantsMax) => set({ participantsMax })}
          />
        </div>
      )}
    </li>
  );
}

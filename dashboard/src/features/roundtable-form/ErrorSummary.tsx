import { useEffect, useId, useRef } from 'react';
import { useEditingI18n } from '../../app/i18n/editing';
import { focusField } from './focus';
import { fieldElementId } from './form-values';

export interface SummaryItem {
  field: string;
  label: string;
  message: string;
  /** False for a problem the form has no field for (it is still listed). */
  linked: boolean;
}

/**
 * Every problem at the top of the form, each a link to its field. It takes the focus after
 * each refused attempt (`attempt` counts them), so the list is read at once.
 */
export function ErrorSummary({ items, attempt }: { items: readonly SummaryItem[]; attempt: number }) {
  const { t } = useEditingI18n();
  const headingId = useId();
  const summary = useRef<HTMLElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus once per refused attempt, not per render.
  useEffect(() => summary.current?.focus(), [attempt]);
  return (
    <section ref={summary} className="error-summary" aria-labelledby={headingId} tabIndex={-1}>
      <h2 id={headingId}>{t('form.problems', { count: items.length })}</h2>
      <ul>
        {items.map((item, index) => {
          const text = `${item.label}: ${item.message}`;
          const id = fieldElementId(item.field);
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: one field can have several problems; their order is the key.
            <li key={index}>
              {item.linked ? (
                <a
                  href={`#${id}`}
                  onClick={(event) => {
                    event.preventDefault();
                    focusField(id);
                  }}
                >
                  {text}
                </a>
              ) : (
                text
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

import { Fragment } from 'react';
import type { Locale } from '../../__generated__/graphql';
import { useLabelsI18n } from '../../app/i18n/labels';
import { ScrollTable } from '../../ui/Tables';
import { type CellKey, cellKey, FALLBACK, isLong, LANGUAGES, type LabelKind, type LabelRow, type TextPart, type Texts } from './label-rows';

/** What the last save of a row left to say: problems beside the fields they name, and the rest under its button. */
export interface RowOutcome {
  byCell: Partial<Record<CellKey, string[]>>;
  others: string[];
}

/**
 * One kind's entries: a row each, its code, then a field per language (and for an indicator a
 * description under its name), and its own Save. Each field is named for a screen reader by
 * kind, code and language; an empty one shows the English text it falls back to.
 */
export function LabelsTable({
  kind,
  rows,
  textsOf,
  outcomeOf,
  savingRow,
  entryName,
  fieldId,
  onEdit,
  onSave,
}: {
  kind: LabelKind;
  rows: readonly LabelRow[];
  textsOf: (row: LabelRow) => Texts;
  outcomeOf: (row: LabelRow) => RowOutcome | undefined;
  savingRow: (row: LabelRow) => boolean;
  entryName: (row: LabelRow) => string;
  fieldId: (row: LabelRow, cell: CellKey) => string;
  onEdit: (row: LabelRow, cell: CellKey, text: string) => void;
  onSave: (row: LabelRow) => void;
}) {
  const { t } = useLabelsI18n();
  const languageName = (language: Locale) => t(`labels.language.${language}`);
  return (
    <ScrollTable caption={t('labels.caption', { kind: t(`labels.kind.${kind}`) })} className={`data labels-table labels-${kind}`}>
      <thead>
        <tr>
          <th scope="col">{t('labels.column.code')}</th>
          {LANGUAGES.map((language) => (
            <th key={language} scope="col">
              {t('labels.column.language', { language: languageName(language), code: language })}
              {language === FALLBACK && <span className="labels-required"> · {t('labels.column.required')}</span>}
            </th>
          ))}
          <th scope="col">{t('labels.column.save')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const texts = textsOf(row);
          const outcome = outcomeOf(row);
          const entry = entryName(row);
          return (
            <tr key={row.code} className={outcome ? 'labels-refused' : undefined}>
              <th scope="row">
                <BreakableCode code={row.code} />
                {row.placeholders && (
                  <p id={`${fieldId(row, cellKey('message', FALLBACK))}-hint`} className="labels-hint">
                    {row.placeholders.length > 0
                      ? t('labels.rule.placeholders', { names: row.placeholders.map((name) => `{${name}}`).join(' ') })
                      : t('labels.rule.noPlaceholders')}
                  </p>
                )}
              </th>
              {LANGUAGES.map((language) => (
                <td key={language}>
                  {row.parts.map((part) => (
                    <LabelField
                      key={part}
                      id={fieldId(row, cellKey(part, language))}
                      part={part}
                      described={row.parts.length > 1}
                      language={language}
                      text={texts[cellKey(part, language)] ?? ''}
                      english={texts[cellKey(part, FALLBACK)] ?? ''}
                      name={
                        row.parts.length > 1
                          ? t('labels.fieldPart', { entry, part: t(`labels.part.${part}`), language: languageName(language) })
                          : t('labels.field', { entry, language: languageName(language) })
                      }
                      problems={outcome?.byCell[cellKey(part, language)]}
                      hint={part === 'message' && row.placeholders ? `${fieldId(row, cellKey('message', FALLBACK))}-hint` : undefined}
                      onChange={(text) => onEdit(row, cellKey(part, language), text)}
                      onEnter={() => onSave(row)}
                    />
                  ))}
                </td>
              ))}
              <td className="labels-save">
                <button type="button" className="secondary" onClick={() => onSave(row)}>
                  {savingRow(row) ? t('labels.saving') : t('labels.save')}
                  <span className="sr-only"> {entry}</span>
                </button>
                {outcome?.others.map((message) => (
                  <p key={message} className="field-error">
                    {message}
                  </p>
                ))}
              </td>
            </tr>
          );
        })}
      </tbody>
    </ScrollTable>
  );
}

function LabelField({
  id,
  part,
  described,
  language,
  text,
  english,
  name,
  problems,
  hint,
  onChange,
  onEnter,
}: {
  id: string;
  part: TextPart;
  /** Whether the row has a description beside its name, so each field is named for its part. */
  described: boolean;
  language: Locale;
  text: string;
  english: string;
  name: string;
  problems: readonly string[] | undefined;
  /** The id of what the field must keep (a rule's placeholders), said with its name. */
  hint?: string;
  onChange: (text: string) => void;
  onEnter: () => void;
}) {
  const common = {
    id,
    value: text,
    'aria-label': name,
    'aria-required': language === FALLBACK ? true : undefined,
    'aria-invalid': problems?.length ? true : undefined,
    'aria-describedby': [problems?.length ? `${id}-error` : null, hint ?? null].filter(Boolean).join(' ') || undefined,
    // Left empty, a language shows the English text: said where the text would be.
    placeholder: language === FALLBACK ? undefined : english,
    className: described ? `labels-${part}` : undefined,
  };
  return (
    <div className="labels-field">
      {isLong(part) ? (
        <textarea {...common} rows={3} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input
          {...common}
          type="text"
          onChange={(event) => onChange(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              onEnter();
            }
          }}
        />
      )}
      {problems?.length ? (
        <p id={`${id}-error`} className="field-error">
          {problems.join(' ')}
        </p>
      ) : null}
    </div>
  );
}

/** A code that breaks after its underscores rather than inside a word, on a narrow screen. */
function BreakableCode({ code }: { code: string }) {
  const parts = code.split('_');
  return (
    <code>
      {parts.map((part, index) => {
        const upTo = parts.slice(0, index + 1).join('_');
        return (
          <Fragment key={upTo}>
            {index > 0 && (
              <>
                _<wbr />
              </>
            )}
            {part}
          </Fragment>
        );
      })}
    </code>
  );
}

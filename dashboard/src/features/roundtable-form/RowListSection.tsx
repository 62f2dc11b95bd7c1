import { type ReactNode, useRef } from 'react';
import { FormSection } from './FormSection';
import { useFocusAfterRender } from './focus';
import { fieldElementId } from './form-values';
import { useLimitHint } from './limit-hints';
import { removeRow, updateRow } from './rows';

interface Props<Row extends { key: string }> {
  /** The input's list, e.g. `sources`: problems with the list as a whole show under the legend. */
  list: string;
  legend: string;
  hint?: string;
  rows: readonly Row[];
  onChange: (rows: Row[]) => void;
  newRow: () => Row;
  /** The field focused in a row just added, e.g. `title`; none when the row is one field. */
  firstField?: string;
  addLabel: string;
  removeLabel: (position: number) => string;
  /** A legend per row, when a row has several fields ("Source 2"). */
  rowLegend?: (position: number) => string;
  renderRow: (row: Row, update: (patch: Partial<Row>) => void, position: number) => ReactNode;
}

/**
 * A list the person grows and shrinks: each row with its own remove button, an add button
 * after them. Focus follows: to the new row's first field, or back to "add" after a removal.
 */
export function RowListSection<Row extends { key: string }>(props: Props<Row>) {
  const { list, rows, onChange, rowLegend } = props;
  const limit = useLimitHint(list, 'list');
  const hint = [props.hint, limit].filter(Boolean).join(' ') || undefined;
  const focusLater = useFocusAfterRender();
  const addButton = useRef<HTMLButtonElement>(null);
  const add = () => {
    const row = props.newRow();
    onChange([...rows, row]);
    focusLater(fieldElementId([list, row.key, props.firstField].filter(Boolean).join('.')));
  };
  const remove = (key: string) => {
    onChange(removeRow(rows, key));
    addButton.current?.focus();
  };
  return (
    <FormSection field={list} legend={props.legend} hint={hint}>
      {rows.length > 0 && (
        <ol className="form-rows">
          {rows.map((row, index) => {
            const content = (
              <>
                {props.renderRow(row, (patch) => onChange(updateRow(rows, row.key, patch)), index + 1)}
                <button type="button" className="link-button remove-row" onClick={() => remove(row.key)}>
                  {props.removeLabel(index + 1)}
                </button>
              </>
            );
            return (
              <li key={row.key}>
                {rowLegend ? (
                  <fieldset className="form-row">
                    <legend>{rowLegend(index + 1)}</legend>
                    {content}
                  </fieldset>
                ) : (
                  <div className="form-row">{content}</div>
                )}
              </li>
            );
          })}
        </ol>
      )}
      <button type="button" className="secondary" ref={addButton} onClick={add}>
        {props.addLabel}
      </button>
    </FormSection>
  );
}

import type { KeyboardEvent, Ref } from 'react';

export interface Choice {
  value: string;
  label: string;
}

interface Props {
  id: string;
  /** The name a screen reader gives it: in a sheet, its row and column. */
  label: string;
  /** When the label is shown on the page, the element that shows it, instead of `label`. */
  labelledBy?: boolean;
  value: string;
  options: readonly Choice[];
  /** The first, empty choice: "Choose…", or "Not recorded" where saying nothing is an answer. */
  empty?: string;
  problems?: readonly string[];
  onChange: (value: string) => void;
  onKeyDown?: (event: KeyboardEvent<HTMLSelectElement>) => void;
  selectRef?: Ref<HTMLSelectElement>;
  disabled?: boolean;
}

/** A select with its problems below it, tied to it for screen readers: a cell of the sheet, or a field of the editor. */
export function ChoiceSelect({
  id,
  label,
  labelledBy,
  value,
  options,
  empty,
  problems = [],
  onChange,
  onKeyDown,
  selectRef,
  disabled,
}: Props) {
  const errorId = `${id}-error`;
  return (
    <>
      <select
        ref={selectRef}
        id={id}
        {...(labelledBy ? {} : { 'aria-label': label })}
        value={value}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={onKeyDown}
        {...(problems.length > 0 ? { 'aria-invalid': true, 'aria-describedby': errorId } : {})}
      >
        {empty !== undefined && <option value="">{empty}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <CellProblems id={errorId} problems={problems} />
    </>
  );
}

/** What is wrong with a cell, in words beside it. */
export function CellProblems({ id, problems }: { id: string; problems: readonly string[] }) {
  if (problems.length === 0) return null;
  return (
    <p id={id} className="field-error">
      {problems.join(' ')}
    </p>
  );
}

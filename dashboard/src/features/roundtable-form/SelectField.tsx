import type { ReactNode } from 'react';
import { FieldError, useFieldProblems } from './field-problems';

interface Props {
  field: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  options: readonly { value: string; label: string }[];
  /** The first, empty choice, e.g. "Choose a challenge". */
  placeholder?: string;
}

export function SelectField({ field, label, value, onChange, options, placeholder }: Props) {
  const wiring = useFieldProblems(field);
  return (
    <div className="field">
      <label htmlFor={wiring.id}>{label}</label>
      <FieldError wiring={wiring} />
      <select {...wiring.controlProps} value={value} onChange={(event) => onChange(event.target.value)}>
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

import type { RoundtableFormValues } from '../form-values';

export interface SectionProps {
  values: RoundtableFormValues;
  change: (patch: Partial<RoundtableFormValues>) => void;
}

export interface Choice {
  value: string;
  label: string;
}

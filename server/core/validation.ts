import { badInput, errorText } from './errors';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses an ISO calendar date (YYYY-MM-DD) and refuses impossible ones such as 2021-02-30. */
export function parseIsoDate(value: string, field: string): string {
  const match = ISO_DATE.exec(value);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
  if (!match || !date || date.toISOString().slice(0, 10) !== value) {
    throw badInput(errorText('notADate', { field, value }), { field });
  }
  return value;
}

/** Country codes are ISO 3166-1 alpha-2, upper case (Greece is GR, not EL). */
export function parseCountryCodes(values: readonly string[], field: string): string[] {
  const bad = values.filter((value) => !/^[A-Z]{2}$/.test(value));
  if (bad.length > 0) {
    throw badInput(errorText('notCountryCodes', { field, codes: bad.map((b) => `"${b}"`).join(', ') }), {
      field,
      invalid: bad,
    });
  }
  return [...new Set(values)];
}

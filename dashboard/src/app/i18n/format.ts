import type { Locale } from './locales';

export interface Formatters {
  number(value: number): string;
  percent(share: number): string;
  /** An ISO calendar date (YYYY-MM-DD), read as a date and not as a UTC instant. */
  date(iso: string): string;
  /** An instant (ISO timestamp), in the reader's time zone. */
  dateTime(iso: string): string;
  country(code: string): string;
}

export function formatters(locale: Locale): Formatters {
  const number = new Intl.NumberFormat(locale);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const countries = new Intl.DisplayNames([locale], { type: 'region' });
  return {
    number: (value) => number.format(value),
    percent: (share) => percent.format(share),
    date: (iso) => date.format(new Date(`${iso}T00:00:00Z`)),
    dateTime: (iso) => dateTime.format(new Date(iso)),
    country: (code) => countries.of(code) ?? code,
  };
}

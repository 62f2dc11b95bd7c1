import type { MessageKey } from '../app/i18n/messages/en';

/** How one series is drawn and named, the same in its chart and in its legend. */
export interface SeriesConfig {
  label: MessageKey;
  /** A CSS variable: the series' fill, or the outline and stripes of its pattern. */
  color: string;
  /** The id of an SVG pattern (ChartPatterns), for a series that must not be told by colour alone. */
  pattern?: string;
  /** The legend swatch's class, which draws the same colour or pattern in CSS. */
  swatch: string;
}

/** Participants by mode, in stacking order: known modes first, then what is not known or not split. */
export const ATTENDANCE_SERIES = {
  online: { label: 'series.online', color: 'var(--series-online)', swatch: 'online' },
  onsite: { label: 'series.onsite', color: 'var(--series-onsite)', swatch: 'onsite' },
  unknownMode: { label: 'series.unknownMode', color: 'var(--series-unknown)', pattern: 'pattern-unknown-mode', swatch: 'unknown-mode' },
  undividedTotal: {
    label: 'series.splitWithheld',
    color: 'var(--series-withheld)',
    pattern: 'pattern-split-withheld',
    swatch: 'split-withheld',
  },
  range: { label: 'series.range', color: 'var(--series-range)', pattern: 'pattern-range', swatch: 'range' },
} as const satisfies Record<string, SeriesConfig>;

export type AttendanceSeries = keyof typeof ATTENDANCE_SERIES;

/** A plain series of counts, in the colour of the first mode. */
export const COUNT_SERIES_COLOR = ATTENDANCE_SERIES.online.color;

/** What a series is filled with: its pattern where it has one, else its colour. */
export const seriesFill = (series: SeriesConfig): string => (series.pattern ? `url(#${series.pattern})` : series.color);

/** Its outline: only a patterned series needs one, so its edge reads against the stripes. */
export const seriesStroke = (series: SeriesConfig): string | undefined => (series.pattern ? series.color : undefined);

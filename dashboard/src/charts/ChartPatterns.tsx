import { ATTENDANCE_SERIES } from './chart-config';

const { unknownMode, range, undividedTotal } = ATTENDANCE_SERIES;

/**
 * SVG patterns the charts fill with, defined once per page: unknown mode is dotted, the
 * uncertain part of a range hatched and a total whose split is withheld cross-hatched, so
 * none depends on colour alone.
 */
export function ChartPatterns() {
  return (
    <svg width="0" height="0" style={{ position: 'absolute' }} aria-hidden="true" focusable="false">
      <defs>
        <pattern id={unknownMode.pattern} width="6" height="6" patternUnits="userSpaceOnUse">
          <rect width="6" height="6" fill="var(--surface)" />
          <circle cx="3" cy="3" r="1.8" fill={unknownMode.color} />
        </pattern>
        <pattern id={range.pattern} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill="var(--surface)" />
          <rect width="2.5" height="6" fill={range.color} />
        </pattern>
        <pattern id={undividedTotal.pattern} width="7" height="7" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="7" height="7" fill="var(--surface)" />
          <rect width="2" height="7" fill={undividedTotal.color} />
          <rect width="7" height="2" fill={undividedTotal.color} />
        </pattern>
      </defs>
    </svg>
  );
}

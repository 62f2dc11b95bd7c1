/**
 * SVG patterns the charts fill with, defined once per page: unknown mode is dotted, the
 * uncertain part of a range hatched and a total whose split is withheld cross-hatched, so
 * none depends on colour alone.
 */
export function ChartPatterns() {
  return (
    <svg width="0" height="0" style={{ position: 'absolute' }} aria-hidden="true" focusable="false">
      <defs>
        <pattern id="pattern-unknown-mode" width="6" height="6" patternUnits="userSpaceOnUse">
          <rect width="6" height="6" fill="#ffffff" />
          <circle cx="3" cy="3" r="1.8" fill="var(--series-unknown)" />
        </pattern>
        <pattern id="pattern-range" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill="#ffffff" />
          <rect width="2.5" height="6" fill="var(--series-range)" />
        </pattern>
        <pattern id="pattern-split-withheld" width="7" height="7" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="7" height="7" fill="#ffffff" />
          <rect width="2" height="7" fill="var(--series-withheld)" />
          <rect width="7" height="2" fill="var(--series-withheld)" />
        </pattern>
      </defs>
    </svg>
  );
}

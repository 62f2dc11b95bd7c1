/**
 * When a roundtable's figure is far from its usual: its modified z-score (Iglewicz and Hoaglin),
 * against its region's roundtables or the whole project's, is beyond this in either direction
 * (OUTLIER_Z_THRESHOLD, validated in core/config.ts). 3.5 is the value Iglewicz and Hoaglin
 * recommend.
 */
export const DEFAULT_OUTLIER_Z_THRESHOLD = 3.5;
/** Below 1, most ordinary figures would be flagged; above 100, none ever would. */
export const OUTLIER_Z_THRESHOLD_RANGE = { min: 1, max: 100 } as const;

/**
 * The fewest exact values a usual is taken from: with fewer, a median and its spread say little,
 * and the score against them is unknown rather than 0.
 */
export const OUTLIER_MIN_BASELINE = 5;

let threshold = DEFAULT_OUTLIER_Z_THRESHOLD;

/** Set once at boot from OUTLIER_Z_THRESHOLD; tests may set it too. */
export function setOutlierThreshold(value: number): void {
  threshold = value;
}

/** How far (as a modified z-score) a figure may be from its usual before it is flagged. */
export const currentOutlierThreshold = (): number => threshold;

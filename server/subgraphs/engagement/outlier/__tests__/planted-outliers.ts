import type { CountSeed, DataSet, RoundtableSeed } from '../../../../seed/dataset';
import { Random } from '../../../../seed/illustrative/random';
import { dataSet, newRegion, newSource } from '../../../../test-support/factories';
import { OUTLIER_MEASURES, type OutlierMeasure } from '../outlier-measure';

// A generated data set with outliers planted in it, and a reference of what should be flagged,
// computed here in plain TypeScript from what was recorded, apart from the SQL under test.

export type Bounds = { min: number; max: number } | null;

/** A figure expected to be flagged: which roundtable, which measure. */
export interface Planted {
  region: string;
  number: number;
  measure: OutlierMeasure;
}

const exact = (value: number | undefined): Bounds => (value === undefined ? null : { min: value, max: value });
const asBounds = (count: CountSeed | undefined): Bounds =>
  count === undefined ? null : typeof count === 'number' ? { min: count, max: count } : { ...count };

/**
 * What each measure of a HYBRID roundtable's published figures allows, as the API reads them:
 * people of unknown mode may be online or onsite, so an unpublished split allows anything
 * from the people known in that mode to those plus everyone of unknown mode.
 */
export function boundsOf(seed: RoundtableSeed, measure: OutlierMeasure): Bounds {
  const attendance = seed.attendance ?? {};
  const total = asBounds(attendance.total);
  const online = asBounds(attendance.online) ?? { min: 0, max: 0 };
  const onsite = asBounds(attendance.onsite) ?? { min: 0, max: 0 };
  const unknownMode = total ? Math.max(0, total.max - online.min - onsite.min) : 0;
  switch (measure) {
    case 'PARTICIPANTS':
      return total;
    case 'ONLINE':
      return total && { min: online.min, max: online.max + unknownMode };
    case 'ONSITE':
      return total && { min: onsite.min, max: onsite.max + unknownMode };
    case 'ORGANISATIONS':
      return exact(attendance.organisations);
    case 'DURATION_MINUTES':
      return exact(seed.durationMinutes);
  }
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

export interface Usual {
  known: number;
  median: number;
  mad: number;
  meanAbsoluteDeviation: number;
}

/** The usual of a group's values: only exact ones count. */
export function usualOf(values: readonly Bounds[]): Usual {
  const known = values.flatMap((value) => (value && value.min === value.max ? [value.min] : []));
  const middle = median(known);
  const deviations = known.map((value) => Math.abs(value - middle));
  return {
    known: known.length,
    median: middle,
    mad: median(deviations),
    meanAbsoluteDeviation: deviations.reduce((sum, value) => sum + value, 0) / known.length,
  };
}

/** Iglewicz and Hoaglin's modified z-score of a value, or of a range's bound nearest the median. */
export function modifiedZ(value: Bounds, usual: Usual, minimum: number): number | null {
  if (!value || usual.known < minimum) return null;
  const deviation = value.min > usual.median ? value.min - usual.median : value.max < usual.median ? value.max - usual.median : 0;
  if (usual.mad > 0) return (0.6745 * deviation) / usual.mad;
  if (usual.meanAbsoluteDeviation > 0) return deviation / (1.253314 * usual.meanAbsoluteDeviation);
  return null;
}

export interface Expected {
  region: string;
  number: number;
  measure: OutlierMeasure;
  value: NonNullable<Bounds>;
  regionMedian: number | null;
  regionScore: number | null;
  projectMedian: number | null;
  projectScore: number | null;
}

/** Every value beyond the threshold against its region's usual or the project's, by the reference. */
export function referenceFlags(roundtables: readonly RoundtableSeed[], threshold: number, minimum: number): Expected[] {
  const flags: Expected[] = [];
  for (const measure of OUTLIER_MEASURES) {
    const project = usualOf(roundtables.map((seed) => boundsOf(seed, measure)));
    const regions = new Map<string, Usual>();
    for (const slug of new Set(roundtables.map((seed) => seed.region))) {
      regions.set(slug, usualOf(roundtables.filter((seed) => seed.region === slug).map((seed) => boundsOf(seed, measure))));
    }
    for (const seed of roundtables) {
      const value = boundsOf(seed, measure);
      if (!value) continue;
      const region = regions.get(seed.region) as Usual;
      const regionScore = modifiedZ(value, region, minimum);
      const projectScore = modifiedZ(value, project, minimum);
      if (Math.abs(regionScore ?? 0) > threshold || Math.abs(projectScore ?? 0) > threshold) {
        flags.push({
          region: seed.region,
          number: seed.number,
          measure,
          value,
          regionMedian: region.known >= minimum ? region.median : null,
          regionScore,
          projectMedian: project.known >= minimum ? project.median : null,
          projectScore,
        });
      }
    }
  }
  return flags;
}

const SPREAD = [-4, -3, -2, -1, 0, 0, 1, 2, 3, 4];

/**
 * 12 regions of 10 roundtables, each figure drawn from a seeded generator with a spread of its
 * own (so no ordinary figure is far from its usual), some unknown, some published as ranges; then
 * outliers planted: exact, as ranges, low and high, and what must never be flagged.
 */
export function plantedDataSet(seed = 'outliers') {
  const random = Random.from(seed);
  const regions = Array.from({ length: 12 }, () => newRegion({ country: 'ES' }));
  const source = newSource();
  const slug = (index: number) => (regions[index] as { slug: string }).slug;
  // Each region's ordinary figures are its own centre plus an even spread in shuffled order, so
  // none of them is far from its usual, whichever are left unknown or published as ranges. Online
  // and onsite follow one order, so their sum, the total, is an even spread too.
  const spread = (step: number) => random.shuffle(SPREAD).map((offset) => offset * step);
  const roundtables: RoundtableSeed[] = regions.flatMap((region) => {
    const people = spread(1);
    const organisations = spread(1);
    const durations = spread(10);
    const centre = {
      online: random.int(7, 10),
      onsite: random.int(7, 10),
      organisations: random.int(7, 9),
      duration: random.pick([110, 120, 130]),
    };
    return SPREAD.map((_, index): RoundtableSeed => {
      const onlineHere = centre.online + (people[index] as number);
      const onsiteHere = centre.onsite + (people[index] as number);
      const total = onlineHere + onsiteHere;
      const attendance: NonNullable<RoundtableSeed['attendance']> = random.chance(0.1)
        ? {}
        : random.chance(0.1)
          ? { total: { min: total - 2, max: total + 2 } }
          : { total, online: onlineHere, onsite: onsiteHere };
      if (!random.chance(0.1)) attendance.organisations = centre.organisations + (organisations[index] as number);
      return {
        region: region.slug,
        number: index + 1,
        date: `202${random.int(1, 2)}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`,
        format: 'HYBRID',
        durationMinutes: random.chance(0.1) ? undefined : centre.duration + (durations[index] as number),
        source: source.ref,
        attendance,
      };
    });
  });
  const at = (region: number, number: number) =>
    roundtables.find((rt) => rt.region === slug(region) && rt.number === number) as RoundtableSeed;
  const planted: Planted[] = [];
  const plant = (region: number, number: number, measures: OutlierMeasure[], change: (rt: RoundtableSeed) => void) => {
    change(at(region, number));
    for (const measure of measures) planted.push({ region: slug(region), number, measure });
  };
  // High and exact, waiting for review.
  plant(0, 3, ['DURATION_MINUTES'], (rt) => {
    rt.durationMinutes = 600;
    rt.reviewState = 'SUBMITTED';
  });
  // Online far above the usual, and so the total.
  plant(1, 5, ['PARTICIPANTS', 'ONLINE'], (rt) => {
    rt.attendance = { total: 200, online: 190, onsite: 10, organisations: 8 };
  });
  plant(2, 7, ['ORGANISATIONS'], (rt) => {
    rt.attendance = { ...rt.attendance, organisations: 90 };
    rt.reviewState = 'SUBMITTED';
  });
  // A range wholly above: flagged. Its unpublished split allows online and onsite anything from 0, so those are not.
  plant(3, 2, ['PARTICIPANTS'], (rt) => {
    rt.attendance = { total: { min: 150, max: 180 }, organisations: 8 };
  });
  // A range that allows ordinary values too: never flagged, however high its top.
  plant(4, 4, [], (rt) => {
    rt.attendance = { total: { min: 10, max: 400 }, organisations: 8 };
  });
  // Low and exact.
  plant(5, 6, ['DURATION_MINUTES'], (rt) => {
    rt.durationMinutes = 10;
  });
  // Unknown everywhere: nothing to flag.
  plant(6, 8, [], (rt) => {
    rt.attendance = undefined;
    rt.durationMinutes = undefined;
  });
  plant(7, 1, ['PARTICIPANTS', 'ONSITE'], (rt) => {
    rt.attendance = { total: 125, online: 5, onsite: 120, organisations: 8 };
  });
  // Too few exact durations for a usual of the region's own: flagged against the project's only.
  for (const number of [1, 2, 3, 4, 5, 6]) at(10, number).durationMinutes = undefined;
  for (const number of [7, 8, 9]) at(10, number).durationMinutes = 120;
  plant(10, 10, ['DURATION_MINUTES'], (rt) => {
    rt.durationMinutes = 700;
  });
  // Most durations the same (MAD 0): the mean absolute deviation is the spread. Every organisation
  // count the same: no spread at all, so nothing is flagged against the region.
  for (let number = 1; number <= 10; number++) {
    at(11, number).durationMinutes = 120;
    at(11, number).attendance = { ...at(11, number).attendance, organisations: 10 };
  }
  plant(11, 10, ['DURATION_MINUTES'], (rt) => {
    rt.durationMinutes = 150;
  });
  const data: DataSet = dataSet({ regions, sources: [source], roundtables });
  return { data, planted, regions: regions.map((region) => region.slug), roundtables };
}

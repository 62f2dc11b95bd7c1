import type { DataSet, RegionSeed, RoundtableSeed, SourceSeed } from '../seed/dataset';

let counter = 0;
const next = () => ++counter;

/** A region with a unique slug; override what the test is about. */
export function newRegion(overrides: Partial<RegionSeed> = {}): RegionSeed {
  const n = next();
  return { slug: `region-${n}`, name: `Region ${n}`, country: 'ES', ...overrides };
}

export function newSource(overrides: Partial<SourceSeed> = {}): SourceSeed {
  const n = next();
  return { ref: `source-${n}`, title: `Source ${n}`, ...overrides };
}

/** A roundtable of a region, citing `source`; attendance and the rest as the test gives. */
export function newRoundtable(overrides: Partial<RoundtableSeed> & Pick<RoundtableSeed, 'region' | 'source'>): RoundtableSeed {
  return { number: next(), date: '2021-06-01', ...overrides };
}

/** A data set of recorded (not illustrative) facts from parts. */
export function dataSet(parts: Partial<DataSet>): DataSet {
  return { illustrative: false, regions: [], organisations: [], sources: [], roundtables: [], ...parts };
}

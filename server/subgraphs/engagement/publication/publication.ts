import type { CountRange } from '../../../core/count-range';
import type { Withheld } from '../../../core/disclosure/disclosure-table';
import { Withholding, withholdingOf } from '../../../core/disclosure/withholding';
import type { PeriodSpan } from '../../../core/periods';
import { ALL_REGIONS, type CellRoundtables, cellKey, type DatasetLattice } from './publication-lattice';

/** What FUNDER and PUBLIC may ask the publication for: regions (null: all), a period (or all time), data sets. */
export interface PublishedScope {
  regions: readonly string[] | null;
  /** A reporting period code, or TimeLattice.ALL_TIME. */
  period: string;
  /** false: recorded facts, true: illustrative data. */
  datasets: readonly boolean[];
}

/** A count as published: the value, or null and why (null without a reason is unknown). */
export interface PublishedCount {
  value: CountRange | null;
  withheld: Withholding | null;
}

/** One data set's table with the protection decided over it. */
export interface ProtectedDataset {
  lattice: DatasetLattice;
  withheld: readonly (Withheld | undefined)[];
  regions: readonly string[];
}

/** One cell of one data set that a scope covers. */
interface Component {
  dataset: ProtectedDataset;
  region: string;
  node: string;
}

const NOTHING: PublishedCount = { value: null, withheld: null };

/** Counts added up as ranges; withheld, as protecting, when any of them is; unknown when all are. */
function added(counts: readonly PublishedCount[]): PublishedCount {
  if (counts.some((count) => count.withheld)) return { value: null, withheld: Withholding.PROTECTS_SMALL_COUNT };
  const known = counts.flatMap((count) => (count.value ? [count.value] : []));
  if (known.length === 0) return NOTHING;
  return { value: { min: known.reduce((sum, v) => sum + v.min, 0), max: known.reduce((sum, v) => sum + v.max, 0) }, withheld: null };
}

/**
 * The protected publication: every count of people FUNDER and PUBLIC can see, for a region
 * or all regions, a reporting period or all time, and a data set, decided once over all of
 * them together (protect-table.ts). What a scope asks for is one of its cells when it is one
 * (a set holding every region with roundtables is all regions; both data sets, when one has no
 * roundtables, are the other); otherwise the sum of the cells it covers, withheld when any of
 * them is, so no answer says more than the cells do.
 */
export class Publication {
  constructor(
    /** The data version it was built from. */
    readonly version: bigint,
    /** The reporting periods it is published for. */
    readonly periods: readonly PeriodSpan[],
    private readonly datasets: ReadonlyMap<boolean, ProtectedDataset>,
  ) {}

  count(scope: PublishedScope, part: string): PublishedCount {
    const components = this.components(scope);
    if (components.length === 1) return this.cell(components[0] as Component, part);
    return added(components.map((component) => this.cell(component, part)));
  }

  /** Several parts added up (online and onsite: those whose mode is known), withheld when any is. */
  sum(scope: PublishedScope, parts: readonly string[]): PublishedCount {
    return added(parts.map((part) => this.count(scope, part)));
  }

  /** The roundtables a scope covers: counts of meetings, shown to everyone. */
  roundtables(scope: PublishedScope): CellRoundtables {
    const counted = { held: 0, unknownAttendance: 0, fromRecords: 0 };
    for (const { dataset, region, node } of this.components(scope)) {
      const cell = dataset.lattice.roundtables.get(`${region}|${node}`);
      counted.held += cell?.held ?? 0;
      counted.unknownAttendance += cell?.unknownAttendance ?? 0;
      counted.fromRecords += cell?.fromRecords ?? 0;
    }
    return counted;
  }

  /** The stakeholder categories present in a scope, counted or not, by code. */
  categoriesPresent(scope: PublishedScope): string[] {
    const codes = new Set<string>();
    for (const { dataset, region, node } of this.components(scope)) {
      for (const code of dataset.lattice.categories) {
        if (dataset.lattice.present.has(cellKey(region, node, `CATEGORY:${code}`))) codes.add(code);
      }
    }
    return [...codes].sort();
  }

  private cell({ dataset, region, node }: Component, part: string): PublishedCount {
    const index = dataset.lattice.index.get(cellKey(region, node, part));
    if (index === undefined) return NOTHING;
    const reason = dataset.withheld[index];
    if (reason) return { value: null, withheld: withholdingOf(reason) };
    return { value: dataset.lattice.table.cells[index]?.value ?? null, withheld: null };
  }

  /**
   * The cells of the publication a scope covers, leaving out regions without a roundtable in the
   * period: they add nothing, and leaving them out makes a scope that covers the same
   * roundtables as a cell answer with that very cell.
   */
  private components(scope: PublishedScope): Component[] {
    const components: Component[] = [];
    for (const key of scope.datasets) {
      const dataset = this.datasets.get(key);
      const node = dataset?.lattice.time.nodeOfPeriod.get(scope.period);
      if (!dataset || !node) continue;
      const held = (region: string) => (dataset.lattice.roundtables.get(`${region}|${node}`)?.held ?? 0) > 0;
      const everyRegion = dataset.regions.filter(held);
      const asked = scope.regions ? scope.regions.filter(held) : everyRegion;
      if (asked.length === 0) continue;
      const regions = asked.length === everyRegion.length && asked.length > 1 ? [ALL_REGIONS] : asked;
      for (const region of regions) components.push({ dataset, region, node });
    }
    return components;
  }
}

import type { CountRange } from '../../../contract/count-range';
import type { Withheld } from '../../../contract/disclosure/disclosure-table';
import { Withholding, withholdingOf } from '../../../contract/disclosure/withholding';
import type { PeriodSpan } from '../../../contract/periods';
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

/** What a scope covers of one data set. */
interface Span {
  dataset: ProtectedDataset;
  node: string;
  regions: readonly string[];
  every: readonly string[];
}

const NOTHING: PublishedCount = { value: null, withheld: null };
const WITHHELD: PublishedCount = { value: null, withheld: Withholding.PROTECTS_SMALL_COUNT };

/** One count less another, in the min and in the max (what adds up exactly subtracts exactly). */
function less(whole: PublishedCount, part: PublishedCount): PublishedCount {
  if (!whole.value) return NOTHING;
  const taken = part.value ?? { min: 0, max: 0 };
  return { value: { min: whole.value.min - taken.min, max: whole.value.max - taken.max }, withheld: null };
}

/** Counts added up as ranges; withheld, as protecting, when any of them is; unknown when all are. */
function added(counts: readonly PublishedCount[]): PublishedCount {
  if (counts.some((count) => count.withheld)) return WITHHELD;
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
  /** Per data set and time node, the regions with a roundtable in it: asked of every count, built once. */
  private readonly heldIn = new Map<string, { every: string[]; held: Set<string> }>();

  constructor(
    /** The data version it was built from. */
    readonly version: bigint,
    /** When the data it was built from were read. */
    readonly asOf: Date,
    /** The reporting periods it is published for. */
    readonly periods: readonly PeriodSpan[],
    private readonly datasets: ReadonlyMap<boolean, ProtectedDataset>,
  ) {}

  count(scope: PublishedScope, part: string): PublishedCount {
    const counts = this.spans(scope).map((span) => this.spanCount(span, part));
    return counts.length === 1 ? (counts[0] as PublishedCount) : added(counts);
  }

  /** Several parts added up (online and onsite: those whose mode is known), withheld when any is. */
  sum(scope: PublishedScope, parts: readonly string[]): PublishedCount {
    return added(parts.map((part) => this.count(scope, part)));
  }

  /** The roundtables a scope covers: counts of meetings, shown to everyone. */
  roundtables(scope: PublishedScope): CellRoundtables {
    const counted = { held: 0, unknownAttendance: 0, fromRecords: 0 };
    for (const { dataset, node, regions } of this.spans(scope)) {
      for (const region of regions) {
        const cell = dataset.lattice.roundtables.get(`${region}|${node}`);
        counted.held += cell?.held ?? 0;
        counted.unknownAttendance += cell?.unknownAttendance ?? 0;
        counted.fromRecords += cell?.fromRecords ?? 0;
      }
    }
    return counted;
  }

  /** The stakeholder categories present in a scope, counted or not, by code. */
  categoriesPresent(scope: PublishedScope): string[] {
    const codes = new Set<string>();
    for (const { dataset, node, regions } of this.spans(scope)) {
      for (const region of regions) {
        for (const code of dataset.lattice.categories) {
          if (dataset.lattice.present.has(cellKey(region, node, `CATEGORY:${code}`))) codes.add(code);
        }
      }
    }
    return [...codes].sort();
  }

  /**
   * One data set's part of a scope: its cell when the regions are one region or every region
   * with roundtables; otherwise their sum when every one is shown, or, when every withheld one
   * is among them, all regions less the others, which the published cells give anyway; else
   * withheld, since it holds a withheld count.
   */
  private spanCount({ dataset, node, regions, every }: Span, part: string): PublishedCount {
    const at = (region: string) => this.cell(dataset, region, node, part);
    if (regions.length === 1) return at(regions[0] as string);
    if (regions.length === every.length) return at(ALL_REGIONS);
    const inside = regions.map(at);
    if (!inside.some((count) => count.withheld)) return added(inside);
    const all = at(ALL_REGIONS);
    const inScope = new Set(regions);
    const outside = added(every.filter((region) => !inScope.has(region)).map(at));
    return all.withheld || outside.withheld ? WITHHELD : less(all, outside);
  }

  private cell(dataset: ProtectedDataset, region: string, node: string, part: string): PublishedCount {
    const index = dataset.lattice.index.get(cellKey(region, node, part));
    if (index === undefined) return NOTHING;
    const reason = dataset.withheld[index];
    if (reason) return { value: null, withheld: withholdingOf(reason) };
    return { value: dataset.lattice.table.cells[index]?.value ?? null, withheld: null };
  }

  /**
   * What a scope covers, per data set: the time node, and the regions with a roundtable in it
   * (the others add nothing, and leaving them out makes a scope that covers the same roundtables
   * as a cell answer with that very cell), beside every region with one.
   */
  private spans(scope: PublishedScope): Span[] {
    const spans: Span[] = [];
    for (const key of scope.datasets) {
      const dataset = this.datasets.get(key);
      const node = dataset?.lattice.time.nodeOfPeriod.get(scope.period);
      if (!dataset || !node) continue;
      const { every, held } = this.regionsHeld(key, dataset, node);
      const regions = scope.regions ? [...new Set(scope.regions)].filter((region) => held.has(region)) : every;
      if (regions.length > 0) spans.push({ dataset, node, regions, every });
    }
    return spans;
  }

  private regionsHeld(key: boolean, dataset: ProtectedDataset, node: string): { every: string[]; held: Set<string> } {
    const known = this.heldIn.get(`${key}|${node}`);
    if (known) return known;
    const every = dataset.regions.filter((region) => (dataset.lattice.roundtables.get(`${region}|${node}`)?.held ?? 0) > 0);
    const found = { every, held: new Set(every) };
    this.heldIn.set(`${key}|${node}`, found);
    return found;
  }
}

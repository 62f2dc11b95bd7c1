import { sqlCount } from '../../../contract/count-range';
import type { DisclosureTable, TableCell, TableOrder, TableRelation } from '../../../contract/disclosure/disclosure-table';
import type { PeriodSpan } from '../../../contract/periods';
import { FROM_PUBLICATIONS, MODE_PARTS, RECORD_PARTS, RECORD_SPLITS, TOTAL } from './publication-parts';
import type { AtomRow } from './publication-sql';

/** Every region together. */
export const ALL_REGIONS = '*';

/**
 * Time in the publication: the spans between consecutive period boundaries (before the first,
 * between boundaries, after the last), and the nodes published over them: each reporting period,
 * and all time. A node is named by the spans it covers that hold roundtables ("1", "1+2"), so two
 * periods covering the same roundtables are one node and can never be published differently.
 */
export class TimeLattice {
  /** Sorted dates: each period's first day and the day after its last. */
  readonly boundaries: string[];
  /** The spans each period code covers; ALL_TIME covers every span. */
  private readonly spansOfPeriod = new Map<string, number[]>();

  static readonly ALL_TIME = 'all time';

  constructor(periods: readonly PeriodSpan[]) {
    this.boundaries = [...new Set(periods.flatMap((period) => [period.startsOn, dayAfter(period.endsOn)]))].sort();
    const spans = Array.from({ length: this.boundaries.length + 1 }, (_, span) => span);
    this.spansOfPeriod.set(TimeLattice.ALL_TIME, spans);
    for (const period of periods) {
      const first = this.boundaries.indexOf(period.startsOn) + 1;
      const last = this.boundaries.indexOf(dayAfter(period.endsOn));
      this.spansOfPeriod.set(period.code, spans.slice(first, last + 1));
    }
  }

  /** The nodes over the spans that hold roundtables: the leaves, each period's, all time's. */
  nodesOver(occupied: ReadonlySet<number>): TimeNodes {
    const nodes = new Map<string, number[]>();
    const nodeOfPeriod = new Map<string, string>();
    for (const span of [...occupied].sort((a, b) => a - b)) nodes.set(String(span), [span]);
    for (const [code, spans] of this.spansOfPeriod) {
      const held = spans.filter((span) => occupied.has(span));
      if (held.length === 0) continue;
      nodes.set(held.join('+'), held);
      nodeOfPeriod.set(code, held.join('+'));
    }
    return { nodes, nodeOfPeriod };
  }
}

/** The time nodes of one data set; a period with no roundtables has none. */
export interface TimeNodes {
  nodes: Map<string, number[]>;
  nodeOfPeriod: Map<string, string>;
}

function dayAfter(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

/** Roundtables behind a cell: counts of meetings, not of people, shown to everyone. */
export interface CellRoundtables {
  held: number;
  unknownAttendance: number;
  fromRecords: number;
}

/** The cells of one data set (recorded or illustrative) and how to find them. */
export interface DatasetLattice {
  table: DisclosureTable;
  time: TimeNodes;
  /** `${region}|${time node}|${part}` → index into table.cells. */
  index: Map<string, number>;
  /** `${region}|${time node}` → its roundtables. */
  roundtables: Map<string, CellRoundtables>;
  /** Category codes with a cell, sorted. */
  categories: string[];
  /** Cell keys of the categories present (counted or not) at one roundtable or more. */
  present: Set<string>;
}

export const cellKey = (region: string, time: string, part: string) => `${region}|${time}|${part}`;

type Sums = { min: number; max: number; known: boolean; n1: number; n2: number; n3: number };

const sumsOf = (row: AtomRow): Sums => ({
  // bigint sums come as text: read only while exact.
  min: sqlCount(row.min ?? 0),
  max: sqlCount(row.max ?? 0),
  known: row.min !== null,
  n1: row.n1,
  n2: row.n2,
  n3: row.n3,
});

// What withholding costs, as a multiplier: a region's year before a total over regions or
// years, a part before the total it splits.
const REGION_WEIGHT = (region: string) => (region === ALL_REGIONS ? 6 : 1);
const TIME_WEIGHT = (spans: number) => (spans > 1 ? 3 : 1);
const PART_WEIGHT = (part: string) => (part === TOTAL ? 10 : part === FROM_PUBLICATIONS ? 2 : 1);

/**
 * The publication's table for one data set: every region and all regions, every time node,
 * every part, with the relations that hold between them (a total over regions, over spans of
 * time, over the parts of a split) and the one order (people of unknown mode are among those
 * counted from publications).
 */
export function datasetLattice(atoms: readonly AtomRow[], regions: readonly string[], lattice: TimeLattice): DatasetLattice {
  const time = lattice.nodesOver(new Set(atoms.filter((row) => row.kind === 'R').map((row) => row.segment as number)));
  // Sums per (region, span, key), then per node by adding spans and regions.
  const leaves = new Map<string, Sums>();
  for (const row of atoms) {
    const key = `${row.region}|${row.segment}|${row.kind === 'O' ? 'CATEGORY_OFFSET' : row.key}`;
    const sums = leaves.get(key);
    leaves.set(key, sums ? merge(sums, sumsOf(row)) : sumsOf(row));
  }
  const categories = [...new Set(atoms.filter((row) => row.kind === 'C').map((row) => row.key.slice('CATEGORY:'.length)))].sort();
  const parts = [TOTAL, ...MODE_PARTS, FROM_PUBLICATIONS, ...RECORD_SPLITS.flat(), ...categories.map((code) => `CATEGORY:${code}`)];
  const regionNodes = [...regions, ALL_REGIONS];
  const membersOf = (region: string) => (region === ALL_REGIONS ? regions : [region]);
  const sumOver = (region: string, spans: readonly number[], key: string): Sums | undefined => {
    let sums: Sums | undefined;
    for (const member of membersOf(region)) {
      for (const span of spans) {
        const leaf = leaves.get(`${member}|${span}|${key}`);
        if (leaf) sums = sums ? merge(sums, leaf) : leaf;
      }
    }
    return sums;
  };

  const cells: TableCell[] = [];
  const index = new Map<string, number>();
  const roundtables = new Map<string, CellRoundtables>();
  const publishedCategoryCounts = new Set<string>();
  const present = new Set<string>();
  for (const region of regionNodes) {
    for (const [node, spans] of time.nodes) {
      const held = sumOver(region, spans, 'ROUNDTABLES');
      const counted = { held: held?.n1 ?? 0, unknownAttendance: held?.n2 ?? 0, fromRecords: held?.n3 ?? 0 };
      roundtables.set(`${region}|${node}`, counted);
      const published = sumOver(region, spans, 'CATEGORY_OFFSET');
      if (published?.known && published.max > 0) publishedCategoryCounts.add(`${region}|${node}`);
      for (const part of parts) {
        const sums = sumOver(region, spans, part);
        if (part.startsWith('CATEGORY:') && (sums?.n3 ?? 0) > 0) present.add(cellKey(region, node, part));
        // Record parts are known, zeros included, wherever the cell has participant records.
        const known = RECORD_PARTS.has(part) ? counted.fromRecords > 0 : Boolean(sums?.known);
        // Each roundtable where the part is at least 1 makes it at least that many: granted to
        // the attacker, as the roundtables shown beside the publication may tell it.
        const atLeast = sums && (sums.n1 > 0 || sums.n2 > 0) ? { min: sums.n1, max: sums.n2 } : undefined;
        index.set(cellKey(region, node, part), cells.length);
        cells.push({
          key: cellKey(region, node, part),
          value: known ? { min: sums?.min ?? 0, max: sums?.max ?? 0 } : null,
          ...(atLeast && { atLeast }),
          cost: REGION_WEIGHT(region) * TIME_WEIGHT(spans.length) * PART_WEIGHT(part) * (1 + (sums?.max ?? 0)),
        });
      }
    }
  }

  const at = (region: string, node: string, part: string) => index.get(cellKey(region, node, part)) as number;
  const relations: TableRelation[] = [];
  const orders: TableOrder[] = [];
  for (const region of regionNodes) {
    for (const node of time.nodes.keys()) {
      const total = at(region, node, TOTAL);
      const fromPublications = at(region, node, FROM_PUBLICATIONS);
      relations.push({ total, parts: MODE_PARTS.map((part) => at(region, node, part)) });
      for (const split of RECORD_SPLITS)
        relations.push({ total, parts: [...split.map((part) => at(region, node, part)), fromPublications] });
      // Counted from records, categories add up to the people recorded (total less those counted
      // from publications); published counts of categories add to that what they add, so where
      // there are any, the categories are only known to add up to at least as much.
      relations.push({
        total,
        parts: [...categories.map((code) => at(region, node, `CATEGORY:${code}`)), fromPublications],
        ...(publishedCategoryCounts.has(`${region}|${node}`) && { partsAtLeast: true }),
      });
      orders.push({ smaller: at(region, node, 'UNKNOWN_MODE'), larger: fromPublications });
    }
  }
  for (const part of parts) {
    for (const node of time.nodes.keys()) {
      relations.push({ total: at(ALL_REGIONS, node, part), parts: regions.map((region) => at(region, node, part)) });
    }
    for (const region of regionNodes) {
      for (const [node, spans] of time.nodes) {
        if (spans.length > 1) relations.push({ total: at(region, node, part), parts: spans.map((span) => at(region, String(span), part)) });
      }
    }
  }
  return {
    table: { cells, relations: relations.filter((relation) => involvesKnown(cells, relation)), orders },
    time,
    index,
    roundtables,
    categories,
    present,
  };
}

function merge(a: Sums, b: Sums): Sums {
  return { min: a.min + b.min, max: a.max + b.max, known: a.known || b.known, n1: a.n1 + b.n1, n2: a.n2 + b.n2, n3: a.n3 + b.n3 };
}

/** A relation whose every member is unknown says nothing. */
const involvesKnown = (cells: readonly TableCell[], { total, parts }: TableRelation) =>
  [total, ...parts].some((member) => cells[member]?.value !== null);

import {
  canWithhold,
  type DisclosureRules,
  type DisclosureTable,
  isExact,
  isSmallCount,
  type TableCell,
  type Withheld,
} from './disclosure-table';
import { type AuditFailure, auditTable, letOthersRun } from './table-audit';

/**
 * Decides which cells of a table to withhold so that no small count of people can be worked out
 * from the cells shown, whatever combination of them is used:
 * 1. every small count (below k) is withheld;
 * 2. every relation with one withheld member gets a second (the cheapest), since one alone is
 *    the published total minus the published parts;
 * 3. the whole table is audited (table-audit.ts). For each cell the audit can still narrow, the
 *    cheapest shown cell of the nearest relation with one is withheld too, and, when it was
 *    already narrowed an audit before, the cheapest shown cell of a relation that holds it (one
 *    the audit's proof rests on). Where every related cell is already withheld, the labels
 *    themselves narrow it (three parts "fewer than 5" of a total "fewer than 5" are each 1 or 2),
 *    so the nearest small total is labelled as protecting instead, which says less. Then the
 *    audit runs again.
 * The result depends on the data alone, so every output built from it agrees with every other,
 * and the same data always give the same publication.
 */
export async function protectTable(
  table: DisclosureTable,
  rules: DisclosureRules,
  /** Told of every audit's failures, to measure how the protection got there. */
  onAudit?: (failures: readonly AuditFailure[], withheld: readonly (Withheld | undefined)[]) => void,
): Promise<(Withheld | undefined)[]> {
  const withheld = table.cells.map((cell) => primary(cell, rules));
  // A total "fewer than k" over two or more parts "fewer than k" narrows each of them (two parts
  // of a total below 5 are each at most 3): such a total is labelled as protecting instead.
  const small = withheld.map((reason) => reason === 'SMALL');
  for (const { total, parts } of table.relations) {
    if (small[total] && parts.filter((part) => small[part]).length >= 2) withheld[total] = 'SMALL_UNLABELLED';
  }
  const relationsOf = table.cells.map((): number[] => []);
  table.relations.forEach((relation, index) => {
    for (const member of [relation.total, ...relation.parts]) relationsOf[member]?.push(index);
  });
  const membersOf = (relation: number) => {
    const { total, parts } = table.relations[relation] as DisclosureTable['relations'][number];
    return [total, ...parts];
  };
  const cellAt = (index: number) => table.cells[index] as TableCell;
  const shownIn = (members: readonly number[]) => members.filter((member) => !withheld[member] && canWithhold(cellAt(member)));
  // Relations holding a withheld cell. Cells are only ever withheld, never shown again, so a
  // relation once touched stays so, and an untouched one's shown members never change: their
  // two cheapest, what pricing asks of a relation of 1,000 regions, are found once.
  const touched = table.relations.map((_, relation) => membersOf(relation).some((member) => withheld[member]));
  const withhold = (cell: number, reason: Withheld) => {
    withheld[cell] = reason;
    for (const relation of relationsOf[cell] ?? []) touched[relation] = true;
  };
  const cheapestOf = new Map<number, number[]>();
  const twoCheapest = (relation: number): number[] => {
    let found = cheapestOf.get(relation);
    if (!found) {
      found = shownIn(membersOf(relation))
        .sort((a, b) => byCost(cellAt(a), cellAt(b)))
        .slice(0, 2);
      cheapestOf.set(relation, found);
    }
    return found;
  };
  /**
   * What withholding a cell costs, looking one step ahead: in every relation where it would be
   * the only withheld member, a second must follow, at the least the cheapest other shown one.
   * So an online count that equals its total (nobody came onsite) is dear: the total would follow.
   */
  const price = (candidate: number): number => {
    let total = cellAt(candidate).cost;
    for (const relation of relationsOf[candidate] ?? []) {
      if (table.relations[relation]?.partsAtLeast || touched[relation]) continue;
      const [first, second] = twoCheapest(relation);
      const other = first === candidate ? second : first;
      total += other === undefined ? Number.POSITIVE_INFINITY : cellAt(other).cost;
    }
    return total;
  };
  const cheapest = (cells: readonly number[]) =>
    cells.map((cell) => ({ cell, price: price(cell) })).sort((a, b) => a.price - b.price || byCost(cellAt(a.cell), cellAt(b.cell)))[0]
      ?.cell;

  const pairLoneCells = () => {
    for (let changed = true; changed; ) {
      changed = false;
      for (const [index, relation] of table.relations.entries()) {
        // An inequality pins nothing down by itself.
        if (relation.partsAtLeast) continue;
        const members = membersOf(index);
        if (members.filter((member) => withheld[member]).length !== 1) continue;
        const complement = cheapest(shownIn(members));
        if (complement === undefined) continue;
        withhold(complement, 'COMPLEMENT');
        changed = true;
      }
    }
  };

  /**
   * Walks out from a cell through its relations, ring by ring: the relations through it, then
   * those through the withheld cells they hold, and so on; `pick` chooses from each ring's
   * members and the first choice made is returned. What pins a cell down may be a total two
   * relations away (a sum over other regions, say), so its own relations may hold nothing to use.
   */
  const nearest = (start: number, pick: (members: readonly number[]) => number | undefined): number | undefined => {
    const reached = new Set([start]);
    const used = new Set<number>();
    for (let ring = [start]; ring.length > 0; ) {
      const relations = [...new Set(ring.flatMap((cell) => relationsOf[cell] ?? []))].filter((r) => !used.has(r)).sort((a, b) => a - b);
      for (const relation of relations) used.add(relation);
      const members = [...new Set(relations.flatMap(membersOf))];
      const chosen = pick(members);
      if (chosen !== undefined) return chosen;
      ring = members.filter((member) => withheld[member] && !reached.has(member));
      for (const member of ring) reached.add(member);
    }
    return undefined;
  };
  // The coarsest small count near the cell: relabelling a total keeps its parts' labels.
  const costliestSmall = (members: readonly number[]) =>
    members.filter((member) => withheld[member] === 'SMALL').sort((a, b) => byCost(cellAt(b), cellAt(a)))[0];

  const cleared = new Set<string>();
  let failedBefore = new Set<number>();
  for (;;) {
    pairLoneCells();
    const failures = await auditTable(table, withheld, rules, cleared);
    onAudit?.(failures, withheld);
    if (failures.length === 0) return withheld;
    let widened = 0;
    const holding = new Map<number, Set<number>>();
    for (const failure of failures) holding.set(failure.cell, new Set([...(holding.get(failure.cell) ?? []), ...failure.blocking]));
    for (const [cell, held] of holding) {
      await letOthersRun();
      // The cheapest nearest cell is withheld first: it frees most counts at the least cost, and
      // keeps the sums over chosen regions and periods, which the API answers from these cells,
      // from being worked out too (the attacker tests, tests/e2e/*-attacker.test.ts, get such
      // sums back without it). A count still pinned an audit later also gets the cheapest cell of
      // a relation that holds it, which frees it where the nearest may never: a sum over 1,000
      // regions offers 999 cheap cells that free nothing, one a round.
      const freeing = failedBefore.has(cell) ? cheapest(shownIn([...held])) : undefined;
      if (freeing !== undefined) {
        withhold(freeing, 'COMPLEMENT');
        widened++;
      }
      const complement = nearest(cell, (members) => cheapest(shownIn(members)));
      if (complement !== undefined) {
        withhold(complement, 'COMPLEMENT');
        widened++;
      }
      if (freeing !== undefined || complement !== undefined) continue;
      const relabelled = nearest(cell, costliestSmall) ?? (withheld[cell] === 'SMALL' ? cell : undefined);
      if (relabelled !== undefined) {
        withhold(relabelled, 'SMALL_UNLABELLED');
        widened++;
      }
    }
    failedBefore = new Set(holding.keys());
    if (widened === 0) {
      const keys = failures.map((failure) => cellAt(failure.cell).key).join(', ');
      throw new Error(`The disclosure protection cannot protect ${keys}: every cell related to it is withheld and labelled as protecting.`);
    }
  }
}

/** Small counts are withheld; one whose label would leave too few values open is labelled as protecting. */
function primary(cell: TableCell, rules: DisclosureRules): Withheld | undefined {
  if (!isSmallCount(cell.value, rules.k)) return undefined;
  const atLeast = cell.atLeast ?? { min: 0, max: 0 };
  // The label "fewer than k" leaves from `lowest` to k − 1 open.
  const lowest = isExact(cell.value) ? Math.max(1, atLeast.min, atLeast.max) : atLeast.min;
  return rules.k - 1 - lowest < rules.protection ? 'SMALL_UNLABELLED' : 'SMALL';
}

const byCost = (a: TableCell, b: TableCell) => a.cost - b.cost || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

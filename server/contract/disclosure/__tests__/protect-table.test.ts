import type { CountRange } from '../../count-range';
import type { DisclosureTable, TableCell, Withheld } from '../disclosure-table';
import { protectTable } from '../protect-table';
import { auditTable } from '../table-audit';

const RULES = { k: 5, protection: 1 };
const exact = (n: number): CountRange => ({ min: n, max: n });
const cell = (key: string, value: CountRange | null, cost = 1): TableCell => ({ key, value, cost });

/** A regions × years table with its totals: cells[r][y], row totals, column totals and the grand total. */
function grid(values: number[][]): DisclosureTable {
  const rows = values.length;
  const columns = values[0]?.length ?? 0;
  const cells: TableCell[] = [];
  const at = (r: number, y: number) => r * (columns + 1) + y;
  for (let r = 0; r <= rows; r++) {
    for (let y = 0; y <= columns; y++) {
      const total = r === rows || y === columns;
      const value =
        r < rows && y < columns
          ? (values[r]?.[y] as number)
          : values.reduce(
              (sum, row, i) => sum + row.reduce((s, v, j) => s + ((r === rows || i === r) && (y === columns || j === y) ? v : 0), 0),
              0,
            );
      cells.push(cell(`${r},${y}`, exact(value), total ? 100 : value));
    }
  }
  const relations = [
    ...Array.from({ length: rows + 1 }, (_, r) => ({ total: at(r, columns), parts: Array.from({ length: columns }, (_, y) => at(r, y)) })),
    ...Array.from({ length: columns + 1 }, (_, y) => ({ total: at(rows, y), parts: Array.from({ length: rows }, (_, r) => at(r, y)) })),
  ];
  return { cells, relations, orders: [] };
}

const withheldKeys = (table: DisclosureTable, withheld: readonly (Withheld | undefined)[]) =>
  Object.fromEntries(withheld.flatMap((reason, index) => (reason ? [[table.cells[index]?.key, reason]] : [])));

describe('protectTable', () => {
  it("withholds Soria's 3 onsite and the 18 online that would give it back, and nothing else", async () => {
    const table: DisclosureTable = {
      cells: [cell('total', exact(21), 10), cell('online', exact(18)), cell('onsite', exact(3)), cell('unknownMode', exact(0))],
      relations: [{ total: 0, parts: [1, 2, 3] }],
      orders: [],
    };
    expect(await protectTable(table, RULES)).toEqual([undefined, 'COMPLEMENT', 'SMALL', undefined]);
  });

  it('withholds a rectangle of a two-way table, the cheapest one, leaving every total shown', async () => {
    const table = grid([
      [3, 12, 20],
      [9, 8, 30],
      [15, 11, 25],
    ]);
    const withheld = await protectTable(table, RULES);
    // 3 is small; its row and column each need a second cell, and those a fourth: 8 is the
    // cheapest to close the rectangle through 12 and 9.
    expect(withheldKeys(table, withheld)).toEqual({ '0,0': 'SMALL', '0,1': 'COMPLEMENT', '1,0': 'COMPLEMENT', '1,1': 'COMPLEMENT' });
    expect(await auditTable(table, withheld, RULES)).toEqual([]);
  });

  it('labels a small total of two small parts as protecting, since "fewer than 5" would narrow them', async () => {
    const table: DisclosureTable = {
      cells: [cell('total', exact(3), 10), cell('a', exact(1)), cell('b', exact(2)), cell('c', exact(0))],
      relations: [{ total: 0, parts: [1, 2, 3] }],
      orders: [],
    };
    expect(await protectTable(table, RULES)).toEqual(['SMALL_UNLABELLED', 'SMALL', 'SMALL', undefined]);
  });

  it('labels as protecting a small count that the records beside it already pin down', async () => {
    const onsite: TableCell = { ...cell('onsite', exact(4)), atLeast: exact(4) };
    const table: DisclosureTable = {
      cells: [cell('total', exact(30), 10), cell('online', exact(26)), onsite],
      relations: [{ total: 0, parts: [1, 2] }],
      orders: [],
    };
    expect(await protectTable(table, RULES)).toEqual([undefined, 'COMPLEMENT', 'SMALL_UNLABELLED']);
  });

  it('withholds a cell of the relation that pins a count down, not only the cheaper cells of the sums beside it', async () => {
    // a (2, at least 2 from the records) and b (7, at least 7) add up to T, which pins both down
    // however many cells around them are withheld, until T is. Each is also a part of a sum with
    // five cheap cells beside it, as a region is of a sum over regions: withholding those alone
    // frees neither, round after round.
    const a: TableCell = { ...cell('a', exact(2)), atLeast: exact(2) };
    const b: TableCell = { ...cell('b', exact(7)), atLeast: exact(7) };
    const cheap = (name: string) => [1, 2, 3, 4, 5].map((n) => cell(`${name}${n}`, exact(10), 1));
    const table: DisclosureTable = {
      cells: [cell('T', exact(9), 100), a, b, cell('S', exact(52), 100), ...cheap('c'), cell('U', exact(57), 100), ...cheap('d')],
      relations: [
        { total: 0, parts: [1, 2] },
        { total: 3, parts: [1, 4, 5, 6, 7, 8] },
        { total: 9, parts: [2, 10, 11, 12, 13, 14] },
      ],
      orders: [],
    };
    const audits: number[] = [];
    const withheld = await protectTable(table, RULES, (failures) => audits.push(failures.length));
    expect(withheldKeys(table, withheld)).toMatchObject({ T: 'COMPLEMENT', a: 'SMALL', b: 'COMPLEMENT' });
    // The nearest cheap cells first, which leave a and b pinned; then T: three audits, where
    // withholding the cheap cells alone took five.
    expect(audits).toEqual([4, 2, 0]);
    expect(await auditTable(table, withheld, RULES)).toEqual([]);
    // The audit names the relation that holds a: T = a + b.
    const pinned: (Withheld | undefined)[] = table.cells.map(() => undefined);
    for (const [at, reason] of [
      [1, 'SMALL'],
      [2, 'COMPLEMENT'],
      [4, 'COMPLEMENT'],
      [10, 'COMPLEMENT'],
    ] as const)
      pinned[at] = reason;
    const [failure] = await auditTable(table, pinned, RULES);
    expect(failure && table.cells[failure.cell]?.key).toBe('a');
    expect(failure && [...failure.blocking].sort()).toEqual([0, 1, 2]);
  });
});

describe('auditTable', () => {
  it('finds a cell pinned down by a chain of relations, though every relation through it hides two cells', async () => {
    // Hidden: 3, 12, 9 and 11. Row 0 and column 0 each hide two cells, but 11 is alone in row 2:
    // 51 − 15 − 25 = 11, so column 1 gives 12, row 0 gives 3, and column 0 gives 9.
    const table = grid([
      [3, 12, 20],
      [9, 8, 30],
      [15, 11, 25],
    ]);
    const withheld: (Withheld | undefined)[] = table.cells.map(() => undefined);
    for (const key of ['0,0', '0,1', '1,0', '2,1'])
      withheld[table.cells.findIndex((c) => c.key === key)] = key === '0,0' ? 'SMALL' : 'COMPLEMENT';
    const failures = await auditTable(table, withheld, RULES);
    expect(failures.map((failure) => [table.cells[failure.cell]?.key, failure.interval])).toEqual([
      ['0,0', { lo: 3, hi: 3 }],
      ['0,1', { lo: 12, hi: 12 }],
      ['1,0', { lo: 9, hi: 9 }],
      ['2,1', { lo: 11, hi: 11 }],
    ]);
  });

  it('holds a withheld small count within what its label says when the cells around it allow more', async () => {
    const table = grid([
      [3, 12, 20],
      [9, 8, 30],
    ]);
    const withheld = await protectTable(table, { k: 5, protection: 3 });
    // With a protection of 3, 3 must still be anything from 1 to 4.
    expect(await auditTable(table, withheld, { k: 5, protection: 3 })).toEqual([]);
    expect(withheld.filter(Boolean).length).toBeGreaterThanOrEqual(4);
  });
});

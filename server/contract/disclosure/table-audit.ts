import type { Highs, Model, ModelData } from 'highs';
import type { CountRange } from '../count-range';
import { type DisclosureRules, type DisclosureTable, isExact, type Withheld } from './disclosure-table';

/**
 * What an attacker who sees every published cell can work out about each withheld one, found
 * the way τ-ARGUS audits a table: for every withheld count, the smallest and largest whole
 * numbers it can be while every published cell keeps its value, every relation holds, and every
 * count stays within what its label and the records shown beside it say (a count labelled
 * "fewer than k" is 1 to k − 1; a complement is assumed known to be k or more, which it is).
 * That is an integer linear program per bound, solved exactly by HiGHS. A cell passes when:
 * - SMALL: its interval, in the min and in the max, still spans more than `protection` values;
 * - COMPLEMENT, SMALL_UNLABELLED: neither its min nor its max is pinned down.
 */

/** A count with no upper bound an attacker knows of; far above any real figure, so never binding. */
const UNBOUNDED = 1e12;
const EPSILON = 1e-6;

type System = 'min' | 'max';

/** One unknown of the attacker: a withheld cell, or its min or max when it is a range. */
interface Unknown {
  cell: number;
  /** Null for an exact cell, whose min and max are one unknown. */
  system: System | null;
  lower: number;
  upper: number;
  /** Its true value: the data are a solution, so bounds it meets need no solving. */
  truth: number;
}

export interface AuditFailure {
  cell: number;
  system: System | null;
  /** What the attacker can narrow it to. */
  interval: { lo: number; hi: number };
  /** What it had to stay within, or "undetermined". */
  required: string;
  /**
   * The cells of the relations that held it where it is (the rows the solver's proof rests on):
   * withholding one of those shown is what can free it. Empty when the solve gave no proof.
   */
  blocking: readonly number[];
}

/**
 * How long the protection works before it lets the process answer other requests. Each solve blocks
 * the event loop, and a publication of 100 regions takes seconds of them (1,000, minutes): without
 * a pause, every request, /health included, waited for the whole audit.
 */
const SLICE_MS = 20;
let sliceStarted = performance.now();

export async function letOthersRun(): Promise<void> {
  if (performance.now() - sliceStarted < SLICE_MS) return;
  await new Promise((resolve) => setImmediate(resolve));
  sliceStarted = performance.now();
}

let solver: Promise<Highs> | undefined;
function highs(): Promise<Highs> {
  // Loaded once per process: compiling the WebAssembly takes about 30 ms.
  solver ??= import('highs').then((module) => module.default());
  return solver;
}

interface Row {
  coefficients: Map<number, number>;
  lower: number;
  upper: number;
  /** The table cells of the relations and orders it stands for, shown ones included. */
  members: Set<number>;
}

/** The cells withheld together: joined when one relation or order holds two of them. */
function components(table: DisclosureTable, withheld: readonly (Withheld | undefined)[]): number[][] {
  const parent = table.cells.map((_, index) => index);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i] as number] as number;
      i = parent[i] as number;
    }
    return i;
  };
  const join = (members: readonly number[]) => {
    const hidden = members.filter((member) => withheld[member]);
    for (const member of hidden.slice(1)) parent[find(member)] = find(hidden[0] as number);
  };
  for (const relation of table.relations) join([relation.total, ...relation.parts]);
  for (const order of table.orders) join([order.smaller, order.larger]);
  const groups = new Map<number, number[]>();
  withheld.forEach((reason, cell) => {
    if (!reason) return;
    const root = find(cell);
    groups.set(root, [...(groups.get(root) ?? []), cell]);
  });
  return [...groups.values()];
}

/** Names an unknown across audits of one table. */
const unknownKey = (unknown: Unknown) => `${unknown.cell}:${unknown.system ?? 'exact'}`;

const valueIn = (value: CountRange, system: System): number => (system === 'min' ? value.min : value.max);

/** The attacker's unknowns for one withheld cell, with the bounds its label and the records give. */
function unknownsOf(table: DisclosureTable, cell: number, reason: Withheld, { k }: DisclosureRules): Unknown[] {
  const { value, atLeast = { min: 0, max: 0 } } = table.cells[cell] as { value: CountRange; atLeast?: CountRange };
  const floor = (system: System) => (reason === 'COMPLEMENT' ? Math.max(k, valueIn(atLeast, system)) : valueIn(atLeast, system));
  if (isExact(value)) {
    // Zeros are never withheld, so a withheld count is known to be 1 or more.
    const lower = Math.max(floor('min'), floor('max'), 1);
    return [{ cell, system: null, lower, upper: reason === 'SMALL' ? k - 1 : UNBOUNDED, truth: value.min }];
  }
  return [
    { cell, system: 'min', lower: floor('min'), upper: reason === 'SMALL' ? k - 1 : UNBOUNDED, truth: value.min },
    { cell, system: 'max', lower: Math.max(floor('max'), 1), upper: UNBOUNDED, truth: value.max },
  ];
}

/** The linear rows one component's unknowns are bound by, once each. */
function rowsOf(table: DisclosureTable, cells: ReadonlySet<number>, column: (cell: number, system: System) => number | undefined): Row[] {
  const rows = new Map<string, Row>();
  const add = (terms: readonly [number, number][], system: System, lower: number, upper: number) => {
    const members = terms.map(([cell]) => cell);
    const coefficients = new Map<number, number>();
    let constant = 0;
    for (const [cell, coefficient] of terms) {
      const index = column(cell, system);
      if (index === undefined) constant += coefficient * valueIn((table.cells[cell]?.value ?? { min: 0, max: 0 }) as CountRange, system);
      else coefficients.set(index, (coefficients.get(index) ?? 0) + coefficient);
    }
    for (const [index, coefficient] of coefficients) if (coefficient === 0) coefficients.delete(index);
    if (coefficients.size === 0) return;
    const key = JSON.stringify([[...coefficients].sort((a, b) => a[0] - b[0]), lower - constant, upper - constant]);
    const same = rows.get(key);
    if (same) for (const member of members) same.members.add(member);
    else rows.set(key, { coefficients, lower: lower - constant, upper: upper - constant, members: new Set(members) });
  };
  for (const system of ['min', 'max'] as const) {
    for (const { total, parts, partsAtLeast } of table.relations) {
      if (![total, ...parts].some((member) => cells.has(member))) continue;
      add([[total, -1], ...parts.map((part): [number, number] => [part, 1])], system, 0, partsAtLeast ? UNBOUNDED : 0);
    }
    for (const { smaller, larger } of table.orders) {
      if (!cells.has(smaller) && !cells.has(larger)) continue;
      add(
        [
          [smaller, 1],
          [larger, -1],
        ],
        system,
        -UNBOUNDED,
        0,
      );
    }
  }
  for (const cell of cells) {
    const min = column(cell, 'min');
    const max = column(cell, 'max');
    if (min !== undefined && max !== undefined && min !== max) {
      rows.set(`range ${cell}`, {
        coefficients: new Map([
          [min, 1],
          [max, -1],
        ]),
        lower: -UNBOUNDED,
        upper: 0,
        members: new Set(),
      });
    }
  }
  return [...rows.values()];
}

function modelData(unknowns: readonly Unknown[], rows: readonly Row[], sense: ModelData['sense']): ModelData {
  const starts = [0];
  const indices: number[] = [];
  const values: number[] = [];
  for (const row of rows) {
    for (const [index, coefficient] of [...row.coefficients].sort((a, b) => a[0] - b[0])) {
      indices.push(index);
      values.push(coefficient);
    }
    starts.push(indices.length);
  }
  return {
    numCols: unknowns.length,
    numRows: rows.length,
    sense,
    colCost: unknowns.map(() => 0),
    colLower: unknowns.map((unknown) => unknown.lower),
    colUpper: unknowns.map((unknown) => unknown.upper),
    rowLower: rows.map((row) => row.lower),
    rowUpper: rows.map((row) => row.upper),
    matrix: { format: 'csr', numRows: rows.length, numCols: unknowns.length, starts, indices, values },
  };
}

/**
 * A whole feasible point and the value of one unknown in it; when the objective is unbounded,
 * no point, and the unknown's value only when the objective was that unknown alone. `tight`:
 * the rows whose dual is not zero at a linear optimum, the ones its bound is proven from.
 */
interface Extreme {
  value: number | null;
  point: Float64Array | null;
  tight: readonly number[];
}

/**
 * The whole feasible point that minimises `costs` (a coefficient per unknown), and the value of
 * the unknown `index` in it. The linear relaxation is solved first, warm-started from the
 * model's previous solve; where its optimum is a whole-number point it is also the integer
 * optimum, what an attacker counting people can reach. Otherwise the integer program is
 * solved. The model is feasible: the data are a solution.
 */
function extreme(highsApi: Highs, model: Model, costs: readonly number[], index: number): Extreme {
  const { modelStatus, variableType } = highsApi.constants;
  const columns = costs.length;
  const all = { kind: 'range', from: 0, to: columns - 1 } as const;
  model.changeColsCost(all, costs);
  try {
    for (const integral of [false, true]) {
      if (integral) model.changeColsIntegrality(all, new Array(columns).fill(variableType.integer));
      try {
        model.run();
        const status = model.getModelStatus();
        if (status === modelStatus.unbounded || status === modelStatus.unboundedOrInfeasible) {
          const alone = costs.every((cost, i) => i === index || cost === 0);
          return { value: alone ? -(costs[index] as number) * UNBOUNDED : null, point: null, tight: [] };
        }
        if (status !== modelStatus.optimal) throw new Error(`The disclosure audit could not solve a bound (HiGHS model status ${status}).`);
        const { colValue: point, rowDual } = model.getSolution();
        if (integral || point.every((value) => Math.abs(value - Math.round(value)) < EPSILON)) {
          // An integer optimum has no duals to prove it by: no rows named.
          const tight = integral ? [] : [...rowDual.keys()].filter((row) => Math.abs(rowDual[row] as number) > EPSILON);
          return { value: Math.round(point[index] as number), point, tight };
        }
      } finally {
        if (integral) model.changeColsIntegrality(all, new Array(columns).fill(variableType.continuous));
      }
    }
    throw new Error('The disclosure audit found no whole-number bound.');
  } finally {
    model.changeColsCost(all, new Array(columns).fill(0));
  }
}

/** A cost vector with one unknown pushed one way: its least (1) or greatest (-1) value. */
const towards = (columns: number, index: number, direction: 1 | -1) => {
  const costs = new Array<number>(columns).fill(0);
  costs[index] = direction;
  return costs;
};

/**
 * Checks every unknown of one component. Each solve gives a whole feasible point, which shows
 * how far every unknown can move from its true value at once, so most unknowns are cleared by
 * solves made for others: the lowest and highest value seen per unknown start from the data.
 */
async function checkComponent(
  unknowns: readonly Unknown[],
  withheld: readonly (Withheld | undefined)[],
  rules: DisclosureRules,
  cleared: Set<string>,
  solveNow: (costs: readonly number[], index: number) => Extreme,
  membersOfRow: (row: number) => Iterable<number>,
): Promise<AuditFailure[]> {
  const solve = async (costs: readonly number[], index: number) => {
    const found = solveNow(costs, index);
    await letOthersRun();
    return found;
  };
  const lowest = unknowns.map((unknown) => unknown.truth);
  const highest = unknowns.map((unknown) => unknown.truth);
  const room = (unknown: Unknown) => (withheld[unknown.cell] === 'SMALL' ? rules.protection : 1);
  const roomy = (index: number) =>
    cleared.has(unknownKey(unknowns[index] as Unknown)) ||
    (highest[index] as number) - (lowest[index] as number) >= room(unknowns[index] as Unknown) - EPSILON;
  const see = ({ value, point }: Extreme, index: number) => {
    point?.forEach((coordinate, other) => {
      const whole = Math.round(coordinate);
      lowest[other] = Math.min(lowest[other] as number, whole);
      highest[other] = Math.max(highest[other] as number, whole);
    });
    if (value === null) return;
    lowest[index] = Math.min(lowest[index] as number, value);
    highest[index] = Math.max(highest[index] as number, value);
  };
  // Points that move every unknown at once, one way and the other, clear most of a large
  // component in a few solves; the rest are pushed one by one.
  const columns = unknowns.length;
  if (columns > 2 && unknowns.some((_, index) => !roomy(index))) {
    for (const pattern of [() => 1, (i: number) => (i % 2 === 0 ? 1 : -1)]) {
      for (const direction of [1, -1])
        see(
          await solve(
            unknowns.map((_, i) => direction * pattern(i)),
            0,
          ),
          0,
        );
    }
  }
  const failures: AuditFailure[] = [];
  for (const [index, unknown] of unknowns.entries()) {
    const pushes: Extreme[] = [];
    const push = async (direction: 1 | -1) => {
      const found = await solve(towards(columns, index, direction), index);
      see(found, index);
      pushes.push(found);
    };
    // A bound the true value already sits on needs no solving.
    if (!roomy(index) && unknown.truth < unknown.upper) await push(-1);
    if (!roomy(index) && unknown.truth > unknown.lower) await push(1);
    if (roomy(index)) cleared.add(unknownKey(unknown));
    else {
      const interval = { lo: lowest[index] as number, hi: highest[index] as number };
      const blocking = new Set(pushes.flatMap(({ tight }) => tight.flatMap((row) => [...membersOfRow(row)])));
      failures.push({ cell: unknown.cell, system: unknown.system, interval, required: `${room(unknown)} wide`, blocking: [...blocking] });
    }
  }
  return failures;
}

/**
 * Every withheld cell an attacker could pin down, or narrow below what its label already says,
 * from the published cells of this table. Empty when the table is safe to publish.
 */
export async function auditTable(
  table: DisclosureTable,
  withheld: readonly (Withheld | undefined)[],
  rules: DisclosureRules,
  /**
   * Unknowns an earlier audit of the same table found room enough for, by `unknownKey`; it
   * grows with this one. Withholding more, or labelling a small count as protecting, only
   * widens what every unknown can be (the points found before stay possible), so they need no
   * second look.
   */
  cleared = new Set<string>(),
): Promise<AuditFailure[]> {
  const highsApi = await highs();
  const failures: AuditFailure[] = [];
  for (const group of components(table, withheld)) {
    const unknowns = group.flatMap((cell) => unknownsOf(table, cell, withheld[cell] as Withheld, rules));
    if (unknowns.every((unknown) => cleared.has(unknownKey(unknown)))) continue;
    const columns = new Map(unknowns.map((unknown, index) => [`${unknown.cell} ${unknown.system ?? 'min'}`, index]));
    for (const [index, unknown] of unknowns.entries()) if (unknown.system === null) columns.set(`${unknown.cell} max`, index);
    await letOthersRun();
    const rows = rowsOf(table, new Set(group), (cell, system) => columns.get(`${cell} ${system}`));
    assertSolution(table, unknowns, rows);
    const model = highsApi.createModel(modelData(unknowns, rows, highsApi.constants.objectiveSense.minimize));
    try {
      model.options.set({ output_flag: false });
      failures.push(
        ...(await checkComponent(
          unknowns,
          withheld,
          rules,
          cleared,
          (costs, index) => extreme(highsApi, model, costs, index),
          (row) => rows[row]?.members ?? [],
        )),
      );
    } finally {
      model.dispose();
    }
  }
  return failures;
}

/**
 * The data must satisfy every bound and row: a relation that does not hold in the data would
 * make the audit prove things about a table that is not the one published.
 */
function assertSolution(table: DisclosureTable, unknowns: readonly Unknown[], rows: readonly Row[]): void {
  const keyOf = (index: number) => table.cells[unknowns[index]?.cell as number]?.key;
  for (const [index, unknown] of unknowns.entries()) {
    if (unknown.truth < unknown.lower || unknown.truth > unknown.upper) {
      throw new Error(
        `The disclosure audit was given ${keyOf(index)} = ${unknown.truth} outside its bounds ${unknown.lower}..${unknown.upper}.`,
      );
    }
  }
  for (const row of rows) {
    let activity = 0;
    for (const [index, coefficient] of row.coefficients) activity += coefficient * (unknowns[index] as Unknown).truth;
    if (activity < row.lower - EPSILON || activity > row.upper + EPSILON) {
      const terms = [...row.coefficients].map(([index, coefficient]) => `${coefficient} × ${keyOf(index)}`).join(' + ');
      throw new Error(`The data break a relation of the disclosure table: ${terms} = ${activity}, not ${row.lower}..${row.upper}.`);
    }
  }
}

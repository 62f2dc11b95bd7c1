import type { CountRange } from '../../count-range';
import { type Cell, isSmallCount, suppressAttendance, suppressGroup, suppressParticipantsByGroup } from '../suppress';

const K = 5;
const exact = (n: number): CountRange => ({ min: n, max: n });

describe('isSmallCount', () => {
  it.each([
    [exact(1), true],
    [exact(4), true],
    [exact(5), false],
    [{ min: 3, max: 7 }, true],
    [{ min: 0, max: 3 }, true],
    [{ min: 5, max: 9 }, false],
    [exact(0), false],
    [null, false],
  ])('reads %p as small: %p', (value, small) => {
    expect(isSmallCount(value, K)).toBe(small);
  });
});

describe('suppressAttendance', () => {
  const soria = { online: exact(18), onsite: exact(3), unknownMode: exact(0), total: exact(21) };

  it("hides Soria's 3 onsite, and enough of the rest that 21 minus what is shown is not 3", () => {
    const shown = suppressAttendance(soria, K);
    expect(shown.suppressed).toEqual(['onsite', 'unknownMode', 'online']);
    expect(shown).toMatchObject({ online: null, onsite: null, unknownMode: null, total: exact(21) });
    const visibleMembers = [shown.online, shown.onsite, shown.unknownMode].filter((value) => value !== null);
    const derived = 21 - visibleMembers.reduce((sum, value) => sum + value.min, 0);
    expect(derived).not.toBe(3);
    expect(derived).toBeGreaterThanOrEqual(K);
  });

  it('hides the whole group when the total itself is small', () => {
    const shown = suppressAttendance({ online: exact(3), onsite: exact(0), unknownMode: exact(0), total: exact(3) }, K);
    expect(shown.suppressed).toEqual(['total', 'online', 'onsite', 'unknownMode']);
    expect(shown).toMatchObject({ online: null, onsite: null, unknownMode: null, total: null });
  });

  it('hides nothing when no count is small, and keeps structural zeros', () => {
    const guadalajara = { online: exact(26), onsite: exact(0), unknownMode: exact(0), total: exact(26), newcomers: null };
    expect(suppressAttendance(guadalajara, K)).toEqual({ ...guadalajara, suppressed: [] });
    const even = { online: exact(10), onsite: exact(9), unknownMode: exact(6), total: exact(25) };
    expect(suppressAttendance(even, K)).toEqual({ ...even, suppressed: [] });
  });

  it('stops adding complements once two hidden cells add up to k', () => {
    const shown = suppressAttendance({ online: exact(30), onsite: exact(3), unknownMode: exact(4), total: exact(37) }, K);
    expect(shown.suppressed).toEqual(['onsite', 'unknownMode']);
    expect(shown.online).toEqual(exact(30));
  });

  it('treats a range that may fall below k as small, and one that cannot as not', () => {
    const straddling = suppressAttendance(
      { online: { min: 20, max: 30 }, onsite: { min: 3, max: 7 }, unknownMode: exact(0), total: { min: 23, max: 37 } },
      K,
    );
    expect(straddling.suppressed).toEqual(['onsite', 'unknownMode', 'online']);
    const above = { online: { min: 20, max: 30 }, onsite: { min: 5, max: 9 }, unknownMode: exact(0), total: { min: 25, max: 39 } };
    expect(suppressAttendance(above, K).suppressed).toEqual([]);
    // Two ranges whose mins add up to k need no third cell hidden.
    const pair = suppressAttendance(
      { online: exact(12), onsite: { min: 3, max: 6 }, unknownMode: { min: 2, max: 4 }, total: { min: 17, max: 22 } },
      K,
    );
    expect(pair.suppressed).toEqual(['onsite', 'unknownMode']);
  });

  it('hides a small newcomer count on its own, since nothing shown adds up to it', () => {
    const shown = suppressAttendance(
      { online: exact(10), onsite: exact(11), unknownMode: exact(0), total: exact(21), newcomers: exact(2) },
      K,
    );
    expect(shown.suppressed).toEqual(['newcomers']);
    expect(shown).toMatchObject({ newcomers: null, online: exact(10), onsite: exact(11) });
  });

  it('leaves an unknown count null and unnamed, so unknown and withheld stay apart', () => {
    const shown = suppressAttendance({ online: null, onsite: null, unknownMode: null, total: null, newcomers: null }, K);
    expect(shown.suppressed).toEqual([]);
  });
});

describe('suppressParticipantsByGroup', () => {
  const row = (region: string, code: string, participants: CountRange | null) => ({ region, code, participants });

  it("hides a region's small category and its smallest counted neighbour, not other regions' or uncounted ones", () => {
    const shown = suppressParticipantsByGroup(
      [
        row('north', 'NGO', exact(3)),
        row('north', 'NEWCOMER', exact(10)),
        row('north', 'VOLUNTEER', exact(12)),
        row('north', 'LOCAL_AUTHORITY', null),
        row('south', 'NGO', exact(2)),
        row('south', 'NEWCOMER', exact(20)),
      ],
      (category) => category.region,
      K,
    );
    expect(shown.map((category) => [category.region, category.code, category.participants, category.suppressed])).toEqual([
      ['north', 'NGO', null, ['participants']],
      ['north', 'NEWCOMER', null, ['participants']],
      ['north', 'VOLUNTEER', exact(12), []],
      ['north', 'LOCAL_AUTHORITY', null, []],
      ['south', 'NGO', null, ['participants']],
      ['south', 'NEWCOMER', null, ['participants']],
    ]);
  });

  it('hides nothing in a group with no small category', () => {
    const rows = [row('north', 'NGO', exact(6)), row('north', 'NEWCOMER', exact(0))];
    expect(suppressParticipantsByGroup(rows, () => 'one', K).map((category) => category.suppressed)).toEqual([[], []]);
  });
});

/**
 * What someone learns about a hidden member from the visible members and the total: the
 * hidden members add up to total − visible, and none is negative, so each lies in
 * [max(0, that sum's min − what the other hidden ones can hold), that sum's max].
 */
function derivableRange(hidden: Set<string>, cells: readonly Cell[], total: CountRange, name: string): CountRange {
  const visible = cells.filter((cell) => !hidden.has(cell.name) && cell.value !== null);
  const hiddenSumMax = total.max - visible.reduce((sum, cell) => sum + (cell.value as CountRange).min, 0);
  const hiddenSumMin = total.min - visible.reduce((sum, cell) => sum + (cell.value as CountRange).max, 0);
  const others = [...hidden].filter((other) => other !== name).length;
  return { min: Math.max(0, hiddenSumMin - others * hiddenSumMax), max: hiddenSumMax };
}

const pinnedBelowK = (range: CountRange) => range.min === range.max && range.max < K;

/** Deterministic, so a failure names a row that can be replayed. */
function random(seed: number) {
  let state = seed >>> 0;
  return (below: number) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) % below;
  };
}

function generatedGroup(next: (below: number) => number, names: readonly string[]): { cells: Cell[]; total: CountRange } {
  const cells = names.map((name) => {
    const min = next(4) === 0 ? 0 : next(14);
    return { name, value: { min, max: next(3) === 0 ? min + next(5) : min } };
  });
  const total = cells.reduce((sum, cell) => ({ min: sum.min + cell.value.min, max: sum.max + cell.value.max }), exact(0));
  return { cells, total };
}

describe('a subtraction attack on many generated rows', () => {
  it('catches a row suppressed without complements, so it would catch a real leak', () => {
    const cells = [
      { name: 'online', value: exact(18) },
      { name: 'onsite', value: exact(3) },
      { name: 'unknownMode', value: exact(0) },
    ];
    const primaryOnly = new Set(['onsite']);
    expect(derivableRange(primaryOnly, cells, exact(21), 'onsite')).toEqual(exact(3));
    expect(pinnedBelowK(derivableRange(primaryOnly, cells, exact(21), 'onsite'))).toBe(true);
  });

  it.each([
    ['attendance by mode', ['online', 'onsite', 'unknownMode']],
    ['stakeholder categories', ['NGO', 'NEWCOMER', 'VOLUNTEER', 'LOCAL_AUTHORITY', 'STUDENT']],
  ])('cannot pin a hidden %s count to one value below k from the visible ones and the total', (_what, names) => {
    const next = random(names.length);
    let rowsWithHiddenCells = 0;
    for (let i = 0; i < 2000; i += 1) {
      const { cells, total } = generatedGroup(next, names);
      const hidden = suppressGroup(cells, total, K);
      if (isSmallCount(total, K)) {
        expect([...hidden].sort()).toEqual(cells.map((cell) => cell.name).sort());
        continue;
      }
      for (const cell of cells) if (isSmallCount(cell.value, K)) expect(hidden).toContain(cell.name);
      if (hidden.size === 0) continue;
      rowsWithHiddenCells += 1;
      expect(hidden.size).toBeGreaterThanOrEqual(2);
      for (const name of hidden) {
        const derived = derivableRange(hidden, cells, total, name);
        expect({ row: i, cells, name, pinnedBelowK: pinnedBelowK(derived) }).toMatchObject({ pinnedBelowK: false });
        // The attacker cannot even rule out that the hidden count is k or more.
        expect(derived.max).toBeGreaterThanOrEqual(K);
      }
    }
    expect(rowsWithHiddenCells).toBeGreaterThan(500);
  });
});

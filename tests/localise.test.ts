import { EXACT_LIMIT, localiseErrors, type FailedRelation } from '../src/core/localise';
import { a1 } from '../src/core/snapshot';

/** A region table: rows 3–5 (0-based) are regions, row 6 the total; columns B–E are own = 党委 + 党总支 + 党支部. */
function breakdownTable(): number[][] {
  const regions = [
    [20, 7, 155],
    [12, 3, 80],
    [9, 4, 61],
  ].map(([committee, general, branch]) => [committee + general + branch, committee, general, branch]);
  const total = [0, 1, 2, 3].map((c) => regions.reduce((sum, row) => sum + row[c], 0));
  return [...regions, total];
}

/** The failing relations of the table, found by evaluating them (first table row is sheet row 3, column B is 1). */
function failedRelations(table: number[][]): FailedRelation[] {
  const failed: FailedRelation[] = [];
  const address = (r: number, c: number) => a1(r + 3, c + 1);
  table.forEach((row, r) => {
    if (row[0] !== row[1] + row[2] + row[3])
      failed.push({ id: `breakdown row ${r}`, cells: [0, 1, 2, 3].map((c) => address(r, c)) });
  });
  const last = table.length - 1;
  for (let c = 0; c < 4; c++) {
    const sum = table.slice(0, last).reduce((s, row) => s + row[c], 0);
    if (table[last][c] !== sum) failed.push({ id: `total column ${c}`, cells: table.map((_, r) => address(r, c)) });
  }
  return failed;
}

/** Deterministic pseudo-random numbers (mulberry32), so the random instances are the same on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hitsAll(failed: FailedRelation[], blamed: Set<string>): boolean {
  return failed.every((relation) => relation.cells.some((cell) => blamed.has(cell)));
}

describe('localiseErrors', () => {
  it('blames the one branch count that breaks both its row breakdown and its column total', () => {
    const table = breakdownTable();
    table[1][1] += 2; // 党委 of the second region mistyped
    const failed = failedRelations(table);
    expect(failed.map((f) => f.id)).toEqual(['breakdown row 1', 'total column 1']);
    expect(localiseErrors(failed)).toEqual(new Set(['C5']));
  });

  it('blames nothing when nothing fails', () => {
    expect(failedRelations(breakdownTable())).toEqual([]);
    expect(localiseErrors([])).toEqual(new Set());
  });

  it('blames one cell in each of two unrelated failures', () => {
    const failed = [
      { id: 'own = 党委 + 党总支 + 党支部', cells: ['B4', 'C4', 'D4', 'E4'] },
      { id: 'joint organisations cover ≥ 2 enterprises', cells: ['F9', 'G9'] },
    ];
    const blamed = localiseErrors(failed);
    expect(blamed.size).toBe(2);
    expect(hitsAll(failed, blamed)).toBe(true);
  });

  it("lets the caller's weights decide between a rate and the counts it is computed from", () => {
    // coverage rate D4 = covered C4 ÷ enterprises B4 fails on its own.
    const failed = [{ id: 'coverageRate row 4', cells: ['B4', 'C4', 'D4'] }];
    expect(localiseErrors(failed)).toEqual(new Set(['B4'])); // equal weights: address order
    expect(localiseErrors(failed, (cell) => (cell.startsWith('D') ? 0.5 : 1))).toEqual(new Set(['D4']));
    expect(localiseErrors(failed, () => 1, ['C4'])).toEqual(new Set(['C4']));
  });

  it('blames no cell of a relation alone where the lightest weigh the same and none is its subject, unless asked to guess', () => {
    // 小计 G4 (confirmed by the grand total, so heavier) = 单独 G5 + 联合 G6 fails: nothing tells G5 from G6.
    const failed = [{ id: 'subtotal row 4', cells: ['G4', 'G5', 'G6'] }];
    const weight = (cell: string) => (cell === 'G4' ? 1.25 : 1);
    expect(localiseErrors(failed, weight, ['G4'], false)).toEqual(new Set());
    expect(localiseErrors(failed, weight, ['G4'])).toEqual(new Set(['G5']));
    // A lighter cell, or a subject among the lightest, is blamed either way.
    expect(localiseErrors(failed, (cell) => (cell === 'G6' ? 0.5 : 1), ['G4'], false)).toEqual(new Set(['G6']));
    expect(localiseErrors(failed, () => 1, ['G4'], false)).toEqual(new Set(['G4']));
  });

  it('prefers two cheap cells over one expensive shared cell when the weights say so', () => {
    const failed = [
      { id: 'r1', cells: ['B4', 'C4'] },
      { id: 'r2', cells: ['B4', 'D4'] },
    ];
    expect(localiseErrors(failed)).toEqual(new Set(['B4']));
    expect(localiseErrors(failed, (cell) => (cell === 'B4' ? 3 : 1))).toEqual(new Set(['C4', 'D4']));
  });

  it('never blames trusted cells (weight Infinity)', () => {
    const failed = [
      { id: 'part ≤ whole', cells: ['B4', 'C4'] },
      { id: 'stated twice', cells: ['Z1'] },
    ];
    const trusted = (cell: string) => (cell === 'B4' || cell === 'Z1' ? Infinity : 1);
    expect(localiseErrors(failed, trusted)).toEqual(new Set(['C4']));
  });

  it('orders sheet-qualified addresses by sheet, row and column', () => {
    const failed = [{ id: 'repeated figure', cells: ['Sheet2!A1', '县表!C10', '县表!C9'] }];
    expect(localiseErrors(failed)).toEqual(new Set(['Sheet2!A1']));
    expect(localiseErrors([{ id: 'r', cells: ['县表!C10', '县表!C9'] }])).toEqual(new Set(['县表!C9']));
    expect(localiseErrors([{ id: 'r', cells: ['C10', 'C9'] }])).toEqual(new Set(['C9']));
  });

  it('gives the same answer whatever the order of the relations and their cells', () => {
    const table = breakdownTable();
    table[0][3] -= 5;
    table[2][0] += 1;
    const failed = failedRelations(table);
    const reversed = [...failed].reverse().map((f) => ({ id: f.id, cells: [...f.cells].reverse() }));
    expect(localiseErrors(reversed)).toEqual(localiseErrors(failed));
    // Two errors in different rows and columns form a rectangle: {E4, B6} and {B4, E6} explain it equally well.
    // Address order picks the pair holding the earliest cell; a tieBreak list picks the other.
    expect(localiseErrors(failed)).toEqual(new Set(['B4', 'E6']));
    expect(localiseErrors(failed, () => 1, ['E4', 'B6'])).toEqual(new Set(['E4', 'B6']));
  });

  it('rejects a negative or NaN weight with the cell named', () => {
    expect(() => localiseErrors([{ id: 'r', cells: ['B4'] }], () => -1)).toThrow(
      'weight of B4 must be a non-negative number or Infinity, got -1',
    );
    expect(() => localiseErrors([{ id: 'r', cells: ['B4'] }], () => NaN)).toThrow(/B4/);
  });

  it('finds a minimum-weight answer on small random instances (checked against brute force)', () => {
    const next = random(7);
    for (let instance = 0; instance < 40; instance++) {
      const cells = Array.from({ length: 4 + Math.floor(next() * 8) }, (_, i) => a1(i, 1));
      const weights = new Map(cells.map((cell) => [cell, 1 + Math.floor(next() * 4)]));
      const failed = Array.from({ length: 1 + Math.floor(next() * 7) }, (_, r) => ({
        id: `r${r}`,
        cells: cells.filter(() => next() < 0.35).concat(cells[Math.floor(next() * cells.length)]),
      }));
      const weightOf = (cell: string) => weights.get(cell)!;
      let bruteForce = Infinity;
      for (let subset = 0; subset < 1 << cells.length; subset++) {
        const chosen = new Set(cells.filter((_, i) => (subset >> i) & 1));
        if (hitsAll(failed, chosen))
          bruteForce = Math.min(
            bruteForce,
            [...chosen].reduce((s, c) => s + weightOf(c), 0),
          );
      }
      const blamed = localiseErrors(failed, weightOf);
      expect(hitsAll(failed, blamed)).toBe(true);
      expect([...blamed].reduce((s, c) => s + weightOf(c), 0)).toBe(bruteForce);
    }
  });

  it('falls back to greedy beyond the exact limit and still explains every failed relation', () => {
    // One group with more than EXACT_LIMIT cells: every relation reads its own two cells and one shared cell.
    const shared = Array.from({ length: EXACT_LIMIT + 5 }, (_, i) => ({
      id: `r${i}`,
      cells: [a1(i, 1), a1(i, 2), 'Z1'],
    }));
    expect(localiseErrors(shared)).toEqual(new Set(['Z1']));

    const next = random(11);
    const cells = Array.from({ length: 120 }, (_, i) => a1(Math.floor(i / 6), i % 6));
    const failed = Array.from({ length: 80 }, (_, r) => ({
      id: `r${r}`,
      cells: Array.from({ length: 2 + Math.floor(next() * 4) }, () => cells[Math.floor(next() * cells.length)]),
    }));
    const blamed = localiseErrors(failed);
    expect(hitsAll(failed, blamed)).toBe(true);
    // No blamed cell is redundant: without any one of them some relation is left unexplained.
    for (const cell of blamed) expect(hitsAll(failed, new Set([...blamed].filter((c) => c !== cell)))).toBe(false);
  });
});

import type { CellRef } from './types';

/**
 * The checks that held during a rule's one evaluation, kept compact: a 50,000-row sheet records row numbers, not cell
 * lists. The localiser counts, for the cells of failing rows, how many relations that hold tie them to the sheet.
 */
export class HeldChecks {
  /** Checks reading the same columns on each row: a mark for each row one held on (1), by row number. */
  private readonly perRowGroups: { cols: readonly number[]; held: Uint8Array }[] = [];
  private readonly cellLists: CellRef[][] = [];
  private readonly blocks: { rows: readonly number[]; col: number }[] = [];

  /** A recorder for checks that read the same columns on each row they hold on (a ratio over a binding). */
  perRow(cols: readonly number[]): (row: number) => void {
    const group = { cols, held: new Uint8Array(64) };
    this.perRowGroups.push(group);
    // Marked rather than listed: most of a 50,000-row sheet's rows hold, and a list grown row by row cost more than
    // the checks themselves. The failing rows' marks are looked up (countInto).
    return (row) => {
      if (row >= group.held.length) {
        const grown = new Uint8Array(Math.max(row + 1, group.held.length * 2));
        grown.set(group.held);
        group.held = grown;
      }
      group.held[row] = 1;
    };
  }

  /** One check reading these cells (a whole and its parts). */
  cells(refs: CellRef[]): void {
    this.cellLists.push(refs);
  }

  /** One check reading these rows of one column (a total and its members). */
  block(rows: readonly number[], col: number): void {
    this.blocks.push({ rows, col });
  }

  /** Takes in the checks another evaluation of the same rule recorded (the rule checked in another column group). */
  merge(other: HeldChecks): this {
    this.perRowGroups.push(...other.perRowGroups);
    this.cellLists.push(...other.cellLists);
    this.blocks.push(...other.blocks);
    return this;
  }

  /** Adds one per check that held to each of its cells on the given rows. */
  countInto(counts: Map<string, number>, rows: Set<number>, keyOf: (row: number, col: number) => string): void {
    const add = (row: number, col: number) => {
      const key = keyOf(row, col);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    };
    for (const { cols, held } of this.perRowGroups)
      for (const row of rows) if (held[row] === 1) for (const col of cols) add(row, col);
    for (const refs of this.cellLists) for (const { row, col } of refs) if (rows.has(row)) add(row, col);
    for (const { rows: members, col } of this.blocks) for (const row of members) if (rows.has(row)) add(row, col);
  }
}

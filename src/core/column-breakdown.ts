/** How the rows of a table stand to one column being the exact sum of others (a breakdown read from its figures). */
export interface BreakdownTally {
  /** Rows where the whole equals the parts' sum… */
  held: number;
  /** …of which the whole is not 0 (0 = 0 + 0 says little). */
  heldNotZero: number;
  /** Rows where it does not. */
  broken: number;
}

/**
 * Tallies, over rows with every figure, whether the whole column equals the sum of the part columns exactly (whole
 * figures: a count's breakdown). Rows missing a figure (`NaN`) say nothing. Stops once more than `breaksAllowed` rows
 * break, as callers then need no more.
 */
export function tallyBreakdown(
  rows: readonly number[],
  value: (row: number, col: number) => number,
  whole: number,
  parts: readonly number[],
  breaksAllowed = Infinity,
): BreakdownTally {
  const tally: BreakdownTally = { held: 0, heldNotZero: 0, broken: 0 };
  for (const row of rows) {
    let sum = 0;
    for (const part of parts) sum += value(row, part);
    const total = value(row, whole);
    if (Number.isNaN(sum) || Number.isNaN(total)) continue;
    if (sum !== total) {
      if (++tally.broken > breaksAllowed) break;
    } else {
      tally.held++;
      if (total !== 0) tally.heldNotZero++;
    }
  }
  return tally;
}

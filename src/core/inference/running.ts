import type { NumberGrid } from './grid';
import { eps } from './relations';

/**
 * Figures carried down a table of periods, each period's from the period before it:
 * - a running total (1-本月累计 beside 当月, 累计 beside 本季): the one before it plus its own period's. Its header says it
 *   runs (the vocabulary's runningWords). A running figure equal to its own period's starts the total (1-2月, or a new
 *   year's 1月): neither a hold nor a break. Monthly tables have no other relation between their columns, so without
 *   it a typed-over month went unchecked.
 * - a stock carried over (期初数 of 二季度 = 期末数 of 一季度): its header opens (openingWords) and the other's closes.
 *   A period's balance (期末 = 期初 + 转入 − 转出) breaks whichever of its four figures is wrong; the carried stock
 *   tells which.
 * Either way the figures must bear it out at nearly every period.
 */
/** Periods a running total must hold at, each adding a figure beyond the rounding. */
const MIN_HELD = 4;
/**
 * …or where its header pairs it with the column of its periods' own figures (实缴党费 / 本季度 | 累计) and every row it
 * runs down is a period's (第一季度 … 第四季度): a year's four quarters give three steps, not four.
 */
const MIN_HELD_NAMED = 1;
/** Periods a carried stock must hold at: its words name both columns, and a year's four quarters give three steps. */
const MIN_HELD_CARRIED = 2;
/** Holds per wrong figure a running total may show beyond the first. */
const HELD_PER_ERROR = 10;

/** One period of a run: its row and the row of the period before it. */
export interface RunningStep {
  row: number;
  previous: number;
  status: 'hold' | 'weak' | 'break';
  /** The running figure the period before and the period's own give, and the rounding of the three figures. */
  expected: number;
  slack: number;
}

export interface RunningColumn {
  kind: 'running' | 'carried';
  col: number;
  /** The column whose figure the period before carries: the running total's own, or the closing stock. */
  carried: number;
  /** The column of each period's own figure, added to the running total; none for a carried stock. */
  own?: number;
  steps: RunningStep[];
  /** Periods where it holds beyond the rounding. */
  held: number;
  /** Rows where it starts at its own period's figure, not 0 (第一季度: 累计 55.74 beside 当季 55.74). */
  starts: number[];
}

/**
 * The running totals of a sheet: each column whose header says it runs, with the column of its periods' own figures
 * (the one it holds with at most periods), where the figures bear it out.
 */
export function runningColumns(
  grid: NumberGrid,
  /** Whether a column's header says it runs, and is no rate, change or mean. */
  runs: (col: number) => boolean,
  /** Whether a column may hold each period's own figure of a running column (no rate, change or mean). */
  adds: (own: number, col: number) => boolean,
  isTotal: (row: number) => boolean,
  /** Whether the header pairs a running column with another as its periods' own (one parent header over both). */
  paired: (col: number, own: number) => boolean,
  /** Whether a row's label names a period. */
  periodRow: (row: number) => boolean,
): RunningColumn[] {
  return eachBest(grid, runs, paired, (col, own) => {
    if (!adds(own, col)) return undefined;
    const { steps, starts } = runningSteps(grid, { col, carried: col, own }, isTotal);
    const held = steps.filter((s) => s.status === 'hold').length;
    // Paired by the header, a run starting at its own period's figure (第一季度: 累计 52.28 beside 本季度 52.28) holds
    // there too.
    const named = steps.length > 0 && paired(col, own) && steps.every((s) => periodRow(s.row) && periodRow(s.previous));
    const least = named ? MIN_HELD_NAMED : MIN_HELD;
    return accepted(grid, col, steps, held + (named ? starts.length : 0), least)
      ? { kind: 'running', col, carried: col, own, steps, held, starts }
      : undefined;
  });
}

/**
 * The stocks carried down a table of periods: each column whose header opens a stock (期初数), with the column whose
 * header closes one (期末数) that its figures are at the period before, where they bear it out. Only rows of periods
 * are read: a table of towns with 期初 and 期末 carries nothing from one town to the next.
 */
export function carriedStocks(
  grid: NumberGrid,
  opens: (col: number) => boolean,
  closes: (col: number) => boolean,
  isTotal: (row: number) => boolean,
  periodRow: (row: number) => boolean,
): RunningColumn[] {
  return eachBest(
    grid,
    opens,
    () => false,
    (col, carried) => {
      if (!closes(carried)) return undefined;
      const { steps } = runningSteps(grid, { col, carried }, (row) => isTotal(row) || !periodRow(row));
      const held = steps.filter((s) => s.status === 'hold').length;
      return accepted(grid, col, steps, held, MIN_HELD_CARRIED)
        ? { kind: 'carried', col, carried, steps, held, starts: [] }
        : undefined;
    },
  );
}

/**
 * For each column heading a run, the run with the column its header pairs it with, where that holds (新排查 / 本月 |
 * 累计, though 完成整顿 / 本月 fits more months where the two are equal); else with the other column that holds at most
 * periods, if no other ties it.
 */
function eachBest(
  grid: NumberGrid,
  heads: (col: number) => boolean,
  paired: (col: number, other: number) => boolean,
  runWith: (col: number, other: number) => RunningColumn | undefined,
): RunningColumn[] {
  const found: RunningColumn[] = [];
  for (let col = 0; col < grid.cols; col++) {
    if (!heads(col)) continue;
    let best: RunningColumn | undefined;
    let tied = false;
    let own: RunningColumn | undefined;
    for (let other = 0; other < grid.cols; other++) {
      const run = other === col ? undefined : runWith(col, other);
      if (run && paired(col, other)) own ??= run;
      if (!run || (best && run.held < best.held)) continue;
      tied = best !== undefined && run.held === best.held;
      if (!tied) best = run;
    }
    if (own) found.push(own);
    else if (best && !tied) found.push(best);
  }
  return found;
}

/**
 * The periods down the rows, in order: rows holding both figures, not totals (nor, for a carried stock, rows of no
 * period). A row holding one of them only ends the run; a row holding neither (a heading, a blank) does not.
 */
function runningSteps(
  grid: NumberGrid,
  { col, carried, own }: Pick<RunningColumn, 'col' | 'carried' | 'own'>,
  ends: (row: number) => boolean,
): { steps: RunningStep[]; starts: number[] } {
  const { rows, values, halves } = grid;
  const steps: RunningStep[] = [];
  const starts: number[] = [];
  let previous: number | undefined;
  for (let row = 0; row < rows; row++) {
    const running = values[col * rows + row];
    // A row of a running total holds its own period's figure; a period of a carried stock holds its closing one.
    const figure = values[(own ?? carried) * rows + row];
    const [none, both] = [Number.isNaN(running) && Number.isNaN(figure), !Number.isNaN(running + figure)];
    if (none) continue;
    if (!both || ends(row)) {
      previous = undefined;
      continue;
    }
    const slackOwn = halves[col * rows + row] + halves[(own ?? carried) * rows + row] + eps(running, figure);
    // A run starts here: the first period, or one whose running figure is its own (1-2月, a year's 1月).
    const startsOwn = own !== undefined && Math.abs(running - figure) <= slackOwn;
    if (previous === undefined || startsOwn) {
      if (startsOwn && figure !== 0) starts.push(row);
      previous = row;
      continue;
    }
    const before = values[carried * rows + previous];
    const expected = own === undefined ? before : before + figure;
    const slack =
      (own === undefined ? halves[col * rows + row] : slackOwn) +
      halves[carried * rows + previous] +
      eps(before, expected);
    const added = own === undefined ? before : figure;
    const status = Math.abs(running - expected) > slack ? 'break' : Math.abs(added) > slack ? 'hold' : 'weak';
    steps.push({ row, previous, status, expected, slack });
    previous = row;
  }
  return { steps, starts };
}

/**
 * Held at enough periods, and broken by few wrong figures: a running figure typed wrong breaks its own period and the
 * next by the same gap, each way, which counts as one.
 */
function accepted(grid: NumberGrid, col: number, steps: RunningStep[], held: number, least: number): boolean {
  if (held < least) return false;
  const gap = (s: RunningStep) => grid.values[col * grid.rows + s.row] - s.expected;
  let errors = 0;
  for (let i = 0; i < steps.length; i++) {
    if (steps[i].status !== 'break') continue;
    errors++;
    const next = steps[i + 1];
    if (
      next?.status === 'break' &&
      next.previous === steps[i].row &&
      Math.abs(gap(steps[i]) + gap(next)) <= steps[i].slack + next.slack
    )
      i++;
  }
  return errors <= Math.max(1, Math.floor(held / HELD_PER_ERROR));
}

/** Whether a run holds at a period that reads this cell, or starts there at the period's own figure. */
export function confirmedByRunning(running: RunningColumn, row: number, col: number): boolean {
  const [own, carried] = [col === running.col || col === running.own, col === running.carried];
  if (own && running.starts.includes(row)) return true;
  return running.steps.some((s) => s.status === 'hold' && ((own && s.row === row) || (carried && s.previous === row)));
}

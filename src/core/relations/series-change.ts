import { compactText } from '../header';
import { cellText } from '../layout-cells';
import { yearOf } from '../layout-table';
import type { HeaderColumn } from '../layout-types';
import type { Lexicon } from '../lexicon';
import type { SheetModel } from '../sheet-model';
import { cellAt } from '../snapshot';
import { roundForDisplay } from '../tolerance';
import { HeldChecks } from './held-checks';
import { decimalsOf, figureText, halfUnit } from './operands';
import { cellKey, type Violation } from './types';

/**
 * A year series: one row per year (2015年 … 2024年), each change column (固定资产投资 | 总额 | 增长（%）) the growth of
 * the level column before it from the row of the year before, or its difference (第三产业 | 第三产业比重增减（百分点）).
 * Nothing in the headers says so, and a series' growth is often in real terms: the relation is checked only where the
 * sheet's own rows confirm it (see SERIES_EVIDENCE).
 */

// Fewest rows a year series has.
const MIN_YEARS = 4;
// Fewest rows where the growth agrees with the level before a break in it is reported; at most one break in ten.
const SERIES_EVIDENCE = 3;

/**
 * Whether a sheet's rows confirm a relation its headers do not assert: three rows agree or more, and at most one wrong
 * figure in ten (one at least) breaks it.
 */
export const confirmedByRows = (agreed: number, wrongFigures: number): boolean =>
  agreed >= SERIES_EVIDENCE && wrongFigures <= Math.max(1, Math.floor(agreed / 10));

/** The year a row stands for: its label is a year (2016, 2016年, 2016年末) and nothing else. */
function rowYear(model: SheetModel, row: number, lexicon: Lexicon): number | undefined {
  const cell = cellAt(model.sheet, row, model.layout.labelColumn);
  const typed = yearOf(cell, lexicon);
  if (typed !== undefined) return typed;
  const text = compactText(cellText(cell));
  return lexicon.bareDate.test(text) && /^\d{4}\D*$/.test(text) ? Number(text.slice(0, 4)) : undefined;
}

/** Each row of a year series and the row of the year before it, where there is one; undefined for no series. */
export function seriesRows(model: SheetModel, lexicon: Lexicon): Map<number, number> | undefined {
  const rows = [...model.rowsToCheck].sort((a, b) => a - b);
  const years = rows.map((row) => rowYear(model, row, lexicon));
  if (rows.length < MIN_YEARS || years.some((y) => y === undefined)) return undefined;
  // The year before is the row above, or the row below where the years run down (2024 | 2023 | …).
  const previous = new Map<number, number>();
  rows.forEach((row, i) => {
    const before = [rows[i - 1], rows[i + 1]].find(
      (r, k) => r !== undefined && years[i + 2 * k - 1] === (years[i] ?? NaN) - 1,
    );
    if (before !== undefined) previous.set(row, before);
  });
  return previous.size >= MIN_YEARS - 1 ? previous : undefined;
}

/** A change column of a year series and its level: a growth in per cent, or a difference (in points for a rate). */
export interface SeriesChange {
  change: HeaderColumn;
  level: HeaderColumn;
  relative: boolean;
}

/**
 * The change from the year before at a row: (this − last) ÷ last × 100, or this − last, agreeing when the stated figure
 * lies within what the rounding of the two levels and its own allows.
 */
function seriesCheck(
  model: SheetModel,
  { change, level, relative }: SeriesChange,
  row: number,
  before: number,
): { violation?: Violation } | undefined {
  const [stated, now, last] = [
    model.number(row, change.col),
    model.number(row, level.col),
    model.number(before, level.col),
  ];
  if (!stated || !now || !last) return undefined;
  const [hs, hn, hl] = [stated, now, last].map(halfUnit);
  if (relative && (!(last.value - hl > 0) || now.value < 0)) return undefined;
  const computed = relative ? (now.value / last.value - 1) * 100 : now.value - last.value;
  const low = relative ? ((now.value - hn) / (last.value + hl) - 1) * 100 - hs : computed - hn - hl - hs;
  const high = relative ? ((now.value + hn) / (last.value - hl) - 1) * 100 + hs : computed + hn + hl + hs;
  const eps = 1e-9 * Math.max(1, Math.abs(computed));
  if (stated.value >= low - eps && stated.value <= high + eps) return {};
  const decimals = relative ? Math.max(1, decimalsOf(stated)) : decimalsOf(stated);
  const cells = [
    { row, col: change.col },
    { row, col: level.col },
    { row: before, col: level.col },
  ];
  const ratio = 1 + stated.value / 100;
  return {
    violation: {
      row,
      cells,
      expected: roundForDisplay(computed, decimals),
      actual: figureText(stated),
      tolerance: Math.max(Math.abs(high - computed), Math.abs(computed - low)),
      implied: new Map([
        [cellKey(cells[0]), computed],
        [cellKey(cells[1]), relative ? last.value * ratio : last.value + stated.value],
        [cellKey(cells[2]), relative ? (ratio > 0 ? now.value / ratio : NaN) : now.value - stated.value],
      ]),
      vars: {
        row: model.rowLabel(row),
        result: change.rawHeader,
        expected: roundForDisplay(computed, decimals),
        actual: figureText(stated),
        formula: relative
          ? `(${figureText(now)} − ${figureText(last)}) ÷ ${figureText(last)} × 100`
          : `${figureText(now)} − ${figureText(last)}`,
        difference: roundForDisplay(stated.value - computed, decimals),
        tolerance: roundForDisplay(Math.max(high - computed, computed - low), decimals + 1),
      },
    },
  };
}

/**
 * The breaks of each change column's growth from the year before, where the column's other rows confirm it: three
 * rows or more agree, and at most one figure in ten (one at least) breaks it. A column they do not confirm raises nothing.
 */
export function seriesViolations(
  model: SheetModel,
  changes: SeriesChange[],
  previous: Map<number, number>,
  held: HeldChecks,
): Violation[] {
  const violations: Violation[] = [];
  for (const series of changes) {
    const { change, level } = series;
    const found: Violation[] = [];
    const agreed: number[] = [];
    for (const [row, before] of previous) {
      const result = seriesCheck(model, series, row, before);
      if (!result) continue;
      if (result.violation) found.push(result.violation);
      else agreed.push(row);
    }
    // A level typed wrong breaks two growths, its own and the next year's: one wrong figure.
    const wrongFigures = found.filter((v, i) => i === 0 || previous.get(v.row) !== found[i - 1].row).length;
    if (!confirmedByRows(agreed.length, wrongFigures)) continue;
    for (const row of agreed)
      held.cells([
        { row, col: change.col },
        { row, col: level.col },
        { row: previous.get(row) ?? row, col: level.col },
      ]);
    violations.push(...found);
  }
  return violations;
}

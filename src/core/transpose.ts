import { compactText } from './header';
import { cellText } from './layout-cells';
import { readLayout } from './layout';
import { findCandidates } from './binding';
import { isPeriodCell } from './layout-table';
import type { SheetLayout } from './layout-types';
import { labelRole, type Lexicon } from './lexicon';
import type { Measure } from './rule-schema';
import type { Lang } from './report';
import { a1, parseA1, type Cell, type Merge, type SheetSnapshot } from './snapshot';

/**
 * A transposed table: regions as columns, indicators as rows, and a 全市/合计 column. Such a sheet is checked turned
 * (the table block below the title rows swapped about its diagonal), and every address of the report is mapped back
 * to the cell as typed.
 */

export interface TurnedSheet {
  sheet: SheetSnapshot;
  /** The turned sheet's layout, read to tell whether it binds more measures. */
  layout: SheetLayout;
  /** The first row of the table block (rows above it stay where they are). */
  top: number;
  /** What its columns are: regions beside a total column, or periods (years). */
  columns: 'regions' | 'periods';
}

/**
 * The sheet turned when its header names a total column or only periods (years), no row is a total, and turned its
 * row labels name more of the rules' measures (two at least) than its column headers do (`boundAsTyped`, asked only of
 * such a sheet); undefined otherwise (a table with a Total column).
 */
export function turnedSheet(
  sheet: SheetSnapshot,
  layout: SheetLayout,
  boundAsTyped: () => number,
  measures: Map<string, Measure>,
  lexicon: Lexicon,
  /** The language of the turned layout's notes. */
  lang: Lang,
): TurnedSheet | undefined {
  if (layout.headerRows.length !== 1 || layout.totalRows.length > 0) return undefined;
  const top = layout.headerRows[0];
  const header = sheet.rows[top] ?? [];
  const totalColumn = layout.columns.some((c) => labelRole(compactText(cellText(header[c.col])), lexicon) === 'total');
  // One place's indicators over the years (`指标 | 2021年 | 2022年 | 2023年`): every column a period, none a change.
  const periods = layout.columns.length >= 2 && layout.columns.every((c) => isPeriodCell(header[c.col], lexicon));
  // One place's indicators in one column, each row in its own unit (`指标 | 计量单位 | 数值`).
  const oneColumn = layout.columns.length === 1 && layout.unitColumn !== undefined;
  if (!totalColumn && !periods && !oneColumn) return undefined;
  const rows: (Cell | null)[][] = sheet.rows.slice(0, top).map((row) => [...row]);
  // Turned, a unit column (`指标 | 单位 | 城关镇 …`) would be a row of units under the indicators: each unit goes into
  // its indicator's header.
  const unitColumn = layout.unitColumn;
  const unitOf = (row: (Cell | null)[]) => (unitColumn === undefined ? '' : cellText(row[unitColumn]).trim());
  // Only the labels and the places' columns turn: not a 代码 column, nor a cell typed past the header (a stray 6671
  // after 合计), which name no place.
  const places = layout.columns.filter((c) => {
    const text = compactText(cellText(header[c.col]));
    return text !== '' && !lexicon.identifier.test(text);
  });
  // An indicator's name merged down over its rows left of the labels (事故起数 | 本期, 上年同期) turns into the header
  // row above theirs: without it 本期 of a count and 本期 of a rate read alike.
  const names = (layout.textColumns ?? []).filter((col) => col < layout.labelColumn);
  const turning = new Set([...names, layout.labelColumn, ...places.map((c) => c.col)]);
  const notes = new Set(layout.noteRows);
  sheet.rows.slice(top).forEach((row, i) =>
    row.forEach((cell, j) => {
      if (!cell || !turning.has(j) || (j < layout.labelColumn && notes.has(top + i))) return;
      const turned = (rows[top + j] ??= []);
      while (turned.length < i) turned.push(null);
      const unit = i > 0 && j === layout.labelColumn ? unitOf(row) : '';
      const text = unit ? `${cell.text}(${unit})` : cell.text;
      turned[i] = unit ? { ...cell, value: text, text } : cell;
    }),
  );
  for (let r = 0; r < rows.length; r++) rows[r] ??= [];
  const merges: Merge[] = sheet.merges
    .filter((m) => m.bottom < top || m.top >= top)
    .map((m) =>
      m.top < top ? m : { top: top + m.left, left: m.top - top, bottom: top + m.right, right: m.bottom - top },
    );
  const turned = { ...sheet, rows, merges };
  const turnedLayout = readLayout(turned, lexicon, lang);
  const bound = findCandidates(turnedLayout, measures.values(), lexicon).size;
  return bound >= 2 && bound > boundAsTyped()
    ? { sheet: turned, layout: turnedLayout, top, columns: totalColumn ? 'regions' : 'periods' }
    : undefined;
}

/** An address of the turned sheet → the same cell's address as typed. */
export function addressAsTyped(address: string, top: number): string {
  const at = parseA1(address);
  if (!at || at.row < top) return address;
  return a1(top + at.col, at.row - top);
}

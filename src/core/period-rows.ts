import { cellText, compactTextAt } from './layout-cells';
import { isPeriodCell } from './layout-table';
import { figureRows, type SheetLayout } from './layout-types';
import { labelRole, type Lexicon } from './lexicon';
import { type Cell, type SheetSnapshot } from './snapshot';

/**
 * A table giving each place one row per period (`地区 | 年份 | …`: 全市 2023年 over 全市 2024年, each place's name
 * merged down over its rows), or one row per category in the same order (`县 | 类别`: 非公企业, 社会组织): each
 * period's rows are checked as a table of their own, the others left blank, so that 全市 2024年 is the sum of the
 * districts' 2024年 rows. Addresses stay those of the sheet.
 */

export interface PeriodTable {
  period: string;
  sheet: SheetSnapshot;
}

/**
 * One sheet per period when a column other than the label column names a period on every row of figures, two
 * periods at least, each on two rows or more on average; undefined otherwise.
 */
export function periodTables(sheet: SheetSnapshot, layout: SheetLayout, lexicon: Lexicon): PeriodTable[] | undefined {
  // In sheet order: a cycle of categories runs on through the total's rows (合计 | 企业, then 个体工商户 under it).
  const rows = figureRows(layout).sort((a, b) => a - b);
  if (rows.length < 4) return undefined;
  const figureColumns = new Set(layout.columns.map((c) => c.col));
  const width = rows.reduce((w, r) => Math.max(w, (sheet.rows[r] ?? []).length), 0);
  for (let col = 0; col < width; col++) {
    // A unit column cycles too (万亩 | 万吨 | 公斤/亩, crop after crop): its units are no periods.
    if (col === layout.labelColumn || col === layout.unitColumn || figureColumns.has(col)) continue;
    const source = typedOnce(sheet, rows, col);
    // Each place's total row is one category, however it is named (城关镇 小计, 全县合计 合计): the first name stands
    // for all.
    let totalName: string | undefined;
    const category = (text: string) => {
      const role = text === '' ? 'region' : labelRole(text, lexicon);
      return role === 'total' || role === 'subtotal' ? (totalName ??= text) : text;
    };
    const periodOf = new Map(rows.map((r) => [r, category(compactTextAt(sheet, source.get(r) ?? r, col))]));
    // A place's change row after its periods (增减) is of no period: left blank in each period's table; so is a change
    // row naming none, merged over both columns (合计比上年增长(%) under 社会团体's 期初数 | 新登记 | 年末数).
    const changeOfNone = (r: number) =>
      periodOf.get(r) === '' && lexicon.inferenceWords.change.test(compactTextAt(sheet, r, layout.labelColumn));
    const periodRows = rows.filter((r) => !lexicon.changeRow.test(periodOf.get(r) ?? '') && !changeOfNone(r));
    const typed = periodRows.map((r) => periodOf.get(r) ?? '');
    const periods = [...new Set(typed)];
    if (periods.length < 2 || periods.length * 2 > periodRows.length) continue;
    const periodCell = (r: number) => isPeriodCell(sheet.rows[source.get(r) ?? r]?.[col] ?? null, lexicon);
    if (!periodRows.every(periodCell) && !isCycle(typed)) continue;
    if (!namesRepeat(sheet, layout.labelColumn, periodRows, periodOf)) continue;
    // The rows the layout sets aside under a change (增长(%) over its rows) are of no period either, nor is the last
    // place's change row after the table's last figures (经开区 上年 | 本年 | 增减（%）).
    for (let r = rows[0]; r < sheet.rows.length; r++) {
      if (periodOf.has(r)) continue;
      const change = compactTextAt(sheet, source.get(r) ?? r, col);
      if (lexicon.changeRow.test(change)) periodOf.set(r, change);
      else if (r > rows[rows.length - 1]) break;
    }
    return periods.map((period) => ({ period, sheet: onePeriod(sheet, layout.labelColumn, periodOf, period) }));
  }
  return undefined;
}

/**
 * Each row's cell of a column whose values are typed once above their group's rows and blank below (`2023年` over its
 * indicators, then `2024年`, `增减`, `增长(%)`): the row the group's value stands on. Empty where the column is not laid
 * out so (a value typed twice, or a blank before the first).
 */
function typedOnce(sheet: SheetSnapshot, rows: number[], col: number): Map<number, number> {
  const text = (r: number) => compactTextAt(sheet, r, col);
  const [first, last] = [rows[0], rows[rows.length - 1]];
  // Every row between the first and the last counts, those the layout sets aside too (增减 over its rows is one).
  const span = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const typed = span.filter((r) => text(r) !== '');
  if (typed.length === 0 || rows.every((r) => text(r) !== '') || text(first) === '') return new Map();
  if (new Set(typed.map(text)).size !== typed.length) return new Map();
  const source = new Map<number, number>();
  let group = first;
  for (const r of span) {
    if (text(r) !== '') group = r;
    else source.set(r, group);
  }
  return source;
}

/**
 * Whether most rows name a place (or an indicator) that other periods' rows name too, a name merged down or typed once
 * over its rows standing for each: periods give the same places a row each. A ledger's column of dates (党组织成立时间,
 * typed for some units, blank for others) groups units named once each.
 */
function namesRepeat(
  sheet: SheetSnapshot,
  labelColumn: number,
  rows: number[],
  periodOf: Map<number, string>,
): boolean {
  const periodsOf = new Map<string, Set<string>>();
  const nameOf = new Map<number, string>();
  let name = '';
  for (const r of rows) {
    name = compactTextAt(sheet, r, labelColumn) || name;
    nameOf.set(r, name);
    const periods = periodsOf.get(name) ?? new Set<string>();
    periodsOf.set(name, periods.add(periodOf.get(r) ?? ''));
  }
  const repeated = rows.filter((r) => (periodsOf.get(nameOf.get(r) ?? '')?.size ?? 0) >= 2).length;
  return repeated * 2 >= rows.length;
}

/**
 * Categories repeated place by place in one order (`县 | 类别`: 非公企业, 社会组织, 非公企业, 社会组织 …), none blank:
 * read as periods are. A ledger's town column, its rows grouped town by town, is no such cycle.
 */
function isCycle(values: string[]): boolean {
  const k = new Set(values).size;
  return values.length % k === 0 && values.every((v, i) => v !== '' && v === values[i % k]);
}

/** The sheet with the other periods' rows blank, each row's label typed in it (the merges down the label column undone). */
function onePeriod(
  sheet: SheetSnapshot,
  labelColumn: number,
  periodOf: Map<number, string>,
  period: string,
): SheetSnapshot {
  const labelMerges = sheet.merges.filter(
    (m) => m.left <= labelColumn && m.right >= labelColumn && m.bottom > m.top && periodOf.has(m.top),
  );
  // A place's name typed on its first row only, merged down or not: its other rows take it.
  let placeLabel: Cell | null | undefined;
  const rows = sheet.rows.map((row, r) => {
    const own = periodOf.get(r);
    if (own === undefined) return row;
    const merge = labelMerges.find((m) => m.top <= r && m.bottom >= r);
    const typed = merge ? sheet.rows[merge.top]?.[merge.left] : row[labelColumn];
    if (typed && cellText(typed).trim() !== '') placeLabel = typed;
    if (own !== period) return [];
    if (!placeLabel || placeLabel === row[labelColumn]) return row;
    const copy = [...row];
    copy[labelColumn] = placeLabel;
    return copy;
  });
  return { ...sheet, rows, merges: sheet.merges.filter((m) => !labelMerges.includes(m)) };
}

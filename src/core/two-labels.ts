import { cellText, compactTextAt, mergeCovering } from './layout-cells';
import { figureRows, type SheetLayout } from './layout-types';
import { labelRole, type Lexicon } from './lexicon';
import type { Cell, SheetSnapshot } from './snapshot';

/**
 * A table labelled in two columns, a group and its items (学校类别 | 乡（镇）: 幼儿园 over 合计, 城区街道, 太平镇, then
 * 小学 over 合计, …; the group typed on each row, on its first only, or merged down), each group's total named by a total
 * word among its items. It is read as the one column of labels it stands for: each group's total row a subtotal of the
 * group (幼儿园小计), its items under it, the table's total over the subtotals. The whole area's own group (全县 | 合计,
 * 幼儿园, 小学 …, beside the towns') is its kinds across the towns: a table of its own. Only the labels change: the
 * figures, and so every address, stay the sheet's.
 */

/** Groups the table needs, each of two rows or more with its own total row. */
const MIN_GROUPS = 2;

export function twoLabelSheets(
  sheet: SheetSnapshot,
  layout: SheetLayout,
  lexicon: Lexicon,
): SheetSnapshot[] | undefined {
  const label = layout.labelColumn;
  const rows = figureRows(layout).sort((a, b) => a - b);
  for (const other of [label + 1, label - 1]) {
    if (!(layout.textColumns ?? []).includes(other)) continue;
    for (const [group, item] of [
      [label, other],
      [other, label],
    ]) {
      const relabelled = regrouped(sheet, rows, group, item, label, lexicon);
      if (relabelled) return relabelled;
    }
  }
  return undefined;
}

/**
 * The sheet with each row's label read from its group and item (see above), and the whole area's kinds where it has
 * them; undefined where the columns are no such pair.
 */
function regrouped(
  sheet: SheetSnapshot,
  rows: number[],
  group: number,
  item: number,
  label: number,
  lexicon: Lexicon,
): SheetSnapshot[] | undefined {
  // A cell merged over both columns (总计, spaced across 学段 | 乡镇) is typed in each.
  const text = (r: number, c: number) => {
    const merge = mergeCovering(sheet.merges, r, c);
    const across = merge && merge.left <= Math.min(group, item) && merge.right >= Math.max(group, item);
    return across ? compactTextAt(sheet, merge.top, merge.left) : compactTextAt(sheet, r, c);
  };
  const totalWord = (t: string) => t !== '' && labelRole(t, lexicon) !== 'region';
  // Each row's group, carried down where it is typed once over its rows; a row naming a total across both columns
  // (合计, merged over them) is in none.
  const groupOf = new Map<number, string>();
  const totals = new Map<string, number[]>();
  const items = new Map<string, number>();
  const typedOn = new Map<string, number>();
  const add = (counts: Map<string, number>, name: string) => counts.set(name, (counts.get(name) ?? 0) + 1);
  const acrossBoth: number[] = [];
  let current = '';
  let previous = -1;
  for (const r of rows) {
    const typed = text(r, group);
    if (totalWord(typed) && (text(r, item) === '' || text(r, item) === typed)) {
      acrossBoth.push(r);
      current = '';
      continue;
    }
    // A group is carried down its rows of figures only: a row between ends it.
    if (typed !== '') current = typed;
    else if (previous >= 0 && r !== previous + 1) current = '';
    previous = r;
    if (current === '') return undefined;
    groupOf.set(r, current);
    // Groups of two rows or more: a ledger's names, one a row, are passed over after its first rows, not its 50,000.
    if (typed !== '' && !typedOn.has(current) && typedOn.size * 2 > groupOf.size + MIN_GROUPS) return undefined;
    if (typed !== '') add(typedOn, current);
    if (totalWord(text(r, item))) totals.set(current, [...(totals.get(current) ?? []), r]);
    else add(items, current);
  }
  // A total typed across both columns is the table's (合计), or a group's that names it (杨柳乡小计, over its rows or
  // under them).
  for (const r of acrossBoth) {
    const typed = text(r, group);
    const name = [...typedOn.keys()].find((n) => typed.startsWith(n) && totalWord(typed.slice(n.length)));
    if (name === undefined) continue;
    groupOf.set(r, name);
    totals.set(name, [...(totals.get(name) ?? []), r]);
  }
  // A group named as the whole area (全县 over 合计 and its kinds, then each town's) is no group among them: its total
  // row is the table's, and its kinds a breakdown across the towns, read as a table of their own.
  const all = [...new Set(groupOf.values())];
  const wholeArea = all.filter(totalWord);
  const names = all.filter((name) => !totalWord(name));
  // Every group with one total row of its own, and named over two rows or more or holding two items or more: not a
  // unit's name carried onto the 小计 row after it.
  const valid = (name: string) =>
    totals.get(name)?.length === 1 &&
    (wholeArea.includes(name) || (items.get(name) ?? 0) >= 2 || (typedOn.get(name) ?? 0) >= 2);
  // Beside such groups, a group of one item (高中 | 城区街道, then 合计) whose total repeats the item's figures.
  const oneItem = (name: string) => {
    const [total, only] = [totals.get(name) ?? [], rows.filter((r) => groupOf.get(r) === name)];
    return (
      total.length === 1 && only.length === 2 && repeats(sheet, total[0], only[0] === total[0] ? only[1] : only[0])
    );
  };
  const groups = names.filter(valid).length;
  if (groups < MIN_GROUPS || wholeArea.length > 1 || !all.every((name) => valid(name) || oneItem(name)))
    return undefined;
  // Every group named once, in one run of rows: a group column, not a column of kinds repeated group after group.
  const runs = rows.filter((r, i) => groupOf.has(r) && groupOf.get(r) !== groupOf.get(rows[i - 1])).length;
  if (runs !== all.length) return undefined;
  const subtotal = lexicon.vocabulary.totals.subtotalWords[0];
  const otherColumn = label === group ? item : group;
  const labelled = (row: (Cell | null)[], text: string, cell: Cell) => {
    const copy = [...row];
    copy[label] = { ...cell, value: text, text };
    copy[otherColumn] = null;
    return copy;
  };
  // The row's item, or a group's total typed across both columns, standing in the group's column alone (merged over
  // the item's).
  const itemCell = (row: (Cell | null)[], isTotal: boolean) =>
    [row[item], isTotal ? row[group] : null].find((cell) => cell && cellText(cell).trim() !== '') ?? undefined;
  // A sheet read so already (its groups named on heading rows, 川道片 over 县城镇 … 川道片小计) reads the same: none.
  let changed = wholeArea.length > 0;
  const main = sheet.rows.map((row, r) => {
    const name = groupOf.get(r);
    const isTotal = name !== undefined && totals.get(name)?.includes(r) === true;
    const cell = name === undefined || !row ? undefined : itemCell(row, isTotal);
    if (name === undefined || !row || !cell) return row;
    if (wholeArea.includes(name)) return isTotal ? labelled(row, name, cell) : [];
    const text = isTotal ? `${name}${subtotal}` : cellText(cell);
    changed ||= text !== cellText(row[label]) || cellText(row[otherColumn]).trim() !== '';
    return labelled(row, text, cell);
  });
  if (!changed) return undefined;
  if (!wholeArea.some((name) => (items.get(name) ?? 0) > 0)) return [{ ...sheet, rows: main }];
  // The whole area's kinds are a table of their own under the same header, its total over them.
  const block = sheet.rows.map((row, r) => {
    const name = groupOf.get(r);
    if (r < rows[0]) return row;
    if (name === undefined || !wholeArea.includes(name) || !row) return [];
    const isTotal = totals.get(name)?.includes(r) === true;
    const cell = itemCell(row, isTotal);
    return cell ? labelled(row, isTotal ? name : cellText(cell), cell) : [];
  });
  return [
    { ...sheet, rows: main },
    { ...sheet, rows: block },
  ];
}

/** Whether a row repeats another's figures: each of its figures (two at least) the other's in the same column. */
function repeats(sheet: SheetSnapshot, row: number, other: number): boolean {
  const [a, b] = [sheet.rows[row] ?? [], sheet.rows[other] ?? []];
  let figures = 0;
  for (let c = 0; c < a.length; c++) {
    const value = a[c]?.value;
    if (typeof value !== 'number') continue;
    if (b[c]?.value !== value) return false;
    figures++;
  }
  return figures >= 2;
}

import { compactText } from './header';
import { cellText } from './layout-cells';
import { figureRows, type SheetLayout } from './layout-types';
import { labelRole, type Lexicon } from './lexicon';
import type { Cell, SheetSnapshot } from './snapshot';

/**
 * A table labelled in two columns, a group and its items (学校类别 | 乡（镇）: 幼儿园 over 合计, 城区街道, 太平镇, then
 * 小学 over 合计, …; the group typed on each row, on its first only, or merged down), each group's total named by a total
 * word among its items. It is read as the one column of labels it stands for: each group's total row a subtotal of the
 * group (幼儿园小计), its items under it, the table's total over the subtotals. Only the labels change: the figures, and
 * so every address, stay the sheet's.
 */

/** Groups the table needs, each of two rows or more with its own total row. */
const MIN_GROUPS = 2;

export function twoLabelSheet(sheet: SheetSnapshot, layout: SheetLayout, lexicon: Lexicon): SheetSnapshot | undefined {
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

/** The sheet with each row's label read from its group and item (see above), or undefined where they are no such pair. */
function regrouped(
  sheet: SheetSnapshot,
  rows: number[],
  group: number,
  item: number,
  label: number,
  lexicon: Lexicon,
): SheetSnapshot | undefined {
  const text = (r: number, c: number) => compactText(cellText(sheet.rows[r]?.[c]));
  const totalWord = (t: string) => t !== '' && labelRole(t, lexicon) !== 'region';
  // Each row's group, carried down where it is typed once over its rows; a row naming a total across both columns
  // (合计, merged over them) is in none.
  const groupOf = new Map<number, string>();
  const totals = new Map<string, number[]>();
  const items = new Map<string, number>();
  const typedOn = new Map<string, number>();
  const add = (counts: Map<string, number>, name: string) => counts.set(name, (counts.get(name) ?? 0) + 1);
  let current = '';
  let previous = -1;
  for (const r of rows) {
    const typed = text(r, group);
    if (totalWord(typed) && text(r, item) === '') {
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
  // Every group with one total row of its own, and named over two rows or more or holding two items or more: not a
  // unit's name carried onto the 小计 row after it.
  const names = [...new Set(groupOf.values())];
  const valid = (name: string) =>
    totals.get(name)?.length === 1 && ((items.get(name) ?? 0) >= 2 || (typedOn.get(name) ?? 0) >= 2);
  // A group named as the whole area (全县 over 合计 and its kinds, then each town's) is a breakdown of the total beside
  // the towns, not a group among them: not read so.
  if (names.length < MIN_GROUPS || !names.every(valid) || names.some(totalWord)) return undefined;
  // Every group named once, in one run of rows: a group column, not a column of kinds repeated group after group.
  const runs = rows.filter((r, i) => groupOf.has(r) && groupOf.get(r) !== groupOf.get(rows[i - 1])).length;
  if (runs !== names.length) return undefined;
  const subtotal = lexicon.vocabulary.totals.subtotalWords[0];
  // A sheet read so already (its groups named on heading rows, 川道片 over 县城镇 … 川道片小计) reads the same: none.
  let changed = false;
  const relabelled = sheet.rows.map((row, r) => {
    const name = groupOf.get(r);
    const itemCell = row?.[item];
    if (name === undefined || !row || !itemCell || cellText(itemCell).trim() === '') return row;
    const copy: (Cell | null)[] = [...row];
    const isTotal = totals.get(name)?.includes(r) === true;
    const labelText = isTotal ? `${name}${subtotal}` : cellText(itemCell);
    const otherColumn = label === group ? item : group;
    changed ||= labelText !== cellText(row[label]) || cellText(row[otherColumn]).trim() !== '';
    copy[label] = { ...itemCell, value: labelText, text: labelText };
    copy[otherColumn] = null;
    return copy;
  });
  return changed ? { ...sheet, rows: relabelled } : undefined;
}

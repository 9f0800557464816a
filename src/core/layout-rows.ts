import { compactText, labelUnit, splitOfWhich } from './header';
import {
  cellKind,
  cellText,
  indentOf,
  isDeeper,
  isEmptyCell,
  note,
  rowsText,
  type LayoutReading,
} from './layout-cells';
import { labelNumbering, labelOrdinal, nestRows, type Nesting, type NestingRow } from './layout-hierarchy';
import { splitSections } from './layout-sections';
import { assignTotals, readTotalByFigures, readTotalsAmongRows } from './layout-totals';
import {
  compareSum,
  isPartOfWhole,
  passedBy,
  passFar,
  sumReader,
  sumsTo,
  type SumComparison,
  type SumReader,
} from './layout-sums';
import type { HeaderColumn } from './layout-types';
import { isRateUnit, labelRole, totalLabelKey, totalledName, type Lexicon } from './lexicon';
import { simplifiedText } from './number';
import type { Cell, Merge } from './snapshot';

/**
 * The data rows read in one pass: region, total, subtotal, 其中 and note rows; the members of every total are read
 * by layout-totals.ts.
 */

// A merged text wider than this many columns (or this long) below the header is a note, not a region.
const NOTE_MIN_LENGTH = 40;
/** A formula (覆盖率=已覆盖企业数÷企业总数×100%): a note saying how a figure is worked out, however short. */
const FORMULA = /[=＝].*[÷×/]/;
/** A code cell (201, 01); and a code opening a label (201一般公共服务支出), not a year or a date (2024年). */
const DIGITS = /^\d+$/;
const CODE = /^(\d{3,})(?![\d.\uff0e%\u5e74\u6708\u65e5\u5b63\u53f7])/;
// An industry's code (国民经济行业分类) at a label's start: a section's letter (C 制造业), or a division's two digits after
// it or alone under a section (C14 食品制造业, 14 食品制造业).
const SECTION = /^([A-T])(?![A-Za-z0-9])/;
const DIVISION = /^([A-T]?)(\d{2})(?![\d.\uff0e%\u5e74\u6708\u65e5\u5b63\u53f7])/;

/** The industry code a label (or a code cell) starts with: a division's with its section's letter (C14). */
function industryCode(text: string, section: string | undefined): string | undefined {
  const letter = SECTION.exec(text)?.[1];
  if (letter !== undefined) return letter;
  const division = DIVISION.exec(text);
  const own = division?.[1] || section;
  return division && own ? own + division[2] : undefined;
}

/** The code in a row's code column: a budget subject's digits (20101) or an industry's (A, 13 under A as A13). */
function codeCell(reader: RowReader, row: (Cell | null)[], section: string | undefined): string | undefined {
  if (reader.codeColumn === undefined) return undefined;
  const text = compactText(cellText(row[reader.codeColumn]));
  return CODE.test(text) && DIGITS.test(text) ? text : industryCode(text, section);
}

/** No leading texts: one list for the rows of a table with no column left of its labels. */
const NO_TEXTS: readonly string[] = [];

/**
 * Is a row empty, a note (its first non-empty cell starts with a note label such as 注：, or it is one long text, or
 * one text merged across at least half the table), or an ordinary row?
 */
export function rowKind(
  reading: LayoutReading,
  row: (Cell | null)[],
  merge: Merge | undefined,
  tableWidth: number,
): 'empty' | 'note' | 'row' {
  let first: Cell | null = null;
  let nonEmpty = 0;
  for (const cell of row) {
    if (isEmptyCell(cell)) continue;
    if (++nonEmpty === 1) first = cell;
    else break;
  }
  if (!first) return 'empty';
  const text = simplifiedText(compactText(cellText(first)), reading.lexicon);
  // A filer's line under the table (填报单位：… | 填报人：… | 审核人：…) signs it off: no region, whatever cells it spans;
  // so does its date (填表日期：2025年1月10日).
  const { lexicon } = reading;
  if (lexicon.note.test(text) || lexicon.filer.test(text) || lexicon.dateRow.test(text)) return 'note';
  if (nonEmpty > 1 || cellKind(first, lexicon) !== 'text') return 'row';
  const wide = merge !== undefined && merge.right - merge.left + 1 >= Math.max(2, Math.ceil(tableWidth / 2));
  return wide || text.length >= NOTE_MIN_LENGTH || FORMULA.test(text) ? 'note' : 'row';
}

export interface RowReader {
  labelColumn: number;
  /** Columns left of the label column (a sequence column) where 合计 is sometimes typed instead. */
  leadingColumns: number[];
  labelMerges: Map<number, Merge>;
  /** The label column's header says only some regions are listed (主要区县): a total is not their sum. */
  partialList: boolean;
  /** A column of codes right after the label column (代码: A | 13 | 14 …), read where the labels carry none. */
  codeColumn?: number;
}

/** Excel's indent level of a row's label cell (of the merge's top cell when the label is merged down). */
function labelIndent(reader: RowReader, row: (Cell | null)[], r: number, rows: (Cell | null)[][]): number {
  const merge = reader.labelMerges.get(r);
  const cell = row[reader.labelColumn] ?? (merge ? rows[merge.top]?.[merge.left] : undefined);
  return cell?.indent ?? 0;
}

/** Cities over their districts become subtotals; rows that are some of the row above become its parts. */
function applyNesting(
  reading: LayoutReading,
  rows: NestingRow[],
  nesting: Nesting,
  partsOf: Map<number, number[]>,
): void {
  const { layout } = reading;
  const parts = new Set(nesting.parts.map((p) => p.row));
  for (const t of rows) if (nesting.members.has(t.row)) t.role = 'subtotal';
  for (const { row, partOfRow } of nesting.parts) {
    layout.partRows.push({ row, partOfRow });
    const list = partsOf.get(partOfRow);
    if (list) list.push(row);
    else partsOf.set(partOfRow, [row]);
  }
  layout.partRows.sort((a, b) => a.row - b.row);
  layout.regionRows = layout.regionRows.filter((r) => !nesting.members.has(r) && !parts.has(r));
  // In place, without spreading: a ledger of 130,000 rows would overflow the call stack as arguments.
  let kept = 0;
  for (const t of rows) if (!parts.has(t.row)) rows[kept++] = t;
  rows.length = kept;
}

/**
 * A 小计 row over a 其中 list that adds up to it (市区小计 | 其中：安乐区 | 泰乐区 | 山泉区 | 松阳区, then 安宁市): the list is
 * its rows, the word 其中 notwithstanding, and the rows after the list are the total's.
 */
function subtotalsOverTheirLists(
  { layout }: LayoutReading,
  tableRows: NestingRow[],
  nesting: Nesting,
  partsOf: Map<number, number[]>,
  sums: SumReader,
): void {
  for (const t of tableRows) {
    const parts = partsOf.get(t.row);
    if (t.role !== 'subtotal' || nesting.members.has(t.row) || parts === undefined || parts.length < 2) continue;
    // In every column, or in every column but one of three or more (a wrong figure breaks one): a partial list adds
    // up in a column of few figures by chance (乙类小计 | 其中：病毒性肝炎 | 肺结核 | 梅毒 in 死亡数 alone, 33 = 31 + 2 + 0).
    const c = compareSum(sums, t.row, parts);
    if (!sumsTo(c) || c.equal <= c.zeros || (c.equal < c.columns && c.equal < 2)) continue;
    nesting.members.set(t.row, parts);
    partsOf.delete(t.row);
    const listed = new Set(parts);
    layout.partRows = layout.partRows.filter((p) => !listed.has(p.row));
    layout.regionRows = [...layout.regionRows, ...parts].sort((a, b) => a - b);
  }
}

/** Rows an unmarked list may have to be read as a partial list by its figures alone. */
const MAX_UNMARKED_PARTIAL = 40;

/**
 * A total over a partial list — its first member marked `#` or 其中, or a label header such as 主要区县 — when the
 * members' sum holds in no column and the total exceeds it in one at least: the members are the total's parts, each at most
 * the whole, and the total is not checked as their sum. Unmarked, the figures alone say so when the total exceeds the sum
 * in two columns at least and in every column but one (全国 over 安徽省 and 合肥市: levels, not parts; a part typed too
 * large may push the sum past the whole in its own column), unless its label says it sums them (合计); in a single
 * column a total too large is a finding.
 */
function readPartialLists(
  reading: LayoutReading,
  sums: SumReader,
  partialHeader: boolean,
  /** A note says so (各县之和不等于全市): where the rows do not fit in the total, it is checked against none of them. */
  noted: boolean,
  partsOf: Map<number, number[]>,
  tableRows: NestingRow[],
): void {
  const { layout, lexicon, sheet } = reading;
  let byRow: Map<number, NestingRow> | undefined; // only a marked list asks: a ledger of 50,000 rows has none
  for (const total of layout.totalRows) {
    // Under a header or title naming the main ones, any total is over them (全县A级景区合计 over 主要景区).
    if ((total.kind !== 'total' && !partialHeader) || total.members.length === 0) continue;
    const first = sheet.rows[total.members[0]]?.[layout.labelColumn];
    const marked = partialHeader || noted || lexicon.partMarker.test(compactText(cellText(first)));
    // Unmarked, only a short list is compared (levels side by side are few; a ledger's total row sums 50,000 rows).
    if (!marked && (total.members.length > MAX_UNMARKED_PARTIAL || lexicon.sumTotal.test(compactText(total.label))))
      continue;
    // In a marked list, a row typed deeper than the first (# 国有控股企业 |   # 中央企业) is the row above's part: the list's
    // sum is of the rows as deep as the first.
    const nestedUnder = marked
      ? nestedParts(total.members, (byRow ??= new Map(tableRows.map((t) => [t.row, t]))), lexicon)
      : new Map<number, number>();
    const listed = total.members.filter((r) => !nestedUnder.has(r));
    const comparison = compareSum(sums, total.row, listed);
    const unmarked = comparison.equal === 0 && comparison.above >= Math.max(2, comparison.columns - 1);
    if (noted && !isPartOfWhole(comparison, true)) {
      total.members = [];
      note(reading, 'layoutNotedPartial', { row: total.row + 1 });
      continue;
    }
    if (marked ? !isPartOfWhole(comparison, true) : !unmarked) continue;
    for (const row of total.members) layout.partRows.push({ row, partOfRow: nestedUnder.get(row) ?? total.row });
    partsOf.set(total.row, [...(partsOf.get(total.row) ?? []), ...listed]);
    for (const [row, whole] of nestedUnder) partsOf.set(whole, [...(partsOf.get(whole) ?? []), row]);
    const members = new Set(total.members);
    layout.regionRows = layout.regionRows.filter((r) => !members.has(r));
    total.members = [];
  }
  layout.partRows.sort((a, b) => a.row - b.row);
}

/** Rows a 其中 list typed flush with its whole's siblings may run to (C 制造业's divisions). */
const MAX_FLUSH_ITEMS = 40;

/**
 * A 其中 list typed as deep as its whole and the whole's siblings (3 制造业 | 其中：酒、饮料和精制茶制造业 | 纺织服装、服饰业 |
 * … | 4 电力、热力…): read as members, its rows put the total over by them in every column. Where leaving out the
 * rows right after the 其中 row makes the members add up to the total in every column, and those rows are within the
 * whole, they are more of its list: the sums decide, as nothing else on the sheet tells.
 */
function readFlushItems(reading: LayoutReading, sums: SumReader, partsOf: Map<number, number[]>): void {
  const { layout } = reading;
  if (layout.partRows.length === 0) return;
  // A heading's row (按行业分：) has no figures: it adds nothing to a sum and is no item.
  const withFigures = (row: number) => sums.figures(row).some((v) => v !== undefined);
  for (const total of layout.totalRows) {
    if (total.members.length < 3) continue;
    // A total its members make in two columns, or in each it has (合计 | 甲类 | 乙类 | 丙类 in 发病数, its one column of
    // counts), misses none of them.
    const whole = compareSum(sums, total.row, total.members.filter(withFigures));
    if (whole.equal > 1 || (whole.equal > 0 && whole.equal === whole.columns)) continue;
    const members = new Set(total.members);
    for (const part of layout.partRows) {
      if (!members.has(part.partOfRow)) continue;
      // The members right after the 其中 row, in order.
      const after: number[] = [];
      for (let r = part.row + 1; members.has(r) && withFigures(r) && after.length < MAX_FLUSH_ITEMS; r++) after.push(r);
      const found = after.findIndex((_, k) => {
        const items = new Set(after.slice(0, k + 1));
        const rest = total.members.filter((r) => !items.has(r));
        // In two columns at least: one column of counts beside rates (发病数 | 发病率, 死亡数 all 0 but one) proves nothing.
        const without = compareSum(sums, total.row, rest);
        if (without.equal < 2 || !sumsTo(without)) return false;
        // Within the whole in every column but one (a change column may be of rates: 比上年增减 after 覆盖率).
        const list = compareSum(sums, part.partOfRow, [part.row, ...items]);
        return list.above + list.equal >= list.columns - 1;
      });
      if (found < 0) continue;
      const items = new Set(after.slice(0, found + 1));
      for (const row of items) layout.partRows.push({ row, partOfRow: part.partOfRow });
      partsOf.set(part.partOfRow, [...(partsOf.get(part.partOfRow) ?? []), ...items]);
      total.members = total.members.filter((r) => !items.has(r));
      layout.regionRows = layout.regionRows.filter((r) => !items.has(r));
      layout.partRows.sort((a, b) => a.row - b.row);
      break;
    }
  }
}

/**
 * The rows of a list whose names start deeper than its first row's, each with the last row above it as deep as the
 * first. A name starts after its mark (`  # 浦东新区` over `    黄浦区`: one level, the mark in the indent).
 */
function nestedParts(members: number[], byRow: Map<number, NestingRow>, lexicon: Lexicon): Map<number, number> {
  const depth = (row: number) => {
    const t = byRow.get(row);
    if (!t) return { typed: 0, excel: 0 };
    const typed = t.label.trimStart();
    const marker = lexicon.partMarker.exec(typed)?.[0] ?? '';
    return { typed: indentOf(t.label) + markWidth(marker) + indentOf(typed.slice(marker.length)), excel: t.indent };
  };
  const top = depth(members[0]);
  const nested = new Map<number, number>();
  let above = members[0];
  for (const row of members.slice(1)) {
    const d = depth(row);
    if (isDeeper(d.typed, d.excel, top.typed, top.excel)) nested.set(row, above);
    else above = row;
  }
  return nested;
}

/** Whether a note under the table says what `pattern` matches (本表仅列出主要行业: lexicon.partialListNote). */
function notesSay(reading: LayoutReading, pattern: RegExp): boolean {
  const { layout, sheet } = reading;
  return layout.noteRows.some((r) => (sheet.rows[r] ?? []).some((cell) => pattern.test(compactText(cellText(cell)))));
}

function rowLabel(reading: LayoutReading, reader: RowReader, r: number): string {
  const { sheet } = reading;
  const row = sheet.rows[r] ?? [];
  const own = row[reader.labelColumn];
  if (!isEmptyCell(own)) return cellText(own);
  const merge = reader.labelMerges.get(r);
  if (merge) {
    const top = sheet.rows[merge.top]?.[merge.left];
    if (!isEmptyCell(top)) return cellText(top);
  }
  for (const c of reader.leadingColumns) if (cellKind(row[c], reading.lexicon) === 'text') return cellText(row[c]);
  return '';
}

/**
 * Whether the rows from `from` on, up to the next total, add up to the total `whole` above its 其中 rows (全县 |
 * 其中：规模以上企业 | 甲镇 | 其中：规模以上企业 | 乙镇 …), or those typed as shallow as the first of them do (市区 over its
 * districts typed deeper | 凤台县 …), or their 小计 rows do: those are its members, not more of its parts (see readRows: a
 * 其中 list under a total otherwise runs on to the next total).
 */
function membersFollowParts(
  reading: LayoutReading,
  reader: RowReader,
  whole: number,
  from: number,
  end: number,
  sums: SumReader,
): boolean {
  const { lexicon } = reading;
  const members: number[] = [];
  // The members typed no deeper than the first: a deeper one is an item of one of them.
  const shallow: number[] = [];
  let first: { indent: number; excelIndent: number } | undefined;
  const subtotals: number[] = [];
  let previous: string | undefined;
  for (let r = from; r < end; r++) {
    const { raw, label } = withoutWholeName(rowLabel(reading, reader, r), previous, lexicon);
    if (label === '') continue;
    previous = label;
    const role = labelRole(label, lexicon);
    // Past the 小计 of each group (新村社区 | 光明社区 | 小计 | 阳光社区 …): the groups add up to the total, as their 小计 do.
    if (role === 'subtotal') {
      subtotals.push(r);
      continue;
    }
    if (role !== 'region') break;
    // A member's own 其中 row (甲镇 | 其中：规模以上企业) is passed over; one before any member ends the search.
    if (splitOfWhich(label, lexicon).ofWhich) {
      if (members.length === 0) break;
      continue;
    }
    if (!sums.figures(r).some((v) => v !== undefined)) continue;
    members.push(r);
    const depth = {
      indent: indentOf(raw),
      excelIndent: labelIndent(reader, reading.sheet.rows[r] ?? [], r, reading.sheet.rows),
    };
    first ??= depth;
    if (!isDeeper(depth.indent, depth.excelIndent, first.indent, first.excelIndent)) shallow.push(r);
  }
  const addUp = (rows: number[]) => rows.length >= 2 && sumsTo(compareSum(sums, whole, rows));
  return (
    members.length >= 2 && (addUp(members) || (shallow.length < members.length && addUp(shallow)) || addUp(subtotals))
  );
}

/**
 * Whether the rows from `from` on add up to the 小计 that closes them (非公有制企业小计 | 其中：规模以上企业 | 社会团体 |
 * 社会服务机构 | 基金会 | 社会组织小计): the next group's members, however deep typed, not more of the 其中 list before.
 */
function closedBySubtotal(
  reading: LayoutReading,
  reader: RowReader,
  from: number,
  end: number,
  sums: SumReader,
): boolean {
  const members: number[] = [];
  for (let r = from; r < end; r++) {
    const label = compactText(rowLabel(reading, reader, r));
    if (label === '') continue;
    const role = labelRole(label, reading.lexicon);
    if (role === 'subtotal') return members.length >= 2 && sumsTo(compareSum(sums, r, members));
    if (role !== 'region' || splitOfWhich(label, reading.lexicon).ofWhich) return false;
    if (sums.hasFigures(r)) members.push(r);
  }
  return false;
}

/**
 * Whether a row right after a row's 其中 parts is the last of them: with it, and not without it, they add up to the row
 * (公务用车购置及运行费 = 其中：公务用车购置费 + 公务用车运行费, the second typed without 其中).
 */
function completesParts(
  sums: SumReader,
  whole: number,
  parts: number[] | undefined,
  row: number,
  shallower: boolean,
): boolean {
  if (!parts || !sums.hasFigures(row)) return false;
  // A 其中 row of dashes only (公务用车购置费 | — | —) had none: the row is then all of the whole.
  const counted = parts.filter((part) => sums.hasFigures(part));
  const withRow = compareSum(sums, whole, [...counted, row]);
  // In every column, or in all but one of three or more (普通中学 = 其中：普通高中 + 初中 but for a 初中 typed wrong). Not
  // so a row typed shallower than the 其中 row (电气火灾 | 其中：电气线路故障, indented | 自燃): a sibling of the whole, which adds up
  // with the part in a column or two by chance, unless it does in every column.
  const complete =
    withRow.columns > 0 &&
    (withRow.equal === withRow.columns || (!shallower && withRow.columns >= 3 && sumsTo(withRow)));
  return complete && (counted.length === 0 || !sumsTo(compareSum(sums, whole, counted)));
}

/** Whether a row holds figures and none above the whole's (a heading of none, 按年龄分, is no item of its list). */
function withinWhole(sums: SumReader, whole: number, row: number): boolean {
  const c = compareSum(sums, whole, [row]);
  return c.columns > 0 && c.equal + c.above === c.columns;
}

/** Whether a row passes a row above it in more than half the columns compared: it is no part of it. */
function overMostly(sums: SumReader, whole: number, row: number): boolean {
  const c = compareSum(sums, whole, [row]);
  return (c.columns - c.equal - c.above) * 2 > c.columns;
}

/** Rows back from the last component that a 其中 row's whole may be found among (a short list of components). */
const MAX_COMPONENTS = 20;

/** A part within its whole in every column compared, one at least. */
const within = (c: SumComparison): boolean => c.columns > 0 && c.above + c.equal === c.columns;

/**
 * The whole of a 其中 row typed at the level of the components above it (民用汽车保有量 | 载客汽车 | 载货汽车 |
 * 其中：私人汽车, the last three at one indent) or shallower than the last (… | 按经营地分：城镇 | 乡村 (deeper) | 其中：限额以上),
 * when its figures pass the last component's: the row those components sit under, shallower than the 其中 row by an
 * indent or, unindented, the row they add up to, if the 其中 row passes it in fewer columns. Otherwise undefined: the
 * last component stays the whole, and a part that passes it is a finding.
 */
function wholeAboveComponents(
  tableRows: NestingRow[],
  part: { row: number; label: string; indent: number },
  sums: SumReader,
): NestingRow | undefined {
  const last = tableRows[tableRows.length - 1];
  const shallower = (t: NestingRow) => indentOf(t.label) < indentOf(part.label) || t.indent < part.indent;
  if (!last || last.role !== 'region') return undefined;
  // Typed shallower than the last row (第三产业, indented twice | 其中：民间投资, once), it is no part of that row but of
  // the nearest row above typed shallower than itself and holding figures (固定资产投资), where it fits there.
  const deeper = (t: NestingRow) => indentOf(t.label) > indentOf(part.label) || t.indent > part.indent;
  // None typed shallower, where the nearest row at its own level is a heading (其中：限额以上 flush left, after
  // 按消费类型分's indented rows), of the nearest at its level holding figures above it (社会消费品零售总额). Right under
  // such a row (镇 | 青山镇, indented | 其中：经济开发区, flush left) it stays the last row's.
  if (deeper(last) && !shallower(last)) {
    const nearest = (level: (t: NestingRow) => boolean, holding: boolean) => {
      for (let i = tableRows.length - 2; i >= 0; i--)
        if (level(tableRows[i]) && (!holding || sums.hasFigures(tableRows[i].row))) return tableRows[i];
      return undefined;
    };
    const level = (t: NestingRow) => !deeper(t);
    const heading = nearest(level, false);
    const whole =
      nearest(shallower, true) ?? (heading && !sums.hasFigures(heading.row) ? nearest(level, true) : undefined);
    // Of a whole whose rows so far do not add up to it (全市合计 | 七里河区 two spaces in | 其中：高新区 one in | 安宁区 two in …), the list is
    // not over: a part within the last row is that row's.
    const listed = whole ? tableRows.slice(tableRows.indexOf(whole) + 1).map((t) => t.row) : [];
    if (whole && !sumsTo(compareSum(sums, whole.row, listed)) && within(compareSum(sums, last.row, [part.row])))
      return last;
    if (whole) return compareSum(sums, whole.row, [part.row]).above > 0 ? whole : undefined;
  }
  // The columns where the part passes a whole (a part may pass its true whole where it was typed wrong).
  const passing = (whole: number) => passedBy(sums, whole, part.row);
  const { columns, passed: passesLast } = passing(last.row);
  if (passesLast === 0) return undefined;
  const from = Math.max(0, tableRows.length - 1 - MAX_COMPONENTS);
  if (shallower(last)) {
    // Indented under the last component, a part past it in every column is a memo line of the components' whole
    // (其他支出 | 其中：民生支出, at a budget's foot): the row they add up to, where it holds the part.
    if (columns < 2 || passesLast < columns) return undefined;
    for (let i = tableRows.length - 2; i >= from; i--) {
      const components = tableRows.slice(i + 1).map((t) => t.row);
      if (components.length >= 2 && sumsTo(compareSum(sums, tableRows[i].row, components)))
        return passing(tableRows[i].row).passed === 0 ? tableRows[i] : undefined;
    }
    return undefined;
  }
  // An unindented 其中 row after indented components (社会消费品零售总额 | 按消费类型分 | 餐饮收入 (indented) | 其中：限额以上)
  // is of the nearest unindented row above: nothing is shallower than it.
  const unindented = (t: { label: string; indent: number }) => indentOf(t.label) === 0 && t.indent === 0;
  const atTop = unindented(part) && !unindented(last);
  for (let i = tableRows.length - 2; i >= from; i--) {
    const candidate = tableRows[i];
    const after = tableRows.slice(i + 1).map((t) => t.row);
    // Of breakdowns each under a heading of no figures (按经营地分 | 城镇 | 乡村 | 按消费类型分 | 商品零售 | 餐饮收入, all
    // flush), the last one's rows.
    let heading = after.length - 1;
    while (heading >= 0 && sums.hasFigures(after[heading])) heading--;
    const components = after.slice(heading + 1);
    if (
      shallower(candidate) ||
      (atTop && unindented(candidate)) ||
      (components.length >= 2 && sumsTo(compareSum(sums, candidate.row, components)))
    )
      return passing(candidate.row).passed < passesLast ? candidate : undefined;
  }
  // A 其中 row after the whole list (a province's 30 counties | 其中：高新区; 亚洲 | 日本 | … | 其他国家和地区 | 其中：“一带一路”
  // 沿线国家) is of the nearest total row above, where the rows after it add up to it or where the 其中 row passes the
  // last row in every column (a mistyped part passes its whole in a column, not in all), if it passes the total in fewer.
  for (let i = tableRows.length - 2; i >= 0; i--) {
    if (tableRows[i].role !== 'total') continue;
    const whole = tableRows[i];
    if (passing(whole.row).passed >= passesLast) return undefined;
    const components = tableRows.slice(i + 1).map((t) => t.row);
    return passesLast === columns || sumsTo(compareSum(sums, whole.row, components)) ? whole : undefined;
  }
  return undefined;
}

/**
 * Where a 其中 row's name starts, after its indent and its marker (其中：), in indentOf's units: the marker as compact
 * text (其中:) or, `asTyped`, as typed (其中：, its colon as wide as a character), where the next list's names align.
 */
function nameIndent(raw: string, compact: string, lexicon: Lexicon, asTyped = false): number {
  const length = compact.length - splitOfWhich(compact, lexicon).text.length;
  const marker = asTyped ? raw.trimStart().slice(0, length) : compact.slice(0, length);
  return indentOf(raw) + markWidth(marker);
}

/** How wide a mark is typed, in indentOf's units: a full-width character (其, ：) as two spaces. */
function markWidth(marker: string): number {
  let width = 0;
  for (const ch of marker) width += ch.charCodeAt(0) > 0xff ? 2 : 1;
  return width;
}

/**
 * Whether a row is a page line (第 1 页 共 3 页, or 续表, in every cell it fills) or the table's header typed again (序号 |
 * 所属乡镇 | 企业名称 | 从业人员 …, in two cells at least and half the header's), or its column numbers: a report exported
 * page by page repeats them, and the unit line above the header (单位：万元).
 */
function pageBreakRows(reading: LayoutReading, hasFigure: (row: (Cell | null)[]) => boolean) {
  const { sheet, layout, lexicon } = reading;
  // Any row of the header may be repeated: a second table's parent row (乡镇 | 非公有制企业 | 社会组织) over its own.
  const headers = layout.headerRows.map((r) => (sheet.rows[r] ?? []).map((c) => compactText(cellText(c))));
  const filledTexts = (r: number) => (sheet.rows[r] ?? []).map((c) => compactText(cellText(c))).filter((t) => t !== '');
  // A page's own line (第 2 页), a continuation mark alone (续表), or the table's title typed again with one
  // (…主要经济指标（按行业分）（续表）).
  const titles = new Set(layout.titleRows.map((r) => filledTexts(r).join('')));
  const pageLine = (t: string) => {
    if (lexicon.pageLine.test(t)) return true;
    const mark = lexicon.continuation.exec(t);
    return mark !== null && (mark.index === 0 || titles.has(t.slice(0, mark.index)));
  };
  // The row numbering the columns, typed again under the header (甲 | 1 | 2 | 3): figures, but none of the table's.
  const numberRow = layout.columnNumberRow;
  const numbering = numberRow === undefined ? undefined : filledTexts(numberRow).join('|');
  const breaks = (r: number): boolean => {
    const row = sheet.rows[r] ?? [];
    const figures = hasFigure(row);
    // A row of figures is read no further, but where the column numbers may be typed again: a ledger's 50,000 rows.
    const renumbers = numberRow !== undefined && r > numberRow;
    if (figures && !renumbers) return false;
    const texts = row.map((c) => compactText(cellText(c)));
    const filled = texts.filter((t) => t !== '');
    if (renumbers && filled.join('|') === numbering) return true;
    if (figures) return false;
    if (filled.length > 0 && filled.every(pageLine)) return true;
    // A unit line right above a page line or the header typed again.
    if (filled.length > 0 && filled.every((t) => lexicon.unitRow.test(t))) {
      let next = r + 1;
      while (next < sheet.rows.length && filledTexts(next).length === 0) next++;
      return next < sheet.rows.length && breaks(next);
    }
    return headers.some((header) => {
      const same = texts.filter((t, c) => t !== '' && t === header[c]).length;
      return same >= 2 && same * 2 >= header.filter((t) => t !== '').length && same === filled.length;
    });
  };
  return breaks;
}

/**
 * A 其中 row named after its whole, the row above (城关区 | 城关区其中：城乡居民生活用电, indented; 全市 | 全市其中：…), is read as
 * `其中：城乡居民生活用电`: the part of that row, not a region of its own, nor a second 全市.
 */
function withoutWholeName(raw: string, whole: string | undefined, lexicon: Lexicon): { raw: string; label: string } {
  const label = compactText(raw);
  if (!whole || label.length <= whole.length || !label.startsWith(whole)) return { raw, label };
  const rest = label.slice(whole.length);
  if (!lexicon.ofWhich.test(rest)) return { raw, label };
  return { raw: raw.slice(0, raw.length - raw.trimStart().length) + rest, label: rest };
}

/** Whether a row's label names a rate, by its unit or its words (参训率（%）, 党组织覆盖率). */
const isRateRow = (label: string, lexicon: Lexicon): boolean =>
  isRateUnit(labelUnit(label, lexicon), lexicon) || lexicon.rate.test(label);

/** Whether a row's label brackets a rate unit (税收收入占比（%）). */
const inPercent = (t: NestingRow, lexicon: Lexicon): boolean => isRateUnit(labelUnit(t.compact, lexicon), lexicon);

/**
 * A row of per cents among amounts (税收收入占比（%） under 一般公共预算收入, beside 税收收入 and 非税收入), or of a rate by
 * its words (物业企业党组织覆盖率 indented under 物业服务企业数), is checked row by row but summed into no total and
 * nested under no row, unless a total is in per cents too (构成 合计（%） over 第一产业（%） …).
 */
function dropPercentRows(tableRows: NestingRow[], lexicon: Lexicon): void {
  const rate = (t: NestingRow) => inPercent(t, lexicon) || isRateRow(t.compact, lexicon);
  if (tableRows.some((t) => t.role !== 'region' && rate(t))) return;
  let kept = 0;
  for (const t of tableRows) if (t.role !== 'region' || !rate(t)) tableRows[kept++] = t;
  tableRows.length = kept;
}

/** One pass over the data rows: region, total, 其中 and note rows. */
export function readRows(
  reading: LayoutReading,
  firstDataRow: number,
  columns: HeaderColumn[],
  reader: RowReader,
  tableWidth: number,
  /** The row the table ends before (the next table's first row). */
  end = reading.sheet.rows.length,
): void {
  const { sheet, layout, lexicon } = reading;
  const wideMerges = new Map<number, Merge>();
  for (const m of sheet.merges) if (m.top >= firstDataRow && m.right > m.left) wideMerges.set(m.top, m);
  const tableRows: NestingRow[] = [];
  const partsOf = new Map<number, number[]>();
  const hasFigure = (row: (Cell | null)[]) => columns.some((c) => cellKind(row[c.col], lexicon) === 'number');
  const sums = sumReader(reading, columns);
  // Asked only where a 其中 row under a total is followed by a region: a long ledger has none. Once for the first row
  // typed deeper than the list's 其中 row and once for the first that is not (其中：非公有制企业 | 社会组织, typed
  // deeper | 城关镇).
  const membersFollow = new Map<string, boolean>();
  const followedByMembers = (whole: number, from: number, deeper: boolean) => {
    const key = `${whole}:${deeper}`;
    let follow = membersFollow.get(key);
    if (follow === undefined)
      membersFollow.set(key, (follow = membersFollowParts(reading, reader, whole, from, end, sums)));
    return follow;
  };
  // Asked of a list under a 小计 only, once for the row after its 其中 rows: the list ends there or runs on.
  const closedAt = new Map<number, boolean>();
  const nextGroup = (whole: number, from: number) => {
    if (roleOf(rowLabel(reading, reader, whole)) !== 'subtotal') return false;
    let closed = closedAt.get(whole);
    if (closed === undefined) closedAt.set(whole, (closed = closedBySubtotal(reading, reader, from, end, sums)));
    return closed;
  };
  // The last labelled non-其中 row, and the breakdown a 其中 row opened under it.
  let lastWhole: { row: number; indent: number; total: boolean } | undefined;
  /**
   * The open 其中 list: its whole, and where its 其中 row is indented. A list under one of another's parts (60岁及以上 |
   * 其中：65岁及以上) runs on where its rows reach its name's indent (`name`), or pass its 其中 and the other list's
   * names (`items`: 其中：住户贷款 | 其中：短期贷款 | 中长期贷款, typed short of 短期贷款), the other list kept as `outer`.
   */
  let breakdown:
    | {
        row: number;
        indent: number;
        excelIndent: number;
        total: boolean;
        name?: number;
        items?: number;
        level?: { indent: number; excelIndent: number };
        levelAdds?: boolean;
        /** The row after its items that completes them, or -1 (see completingRow). */
        completes?: number;
      }
    | undefined;
  let outer: typeof breakdown;
  /** The last 其中 row and where it is indented. */
  let lastPart: { row: number; indent: number; excelIndent: number } | undefined;
  let terms: { indent: number; excelIndent: number } | undefined;
  const termRows: number[] = [];
  let memoFrom: number | undefined;
  let inNotes = false;
  const pageBreak = pageBreakRows(reading, hasFigure);
  // A row numbered as a list's whole is, or above it (四、其他机构 after 三、专业公共卫生机构's 其中 list), is the whole's
  // sibling, however its figures fill the gap the list leaves.
  const numberingAt = (row: number) => labelNumbering(lexicon, compactText(rowLabel(reading, reader, row)));
  const numberedAsWhole = (whole: number, label: string) => {
    const level = labelNumbering(lexicon, label);
    if (level === undefined) return false;
    const wholeLevel = numberingAt(whole);
    return wholeLevel !== undefined && level <= wholeLevel;
  };
  // The row a numbered whole's next sibling is numbered on (四、 after 三、's 其中 list), or a total's: read once per whole.
  const nextNumbered = new Map<number, number>();
  const siblingNumberedAt = (whole: number, from: number) => {
    let at = nextNumbered.get(whole);
    if (at === undefined) {
      const wholeLevel = numberingAt(whole);
      at = -1;
      for (let k = from; wholeLevel !== undefined && k < end && at < 0; k++) {
        const text = compactText(rowLabel(reading, reader, k));
        if (labelRole(text, lexicon) !== 'region') break;
        const level = labelNumbering(lexicon, text);
        if (level !== undefined && level <= wholeLevel) at = k;
      }
      nextNumbered.set(whole, at);
    }
    return at;
  };
  // A row of no number before that sibling (三、乡村建设 | 其中：农村道路 | 农村饮水安全 | 四、易地搬迁后续扶持) is more of the
  // whole's list, the numbers naming its siblings, where it stays within the whole.
  const beforeNumberedSibling = (whole: number, r: number, label: string) =>
    labelNumbering(lexicon, label) === undefined && r < siblingNumberedAt(whole, r) && withinWhole(sums, whole, r);
  // A category's 合计 among subtotals (网络直播小计 | 外卖配送合计 | 货运物流小计 | 总计) is one more of them, its rows found
  // by the sums as theirs are; elsewhere such a row is one of the list (收入合计 beside 支出合计). Looked for once, where
  // a row names one.
  // A total word after what it totals (外卖配送合计, 临川合计).
  const namesWhatItTotals = (label: string) => totalledName(totalLabelKey(label, lexicon), lexicon) !== undefined;
  const roleOf = (label: string) => {
    const role = labelRole(label, lexicon);
    const categoryTotal = role === 'region' && namesWhatItTotals(label);
    return categoryTotal && amongSubtotals() ? 'subtotal' : role;
  };
  let subtotalsListed: boolean | undefined;
  const amongSubtotals = () => {
    for (let k = firstDataRow; k < end && subtotalsListed === undefined; k++)
      if (labelRole(compactText(rowLabel(reading, reader, k)), lexicon) === 'subtotal') subtotalsListed = true;
    return (subtotalsListed ??= false);
  };
  const pageRows: number[] = [];
  // The section an industry's division is listed under (C 制造业 | 14 食品制造业): see industryCode.
  let section: string | undefined;
  // The rows after a 其中 row, at its indent, adding up to its whole are the whole's members, not more of its items
  // (从业人员期末人数 | 其中：女性 | 在岗职工 | 劳务派遣人员 | 其他从业人员): read once per list. Rows typed deeper among
  // them are their own items (第二产业 | 其中：工业 | #技术改造投资 | 第三产业).
  const levelRunAddsUp = (open: NonNullable<typeof breakdown>, from: number) => {
    if (open.levelAdds === undefined && open.level) {
      const { level } = open;
      const run: number[] = [];
      for (let k = from; k < end; k++) {
        const typed = indentOf(rowLabel(reading, reader, k));
        const excel = labelIndent(reader, sheet.rows[k] ?? [], k, sheet.rows);
        if (run.length > 0 && isDeeper(typed, excel, level.indent, level.excelIndent)) continue;
        if (typed !== level.indent || excel !== level.excelIndent) break;
        run.push(k);
      }
      // Of two columns, not where the rows pass the whole far in the other: overlapping items add up in one by chance
      // (中共党员 + 民营企业出资人 = 非公有制经济人士 in 上届 alone, 263 over 205 in 本届); a whole typed too large stays one.
      const c = compareSum(sums, open.row, run);
      open.levelAdds =
        run.length >= 2 && sumsTo(c) && (c.columns >= 3 || c.equal === c.columns || !passFar(sums, open.row, run));
    }
    return open.levelAdds;
  };
  // The rows after a 其中 list that complete it, adding up to its whole with its items in two columns or more, are more
  // of its items, typed flush as it is (武威市 | 其中：县级 | 乡镇（街道）级 | 村（社区）级), or at its indent under a total
  // whose members follow (合计 | 其中：县级 | … then each county's levels and 小计): the last of them, read once per list.
  const completingRow = (open: NonNullable<typeof breakdown>, from: number) => {
    if (open.completes === undefined) {
      open.completes = -1;
      const items = [...(partsOf.get(open.row) ?? [])];
      for (let k = from; k < end && k < from + MAX_COMPONENTS; k++) {
        const raw = rowLabel(reading, reader, k);
        const label = compactText(raw);
        if (label === '' || labelRole(label, lexicon) !== 'region' || !sums.hasFigures(k)) break;
        // Not a row typed short of the 其中 row (电气火灾 | 其中：电气线路故障, indented | 自燃): the whole's sibling.
        const excel = labelIndent(reader, sheet.rows[k] ?? [], k, sheet.rows);
        if (isDeeper(open.indent, open.excelIndent, indentOf(raw), excel)) break;
        if (compareSum(sums, open.row, [...items, k]).columns >= 2 && completesParts(sums, open.row, items, k, false)) {
          open.completes = k;
          break;
        }
        items.push(k);
      }
    }
    return open.completes;
  };

  // The rows from one on at its indent, two at least, add up to a row above (see runUnder).
  const deeperRunAddsUp = (whole: number, from: number, indent: number, excelIndent: number) => {
    const run: number[] = [];
    for (let k = from; k < end; k++) {
      const text = rowLabel(reading, reader, k);
      if (indentOf(text) !== indent || labelIndent(reader, sheet.rows[k] ?? [], k, sheet.rows) !== excelIndent) break;
      run.push(k);
    }
    return run.length >= 2 && sumsTo(compareSum(sums, whole, run));
  };

  for (let r = firstDataRow; r < end; r++) {
    const row = sheet.rows[r] ?? [];
    const kind = rowKind(reading, row, wideMerges.get(r), tableWidth);
    if (kind === 'empty') continue;
    // A report exported page by page: its page lines and the header repeated under them are as if absent.
    if (pageBreak(r)) {
      pageRows.push(r);
      continue;
    }
    // Lines after a note (`2. 本表…`) are notes too, unless they hold figures.
    if (kind === 'note' || (inNotes && !hasFigure(row))) {
      inNotes = true;
      layout.noteRows.push(r);
      continue;
    }
    const { raw, label } = withoutWholeName(rowLabel(reading, reader, r), tableRows.at(-1)?.compact, lexicon);
    const indent = indentOf(raw);
    const ofWhich = splitOfWhich(label, lexicon).ofWhich;
    const role = roleOf(label);
    const excelIndent = labelIndent(reader, row, r, sheet.rows);
    // Items typed under the 其中 row's name (其中：南丰工业园区 | 安化经济技术开发区, typed under 南丰): a row typed short
    // of them after one is no item (市辖区, flush left as 其中 is).
    const typedShortOfItems = (open: NonNullable<typeof breakdown>) =>
      open.items !== undefined && lastPart !== undefined && lastPart.indent >= open.items && indent < open.items;
    // A 其中 list under a total runs on to the next total: the total's members cannot follow its parts, unless the rows
    // from here add up to it, however deep they are typed (总计 | 其中：50人以上 | 营业收入 bands, indented deeper). Under
    // another row it runs on where a row is deeper than its 其中 row, or completes it (公务用车购置及运行费 | 其中：购置费 |
    // 运行费).
    const atLevel = (open: NonNullable<typeof breakdown>) =>
      open.level !== undefined && indent === open.level.indent && excelIndent === open.level.excelIndent;
    const continues = (open: typeof breakdown) =>
      open !== undefined &&
      role === 'region' &&
      label !== '' &&
      // A rate (小区党组织覆盖率 after 其中：已建立党组织的小区, typed at its indent) is no part of a count.
      !isRateRow(label, lexicon) &&
      !numberedAsWhole(open.row, label) &&
      (open.name !== undefined
        ? // Typed under the name in spaces, not shallower by Excel's indent (»»#党政主要领导干部 | 二、审计单位数, flush).
          (indent >= open.name && excelIndent >= open.excelIndent) ||
          (indent > open.indent && outer?.items !== undefined && indent > outer.items) ||
          // Where the outer list's items are typed at its 其中 row's indent (其中：税收收入 | 非税收入), so are the inner
          // list's (其中：增值税 | 企业所得税, at 增值税's 其中).
          (outer?.level !== undefined &&
            !isDeeper(open.indent, open.excelIndent, indent, excelIndent) &&
            isDeeper(indent, excelIndent, outer.level.indent, outer.level.excelIndent) &&
            withinWhole(sums, open.row, r))
        : open.total
          ? (!typedShortOfItems(open) &&
              !followedByMembers(open.row, r, isDeeper(indent, excelIndent, open.indent, open.excelIndent))) ||
            (atLevel(open) && r <= completingRow(open, r)) ||
            // Typed as the 其中 row is (全市合计 | 其中：企业 | 社会组织, all flush, then the counties' 小计), the row right
            // after the list that completes it is more of it, though the members follow; not the last of several
            // (合计 | 其中：园区 | the towns, which add up to it with 园区 by chance).
            (indent === open.indent && excelIndent === open.excelIndent && r === completingRow(open, r))
          : (isDeeper(indent, excelIndent, open.indent, open.excelIndent) && !nextGroup(open.row, r)) ||
            (atLevel(open) && withinWhole(sums, open.row, r) && !levelRunAddsUp(open, r)) ||
            beforeNumberedSibling(open.row, r, label) ||
            r <= completingRow(open, r) ||
            completesParts(
              sums,
              open.row,
              partsOf.get(open.row),
              r,
              lastPart !== undefined && isDeeper(lastPart.indent, lastPart.excelIndent, indent, excelIndent),
            ));
    // A statement's terms (减：营业成本 and the lines indented under it) compute the next line: no region, no part.
    if (lexicon.operatorRow.test(label)) terms = { indent, excelIndent };
    else if (terms && !(indent > terms.indent || excelIndent > terms.excelIndent)) terms = undefined;
    if (terms) {
      termRows.push(r);
      continue;
    }
    // A `#` row deeper than the part above it is that part's own part, as a nested 其中 is (60周岁及以上 | #65周岁及以上).
    const markedUnder =
      lastPart !== undefined &&
      lexicon.partMarker.test(label) &&
      isDeeper(indent, excelIndent, lastPart.indent, lastPart.excelIndent);
    // So is a row typed a character deeper than its list's names (其中：住户贷款 | 短期贷款, under 住户贷款's name), but
    // one over that part in most columns: a name typed a space off (其中：党委 | 党总支 30, 25 … over 党委's 7, 6 …) is
    // one more of the list's. A wrong figure passes its whole in one column, not in most. So is one that completes the
    // list (其中：公办养老机构 | 民办养老机构, typed a space past 公办: 17 = 10 + 7 in every column).
    const typedUnder =
      breakdown?.items !== undefined &&
      lastPart !== undefined &&
      indent >= breakdown.items + 2 &&
      !overMostly(sums, lastPart.row, r) &&
      !completesParts(sums, breakdown.row, partsOf.get(breakdown.row), r, false);
    // So are the rows typed deeper than the part above that add up to it (其中：已建立党组织的 | （1）单独组建 | （2）联合组建,
    // typed short of the list's names). Rows typed under the names are the list's (其中：生猪 | 家禽 | 水产, 3 + 1 = 4 in one
    // year of two by chance).
    const runUnder =
      breakdown !== undefined &&
      (breakdown.items === undefined || indent < breakdown.items) &&
      lastPart !== undefined &&
      isDeeper(indent, excelIndent, lastPart.indent, lastPart.excelIndent) &&
      deeperRunAddsUp(lastPart.row, r, indent, excelIndent);
    // A 其中 row typed short of its list's items that passes the last of them in most of two columns or more (其中：来信 |
    // 来访 | 网上信访, typed at 来信 | 其中：重复信访, two spaces in) is no part of that item: another list of the whole. In
    // one column, a wrong figure passes it as much (其中：税收收入 | 其中：增值税 typed over it).
    const anotherList =
      ofWhich &&
      breakdown?.items !== undefined &&
      indent < breakdown.items &&
      lastPart !== undefined &&
      compareSum(sums, lastPart.row, [r]).columns >= 2 &&
      overMostly(sums, lastPart.row, r);
    if (
      (ofWhich || markedUnder || typedUnder || runUnder) &&
      !anotherList &&
      breakdown &&
      !outer &&
      lastPart !== undefined &&
      isDeeper(indent, excelIndent, breakdown.indent, breakdown.excelIndent)
    ) {
      outer = breakdown;
      breakdown = { row: lastPart.row, indent, excelIndent, total: false, name: nameIndent(raw, label, lexicon) };
    } else if (ofWhich && lastWhole) {
      const whole = wholeAboveComponents(tableRows, { row: r, label: raw, indent: excelIndent }, sums);
      const open = whole ? { row: whole.row, total: whole.role === 'total' } : lastWhole;
      // Typed shallower than its whole (青山镇 indented, 其中：经济开发区 flush left), its list holds only rows deeper than
      // the whole: the next township, indented as 青山镇 is, is the whole's sibling.
      const wholeRow = sheet.rows[open.row] ?? [];
      const [wholeIndent, wholeExcel] = [
        indentOf(rowLabel(reading, reader, open.row)),
        labelIndent(reader, wholeRow, open.row, sheet.rows),
      ];
      breakdown = {
        row: open.row,
        total: open.total,
        indent: Math.max(indent, wholeIndent),
        excelIndent: Math.max(excelIndent, wholeExcel),
        items: nameIndent(raw, label, lexicon, true),
        // Typed deeper than its whole, the rows after it at its own indent are more of its items (其中：农业 | 林业).
        ...(isDeeper(indent, excelIndent, wholeIndent, wholeExcel) ? { level: { indent, excelIndent } } : {}),
      };
      outer = undefined;
    } else if (!continues(breakdown)) {
      breakdown = continues(outer) ? outer : undefined;
      outer = undefined;
    }
    if (breakdown) {
      lastPart = { row: r, indent, excelIndent };
      layout.partRows.push({ row: r, partOfRow: breakdown.row });
      const parts = partsOf.get(breakdown.row);
      if (parts) parts.push(r);
      else partsOf.set(breakdown.row, [r]);
      continue;
    }
    if (ofWhich) note(reading, 'layoutPartRowNoWhole', { row: r + 1 });
    lastPart = undefined;
    const leading =
      reader.leadingColumns.length === 0
        ? NO_TEXTS
        : reader.leadingColumns.map((c) => compactText(cellText(row[c]))).filter((text) => text !== '');
    const number = leading.length > 0 ? leading[0] : undefined; // not read past the end, which V8 makes slow
    const code =
      number !== undefined && leading.every((text) => DIGITS.test(text))
        ? leading.join('')
        : (CODE.exec(label)?.[1] ?? industryCode(number ?? label, section) ?? codeCell(reader, row, section));
    if (code?.length === 1) section = code;
    // A memo line (附：民间投资) and the rows after it hold figures of their own: checked row by row, summed into no total.
    memoFrom ??= lexicon.memoRow.test(label) ? r : undefined;
    if (memoFrom === undefined)
      tableRows.push({ row: r, role, label: raw, compact: label, indent: excelIndent, number, code });
    if (role === 'region' || memoFrom !== undefined) layout.regionRows.push(r);
    // A row of rates (参训率（%） between 参训党员人数 and 其中：流动党员参训) is no whole of the counts after it: the row
    // before it stays theirs.
    if (label === '') lastWhole = undefined;
    else if (!isRateRow(label, lexicon) || !lastWhole) lastWhole = { row: r, indent, total: role === 'total' };
  }
  // A place's total over every other row, no total beside it (试点地区合计 over the counties and their towns), or none
  // but plain 小计 (临川合计 over each county's towns and 小计): the table's total, whatever place it names; not one over
  // a breakdown opening on a blank category (自然保护区合计 | 国家级, blank | 省级 …), which heads its rows as a subtotal
  // does.
  const [first, second] = tableRows;
  if (
    first?.role === 'subtotal' &&
    lexicon.sumTotal.test(first.compact) &&
    second !== undefined &&
    hasFigure(sheet.rows[second.row] ?? []) &&
    tableRows.every(
      (t, i) => i === 0 || (t.role !== 'total' && (t.role !== 'subtotal' || !namesWhatItTotals(t.compact))),
    )
  )
    first.role = 'total';
  if (termRows.length > 0) note(reading, 'layoutTermRows', { rows: rowsText(reading, termRows) });
  if (pageRows.length > 0) {
    layout.pageRows = pageRows;
    note(reading, 'layoutPageRows', { rows: rowsText(reading, pageRows) });
  }
  if (memoFrom !== undefined) note(reading, 'layoutMemoRows', { row: memoFrom + 1 });
  dropPercentRows(tableRows, lexicon);
  readTotalByFigures(reading, tableRows, sums);
  readTotalsAmongRows(reading, tableRows, sums);
  const nesting = nestRows(reading, tableRows, sums);
  applyNesting(reading, tableRows, nesting, partsOf);
  subtotalsOverTheirLists(reading, tableRows, nesting, partsOf, sums);
  // A row naming a section may carry its code (331126103000 马坊乡 over its rows): no figure of the table's.
  const figureColumns = columns.filter((c) => !(c.notAdditive && lexicon.identifier.test(compactText(c.header))));
  // A row numbered in sequence with the rows around it (1 黄桥村 | 2 黄楼村, its figures blank | 3 吴楼村) is one of them
  // with nothing to report, no section's name.
  const at = new Map(tableRows.map((t, k) => [t.row, k]));
  const numbered = (k: number, n: number) =>
    DIGITS.test(tableRows[k]?.number ?? '') && Number(tableRows[k].number) === n;
  // Or numbered so by its label (（三）孙堡镇 | （四）枣林乡, blank | （五）潘家集乡).
  const ordinal = (k: number) =>
    k < 0 || k >= tableRows.length ? undefined : labelOrdinal(lexicon, tableRows[k].compact);
  const labelled = (k: number, level: number, n: number) => {
    const o = ordinal(k);
    return o !== undefined && o.level === level && o.n === n;
  };
  const inSequence = (row: number) => {
    const k = at.get(row) ?? -1;
    const n = Number(tableRows[k]?.number);
    const own = ordinal(k);
    return (
      (k >= 0 && DIGITS.test(tableRows[k].number ?? '') && numbered(k - 1, n - 1) && numbered(k + 1, n + 1)) ||
      (own !== undefined && labelled(k - 1, own.level, own.n - 1) && labelled(k + 1, own.level, own.n + 1))
    );
  };
  const namesSection = (row: number) =>
    figureColumns.every((c) => isEmptyCell(sheet.rows[row]?.[c.col])) && !inSequence(row);
  assignTotals(reading, tableRows, nesting, namesSection, sums);
  // Said once the totals took what they add up with (see assignTotals).
  if (nesting.unclear.size > 0)
    note(reading, 'layoutNestingUnclear', { rows: rowsText(reading, [...nesting.unclear]) });
  readPartialLists(
    reading,
    sums,
    reader.partialList,
    notesSay(reading, reading.lexicon.partialListNote),
    partsOf,
    tableRows,
  );
  readFlushItems(reading, sums, partsOf);
  splitSections(reading, sums, namesSection, new Set(pageRows));
  for (const [whole, parts] of partsOf)
    note(reading, 'layoutPartRows', { rows: rowsText(reading, parts), whole: whole + 1 });
  if (layout.noteRows.length > 0) note(reading, 'layoutNoteRows', { rows: rowsText(reading, layout.noteRows) });
}

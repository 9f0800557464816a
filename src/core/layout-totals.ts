import { compactTextAt, indentOf, isDeeper, note, noteTexts, rowsText, type LayoutReading } from './layout-cells';
import { labelNumbering, type Nesting, type NestingRow } from './layout-hierarchy';
import {
  compareSum,
  exactColumns,
  makesWhole,
  sumsTo,
  type RowFigures,
  type SumComparison,
  type SumReader,
} from './layout-sums';
import type { TotalRow } from './layout-types';
import { normaliseHeader } from './header';
import { dropFootnoteMarks, footnoted, labelRole, type Lexicon } from './lexicon';
import { phrase } from './messages';

/**
 * The members of every total and subtotal of the rows readRows read.
 *
 * Totals: a grand total (合计, 全省 …) sums the rows of its block — the rows below it when it is the first data row
 * (or the first after an earlier total), otherwise the rows since the previous total or the top. Subtotals (小计)
 * follow their rows unless the first 小计 comes before any region row, in which case each heads the rows below it.
 * A grand total over subtotals sums the subtotal rows plus the region rows under no subtotal. 其中 rows are never
 * members. Total and subtotal words come from the vocabulary (see totalLabelKey for the tolerated spellings).
 */

/**
 * The rows under a name merged down from a row's cell before the labels (党员数 over 合计 | 其中：教师党员), where that
 * name is neither a number (序号 | 一、) nor a total's: undefined where the row opens none.
 */
function namedGroup(reading: LayoutReading, rows: NestingRow[], i: number): NestingRow[] | undefined {
  const { lexicon, sheet, layout } = reading;
  const name = rows[i].number;
  if (name === undefined || /^\d+$/.test(name) || labelNumbering(lexicon, name) !== undefined) return undefined;
  if (labelRole(name, lexicon) !== 'region') return undefined;
  const row = rows[i].row;
  const merge = sheet.merges.find((m) => m.top === row && m.bottom > row && m.right < layout.labelColumn);
  return merge && rows.filter((t) => t.row > row && t.row <= merge.bottom);
}

/**
 * Members of every total and subtotal, by the rule in the module comment; a city over its districts (nesting) is a
 * subtotal of them, and a total sums the top level only.
 */
export function assignTotals(
  reading: LayoutReading,
  rows: NestingRow[],
  nesting: Nesting,
  /** A row naming a section (二、社会组织): its label only, every figure column empty. */
  namesSection: (row: number) => boolean,
  sums: SumReader,
): void {
  const { layout } = reading;
  const nested = nesting.members;
  const firstSubtotal = rows.findIndex((t) => t.role === 'subtotal' && !nested.has(t.row));
  const firstRegion = rows.findIndex((t) => t.role === 'region');
  const subtotalsHead = firstSubtotal >= 0 && (firstRegion < 0 || firstSubtotal < firstRegion);
  const underSubtotal = new Set<number>([...nesting.unclear, ...[...nested.values()].flat()]);
  const totals = new Map<number, TotalRow>();

  rows.forEach((t, i) => {
    if (t.role !== 'subtotal') return;
    const own = nested.get(t.row);
    if (own) {
      totals.set(i, { row: t.row, label: t.label.trim(), kind: 'subtotal', members: own });
      note(reading, 'layoutNestedRows', { rows: rowsText(reading, own), whole: t.row + 1 });
      return;
    }
    // A subtotal's rows run to the next row of another kind, or to a heading (沅宁市, its figures empty); a subtotal
    // indented deeper is one of them, its own rows not (梅坪市合计 over 市辖区小计 and the counties).
    const deeper = (o: NestingRow) => isDeeper(indentOf(o.label), o.indent, indentOf(t.label), t.indent);
    // A category with no figure right under a subtotal heading its rows (自然保护区合计 | 国家级, left blank | 省级 …) is
    // one of them that adds 0, not the next section's name: the rows after it are taken where they, or the nearest, add up.
    const blankFirst = subtotalsHead && i + 1 < rows.length && namesSection(rows[i + 1].row);
    // Rows indented under it end at a row of its own level (基层法院小计 | its courts indented | 铁路运输法院).
    const level = labelNumbering(reading.lexicon, t.compact);
    const run = (step: number, throughBlanks = false, withUnclear = false) => {
      const found: number[] = [];
      const first = step > 0 && blankFirst ? i + 2 : i + step;
      const indented = first >= 0 && first < rows.length && deeper(rows[first]);
      for (let j = first; j >= 0 && j < rows.length && (throughBlanks || !namesSection(rows[j].row)); j += step) {
        const o = rows[j];
        // A row numbered at its level is its sibling (1.各区合计 | (1)河阳区 … | 2.县（市）).
        if (level !== undefined && (labelNumbering(reading.lexicon, o.compact) ?? Infinity) <= level) break;
        if (o.role === 'subtotal' && totals.has(j) && deeper(o)) found.push(o.row);
        else if (o.role !== 'region' || (indented && !deeper(o))) break;
        else if (!underSubtotal.has(o.row) || (withUnclear && nesting.unclear.has(o.row))) found.push(o.row);
      }
      return step > 0 ? found : found.reverse();
    };
    // The sheet's first subtotal says on which side subtotals have their rows, unless the sums say otherwise for
    // one (总计 | 市本级 | 县（市、区）小计 | the counties: the subtotal heads its rows, 市本级 is the total's own).
    let members = run(subtotalsHead ? 1 : -1);
    // Rows the nesting left unclear (城关区 | 临江市 typed an Excel indent deeper than 青石县, all three under 市区小计) are
    // the subtotal's where, counted flat, its rows, or the nearest of them, add up to it.
    const flat = run(subtotalsHead ? 1 : -1, false, true);
    if (flat.length > members.length && !sumsTo(compareSum(sums, t.row, members))) {
      const adding = sumsTo(compareSum(sums, t.row, flat)) ? flat : nearestAddingUp(sums, t.row, flat, subtotalsHead);
      if (adding.length >= 2 && adding.some((r) => nesting.unclear.has(r)) && sumsTo(compareSum(sums, t.row, adding)))
        members = takeUnclear(nesting, adding);
    }
    // A place that reported nothing (平安镇, its figures blank) among the rows is one of them that adds 0, where the
    // rows past it add up with the ones before.
    if (!sumsTo(compareSum(sums, t.row, members))) {
      const throughBlanks = run(subtotalsHead ? 1 : -1, true);
      const reported = throughBlanks.filter((r) => !namesSection(r));
      if (reported.length > members.length && sumsTo(compareSum(sums, t.row, reported))) {
        members = reported;
        throughBlanks.forEach((r) => underSubtotal.add(r));
      }
    }
    if (!sumsTo(compareSum(sums, t.row, members))) {
      const other = run(subtotalsHead ? -1 : 1);
      // So on the other side, counted flat (街道小计 over 云太街道 in full-width spaces, 仁云街道 an Excel indent in …).
      const otherFlat = run(subtotalsHead ? -1 : 1, false, true);
      if (other.length > 0 && sumsTo(compareSum(sums, t.row, other))) members = other;
      else if (
        otherFlat.length >= 2 &&
        otherFlat.some((r) => nesting.unclear.has(r)) &&
        sumsTo(compareSum(sums, t.row, otherFlat))
      )
        members = takeUnclear(nesting, otherFlat);
      else {
        // The rows nearest it on either side that add up to it (县本级 | 街道小计 | its streets | 乡镇 | its towns).
        const near = nearestAddingUp(sums, t.row, members, subtotalsHead);
        const nearOther = nearestAddingUp(sums, t.row, other, !subtotalsHead);
        const adds = (run: number[]) => run.length > 0 && sumsTo(compareSum(sums, t.row, run));
        members = !adds(near) && adds(nearOther) ? nearOther : near;
      }
    }
    if (blankFirst && !sumsTo(compareSum(sums, t.row, members))) members = [];
    // A subtotal below its run in every column does not sum it (青阳县 over 街道小计 | 城北街道, blank | 中山街道): a wrong
    // figure breaks one column, and its rows are elsewhere.
    if (members.length > 0 && belowInEvery(compareSum(sums, t.row, members))) members = [];
    members.forEach((m) => underSubtotal.add(m));
    totals.set(i, { row: t.row, label: t.label.trim(), kind: 'subtotal', members });
  });

  rows.forEach((t, i) => {
    if (t.role !== 'total') return;
    let start = i;
    while (start > 0 && rows[start - 1].role !== 'total') start--;
    let end = i + 1;
    while (end < rows.length && rows[end].role !== 'total') end++;
    // A total under a name of the column before the labels (党员数 | 合计 | 其中：教师党员, regions as columns) is that
    // name's: it sums the rows under the name only, not the other indicators above it.
    const group = namedGroup(reading, rows, i);
    const below = group ?? rows.slice(i + 1, end);
    // The next section's name after a total's rows is none of them.
    while (below.length > 0 && namesSection(below[below.length - 1].row)) below.pop();
    const countable = (block: NestingRow[]) =>
      block.filter((b) => (b.role === 'subtotal' || b.role === 'region') && !underSubtotal.has(b.row));
    const addsUp = (block: NestingRow[]) =>
      sumsTo(
        compareSum(
          sums,
          t.row,
          block.map((b) => b.row),
        ),
      );
    // Under a section's name, a total heads that section's rows; so does one its rows above do not add up to and its
    // rows below do (全镇 | its villages, town after town, each 全镇 after the villages of the town before).
    const [above, under] = [group ? [] : countable(rows.slice(start, i)), countable(below)];
    const atTop =
      group !== undefined || start === i || namesSection(rows[i - 1].row) || (!addsUp(above) && addsUp(under));
    // A total under sections each headed by a total of its own (城关镇 | 合计 | its kinds, town after town, then 总计)
    // sums those totals, where its rows above do not add up to it.
    const sectionTotals = rows.filter(
      (b, k) => k < i && b.role === 'total' && (k === 0 || namesSection(rows[k - 1].row)),
    );
    const ofSections = !atTop && sectionTotals.length >= 2 && !addsUp(above) && addsUp(sectionTotals);
    let rowsOf = ofSections
      ? sectionTotals.map((b) => b.row)
      : leaveOutContained(reading, sums, t.row, atTop ? under : above);
    // Rows the nesting left unclear (安乐县 typed two spaces in under 永和县) are the total's where, counted flat, its
    // rows add up to it.
    const flat = (atTop ? below : rows.slice(start, i)).filter(
      (b) =>
        (b.role === 'subtotal' || b.role === 'region') && (!underSubtotal.has(b.row) || nesting.unclear.has(b.row)),
    );
    if (
      !ofSections &&
      flat.some((b) => nesting.unclear.has(b.row)) &&
      !group &&
      !addsUp(atTop ? under : above) &&
      addsUp(flat)
    )
      rowsOf = takeUnclear(
        nesting,
        flat.map((b) => b.row),
      );
    const own = ownFigures(sums, t.row, rowsOf);
    if (own) note(reading, 'layoutTotalOwnFigures', { row: t.row + 1, label: t.label.trim() });
    // Rows the nesting counts nowhere (indented under a row they neither add up to nor fit within), and the rows left
    // adding up to the total in no column of two or more, or in one at most of four or more (工业园区 after （二）乡镇's
    // towns, left out, holds a 0 in one): the table is misread, not wrong (一、街道 after its streets). So is it where
    // groups under headings of their own (按登记注册类型分 | 国有控股 | 股份制 …, which overlap) add up to it nowhere,
    // together or each alone, and where the rows are other indicators: numbered as the total is (一、住宅小区总数 |
    // 二、物业服务企业数), counts of other things, or in other units by the 单位 column (个 | 家 | 人).
    const groups = headedGroups(rowsOf, namesSection);
    const unclear = rows.slice(start, end).some((b) => nesting.unclear.has(b.row));
    const misread =
      !own &&
      [groups.all.flat(), ...groups.all].every((group) => addsUpNowhere(compareSum(sums, t.row, group))) &&
      (unclear || groups.headed || otherIndicators(reading, t, rows.slice(start, end), rowsOf));
    if (misread)
      note(reading, unclear ? 'layoutTotalMisread' : 'layoutTotalAddsUpNowhere', {
        row: t.row + 1,
        label: t.label.trim(),
      });
    const members = own || misread ? [] : rowsOf;
    totals.set(i, { row: t.row, label: t.label.trim(), kind: 'total', members });
    note(reading, 'layoutTotalRow', {
      row: t.row + 1,
      label: t.label.trim(),
      position: phrase(reading.lang, atTop ? 'positionTop' : 'positionBottom'),
      members: members.length > 0 ? rowsText(reading, members) : phrase(reading.lang, 'noRows'),
    });
  });

  layout.totalRows = [...totals.entries()].sort((a, b) => a[0] - b[0]).map(([, total]) => total);
  if (firstSubtotal >= 0) {
    const subtotals = layout.totalRows.filter((t) => t.kind === 'subtotal');
    // Said as the sums placed them: the first subtotal's side is only where the search began.
    const placed = subtotals.filter((s) => s.members.length > 0);
    const head = placed.length > 0 ? placed.every((s) => s.members.every((m) => m > s.row)) : subtotalsHead;
    note(reading, head ? 'layoutSubtotalsHead' : 'layoutSubtotalsFollow', {
      rows: rowsText(
        reading,
        subtotals.map((s) => s.row),
      ),
    });
  }
}

/** Rows in groups, each after its heading (a row naming a section), the headings left out; and whether any heading
 * heads a group of rows. */
function headedGroups(rows: number[], namesSection: (row: number) => boolean): { all: number[][]; headed: boolean } {
  const groups: number[][] = [[]];
  for (const row of rows)
    if (namesSection(row)) groups.push([]);
    else groups[groups.length - 1].push(row);
  // A heading over one row names that row's kind (计划单列市： | 海川市), not a group.
  return {
    all: groups.filter((group) => group.length > 0),
    headed: groups.slice(1).some((group) => group.length >= 2),
  };
}

/**
 * Whether a total's rows are indicators beside it: numbered at its level (一、住宅小区总数 | 二、物业服务企业数), counts
 * as it is, or in units of their own by the 单位 column (个 | 家 | 人).
 */
function otherIndicators(reading: LayoutReading, total: NestingRow, block: NestingRow[], rows: number[]): boolean {
  const { lexicon, sheet, layout } = reading;
  const listed = new Set(rows);
  const members = block.filter((b) => listed.has(b.row));
  const level = labelNumbering(lexicon, total.compact);
  if (level !== undefined && members.some((b) => labelNumbering(lexicon, b.compact) === level)) return true;
  // Counts of other things, as the total is one (住宅小区总数 | 物业服务企业数 | 业主委员会数 | 交叉任职人数).
  const counted = (b: NestingRow) => lexicon.countEnding.test(b.compact);
  if (members.length >= 2 && counted(total) && members.every(counted)) return true;
  const unitColumn = layout.unitColumn;
  if (unitColumn === undefined) return false;
  const unit = (row: number) => compactTextAt(sheet, row, unitColumn);
  return members.some((b) => unit(b.row) !== '' && unit(b.row) !== unit(total.row));
}

/** The rows add up to the whole in no column of two or more, or in one at most of four or more. */
const addsUpNowhere = (c: SumComparison) => c.columns >= 2 && c.equal * 4 <= c.columns;

/**
 * A total row at most its largest row in every column (two or more), two of its rows not zero: the whole area's own
 * figures (全市 monitoring days, 366, beside each county's 365), not their sum. A sum typed wrong passes its largest
 * part in some column still.
 */
function ownFigures(sums: SumReader, total: number, members: number[]): boolean {
  if (members.length < 2) return false;
  const stated = sums.figures(total);
  let columns = 0;
  for (let c = 0; c < stated.length; c++) {
    const whole = stated[c];
    if (whole === undefined) continue;
    let [figures, positive, largest] = [0, 0, -Infinity];
    for (const row of members) {
      const v = sums.figure(row, c);
      if (v === undefined) continue;
      figures++;
      if (v > 0) positive++;
      // Not Math.max(...): a ledger's 130,000 rows would overflow the call stack as arguments.
      if (v > largest) largest = v;
    }
    if (figures < 2) continue;
    if (positive < 2 || whole > largest) return false;
    columns++;
  }
  return columns >= 2;
}

// Members looked through for one already counted in another: a district table, not a ledger.
const MAX_CONTAINED_SEARCH = 200;

/**
 * A total's rows, leaving out those already counted in another (宁水高新技术产业园区, 已含在宁水县数据中): the last rows,
 * where each says so (see saidContained) and the others add up to the total in every column; the last rows of another
 * measure (年末常住人口（万人） and 人均场地面积（平方米） under the sports grounds), where the others add up likewise; the
 * last rows each within a row before them in every column (大类 after their 门类), likewise; else one row anywhere, where the rows do not add up to the total but all the others do, in every column of two (all but
 * one of three or more). Rows whose labels say they are counted in another (countedElsewhere) are left out first.
 */
function leaveOutContained(reading: LayoutReading, sums: SumReader, total: number, block: NestingRow[]): number[] {
  const members = block.map((b) => b.row);
  if (members.length < 3 || members.length > MAX_CONTAINED_SEARCH) return members;
  const leaveOut = (rows: NestingRow[], why: 'layoutContainedRow' | 'layoutOtherMeasureRow') => {
    for (const row of rows) note(reading, why, { row: row.row + 1, label: row.compact, total: total + 1 });
    return members.filter((r) => !rows.some((o) => o.row === r));
  };
  const { lexicon } = reading;
  // A heading among them (计划单列市：, no figure nor mark of its own) adds nothing and hides no figure; a row marked
  // none (集体 — —) still stands where the others are compared (see below).
  const compared = members.filter((r) => sums.hasFigures(r) || sums.marksNone(r));
  const all = compareSum(sums, total, compared);
  // Rows anywhere whose labels say they are counted in another (原红旗乡（已并入西河镇，参考）), where the others add up
  // as well as all the rows do: one column of two or more may hold a wrong figure, the words say which reading it is.
  const said = block.filter((t) => lexicon.countedElsewhere.test(t.compact));
  if (said.length > 0 && said.length <= block.length - 2) {
    const c = compareSum(
      sums,
      total,
      compared.filter((r) => !said.some((t) => t.row === r)),
    );
    if (c.equal >= all.equal && c.columns > 0 && (c.equal === c.columns || (c.columns >= 2 && sumsTo(c))))
      return leaveOut(said, 'layoutContainedRow');
  }
  // A row is told left out only where every row has a figure: one marked none where the others are compared (移动源 —
  // under 化学需氧量, its figures where 农业源 has none) is left out of no sum.
  if (sumsTo(all) || all.columns === 0) return members;
  const notes = noteTexts(reading.sheet, reading.layout);
  const contained = rowsAtEnd(sums, total, block, (t) => saidContained(lexicon, t, notes), true);
  if (contained) return leaveOut(contained, 'layoutContainedRow');
  const otherMeasures = rowsAtEnd(sums, total, block, (t) => statesOwnMeasure(lexicon, t));
  if (otherMeasures) return leaveOut(otherMeasures, 'layoutOtherMeasureRow');
  // Rows each within one before them, in every column (采矿业 | 制造业 | 电力… | 煤炭开采和洗选业: 大类 after the 门类
  // typed without 其中 or indent), where the rows before add up to the total.
  const withinEarlier = (t: NestingRow) =>
    block.some((o) => o.row < t.row && within(sums.figures(t.row), sums.figures(o.row)));
  const sublines = rowsAtEnd(sums, total, block, withinEarlier);
  if (sublines) return leaveOut(sublines, 'layoutContainedRow');
  const one = block.filter((b) => {
    if (!sums.figures(b.row).some((v) => v !== undefined && v !== 0)) return false;
    const c = compareSum(
      sums,
      total,
      compared.filter((r) => r !== b.row),
    );
    // Over three columns or more, one may hold a wrong figure.
    return c.columns >= 2 && (c.equal === c.columns || (c.columns >= 3 && sumsTo(c)));
  });
  return one.length === 1 ? leaveOut(one, 'layoutContainedRow') : members;
}

/** Whether a row's figures (one at least) are each non-negative and at most another row's in the same column. */
function within(figures: RowFigures, other: RowFigures): boolean {
  let compared = 0;
  for (let c = 0; c < figures.length; c++) {
    const v = figures[c];
    if (v === undefined) continue;
    const o = other[c];
    if (o === undefined || v < 0 || v > o) return false;
    compared++;
  }
  return compared > 0;
}

// Rows left out at the end of a total's block (zones after their districts, rows of another measure): at most this many.
const MAX_CONTAINED_AT_END = 3;

/**
 * The last rows of a total's block that each say they are none of its rows (`says`), when the rows before them add up
 * to the total in every column, even one (all but one of two or more): the words and the sums agree.
 */
function rowsAtEnd(
  sums: SumReader,
  total: number,
  block: NestingRow[],
  says: (t: NestingRow) => boolean,
  /** Whether a heading among the rows before is passed over: where the words say what the last rows are. */
  overHeadings = false,
): NestingRow[] | undefined {
  for (let k = 1; k <= MAX_CONTAINED_AT_END && block.length - k >= 2; k++) {
    const end = block.slice(-k);
    if (!end.every(says)) return undefined;
    // A heading among the rows before (开发区（园区）： over the zones, no figure of its own) adds nothing; where only the
    // figures speak, it heads another breakdown (按企业规模分), whose rows are no rows of the first's.
    const before = block
      .slice(0, -k)
      .map((t) => t.row)
      .filter((row) => !overHeadings || sums.hasFigures(row) || sums.marksNone(row));
    const c = compareSum(sums, total, before);
    // One column of two or more may hold a wrong figure: the words say so already.
    if (c.columns > 0 && (c.equal === c.columns || (c.columns >= 2 && sumsTo(c)))) return end;
  }
  return undefined;
}

/**
 * A row that says it may be counted in another: a zone by its name (经济技术开发区, 高新区), a row with a footnote mark
 * (高新区①), or one a note under the table names (注：经济技术开发区、滨江新区数据已分别包含在所在区县中).
 */
function saidContained(lexicon: Lexicon, t: NestingRow, notes: string[]): boolean {
  return (
    footnoted(t.compact, notes) || lexicon.zoneSuffixes.some((suffix) => dropFootnoteMarks(t.compact).endsWith(suffix))
  );
}

/** A row of a measure of its own: a unit in its label's bracket (年末常住人口（万人）) or a per-head word (人均…). */
function statesOwnMeasure(lexicon: Lexicon, t: NestingRow): boolean {
  return normaliseHeader(t.label, lexicon).unit !== undefined || lexicon.notAdditive.test(t.compact);
}

// Rows of a subtotal's run looked through for the ones that add up to it.
const MAX_SUBTOTAL_RUN = 200;

/** Whether a whole is below the sum of its rows in every column compared, two at least. */
const belowInEvery = (c: SumComparison): boolean => c.columns >= 2 && c.equal === 0 && c.above === 0;

/**
 * The rows of a subtotal's run nearest to it that add up to it, when the whole run does not: the run may end in rows
 * of the total's own (县（市）小计 | 青山县 | 云龙县 | 临江市 | 江州经济开发区, the zone a member of 全市). The whole run
 * when no part of it adds up.
 */
function nearestAddingUp(sums: SumReader, subtotal: number, run: number[], below: boolean): number[] {
  if (run.length > MAX_SUBTOTAL_RUN) return run;
  for (let n = run.length - 1; n >= 1; n--) {
    const near = below ? run.slice(0, n) : run.slice(run.length - n);
    const c = compareSum(sums, subtotal, near);
    if (makesWhole(c, n)) return near;
  }
  return run;
}

// A total told by its figures alone sums at least this many rows: two rows may add up to a third by chance.
const MIN_FIGURED_MEMBERS = 3;

/** The rows, now a total's: none of them is unclear any longer. */
function takeUnclear(nesting: Nesting, rows: number[]): number[] {
  for (const row of rows) nesting.unclear.delete(row);
  return rows;
}

/**
 * A table with no total word whose first or last row holds the sum of all the others (青川县 over its towns, the
 * province's own name over its cities): that row is the total. Only one of the two ends may qualify, and the sum must
 * hold on figures that are not all zero, in every column but one at most (the one a wrong figure is in). Subtotals
 * among the rows (东部片区小计 under its towns) are left out of the sum: the end row sums the places.
 */
export function readTotalByFigures(reading: LayoutReading, rows: NestingRow[], sums: SumReader): void {
  if (rows.some((t) => t.role === 'total')) return;
  // A mean row under the places (平均数 after 乡镇小计) is neither an end nor one of them.
  const counted = rows.filter((t) => t.role !== 'average');
  if (counted.length < MIN_FIGURED_MEMBERS + 1) return;
  const places = rows.filter((t) => t.role === 'region');
  const holdsFigures = (row: number) => sums.figures(row).some((v) => v !== undefined && v !== 0);
  // A row numbered on from the one before it (序号 8 | 9) is one more item of a ledger, whatever its figures add up to.
  const numberedOn = (t: NestingRow) => {
    const at = counted.indexOf(t);
    const before = counted[at - 1]?.number;
    return t.number !== undefined && before !== undefined && Number(t.number) === Number(before) + 1;
  };
  // In two columns, or in each, or exactly, or under a label ending as a total's (甲乙类合计): one column of two adding
  // up within its rounding is chance (年降水总量 110.9 ≈ 地表水 + 地下水 + 水资源总量 = 111.0 in 本年 alone).
  const sumsOthers = (t: NestingRow) => {
    if (!holdsFigures(t.row) || numberedOn(t)) return false;
    const others = places.filter((o) => o !== t).map((o) => o.row);
    const c = compareSum(sums, t.row, others);
    return (
      sumsTo(c) &&
      (c.equal >= 2 ||
        c.equal === c.columns ||
        reading.lexicon.sumTotal.test(t.compact) ||
        exactColumns(sums, t.row, others) > 0)
    );
  };
  const ends = [counted[0], counted[counted.length - 1]].filter((t) => t.role === 'region' && sumsOthers(t));
  if (ends.length !== 1 || places.filter((t) => t !== ends[0] && holdsFigures(t.row)).length < MIN_FIGURED_MEMBERS)
    return;
  const total = ends[0];
  total.role = 'total';
  reading.layout.regionRows = reading.layout.regionRows.filter((r) => r !== total.row);
  note(reading, 'layoutTotalByFigures', { row: total.row + 1, label: total.compact });
}

/**
 * A row named as a total that is one of another total's rows (全国 | 省级 | 市级 | 县级 | 乡级 | 合计, deputies by level;
 * 全省 | 全国 | 省级 …): the other's rows add up to it with that row counted and not without, and the row sums none of
 * them itself. It is read as a row, where the figures say so in most columns.
 */
export function readTotalsAmongRows(reading: LayoutReading, rows: NestingRow[], sums: SumReader): void {
  // A row of no figure (乡级, blank or — where 乡镇不设政协) adds 0.
  const addsUp = (total: NestingRow, members: NestingRow[]) =>
    sumsTo(
      compareSum(
        sums,
        total.row,
        members.filter((t) => sums.hasFigures(t.row)).map((t) => t.row),
      ),
    );
  const regionsFrom = (start: number) => {
    let end = start;
    while (end < rows.length && rows[end].role === 'region') end++;
    return rows.slice(start, end);
  };
  const amongRows = (total: NestingRow, named: NestingRow, others: NestingRow[]) =>
    others.length >= 2 && !addsUp(total, others) && addsUp(total, [named, ...others]) && !addsUp(named, others);
  rows.forEach((t, k) => {
    if (t.role !== 'total') return;
    const next = rows[k + 1];
    // Above the other's rows, the total at the foot; or under a total at the top, over its rows.
    const between = regionsFrom(k + 1);
    const bottom = rows[k + 1 + between.length];
    const named =
      bottom?.role === 'total' && amongRows(bottom, t, between)
        ? t
        : next?.role === 'total' && amongRows(t, next, regionsFrom(k + 2))
          ? next
          : undefined;
    if (!named) return;
    named.role = 'region';
    reading.layout.regionRows = [...reading.layout.regionRows, named.row].sort((a, b) => a - b);
    note(reading, 'layoutTotalAmongRows', { row: named.row + 1, label: named.compact });
  });
}

import { bracketAtEnd, compactText, splitOfWhich } from './header';
import {
  cellKind,
  cellText,
  columnsText,
  compactTextAt,
  isPercentCell,
  note,
  rowsText,
  titles,
  type LayoutReading,
} from './layout-cells';
import {
  buildColumnHeaders,
  carryUnitToPeriods,
  settlePartsByFigures,
  markPartColumns,
  notePartColumns,
  planColumns,
  toHeaderColumn,
  type ColumnSample,
} from './layout-columns';
import { readRows, rowKind } from './layout-rows';
import { findTable, nextTableStart, readPreamble } from './layout-table';
import { figureRows, type HeaderColumn, type SheetLayout, type TotalRow } from './layout-types';
import { isCountUnit, isRateUnit, namesPeriod, type Lexicon } from './lexicon';
import { readFigure } from './number';
import { columnFigures } from './sheet-model';
import type { Lang } from './report';
import type { Cell, Merge, SheetSnapshot } from './snapshot';
import { isScaledUnit } from './tolerance';

/**
 * Reads how a statistics sheet is laid out: title/unit/date rows, the one- or two-row header (and a unit row under
 * it), the label column, the data columns (with 其中 parts and rates), the region, total, 其中 and note rows. The
 * words it goes by are the rule set's vocabulary (the lexicon); its notes are worded in `lang`.
 *
 * Cost: the header is looked for in the top rows (layout-table.ts), column kinds are sampled from the first
 * SAMPLE_ROWS data rows, and every later row is looked at once (its label cell and first non-empty cell), so a
 * 50,000-row sheet is read in one linear pass (layout-rows.ts).
 */

const SAMPLE_ROWS = 200;

function emptyLayout(sheet: SheetSnapshot): SheetLayout {
  return {
    sheet: sheet.name,
    titleRows: [],
    headerRows: [],
    labelColumn: -1,
    columns: [],
    regionRows: [],
    totalRows: [],
    partRows: [],
    noteRows: [],
    notes: [],
    problems: [],
  };
}

/** Counts of figures, missing markers, texts and percent cells per column over the first data rows. */
function sampleColumns(
  reading: LayoutReading,
  firstDataRow: number,
  headerRows: number[],
  headerMerges: Merge[],
): { samples: ColumnSample[]; width: number } {
  const { sheet, lexicon } = reading;
  // Note rows are left out so a long 注 does not make a text column.
  const sampleRows: (Cell | null)[][] = [];
  let width = 0;
  for (const r of headerRows) width = Math.max(width, sheet.rows[r]?.length ?? 0);
  for (const m of headerMerges) width = Math.max(width, m.right + 1);
  // …and so are the lines after a note's first that hold no figure (注：1.… | 2.“—”表示…): read as names, they made a
  // column of group names (街道 | 建制镇) name as many as the towns beside it.
  let noted = false;
  for (let r = firstDataRow; r < sheet.rows.length && sampleRows.length < SAMPLE_ROWS; r++) {
    const row = sheet.rows[r] ?? [];
    const kind = rowKind(reading, row, undefined, Infinity);
    noted ||= kind === 'note';
    if (kind !== 'row' || (noted && !row.some((cell) => cellKind(cell, lexicon) === 'number'))) continue;
    sampleRows.push(row);
    width = Math.max(width, row.length);
  }
  const samples: ColumnSample[] = Array.from({ length: width }, () => ({
    numbers: 0,
    missing: 0,
    texts: 0,
    percents: 0,
    fractions: 0,
    years: 0,
    names: new Set<string>(),
  }));
  for (const row of sampleRows) {
    for (let c = 0; c < row.length; c++) {
      const kind = cellKind(row[c], lexicon);
      if (kind === 'number') {
        samples[c].numbers++;
        if (row[c] && isPercentCell(row[c] as Cell)) samples[c].percents++;
        const value = Number(compactText(cellText(row[c])));
        if (Number.isInteger(value) && value >= 1900 && value <= 2100) samples[c].years++;
        if (Number.isFinite(value) && !Number.isInteger(value)) samples[c].fractions++;
      } else if (kind === 'missing') samples[c].missing++;
      else if (kind === 'text') {
        samples[c].texts++;
        samples[c].names.add(compactText(cellText(row[c])));
      }
    }
  }
  return { samples, width };
}

export function readLayout(sheet: SheetSnapshot, lexicon: Lexicon, lang: Lang = 'en'): SheetLayout {
  const layout = emptyLayout(sheet);
  const reading: LayoutReading = { sheet, lexicon, lang, layout };
  const table = findTable(reading);
  if (!table) return layout;
  const { headerRows, firstDataRow } = table;
  layout.headerRows = headerRows;
  readPreamble(reading, headerRows[0]);
  if (headerRows.length >= 2)
    note(reading, 'layoutHeaderRows', { top: headerRows[0] + 1, bottom: headerRows[headerRows.length - 1] + 1 });
  else note(reading, 'layoutHeaderRow', { row: headerRows[0] + 1 });
  if (table.unitRow) note(reading, 'layoutUnitRowUnderHeader', { row: table.unitRow.row + 1 });
  if (table.columnNumberRow !== undefined) {
    layout.columnNumberRow = table.columnNumberRow;
    note(reading, 'layoutColumnNumberRow', { row: table.columnNumberRow + 1 });
  }

  const headerBottom = headerRows[headerRows.length - 1];
  const headerMerges = sheet.merges.filter((m) => m.top <= headerBottom && m.bottom >= headerRows[0]);
  const { samples, width } = sampleColumns(reading, firstDataRow, headerRows, headerMerges);
  const headers = buildColumnHeaders(reading, { rows: headerRows, merges: headerMerges }, width, table.unitRow?.units);
  const plan = planColumns(reading, headers, samples);
  layout.labelColumn = plan.labelColumn;
  // A 单位 column naming one unit is the sheet's unit; naming several, each row's (SheetModel.rowUnit).
  if (plan.unitColumn?.units.length === 1) layout.defaultUnit ??= plan.unitColumn.units[0];
  else if (plan.unitColumn) layout.unitColumn = plan.unitColumn.col;
  if (plan.textColumns.length > 0) layout.textColumns = plan.textColumns;
  layout.columns = plan.dataColumns.map((h) => toHeaderColumn(reading, h, samples[h.col]));
  unclaimedUnit(reading, firstDataRow);
  carryUnitToPeriods(lexicon, layout.columns, plan.dataColumns);
  const continued = markPartColumns(reading, layout.columns, plan.dataColumns);

  const labelMerges = new Map<number, Merge>();
  for (const m of sheet.merges) {
    if (m.top < firstDataRow || m.left > plan.labelColumn || m.right < plan.labelColumn) continue;
    for (let r = m.top, last = Math.min(m.bottom, sheet.rows.length - 1); r <= last; r++) labelMerges.set(r, m); // a merge to row 1048576 covers the rows there are
  }
  const leadingColumns = headers.filter((h) => h.col < plan.labelColumn).map((h) => h.col);
  // A column of codes right after the labels (行业名称 | 代码 | …): the rows' codes, where the labels carry none.
  const codeHeader = headers.find((h) => h.col === plan.labelColumn + 1);
  const codeColumn = codeHeader && lexicon.identifier.test(codeHeader.norm.join('')) ? plan.labelColumn + 1 : undefined;
  const labelHeader = headers.find((h) => h.col === plan.labelColumn)?.norm.join('') ?? '';
  const partialList = lexicon.partialListHeader.test(labelHeader) || titleNamesMainOnes(reading, labelHeader);
  const figureColumns = layout.columns.map((c) => c.col);
  layout.nextTable = nextTableStart(reading, firstDataRow, figureColumns, plan.labelColumn);
  if (layout.nextTable !== undefined) note(reading, 'layoutNextTable', { row: layout.nextTable + 1 });
  readRows(
    reading,
    firstDataRow,
    layout.columns,
    { labelColumn: plan.labelColumn, leadingColumns, labelMerges, partialList, codeColumn },
    width,
    layout.nextTable,
  );
  dropChangeRows(reading, new Set(figureColumns));
  readAveragedColumns(reading);
  readChangesOnly(reading);
  readComparableGrowth(reading);
  settlePartsByFigures(
    reading,
    layout.columns,
    continued,
    [...layout.regionRows, ...layout.totalRows.map((t) => t.row)],
    layout.partRows.map((p) => p.row),
  );
  notePartColumns(reading, layout.columns);
  return layout;
}

/**
 * Whether a title names the label column's items as only the main ones, a partial-list word a few characters before
 * the label header's text (主要A级景区接待情况 over 景区): their total holds the others too.
 */
function titleNamesMainOnes(reading: LayoutReading, labelHeader: string): boolean {
  if (labelHeader.length < 2) return false;
  return titles(reading).some((title) => {
    const text = compactText(title);
    const at = text.indexOf(labelHeader);
    for (let from = Math.max(0, at - 5); from < at; from++)
      if (reading.lexicon.partialListHeader.test(text.slice(from, at))) return true;
    return false;
  });
}

/**
 * A sheet of changes: its name, or a title's last bracket, is a change's label (`比上年增减`, `淮安市…（比上年增减）`).
 * Its columns are headed as the figures they change, so only the words around the table tell.
 */
function readChangesOnly(reading: LayoutReading): void {
  const { lexicon, layout } = reading;
  const says = (text: string | undefined) => text !== undefined && lexicon.changeRow.test(text);
  // A table whose own headers set changes apart (本月末 | 较上月增减) says which of its columns are changes.
  const namesChange = (part: string) => lexicon.signed.test(part) || lexicon.changeRow.test(part);
  if (layout.columns.some((c) => c.headerPath.some(namesChange))) return;
  if (![layout.sheet, bracketAtEnd(layout.sheet)].some(says) && !titles(reading).some((t) => says(bracketAtEnd(t))))
    return;
  layout.changesOnly = true;
  note(reading, 'layoutChangesOnly', {});
}

/**
 * Whether a note or a title says growth is on a comparable basis (see SheetLayout.comparableGrowth). A note's clause
 * naming rows of the table (规模以上工业增加值增速按可比价格计算，其余按现价计算) speaks of those rows only, not of the sheet.
 */
function readComparableGrowth(reading: LayoutReading): void {
  const { sheet, layout, lexicon } = reading;
  const { comparableGrowthNote } = lexicon;
  const clauses = layout.noteRows
    .flatMap((r) => (sheet.rows[r] ?? []).flatMap((cell) => compactText(cellText(cell)).split(/[。；;，,]/)))
    .filter((clause) => comparableGrowthNote.test(clause));
  const titled = titles(reading).some((t) => comparableGrowthNote.test(compactText(t)));
  if (clauses.length === 0 && !titled) return;
  // A clause naming rows of the table (地区生产总值（亿元）, its unit aside) speaks of those rows only.
  const nameOf = (r: number) =>
    splitOfWhich(compactTextAt(sheet, r, layout.labelColumn), lexicon).text.replace(
      /[(\uff08][^()\uff08\uff09]*[)\uff09]$/,
      '',
    );
  const named = figureRows(layout)
    .filter((r) => {
      const name = nameOf(r);
      return name.length >= 2 && clauses.some((clause) => clause.includes(name));
    })
    .sort((a, b) => a - b);
  if (!titled && named.length > 0) {
    layout.comparableGrowthRows = named;
    note(reading, 'layoutComparableGrowthRows', { rows: rowsText(reading, named) });
    return;
  }
  reading.layout.comparableGrowth = true;
  note(reading, 'layoutComparableGrowth', {});
}

// An average is told from a sum only over this many rows: between two figures lies the sum of a negative and more.
const MIN_AVERAGED_ROWS = 3;
// Indices on a base of 100 (上年=100) lie about it; counts or amounts all within this band beside them are rare.
const INDEX_BAND = [50, 200] as const;

/**
 * Columns under a title naming an average or an index: whose total lies between its rows' figures (分地区平均工资:
 * 全市 | 2024年/国有单位 …, a weighted average), or headed by a place only with every figure about 100 (居民消费价格指数
 * 上年=100: 全市 | 城市 | 农村). No total sums them, no 其中 row is within them. Neither title nor figures tell alone: a
 * title may name an average beside counts (人均GDP与常住人口), and a total typed with a digit lost lies between its rows.
 */
function readAveragedColumns(reading: LayoutReading): void {
  const { sheet, lexicon, layout } = reading;
  // A title naming the means of a column that names them itself (播种面积、产量及单产 over 单产（公斤/公顷）) says nothing
  // of the other columns.
  const ownNames = layout.columns
    .filter((c) => c.notAdditive)
    .map((c) => compactText(c.headerPath[c.headerPath.length - 1] ?? '').replace(/[（(][^（）()]*[）)]/g, ''))
    .filter((name) => name !== '');
  const titleRest = (title: string) => ownNames.reduce((rest, name) => rest.split(name).join(''), compactText(title));
  if (!titles(reading).some((t) => lexicon.notAdditive.test(titleRest(t)))) return;
  layout.titleNamesMeans = true;
  const value = (row: number, col: number) => {
    const figure = readFigure(sheet.rows[row]?.[col] ?? null, lexicon);
    return figure.kind === 'number' ? figure.value : undefined;
  };
  const averages = (total: TotalRow, col: number) => {
    const stated = value(total.row, col);
    let [low, high, count] = [Infinity, -Infinity, 0];
    for (const row of total.members) {
      const v = value(row, col);
      if (v === undefined) continue;
      [low, high, count] = [Math.min(low, v), Math.max(high, v), count + 1];
    }
    return stated !== undefined && count >= MIN_AVERAGED_ROWS && stated >= low && stated <= high;
  };
  const rows = [...layout.regionRows, ...layout.totalRows.map((t) => t.row)];
  const indices = (col: number) => {
    const figures = rows.map((r) => value(r, col)).filter((v) => v !== undefined);
    return figures.length >= MIN_AVERAGED_ROWS && figures.every((v) => v >= INDEX_BAND[0] && v <= INDEX_BAND[1]);
  };
  const open = layout.columns.filter((c) => !c.isRate && !c.notAdditive);
  const averaged =
    layout.totalRows.length > 0
      ? open.filter((c) => layout.totalRows.every((t) => averages(t, c.col)))
      : open.filter((c) => c.unit === undefined && indices(c.col));
  if (averaged.length === 0) return;
  for (const column of averaged) column.notAdditive = true;
  note(reading, layout.totalRows.length > 0 ? 'layoutAveragedColumns' : 'layoutIndexColumns', {
    columns: columnsText(
      reading,
      averaged.map((c) => c.letter),
    ),
  });
}

/**
 * A unit line listing several units (单位：个、亿元、%) gives the columns no header gives a unit the one unit left that no
 * header claims: 营业收入 | 上年 beside 企业单位数（个） and 增长（%） are in 亿元, rounded as such. Where a count unit is left
 * beside it (企业单位数 unmarked too), only the columns holding a figure with decimals take it, or whose header names no
 * count nor counted subject (营业收入 in whole 万元, not 亏损企业): a count is whole. Rate columns keep their own; where
 * two other units or none are left, or the one left is what a claimed unit scales (元 beside 万元), no column takes one.
 */
function unclaimedUnit(reading: LayoutReading, firstDataRow: number): void {
  const { layout, lexicon, sheet } = reading;
  if (!layout.unitsListed) return;
  const claimed = new Set(layout.columns.map((c) => c.unit));
  const left = layout.unitsListed.filter((u) => !claimed.has(u) && !isRateUnit(u, lexicon));
  const others = left.filter((u) => !isCountUnit(u, lexicon));
  if (others.length !== 1) return;
  // 元 left where a header claims 万元 (单位：人、万元、元): the columns naming neither may be in either.
  const scaledClaimed = [...claimed].some((u) => u !== undefined && u.endsWith(others[0]) && isScaledUnit(u, lexicon));
  if (scaledClaimed) return;
  const countLeft = others.length < left.length;
  const holdsDecimals = (col: number) => {
    const { values } = columnFigures(sheet, col, lexicon);
    for (let r = firstDataRow; r < values.length; r++)
      if (!Number.isNaN(values[r]) && !Number.isInteger(values[r])) return true;
    return false;
  };
  // 企业单位数, 从业人员, 亏损企业: a count by its ending or its subject.
  const namesCount = (c: HeaderColumn) =>
    lexicon.countEnding.test(c.rawHeader) ||
    lexicon.peopleEnding.test(c.rawHeader) ||
    lexicon.kindOf(c.rawHeader) !== undefined;
  // A header naming a band of the unit (35岁及以下, 46~55岁) counts what falls in it: beside one, only a column of
  // decimals is in the unit (平均年龄 45.7), the others in the count unit left, where one is (大专及以上, 中共党员: 人).
  const unit = others[0];
  const namesBand = (c: HeaderColumn) => {
    const at = c.rawHeader.indexOf(unit);
    return at > 0 && /\d/.test(c.rawHeader[at - 1]);
  };
  const unitless = () => layout.columns.filter((c) => c.unit === undefined && !c.isRate);
  const give = (given: string, columns: HeaderColumn[]) => {
    if (columns.length === 0) return;
    for (const column of columns) column.unit = given;
    note(reading, 'layoutUnclaimedUnit', {
      unit: given,
      columns: columnsText(
        reading,
        columns.map((c) => c.letter),
      ),
    });
  };
  if (!layout.columns.some(namesBand)) {
    give(
      unit,
      unitless().filter((c) => !countLeft || holdsDecimals(c.col) || !namesCount(c)),
    );
    return;
  }
  give(
    unit,
    unitless().filter((c) => holdsDecimals(c.col)),
  );
  const counts = left.filter((u) => isCountUnit(u, lexicon));
  if (counts.length === 1) give(counts[0], unitless());
}

/**
 * Rows of changes under their periods (安平县 本期 / 上年同期 / 增减, or 同比增长（%）), named by a text cell of the row:
 * their figures are neither counts nor rates and no total sums them, so every check passes them over.
 */
function dropChangeRows(reading: LayoutReading, figureColumns: Set<number>): void {
  const { sheet, lexicon, layout } = reading;
  // Only the text columns are looked at: a long table's figures are most of its cells.
  const width = layout.regionRows.reduce((w, r) => Math.max(w, (sheet.rows[r] ?? []).length), 0);
  const texts = Array.from({ length: width }, (_, c) => c).filter((c) => !figureColumns.has(c));
  // Compact, as the vocabulary writes its labels: 比上年增（减） as typed is 比上年增(减).
  const someText = (r: number, test: (text: string) => boolean) =>
    texts.some((c) => {
      const value = sheet.rows[r]?.[c]?.value;
      return typeof value === 'string' && test(compactText(value));
    });
  const changes = new Set(layout.regionRows.filter((r) => someText(r, (text) => lexicon.changeRow.test(text))));
  if (changes.size === 0) return;
  // A row naming a period alone right above a change row (总计 | 上年 | 增减（%）) is the other period of the row above it,
  // where that row names none (2020年 | 2019年 | 同比增长 are periods in rows).
  const period = (r: number) => someText(r, (text) => namesPeriod(text, lexicon));
  const periods = new Set(layout.regionRows.filter((r) => changes.has(r + 1) && period(r) && r > 0 && !period(r - 1)));
  const dropped = (r: number) => changes.has(r) || periods.has(r);
  layout.regionRows = layout.regionRows.filter((r) => !dropped(r));
  for (const total of layout.totalRows) total.members = total.members.filter((r) => !dropped(r));
  note(reading, 'layoutChangeRows', { rows: rowsText(reading, [...changes]) });
  if (periods.size > 0) note(reading, 'layoutOtherPeriodRows', { rows: rowsText(reading, [...periods]) });
}

import { bracketAtEnd, compactText } from './header';
import {
  cellKind,
  cellText,
  compactTextAt,
  isEmptyCell,
  isTextRow,
  mergeCovering,
  note,
  rowCellFields,
  rowCellTexts,
  rowStats,
  rowsText,
  type LayoutReading,
  type RowStats,
} from './layout-cells';
import { dropEnglishGloss, isGlossOf, isRateUnit, type Lexicon } from './lexicon';
import { phrase, type PhraseKey } from './messages';
import { readFigure } from './number';
import type { Cell, SheetSnapshot } from './snapshot';

/**
 * Where the table starts: the header rows above the first row of figures, and what stands above the header (title,
 * unit and date rows). Rows of figures are looked for in the top HEADER_SCAN_ROWS non-empty rows.
 */

const HEADER_SCAN_ROWS = 30;
/** The most rows a header may have (year | subject | measure | breakdown). */
const MAX_HEADER_ROWS = 4;

/** A column's number in brackets, compacted: （1） → (1). */
const BRACKETED_NUMBER = /^\((\d+)\)$/;

/** The `栏次` row some forms put under the header: its column-number labels then 1, 2, 3 … */
function isColumnNumberRow(row: (Cell | null)[], lexicon: Lexicon): boolean {
  let expected = 1;
  let labelled = false;
  // The most numbers in order of a block: blocks printed side by side each number from 1 after their label (甲 | 1 |
  // 2 | 甲 | 1 | 2), where one table's numbers run on past a label (1 | 乙 | 2 | 3).
  let block = 1;
  let afterLabel = false;
  const numbered = (n: number) => {
    if (n !== expected && !(afterLabel && n === 1)) return false;
    if (n !== expected) [block, expected] = [Math.max(block, expected), 1];
    expected++;
    afterLabel = false;
    return true;
  };
  // Past a blank column after the numbers, a text starts a table beside this one, its header a row lower (甲 | 1 … 6 |
  // blank | 机构类别 | 机构数（个）).
  let apart = false;
  for (const cell of row) {
    const kind = cellKind(cell, lexicon);
    if (kind === 'empty') {
      apart = expected > 2;
      continue;
    }
    // A dash before the numbers stands over a column no number is given (序号: — | 甲 | 1 | 2 …).
    if (kind === 'missing' && expected === 1) continue;
    const afterGap = apart;
    apart = false;
    const text = compactText(cellText(cell));
    // Numbered in brackets (甲 | （1） | （2）), which read as negatives where typed as numbers' text.
    const bracketed = BRACKETED_NUMBER.exec(text);
    // A column's number with how it is worked out (`5＝2＋4`, `6=5÷1`).
    const worked = /^(\d+)[=＝]/.exec(text);
    if (bracketed && numbered(Number(bracketed[1]))) continue;
    if (kind === 'number') {
      if (!numbered(typeof cell?.value === 'number' ? cell.value : Number(text))) return false;
    } else if (worked && numbered(Number(worked[1]))) continue;
    else if (lexicon.columnNumberLabel.test(text)) [labelled, afterLabel] = [true, true];
    else if (afterGap) break;
    else return false;
  }
  block = Math.max(block, expected);
  // Three numbers in order, or two beside a word that numbers columns (甲 | 1 | 2 over a table of two columns).
  return block > 3 || (labelled && block > 2);
}

function isDataRow(s: RowStats): boolean {
  // A ledger row may hold several text columns, so a third of figures is enough; header rows hold none.
  // A region that reported nothing (`—` throughout) is a data row too.
  const figures = s.numbers >= 1 || (s.missing >= 2 && s.missing * 2 >= s.nonEmpty);
  return figures && s.nonEmpty >= 2 && (s.numbers + s.missing) * 3 >= s.nonEmpty;
}

/** Rows after a ledger's row looked at for figures in its columns (see isLedgerRow). */
const LEDGER_ROWS_AHEAD = 3;

/**
 * A ledger's row: more text than figures (名称 | 代码 | 乡镇 | 行业 | 从业人员数 | 党员数 | 是否建立党组织 …), but two or more
 * figures, and figures again in two or more of their columns on the next rows, and in most: a unit's phone number may
 * be left out on the next (联系电话 of one with a party organisation, none of the next), and its 党员数 on a few (none
 * where no member is). A header has none under which the next rows have.
 */
function isLedgerRow(row: (Cell | null)[] | undefined, next: (Cell | null)[][], lexicon: Lexicon): boolean {
  let [figures, carried] = [0, 0];
  for (let c = 0; c < (row?.length ?? 0); c++) {
    if (cellKind(row?.[c] ?? null, lexicon) !== 'number') continue;
    figures++;
    if (next.some((other) => cellKind(other?.[c] ?? null, lexicon) === 'number')) carried++;
  }
  return figures >= 2 && carried >= 2 && carried * 3 >= figures * 2;
}

/** An as-of date or a dated label on any row; a bare date only on a row of one or two cells. */
export function isDateText(t: string, cellsInRow: number, lexicon: Lexicon): boolean {
  return lexicon.dateRow.test(t) || (cellsInRow <= 2 && lexicon.bareDate.test(t));
}

/** A unit, date, filer, note or title line: never a header row. Titles and bare dates stand on rows of 1–2 cells. */
export function isPreambleRow(row: (Cell | null)[] | undefined, lexicon: Lexicon): boolean {
  const texts = rowCellTexts(row);
  // `指标 | 2024年末` is a header: its date names the figure column beside the label column's header.
  const headed = texts.some((t) => lexicon.labelHeader.test(t));
  return (
    texts.some(
      (t) =>
        (!headed && isDateText(t, texts.length, lexicon)) ||
        lexicon.note.test(t) ||
        lexicon.filer.test(t) ||
        (texts.length <= 2 && lexicon.title.test(t)),
    ) || rowCellFields(row).some((t) => lexicon.unitRow.test(t))
  );
}

/** The year heading a column: 2016, typed as a number or as text, a footnote mark after it or not (`2006*`). */
export function yearOf(cell: Cell | null, lexicon: Lexicon): number | undefined {
  const f = readFigure(cell, lexicon);
  const year = f.kind === 'number' && !f.percent && Number.isInteger(f.value) && f.value >= 1900 && f.value <= 2100;
  return year ? f.value : undefined;
}

/** Whether a cell names a period: a year typed as a number (2023) or a date as text (`2023年`, `2024年6月末`). */
export function isPeriodCell(cell: Cell | null, lexicon: Lexicon): boolean {
  return yearOf(cell, lexicon) !== undefined || lexicon.bareDate.test(compactText(cellText(cell)));
}

/**
 * A row of years (2016, 2016, 2017, 2017) over a row of column names: the upper row of a two-row header, although
 * Excel holds the years as numbers. Besides the years it may hold one text cell (the label column's header).
 */
export function isYearRow(
  row: (Cell | null)[] | undefined,
  next: (Cell | null)[] | undefined,
  lexicon: Lexicon,
): boolean {
  let years = 0;
  let texts = 0;
  for (const cell of row ?? []) {
    const kind = cellKind(cell, lexicon);
    if (kind === 'empty') continue;
    if (kind === 'text') texts++;
    else if (kind === 'number' && yearOf(cell, lexicon) !== undefined) years++;
    else return false;
  }
  const below = rowStats(next, lexicon);
  return years >= 2 && texts <= 1 && isTextRow(below) && below.numbers === 0 && below.nonEmpty >= years;
}

/**
 * A row of years right over the figures (`| 2004 | 2005 | 2006* | Percent change`): the lowest header row, though
 * Excel holds its years as numbers. Before the first year stands nothing, the label column's header (`地区`, `指标
 * Item`: one year is enough under it), or any word over a series of three or more years (`Source | 1990 | 1991 |
 * 1992`): a region whose two figures happen to lie between 1900 and 2100 has its name there, and its figures are no
 * series. Years typed as text over figures typed as numbers (`'2022 | '2023`) are headings whatever stands before.
 */
function isYearHeaderRow(
  row: (Cell | null)[] | undefined,
  next: (Cell | null)[] | undefined,
  lexicon: Lexicon,
): boolean {
  const years: number[] = [];
  let label: string | undefined;
  let typedAsText = true;
  for (const cell of row ?? []) {
    const kind = cellKind(cell, lexicon);
    if (kind === 'empty') continue;
    const year = kind === 'number' ? yearOf(cell, lexicon) : yearWithUnit(cellText(cell));
    if (kind === 'missing' || (kind === 'number' && year === undefined)) return false;
    if (year !== undefined) {
      years.push(year);
      typedAsText &&= typeof cell?.value === 'string';
    } else if (years.length === 0) {
      const text = dropEnglishGloss(compactText(cellText(cell)));
      // A column of units or of numbers beside the labels (指标 | 单位 | 2021 | 2022) heads no figures.
      if (lexicon.unitHeader.test(text) || lexicon.sequenceHeader.test(text)) continue;
      if (label !== undefined) return false;
      label = text;
    }
  }
  if (label === undefined || lexicon.labelHeader.test(label)) return years.length >= (label === undefined ? 2 : 1);
  if (years.length >= 2 && typedAsText && (next ?? []).some((cell) => typeof cell?.value === 'number')) return true;
  return years.length >= 3 && isSeries(years);
}

/**
 * A year typed with the unit of the figures under it (`2023（元）`, two lines in one cell), or as text with its 年 beside
 * years typed as numbers (`2014年` | `2015年` | 2017 | 2018): a heading, as 2023 is.
 */
function yearWithUnit(text: string): number | undefined {
  const compact = compactText(text);
  const unit = bracketAtEnd(compact);
  const year = (unit === undefined ? /^(\d{4})\u5e74$/ : /^(\d{4})\u5e74?[\uff08(]/).exec(compact)?.[1];
  return year !== undefined && Number(year) >= 1900 && Number(year) <= 2100 ? Number(year) : undefined;
}

/** Years a step of one to ten years apart, in either direction, the whole series repeated or not (2006 2007 2006 2007). */
function isSeries(years: number[]): boolean {
  const step = years[1] - years[0];
  if (step === 0 || Math.abs(step) > 10) return false;
  return years.every((year, i) => i === 0 || year - years[i - 1] === step || year === years[0]);
}

const MAX_SECTION_ROWS = 3;

/** The columns of a row's non-empty cells. */
const filledColumns = (row: (Cell | null)[] | undefined) =>
  (row ?? []).flatMap((cell, col) => (isEmptyCell(cell) ? [] : [col]));

/**
 * The rows above the first figures without those naming a section on a row of their own (`Assets`, `Current assets:`,
 * `一、企业`): one text each, at or left of where the nearest row of more cells above them starts.
 */
function withoutSections(seen: number[], sheet: SheetSnapshot, lexicon: Lexicon): number[] {
  let last = seen.length - 1;
  while (last >= 0 && filledColumns(sheet.rows[seen[last]]).length === 1) last--;
  // More than a few rows of one text each are a note's lines (an explanation above a table), not sections.
  if (last < 0 || seen.length - 1 - last > MAX_SECTION_ROWS) return seen;
  // A column of sequence numbers (序号 | 指标名称) numbers no section: one starts at the names.
  const header = filledColumns(sheet.rows[seen[last]]);
  const numbered = lexicon.sequenceHeader.test(compactTextAt(sheet, seen[last], header[0]));
  const start = header[numbered && header.length > 1 ? 1 : 0];
  const sections = seen.slice(last + 1).every((r) => {
    const [col] = filledColumns(sheet.rows[r]);
    return col <= start && cellKind(sheet.rows[r]?.[col], lexicon) === 'text';
  });
  return sections ? seen.slice(0, last + 1) : seen;
}

/**
 * The units of a unit row under the header (`家 | 个 | %`, `(人) | (万元)`, `单位 | 个 | %`), by column; undefined when
 * any cell of the row is anything but a unit, or a label saying it is one (`（公顷） | # 公园绿地面积 | （个）` is the
 * lower row of a two-row header).
 */
export function unitsUnderHeader(row: (Cell | null)[] | undefined, lexicon: Lexicon): Map<number, string> | undefined {
  const units = new Map<number, string>();
  let others = false;
  (row ?? []).forEach((cell, col) => {
    // The row's label may say what it is (单位 | 个 | 个 | %).
    if (isEmptyCell(cell) || lexicon.unitHeader.test(compactText(cellText(cell)))) return;
    const text = compactText(cellText(cell));
    // Or a unit per unit the vocabulary need not list (元/人·月, 微克/立方米).
    const unit = lexicon.unitCell.exec(text)?.[1] ?? (lexicon.isRatioUnit(text) ? text : undefined);
    if (unit !== undefined) units.set(col, unit);
    else others = true;
  });
  return units.size >= 2 && !others ? units : undefined;
}

/**
 * A digit, or a letter of the scripts headers are written in (Latin, Greek, Cyrillic, kana, CJK, Hangul), spelled out:
 * the task pane runs in webviews without Unicode property escapes (Office 2019's Trident).
 */
const WORD_CHARACTER =
  /[0-9A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF\u3040-\u30FF\u3400-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF]/;

/** Rows under a header row a table's first figures may stand within (a second header row, a unit row). */
const HEADER_TO_FIGURES = 3;

/**
 * Where another table starts under this one's figures (`表2` stacked under `表1` on one sheet): a row heading two or
 * more of the figure columns (its one, if it has one) with texts only, its label cell empty, a label column's header or this table's (or any,
 * under a title line), with figures in the rows under it; moved up over its title. A blank row must part the two tables: a region that reported
 * `未填报` in every column stands among its neighbours. A header repeated (a statement's blocks, Revenue over Expenses
 * under the same columns) goes on with the same table, its relations running between the blocks, unless a unit of
 * its own is stated above it (人 above, % below: the same rows as shares).
 */
export function nextTableStart(
  reading: LayoutReading,
  firstDataRow: number,
  figureColumns: number[],
  labelColumn: number,
): number | undefined {
  const { sheet, lexicon } = reading;
  const rows = sheet.rows;
  const blank = (r: number) => filledColumns(rows[r]).length === 0;
  const heading = (r: number) => figureColumns.map((c) => compactText(cellText(rows[r]?.[c]))).join('\t');
  const labelOf = (r: number) => compactText(cellText(rows[r]?.[labelColumn]));
  const above = Array.from({ length: firstDataRow }, (_, r) => r);
  const ownHeading = new Set(above.map(heading));
  const ownLabels = new Set(above.map(labelOf));
  const unitsOf = (k: number) =>
    rowCellFields(rows[k]).flatMap((t) => {
      const unit = lexicon.unitRow.exec(t)?.[1];
      return unit === undefined ? [] : [unit];
    });
  const statesUnit = (k: number) => unitsOf(k).length > 0;
  const ownUnits = new Set(above.flatMap(unitsOf));
  // A header repeated under a unit of its own (（二）构成 … 单位：%, the table's being 人) heads another table.
  const otherUnit = (r: number) => {
    for (let k = r - 1; k > firstDataRow && !blank(k); k--) if (unitsOf(k).some((u) => !ownUnits.has(u))) return true;
    return false;
  };
  // Title lines above a table: one text, or one beside its unit; or its filer's line (填报单位：… | 填报日期：…, or
  // 报送单位：… | 联系电话：…), a period and the unit beside it (填报单位：… | （2022年度） | 单位：名、个).
  const titleLine = (k: number) => {
    const filled = filledColumns(rows[k]).length;
    const texts = rowCellTexts(rows[k]);
    const filer = texts.some((t) => lexicon.filer.test(t) || lexicon.note.test(t));
    const filerText = (t: string) =>
      lexicon.filer.test(t) ||
      lexicon.note.test(t) ||
      isDateText(t, texts.length, lexicon) ||
      (filer && (lexicon.bareDate.test(t) || lexicon.unitRow.test(t)));
    return filled === 1 || (filled === 2 && statesUnit(k)) || (texts.length > 0 && texts.every(filerText));
  };
  const isYear = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 1900 && v <= 2100;
  // A year typed as a number or as the text of one (2016 | 2017, left-aligned as headers are).
  const yearCell = (cell: Cell | null | undefined) =>
    isYear(typeof cell?.value === 'string' ? Number(compactText(cell.value) || NaN) : cell?.value);
  // A header of years under a label header word (项目 | 2022 | 2023 | 增减), its first cell.
  const yearsHeader = (row: (Cell | null)[]) => {
    const [first] = filledColumns(row);
    if (first === undefined || !lexicon.labelHeader.test(compactText(cellText(row[first])))) return false;
    return row.every((cell) => typeof cell?.value !== 'number' || isYear(cell.value)) && row.some(yearCell);
  };
  for (let r = firstDataRow + 1; r < rows.length; r++) {
    const row = rows[r] ?? [];
    // Most rows of a long table hold a number, and one that is no year: passed over without reading their texts.
    const numbered = figureColumns.some((c) => typeof row[c]?.value === 'number');
    if (numbered && !figureColumns.every((c) => typeof row[c]?.value !== 'number' || isYear(row[c]?.value))) continue;
    const years = yearsHeader(row);
    if (numbered && !years) continue;
    // Words (or years) head columns; a rule of `=====` under a statement's figures does not.
    const headed = figureColumns.filter(
      (c) =>
        (cellKind(row[c], lexicon) === 'text' && WORD_CHARACTER.test(cellText(row[c]))) || (years && yearCell(row[c])),
    );
    const label = labelOf(r);
    // Two at least, or the one a table of one figure column has (指标 | 单位 | 2024年, then 表2 under it), or one beside
    // this table's label header repeated (a 续表 of the columns too wide for the page: 县（市、区） | 研发经费投入强度（%）).
    const repeatsLabelHeader = label !== '' && ownLabels.has(label) && lexicon.labelHeader.test(label);
    if (headed.length < (repeatsLabelHeader ? 1 : Math.min(2, figureColumns.length))) continue;
    const s = rowStats(row, lexicon);
    if ((!years && s.numbers > 0) || s.missing > 0 || (ownHeading.has(heading(r)) && !otherUnit(r))) continue;
    const knownLabel = years || label === '' || ownLabels.has(label) || lexicon.labelHeader.test(label);
    let figures = false;
    for (let k = r + 1; k < Math.min(rows.length, r + 1 + HEADER_TO_FIGURES) && !figures; k++)
      figures = isDataRow(rowStats(rows[k], lexicon));
    if (!figures) continue;
    let start = r;
    // Its header's upper rows (时间 | 规上服务业营业收入 over 2022年 | 2023年 | 增长（%）).
    while (start - 1 > firstDataRow && isUpperHeaderRow(sheet, start - 1, start, lexicon)) start--;
    // Its title lines, and a blank row between them and its header (title | 填报单位 | 单位：个，人 | blank | 项目 …).
    const blankUnderTitle = () => start === r && start - 2 > firstDataRow && blank(start - 1) && titleLine(start - 2);
    while (start - 1 > firstDataRow && (titleLine(start - 1) || blankUnderTitle()))
      start -= titleLine(start - 1) ? 1 : 2;
    // A label header of its own (学历 under a table by 领域) heads another table only under a title of its own.
    if (!knownLabel && start === r) continue;
    if (start - 1 > firstDataRow && blank(start - 1)) return start;
  }
  return undefined;
}

export interface TableStart {
  headerRows: number[];
  firstDataRow: number;
  columnNumberRow?: number;
  /** A row of units under the header, and the unit it gives each column. */
  unitRow?: { row: number; units: Map<number, string> };
}

function problem(reading: LayoutReading, key: PhraseKey, vars: Record<string, string | number> = {}): void {
  // The sheet's name goes in front when the problem is printed (`sheet "表1": …`), not into the message.
  reading.layout.problems.push({ sheet: reading.sheet.name, message: phrase(reading.lang, key, vars) });
}

/** Finds the first data row and the header rows above it in the top rows of the sheet. */
export function findTable(reading: LayoutReading): TableStart | undefined {
  const { sheet, lexicon } = reading;
  let seen: number[] = [];
  let firstDataRow: number | undefined;
  let columnNumberRow: number | undefined;
  for (let r = 0; r < sheet.rows.length && seen.length < HEADER_SCAN_ROWS; r++) {
    const row = sheet.rows[r];
    const s = rowStats(row, lexicon);
    if (s.nonEmpty === 0) continue;
    if (
      (isDataRow(s) || isLedgerRow(row, sheet.rows.slice(r + 1, r + 1 + LEDGER_ROWS_AHEAD), lexicon)) &&
      !isYearRow(row, sheet.rows[r + 1], lexicon) &&
      !isYearHeaderRow(row, sheet.rows[r + 1], lexicon)
    ) {
      if (columnNumberRow === undefined && seen.length > 0 && isColumnNumberRow(row, lexicon)) {
        columnNumberRow = r;
        continue;
      }
      firstDataRow = r;
      break;
    }
    seen.push(r);
  }
  if (firstDataRow === undefined) {
    if (seen.length === 0) problem(reading, 'problemEmpty');
    else if (!sheet.rows.some((row) => row?.some((cell) => cellKind(cell, lexicon) === 'number')))
      problem(reading, 'problemTextOnly');
    else problem(reading, 'problemNoFigures', { count: HEADER_SCAN_ROWS });
    return undefined;
  }
  // A row numbering the columns in words or brackets (甲 | （1） | （2）) holds no figure: it stands under the header too.
  const numbering = seen[seen.length - 1];
  if (columnNumberRow === undefined && seen.length >= 2 && isColumnNumberRow(sheet.rows[numbering], lexicon)) {
    columnNumberRow = numbering;
    seen.pop();
  }
  // Sections named on rows of their own are passed over, then a row of units right under the header is read for the
  // units, and the header is looked for above it.
  seen = withoutSections(seen, sheet, lexicon);
  let unitRow: TableStart['unitRow'];
  const last = seen[seen.length - 1];
  const units = seen.length >= 2 ? unitsUnderHeader(sheet.rows[last], lexicon) : undefined;
  if (units) {
    unitRow = { row: last, units };
    seen.pop();
  }
  const gloss = seen[seen.length - 1];
  if (seen.length >= 2 && seen[seen.length - 2] === gloss - 1 && isGlossRow(sheet, gloss - 1, gloss)) {
    note(reading, 'layoutGlossRow', { row: gloss + 1 });
    seen.pop();
  }
  const lower = seen[seen.length - 1];
  if (lower === undefined) {
    problem(reading, 'problemNoHeader', { row: firstDataRow + 1 });
    return undefined;
  }
  const lowerRow = sheet.rows[lower];
  const lowerStats = rowStats(lowerRow, lexicon);
  const upper = seen[seen.length - 2];
  const headerRows =
    upper === lower - 1 && isUpperHeaderRow(sheet, upper, lower, lexicon)
      ? [upper, lower]
      : (isTextRow(lowerStats) && lowerStats.nonEmpty >= 2 && !isPreambleRow(lowerRow, lexicon)) ||
          isYearHeaderRow(lowerRow, sheet.rows[lower + 1], lexicon)
        ? [lower]
        : undefined;
  if (!headerRows) {
    problem(reading, 'problemNoHeader', { row: firstDataRow + 1 });
    return undefined;
  }
  // Deeper headers (社会组织总数 | 按类型分 | 社会团体 …): a row above the two is the header's too when it holds parents of
  // the row below it and a cell merged down to the header's last row (单位名称 over all three), as forms are drawn; a
  // title with a date beside it holds no such merge.
  for (let at = seen.indexOf(headerRows[0]); headerRows.length >= 2 && headerRows.length < MAX_HEADER_ROWS; at--) {
    const above = seen[at - 1];
    if (above !== headerRows[0] - 1 || !isUpperHeaderRow(sheet, above, headerRows[0], lexicon)) break;
    if (!sheet.merges.some((m) => m.top === above && m.bottom >= lower)) break;
    headerRows.unshift(above);
  }
  return { headerRows, firstDataRow, columnNumberRow, ...(unitRow ? { unitRow } : {}) };
}

/**
 * A row of English glosses under a Chinese header, cell for cell (乡镇 | 行政村数（个） over Township | Administrative
 * Villages), as bilingual yearbooks print them: the header is the Chinese row, the glosses name nothing more.
 */
function isGlossRow(sheet: SheetSnapshot, upper: number, lower: number): boolean {
  const [up, low] = [sheet.rows[upper] ?? [], sheet.rows[lower] ?? []];
  // A header cell merged down from the row above (县（市、区） over two header rows) is glossed on the row under both.
  const headerText = (c: number) => {
    const merge = mergeCovering(sheet.merges, upper, c);
    return compactText(cellText(merge && merge.top < upper ? sheet.rows[merge.top]?.[merge.left] : up[c]));
  };
  let glosses = 0;
  for (let c = 0; c < low.length; c++) {
    const gloss = compactText(cellText(low[c]));
    if (gloss === '') continue;
    if (!isGlossOf(gloss, headerText(c))) return false;
    glosses++;
  }
  return glosses >= 2;
}

/** Is the row above `lower` the parent row of a two-row header? (see the brief's CSV inference) */
function isUpperHeaderRow(sheet: SheetSnapshot, upper: number, lower: number, lexicon: Lexicon): boolean {
  const up = sheet.rows[upper] ?? [];
  const low = sheet.rows[lower] ?? [];
  const s = rowStats(up, lexicon);
  if (s.nonEmpty < 2 || !(isTextRow(s) || isYearRow(up, low, lexicon)) || isPreambleRow(up, lexicon)) return false;
  let lastLow = -1;
  for (let c = 0; c < low.length; c++) if (!isEmptyCell(low[c])) lastLow = c;
  // Two cells may be a title and a date over a one-row header: then only a header over both rows inside the
  // table counts (a vertical merge such as 地区), not cells that merely stand to the right of the lower row.
  const strict = s.nonEmpty === 2;
  let seenUpper = false;
  for (let c = 0; c < Math.max(up.length, low.length); c++) {
    const hasUp = !isEmptyCell(up[c]);
    const hasLow = !isEmptyCell(low[c]);
    if (hasUp && !hasLow && (!strict || c < lastLow)) return true;
    if (!strict && !hasUp && hasLow && seenUpper) return true;
    if (hasUp) seenUpper = true;
  }
  return false;
}

/**
 * Title, unit and date rows above the header. A unit row naming one unit sets the sheet's unit; one naming a unit
 * and a rate unit (`单位：人、‰`) gives the rate unit to rate columns and the other to the rest.
 */
export function readPreamble(reading: LayoutReading, headerTop: number): void {
  const { sheet, lexicon, layout } = reading;
  for (let r = 0; r < headerTop; r++) {
    const cells = rowCellTexts(sheet.rows[r]).length;
    if (cells === 0) continue;
    // A row is a title row when it holds anything besides a unit or a date (`XX统计表 … 截至6月底`).
    let hasTitle = false;
    for (const t of rowCellFields(sheet.rows[r])) {
      // Or a title ending with its units in brackets (…分季度收支（单位：万元、%）).
      const bracket = bracketAtEnd(t);
      const inTitle = bracket !== undefined && bracket.length < t.length - 2 ? lexicon.unitRow.exec(bracket) : null;
      const unit = lexicon.unitRow.exec(t) ?? inTitle;
      // Or by its unit alone in brackets (各县（市、区）养老保险参保人数（万人）); not a rate's (构成（%）, whose shares may
      // still add up).
      const titleUnit =
        !unit &&
        bracket !== undefined &&
        bracket.length < t.length - 2 &&
        lexicon.unitOf(bracket) &&
        !isRateUnit(bracket, lexicon)
          ? bracket
          : undefined;
      if (inTitle || titleUnit) hasTitle = true;
      const unitText = unit ? unit[1] : titleUnit;
      if (unitText !== undefined) {
        layout.unitRow = r;
        const units = unitText.split(/[\u3001,;/]+/).filter((u) => u !== '');
        const rateUnits = units.filter((u) => isRateUnit(u, lexicon));
        const others = units.filter((u) => !rateUnits.includes(u));
        if (units.length === 1) {
          layout.defaultUnit = units[0];
          note(reading, 'layoutUnitRow', { row: r + 1, unit: units[0] });
        } else if (rateUnits.length === 1 && others.length === 1 && lexicon.unitOf(others[0])) {
          layout.defaultUnit = others[0];
          layout.defaultRateUnit = rateUnits[0];
          note(reading, 'layoutUnitsByKind', {
            row: r + 1,
            units: units.join(phrase(reading.lang, 'cellSeparator')),
            rateUnit: rateUnits[0],
            unit: others[0],
          });
        } else if (units.length > 1) {
          layout.unitsListed = units;
          note(reading, 'layoutUnits', { row: r + 1, units: units.join(phrase(reading.lang, 'cellSeparator')) });
        }
      } else if (isDateText(t, cells, lexicon)) {
        layout.dateRow = r;
        note(reading, 'layoutDateRow', { row: r + 1, text: t });
      } else hasTitle = true;
    }
    if (hasTitle) layout.titleRows.push(r);
  }
  if (layout.titleRows.length > 0)
    layout.notes.unshift(phrase(reading.lang, 'layoutTitle', { rows: rowsText(reading, layout.titleRows) }));
}

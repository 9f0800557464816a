import type { HeaderColumn, SheetLayout, TotalRow } from './layout-types';
import { compactText, normaliseHeader, splitOfWhich } from './header';
import { isDateFormat } from './format';
import { normaliseWidth, readFigure } from './number';
import { a1, columnLetters, type Cell, type Merge, type ReadProblem, type SheetSnapshot } from './snapshot';

/**
 * Reads how a statistics sheet is laid out: title/unit/date rows, the one- or two-row header, the label column,
 * the data columns (with 其中 parts and rates), the region, total, 其中 and note rows.
 *
 * Cost: the header is looked for in the top HEADER_SCAN_ROWS non-empty rows, column kinds are sampled from the first
 * SAMPLE_ROWS data rows, and every later row is looked at once (its label cell and first non-empty cell), so a
 * 50,000-row sheet is read in one linear pass.
 *
 * Totals: a grand total (合计, 全省 …) sums the rows of its block — the rows below it when it is the first data row
 * (or the first after an earlier total), otherwise the rows since the previous total or the top. Subtotals (小计)
 * follow their rows unless the first 小计 comes before any region row, in which case each heads the rows below it.
 * A grand total over subtotals sums the subtotal rows plus the region rows under no subtotal. 其中 rows are never
 * members.
 */

const HEADER_SCAN_ROWS = 30;
const SAMPLE_ROWS = 200;
const MAX_LISTED_RANGES = 8;

type CellKind = 'empty' | 'number' | 'missing' | 'text';


const UNIT_ROW_RE = /^\(?单位:(.*?)\)?$/;
const UNIT_LIST_SPLIT_RE = /[、,;/]+/;
// `截至6月底`, `截至2025年6月30日`, `填报日期：…`; a bare `2025年6月` only on a row of one or two cells.
const DATE_ROW_RE =
  /^(?:截至|截止)(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:底|末|止)?$|^(?:填报|填表|统计|报送|截止|截至)?(?:日期|时间):/;
const BARE_DATE_RE = /^\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?(?:底|末)?$|^\d{4}[-./]\d{1,2}[-./]\d{1,2}$/;
const FILER_RE = /^(?:填报单位|填表单位|报送单位|编制单位):/;
const TITLE_RE = /(?:统计|情况|汇总|一览|明细|台账|调查|报)表$|^附[件表]\d*$/;
const NOTE_RE = /^(?:注|说明|填报人|审核人|数据来源|备注|制表人|负责人|联系电话)[:：]/;
const TOTAL_RE = /^(?:全[省市县区旗州盟](?:合计|总计)?|合计|总计|总数)$/;
const SUBTOTAL_RE = /^.{0,12}小计$/;
const SEQUENCE_HEADER_RE = /^(?:序号|编号|序|No\.?)$/i;
const LABEL_HEADER_RE =
  /^(?:地区|单位|区县|县区|县\(市、区\)|市|县|区|地市|市州|乡镇|街道|单位名称|企业名称|组织名称|名称|项目)$/;
// 率 only as the last character: 覆盖率, 办结率 are rates, 率先结对的社区 is not.
const RATE_RE = /率$|比例|占比|比重|降幅|下降|增长|增幅/;
const COLUMN_NUMBER_LABEL_RE = /^(?:甲|乙|丙|丁|栏次)$/;
// A merged text wider than this many columns (or this long) below the header is a note, not a region.
const NOTE_MIN_LENGTH = 40;

function isEmptyCell(cell: Cell | null | undefined): boolean {
  if (!cell) return true;
  const v = cell.value;
  if (v === null) return cell.formula === undefined && cell.text.trim() === '';
  return typeof v === 'string' && v.trim() === '';
}

/** The text a cell shows, keeping leading spaces (they mark indented 其中 rows). */
function cellText(cell: Cell | null | undefined): string {
  if (!cell) return '';
  return typeof cell.value === 'string' ? cell.value : cell.text;
}

function cellKind(cell: Cell | null | undefined): CellKind {
  if (isEmptyCell(cell) || !cell) return 'empty';
  // A date typed in a preamble row is a number to Excel but never a figure of the table.
  if (typeof cell.value === 'number' && cell.numFmt !== 'General' && isDateFormat(cell.numFmt)) return 'text';
  const figure = readFigure(cell);
  if (figure.kind === 'number') return 'number';
  return figure.kind === 'text' ? 'text' : 'missing'; // missing markers, Excel errors, formulas without a result
}

function isPercentCell(cell: Cell): boolean {
  if (typeof cell.value === 'number') return cell.numFmt.includes('%');
  return typeof cell.value === 'string' && normaliseWidth(cell.value).trim().endsWith('%');
}

interface RowStats {
  nonEmpty: number;
  numbers: number;
  missing: number;
  texts: number;
}

function rowStats(row: (Cell | null)[] | undefined): RowStats {
  const s: RowStats = { nonEmpty: 0, numbers: 0, missing: 0, texts: 0 };
  for (const cell of row ?? []) {
    const kind = cellKind(cell);
    if (kind === 'empty') continue;
    s.nonEmpty++;
    if (kind === 'number') s.numbers++;
    else if (kind === 'missing') s.missing++;
    else s.texts++;
  }
  return s;
}

/** 1-based Excel row numbers, consecutive ones as ranges: `6–20, 22`. */
function formatRows(rows: number[]): string {
  const ranges: string[] = [];
  for (let i = 0; i < rows.length;) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1] === rows[j] + 1) j++;
    ranges.push(i === j ? String(rows[i] + 1) : `${rows[i] + 1}–${rows[j] + 1}`);
    i = j + 1;
  }
  if (ranges.length <= MAX_LISTED_RANGES) return ranges.join(', ');
  return `${ranges.slice(0, MAX_LISTED_RANGES).join(', ')} … (${rows.length} rows)`;
}

function rowWord(rows: number[]): string {
  return rows.length === 1 ? 'row' : 'rows';
}

/** Leading indentation of a label; an ideographic space is two ordinary ones wide. */
function indentOf(label: string): number {
  let n = 0;
  for (const ch of label) {
    if (ch === ' ') n += 1;
    else if (ch === '\u3000') n += 2;
    else if (ch === '\t') n += 4;
    else break;
  }
  return n;
}

/** A merge lookup for the few rows where merges matter (header block, label column, wide note rows). */
function mergeCovering(merges: Merge[], row: number, col: number): Merge | undefined {
  return merges.find((m) => m.top <= row && row <= m.bottom && m.left <= col && col <= m.right);
}

/** The `栏次` row some forms put under the header: 甲, 乙 then 1, 2, 3 … */
function isColumnNumberRow(row: (Cell | null)[]): boolean {
  let expected = 1;
  for (const cell of row) {
    const kind = cellKind(cell);
    if (kind === 'empty') continue;
    if (kind === 'number') {
      if (typeof cell?.value !== 'number' && Number(compactText(cellText(cell))) !== expected) return false;
      if (typeof cell?.value === 'number' && cell.value !== expected) return false;
      expected++;
    } else if (!COLUMN_NUMBER_LABEL_RE.test(compactText(cellText(cell)))) return false;
  }
  return expected > 3;
}

function isDataRow(s: RowStats): boolean {
  // A ledger row may hold several text columns, so a third of figures is enough; header rows hold none.
  // A region that reported nothing (`—` throughout) is a data row too.
  const figures = s.numbers >= 1 || (s.missing >= 2 && s.missing * 2 >= s.nonEmpty);
  return figures && s.nonEmpty >= 2 && (s.numbers + s.missing) * 3 >= s.nonEmpty;
}

function rowCellTexts(row: (Cell | null)[] | undefined): string[] {
  const texts: string[] = [];
  for (const cell of row ?? []) if (!isEmptyCell(cell)) texts.push(compactText(cellText(cell)));
  return texts;
}

function isDateText(t: string, cellsInRow: number): boolean {
  return DATE_ROW_RE.test(t) || (cellsInRow <= 2 && BARE_DATE_RE.test(t));
}

/** A unit, date, filer, note or title line: never a header row. Titles and bare dates stand on rows of 1–2 cells. */
function isPreambleRow(row: (Cell | null)[] | undefined): boolean {
  const texts = rowCellTexts(row);
  return texts.some(
    (t) =>
      UNIT_ROW_RE.test(t) ||
      isDateText(t, texts.length) ||
      NOTE_RE.test(t) ||
      FILER_RE.test(t) ||
      (texts.length <= 2 && TITLE_RE.test(t)),
  );
}

function isTextRow(s: RowStats): boolean {
  return s.texts >= 1 && s.texts >= s.numbers + s.missing;
}

/** One header cell's source: the cell itself or the top-left cell of the merge covering it. */
interface HeaderSource {
  row: number;
  col: number;
  raw: string;
}

interface HeaderBlock {
  sheet: SheetSnapshot;
  rows: number[];
  merges: Merge[];
}

function headerSource(block: HeaderBlock, row: number, col: number): HeaderSource | undefined {
  const cell = block.sheet.rows[row]?.[col];
  if (!isEmptyCell(cell)) return { row, col, raw: cellText(cell) };
  const m = mergeCovering(block.merges, row, col);
  if (!m || m.top < block.rows[0]) return undefined;
  const top = block.sheet.rows[m.top]?.[m.left];
  return isEmptyCell(top) ? undefined : { row: m.top, col: m.left, raw: cellText(top) };
}

/** Is the row above `lower` the parent row of a two-row header? (see the brief's CSV inference) */
function isUpperHeaderRow(sheet: SheetSnapshot, upper: number, lower: number): boolean {
  const up = sheet.rows[upper] ?? [];
  const low = sheet.rows[lower] ?? [];
  const s = rowStats(up);
  if (s.nonEmpty < 2 || !(isTextRow(s) || isYearRow(up, low)) || isPreambleRow(up)) return false;
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

interface ColumnHeader {
  col: number;
  /** Raw segments as typed, parent first. */
  raw: string[];
  /** Normalised segments, parent first (其中 prefixes still present). */
  norm: string[];
  unit?: string;
  /** Identifies the parent cell of a two-row header, so columns under one parent can be grouped. */
  parentKey?: string;
}

function buildColumnHeaders(block: HeaderBlock, width: number): ColumnHeader[] {
  const [upper, lower] = block.rows.length === 2 ? block.rows : [undefined, block.rows[0]];
  const upRow = upper === undefined ? [] : (block.sheet.rows[upper] ?? []);
  const lowRow = block.sheet.rows[lower] ?? [];
  const headers: ColumnHeader[] = [];
  // CSV inference: the upper cell a run of children started under, while the run lasts.
  let openParent: HeaderSource | undefined;
  for (let c = 0; c < width; c++) {
    const low = headerSource(block, lower, c);
    let up = upper === undefined ? undefined : headerSource(block, upper, c);
    if (upper !== undefined) {
      const upIsOwnCell = !isEmptyCell(upRow[c]);
      const lowIsOwnCell = !isEmptyCell(lowRow[c]);
      if (upIsOwnCell) openParent = lowIsOwnCell && !mergeCovering(block.merges, upper, c) ? up : undefined;
      else if (!lowIsOwnCell) openParent = undefined;
      else if (!up && openParent) up = openParent;
    }
    const sources = [up, low].filter((s): s is HeaderSource => s !== undefined);
    // A vertical merge yields the same source twice; a header repeated in both rows is one segment too.
    const unique = sources.filter((s, i) => i === 0 || !(s.row === sources[0].row && s.col === sources[0].col));
    const normalised = unique.map((s) => normaliseHeader(s.raw));
    if (normalised.length === 2 && normalised[0].text === normalised[1].text) {
      unique.pop();
      normalised.pop();
    }
    const header: ColumnHeader = { col: c, raw: unique.map((s) => s.raw), norm: normalised.map((n) => n.text) };
    const unit = normalised[normalised.length - 1]?.unit ?? normalised[0]?.unit;
    if (unit !== undefined) header.unit = unit;
    if (unique.length === 2) header.parentKey = a1(unique[0].row, unique[0].col);
    headers.push(header);
  }
  return headers;
}

interface ColumnSample {
  numbers: number;
  missing: number;
  texts: number;
  percents: number;
}

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

function problem(sheet: SheetSnapshot, message: string): ReadProblem {
  // The sheet's name goes in front when the problem is printed (`sheet "表1": …`), not into the message.
  return { sheet: sheet.name, message };
}

function hasAnyNumber(sheet: SheetSnapshot): boolean {
  return sheet.rows.some((row) => row?.some((cell) => cellKind(cell) === 'number'));
}

interface TableStart {
  headerRows: number[];
  firstDataRow: number;
  columnNumberRow?: number;
}

/**
 * A row of years (2016, 2016, 2017, 2017) over a row of column names: the upper row of a two-row header, although
 * Excel holds the years as numbers. Besides the years it may hold one text cell (the label column's header).
 */
function isYearRow(row: (Cell | null)[] | undefined, next: (Cell | null)[] | undefined): boolean {
  let years = 0;
  let texts = 0;
  for (const cell of row ?? []) {
    const kind = cellKind(cell);
    if (kind === 'empty') continue;
    if (kind === 'text') texts++;
    else if (kind === 'number' && typeof cell?.value === 'number' && Number.isInteger(cell.value) && cell.value >= 1900 && cell.value <= 2100) years++;
    else return false;
  }
  const below = rowStats(next);
  return years >= 2 && texts <= 1 && isTextRow(below) && below.numbers === 0 && below.nonEmpty >= years;
}

/** Finds the first data row and the header rows above it in the top rows of the sheet. */
function findTable(sheet: SheetSnapshot, layout: SheetLayout): TableStart | undefined {
  const seen: number[] = [];
  let firstDataRow: number | undefined;
  let columnNumberRow: number | undefined;
  for (let r = 0; r < sheet.rows.length && seen.length < HEADER_SCAN_ROWS; r++) {
    const row = sheet.rows[r];
    const s = rowStats(row);
    if (s.nonEmpty === 0) continue;
    if (isDataRow(s) && !isYearRow(row, sheet.rows[r + 1])) {
      if (columnNumberRow === undefined && seen.length > 0 && isColumnNumberRow(row)) {
        columnNumberRow = r;
        continue;
      }
      firstDataRow = r;
      break;
    }
    seen.push(r);
  }
  if (firstDataRow === undefined) {
    if (seen.length === 0) layout.problems.push(problem(sheet, 'empty; nothing to check'));
    else if (!hasAnyNumber(sheet)) layout.problems.push(problem(sheet, 'text only, no rows of figures; nothing to check'));
    else
      layout.problems.push(problem(sheet, `no rows of figures under a header in its top ${HEADER_SCAN_ROWS} rows; nothing to check`));
    return undefined;
  }
  const lower = seen[seen.length - 1];
  const noHeader = problem(sheet, `no header row above the first row of figures (row ${firstDataRow + 1}); nothing to check`);
  if (lower === undefined) {
    layout.problems.push(noHeader);
    return undefined;
  }
  const lowerRow = sheet.rows[lower];
  const lowerStats = rowStats(lowerRow);
  const upper = seen[seen.length - 2];
  const headerRows =
    upper === lower - 1 && isUpperHeaderRow(sheet, upper, lower)
      ? [upper, lower]
      : isTextRow(lowerStats) && lowerStats.nonEmpty >= 2 && !isPreambleRow(lowerRow)
        ? [lower]
        : undefined;
  if (!headerRows) {
    layout.problems.push(noHeader);
    return undefined;
  }
  return { headerRows, firstDataRow, columnNumberRow };
}

/** Title, unit and date rows above the header. */
function readPreamble(sheet: SheetSnapshot, headerTop: number, layout: SheetLayout): void {
  for (let r = 0; r < headerTop; r++) {
    const texts = rowCellTexts(sheet.rows[r]);
    if (texts.length === 0) continue;
    // A row is a title row when it holds anything besides a unit or a date (`XX统计表 … 截至6月底`).
    let hasTitle = false;
    for (const t of texts) {
      const unit = UNIT_ROW_RE.exec(t);
      if (unit) {
        layout.unitRow = r;
        const units = unit[1].split(UNIT_LIST_SPLIT_RE).filter((u) => u !== '');
        if (units.length === 1) {
          layout.defaultUnit = units[0];
          layout.notes.push(`unit row ${r + 1}: figures in ${units[0]} unless a header says otherwise`);
        } else if (units.length > 1) {
          layout.notes.push(
            `unit row ${r + 1} lists several units (${units.join(', ')}); units are taken from the headers only`,
          );
        }
      } else if (isDateText(t, texts.length)) {
        layout.dateRow = r;
        layout.notes.push(`date row ${r + 1} (${t})`);
      } else hasTitle = true;
    }
    if (hasTitle) layout.titleRows.push(r);
  }
  if (layout.titleRows.length > 0)
    layout.notes.unshift(`title ${rowWord(layout.titleRows)} ${formatRows(layout.titleRows)}`);
}

/**
 * Is a row empty, a note (its first non-empty cell starts with 注：, 说明： …, or it is one long text, or one text
 * merged across at least half the table), or an ordinary row?
 */
function rowKind(row: (Cell | null)[], merge: Merge | undefined, tableWidth: number): 'empty' | 'note' | 'row' {
  let first: Cell | null = null;
  let nonEmpty = 0;
  for (const cell of row) {
    if (isEmptyCell(cell)) continue;
    if (++nonEmpty === 1) first = cell;
    else break;
  }
  if (!first) return 'empty';
  const text = compactText(cellText(first));
  if (NOTE_RE.test(text)) return 'note';
  if (nonEmpty > 1 || cellKind(first) !== 'text') return 'row';
  const wide = merge !== undefined && merge.right - merge.left + 1 >= Math.max(2, Math.ceil(tableWidth / 2));
  return wide || text.length >= NOTE_MIN_LENGTH ? 'note' : 'row';
}

interface ColumnPlan {
  labelColumn: number;
  dataColumns: ColumnHeader[];
  samples: ColumnSample[];
}

/** Picks the label column and the data columns from the header and a sample of data rows. */
function planColumns(headers: ColumnHeader[], samples: ColumnSample[], layout: SheetLayout): ColumnPlan {
  const present = headers.filter(
    (h) => h.norm.length > 0 || samples[h.col].numbers + samples[h.col].missing + samples[h.col].texts > 0,
  );
  const isTextColumn = (h: ColumnHeader) =>
    samples[h.col].texts >= 1 && samples[h.col].texts > samples[h.col].numbers + samples[h.col].missing;
  let candidates = present;
  const first = present[0];
  if (first && first.norm.length === 1 && SEQUENCE_HEADER_RE.test(first.norm[0])) {
    layout.notes.push(`sequence column ${columnLetters(first.col)} (${first.norm[0]}) is neither data nor label`);
    candidates = present.slice(1);
  }
  const leaf = (h: ColumnHeader) => h.norm[h.norm.length - 1] ?? '';
  const label =
    candidates.find((h) => isTextColumn(h) && LABEL_HEADER_RE.test(leaf(h))) ??
    candidates.find(isTextColumn) ??
    candidates.find((h) => LABEL_HEADER_RE.test(leaf(h))) ??
    candidates[0];
  const labelColumn = label ? label.col : -1;
  if (label) layout.notes.push(`label column ${columnLetters(labelColumn)}${leaf(label) ? ` (${leaf(label)})` : ''}`);
  const textColumns = candidates.filter((h) => h !== label && isTextColumn(h));
  if (textColumns.length > 0) {
    layout.notes.push(
      `text ${textColumns.length === 1 ? 'column' : 'columns'} ${textColumns.map((h) => columnLetters(h.col)).join(', ')} read as neither data nor label`,
    );
  }
  const dataColumns = candidates.filter((h) => h !== label && !isTextColumn(h));
  const unnamed = dataColumns.filter((h) => h.norm.length === 0);
  if (unnamed.length > 0)
    layout.notes.push(
      `figures without a header in ${unnamed.length === 1 ? 'column' : 'columns'} ${unnamed.map((h) => columnLetters(h.col)).join(', ')}`,
    );
  return { labelColumn, dataColumns, samples };
}

function toHeaderColumn(h: ColumnHeader, sample: ColumnSample, defaultUnit: string | undefined): HeaderColumn {
  // 其中 is carried by partOf; the path keeps what the part is, so rules match `党员` whether or not 其中 was typed.
  const headerPath = h.norm.map((seg) => splitOfWhich(seg).text).filter((seg) => seg !== '');
  const path = headerPath.length > 0 ? headerPath : h.norm;
  const header = path.join('/');
  const percentFormat = sample.numbers > 0 && sample.percents * 2 > sample.numbers;
  const isRate =
    h.unit === '%' || percentFormat || (h.unit === undefined && (RATE_RE.test(header) || defaultUnit === '%'));
  const column: HeaderColumn = {
    col: h.col,
    letter: columnLetters(h.col),
    headerPath: path,
    header,
    rawHeader: h.raw.join('/'),
    isRate,
  };
  const unit = h.unit ?? (defaultUnit !== undefined && (!isRate || defaultUnit === '%') ? defaultUnit : undefined);
  if (unit !== undefined) column.unit = unit;
  return column;
}

/** Marks 其中 columns as parts of the column before them (see the brief: breakdowns, parent 其中, unit change). */
function markPartColumns(columns: HeaderColumn[], headers: ColumnHeader[], layout: SheetLayout): void {
  const leafOfWhich = (i: number) => splitOfWhich(headers[i].norm[headers[i].norm.length - 1] ?? '').ofWhich;
  const parentOfWhich = (i: number) => headers[i].norm.length === 2 && splitOfWhich(headers[i].norm[0]).ofWhich;
  const wholeBefore = (i: number) => {
    for (let j = i - 1; j >= 0; j--) if (columns[j].partOf === undefined) return j;
    return undefined;
  };
  const groups = new Map<number, number[]>();
  const mark = (i: number, whole: number) => {
    columns[i].partOf = columns[whole].col;
    columns[i].partGroup = columns[whole].col;
    const parts = groups.get(whole);
    if (parts) parts.push(i);
    else groups.set(whole, [i]);
  };
  const noWhole = (i: number) =>
    layout.notes.push(`column ${columns[i].letter} is headed 其中 but has no column before it; not read as a part`);

  for (let i = 0; i < columns.length;) {
    if (parentOfWhich(i)) {
      let end = i + 1;
      while (end < columns.length && headers[end].parentKey === headers[i].parentKey) end++;
      const whole = wholeBefore(i);
      if (whole === undefined) noWhole(i);
      else for (let k = i; k < end; k++) mark(k, whole);
      i = end;
      continue;
    }
    if (!leafOfWhich(i)) {
      i++;
      continue;
    }
    const whole = wholeBefore(i);
    if (whole === undefined) {
      noWhole(i);
      i++;
      continue;
    }
    mark(i, whole);
    let k = i + 1;
    for (; k < columns.length; k++) {
      const next = columns[k];
      if (leafOfWhich(k) || parentOfWhich(k) || headers[k].parentKey !== headers[i].parentKey || next.isRate) break;
      if (columns[i].unit !== undefined && next.unit !== undefined && next.unit !== columns[i].unit) break;
      // A column followed by its own 其中 is the whole of the next breakdown, not a part of this one.
      if (k + 1 < columns.length && leafOfWhich(k + 1) && headers[k + 1].parentKey === headers[k].parentKey) break;
      mark(k, whole);
    }
    i = k;
  }
  for (const [whole, parts] of groups) {
    layout.notes.push(
      `其中 ${parts.length === 1 ? 'column' : 'columns'} ${parts.map((p) => columns[p].letter).join(', ')} of ${columns[whole].letter}`,
    );
  }
}

type RowRole = 'region' | 'total' | 'subtotal';

interface TableRow {
  row: number;
  role: RowRole;
  label: string;
}

/** Members of every total and subtotal, by the rule in the module comment. */
function assignTotals(rows: TableRow[], layout: SheetLayout): void {
  const firstSubtotal = rows.findIndex((t) => t.role === 'subtotal');
  const firstRegion = rows.findIndex((t) => t.role === 'region');
  const subtotalsHead = firstSubtotal >= 0 && (firstRegion < 0 || firstSubtotal < firstRegion);
  const underSubtotal = new Set<number>();
  const totals = new Map<number, TotalRow>();

  rows.forEach((t, i) => {
    if (t.role !== 'subtotal') return;
    const members: number[] = [];
    const step = subtotalsHead ? 1 : -1;
    for (let j = i + step; j >= 0 && j < rows.length && rows[j].role === 'region'; j += step) members.push(rows[j].row);
    if (!subtotalsHead) members.reverse();
    members.forEach((m) => underSubtotal.add(m));
    totals.set(i, { row: t.row, label: t.label, kind: 'subtotal', members });
  });

  rows.forEach((t, i) => {
    if (t.role !== 'total') return;
    let start = i;
    while (start > 0 && rows[start - 1].role !== 'total') start--;
    const atTop = start === i;
    let end = i + 1;
    if (atTop) while (end < rows.length && rows[end].role !== 'total') end++;
    const block = atTop ? rows.slice(i + 1, end) : rows.slice(start, i);
    const members = block
      .filter((b) => b.role === 'subtotal' || (b.role === 'region' && !underSubtotal.has(b.row)))
      .map((b) => b.row);
    totals.set(i, { row: t.row, label: t.label, kind: 'total', members });
    layout.notes.push(
      `total row ${t.row + 1} (${t.label}, ${atTop ? 'top' : 'bottom'}) over ${rowWord(members)} ${formatRows(members) || 'none'}`,
    );
  });

  layout.totalRows = [...totals.entries()].sort((a, b) => a[0] - b[0]).map(([, total]) => total);
  if (firstSubtotal >= 0) {
    const subtotals = layout.totalRows.filter((t) => t.kind === 'subtotal');
    layout.notes.push(
      `subtotal ${rowWord(subtotals.map((s) => s.row))} ${formatRows(subtotals.map((s) => s.row))} (小计) ${subtotalsHead ? 'head the rows below them' : 'follow their rows'}`,
    );
  }
}

interface RowReader {
  sheet: SheetSnapshot;
  labelColumn: number;
  /** Columns left of the label column (a sequence column) where 合计 is sometimes typed instead. */
  leadingColumns: number[];
  labelMerges: Map<number, Merge>;
}

function rowLabel(reader: RowReader, r: number): string {
  const row = reader.sheet.rows[r] ?? [];
  const own = row[reader.labelColumn];
  if (!isEmptyCell(own)) return cellText(own);
  const merge = reader.labelMerges.get(r);
  if (merge) {
    const top = reader.sheet.rows[merge.top]?.[merge.left];
    if (!isEmptyCell(top)) return cellText(top);
  }
  for (const c of reader.leadingColumns) if (cellKind(row[c]) === 'text') return cellText(row[c]);
  return '';
}

function hasFigure(row: (Cell | null)[], columns: HeaderColumn[]): boolean {
  return columns.some((c) => cellKind(row[c.col]) === 'number');
}

/** One pass over the data rows: region, total, 其中 and note rows. */
function readRows(
  sheet: SheetSnapshot,
  firstDataRow: number,
  columns: HeaderColumn[],
  reader: RowReader,
  tableWidth: number,
  layout: SheetLayout,
): void {
  const wideMerges = new Map<number, Merge>();
  for (const m of sheet.merges) if (m.top >= firstDataRow && m.right > m.left) wideMerges.set(m.top, m);
  const tableRows: TableRow[] = [];
  const partsOf = new Map<number, number[]>();
  // The last labelled non-其中 row, and the breakdown a 其中 row opened under it.
  let lastWhole: { row: number; indent: number } | undefined;
  let breakdown: { row: number; indent: number } | undefined;
  let inNotes = false;

  for (let r = firstDataRow; r < sheet.rows.length; r++) {
    const row = sheet.rows[r] ?? [];
    const kind = rowKind(row, wideMerges.get(r), tableWidth);
    if (kind === 'empty') continue;
    // Lines after a note (`2. 本表…`) are notes too, unless they hold figures.
    if (kind === 'note' || (inNotes && !hasFigure(row, columns))) {
      inNotes = true;
      layout.noteRows.push(r);
      continue;
    }
    const raw = rowLabel(reader, r);
    const label = compactText(raw);
    const indent = indentOf(raw);
    const ofWhich = splitOfWhich(label).ofWhich;
    const role: RowRole = TOTAL_RE.test(label) ? 'total' : SUBTOTAL_RE.test(label) ? 'subtotal' : 'region';
    const continues = breakdown && role === 'region' && label !== '' && indent > breakdown.indent;
    if (ofWhich && lastWhole) breakdown = lastWhole;
    else if (!continues) breakdown = undefined;
    if (breakdown) {
      layout.partRows.push({ row: r, partOfRow: breakdown.row });
      const parts = partsOf.get(breakdown.row);
      if (parts) parts.push(r);
      else partsOf.set(breakdown.row, [r]);
      continue;
    }
    if (ofWhich) layout.notes.push(`row ${r + 1} is labelled 其中 but has no row above it; read as a region row`);
    tableRows.push({ row: r, role, label: raw.trim() });
    if (role === 'region') layout.regionRows.push(r);
    lastWhole = label === '' ? undefined : { row: r, indent };
  }
  assignTotals(tableRows, layout);
  for (const [whole, parts] of partsOf)
    layout.notes.push(`其中 ${rowWord(parts)} ${formatRows(parts)} of row ${whole + 1}`);
  if (layout.noteRows.length > 0) layout.notes.push(`note ${rowWord(layout.noteRows)} ${formatRows(layout.noteRows)}`);
}

export function readLayout(sheet: SheetSnapshot): SheetLayout {
  const layout = emptyLayout(sheet);
  const table = findTable(sheet, layout);
  if (!table) return layout;
  const { headerRows, firstDataRow } = table;
  layout.headerRows = headerRows;
  readPreamble(sheet, headerRows[0], layout);
  layout.notes.push(
    headerRows.length === 2
      ? `header rows ${headerRows[0] + 1}–${headerRows[1] + 1}`
      : `header row ${headerRows[0] + 1}`,
  );
  if (table.columnNumberRow !== undefined) layout.notes.push(`column-number row ${table.columnNumberRow + 1} skipped`);

  const headerBottom = headerRows[headerRows.length - 1];
  const headerMerges = sheet.merges.filter((m) => m.top <= headerBottom && m.bottom >= headerRows[0]);
  // Sample the first data rows for column kinds; note rows are left out so a long 注 does not make a text column.
  const sampleRows: (Cell | null)[][] = [];
  let width = 0;
  for (const r of headerRows) width = Math.max(width, sheet.rows[r]?.length ?? 0);
  for (const m of headerMerges) width = Math.max(width, m.right + 1);
  for (let r = firstDataRow; r < sheet.rows.length && sampleRows.length < SAMPLE_ROWS; r++) {
    const row = sheet.rows[r] ?? [];
    if (rowKind(row, undefined, Infinity) !== 'row') continue;
    sampleRows.push(row);
    width = Math.max(width, row.length);
  }
  const samples: ColumnSample[] = Array.from({ length: width }, () => ({
    numbers: 0,
    missing: 0,
    texts: 0,
    percents: 0,
  }));
  for (const row of sampleRows) {
    for (let c = 0; c < row.length; c++) {
      const kind = cellKind(row[c]);
      if (kind === 'number') {
        samples[c].numbers++;
        if (row[c] && isPercentCell(row[c] as Cell)) samples[c].percents++;
      } else if (kind === 'missing') samples[c].missing++;
      else if (kind === 'text') samples[c].texts++;
    }
  }

  const headers = buildColumnHeaders({ sheet, rows: headerRows, merges: headerMerges }, width);
  const plan = planColumns(headers, samples, layout);
  layout.labelColumn = plan.labelColumn;
  layout.columns = plan.dataColumns.map((h) => toHeaderColumn(h, samples[h.col], layout.defaultUnit));
  markPartColumns(layout.columns, plan.dataColumns, layout);

  const labelMerges = new Map<number, Merge>();
  for (const m of sheet.merges) {
    if (m.top < firstDataRow || m.left > plan.labelColumn || m.right < plan.labelColumn) continue;
    for (let r = m.top, last = Math.min(m.bottom, sheet.rows.length - 1); r <= last; r++) labelMerges.set(r, m); // a merge to row 1048576 covers the rows there are
  }
  const leadingColumns = headers.filter((h) => h.col < plan.labelColumn).map((h) => h.col);
  readRows(
    sheet,
    firstDataRow,
    layout.columns,
    { sheet, labelColumn: plan.labelColumn, leadingColumns, labelMerges },
    width,
    layout,
  );
  return layout;
}

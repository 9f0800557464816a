import { tallyBreakdown } from './column-breakdown';
import type { Figure, NumberFigure } from './figure';
import { figureRows, type HeaderColumn, type SheetLayout } from './layout-types';
import { isCountUnit, isRateUnit, namesPeriodOrChange, type Lexicon } from './lexicon';
import { phrase } from './messages';
import { bracketAtEnd, compactText, labelUnit } from './header';
import { mergeCovering, noteTexts } from './layout-cells';
import { plainDecimals, readFigure } from './number';
import type { Lang } from './report';
import { a1, cellAt, type SheetSnapshot } from './snapshot';
import { ADDING_KINDS, isMeasuredUnit, shortestDecimals } from './tolerance';

/**
 * A column's figures, read once. Exact numbers (most cells) are kept as plain values rather than Figure objects:
 * a 50,000-row ledger would otherwise keep half a million objects alive, and the garbage collector pays for each.
 */
export interface ColumnFigures {
  /** The number each cell holds, NaN when it holds none. */
  values: Float64Array;
  /** Decimals shown, -1 when unknown (General format). */
  decimals: Int8Array;
  /**
   * Every other figure (approximate, percent, missing, errors), by row. Texts are not kept: a label column's 50,000
   * would fill the map for nothing but SheetModel.figure, which reads them again.
   */
  others: Map<number, Figure>;
}

/** Every cell's figure in one column of a sheet (see ColumnFigures). */
export function readColumnFigures(sheet: SheetSnapshot, col: number, lexicon: Lexicon): ColumnFigures {
  const rows = sheet.rows.length;
  const column: ColumnFigures = {
    values: new Float64Array(rows).fill(NaN),
    decimals: new Int8Array(rows).fill(-1),
    others: new Map(),
  };
  for (let row = 0; row < rows; row++) {
    const cell = cellAt(sheet, row, col);
    if (!cell) continue;
    // A plain number is stored without building its Figure: half a million of them cost the garbage collector.
    const shown = typeof cell.value === 'number' ? plainDecimals(cell.numFmt, cell.value, cell.text) : undefined;
    if (shown !== undefined && shown <= 127) {
      column.values[row] = cell.value as number;
      column.decimals[row] = shown;
      continue;
    }
    const f = readFigure(cell, lexicon);
    // Decimals past what an Int8Array holds (a format of 200 zeros) keep their Figure.
    const plain = f.kind === 'number' && !f.approximate && !f.percent && f.unit === undefined && f.flag === undefined;
    if (plain && (f.decimals ?? 0) <= 127) {
      column.values[row] = f.value;
      column.decimals[row] = f.decimals ?? -1;
    } else if (f.kind !== 'text') column.others.set(row, f);
  }
  return column;
}

/** The number a column's cell holds (a plain or approximate figure, a percentage in points), if any. */
export function numberIn(column: ColumnFigures, row: number): number | undefined {
  const value = column.values[row];
  if (!Number.isNaN(value)) return value;
  const other = column.others.get(row);
  return other?.kind === 'number' ? other.value : undefined;
}

/** The columns of one sheet read so far, by their index. */
class SheetFigures {
  // By index rather than in a Map: a rule's operands ask for their columns on each of 50,000 rows.
  private readonly columns: (ColumnFigures | undefined)[] = [];

  constructor(
    private readonly sheet: SheetSnapshot,
    private readonly lexicon: Lexicon,
  ) {}

  column(col: number): ColumnFigures {
    let column = this.columns[col];
    if (!column) this.columns[col] = column = readColumnFigures(this.sheet, col, this.lexicon);
    return column;
  }
}

/**
 * The columns read so far of each sheet, by lexicon: the layout's sums, the declared rules and inference read the same
 * figures, and a 50,000-row sheet is worth reading once. Snapshots are never changed once built.
 */
const readSheets = new WeakMap<SheetSnapshot, WeakMap<Lexicon, SheetFigures>>();

function sheetFigures(sheet: SheetSnapshot, lexicon: Lexicon): SheetFigures {
  let byLexicon = readSheets.get(sheet);
  if (!byLexicon) readSheets.set(sheet, (byLexicon = new WeakMap()));
  let figures = byLexicon.get(lexicon);
  if (!figures) byLexicon.set(lexicon, (figures = new SheetFigures(sheet, lexicon)));
  return figures;
}

/** A column's figures (readColumnFigures), read once per sheet and lexicon. */
export function columnFigures(sheet: SheetSnapshot, col: number, lexicon: Lexicon): ColumnFigures {
  return sheetFigures(sheet, lexicon).column(col);
}

/** Rows in order: most tables list them so already; others are sorted as numbers by a typed array, without a
 * comparator called for each of 50,000 rows. */
function sortedRows(rows: number[]): number[] {
  for (let i = 1; i < rows.length; i++) if (rows[i] < rows[i - 1]) return Array.from(Int32Array.from(rows).sort());
  return rows;
}

/** Rows of periods and changes under one heading, at most (本期 | 上年同期 | 增减 | 增长（%）, by month). */
const MAX_PERIOD_ROWS = 13;

/** A column's figures, and how many of them are fractions or negative. */
interface ColumnFigureCounts {
  figures: number;
  fractions: number;
  negatives: number;
}

/** What a sheet's models (restricted ones too) work out once: see columnKind and isRateRow. */
interface SharedReadings {
  /** What each column without a unit holds (see figuresOf). */
  columnFigures: Map<number, ColumnFigureCounts>;
  /** The rows that state a rate unit. */
  rateRows?: Set<number>;
  /** The whole each column without a unit is a part of, null for none (see wholeOf). */
  wholes: Map<number, HeaderColumn | null>;
  /** Whether each column holds a negative figure on a row of the table. */
  negativeColumns: Map<number, boolean>;
  /** Whether each column holds no figure above zero and some below (see typedNegative). */
  typedNegative: Map<number, boolean>;
  /** Whether each column is the difference of two others (see isDifference). */
  differences: Map<number, boolean>;
  /** The layout's header columns by sheet column. */
  headerColumns?: Map<number, HeaderColumn>;
  /** Whether most rows state a unit of their own (see rowsStateUnits). */
  rowsStateUnits?: boolean;
  /** Every row the layout reads figures of, in order: a restricted model checks some of them. */
  tableRows?: number[];
  /** Whether a note says the figures were rounded apart (see roundedApart). */
  roundedApart?: boolean;
  /** The rows that add up to a row of means (see rowHoldsMeans). */
  partsOfMeans?: ReadonlySet<number>;
}

/** Fewest rows on which a column must be the difference of two others to be read as one (see isDifference). */
const MIN_DIFFERENCE_ROWS = 3;
/** Most columns read as one breakdown of the column before them (see wholeOf). */
const MAX_BREAKDOWN = 5;
/** Fewest rows, with a figure other than 0, on which a breakdown must add up to its whole. */
const MIN_BREAKDOWN_ROWS = 3;

/** A sheet with its layout, and figures read once per column when a relation asks for them. */
export class SheetModel {
  readonly rowsToCheck: number[];
  /** Every row of the table, whichever a restricted model checks: a column's kind is the same in each. */
  private readonly allRows: number[];
  readonly totalRows: Set<number>;
  private readonly labelCol: number;
  private readonly figures: SheetFigures;

  constructor(
    readonly sheet: SheetSnapshot,
    readonly layout: SheetLayout,
    readonly lexicon: Lexicon,
    /** The language of the row names made up for unlabelled rows. */
    private readonly lang: Lang,
    readonly onlyRows?: Set<number>,
    /** What the sheet's models share, as they share its figures. */
    private readonly shared: SharedReadings = {
      columnFigures: new Map(),
      wholes: new Map(),
      negativeColumns: new Map(),
      typedNegative: new Map(),
      differences: new Map(),
    },
  ) {
    this.totalRows = new Set(layout.totalRows.map((t) => t.row));
    const rows = (shared.tableRows ??= sortedRows(figureRows(layout)));
    this.rowsToCheck = onlyRows ? rows.filter((r) => onlyRows.has(r)) : rows;
    this.allRows = rows;
    this.labelCol = layout.labelColumn;
    this.figures = sheetFigures(sheet, lexicon);
  }

  /** The same sheet with row relations checked on these rows only (figures already read are shared). */
  restrictedTo(rows: Set<number>): SheetModel {
    return new SheetModel(this.sheet, this.layout, this.lexicon, this.lang, rows, this.shared);
  }

  /** A column's figures, read on first use and shared with the layout's sums and inference (see columnFigures). */
  column(col: number): ColumnFigures {
    return this.figures.column(col);
  }

  figure(row: number, col: number): Figure {
    const column = this.column(col);
    const value = column.values[row];
    if (Number.isNaN(value)) return column.others.get(row) ?? readFigure(cellAt(this.sheet, row, col), this.lexicon);
    const decimals = column.decimals[row];
    return {
      kind: 'number',
      value,
      lo: value,
      hi: value,
      decimals: decimals < 0 ? null : decimals,
      percent: false,
      approximate: false,
    };
  }

  number(row: number, col: number): NumberFigure | undefined {
    const f = this.figure(row, col);
    return f.kind === 'number' ? f : undefined;
  }

  /** The cell's number without building a Figure (the hot path of sums); undefined when it holds none. */
  valueAt(row: number, col: number): number | undefined {
    return numberIn(this.column(col), row);
  }

  /** Decimals the cell shows (those of its value when the format does not say); 0 when it holds no number. */
  decimalsAt(row: number, col: number): number {
    const column = this.column(col);
    const value = column.values[row];
    if (!Number.isNaN(value)) return column.decimals[row] >= 0 ? column.decimals[row] : shortestDecimals(value);
    const other = column.others.get(row);
    return other?.kind === 'number' ? (other.decimals ?? shortestDecimals(other.value)) : 0;
  }

  /**
   * A row's label as typed: its label cell's, or that of a label merged across it from a column before
   * (出资人担任书记比例（%） over A:B, after a group named down A over its items in B).
   */
  private labelText(row: number): string {
    const own = cellAt(this.sheet, row, this.labelCol)?.text ?? '';
    if (own.trim() !== '') return own;
    const merge = mergeCovering(this.sheet.merges, row, this.labelCol);
    return merge && merge.left < this.labelCol ? (cellAt(this.sheet, merge.top, merge.left)?.text ?? '') : own;
  }

  rowLabel(row: number): string {
    const text = this.labelText(row).trim();
    return text ? text : phrase(this.lang, 'unlabelledRow', { row: row + 1 });
  }

  /**
   * The unit a row states for itself, in an indicator table: its 单位 cell (`亿元`) or its label's bracket
   * (`病床使用率（%）`). Figure columns without a unit of their own take it on that row.
   */
  rowUnit(row: number): string | undefined {
    const { unitColumn } = this.layout;
    if (unitColumn !== undefined) {
      const text = compactText(cellAt(this.sheet, row, unitColumn)?.text ?? '');
      return this.lexicon.unitCell.exec(text)?.[1];
    }
    // A text column beside the label may hold the row's own unit (受伤人数（人） | 本期 … | ±%, the label merged over the
    // three rows): a change in per cent. A unit alone there (所 | 人 | %) is a 单位 column's the layout did not take.
    for (const col of this.layout.textColumns ?? []) {
      const text = cellAt(this.sheet, row, col)?.text ?? '';
      const compact = compactText(text);
      const signed = compact.startsWith('±') ? this.lexicon.unitCell.exec(compact.slice(1))?.[1] : undefined;
      const unit = labelUnit(text, this.lexicon) ?? signed;
      if (unit !== undefined) return unit;
    }
    return labelUnit(this.labelText(row), this.lexicon) ?? this.headingUnit(row);
  }

  /**
   * The unit of the heading a period or change row is under (好占比(%), its figures blank, over 本年 | 上年 | ±百分点):
   * the indicator whose periods the rows are.
   */
  private headingUnit(row: number): string | undefined {
    const names = (r: number) => namesPeriodOrChange(compactText(this.labelText(r)), this.lexicon);
    if (!names(row)) return undefined;
    let heading = row - 1;
    while (heading >= 0 && heading > row - MAX_PERIOD_ROWS && names(heading)) heading--;
    const blank = this.layout.columns.every((c) => this.valueAt(heading, c.col) === undefined);
    return heading >= 0 && blank ? labelUnit(this.labelText(heading), this.lexicon) : undefined;
  }

  /**
   * Whether a row states a unit of counts, money or measured quantities (个, 万元, 万平方米) and names no mean (人均,
   * 平均): where the indicators are rows, its figures add up across regions.
   */
  rowAdds(row: number): boolean {
    const kind = this.lexicon.unitOf(this.rowUnit(row) ?? '')?.kind ?? '';
    return ADDING_KINDS.includes(kind) && !this.lexicon.notAdditive.test(this.rowLabel(row));
  }

  /** Whether a column states a unit of counts, money or measured quantities (人, 万元, 公顷) and is no rate or mean. */
  columnAdds(column: HeaderColumn): boolean {
    if (column.isRate || column.notAdditive) return false;
    return ADDING_KINDS.includes(this.lexicon.unitOf(column.unit ?? this.layout.defaultUnit ?? '')?.kind ?? '');
  }

  /** Whether a row holds changes (应换届党组织数(个)（增减）, regions as columns): figures that may be negative. */
  rowHoldsChanges(row: number): boolean {
    return this.lexicon.signed.test(compactText(this.rowLabel(row)));
  }

  /** Whether a column holds changes (比上年增加, or any column of a sheet of changes): figures that may be negative. */
  holdsChanges(column: HeaderColumn): boolean {
    return this.layout.changesOnly === true || this.lexicon.signed.test(column.rawHeader);
  }

  /**
   * Whether a column goes below zero on a row of the table (利润总额 where an industry made a loss): its figures are
   * signed. Not by a rate row's figure (自然增长率 −1.92 ‰ under 年末户籍人口 and 其中：城镇人口 in 人).
   */
  goesNegative(col: number): boolean {
    let negative = this.shared.negativeColumns.get(col);
    if (negative === undefined) {
      negative = this.allRows.some((row) => (this.valueAt(row, col) ?? 0) < 0 && !this.isRateRow(row));
      this.shared.negativeColumns.set(col, negative);
    }
    return negative;
  }

  /**
   * Whether a column is the difference of two others on every row holding the three but one, three rows at least (消薄数 =
   * 2023年 − 2024年 under 薄弱村数): a change whatever its header says, which may go below zero. Asked where a count
   * does, not of every column.
   */
  isDifference(col: number): boolean {
    let found = this.shared.differences.get(col);
    if (found === undefined) {
      const others = this.layout.columns.map((c) => c.col).filter((c) => c !== col);
      found = others.some((a) => others.some((b) => a !== b && this.differenceHolds(col, a, b)));
      this.shared.differences.set(col, found);
    }
    return found;
  }

  /** Whether col = from − taken on every row holding the three but one (a figure typed wrong breaks its row). */
  private differenceHolds(col: number, from: number, taken: number): boolean {
    let [rows, breaks] = [0, 0];
    for (const row of this.allRows) {
      const [value, a, b] = [this.valueAt(row, col), this.valueAt(row, from), this.valueAt(row, taken)];
      if (value === undefined || a === undefined || b === undefined) continue;
      if (value === a - b) rows++;
      else if (++breaks > 1) return false;
    }
    return rows >= MIN_DIFFERENCE_ROWS;
  }

  /** Whether a column holds no figure above zero and some below (本年减少 typed −20, −7): its figures carry a sign. */
  typedNegative(col: number): boolean {
    let negative = this.shared.typedNegative.get(col);
    if (negative === undefined) {
      const values = this.allRows.map((row) => this.valueAt(row, col) ?? 0);
      negative = values.some((v) => v < 0) && values.every((v) => v <= 0);
      this.shared.typedNegative.set(col, negative);
    }
    return negative;
  }

  /**
   * Whether a note under the table says its figures were rounded apart (合计数与分项之和因四舍五入可能存在差异): each is
   * then within half a unit of its last digit, as a figure in 万人 is, whatever unit the sheet states.
   */
  roundedApart(): boolean {
    return (this.shared.roundedApart ??= this.lexicon.roundingNote.test(noteTexts(this.sheet, this.layout).join('')));
  }

  /**
   * Whether a column's figures are means (人均, 平均 in its header, or in the title over every column), each rounded
   * from an exact mean: a change or ratio of two of them is exact only to their rounding.
   */
  holdsMeans(col: number): boolean {
    return this.layout.titleNamesMeans === true || this.headerColumn(col)?.notAdditive === true;
  }

  /**
   * Whether a row's figures are means, where the indicators are rows (月人均养老金 | 元 | 198 | 156), or parts of a row of
   * means: each rounded from an exact mean, as a column's of means are (holdsMeans).
   */
  rowHoldsMeans(row: number): boolean {
    const means = (r: number) => this.lexicon.notAdditive.test(this.rowLabel(r));
    if (this.rowsStateUnits() && means(row)) return true;
    // The rows adding up to a row of means (农村居民人均消费支出 | 1.食品烟酒 | 2.衣着 …) are means too, each rounded.
    this.shared.partsOfMeans ??= new Set(this.layout.totalRows.filter((t) => means(t.row)).flatMap((t) => t.members));
    return this.shared.partsOfMeans.has(row);
  }

  /**
   * Whether a figure is in a unit per unit (吨标准煤/万元, 人/平方公里): a ratio, rounded at its last digit as means are.
   * Without a row, the column's own unit only.
   */
  holdsRatios(col: number, row?: number): boolean {
    const unit = row === undefined ? this.headerColumn(col)?.unit : this.figureUnit(col, row);
    return unit !== undefined && this.lexicon.isRatioUnit(unit);
  }

  /**
   * The unit a figure is stated in: its column's; in a column without one, where the rows state their own (in a 单位
   * column or their labels), its row's (亿千瓦时).
   */
  figureUnit(col: number, row: number): string | undefined {
    const own = this.headerColumn(col)?.unit;
    return own ?? (this.rowsStateUnits() ? this.rowUnit(row) : undefined);
  }

  /**
   * Whether the table's rows state their own units: in a 单位 column, or in their labels' brackets on most of its rows
   * (地区生产总值（亿元） | 年末常住人口（万人）), as an indicator table does, or on any where the unit line lists several
   * (单位：家、亿元、万美元、人 over 税收收入（亿元）): it says the rows are in more than one.
   */
  rowsStateUnits(): boolean {
    if (this.layout.unitColumn !== undefined) return true;
    if (this.shared.rowsStateUnits === undefined) {
      let stating = 0;
      for (const r of this.allRows) if (this.rowUnit(r) !== undefined) stating++;
      const several = (this.layout.unitsListed?.length ?? 0) >= 2;
      this.shared.rowsStateUnits = stating * 2 > this.allRows.length || (several && stating > 0);
    }
    return this.shared.rowsStateUnits;
  }

  /** The layout's column at a sheet column, if it is one of the table's. */
  headerColumn(col: number): HeaderColumn | undefined {
    this.shared.headerColumns ??= new Map(this.layout.columns.map((c) => [c.col, c]));
    return this.shared.headerColumns.get(col);
  }

  /**
   * Whether a row names an amount, where the indicators are rows: no rate by its unit, no mean, per-head figure or change
   * by its words (党组织覆盖率（%）, 人均文化事业费, 增减).
   */
  namesAmount(row: number): boolean {
    const label = this.rowLabel(row);
    return !this.isRateRow(row) && !this.lexicon.notAdditive.test(label) && !this.lexicon.signed.test(label);
  }

  /** Whether a row states a rate unit (城镇化率 | %): its figures are no counts, and its change is in points. */
  isRateRow(row: number): boolean {
    // Asked of every row by every relation between counts: the rows' units are read once for the sheet's models, over
    // all the table's rows (a restricted model asks of its own).
    this.shared.rateRows ??= new Set(this.allRows.filter((r) => isRateUnit(this.rowUnit(r), this.lexicon)));
    return this.shared.rateRows.has(row);
  }

  /**
   * Whether a row may state its change from the period before in points, as yearbooks do: a rate's row, by its unit or
   * its name (参检率 | 94.7 | 96.6 | −1.9), or one whose name says it holds a change (恩格尔系数(%)［增减百分点］).
   */
  mayStatePoints(row: number): boolean {
    const label = compactText(this.rowLabel(row));
    return this.isRateRow(row) || this.lexicon.rate.test(label) || this.lexicon.signed.test(label);
  }

  /** Whether a row's figures may be counts: it states no unit of its own, or a count's (`医疗卫生机构（个）`). */
  mayHoldCounts(row: number): boolean {
    const unit = this.rowUnit(row);
    return unit === undefined || this.unitKind(unit) === 'count';
  }

  address(row: number, col: number): string {
    return a1(row, col);
  }

  /** What a cell shows, for findings. */
  shown(row: number, col: number): string | number | boolean | null {
    const cell = cellAt(this.sheet, row, col);
    if (!cell) return null;
    if (cell.value !== null && typeof cell.value === 'object') return cell.value.error;
    return cell.value;
  }

  /**
   * Count columns hold whole numbers of units (counts and people, unmultiplied: 万人 is rounded, not whole); amount
   * columns hold money in any multiple; rates are neither.
   */
  columnKind(
    column: HeaderColumn,
    boundKind?: 'count' | 'rate' | 'amount',
    /** Whether a whole this column is a part of counts (by its bound measure too, where the caller knows it). */
    countsWhole: (whole: HeaderColumn) => boolean = (whole) => this.columnKind(whole) === 'count',
  ): 'count' | 'amount' | 'rate' | 'unknown' {
    if (column.isRate) return 'rate';
    // Per-head figures, ranks, years, codes: neither summed by a total row nor required to be whole counts.
    if (column.notAdditive) return 'unknown';
    const own = this.unitKind(column.unit);
    if (own) return own;
    // A unit with a multiplier (万人) is a rounded quantity whatever measure the header binds to: never a whole count;
    // nor is a column in a measured unit of its own (服务时长（小时） under 单位：名).
    const known = this.lexicon.unitOf(column.unit ?? '');
    if ((known?.scale ?? 0) > 0 || isMeasuredUnit(column.unit, this.lexicon)) return 'unknown';
    if (boundKind) return boundKind;
    // A change with fractions is no count (上年覆盖率 | 覆盖率 | 比上年增减 under 单位：个，人: −1.9 points).
    if (this.holdsChanges(column) && this.figuresOf(column).fractions > 0) return 'unknown';
    // Units listed on the unit row (`单位：户、人`): a column is in one of them, so of their kind when they share one. A
    // column no rate is in none of the rates' (单位：个、名、%), and of whole figures, in a count unit.
    const units = this.layout.unitsListed ?? [];
    const listed = units.filter((u) => !isRateUnit(u, this.lexicon)).map((u) => this.unitKind(u));
    if (listed.length > 0) {
      const kind = listed.every((k) => k === listed[0]) ? listed[0] : undefined;
      const mixed = listed.length < units.length;
      // Not a column mostly of fractions (服务时长（小时） 7537.6 under 单位：名; a region's column holds a row of rates
      // among its counts), nor where a rate's unit is listed too, one of other figures than whole ones: a unit the line
      // did not mean for it.
      const unlike = mixed ? !this.holdsWholeFigures(column) : this.mostlyFractions(column);
      if (kind !== undefined) return kind === 'count' && unlike ? 'unknown' : kind;
      // Units of several kinds (单位：个、%、万元): a header ending as a count's (村数) over whole figures is one.
      return this.countedAsWhole(column, countsWhole) ? 'count' : 'unknown';
    }
    if (this.layout.defaultUnit !== undefined || column.unit !== undefined) {
      const kind = this.unitKind(this.layout.defaultUnit) ?? 'unknown';
      // Not a column mostly of fractions (a helper column of ratios, 辅助列 0.1995 under 单位：个): a unit the line did
      // not mean for it.
      return kind === 'count' && this.mostlyFractions(column) ? 'unknown' : kind;
    }
    // No unit anywhere: money by its header though it ends as a count does (调整预算数 | 执行数) is an amount; a header
    // ending as a count's (新建党组织数) over whole figures, none negative, is a count, but under a title naming means
    // (居民人均消费支出及构成 over 绝对数 | 构成(%)), where each is a mean rounded to the unit.
    if (this.lexicon.amountEnding.test(column.header)) return 'amount';
    if (this.layout.titleNamesMeans === true) return 'unknown';
    return this.countedAsWhole(column, countsWhole) ? 'count' : 'unknown';
  }

  /**
   * Whether a column of whole figures, none negative, counts things: by its header (新建党组织数), or as a part of a
   * count, which counts the same things (已建立党组织企业数 | 单独建立 | 联合建立 | 挂靠; 党员数 | 其中：女).
   */
  private countedAsWhole(column: HeaderColumn, countsWhole: (whole: HeaderColumn) => boolean): boolean {
    if (!this.holdsWholeFigures(column)) return false;
    if (this.headedAsCount(column)) return true;
    let whole = this.shared.wholes.get(column.col);
    if (whole === undefined) this.shared.wholes.set(column.col, (whole = this.wholeOf(column) ?? null));
    return whole !== null && countsWhole(whole);
  }

  /**
   * The column a column is a part of: its 其中 whole, or the column before a run of two to five columns, this one
   * among them, that add up to it on every row with figures but one (one wrong figure breaks one row). Only a whole
   * to its left, so that asking a whole's kind never comes back to its part.
   */
  private wholeOf(column: HeaderColumn): HeaderColumn | undefined {
    const declared = column.partOf === undefined ? undefined : this.headerColumn(column.partOf);
    if (declared) return declared.col < column.col ? declared : undefined;
    const { columns } = this.layout;
    const k = columns.indexOf(column);
    for (let j = k - 1; j >= 0 && k - j <= MAX_BREAKDOWN; j--)
      for (let m = Math.max(2, k - j); m <= MAX_BREAKDOWN && j + m < columns.length; m++) {
        const parts = columns.slice(j + 1, j + 1 + m);
        if (parts.some((c) => c.isRate || c.notAdditive)) break;
        if (this.addsUpTo(columns[j], parts)) return columns[j];
      }
    return undefined;
  }

  /** Whether columns add up to a whole on every row of the table with all their figures but one, and on enough rows. */
  private addsUpTo(whole: HeaderColumn, parts: HeaderColumn[]): boolean {
    const value = (row: number, col: number) => this.valueAt(row, col) ?? NaN;
    const tally = tallyBreakdown(
      this.allRows,
      value,
      whole.col,
      parts.map((c) => c.col),
      1,
    );
    return tally.broken <= 1 && tally.heldNotZero >= MIN_BREAKDOWN_ROWS;
  }

  /**
   * A header ending as a count's (村数), or as a number of people's (从业人员) with no bracket but a count or people unit:
   * 研究人员（人年） counts full-time equivalents, rounded one by one. A parent header so ending heads counts too.
   */
  private headedAsCount(column: HeaderColumn): boolean {
    if (this.lexicon.countEnding.test(column.rawHeader)) return true;
    // Under a parent so headed (已建立党组织企业数 / 小计 | 单独建立 | 联合建立; 从业人员 / 男 | 女), it counts the same.
    const parents = column.headerPath.slice(0, -1);
    if (parents.some((p) => this.lexicon.countEnding.test(p) || this.lexicon.peopleEnding.test(p))) return true;
    // 从业人员, 亏损企业: people or a counted subject, unless the bracket names another unit (从业人员（万人）).
    const { peopleEnding, subjectEnding } = this.lexicon;
    if (!peopleEnding.test(column.rawHeader) && !subjectEnding.test(column.rawHeader)) return false;
    const bracket = bracketAtEnd(column.rawHeader);
    return bracket === undefined || isCountUnit(bracket, this.lexicon);
  }

  /** Whether every figure of a column's rows is a whole number, none negative (at least one figure). */
  private holdsWholeFigures(column: HeaderColumn): boolean {
    const { figures, fractions, negatives } = this.figuresOf(column);
    return figures > 0 && fractions === 0 && negatives === 0;
  }

  /** Whether most of a column's figures are not whole. */
  private mostlyFractions(column: HeaderColumn): boolean {
    const { figures, fractions } = this.figuresOf(column);
    return fractions * 2 > figures;
  }

  /**
   * How many figures a column holds, over all the table's rows (not only those a restricted model checks: the column's
   * kind is the same in each), and how many of them are fractions or negative.
   */
  private figuresOf(column: HeaderColumn): ColumnFigureCounts {
    let counts = this.shared.columnFigures.get(column.col);
    if (!counts) {
      counts = { figures: 0, fractions: 0, negatives: 0 };
      for (const row of this.allRows) {
        const v = this.valueAt(row, column.col);
        if (v === undefined) continue;
        counts.figures++;
        if (!Number.isInteger(v)) counts.fractions++;
        if (v < 0) counts.negatives++;
      }
      this.shared.columnFigures.set(column.col, counts);
    }
    return counts;
  }

  private unitKind(unit: string | undefined): 'count' | 'amount' | undefined {
    if (unit !== undefined && this.lexicon.unitOf(unit)?.kind === 'amount') return 'amount';
    return isCountUnit(unit, this.lexicon) ? 'count' : undefined;
  }
}

import type { ReadProblem } from './snapshot';

/** One data column of a sheet, as the header block describes it. */
export interface HeaderColumn {
  /** 0-based column index. */
  col: number;
  /** Column letters, e.g. `C`. */
  letter: string;
  /** Normalised header segments, parent first: ['联合党组织', '覆盖企业数']. Units and line breaks removed. */
  headerPath: string[];
  /** headerPath joined with '/'. */
  header: string;
  /** The header as typed (parent and child joined with '/'), for messages. */
  rawHeader: string;
  /** Unit from a header suffix (`（%）` → '%', `（名）` → '名') or the sheet's unit row. */
  unit?: string;
  /** True when the column holds a rate or share in percent (unit %, or a header such as 覆盖率, 占比, 降幅). */
  isRate: boolean;
  /**
   * Per-head figures, averages, densities, ranks, codes (the vocabulary's notAdditiveWords in the header), and columns
   * whose total is their rows' average under a title naming one: never summed by a total, never whole counts.
   */
  notAdditive: boolean;
  /** When this column is an "of which" (其中) part: the column index of its whole. */
  partOf?: number;
  /** Parts of one whole share a group id (the whole's column index). */
  partGroup?: number;
}

export interface TotalRow {
  /** 0-based row index. */
  row: number;
  /** The label as typed: 合计, 总计, 全省, 全市, 全县, 小计 … */
  label: string;
  kind: 'total' | 'subtotal';
  /** The rows this total is the sum of (region rows, or subtotal rows for a grand total over subtotals). */
  members: number[];
}

/** How a sheet is laid out: where the header, data, totals and notes are. Produced by `readLayout`. */
export interface SheetLayout {
  sheet: string;
  titleRows: number[];
  unitRow?: number;
  dateRow?: number;
  /** One or two header rows, top first. */
  headerRows: number[];
  /** The row numbering the columns under the header (甲 | 乙 | 1 | 2 | 3 or 栏次), passed over. */
  columnNumberRow?: number;
  /** The column holding the region / enterprise names. */
  labelColumn: number;
  /** Data columns, left to right (the label column excluded). */
  columns: HeaderColumn[];
  /** Ordinary data rows: one per region or enterprise (totals, 其中 rows and notes excluded). */
  regionRows: number[];
  totalRows: TotalRow[];
  /** Rows labelled `其中：X` (or continuing such a breakdown), each a part of the row named in partOfRow. */
  partRows: { row: number; partOfRow: number }[];
  noteRows: number[];
  /** Page lines, and the header or column numbers typed again, where a report exported page by page goes on: passed over. */
  pageRows?: number[];
  /** The first row of another table under this one's figures (its title or header, after a blank row): not read here. */
  nextTable?: number;
  /** A column stating each row's unit, several units in all (`指标 | 单位 | 本年`): each row's figures are in its unit. */
  unitColumn?: number;
  /**
   * Text columns beside the label column, neither figures nor names (好 merged over 个数 | 占比（%）): a unit one brackets
   * on a row is the row's, as its label's would be.
   */
  textColumns?: number[];
  /** The sheet's name or title says its figures are changes (`比上年增减`): every column holds changes, not levels. */
  changesOnly?: boolean;
  /**
   * A note under the table or its title says growth is on a comparable basis (增长速度按可比口径计算): its growth rates are
   * not the change of the two periods shown, and are not checked against them.
   */
  comparableGrowth?: boolean;
  /** The rows a note's clause names as growing on a comparable basis (地区生产总值、规模以上工业增加值增速按可比价格计算). */
  comparableGrowthRows?: number[];
  /** The title names averages (人均可支配收入来源, 分地区平均工资): its figures may be means. */
  titleNamesMeans?: boolean;
  /** Unit stated for the whole sheet (e.g. from `单位：家`), when a single one is given. */
  defaultUnit?: string;
  /** The units of a unit row naming several (`单位：户、人`): each column without a unit of its own is in one of them. */
  unitsListed?: string[];
  /** The rate unit of a unit row naming a unit and a rate unit (`单位：人、‰`): the unit of the rate columns. */
  defaultRateUnit?: string;
  /** How the sheet was read, one plain sentence each, for `statlint explain`. */
  notes: string[];
  /** Why the sheet could not be read as a table (empty, text only, no header found). */
  problems: ReadProblem[];
}

/** The headers a column stands under, joined (流入党员 of 流入党员/小计; 2024年/企业 of 2024年/企业/覆盖率), or ''. */
export const parentPath = (column: HeaderColumn): string => column.headerPath.slice(0, -1).join('/');

/** Every row the layout reads figures of: its regions, totals and 其中 rows (in that order, not sorted). */
export function figureRows(layout: SheetLayout): number[] {
  // concat copies a 50,000-row ledger's rows at once, where spreading iterates them.
  return layout.regionRows.concat(
    layout.totalRows.map((t) => t.row),
    layout.partRows.map((p) => p.row),
  );
}

/** The row each row is nested in: the total or subtotal it is a member of, or the whole it is a 其中 part of. */
export function nestedRows(layout: SheetLayout): Map<number, number> {
  const nestedIn = new Map<number, number>();
  for (const t of layout.totalRows) for (const member of t.members) nestedIn.set(member, t.row);
  for (const p of layout.partRows) nestedIn.set(p.row, p.partOfRow);
  return nestedIn;
}

import type { Figure, NumberFigure } from './figure';
import type { HeaderColumn, SheetLayout } from './layout-types';
import { readFigure } from './number';
import { a1, cellAt, type SheetSnapshot } from './snapshot';

const COUNT_UNITS = new Set(['家', '个', '名', '人', '件', '户', '次', '支', '项', '条', '份', '场', '张', '册', '台', '辆']);
const AMOUNT_UNITS = new Set(['元', '万元', '亿元']);

/** A sheet with its layout, and figures read once per cell when a relation asks for them. */
export class SheetModel {
  readonly rowsToCheck: number[];
  readonly totalRows: Set<number>;
  private readonly labelCol: number;

  constructor(
    readonly sheet: SheetSnapshot,
    readonly layout: SheetLayout,
    onlyRows?: Set<number>,
    private readonly figures = new Map<number, Figure[]>(),
  ) {
    this.totalRows = new Set(layout.totalRows.map((t) => t.row));
    const rows = [...layout.regionRows, ...this.totalRows, ...layout.partRows.map((p) => p.row)].sort((a, b) => a - b);
    this.rowsToCheck = onlyRows ? rows.filter((r) => onlyRows.has(r)) : rows;
    this.labelCol = layout.labelColumn;
  }

  /** The same sheet with row relations checked on these rows only (figures already read are shared). */
  restrictedTo(rows: Set<number>): SheetModel {
    return new SheetModel(this.sheet, this.layout, rows, this.figures);
  }

  figure(row: number, col: number): Figure {
    let column = this.figures.get(col);
    // Sized up front: filled from the total row at the bottom first, a growing array would turn into a slow dictionary.
    if (!column) this.figures.set(col, (column = new Array<Figure>(this.sheet.rows.length)));
    return (column[row] ??= readFigure(cellAt(this.sheet, row, col)));
  }

  number(row: number, col: number): NumberFigure | undefined {
    const f = this.figure(row, col);
    return f.kind === 'number' ? f : undefined;
  }

  rowLabel(row: number): string {
    const text = cellAt(this.sheet, row, this.labelCol)?.text.trim();
    return text ? text : `row ${row + 1}`;
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

  /** Count columns hold whole numbers of units; amount columns hold money; rates are neither. */
  columnKind(column: HeaderColumn, boundKind?: 'count' | 'rate' | 'amount'): 'count' | 'amount' | 'rate' | 'unknown' {
    if (column.isRate) return 'rate';
    if (column.unit && AMOUNT_UNITS.has(column.unit)) return 'amount';
    if (column.unit && COUNT_UNITS.has(column.unit)) return 'count';
    if (boundKind) return boundKind;
    const unit = this.layout.defaultUnit;
    if (unit && AMOUNT_UNITS.has(unit)) return 'amount';
    if (unit && COUNT_UNITS.has(unit)) return 'count';
    return 'unknown';
  }
}

import { cellKind, cellText, compactTextAt } from './layout-cells';
import { figureRows, type SheetLayout } from './layout-types';
import { labelRole, type Lexicon } from './lexicon';
import { a1, type Cell, type SheetSnapshot } from './snapshot';

/**
 * A table printed in blocks side by side (`地区 | 户籍人口 | 地区 | 户籍人口`), as yearbooks print a short one: it is
 * checked with the blocks read one under the other, the left first, and every address of the report is mapped back
 * to the cell as typed. Two tables side by side, each with a label column and headers of its own (enterprises beside
 * social organisations, 收入项目 | 决算数 | 支出项目 | 决算数), are read as two tables stacked, each under its header.
 */

export interface RestackedSheet {
  sheet: SheetSnapshot;
  /** An address of the restacked sheet → the same cell's address as typed. */
  back: (address: string) => string;
}

/**
 * Label headers of two tables side by side: the same (乡镇（街道）), of the same kind (收入项目, 支出项目), or both label
 * headers of the vocabulary (乡镇 | 单位名称: party organisations by town beside members by unit).
 */
const LABEL_KIND = 2;
const sameLabelKind = (a: string, b: string, lexicon: Lexicon) =>
  a === b ||
  (a.length > LABEL_KIND && b.length > LABEL_KIND && a.slice(-LABEL_KIND) === b.slice(-LABEL_KIND)) ||
  (lexicon.labelHeader.test(a) && lexicon.labelHeader.test(b));

/**
 * The sheet with its blocks one under the other, when the header repeats the label column's header and the headers
 * after it, block after block; or when a second label column of the same kind, where no figures stand, starts a
 * table of its own (read with its header rows, under a blank row). Undefined otherwise.
 */
export function restackedSheet(
  sheet: SheetSnapshot,
  layout: SheetLayout,
  lexicon: Lexicon,
): RestackedSheet | undefined {
  const { headerRows, labelColumn } = layout;
  if (headerRows.length === 0 || labelColumn < 0) return undefined;
  /** A cell's text, compacted: a header's, or a row's label. */
  const textAt = (row: number, col: number) => compactTextAt(sheet, row, col);
  // A label header merged down the header rows is typed in its top row (乡镇 over two rows of figure headers).
  const labelHeaderAt = (col: number) => headerRows.reduceRight((text, row) => text || textAt(row, col), '');
  const label = labelHeaderAt(labelColumn);
  if (label === '') return undefined;
  const figureColumns = new Set(layout.columns.map((c) => c.col));
  // The header's width: its widest row (a last header merged down is typed in the top row only).
  const width = Math.max(...headerRows.map((row) => (sheet.rows[row] ?? []).length));
  // A header row may name the second label column where the header row under it holds that table's first section
  // (指标名称 over 人民生活, beside a first table's header of two rows).
  const headedLike = (col: number, same: (text: string) => boolean) => headerRows.some((row) => same(textAt(row, col)));
  // The block's width: the first column after the label column whose header repeats it, where no figures stand.
  let step = 0;
  for (let col = labelColumn + 2; col < width && step === 0; col++)
    if (headedLike(col, (text) => sameLabelKind(label, text, lexicon)) && !figureColumns.has(col))
      step = col - labelColumn;
  if (step === 0) return undefined;
  // Columns before the label column repeated before the second (序号 | 指标名称 … 序号 | 指标名称): each block starts
  // at them.
  let lead = 0;
  while (
    lead < labelColumn &&
    labelHeaderAt(labelColumn - lead - 1) !== '' &&
    labelHeaderAt(labelColumn - lead - 1) === labelHeaderAt(labelColumn + step - lead - 1)
  )
    lead++;
  const sameHeader = (block: number) =>
    Array.from({ length: step }, (_, j) => j).every((j) =>
      headerRows.every((row) => textAt(row, labelColumn + j) === textAt(row, labelColumn + block * step + j)),
    );
  let blocks = 1;
  while (labelColumn + (blocks + 1) * step <= width && sameHeader(blocks)) blocks++;
  const dataRows = figureRows(layout);
  if (dataRows.length === 0) return undefined;
  // A table of its own: figures after the second label column, and a total of its own in it (合计, 支出总计) or its
  // label column's very header (指标名称 beside 指标名称, each table with its own title); a ledger's 党组织名称 beside
  // its 企业名称 names no total.
  const ownHeader = blocks === 1;
  if (ownHeader) {
    const ownTotal = dataRows.some((r) => {
      const text = textAt(r, labelColumn + step);
      return labelRole(text, lexicon) === 'total' || lexicon.sumTotal.test(text);
    });
    // Not where it names the first's rows again, row for row: the columns of one table went on beside it (指标 | 合计 |
    // 城关镇 … | 指标 | 北坪乡 …, each 企业数 row in both halves).
    const sameRows = dataRows.filter((r) => textAt(r, labelColumn) === textAt(r, labelColumn + step)).length;
    const ownLabel = headedLike(labelColumn + step, (text) => text === label) && sameRows * 2 < dataRows.length;
    if (!(ownTotal || ownLabel) || !layout.columns.some((c) => c.col > labelColumn + step)) return undefined;
    blocks = 2;
  }

  const first = dataRows.reduce((a, b) => Math.min(a, b));
  const last = layout.nextTable ?? sheet.rows.length;
  const end = layout.noteRows.reduce((e, r) => (r > first ? Math.min(e, r) : e), last);
  const blockEnd = labelColumn + step - lead;
  // The second table's columns: to the end of the header, not only a block's width.
  const blockWidth = ownHeader ? width - blockEnd : step;
  const typedAt = new Map<string, string>();
  /** The cell typed at (fromRow, fromCol), placed at (row, col) of the restacked sheet. */
  const moved = (cell: Cell | null, fromRow: number, fromCol: number, row: number, col: number): Cell | null => {
    if (cell) typedAt.set(a1(row, col), a1(fromRow, fromCol));
    return cell;
  };
  const rows: (Cell | null)[][] = [];
  const rowAsRead = new Map<number, number>();
  const keep = (r: number) => {
    rowAsRead.set(r, rows.length);
    // Rows above the header (the title, `单位：人` at the right) are read whole.
    const cells = sheet.rows[r] ?? [];
    rows.push(
      (r < headerRows[0] ? cells : cells.slice(0, blockEnd)).map((cell, c) => moved(cell, r, c, rows.length, c)),
    );
  };
  const isBlank = (cells: (Cell | null)[]) => cells.every((cell) => cellText(cell).trim() === '');
  for (let r = 0; r < end; r++) if (r < first || !isBlank((sheet.rows[r] ?? []).slice(0, blockEnd))) keep(r);
  const movedMerges: typeof sheet.merges = [];
  /** The cells of a right block's row from `start`, placed from the first block's first column on. */
  const blockRow = (r: number, start: number): (Cell | null)[] => {
    const row: (Cell | null)[] = Array.from({ length: labelColumn - lead }, () => null);
    (sheet.rows[r] ?? [])
      .slice(start, start + blockWidth)
      .forEach((cell, j) => row.push(moved(cell, r, start + j, rows.length, labelColumn - lead + j)));
    return row;
  };
  for (let block = 1; block < blocks; block++) {
    const left = labelColumn + block * step;
    const start = left - lead;
    // The second table's header may be shallower than the first's: a row with its own label and figures (规模以上工业
    // 总产值 | 亿元 | 145.48 beside 2022年 | 2021年), or its own label only (a section: 人民生活), is its first row.
    let dataFrom = first;
    if (ownHeader) {
      rows.push([]);
      const ownRow = (r: number) => {
        const cells = (sheet.rows[r] ?? []).slice(left + 1, start + blockWidth);
        return (
          cells.some((cell) => cellKind(cell, lexicon) === 'number') || cells.every((cell) => cellText(cell) === '')
        );
      };
      const shallower = headerRows.find((r, i) => i > 0 && cellText(sheet.rows[r]?.[left]).trim() !== '' && ownRow(r));
      dataFrom = shallower ?? first;
      // It may run deeper too (其中 | 死亡 | 转出 under the first's figures): its rows before its first label are header
      // rows too.
      const deeper: number[] = [];
      for (let r = dataFrom; r < end && cellText(sheet.rows[r]?.[left]).trim() === ''; r++) deeper.push(r);
      dataFrom += deeper.length;
      for (const r of [...headerRows.filter((h) => h < dataFrom), ...deeper]) {
        for (const m of sheet.merges)
          if (m.top === r && m.left >= start)
            movedMerges.push({
              ...m,
              top: rows.length,
              bottom: Math.min(rows.length + m.bottom - m.top, rows.length + dataFrom - 1 - r),
              left: labelColumn - lead + m.left - start,
              right: labelColumn - lead + m.right - start,
            });
        rows.push(blockRow(r, start));
      }
    }
    // A table of its own runs past the first's notes, to its own (its groups may go on below them): the first's rows
    // from its notes on are kept to the first's block.
    for (let r = dataFrom; r < (ownHeader ? last : end); r++)
      if (cellText(sheet.rows[r]?.[left]).trim() !== '') rows.push(blockRow(r, start));
  }
  for (let r = end; r < sheet.rows.length; r++) keep(r);
  const at = (r: number) => rowAsRead.get(r) ?? r;
  // Merges within the right blocks' figures go with their cells; the title's, the left block's and the notes' stay.
  const merges = sheet.merges
    .filter(
      (m) =>
        (m.bottom < first && !(ownHeader && m.left >= blockEnd && m.top >= headerRows[0])) ||
        m.top >= end ||
        m.right < blockEnd,
    )
    .map((m) => (m.bottom < first ? m : { ...m, top: at(m.top), bottom: at(m.bottom) }))
    .concat(movedMerges);
  return { sheet: { ...sheet, rows, merges }, back: (address) => typedAt.get(address) ?? address };
}

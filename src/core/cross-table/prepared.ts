import { findCandidates } from '../binding';
import { readLayout } from '../layout';
import type { HeaderColumn, SheetLayout } from '../layout-types';
import type { Lexicon } from '../lexicon';
import type { Measure } from '../rule-schema';
import { SheetModel } from '../sheet-model';
import { a1, type SheetSnapshot } from '../snapshot';
import { restackedSheet } from '../side-by-side';
import { addressAsTyped, turnedSheet } from '../transpose';
import type { WorkbookInput } from './types';

/**
 * A sheet read for comparison with other tables: its layout, figures, and columns keyed by what they measure. A
 * transposed table (regions as columns) is read turned, as its own check reads it (transpose.ts).
 */
export interface PreparedSheet {
  file: string;
  /** The sheet as read: turned, when it is a transposed table. */
  sheet: SheetSnapshot;
  /** A cell's address as typed, from its place in the sheet as read. */
  addressOf: (row: number, col: number) => string;
  layout: SheetLayout;
  model: SheetModel;
  /** `m:<measure id>` for a column bound to a measure, `h:<normalised header>` for any other; the name for messages. */
  columns: Map<string, { column: HeaderColumn; name: string }>;
  /** `sheet\0address` of the cells the sheet's own checks blamed. */
  suspects: Set<string>;
  /** `sheet\0address` of the cells of any open finding of the sheet's own checks, blamed or not. */
  involved: Set<string>;
}

export function suspectKey(sheet: string, address: string): string {
  return `${sheet}\u0000${address}`;
}

/** Reads every sheet of every workbook once for all cross-table rules. */
export function prepare(
  workbooks: WorkbookInput[],
  measures: Map<string, Measure>,
  lexicon: Lexicon,
  lang: 'zh-CN' | 'en',
): PreparedSheet[][] {
  return workbooks.map((wb) => {
    const suspects = new Set(wb.reports.flatMap((r) => r.cellFixes.map((f) => suspectKey(r.sheet, f.address))));
    // Read only when two figures between tables disagree: a total over 50,000 rows lists every one of them.
    let involved: Set<string> | undefined;
    const involvedCells = () =>
      (involved ??= new Set(
        wb.reports.flatMap((r) =>
          r.findings.filter((f) => !f.accepted).flatMap((f) => f.cells.map((c) => suspectKey(r.sheet, c.address))),
        ),
      ));
    return wb.sheets.map((typed) => {
      const layoutAsTyped = readLayout(typed, lexicon, lang);
      const turned = turnedSheet(
        typed,
        layoutAsTyped,
        () => findCandidates(layoutAsTyped, measures.values(), lexicon).size,
        measures,
        lexicon,
        lang,
      );
      // A table printed in blocks side by side is compared with its blocks one under the other, as it is checked.
      const restacked = turned ? undefined : restackedSheet(typed, layoutAsTyped, lexicon);
      const sheet = turned?.sheet ?? restacked?.sheet ?? typed;
      const layout = turned?.layout ?? (restacked ? readLayout(restacked.sheet, lexicon, lang) : layoutAsTyped);
      let columns: PreparedSheet['columns'] | undefined;
      return {
        file: wb.file,
        sheet,
        addressOf: turned
          ? (row, col) => addressAsTyped(a1(row, col), turned.top)
          : restacked
            ? (row, col) => restacked.back(a1(row, col))
            : a1,
        layout,
        model: new SheetModel(sheet, layout, lexicon, lang),
        // Binding headers to measures costs as much as reading the layout: done only for sheets a rule compares.
        get columns() {
          return (columns ??= measureColumns(layout, measures, lexicon, lang));
        },
        suspects,
        get involved() {
          return involvedCells();
        },
      };
    });
  });
}

function measureColumns(
  layout: SheetLayout,
  measures: Map<string, Measure>,
  lexicon: Lexicon,
  lang: 'zh-CN' | 'en',
): PreparedSheet['columns'] {
  const columns: PreparedSheet['columns'] = new Map();
  const bound = new Set<number>();
  for (const [id, { measure, columns: cands }] of findCandidates(layout, measures.values(), lexicon)) {
    // Two equally good columns for one measure: comparing either could be wrong, so neither is compared.
    if (cands.length !== 1 || bound.has(cands[0].col)) continue;
    columns.set(`m:${id}`, { column: cands[0], name: measure.name[lang] });
    bound.add(cands[0].col);
  }
  for (const column of layout.columns) {
    if (!bound.has(column.col) && !columns.has(`h:${column.header}`))
      columns.set(`h:${column.header}`, { column, name: column.header });
  }
  return columns;
}

/** The file name without its folders, as findings name it. */
export function baseName(file: string): string {
  return file.replace(/^.*[\\/]/, '');
}

/** A sheet as messages name it: `沈阳市汇总.xlsx [覆盖情况]`, or `[汇总]` in the one workbook the pane has open (no file). */
export function sheetPlace(file: string, sheet: string): string {
  return file ? `${baseName(file)} [${sheet}]` : `[${sheet}]`;
}

import { formulaText } from './inference/findings';
import type { SheetInference } from './inference/infer';
import { heldAt, type InferredRelation } from './inference/relations';
import { phrase } from './messages';
import type { Lang } from './report';
import { cellKey } from './relations/types';
import { columnLetters, parseA1 } from './snapshot';
import { floatSlack } from './tolerance';
import type { FailedCheck } from './suspect';

/** Fewest rows a rule must fail on in one column before the figures may say it reads the wrong columns. */
const MIN_REFUTED_ROWS = 3;

/** The column relation the figures confirm with this cell as its result, where it holds there. */
function heldAsResult(inference: SheetInference, row: number, col: number): InferredRelation | undefined {
  return inference.relations.find((r) => r.axis === 'column' && r.target === col && heldAt(r.support, row));
}

/** Figures by row and column, and the columns that hold them (a SheetModel). */
export interface SheetFigures {
  valueAt(row: number, col: number): number | undefined;
  readonly layout: { columns: { col: number }[] };
}

/** The other column holding, on the check's row, the figure the check implies for its cell (its parts' sum). */
function partsSumTo(f: FailedCheck, row: number, col: number, figures: SheetFigures): number | undefined {
  const implied = f.violation.implied?.get(cellKey({ row, col }));
  if (implied === undefined || implied === 0) return undefined;
  return figures.layout.columns.find((c) => {
    const value = c.col === col ? undefined : figures.valueAt(row, c.col);
    return value !== undefined && Math.abs(value - implied) <= floatSlack(value, implied);
  })?.col;
}

/**
 * Whether the column a rule reads as the parts' whole equals `whole` on every row checked but the failing ones: there the
 * rule held only because the two are one (单独建 = 合计 where 联合建 is 0), so the parts are `whole`'s breakdown on
 * every row, however few fail.
 */
function equalElsewhere(
  checks: FailedCheck[],
  rowsChecked: number[],
  col: number,
  whole: number,
  figures: SheetFigures,
): boolean {
  const failing = new Set(checks.map((f) => parseA1(f.cells[0])?.row));
  return rowsChecked.every((row) => {
    if (failing.has(row)) return true;
    const [own, other] = [figures.valueAt(row, col), figures.valueAt(row, whole)];
    return own === undefined || (other !== undefined && Math.abs(own - other) <= floatSlack(own, other));
  });
}

/**
 * Declared checks the sheet's own figures refute: where the rules fail on most rows of one column, each a cell that is
 * the result of a relation the figures confirm on its row (覆盖率 = 已建立党组织企业/小计 ÷ 企业总数 × 100 on every row,
 * against 党委 + 党总支 + 党支部 the rule read), the rules read other columns than the sheet means. Their failures in that
 * column are no findings, and a note says why; where the confirmed relation breaks, it reports the cell itself. A rule
 * failing on one row of many stays a finding. So is a rule whose parts add up, on most rows, to another column than
 * the one it reads as their whole (党委 + 党总支 + 党支部 = 党组织数 beside 单独组建 | 联合组建, all organisations by type), or
 * on two rows where that column is the whole's own figure on every other (see equalElsewhere).
 */
export function refutedChecks(
  failed: FailedCheck[],
  inference: SheetInference,
  rowsChecked: number[],
  figures: SheetFigures,
  lang: Lang,
): { kept: FailedCheck[]; notes: string[] } {
  const byColumn = new Map<number, FailedCheck[]>();
  for (const f of failed) {
    const at = parseA1(f.cells[0] ?? '');
    if (!at || f.rule.id.startsWith('inferred/')) continue;
    const checks = byColumn.get(at.col);
    if (checks) checks.push(f);
    else byColumn.set(at.col, [f]);
  }
  const refuted = new Set<FailedCheck>();
  const notes: string[] = [];
  for (const [col, checks] of byColumn) {
    const held = new Map<number, InferredRelation>();
    for (const f of checks) {
      const row = parseA1(f.cells[0])?.row as number;
      const relation = heldAsResult(inference, row, col);
      if (relation) held.set(row, relation);
    }
    const rules = [...new Set(checks.map((f) => f.rule.id))].join(phrase(lang, 'listSeparator'));
    // The column the parts add up to on most of the failing rows.
    const wholes = new Map<number, number>();
    for (const f of checks) {
      const other = partsSumTo(f, parseA1(f.cells[0])?.row as number, col, figures);
      if (other !== undefined) wholes.set(other, (wholes.get(other) ?? 0) + 1);
    }
    const [whole, sumsTo] = [...wholes].reduce((a, b) => (b[1] > a[1] ? b : a), [-1, 0]);
    if (
      (sumsTo >= MIN_REFUTED_ROWS && sumsTo * 2 > rowsChecked.length) ||
      (sumsTo >= 2 && sumsTo === checks.length && equalElsewhere(checks, rowsChecked, col, whole, figures))
    ) {
      for (const f of checks) refuted.add(f);
      notes.push(
        phrase(lang, 'partsSumElsewhere', {
          letter: columnLetters(col),
          rules,
          n: sumsTo,
          whole: columnLetters(whole),
        }),
      );
      continue;
    }
    if (held.size < MIN_REFUTED_ROWS || held.size * 2 <= rowsChecked.length) continue;
    // A row where the confirmed relation breaks is reported by it, with the figure it implies.
    for (const f of checks) refuted.add(f);
    notes.push(
      phrase(lang, 'refutedByFigures', {
        letter: columnLetters(col),
        rules,
        n: held.size,
        formula: formulaText(inference, [...held.values()][0], lang),
      }),
    );
  }
  return { kept: failed.filter((f) => !refuted.has(f)), notes };
}

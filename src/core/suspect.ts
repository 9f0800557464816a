import { typoBetween } from './cell-fixes';
import { localiseErrors } from './localise';
import { cellKey, type Outcome, type Violation } from './relations/types';
import type { Rule } from './rule-schema';
import type { SheetModel } from './sheet-model';
import { a1, parseA1 } from './snapshot';

/** One row (or total) on which a rule's relation fails, with the addresses of the cells it reads. */
export interface FailedCheck {
  rule: Rule;
  violation: Violation;
  id: string;
  cells: string[];
  /** A relation refused as a finding (see nearChecks in linter.ts): it helps blame a cell, and is no finding. */
  near?: boolean;
}

/** A cell confirmed by more relations that hold is less likely to be the wrong one. */
const CONFIRMATION_WEIGHT = 0.25;

/**
 * How much lighter a cell weighs whose figure is the value a failed relation implies for it with the decimal point
 * moved, or two digits swapped (see slippedCells): such slips are common, so among cells that weigh the same it is the
 * likelier one; a confirmation elsewhere still weighs more.
 */
const SLIP_WEIGHT = 0.1;

/** The widest rounding, as a share of the value implied, a figure with its point moved is matched within (slippedCells). */
const SLIP_SHARE = 0.01;

/** How many failed relations a sheet may have for slips to break ties among its cells (see slippedCells). */
const MAX_SLIP_CHECKS = 1000;

/** How many rows the confirmation count weighs at most (see countConfirmations). */
const RECHECK_ROWS = 5000;

/**
 * Which cells to blame for a sheet's failed relations (the Fellegi–Holt principle, as R's errorlocate): the fewest,
 * least-confirmed cells whose repair could make every relation hold, found as a weighted minimum hitting set.
 */
export function findSuspects(
  failed: FailedCheck[],
  model: SheetModel,
  outcomes: Map<string, Outcome>,
  /** Confirmations by relations from elsewhere (those the sheet's own figures confirm), added to the rules' own. */
  moreConfirmations = new Map<string, number>(),
  /**
   * Relations refused as findings, where they fail (see nearRelation): no finding, but one of each one's cells is
   * wrong too, so a cell that also explains a failed relation (with the value both imply) is the likelier one.
   */
  near: FailedCheck[] = [],
): Set<string> {
  const confirmations = countConfirmations(failed, outcomes);
  for (const [address, n] of moreConfirmations) confirmations.set(address, (confirmations.get(address) ?? 0) + n);
  const relations = withImpliedValues([...failed, ...near]);
  const slipped = slippedCells(failed, model);
  const unrepairable = unrepairableCells(failed, model);
  // Where cells weigh the same, blame the one the finding is about: the stated rate, the total, the left side.
  const subjects = failed.flatMap((f, i) => relations[i].cells.filter((c) => addressOf(c) === f.cells[0]));
  const suspects = new Set(
    [
      ...localiseErrors(
        relations,
        (candidate) =>
          unrepairable.has(addressOf(candidate))
            ? Infinity
            : 1 +
              CONFIRMATION_WEIGHT * (confirmations.get(addressOf(candidate)) ?? 0) -
              (slipped.has(addressOf(candidate)) ? SLIP_WEIGHT : 0),
        subjects,
        // Parts of a total confirmed elsewhere, none confirmed more than another (小计 162 over 单独 98 and 联合 74):
        // nothing says which is wrong, and none is blamed.
        false,
      ),
    ].map(addressOf),
  );
  acquitExplainedSubjects(failed, suspects, model);
  return suspects;
}

const addressOf = (candidate: string) => candidate.split('@')[0];

/**
 * Several wrong parts can explain one wrong total together, although none does alone: two regions typed 10 and 20 too
 * low leave the column total 30 short. The hitting set then blames the total as well; this takes the blame off a sum's
 * subject (the total, or the left side) when the other suspects' repairs, as their own rows imply them, add up to the
 * sum's whole discrepancy and no other failure needs the subject.
 */
function acquitExplainedSubjects(
  failed: { violation: Violation; cells: string[] }[],
  suspects: Set<string>,
  model: SheetModel,
): void {
  // Each suspect's repair as the other failures imply it (exact sums first, then rates), and the failures reading
  // each cell: indexed once, so that a sheet where every row fails costs its rows, not their square.
  const repairs = new Map<string, { violation: Violation; value: number }[]>();
  const failuresOf = failuresByCell(failed);
  for (const { violation, cells } of [...failed].sort(
    (a, b) => Number(Boolean(b.violation.linear)) - Number(Boolean(a.violation.linear)),
  )) {
    violation.cells.forEach((ref, i) => {
      const value = violation.implied?.get(cellKey(ref));
      if (value !== undefined && suspects.has(cells[i])) pushTo(repairs, cells[i], { violation, value });
    });
  }
  for (const { violation, cells } of failed) {
    const subject = cells[0];
    if (!violation.linear || !violation.implied || !suspects.has(subject)) continue;
    let share = 0;
    let parts = 0;
    violation.cells.forEach((ref, i) => {
      const current = model.valueAt(ref.row, ref.col);
      const alone = violation.implied?.get(cellKey(ref));
      const repair = repairs.get(cells[i])?.find((r) => r.violation !== violation)?.value;
      if (i === 0 || current === undefined || alone === undefined || repair === undefined || alone === current) return;
      share += (repair - current) / (alone - current);
      parts += 1;
    });
    if (parts === 0 || Math.abs(share - 1) >= 0.01) continue;
    const neededElsewhere = (failuresOf.get(subject) ?? []).some(
      (f) => f.violation !== violation && !f.cells.some((c) => c !== subject && suspects.has(c)),
    );
    if (!neededElsewhere) suspects.delete(subject);
  }
}

/** The failures reading each cell, each once: a sheet where every row fails is indexed in its rows, not their square. */
export function failuresByCell<F extends { cells: string[] }>(failed: F[]): Map<string, F[]> {
  const byCell = new Map<string, F[]>();
  for (const failure of failed) for (const cell of new Set(failure.cells)) pushTo(byCell, cell, failure);
  return byCell;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Cells no repair of theirs could mend: marked as having no figure (— in a row of dashes) where a failed relation would
 * need one not above zero (a total short of its rows by 2 is no figure left out of them), or holding a figure of a
 * column never below zero where it would need one below (电气火灾 0 under a 总计 20 short of its rows). Such a cell is
 * never blamed for it.
 */
function unrepairableCells(failed: FailedCheck[], model: SheetModel): Set<string> {
  const cells = new Set<string>();
  for (const { violation } of failed)
    for (const ref of violation.cells) {
      const implied = violation.implied?.get(cellKey(ref));
      const value = model.valueAt(ref.row, ref.col);
      const short =
        value === undefined
          ? (implied === undefined || implied <= 0) && model.figure(ref.row, ref.col).kind === 'missing'
          : implied !== undefined &&
            implied < 0 &&
            value >= 0 &&
            !model.goesNegative(ref.col) &&
            !signed(model, ref.col) &&
            !model.rowHoldsChanges(ref.row);
      if (short) cells.add(a1(ref.row, ref.col));
    }
  return cells;
}

/** Whether a column holds changes (比上年增减), whose figures may go below zero though none does here. */
function signed(model: SheetModel, col: number): boolean {
  const column = model.headerColumn(col);
  return column === undefined || model.holdsChanges(column);
}

/**
 * The cells whose figure is the value a failed relation implies for them with the decimal point moved (1959 for
 * 195.9, within the rounding of the relation's figures: 196.0 from seven parts of one decimal; 180 for 18). Not a
 * figure of one significant digit (10 for 1 is as likely a total typed 9 off, 2934 for 2943), nor other slips: a total
 * a few units off leaves many a part one digit or two swapped from what it would need; but where a relation reads
 * three cells (入住率 本年 | 上年 | 增减百分点), one typed with two digits swapped (51.2 for 52.1) is the likelier. Not looked
 * for where thousands of relations fail: such a sheet is no place to break ties by slips.
 */
function slippedCells(failed: FailedCheck[], model: SheetModel): Set<string> {
  const slipped = new Set<string>();
  if (failed.length > MAX_SLIP_CHECKS) return slipped;
  for (const { violation } of failed) {
    let decimals = 0;
    for (const ref of violation.cells) decimals = Math.max(decimals, model.decimalsAt(ref.row, ref.col));
    const rounding = decimals === 0 ? 0 : (violation.cells.length * 10 ** -decimals) / 2;
    for (const ref of violation.cells) {
      const implied = violation.implied?.get(cellKey(ref));
      const typed = model.valueAt(ref.row, ref.col);
      if (implied === undefined || typed === undefined || typed * implied <= 0 || significantDigits(typed) < 2)
        continue;
      const power = Math.round(Math.log10(typed / implied));
      // Within a rounding that pins the figure down: 0.48 is no 0.09 with its point moved, though nine parts to 0.01
      // allow 0.045 either side of it, nor 1.8 a 17.3 that thirty parts to 0.1 allow 1.55 either side of.
      if (
        power !== 0 &&
        Math.abs(power) <= 3 &&
        Math.abs(typed / 10 ** power - implied) <= rounding + 1e-9 &&
        rounding <= SLIP_SHARE * Math.abs(implied)
      )
        slipped.add(a1(ref.row, ref.col));
      else if (
        violation.cells.length <= 3 &&
        typoBetween(typed, implied, model.decimalsAt(ref.row, ref.col))?.typo === 'swap'
      )
        slipped.add(a1(ref.row, ref.col));
    }
  }
  return slipped;
}

/** How many significant digits a figure shows (1959 and 43.5: 4 and 3; 180: 2; 10 and 0.05: 1). */
const significantDigits = (value: number): number =>
  String(Math.abs(value)).replace('.', '').replace(/^0+/, '').replace(/0+$/, '').length;

/** Two implied values agree when they differ by less than one unit or half a percent (rates are rounded). */
function sameImplied(a: number, b: number): boolean {
  return Math.abs(a - b) <= Math.max(1, 0.005 * Math.max(Math.abs(a), Math.abs(b)));
}

/**
 * One cell can explain several failed relations only if one new value repairs them all. Where the values a cell would
 * need differ between its relations, it stands in the hitting set as several candidates (`C11@0`, `C11@1`), each
 * hitting only the relations that agree on its value; relations without an implied value (inequalities) accept any.
 */
function withImpliedValues(
  failed: { cells: string[]; violation: Violation; id: string }[],
): { id: string; cells: string[] }[] {
  const needs = new Map<string, { relation: number; value?: number }[]>();
  failed.forEach(({ violation }, relation) => {
    for (const ref of violation.cells) {
      const address = a1(ref.row, ref.col);
      pushTo(needs, address, { relation, value: violation.implied?.get(cellKey(ref)) });
    }
  });
  const candidatesOf = failed.map(() => [] as string[]);
  for (const [address, list] of needs) {
    const clusters: number[] = [];
    for (const { value } of list)
      if (value !== undefined && !clusters.some((c) => sameImplied(c, value))) clusters.push(value);
    if (clusters.length <= 1) {
      for (const { relation } of list) candidatesOf[relation].push(address);
      continue;
    }
    list.forEach(({ relation, value }) => {
      clusters.forEach((c, k) => {
        if (value === undefined || sameImplied(c, value)) candidatesOf[relation].push(`${address}@${k}`);
      });
    });
  }
  return failed.map(({ id }, i) => ({ id, cells: [...new Set(candidatesOf[i])] }));
}

/**
 * How many relations (of two or more cells, holding or not) read each cell of the failed relations' rows: a cell that
 * other relations tie to the rest of the sheet is blamed later, as changing it would disturb them. So a count that
 * also feeds a column total is blamed after the rate beside it, unless the total fails by the same amount. The checks
 * that held were recorded during the sheet's one evaluation (Outcome.held); no rule is evaluated again.
 */
function countConfirmations(failed: { cells: string[] }[], outcomes: Map<string, Outcome>): Map<string, number> {
  const counts = new Map<string, number>();
  if (failed.length === 0) return counts;
  // Every row a failure reads; past RECHECK_ROWS (a wrong region in a 50,000-row ledger fails the column total, which
  // reads every row) only each failure's own row, and the total's members then weigh the same.
  const rowOf = (address: string) => (parseA1(address) as { row: number }).row;
  let rows = new Set(failed.flatMap((f) => f.cells.map(rowOf)));
  if (rows.size > RECHECK_ROWS) rows = new Set(failed.map((f) => rowOf(f.cells[0])));
  for (const outcome of outcomes.values()) if (outcome.applies) outcome.held.countInto(counts, rows, a1);
  for (const { cells } of failed)
    if (cells.length > 1) for (const address of cells) counts.set(address, (counts.get(address) ?? 0) + 1);
  return counts;
}

import { findCandidates } from './binding';
import { buildEngine, runEngine } from './engine';
import { readLayout } from './layout';
import { localiseErrors } from './localise';
import { fill } from './messages';
import { cellKey, evaluateRule, type CellRef, type EvaluationContext, type Outcome, type Violation } from './relation';
import type { Finding, Lang, SheetExplanation, SheetReport } from './report';
import type { RuleSet } from './rules';
import { SheetModel } from './sheet-model';
import { a1, columnLetters, parseA1, type SheetSnapshot } from './snapshot';
import type { Engine } from 'json-rules-engine';

export interface CheckOptions {
  lang: Lang;
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** A cell confirmed by more relations that hold is less likely to be the wrong one. */
const CONFIRMATION_WEIGHT = 0.25;

/** How many rows the confirmation count rechecks at most (see countConfirmations). */
const RECHECK_ROWS = 5000;

// One engine per rule set: building it parses every rule, so the task pane and the command line reuse it.
const engines = new WeakMap<RuleSet, Engine>();

function engineFor(ruleSet: RuleSet): Engine {
  let engine = engines.get(ruleSet);
  if (!engine) engines.set(ruleSet, (engine = buildEngine(ruleSet)));
  return engine;
}

/**
 * Checks one sheet: reads its layout, binds headers to measures, runs every rule through the engine, blames the
 * fewest cells that explain all failures (Fellegi–Holt), and words the findings in the chosen language.
 */
export async function checkSheet(sheet: SheetSnapshot, ruleSet: RuleSet, options: CheckOptions): Promise<SheetReport> {
  const layout = readLayout(sheet);
  const model = new SheetModel(sheet, layout);
  const candidates = findCandidates(layout, ruleSet.measures.values());
  const outcomes = new Map<string, Outcome>();
  const ctx: EvaluationContext = {
    model,
    candidates,
    measures: ruleSet.measures,
    lang: options.lang,
    ratioOutcomes: () => ruleSet.rules.filter((r) => r.relation.kind === 'ratio').map((rule) => ({ rule, outcome: evaluate(rule.id) })),
    rules: ruleSet.rules,
  };
  const evaluate = (ruleId: string): Outcome => {
    let outcome = outcomes.get(ruleId);
    if (!outcome) {
      const rule = ruleSet.rules.find((r) => r.id === ruleId);
      if (!rule) throw new Error(`unknown rule ${ruleId}`);
      outcomes.set(ruleId, (outcome = layout.columns.length === 0 ? { applies: false, reason: layout.problems[0]?.message ?? '', binding: new Map(), bindingNotes: [], violations: [] } : evaluateRule(rule, ctx, undefined)));
    }
    return outcome;
  };

  const violated = await runEngine(engineFor(ruleSet), { evaluate });
  const failed: { rule: (typeof ruleSet.rules)[number]; violation: Violation; id: string; cells: string[] }[] = [];
  for (const rule of ruleSet.rules) {
    if (!violated.has(rule.id)) continue;
    (outcomes.get(rule.id)?.violations ?? []).forEach((violation, i) => {
      failed.push({ rule, violation, id: `${rule.id}#${i}`, cells: violation.cells.map(({ row, col }) => a1(row, col)) });
    });
  }
  const confirmations = countConfirmations(failed, ruleSet, ctx, outcomes);
  const relations = withImpliedValues(failed);
  // Where cells weigh the same, blame the one the finding is about: the stated rate, the total, the left side.
  const subjects = relations.flatMap((r, i) => r.cells.filter((c) => addressOf(c) === failed[i].cells[0]));
  const suspects = new Set(
    [...localiseErrors(relations, (candidate) => 1 + CONFIRMATION_WEIGHT * (confirmations.get(addressOf(candidate)) ?? 0), subjects)].map(addressOf),
  );
  acquitExplainedSubjects(failed, suspects, model);

  const findings: Finding[] = failed.map(({ rule, violation, cells }) => {
    const unique = [...new Set(cells)];
    const ordered = [...unique.filter((c) => suspects.has(c)), ...unique.filter((c) => !suspects.has(c))];
    const refs = new Map(violation.cells.map((ref) => [a1(ref.row, ref.col), ref]));
    return {
      ruleId: rule.id,
      severity: rule.severity,
      sheet: sheet.name,
      cells: ordered.map((address) => {
        const ref = refs.get(address) as CellRef;
        return { address, value: model.shown(ref.row, ref.col), suspect: suspects.has(address) };
      }),
      message: fill(rule.message[options.lang], { note: '', ...violation.vars }),
      expected: violation.expected,
      actual: violation.actual,
      ...(violation.tolerance !== undefined ? { tolerance: violation.tolerance } : {}),
    };
  });
  findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);

  return { sheet: sheet.name, findings, explanation: explain(sheet, ctx, outcomes, ruleSet, options.lang), problems: layout.problems };
}

const addressOf = (candidate: string) => candidate.split('@')[0];

/**
 * Several wrong parts can explain one wrong total together, although none does alone: two regions typed 10 and 20 too
 * low leave the column total 30 short. The hitting set then blames the total as well; this takes the blame off a sum's
 * subject (the total, or the left side) when the other suspects' repairs, as their own rows imply them, add up to the
 * sum's whole discrepancy and no other failure needs the subject.
 */
function acquitExplainedSubjects(failed: { violation: Violation; cells: string[] }[], suspects: Set<string>, model: SheetModel): void {
  // Each suspect's repair as the other failures imply it (exact sums first, then rates).
  const repairs = new Map<string, { violation: Violation; value: number }[]>();
  for (const { violation, cells } of [...failed].sort((a, b) => Number(Boolean(b.violation.linear)) - Number(Boolean(a.violation.linear)))) {
    violation.cells.forEach((ref, i) => {
      const value = violation.implied?.get(cellKey(ref));
      if (value !== undefined && suspects.has(cells[i])) repairs.set(cells[i], [...(repairs.get(cells[i]) ?? []), { violation, value }]);
    });
  }
  for (const { violation, cells } of failed) {
    const subject = cells[0];
    if (!violation.linear || !violation.implied || !suspects.has(subject)) continue;
    let share = 0;
    let parts = 0;
    violation.cells.forEach((ref, i) => {
      const current = model.number(ref.row, ref.col)?.value;
      const alone = violation.implied?.get(cellKey(ref));
      const repair = repairs.get(cells[i])?.find((r) => r.violation !== violation)?.value;
      if (i === 0 || current === undefined || alone === undefined || repair === undefined || alone === current) return;
      share += (repair - current) / (alone - current);
      parts += 1;
    });
    const neededElsewhere = failed.some((f) => f.violation !== violation && f.cells.includes(subject) && !f.cells.some((c) => c !== subject && suspects.has(c)));
    if (parts > 0 && Math.abs(share - 1) < 0.01 && !neededElsewhere) suspects.delete(subject);
  }
}

/** Two implied values agree when they differ by less than one unit or half a percent (rates are rounded). */
function sameImplied(a: number, b: number): boolean {
  return Math.abs(a - b) <= Math.max(1, 0.005 * Math.max(Math.abs(a), Math.abs(b)));
}

/**
 * One cell can explain several failed relations only if one new value repairs them all. Where the values a cell would
 * need differ between its relations, it stands in the hitting set as several candidates (`C11@0`, `C11@1`), each
 * hitting only the relations that agree on its value; relations without an implied value (inequalities) accept any.
 */
function withImpliedValues(failed: { cells: string[]; violation: Violation; id: string }[]): { id: string; cells: string[] }[] {
  const needs = new Map<string, { relation: number; value?: number }[]>();
  failed.forEach(({ violation }, relation) => {
    for (const ref of violation.cells) {
      const address = a1(ref.row, ref.col);
      needs.set(address, [...(needs.get(address) ?? []), { relation, value: violation.implied?.get(cellKey(ref)) }]);
    }
  });
  const candidatesOf = failed.map(() => [] as string[]);
  for (const [address, list] of needs) {
    const clusters: number[] = [];
    for (const { value } of list) if (value !== undefined && !clusters.some((c) => sameImplied(c, value))) clusters.push(value);
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
 * also feeds a column total is blamed after the rate beside it, unless the total fails by the same amount. Counted
 * in a second pass over those rows only, so a clean 50,000-row sheet pays nothing for it.
 */
function countConfirmations(failed: { cells: string[] }[], ruleSet: RuleSet, ctx: EvaluationContext, outcomes: Map<string, Outcome>): Map<string, number> {
  const counts = new Map<string, number>();
  if (failed.length === 0) return counts;
  // Every row a failure reads; past RECHECK_ROWS (a wrong region in a 50,000-row ledger fails the column total, which
  // reads every row) only each failure's own row, and the total's members then weigh the same.
  const rowOf = (address: string) => (parseA1(address) as { row: number }).row;
  let rows = new Set(failed.flatMap((f) => f.cells.map(rowOf)));
  if (rows.size > RECHECK_ROWS) rows = new Set(failed.map((f) => rowOf(f.cells[0])));
  const restricted: EvaluationContext = { ...ctx, model: ctx.model.restrictedTo(rows) };
  const confirm = (cells: CellRef[]) => {
    for (const { row, col } of cells) {
      if (!rows.has(row)) continue; // only cells of the failing rows are weighed
      const key = a1(row, col);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  };
  for (const rule of ruleSet.rules) if (outcomes.get(rule.id)?.applies) evaluateRule(rule, restricted, confirm);
  for (const { cells } of failed) if (cells.length > 1) for (const address of cells) counts.set(address, (counts.get(address) ?? 0) + 1);
  return counts;
}

function explain(sheet: SheetSnapshot, ctx: EvaluationContext, outcomes: Map<string, Outcome>, ruleSet: RuleSet, lang: Lang): SheetExplanation {
  const { layout } = ctx.model;
  const boundBy = new Map<number, { measure: string; binding?: string }>();
  for (const [id, { measure, columns }] of ctx.candidates) {
    for (const column of columns) if (!boundBy.has(column.col)) boundBy.set(column.col, { measure: `${measure.name[lang]} (${id})` });
  }
  const bindingNotes = [...outcomes.values()].flatMap((o) => o.bindingNotes);
  const letterOf = (col: number) => columnLetters(col);
  return {
    sheet: sheet.name,
    notes: [...layout.notes, ...new Set(bindingNotes)],
    headerRows: layout.headerRows.map((r) => r + 1),
    labelColumn: layout.columns.length > 0 ? letterOf(layout.labelColumn) : undefined,
    columns: layout.columns.map((c) => ({ letter: c.letter, header: c.header, unit: c.unit, measure: boundBy.get(c.col)?.measure })),
    totalRows: layout.totalRows.map((t) => ({ row: t.row + 1, label: t.label, members: t.members.length })),
    parts: layout.columns.filter((c) => c.partOf !== undefined).map((c) => ({ part: c.letter, whole: letterOf(c.partOf as number) })),
    rulesApplied: ruleSet.rules.filter((r) => outcomes.get(r.id)?.applies).map((r) => ({ ruleId: r.id, title: r.title[lang] })),
    rulesNotApplied: ruleSet.rules
      .filter((r) => !outcomes.get(r.id)?.applies)
      .map((r) => ({ ruleId: r.id, title: r.title[lang], reason: outcomes.get(r.id)?.reason ?? '' })),
  };
}

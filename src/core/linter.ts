import { noteTexts } from './layout-cells';
import { nestedRows, type SheetLayout } from './layout-types';
import { inferredConfirmations, inferredFailures, inferredExplanation, nearFailures } from './inference/findings';
import { inferSheet, type SheetInference } from './inference/infer';
import { matchedSpelling } from './binding';
import { cellFixes, type SuspectCell } from './cell-fixes';
import { evaluateSheet, type SheetEvaluation } from './evaluation';
import { fill, phrase } from './messages';
import { cellKey, type CellRef, type EvaluationContext, type Outcome } from './relations/types';
import type { Finding, Lang, SheetExplanation, SheetReport } from './report';
import type { RuleSet } from './rules';
import { textFlagFindings } from './text-flags';
import { formulasWithoutResults } from './unread-formulas';
import { reportAsTyped } from './as-typed';
import { periodTables } from './period-rows';
import { restackedSheet } from './side-by-side';
import { besideTables } from './beside';
import { twoLabelSheets } from './two-labels';
import { addressAsTyped, turnedSheet } from './transpose';
import { a1, columnLetters, parseA1, type SheetSnapshot } from './snapshot';
import { refutedChecks } from './refuted';
import { floatSlack } from './tolerance';
import { isCountUnit, isRateUnit, type Lexicon } from './lexicon';
import { failuresByCell, findSuspects, type FailedCheck } from './suspect';

export interface CheckOptions {
  lang: Lang;
  /** The next sheet continues this one (continuation.ts): its totals cover rows this sheet does not hold. */
  continued?: boolean;
  /** This sheet continues the one before it (a 续表 with the 合计 at its foot): its totals cover that sheet's rows too. */
  continues?: boolean;
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/**
 * Checks one sheet (turned, when it is a transposed table: transpose.ts): evaluates it through the rules engine
 * (evaluation.ts), blames the fewest cells that explain
 * all failures (Fellegi–Holt), and words the findings in the chosen language.
 */
export async function checkSheet(sheet: SheetSnapshot, ruleSet: RuleSet, options: CheckOptions): Promise<SheetReport> {
  const evaluation = await evaluateSheet(sheet, ruleSet, options.lang);
  const { ctx } = evaluation;
  const { nextTable } = ctx.model.layout;
  if (nextTable !== undefined) return checkStacked(sheet, nextTable, ruleSet, options);
  const periods = periodTables(sheet, ctx.model.layout, ruleSet.lexicon);
  if (periods) {
    const reports = await Promise.all(periods.map((p) => checkSheet(p.sheet, ruleSet, options)));
    const note = phrase(options.lang, 'layoutPeriodRows', { periods: periods.map((p) => p.period).join('、') });
    return joinReports(reports, [note]);
  }
  const relabelled = twoLabelSheets(sheet, ctx.model.layout, ctx.model.lexicon);
  if (relabelled) {
    const reports = await Promise.all(relabelled.map((part) => checkSheet(part, ruleSet, options)));
    return joinReports(reports, [phrase(options.lang, 'layoutTwoLabels')]);
  }
  const restacked = restackedSheet(sheet, ctx.model.layout, ctx.model.lexicon);
  if (restacked) {
    const report = await checkSheet(restacked.sheet, ruleSet, options);
    return reportAsTyped(report, restacked.back, phrase(options.lang, 'layoutSideBySide'));
  }
  const beside = besideTables(sheet, ctx.model.lexicon);
  if (beside) {
    const reports = await Promise.all(beside.map((part) => checkSheet(part, ruleSet, options)));
    return joinReports(reports, [phrase(options.lang, 'layoutBeside')]);
  }
  const turned = turnedSheet(
    sheet,
    ctx.model.layout,
    () => ctx.candidates.size,
    ruleSet.measures,
    ruleSet.lexicon,
    options.lang,
  );
  if (!turned) return checkTable(sheet, evaluation, ruleSet, options);
  const evaluatedTurned = await evaluateSheet(turned.sheet, ruleSet, options.lang, turned.layout);
  const report = checkTable(turned.sheet, evaluatedTurned, ruleSet, options);
  const note = turned.columns === 'regions' ? 'layoutTurned' : 'layoutTurnedPeriods';
  const back = (address: string) => addressAsTyped(address, turned.top);
  return reportAsTyped(report, back, phrase(options.lang, note, { row: turned.top + 1 }));
}

/**
 * A sheet of tables stacked under each other, each under a header of its own: each is checked alone (its relations,
 * inferred ones too, never reach into the other), and the reports are joined. Addresses stay those of the sheet.
 */
async function checkStacked(
  sheet: SheetSnapshot,
  nextTable: number,
  ruleSet: RuleSet,
  options: CheckOptions,
): Promise<SheetReport> {
  const first = await checkSheet(
    { ...sheet, rows: sheet.rows.slice(0, nextTable), merges: sheet.merges.filter((m) => m.bottom < nextTable) },
    ruleSet,
    options,
  );
  const rest = await checkSheet(
    {
      ...sheet,
      rows: sheet.rows.map((row, r) => (r < nextTable ? [] : row)),
      merges: sheet.merges.filter((m) => m.top >= nextTable),
    },
    ruleSet,
    options,
  );
  return joinReports([first, rest], [phrase(options.lang, 'layoutNextTable', { row: nextTable + 1 })]);
}

/** Each rule's first entry (a rule explained once for each table of a sheet). */
const firstOfEachRule = <T extends { ruleId: string }>(rules: T[]): T[] =>
  rules.filter((r, i) => rules.findIndex((x) => x.ruleId === r.ruleId) === i);

/**
 * The reports of the tables one sheet was read as, joined: the notes of each in turn, `between` after the first. A rule
 * applied to any table is applied to the sheet (whose status says whether it was checked), and is not among those
 * that were not; the columns and header are the first table's.
 */
function joinReports([first, ...others]: SheetReport[], between: string[]): SheetReport {
  const all = [first, ...others];
  const explanations = all.map((r) => r.explanation);
  const rulesApplied = firstOfEachRule(explanations.flatMap((e) => e.rulesApplied));
  const applied = new Set(rulesApplied.map((r) => r.ruleId));
  const rulesNotApplied = firstOfEachRule(
    explanations.flatMap((e) => e.rulesNotApplied).filter((r) => !applied.has(r.ruleId)),
  );
  const inferred = explanations.flatMap((e) => e.inferred ?? []);
  return {
    ...first,
    findings: all.flatMap((r) => r.findings).sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]),
    cellFixes: all.flatMap((r) => r.cellFixes),
    explanation: {
      ...first.explanation,
      notes: [...first.explanation.notes, ...between, ...others.flatMap((r) => r.explanation.notes)],
      totalRows: explanations.flatMap((e) => e.totalRows),
      parts: explanations.flatMap((e) => e.parts),
      rulesApplied,
      rulesNotApplied,
      ...(inferred.length > 0 ? { inferred } : {}),
    },
    problems: all.flatMap((r) => r.problems),
  };
}

function checkTable(
  sheet: SheetSnapshot,
  { ctx, outcomes, violated, notApplied }: SheetEvaluation,
  ruleSet: RuleSet,
  options: CheckOptions,
): SheetReport {
  const { model } = ctx;
  const layout = model.layout;
  const declared: FailedCheck[] = [];
  for (const rule of ruleSet.rules) {
    if (!violated.has(rule.id)) continue;
    (outcomes.get(rule.id)?.violations ?? []).forEach((violation, i) => {
      declared.push({
        rule,
        violation,
        id: `${rule.id}#${i}`,
        cells: violation.cells.map(({ row, col }) => a1(row, col)),
      });
    });
  }
  // Relations the sheet's own figures confirm, where the rules name none: a figure a declared rule already reports
  // is not reported twice.
  const counts = new Set(layout.columns.filter((c) => ctx.structures.columnKind(c) === 'count').map((c) => c.col));
  // So are figures per unit (单位面积产量 over a unit row of 公斤/亩, units both sides): no total adds them.
  const perUnit = (c: (typeof layout.columns)[number]) => {
    const units = c.unit?.split('/') ?? [];
    return units.length === 2 && units.every((u) => ruleSet.lexicon.unitOf(u) !== undefined);
  };
  const rates = new Set(layout.columns.filter((c) => c.isRate || perUnit(c)).map((c) => c.col));
  // The column numbers under the header (甲 | 乙 | 丙 | 1 | 2 | 3), and typed again at a page break, are no figures of the
  // table.
  const passedOver = new Set([
    ...(layout.pageRows ?? []),
    ...(layout.columnNumberRow === undefined ? [] : [layout.columnNumberRow]),
  ]);
  const figures =
    passedOver.size === 0 ? sheet : { ...sheet, rows: sheet.rows.map((row, r) => (passedOver.has(r) ? [] : row)) };
  const inference = inferSheet(figures, ruleSet.lexicon, {
    countColumns: counts,
    rateColumns: rates,
    comparableGrowth: layout.comparableGrowth,
    totalRows: new Set(layout.totalRows.filter((t) => t.members.length > 0).map((t) => t.row)),
    partRows: new Set(layout.partRows.map((p) => p.row)),
    partColumns: new Set(layout.columns.filter((c) => c.partOf !== undefined).map((c) => c.col)),
    nestedIn: nestedRows(layout),
    ...(layout.unitColumn === undefined ? {} : { rowUnit: (row: number) => model.rowUnit(row) }),
    countsOnly: sheetCountsOnly(layout, ruleSet.lexicon),
    // A row's own unit (its 单位 cell) governs its figures over the column's.
    uncountedColumns: new Set(
      layout.columns
        .filter(
          (c) =>
            c.isRate ||
            (layout.unitColumn === undefined && c.unit !== undefined && !isCountUnit(c.unit, ruleSet.lexicon)),
        )
        .map((c) => c.col),
    ),
    notes: noteTexts(sheet, layout),
    addingRows: model.rowsStateUnits() ? new Set(model.rowsToCheck.filter((r) => model.rowAdds(r))) : undefined,
    addingColumns: new Set(layout.columns.filter((c) => model.columnAdds(c)).map((c) => c.col)),
  });
  const { kept, notes: refuted } = refutedChecks(declared, inference, model.rowsToCheck, model, options.lang);
  // A table continued on the next sheet: its total, and a group the page break splits, count rows this sheet does not
  // hold, and are not checked here (see continuedTotals). Nor are a continuation's totals that pass its own rows' sums
  // as the 合计 of both sheets at the 续表's foot does (see spanningTotals); a total of its own rows typed wrong breaks
  // in a column or two.
  const spanning = options.continued
    ? continuedTotals(layout)
    : options.continues
      ? spanningTotals(kept, layout)
      : new Set<number>();
  // A relation within such a total's own row (其中：党员网格员 ≤ 网格员总数, a rate of its counts) holds there all the same.
  const readsTotal = (cells: string[]) => {
    const rows = new Set(cells.map((c) => parseA1(c)?.row ?? -1));
    return rows.size > 1 && [...rows].some((row) => spanning.has(row));
  };
  const failed = spanning.size > 0 ? kept.filter((f) => !readsTotal(f.cells)) : kept;
  const spanNote = options.continued ? 'continuedOnNextSheet' : 'continuesPreviousSheet';
  const notes = spanning.size > 0 ? [...refuted, phrase(options.lang, spanNote)] : refuted;
  // Only an error restates: a warning's cells (其中 parts past their whole, which may overlap) are still checked by the
  // relations the figures hold to.
  const reported = new Set(failed.filter((f) => f.rule.severity === 'error').flatMap((f) => f.cells));
  // A sum of some of a total's rows (or of its subtotals' rows), found where its other rows are zero (三、基金会 0 in two
  // columns of three; 一、街道 0 in its town's first months): where it breaks, one of those others holds a figure and
  // the total is the sum of all its rows.
  const totalMembers = new Map<number, Set<number>>(); // built where asked: a ledger's total has 50,000 rows
  const coveredBy = (total: number, into: Set<number>): Set<number> => {
    for (const r of layout.totalRows.find((t) => t.row === total)?.members ?? [])
      if (!into.has(r)) coveredBy(r, into.add(r));
    return into;
  };
  const someOfTotal = (cells: CellRef[]) => {
    const [{ row: total, col }] = cells;
    const totalRow = layout.totalRows.find((t) => t.row === total);
    const stated = model.valueAt(total, col);
    if (!totalRow || stated === undefined) return false;
    let covered = totalMembers.get(total);
    if (!covered) totalMembers.set(total, (covered = coveredBy(total, new Set())));
    const rows = new Set(cells.slice(1).map((c) => c.row));
    if (![...rows].every((r) => covered.has(r))) return false;
    let sum = 0;
    for (const r of totalRow.members) sum += model.valueAt(r, col) ?? 0;
    const others = [...covered].some((r) => !rows.has(r) && (model.valueAt(r, col) ?? 0) !== 0);
    return others && Math.abs(sum - stated) <= floatSlack(sum, stated);
  };
  const isRateRow = (row: number) => model.isRateRow(row);
  // A relation whose result a rule already reports is not reported again, but still tells which cell is wrong (a rate
  // typed 69.6 breaks the change after it, 比上年增减 = 2024年 − 2023年, and its own ratio of counts).
  const restated: FailedCheck[] = [];
  inferredFailures(inference, options.lang).forEach(({ rule, violation, axis, holdsAtRow }, i) => {
    const cells = violation.cells.map(({ row, col }) => a1(row, col));
    // A rate row among counts (城镇化率 | %, by its 单位 cell) changes in points: the counts' relations between columns
    // do not bind it, unless they hold at other rate rows (a table of rates, each with its change in points). A
    // relation between rows does (覆盖率 = 已建立党组织的企业数 ÷ 企业数, regions as columns), and so does a difference
    // of two periods, which is its change in points (薄弱村占比 | 本年 | 上年 | 增减额).
    const rateRow =
      axis === 'column' &&
      rule.id !== 'inferred/difference' &&
      isRateRow(violation.row) &&
      holdsAtRow?.(isRateRow) !== true;
    const partOfTotal = axis === 'row' && rule.id === 'inferred/sum' && someOfTotal(violation.cells);
    if (rateRow || partOfTotal || readsTotal(cells)) return;
    (reported.has(cells[0]) ? restated : failed).push({ rule, violation, id: `${rule.id}#${i}`, cells });
  });
  const failedCells = new Set(failed.flatMap((f) => f.cells));
  const near = nearChecks(inference, failed, failedCells, options.lang);
  // The value each failed relation implies for a cell (the first), to tell a repair other figures forbid.
  const repairs = new Map<string, number>();
  for (const { violation } of failed)
    for (const ref of violation.cells) {
      const value = violation.implied?.get(cellKey(ref));
      const address = a1(ref.row, ref.col);
      if (value !== undefined && !repairs.has(address)) repairs.set(address, value);
    }
  const confirmations = inferredConfirmations(inference, failedCells, repairs);
  const suspects = findSuspects(failed, model, outcomes, confirmations, [...near, ...restated]);

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
  findings.push(...textFlagFindings(model, options.lang));
  findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);

  const fixes = cellFixes(suspectCells([...failed, ...near], suspects, ctx, ruleSet), options.lang);
  return {
    sheet: sheet.name,
    findings,
    cellFixes: fixes,
    explanation: {
      ...withNotes(explain(sheet, ctx, outcomes, notApplied, ruleSet, options.lang), notes),
      inferred: inferredExplanation(inference, options.lang),
    },
    problems: [...layout.problems, ...[formulasWithoutResults(model, options.lang)].filter((p) => p !== undefined)],
  };
}

/** Whether the sheet states units, and all of them but its rates' count (单位：个、人、%). */
function sheetCountsOnly(layout: SheetLayout, lexicon: Lexicon): boolean {
  const units = layout.unitsListed ?? (layout.defaultUnit === undefined ? [] : [layout.defaultUnit]);
  const counted = units.filter((u) => !isRateUnit(u, lexicon));
  return counted.length > 0 && counted.every((u) => isCountUnit(u, lexicon));
}

function withNotes(explanation: SheetExplanation, notes: string[]): SheetExplanation {
  return notes.length === 0 ? explanation : { ...explanation, notes: [...explanation.notes, ...notes] };
}

/**
 * Relations refused as findings that fail on a failed relation's cell: they help blame it, and say what it implies.
 * One that reads only a failed relation's cells restates it (the rate a rule checks, read the other way round).
 */
function nearChecks(inference: SheetInference, failed: FailedCheck[], cells: Set<string>, lang: Lang): FailedCheck[] {
  const near = nearFailures(inference, cells, lang);
  if (near.length === 0) return [];
  // Only the failures reading a near relation's first cell can hold all of its cells (a ledger may fail on every row).
  const byCell = failuresByCell(failed);
  return near
    .map(({ rule, violation }, i) => ({
      rule,
      violation,
      id: `near#${i}`,
      cells: violation.cells.map(({ row, col }) => a1(row, col)),
      near: true,
    }))
    .filter((n) => !(byCell.get(n.cells[0]) ?? []).some((f) => n.cells.every((c) => f.cells.includes(c))));
}

/** Cells of a relation a suspect disagrees with; of a long sum (a total over thousands of rows) only its total. */
function disagreeing(addresses: string[], address: string): string[] {
  const others = addresses.length <= 8 ? addresses : addresses.slice(0, 1);
  return others.filter((a) => a !== address);
}

/** Each suspect cell, in sheet order, with what every failed relation that reads it implies for it. */
function suspectCells(
  failed: FailedCheck[],
  suspects: Set<string>,
  ctx: EvaluationContext,
  ruleSet: RuleSet,
): SuspectCell[] {
  const { model } = ctx;
  const cells = new Map<string, SuspectCell>();
  for (const { rule, violation, cells: addresses, near } of failed) {
    violation.cells.forEach((ref, i) => {
      const address = addresses[i];
      if (!suspects.has(address)) return;
      let cell = cells.get(address);
      if (!cell) {
        const figure = model.number(ref.row, ref.col);
        const column = model.headerColumn(ref.col);
        const measures = [...ctx.candidates]
          .filter(([, c]) => c.columns.some((h) => h.col === ref.col))
          .map(([id]) => id);
        const range = ruleSet.rules
          .map((r) => ruleSet.relations.moduleOf(r.relation).bounds?.(r.relation))
          .find((b) => b?.measures.some((m) => measures.includes(m)));
        cell = {
          address,
          typed: figure?.value,
          decimals: model.decimalsAt(ref.row, ref.col),
          percent: figure?.percent ?? false,
          // A column of changes (增减数 in 家) counts whole units, but below zero too: no count's bound on a repair.
          kind:
            column && !model.holdsChanges(column)
              ? model.columnKind(column, measures.map((id) => ctx.measures.get(id)?.kind).find(Boolean))
              : 'unknown',
          ...(range ? { bounds: [range.min, range.max] as [number, number] } : {}),
          evidence: [],
        };
        cells.set(address, cell);
      }
      const implied = violation.implied?.get(cellKey(ref));
      cell.evidence.push({
        ruleId: rule.id,
        title: rule.title[ctx.lang],
        ...(implied !== undefined ? { implied } : {}),
        exact: Boolean(violation.linear),
        ...(near ? { near } : {}),
        others: disagreeing(addresses, address),
      });
    });
  }
  const order = (a: string) => parseA1(a) as { row: number; col: number };
  return [...cells.values()].sort(
    (a, b) => order(a.address).row - order(b.address).row || order(a.address).col - order(b.address).col,
  );
}

function explain(
  sheet: SheetSnapshot,
  ctx: EvaluationContext,
  outcomes: Map<string, Outcome>,
  notApplied: Map<string, string>,
  ruleSet: RuleSet,
  lang: Lang,
): SheetExplanation {
  const { layout } = ctx.model;
  const boundBy = new Map<number, { measure: string; layer?: string }>();
  for (const [id, { measure, columns }] of ctx.candidates) {
    for (const column of columns) {
      if (boundBy.has(column.col)) continue;
      const spelling = matchedSpelling(measure, column, ruleSet.lexicon);
      const layer = (spelling && ruleSet.origin.get(`alias:${id}:${spelling}`)) ?? ruleSet.origin.get(`measure:${id}`);
      boundBy.set(column.col, { measure: `${measure.name[lang]} (${id})`, layer });
    }
  }
  const layerOf = (ruleId: string) => ruleSet.origin.get(`rule:${ruleId}`);
  const bindingNotes = [...outcomes.values()].flatMap((o) => o.bindingNotes);
  const letterOf = (col: number) => columnLetters(col);
  return {
    sheet: sheet.name,
    notes: [...layout.notes, ...new Set(bindingNotes)],
    headerRows: layout.headerRows.map((r) => r + 1),
    labelColumn: layout.columns.length > 0 ? letterOf(layout.labelColumn) : undefined,
    columns: layout.columns.map((c) => ({
      letter: c.letter,
      header: c.header,
      unit: c.unit,
      measure: boundBy.get(c.col)?.measure,
      layer: boundBy.get(c.col)?.layer,
    })),
    totalRows: layout.totalRows.map((t) => ({ row: t.row + 1, label: t.label, members: t.members.length })),
    parts: layout.columns
      .filter((c) => c.partOf !== undefined)
      .map((c) => ({ part: c.letter, whole: letterOf(c.partOf as number) })),
    rulesApplied: ruleSet.rules
      .filter((r) => outcomes.get(r.id)?.applies)
      .map((r) => ({ ruleId: r.id, title: r.title[lang], layer: layerOf(r.id) })),
    rulesNotApplied: ruleSet.rules
      .filter((r) => !outcomes.get(r.id)?.applies)
      .map((r) => ({ ruleId: r.id, title: r.title[lang], reason: notApplied.get(r.id) ?? '', layer: layerOf(r.id) })),
  };
}

/** The rows another total sums or holds as a part (市辖区 under 全市): not the table's own total. */
const countedRows = (layout: SheetLayout) =>
  new Set([...layout.totalRows.flatMap((t) => t.members), ...layout.partRows.map((p) => p.row)]);

/**
 * The total rows of a sheet continued on the next one that may count rows of that sheet: the table's total (全市, no
 * other total's row nor part), and one whose rows run to the foot of the table (a group the page break splits). A
 * group closed on this sheet (市辖区 over its districts, a county after them; a street over its communities) is checked
 * here.
 */
function continuedTotals(layout: SheetLayout): Set<number> {
  let last = -1;
  for (const row of [...layout.regionRows, ...layout.partRows.map((p) => p.row)]) last = Math.max(last, row);
  for (const t of layout.totalRows) for (const row of [t.row, ...t.members]) last = Math.max(last, row);
  const counted = countedRows(layout);
  return new Set(
    layout.totalRows
      .filter((t) => (t.kind === 'total' && !counted.has(t.row)) || t.members.some((row) => row >= last))
      .map((t) => t.row),
  );
}

/**
 * The total rows of a continuation whose sums (a totalRow relation) fail in two columns or more: in half the columns
 * of no rates, or, for the table's own total, above the sum in each (全区合计 over the streets of both sheets, where
 * some columns are of no kind the sum is checked in).
 */
function spanningTotals(failed: FailedCheck[], layout: SheetLayout): Set<number> {
  const width = layout.columns.filter((c) => !c.isRate).length;
  const failures = new Map<number, FailedCheck[]>();
  for (const f of failed) {
    if (f.rule.relation.kind !== 'totalRow') continue;
    const row = parseA1(f.cells[0])?.row;
    if (row === undefined) continue;
    const list = failures.get(row);
    if (list) list.push(f);
    else failures.set(row, [f]);
  }
  const counted = countedRows(layout);
  const above = (f: FailedCheck) => Number(f.violation.actual) > Number(f.violation.expected);
  return new Set(
    [...failures]
      .filter(
        ([row, list]) => list.length >= 2 && (2 * list.length >= width || (!counted.has(row) && list.every(above))),
      )
      .map(([row]) => row),
  );
}

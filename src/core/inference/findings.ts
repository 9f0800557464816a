import type { CellKey, CellRef, Violation } from '../relations/types';
import type { InferredExplanation, Lang } from '../report';
import type { Rule } from '../rule-schema';
import { fill } from '../messages';
import { a1, columnLetters, parseA1 } from '../snapshot';
import { roundForDisplay, shortestDecimals } from '../tolerance';
import type { GridView } from './grid';
import { viewOf } from './grid';
import type { SheetInference } from './infer';
import {
  eps,
  heldAt,
  MONTHS_A_YEAR,
  verdictAt,
  type Break,
  type InferredKind,
  type InferredRelation,
} from './relations';
import { NOISE_FACTOR, NOISE_SHARE } from './acceptance';
import { INFERENCE_PHRASES as PHRASES, TITLE_KEY } from './phrases';
import { confirmedByRunning, type RunningColumn } from './running';
import { confirmedByShare, type ShareColumn } from './shares';

/** The rule an inferred relation reports under: `inferred/sum`, `inferred/ratio` … (never in a rule file). */
export function inferredRule(kind: InferredKind | RunningColumn['kind'], lang: Lang): Rule {
  const p = PHRASES[lang];
  return {
    id: `inferred/${kind}`,
    title: { 'zh-CN': PHRASES['zh-CN'][TITLE_KEY[kind]], en: PHRASES.en[TITLE_KEY[kind]] },
    message: { 'zh-CN': '{text}', en: '{text}' },
    severity: 'error',
    relation: { kind: 'equals', left: 'inferred', right: 'inferred' },
    unless: [],
    source: { article: '000_0.txt', figure: p[TITLE_KEY[kind]] },
  };
}

/** How a line is named: its header or label, else its letter or number. */
function lineName(inference: SheetInference, axis: 'column' | 'row', line: number, lang: Lang): string {
  const label = axis === 'column' ? inference.columnLabels[line] : inference.rowLabels[line];
  if (label) return label;
  const p = PHRASES[lang];
  return axis === 'column'
    ? fill(p.columnName, { letter: columnLetters(line) })
    : fill(p.rowName, { n: String(line + 1) });
}

/** A scale as the table works it out: × 100, or × 10000 ÷ 12 for a mean per month of a year's amount. */
function scaleText(scale: number): string {
  if (scale === 1) return '';
  const perYear = scale * MONTHS_A_YEAR;
  const monthly = !Number.isInteger(scale) && Math.abs(perYear - Math.round(perYear)) < eps(perYear);
  return monthly ? ` × ${Math.round(perYear)} ÷ ${MONTHS_A_YEAR}` : ` × ${scale}`;
}

/** The relation as a statistician writes it: 无党员企业占比 = 无党员企业数 ÷ 企业数 × 100. */
export function formulaText(inference: SheetInference, r: InferredRelation, lang: Lang): string {
  const name = (line: number) => lineName(inference, r.axis, line, lang);
  const p = PHRASES[lang];
  const scale = scaleText(r.scale);
  const [a, b] = r.members.slice(0, 2).map(name);
  // Sums and means read left to right (top to bottom), whichever side of the target their lines are; a total row's
  // 50,000 members are named by their first and last only.
  const terms =
    r.members.length <= 4
      ? [...r.members]
          .sort((x, y) => x - y)
          .map((m, i) => `${r.minus?.includes(m) ? (i === 0 ? '−' : ' − ') : i === 0 ? '' : ' + '}${name(m)}`)
          .join('')
      : undefined;
  let [first, last] = [Infinity, -Infinity];
  for (const m of r.members) {
    first = Math.min(first, m);
    last = Math.max(last, m);
  }
  const long = { first: name(first), last: name(last), count: String(r.members.length) };
  const right = {
    sum: terms ?? fill(p.longSum, long),
    average: terms ? fill(p.mean, { terms, count: String(r.members.length) }) : fill(p.longMean, long),
    difference: `${a} − ${b}`,
    ratio: `${a} ÷ ${b}${scale}`,
    change: r.scale < 0 ? `(${a} − ${b}) ÷ ${a} × ${-r.scale}` : `(${b} − ${a}) ÷ ${a}${scale}`,
  }[r.kind];
  return `${name(r.target)} = ${right}${r.stated ? p.stated : ''}`;
}

/** The value each cell would need, the others unchanged, for the relation to hold there (for the localiser). */
function impliedValues(view: GridView, r: InferredRelation, pos: number, expected: number): Map<CellKey, number> {
  const key = (line: number) => {
    const { row, col } = view.cell(line, pos);
    return `${row}:${col}`;
  };
  const t = view.value(r.target, pos);
  const v = (line: number) => view.value(line, pos);
  const implied = new Map<CellKey, number>([[key(r.target), expected]]);
  const [a, b] = r.members;
  if (r.kind === 'sum' || r.kind === 'average') {
    // A mean of the figures there are (see partsVerdict) moves by the gap over those, not over its blank lines.
    const count = r.blanksAsZero ? r.members.length : r.members.filter((m) => !Number.isNaN(v(m))).length;
    const gap = (t - expected) * (r.kind === 'average' ? count : 1);
    for (const m of r.members) implied.set(key(m), r.minus?.includes(m) ? v(m) - gap : v(m) + gap);
  } else if (r.kind === 'difference') {
    implied.set(key(a), t + v(b));
    implied.set(key(b), v(a) - t);
  } else if (r.kind === 'ratio' && t !== 0) {
    implied.set(key(a), (t * v(b)) / r.scale);
    implied.set(key(b), (v(a) * r.scale) / t);
  } else if (r.kind === 'change' && t / r.scale !== -1) {
    implied.set(key(b), v(a) * (1 + t / r.scale));
    implied.set(key(a), v(b) / (1 + t / r.scale));
  }
  return implied;
}

export interface InferredFailure {
  rule: Rule;
  violation: Violation;
  /** Whether the relation is between columns (read along each row) or between rows. */
  axis: InferredRelation['axis'];
  /** Whether the relation holds at some sheet row that passes the test (a rate row, as the failure's is). */
  holdsAtRow?: (test: (row: number) => boolean) => boolean;
}

/** One failure per position where an inferred relation breaks, worded for the finding. */
export function inferredFailures(inference: SheetInference, lang: Lang): InferredFailure[] {
  const failures: InferredFailure[] = [];
  for (const r of inference.relations) {
    if (r.breaks.length === 0) continue;
    const view = viewOf(inference.grid, r.axis);
    const rule = inferredRule(r.kind, lang);
    const formula = formulaText(inference, r, lang);
    const holdsAtRow = (test: (row: number) => boolean) => r.support.some((pos) => test(view.cell(r.target, pos).row));
    for (const b of r.breaks) {
      // A sum or difference has the figures' own decimals; a quotient one more, to show it was worked out.
      const exact = r.kind === 'sum' || r.kind === 'difference';
      const shown = { support: r.support.length, axis: r.axis, formula, half: view.half(r.target, b.pos), exact };
      const { text, expected, actual } = breakText(lang, shown, b.expected, b.actual);
      failures.push({
        rule,
        violation: { ...readAt(view, r, b), vars: { text }, expected, actual, tolerance: b.slack },
        axis: r.axis,
        holdsAtRow,
      });
    }
  }
  for (const share of inference.shares) failures.push(...shareFailures(inference, share, lang));
  for (const running of inference.running) failures.push(...runningFailures(inference, running, lang));
  return failures;
}

/** A run as a formula: 1-本月累计 = 上一行的1-本月累计 + 当月; 期初数 = 上一期的期末数 (rows of periods, turned or not). */
function runningFormula(inference: SheetInference, running: RunningColumn, lang: Lang): string {
  const name = (col: number) => lineName(inference, 'column', col, lang);
  return running.own === undefined
    ? fill(PHRASES[lang].carriedFormula, { opening: name(running.col), closing: name(running.carried) })
    : fill(PHRASES[lang].runningFormula, { running: name(running.col), own: name(running.own) });
}

/** The periods where a running total is not the one before plus the period's own figure, or a stock not carried. */
function runningFailures(inference: SheetInference, running: RunningColumn, lang: Lang): InferredFailure[] {
  const { grid } = inference;
  const at = (col: number, row: number) => grid.values[col * grid.rows + row];
  const formula = runningFormula(inference, running, lang);
  const { col, carried, own } = running;
  return running.steps
    .filter((step) => step.status === 'break')
    .map(({ row, previous, expected: expectedValue, slack }) => {
      const [total, before, added] = [at(col, row), at(carried, previous), own === undefined ? 0 : at(own, row)];
      const half = grid.halves[col * grid.rows + row];
      const shown = { support: running.held, axis: 'column' as const, formula, half, exact: true };
      const { text, expected, actual } = breakText(lang, shown, expectedValue, total);
      const cells: CellRef[] = [
        { row, col },
        { row: previous, col: carried },
      ];
      const implied = new Map<CellKey, number>([
        [`${row}:${col}`, expectedValue],
        [`${previous}:${carried}`, total - added],
      ]);
      if (own !== undefined) {
        cells.push({ row, col: own });
        implied.set(`${row}:${own}`, total - before);
      }
      return {
        rule: inferredRule(running.kind, lang),
        violation: { row, cells, implied, linear: true, vars: { text }, expected, actual, tolerance: slack },
        axis: 'column' as const,
      };
    });
}

/**
 * A break's finding text (`其余 14 行均满足 …，本行不满足（按此应为 49.02，表中为 40.9）`) and its two figures as shown: with
 * the decimals of the figure's rounding (an exact count, half 0, with those it is typed with), the expected one a decimal
 * more unless the relation is a sum or difference, to show it was worked out.
 */
function breakText(
  lang: Lang,
  shown: { support: number; axis: InferredRelation['axis']; formula: string; half: number; exact: boolean },
  expectedValue: number,
  actualValue: number,
): { text: string; expected: string; actual: string } {
  const p = PHRASES[lang];
  const { half } = shown;
  const decimals = Math.max(shortestDecimals(actualValue), half > 0 ? Math.round(-Math.log10(2 * half)) : 0);
  const expected = roundForDisplay(expectedValue, decimals + (shown.exact ? 0 : 1));
  const actual = roundForDisplay(actualValue, decimals);
  const text = fill(shown.support === 1 ? p.messageOne : p.message, {
    support: String(shown.support),
    unit: p[shown.axis === 'column' ? 'row' : 'column'],
    formula: shown.formula,
    expected,
    actual,
  });
  return { text, expected, actual };
}

/**
 * Whether a share off its count's is worth a finding: not a 0 or a count of 0 (placeholders more often than wrong
 * figures), not at another scale (1.32 among fractions), and well beyond how far the other shares are off theirs
 * (worked out from unrounded figures, 55.7 where the rounded ones give 55.61): three times that, and 1 % of the share.
 */
function reportedShare(stated: number, expected: number, noise: number): boolean {
  if (stated === 0 || expected === 0 || !Number.isFinite(expected)) return false;
  const gap = Math.abs(stated - expected);
  const ratio = Math.abs(stated / expected);
  return ratio < 10 && ratio > 0.1 && gap > NOISE_FACTOR * noise && gap > NOISE_SHARE * Math.abs(stated);
}

/**
 * The rows of a column of shares (构成, 比重) where a share is not its count's part of the whole (比重 = 年末数 ÷ 常住人口
 * × 100 on every other row): the share or its count is wrong. Not where the share is of another row's count (其中 a
 * share of its own whole), nor a 0 (a placeholder more often than a wrong figure).
 */
/** A share column's relation as a formula: 比重 = 人口 ÷ 全市 × 100. */
function shareFormula(inference: SheetInference, share: ShareColumn, lang: Lang): string {
  const name = (line: number, axis: 'column' | 'row') => lineName(inference, axis, line, lang);
  const per = share.per === 1 ? '' : ` × ${share.per}`;
  return `${name(share.col, 'column')} = ${name(share.base, 'column')} ÷ ${name(share.whole, 'row')}${per}`;
}

function shareFailures(inference: SheetInference, share: ShareColumn, lang: Lang): InferredFailure[] {
  const { grid } = inference;
  const at = (col: number, row: number) => grid.values[col * grid.rows + row];
  const whole = at(share.base, share.whole);
  const formula = shareFormula(inference, share, lang);
  const failures: InferredFailure[] = [];
  // A whole whose own share is not the full 100 (a 合计 row's decline rate) says the column shares nothing out.
  if (share.off.includes(share.whole)) return failures;
  for (const row of share.off) {
    const [stated, count] = [at(share.col, row), at(share.base, row)];
    const expectedValue = (count / whole) * share.per;
    if (!reportedShare(stated, expectedValue, share.noise)) continue;
    const slack = grid.halves[share.col * grid.rows + row];
    const ofAnother = (other: number) => {
      const part = (count / at(share.base, other)) * share.per;
      return other !== row && Number.isFinite(part) && Math.abs(part - stated) <= slack + eps(part, stated);
    };
    if (Array.from({ length: grid.rows }, (_, r) => r).some(ofAnother)) continue;
    const shown = { support: share.held, axis: 'column' as const, formula, half: slack, exact: false };
    const { text, expected, actual } = breakText(lang, shown, expectedValue, stated);
    // Not the whole, which every other row's share confirms; nor a count implied by a share known only to its rounding
    // (5.7 % of 25,095 is 1,418 to 1,443), which would part it from the same count a sum implies.
    const cells: CellRef[] = [
      { row, col: share.col },
      { row, col: share.base },
    ];
    const implied = new Map<CellKey, number>([[`${row}:${share.col}`, expectedValue]]);
    failures.push({
      rule: inferredRule('ratio', lang),
      violation: { row, cells, implied, linear: false, vars: { text }, expected, actual, tolerance: slack },
      axis: 'column',
    });
  }
  return failures;
}

/** The cells a relation reads where it breaks, and the value each would need there (for the localiser). */
function readAt(
  view: GridView,
  r: InferredRelation,
  b: Break,
): Pick<Violation, 'row' | 'cells' | 'implied' | 'linear'> {
  const cells: CellRef[] = [r.target, ...r.members].map((line) => view.cell(line, b.pos));
  return {
    row: cells[0].row,
    cells,
    implied: impliedValues(view, r, b.pos, b.expected),
    linear: r.kind === 'sum' || r.kind === 'difference' || r.kind === 'average',
  };
}

/** Lines a relation may read for a hold too coarse to be support to be asked about (see inferredConfirmations). */
const COARSE_HOLD_LINES = 12;

// A relation that holds at a cell and would break were the cell repaired as a failed one implies weighs as this many.
const BROKEN_BY_REPAIR = 4;

/** The view with one figure replaced: how a relation would read a cell repaired. */
const withFigure = (view: GridView, line: number, pos: number, value: number): GridView => ({
  ...view,
  value: (l, p) => (l === line && p === pos ? value : view.value(l, p)),
});

/**
 * How many inferred relations hold at each of these cells, a column of shares counting as one where a share is its
 * count's: a cell that a relation confirms is blamed after one none does (the weighting findSuspects gives declared
 * relations). A relation the cell's repair (`repairs`: the value a failed relation implies for it) would break counts
 * more: 北山县's 党员总数 raised to give the 合计 would break its share of women, where the 合计 itself breaks nothing.
 */
export function inferredConfirmations(
  inference: SheetInference,
  cells: Set<string>,
  repairs = new Map<string, number>(),
): Map<string, number> {
  const counts = new Map<string, number>();
  if (cells.size === 0) return counts;
  const views = { column: viewOf(inference.grid, 'column'), row: viewOf(inference.grid, 'row') };
  // Each failed cell is looked up in each relation, rather than every cell of every relation named: a relation that
  // holds on 50,000 rows reads 150,000 cells, of which a handful failed.
  const lines = inference.relations.map((r) => {
    const times = new Map<number, number>();
    for (const line of [r.target, ...r.members]) times.set(line, (times.get(line) ?? 0) + 1);
    return times;
  });
  for (const address of cells) {
    const at = parseA1(address);
    if (!at) continue;
    let n = 0;
    inference.relations.forEach((r, i) => {
      const [line, pos] = r.axis === 'column' ? [at.col, at.row] : [at.row, at.col];
      const times = lines[i].get(line) ?? 0;
      if (times === 0) return;
      // support is in position order (see check)
      const held = heldAt(r.support, pos);
      if (held) n += times;
      const view = views[r.axis];
      const repair = repairs.get(address);
      if (repair === undefined || view.percent(line, pos)) return;
      // A hold too coarse to count as support still forbids a repair that breaks it (a growth of -0.8 % to -0.9 %):
      // asked of relations of a few lines, not of a total row over 50,000 at each of its failed cells.
      const holds = held || (r.members.length <= COARSE_HOLD_LINES && verdictAt(view, r, pos).status === 'weak');
      if (holds && verdictAt(withFigure(view, line, pos, repair), r, pos).status === 'break') n += BROKEN_BY_REPAIR;
    });
    for (const share of inference.shares) if (confirmedByShare(inference.grid, share, at.row, at.col)) n++;
    for (const running of inference.running) if (confirmedByRunning(running, at.row, at.col)) n++;
    if (n > 0) counts.set(address, n);
  }
  return counts;
}

/** Most cells a refused relation may read to say which of them is wrong (see nearRelation): a long sum says little. */
const NEAR_CELLS = 12;

/**
 * Where each relation refused as a finding (see nearRelation) fails on one of these cells: no finding, but for the
 * localiser one of its cells is wrong too, and for the cell's card what it implies (Payments = its four programmes
 * gives the payment exactly, where the change rate beside it gives it only to the rate's rounding).
 */
export function nearFailures(inference: SheetInference, cells: Set<string>, lang: Lang): InferredFailure[] {
  const failures: InferredFailure[] = [];
  for (const { relation: r, breaks } of inference.near) {
    if (r.members.length + 1 > NEAR_CELLS) continue;
    const view = viewOf(inference.grid, r.axis);
    for (const b of breaks) {
      const read = readAt(view, r, b);
      if (!read.cells.some(({ row, col }) => cells.has(a1(row, col)))) continue;
      failures.push({
        rule: inferredRule(r.kind, lang),
        violation: { ...read, vars: {}, expected: String(b.expected), actual: String(b.actual) },
        axis: r.axis,
      });
    }
  }
  return failures;
}

/** Every inferred relation with its support, for `explain`. */
export function inferredExplanation(inference: SheetInference, lang: Lang): InferredExplanation[] {
  const relations = inference.relations.map((r): InferredExplanation => ({
    ruleId: `inferred/${r.kind}`,
    formula: formulaText(inference, r, lang),
    support: r.support.length,
    breaks: r.breaks.length,
    across: r.axis === 'column' ? 'row' : 'column',
  }));
  // A column of shares of its counts' whole checks the sheet as a relation does (its breaks are findings too).
  const shares = inference.shares.map((share): InferredExplanation => ({
    ruleId: 'inferred/ratio',
    formula: shareFormula(inference, share, lang),
    support: share.held,
    breaks: shareFailures(inference, share, lang).length,
    across: 'row',
  }));
  // So does a running total or a stock carried down periods.
  const running = inference.running.map((r): InferredExplanation => ({
    ruleId: `inferred/${r.kind}`,
    formula: runningFormula(inference, r, lang),
    support: r.held,
    breaks: r.steps.filter((step) => step.status === 'break').length,
    across: 'row',
  }));
  return [...relations, ...shares, ...running];
}

import type { GridView } from './grid';
import type { InferredRelation } from './relations';
import type { Lexicon } from '../lexicon';

/**
 * What the search works on: one reading direction of the grid with its words, each line's statistics, and the
 * candidate relations it proposes (walks.ts, pairs.ts) before acceptance.ts checks them at every position.
 */

/** A relation proposed by the search, before it is checked at every position. */
export type Candidate = Pick<InferredRelation, 'kind' | 'target' | 'members' | 'scale' | 'blanksAsZero' | 'minus'>;

/** How many lines a sum of the lines right after or before its target takes (0 for any other candidate). */
export function runAfter(target: number, c: Candidate): number {
  if (c.kind !== 'sum' || c.members.length < 2) return 0;
  const [least, most] = [Math.min(...c.members), Math.max(...c.members)];
  const next = least === target + 1 || most === target - 1;
  return next && most - least + 1 === c.members.length ? c.members.length : 0;
}

/** Keyed by ends and length: one walk's members are determined by them, and a key of 50,000 members would cost. */
export function addCandidate(out: Map<string, Candidate>, c: Candidate): void {
  out.set(`${c.kind}:${c.target}:${c.scale}:${c.members.length}:${c.members[0]}:${c.members[c.members.length - 1]}`, c);
}

/** A line's first non-zero figures, kept for trying pairs on (see pairs.ts). */
const FIRST_FIGURES = 32;
/** Biggest figures of a target line that seed the walk (more than one, so a wrong figure cannot hide its relation). */
const ANCHORS = 3;

export interface SearchContext {
  view: GridView;
  /** The rule set's words: which header words say what a line is (see hasWord). */
  lexicon: Lexicon;
  /** Whether a line's label says it is a total (see hasWord), asked of every row of a long ledger. */
  isTotal?: (line: number) => boolean;
  /** The header of a line (column header or row label), for choosing among candidates. */
  label: (line: number) => string;
  /** A line's header or row label as typed, its unit in brackets included (`比上年增减（百分点）`, `地区生产总值（亿元）`). */
  header?: (line: number) => string;
  /** Lines the layout reads as counts in whole units (家, 个, 名, or a unit line of counts): no rate nor change. */
  counts?: (line: number) => boolean;
  /** The label of a position (a row's label for column relations), for rows of another kind (see explained.ts). */
  positionLabel?: (pos: number) => string;
  /** The kind of unit a position states (a 单位 column's, or its label's bracket: percent, perMille …), if any. */
  positionUnit?: (pos: number) => string | undefined;
  /** Positions whose stated unit adds up (道路面积 | 万平方米, regions as columns): a sum's total there is no mean. */
  addsAt?: (pos: number) => boolean;
  /** Positions whose label names a quantity and no rate or mean, and states no unit or a count's (流动党员, 党员数（人）). */
  plainAt?: (pos: number) => boolean;
  /** Positions a sum, difference or mean is not checked at (non-additive columns for total rows). */
  ignore?: (pos: number) => boolean;
  /**
   * Positions of a running total or a stock (累计结余, 1-本月累计, 期末人数), and lines of periods (1月, 2月): a sum of
   * periods is not checked there, where the periods' total holds the last (or first) period's figure.
   */
  closing?: (pos: number) => boolean;
  /** Lines whose label is a period (1月, 一季度), asked where there are closing positions. */
  periodLine?: (line: number) => boolean;
  /**
   * Positions a sum or mean of three lines or more is not checked at, a difference still is: rows of rates where the
   * regions are columns (全市 is no sum of the counties' 死亡率).
   */
  notSummed?: (pos: number) => boolean;
  /** Positions no relation is checked at: columns of codes, line numbers or ranks, whose figures are no quantities. */
  identifier?: (pos: number) => boolean;
  /**
   * Lines no sibling of the lines around them, which a walk passes over: 其中 parts of a line above them (the layout's
   * part rows); columns of means or rates (平均年龄（岁） between 党员总数 and its age bands).
   */
  aside?: (line: number) => boolean;
  /**
   * The line a line is nested in by the layout: a member of its subtotal or total, or a 其中 part of its whole (H61 住宿业
   * under H 住宿和餐饮业). A sum over a line and one nested in it counts the inner one twice.
   */
  nestedIn?: (line: number) => number | undefined;
  /**
   * The position whose figures a position repeats at another scale, and that scale (a column of shares, 占收入比重, of
   * the counts beside it, 100 ÷ their total): where both are read, a relation holding there holds once, not twice.
   */
  copyOf?: (pos: number) => { of: number; scale: number } | undefined;
  /** Positions of changes (增减, 增长率): a ratio or change holds between levels, not between their changes. */
  change?: (pos: number) => boolean;
  /**
   * Positions of changes or differences between periods (增减量, 比上年增长): a place marked none there may be new (临空经济区
   * — in 2023年 and 增减量), its whole figure in the total's change, so a sum breaking over it breaks nothing there.
   */
  betweenPeriods?: (pos: number) => boolean;
  /** Lines the sheet says something of: a footnote mark on the label (滨海新区①), or a note naming it (高新区、综保区). */
  explained?: (line: number) => boolean;
  /** The notes say growth is at current prices (按现价计算): value added grows as its figures do (see explained.ts). */
  nominalGrowth?: boolean;
}

/** What the search knows of each line before it proposes anything. */
export interface Stats {
  /** Figures per line. */
  numbers: Int32Array;
  /**
   * Lines with figures, numbered by the run of such lines they belong to (a blank or text line ends a run; a line of
   * missing-figure marks, a category with none, does not).
   */
  block: Int32Array;
  /** Lines with no figure but marks of missing ones (`-` in every column): inside a run, never a part. */
  marked: Uint8Array;
  /** Positions with no negative figure on any line, and how many. */
  nonNegative: Uint8Array;
  nonNegativeCount: number;
  /** A line's first non-zero figures' positions, worked out when pairs are first tried on it (see pairs.ts). */
  first: (line: number) => number[];
  /** The positions of a line's biggest figures, where walks from it start (see walks.ts). */
  anchors: (line: number) => number[];
}

export function lineStats(view: GridView): Stats {
  const numbers = new Int32Array(view.lines);
  const marked = new Uint8Array(view.lines);
  const nonNegative = new Uint8Array(view.positions).fill(1);
  for (let line = 0; line < view.lines; line++) {
    let marks = false;
    for (let pos = 0; pos < view.positions; pos++) {
      const v = view.value(line, pos);
      if (Number.isNaN(v)) {
        marks ||= view.missing(line, pos);
        continue;
      }
      numbers[line]++;
      if (v < 0) nonNegative[pos] = 0;
    }
    if (marks && numbers[line] === 0) marked[line] = 1;
  }
  const block = new Int32Array(view.lines);
  for (let line = 0, b = 0; line < view.lines; line++) block[line] = numbers[line] > 0 || marked[line] ? b : ++b;
  // On demand: no pair is tried between the rows of a long ledger, whose 50,000 lists would be built for nothing.
  const firsts = new Map<number, number[]>();
  const first = (line: number) => {
    let list = firsts.get(line);
    if (!list) firsts.set(line, (list = firstFigures(view, line)));
    return list;
  };
  // The walks from a target ask for its anchors in turn: a column of 50,000 rows is scanned once, not once per walk.
  let anchoredLine = -1;
  let lineAnchors: number[] = [];
  const anchors = (line: number) => {
    if (line !== anchoredLine) {
      anchoredLine = line;
      lineAnchors = anchorsOf(view, line);
    }
    return lineAnchors;
  };
  const nonNegativeCount = nonNegative.reduce((n, v) => n + v, 0);
  return { numbers, block, marked, nonNegative, nonNegativeCount, first, anchors };
}

function firstFigures(view: GridView, line: number): number[] {
  const list: number[] = [];
  for (let pos = 0; pos < view.positions && list.length < FIRST_FIGURES; pos++) {
    const v = view.value(line, pos);
    if (!Number.isNaN(v) && v !== 0) list.push(pos);
  }
  return list;
}

/** The positions of a line's biggest figures, biggest first (the first position of equal ones). */
function anchorsOf(view: GridView, line: number): number[] {
  const best: number[] = [];
  // The size of each anchor's figure, beside it: a column of 50,000 rows is compared with them at every row.
  const sizes: number[] = [];
  for (let pos = 0; pos < view.positions; pos++) {
    const a = Math.abs(view.value(line, pos));
    if (!(a > 0) || (best.length === ANCHORS && !(a > sizes[ANCHORS - 1]))) continue;
    if (best.length === ANCHORS) {
      best.pop();
      sizes.pop();
    }
    let i = best.length;
    while (i > 0 && sizes[i - 1] < a) i--;
    best.splice(i, 0, pos);
    sizes.splice(i, 0, a);
  }
  return best;
}

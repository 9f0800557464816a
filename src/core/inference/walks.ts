import { leafOf, saysTotal, twoRowSupport } from './acceptance';
import { addCandidate, type Candidate, type SearchContext, type Stats } from './search-context';
import { eps, firstAtLeast } from './relations';

/**
 * Sums and means proposed by walking out from a target line: along the lines next to it, every other line, across
 * blank lines, over only some lines (a hierarchy's levels, a label's namesakes). A walk adds a candidate wherever its
 * running value meets the target's figure at an anchor position.
 */

/** Lines walked at most when figures may be negative (a sum can then come back down) or for a mean. */
const MAX_WALK = 400;
const AVERAGE_WALK = 40;
const MAX_MATCHES = 4;
/** Lines of one label walked as the parts of one of them (a ledger's thousand `Males` lines are not). */
const MAX_NAMESAKES = 100;
/** Lines a table may have for its labels to be looked at for namesakes. */
const NAMESAKE_TABLE = 5000;

/**
 * The rounding errors of many parts cancel out: their sum is off by about the square root of their squared half-units,
 * seldom three times that, not by all of them at once. A walk matches a sum within that spread: within ± 0.5 for each
 * of 50,000 whole figures the sums of all but the first hundred rows would match a total row too.
 */
const ROUNDING_SPREAD = 3;

/** Blank lines a total may stand apart from its parts by. */
const MAX_GAP = 3;

/**
 * Whether a blank line lies next to the target or one line further, on either side: a statement that sets lines apart,
 * or a table with a blank row after each part. Elsewhere acrossGap is not walked: on a long ledger it would repeat,
 * for every row, the walk of the lines next to it.
 */
export function nearGap(stats: Stats, target: number): boolean {
  return [-2, -1, 1, 2].some((d) => {
    const line = target + d;
    return line >= 0 && line < stats.numbers.length && stats.numbers[line] === 0 && stats.marked[line] === 0;
  });
}

/**
 * Lines from the target outwards across gaps of a few blank lines (a statement that sets every line apart: net
 * increase, blank, cash at the start, blank, cash at the end; schools with a blank row after each).
 */
export function acrossGap(stats: Stats): Walk {
  const inside = (line: number) => line >= 0 && line < stats.numbers.length;
  return (target, d, visit) => {
    let line = target + d;
    for (;;) {
      let gap = 0;
      for (; gap < MAX_GAP && inside(line) && stats.numbers[line] === 0; gap++) line += d;
      if (!inside(line) || stats.numbers[line] === 0) return;
      for (; inside(line) && stats.numbers[line] > 0; line += d) if (!visit(line)) return;
    }
  };
}

/**
 * Lines from a target outwards (d = ±1) in the same block (lines with figures, up to a line without any), each given
 * to `visit` until it returns false. A callback rather than a generator: this runs for every row of a long ledger.
 */
export type Walk = (target: number, d: number, visit: (line: number) => boolean) => void;

/**
 * Every `every`-th line from the `first`-th one out (a count beside its share: count, %, count, %, total), over lines of
 * missing-figure marks (a category with none).
 */
export function adjacent(stats: Stats, every: number, first = 1): Walk {
  return (target, d, visit) => {
    for (
      let line = target + d, offset = 1;
      line >= 0 && line < stats.numbers.length && (stats.numbers[line] > 0 || stats.marked[line] === 1);
      line += d, offset++
    ) {
      if (stats.marked[line] === 1) continue;
      if (offset >= first && (offset - first) % every === 0 && !visit(line)) return;
    }
  };
}

/**
 * The lines next to the target in their order, passing over lines aside (其中 lines: 地区生产总值 | 第一产业 | 第二产业 |
 * 其中：工业 | 第三产业 | 其中：金融业; a part is no sibling of its whole's siblings). Walked only where a line aside
 * stands between lines of its block on that side: elsewhere it would repeat the walk of the lines next to the target
 * (a ledger's rate column, last of ten, for each of the others).
 */
export function passingOver(stats: Stats, aside: (line: number) => boolean): Walk {
  const inside = (line: number) => stats.numbers[line] > 0 || stats.marked[line] === 1;
  // Per block, the last line aside with a line of the block after it, and the first with one before it.
  const lastInner = new Map<number, number>();
  const firstInner = new Map<number, number>();
  // seen: the block of the last line not aside; pending: the last line aside since.
  for (let line = 0, seen = -1, pending = -1; line < stats.numbers.length; line++) {
    if (!inside(line)) continue;
    const block = stats.block[line];
    if (aside(line)) {
      if (seen === block && !firstInner.has(block)) firstInner.set(block, line);
      pending = line;
      continue;
    }
    if (pending >= 0 && stats.block[pending] === block) lastInner.set(block, pending);
    seen = block;
  }
  return (target, d, visit) => {
    const block = stats.block[target];
    if (d > 0 ? !((lastInner.get(block) ?? -1) > target) : !((firstInner.get(block) ?? Infinity) < target)) return;
    for (let line = target + d; line >= 0 && line < stats.numbers.length && inside(line); line += d) {
      if (stats.marked[line] === 1 || aside(line)) continue;
      if (!visit(line)) return;
    }
  };
}

/** Only these lines (sorted), from the target outwards within its block (or past it: lines named alike). */
export function onlyFrom(stats: Stats, lines: number[], acrossBlocks = false): Walk {
  return (target, d, visit) => {
    const lo = firstAtLeast(lines, target);
    for (let i = d > 0 ? (lines[lo] === target ? lo + 1 : lo) : lo - 1; i >= 0 && i < lines.length; i += d) {
      if ((!acrossBlocks && stats.block[lines[i]] !== stats.block[target]) || !visit(lines[i])) return;
    }
  };
}

/**
 * Sums (and, when asked, means of three or more: between rows only where the row says it is a mean, as a mean row is
 * rarely told apart from a total row by its figures alone) of the lines a walk takes from a target (above or below,
 * left or right) whose running value meets the target's figure at an anchor position.
 */
export function walkCandidates(
  ctx: SearchContext,
  stats: Stats,
  target: number,
  walk: Walk,
  out: Map<string, Candidate>,
  means = false,
): void {
  const { view } = ctx;
  // See accepted: a total row of fewer than three rows must say it is a total.
  const fewest = view.axis === 'row' && !saysTotal(ctx, target) && view.positions < twoRowSupport(ctx) + 1 ? 3 : 2;
  // A row that says it is a mean (a class's average mark under 43 students) is looked for over up to MAX_WALK rows.
  const meanWalk = view.axis === 'row' ? MAX_WALK : AVERAGE_WALK;
  for (const pos of stats.anchors(target)) {
    const t = view.value(target, pos);
    const ht = view.half(target, pos);
    const nonNegative = stats.nonNegative[pos] === 1 && t >= 0;
    for (const d of [-1, 1]) {
      let sum = 0;
      let slack = 0;
      let squares = 0;
      let matches = 0;
      let present = 0;
      const members: number[] = [];
      walk(target, d, (line) => {
        const v = view.value(line, pos);
        members.push(line);
        if (!Number.isNaN(v)) {
          const half = view.half(line, pos);
          sum += v;
          slack += half;
          squares += half * half;
          present++;
        }
        const n = members.length;
        const exceeded = nonNegative && sum - slack > t + ht;
        if (n >= fewest) {
          const e = eps(sum);
          if (!exceeded && Math.abs(sum - t) <= ht + Math.min(slack, ROUNDING_SPREAD * Math.sqrt(squares)) + e) {
            addCandidate(out, { kind: 'sum', target, members: [...members], scale: 1 });
            matches++;
          }
          // Of the figures there are, or of every line with blanks as zero (see partsVerdict).
          if (
            means &&
            present >= 3 &&
            n <= meanWalk &&
            (meanMeets(sum, slack, present, t, ht + e) || meanMeets(sum, slack, n, t, ht + e))
          ) {
            addCandidate(out, { kind: 'average', target, members: [...members], scale: 1 });
            matches++;
          }
        }
        // Past the target's figure a sum of non-negative figures never comes back; means between columns are looked
        // for nearby only.
        // A run of zeros would match again and again: the first few matches are the candidates worth checking.
        return !(exceeded ? !means || n >= meanWalk : !nonNegative && n >= MAX_WALK) && matches < MAX_MATCHES;
      });
    }
  }
}

/** Whether `count` figures adding up to `sum` within `slack` have a mean of `t`, known to ± `ht`. */
function meanMeets(sum: number, slack: number, count: number, t: number, ht: number): boolean {
  return Math.abs(sum / count - t) <= ht + slack / count;
}

/**
 * The name lines named alike share: a row's label; a column's lowest header part, as `PK-12/Total` and each grade's
 * `Total` are the columns of one kind under parents of their own.
 */
export function nameOf(ctx: SearchContext, line: number): string {
  return ctx.view.axis === 'column' ? leafOf(ctx, line) : ctx.label(line);
}

/**
 * Target lines by their name (see nameOf), for names that three to MAX_NAMESAKES lines share. A column under a `其中`
 * heading is left out: 合计/数量 sums 社会团体/数量, 社会服务机构/数量 and 基金会/数量, not 其中：行业协会商会/数量 too.
 */
export function linesByLabel(ctx: SearchContext, targets: number[]): Map<string, number[]> {
  const byLabel = new Map<string, number[]>();
  // A ledger of thousands of lines names each once: not worth a map of its labels.
  if (ctx.view.lines > NAMESAKE_TABLE) return byLabel;
  const underPart = (line: number) =>
    ctx.view.axis === 'column' &&
    ctx
      .label(line)
      .split('/')
      .slice(0, -1)
      .some((heading) => ctx.lexicon.partMarker.test(heading));
  for (const line of targets) {
    const label = nameOf(ctx, line);
    if (label === '' || underPart(line)) continue;
    const lines = byLabel.get(label);
    if (lines) lines.push(line);
    else byLabel.set(label, [line]);
  }
  for (const [label, lines] of byLabel) if (lines.length < 3 || lines.length > MAX_NAMESAKES) byLabel.delete(label);
  return byLabel;
}

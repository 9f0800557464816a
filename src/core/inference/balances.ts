import { check } from './acceptance';
import type { InferredRelation } from './relations';
import type { Candidate, SearchContext } from './search-context';
import { flowWord, hasWord, stockWord, type WordClass } from './words';

/**
 * Balances a table's headers state: a closing stock is the opening one plus what was added and less what was taken
 * away (本年底党员数 = 上年底党员数 + 本年增加 − 本年减少; 期末结余 = 期初结余 + 收入 − 支出). The figures alone are never
 * searched for terms of both signs (too many combinations hold by chance); the words name the lines, and the figures
 * must bear the balance out on nearly every row.
 */

/** Most candidates tried for one sheet's direction: beyond, the headers name no one balance. */
const MOST_CANDIDATES = 200;
/**
 * Most lines read for a balance: its stocks and flows are a table's indicators, a few dozen; a ledger's 50,000 rows are
 * enterprises, and reading their names for stock words costs more than the rest of a row's checks.
 */
const MOST_LINES = 1000;

type Role = 'opening' | 'closing' | 'increase' | 'decrease';

/** Words of lines that are no stock nor flow: rates, means and changes (本年增加 | 增长（%）). */
const NO_STOCK: readonly WordClass[] = ['rate', 'average', 'change', 'decline'];

/** A line's header with its unit (增长（%）), to tell a rate. */
const headerOf = (ctx: SearchContext, line: number): string => ctx.header?.(line) ?? ctx.label(line);

/** Whether a line is a stock by its label, and which. Rates, means and changes are none (年末 | 比年初增长（%）). */
function stockOf(ctx: SearchContext, line: number): 'opening' | 'closing' | undefined {
  const stock = stockWord(ctx.label(line), ctx.lexicon);
  return stock && !NO_STOCK.some((kind) => hasWord(headerOf(ctx, line), kind, ctx.lexicon)) ? stock : undefined;
}

/** Whether a line is a flow into a stock or out of it by its header (本年增加, 转出), if it is either and not both. */
function flowOf(ctx: SearchContext, line: number): 'increase' | 'decrease' | undefined {
  const header = headerOf(ctx, line);
  if (NO_STOCK.some((kind) => hasWord(header, kind, ctx.lexicon))) return undefined;
  const flow = flowWord(header, ctx.lexicon);
  return flow === 'both' ? undefined : flow;
}

/** The year a line's label names (2022年底), if one. */
function yearOf(ctx: SearchContext, line: number): number | undefined {
  const year = ctx.label(line).match(ctx.lexicon.yearMention)?.[0];
  return year === undefined ? undefined : Number(year);
}

/** Ways a side of the balance may be typed: each line alone (its 合计), all of them, all but the first (the 合计's parts). */
function sideOptions(lines: number[]): number[][] {
  if (lines.length === 0) return [[]];
  const options = lines.map((line) => [line]);
  if (lines.length >= 2) options.push(lines);
  if (lines.length >= 3) options.push(lines.slice(1));
  return options;
}

/**
 * The flows of a balance between an opening and a closing line: the lines between them, or where the two stand side
 * by side (本年底 | 上年底 | 增加 | 减少), the lines after them up to the next stock.
 */
function flowsOf(roles: (Role | undefined)[], a: number, b: number): number[] {
  const [lo, hi] = a < b ? [a, b] : [b, a];
  const between = Array.from({ length: hi - lo - 1 }, (_, i) => lo + 1 + i);
  if (between.some((line) => roles[line] === 'increase' || roles[line] === 'decrease')) return between;
  const after: number[] = [];
  for (let line = hi + 1; line < roles.length && roles[line] !== 'opening' && roles[line] !== 'closing'; line++)
    after.push(line);
  return after;
}

/** The balances a view's headers name, as sums whose decreases are subtracted. */
export function headedBalances(ctx: SearchContext): Candidate[] {
  const { lines } = ctx.view;
  if (lines > MOST_LINES) return [];
  // Stocks first, by two words of each label: the flows of a table with no two stocks are never asked.
  const roles: (Role | undefined)[] = [];
  let stocks = 0;
  for (let line = 0; line < lines; line++) {
    roles.push(stockOf(ctx, line));
    if (roles[line] !== undefined) stocks++;
  }
  if (stocks < 2) return [];
  // A year's closing stock opens the next year (2022年底党员数 | … | 2023年底党员数).
  const years = roles.map((role, line) => (role === 'closing' ? yearOf(ctx, line) : undefined));
  years.forEach((year, line) => {
    if (year !== undefined && years.includes(year + 1)) roles[line] = 'opening';
  });
  // A 其中 part of a flow (发展党员 / 小计 | 其中：女) is none of the flows.
  for (let line = 0; line < lines; line++) if (ctx.aside?.(line) !== true) roles[line] ??= flowOf(ctx, line);
  const candidates: Candidate[] = [];
  for (let target = 0; target < lines; target++) {
    if (roles[target] !== 'closing') continue;
    for (let opening = 0; opening < lines; opening++) {
      if (roles[opening] !== 'opening') continue;
      const flows = flowsOf(roles, opening, target);
      const [added, taken] = (['increase', 'decrease'] as const).map((role) =>
        flows.filter((line) => roles[line] === role),
      );
      if (added.length + taken.length === 0) continue;
      for (const up of sideOptions(added))
        for (const down of sideOptions(taken))
          // A flow marked none (撤销 —) is none: 0, not a figure withheld.
          candidates.push({
            kind: 'sum',
            target,
            members: [opening, ...up, ...down],
            minus: down,
            scale: 1,
            blanksAsZero: true,
          });
    }
  }
  return candidates.length > MOST_CANDIDATES ? [] : candidates;
}

/**
 * A balance kept: held on three positions at least and broken on one at most (one in ten where there are many), as a
 * note's formula is (see statedAccepted), with the words of its header for the note.
 */
function balanceAccepted(_ctx: SearchContext, r: InferredRelation): boolean {
  const failures = r.breaks.length + r.unexplained;
  return r.support.length >= 3 && failures <= Math.max(1, Math.floor(r.support.length / 10));
}

/**
 * The relations found, with the balance of each closing line its headers name that the figures bear out best (fewest
 * failures, then most support): of 本年增加 / 合计 | 发展党员 | 转入, the 合计 alone, or its parts, whichever holds.
 */
export function withBalances(ctx: SearchContext, found: InferredRelation[]): InferredRelation[] {
  const best = new Map<number, InferredRelation>();
  const failures = (r: InferredRelation) => r.breaks.length + r.unexplained;
  for (const c of headedBalances(ctx)) {
    const r = check(ctx, c, undefined, balanceAccepted);
    if (!r || !balanceAccepted(ctx, r)) continue;
    const other = best.get(c.target);
    if (
      !other ||
      failures(r) < failures(other) ||
      (failures(r) === failures(other) && r.support.length > other.support.length)
    )
      best.set(c.target, r);
  }
  // A closing line the figures alone found as its opening plus others (年末数 = 年初数 + 净增) keeps that reading; one
  // found as the sum of its parts (年末数 / 合计 = 党委 + 党总支 + 党支部) is a balance too.
  const carried = (r: InferredRelation) =>
    found.some((f) => f.kind === 'sum' && f.target === r.target && f.members.includes(r.members[0]));
  return [...found, ...[...best.values()].filter((r) => !carried(r))];
}

import type { GridView } from './grid';

/**
 * A relation the sheet's own figures show: `target` line = f(member lines) at (nearly) every position.
 * sum: target = Σ members; average: the mean; difference: members[0] − members[1]; ratio: members[0] ÷ members[1]
 * × scale; change: (members[1] − members[0]) ÷ members[0] × scale (members are [earlier, later]).
 */
export type InferredKind = 'sum' | 'average' | 'difference' | 'ratio' | 'change';

export interface InferredRelation {
  kind: InferredKind;
  axis: 'column' | 'row';
  target: number;
  members: number[];
  scale: number;
  /** A sum whose blank parts are read as zero (see sum-evidence.ts) rather than as positions to skip. */
  blanksAsZero?: boolean;
  /**
   * Members a sum subtracts, of those a note states (期末结余 = 期初结余 + 收入合计 − 支出合计): a balance, which the
   * figures alone are never searched for.
   */
  minus?: readonly number[];
  /** Stated by a note of the sheet (see stated.ts), not found by the figures alone. */
  stated?: boolean;
  /** Positions where it holds and could not hold by accident (figures not zero, rounding slack small). */
  support: number[];
  /** Positions where it fails beyond the rounding of the figures shown. */
  breaks: Break[];
  /** Positions where it fails by too little to tell (see significant in acceptance.ts), or where the line is no such
   * relation: not reported. */
  unexplained: number;
  /** Of those, where a whole stands above its 其中 list of rows (see partialListAbove in acceptance.ts): not reported,
   * but it still tells which cell of a relation that is is wrong. */
  quiet?: Break[];
  /** Its largest deviation where it holds: 0 where it is exact (the sum of all 50,000 rows, not of all but six). */
  deviation: number;
}

/**
 * A relation refused for too little support, or for one failure too many, that holds exactly where it holds (see
 * nearRelation in acceptance.ts): no finding, but where a relation kept fails on a cell it fails on too, that cell is
 * the likelier wrong one.
 */
export interface NearRelation {
  relation: InferredRelation;
  /** Where it fails, in position order. */
  breaks: Break[];
}

export interface Break {
  pos: number;
  /** What the members give for the target, and the target as shown. */
  expected: number;
  actual: number;
  /** Rounding slack allowed at this position. */
  slack: number;
}

/** What one position says about a relation: not applicable, holding (informative or not), or broken. */
export type Verdict = { status: 'skip' } | ({ status: 'hold' | 'weak' | 'break' } & Omit<Break, 'pos'>);

export const SKIP: Verdict = { status: 'skip' };

/** A verdict's fields, written over one object by a caller that reads each verdict before asking the next. */
type VerdictInto = { status: Verdict['status']; expected: number; actual: number; slack: number };

/** A verdict, new or written into `into` (a column's 50,000 verdicts are not 50,000 objects). */
function judged(
  status: 'hold' | 'weak' | 'break',
  expected: number,
  actual: number,
  slack: number,
  into?: VerdictInto,
): Verdict {
  if (!into) return { status, expected, actual, slack };
  into.status = status;
  into.expected = expected;
  into.actual = actual;
  into.slack = slack;
  return into;
}
/** A position supports a relation only where the figures' grain is small beside them (not zero, not tiny). */
const INFORMATIVE_SLACK = 0.05;

/** Most chance, as a share of the span its members' rounding allows, that a target lands on their quotient by luck. */
const SHOWN_CHANCE = 0.1;

/**
 * Whether a change is what its two periods as shown give, to its last digit, where their rounding allows a span ten
 * times that digit or more: a decline of 11.8 % from 34 to 30 微克 (11.76) is no accident, though 33.5 to 30.5 would
 * give 9.0 and 34.5 to 29.5 give 14.5. A table computes its changes from the figures it shows. Not a ratio, which may
 * be read either way round (单价 = 金额 ÷ 数量, 数量 = 金额 ÷ 单价): at a 数量 of 1 the price is exact as shown both ways,
 * and the support that decides which the table computed would tip to the other.
 */
function shownExactly(expected: number, t: number, ht: number, span: number, e: number): boolean {
  return ht > 0 && Math.abs(expected - t) <= ht + e && 2 * ht <= SHOWN_CHANCE * (span + 2 * ht);
}

/**
 * The step a figure moves in: its rounding slack, or for an exact count (no slack) the half unit of a whole figure.
 * How telling a match is goes by it (13 = 5 + 8 matches exactly by chance as often as 13 ≈ 5 + 8 within rounding), and
 * so does the slack of a relation unless all its figures are exact counts (a count plus a rounded figure is rounded).
 */
export const grainOf = (half: number): number => (half > 0 ? half : 0.5);

/** The float error allowed beside figures of these sizes. */
export const eps = (a: number, b = 0, c = 0) => 1e-9 * Math.max(1, Math.abs(a), Math.abs(b), Math.abs(c));
/** The scales a ratio or change is tried at: a fraction, a per cent, a per mille. */
export const SCALES = [1, 100, 1000];
/**
 * A decline (下降（%）, 降低率) is a change at a scale below zero: (later ÷ earlier − 1) × −100 is (earlier − later) ÷
 * earlier × 100. Tried where the target's header names one only.
 */
export const DECLINE_SCALES = SCALES.map((s) => -s);
/** A ratio is tried per 万 too: 平均售价（元/平方米） = 销售额（亿元） ÷ 销售面积（万平方米） × 10,000. */
export const RATIO_SCALES = [...SCALES, 10000];
/** A mean per month of a year's amount is over this many months (see unitScale in pairs.ts). */
export const MONTHS_A_YEAR = 12;

/**
 * The lower (`sign` −1) or upper (+1) end of x ÷ y for x ∈ [x ± hx], y ∈ [y ± hy], where y's interval does not hold 0.
 * Each end by itself, not a pair in an array: a ratio column is checked at each of 50,000 rows.
 */
function quotientEnd(sign: -1 | 1, x: number, hx: number, y: number, hy: number): number {
  const a = (x - hx) / (y - hy);
  const b = (x - hx) / (y + hy);
  const c = (x + hx) / (y - hy);
  const d = (x + hx) / (y + hy);
  return sign < 0 ? Math.min(a, b, c, d) : Math.max(a, b, c, d);
}

/** What a sum's (or mean's) figures add up to at one position, in the order of its members. */
export interface PartsTotal {
  sum: number;
  /** Their rounding slack added up. */
  slack: number;
  /** Their grain added up (see grainOf). */
  grain: number;
  /** How many of them are not zero. */
  nonZero: number;
  /** How many are blank. */
  blanks: number;
}

/**
 * A sum's or mean's verdict at a position from the total of its `count` parts there and its target's figure `t`. A
 * blank part skips a sum's position unless the sheet reads blanks as zero: the total may include a suppressed figure.
 * A mean is of the figures there are (a spreadsheet's AVERAGE: a class's mean mark over those who sat), or of all its
 * lines with blanks as zero: sum-evidence.ts offers both readings and the sheet's other positions choose.
 */
export function partsVerdict(
  r: Pick<InferredRelation, 'kind' | 'blanksAsZero'>,
  count: number,
  t: number,
  ht: number,
  total: PartsTotal,
  into?: VerdictInto,
): Verdict {
  if (total.blanks === count) return SKIP;
  if (total.blanks === 0 || r.blanksAsZero) return meanOrSum(r.kind, count, t, ht, total, into);
  // The mean of a few figures among blanks (one quarter's figure beside two blank months) tells nothing.
  const present = count - total.blanks;
  return r.kind === 'average' && present >= 2 && 2 * present >= count
    ? meanOrSum(r.kind, present, t, ht, total, into)
    : SKIP;
}

/** The verdict of a sum, or of a mean of `count` figures, whose parts add up to `total`. */
function meanOrSum(
  kind: InferredKind,
  count: number,
  t: number,
  ht: number,
  total: PartsTotal,
  into?: VerdictInto,
): Verdict {
  const { sum, slack, nonZero } = total;
  const k = kind === 'average' ? count : 1;
  const expected = sum / k;
  const e = eps(sum, t);
  const grain = grainOf(ht) + total.grain / k + e;
  const allowed = ht === 0 && slack === 0 ? e : grain;
  const status =
    Math.abs(expected - t) > allowed
      ? 'break'
      : nonZero >= 2 && t !== 0 && grain <= INFORMATIVE_SLACK * Math.abs(t)
        ? 'hold'
        : 'weak';
  return judged(status, expected, t, allowed, into);
}

/** The parts' total verdictAt adds up, one object read by partsVerdict before the next position. */
const partsAt: PartsTotal = { sum: 0, slack: 0, grain: 0, nonZero: 0, blanks: 0 };

/** Whether a relation holds at one position, within the rounding of every figure it reads. */
export function verdictAt(
  view: GridView,
  r: Pick<InferredRelation, 'kind' | 'target' | 'members' | 'scale' | 'blanksAsZero' | 'minus'>,
  pos: number,
  into?: VerdictInto,
): Verdict {
  const t = view.value(r.target, pos);
  if (Number.isNaN(t)) return SKIP;
  const ht = view.half(r.target, pos);
  if (r.kind === 'sum' || r.kind === 'average') {
    let sum = 0;
    let slack = 0;
    let grain = 0;
    let nonZero = 0;
    let blanks = 0;
    const { members, minus } = r;
    for (let i = 0; i < members.length; i++) {
      const m = members[i];
      const v = view.value(m, pos);
      if (Number.isNaN(v)) {
        // A part marked none (— in 本月新增) adds nothing to a sum, as the declared total rows read it.
        if (r.kind === 'sum' && view.missing(m, pos)) continue;
        // A suppressed or blank part: the total may include it, unless the sheet reads blanks as zero (a mean may
        // still be read: see partsVerdict).
        if (!r.blanksAsZero && r.kind === 'sum') return SKIP;
        blanks++;
        continue;
      }
      const half = view.half(m, pos);
      sum += minus?.includes(m) ? -v : v;
      slack += half;
      grain += grainOf(half);
      if (v !== 0) nonZero++;
    }
    partsAt.sum = sum;
    partsAt.slack = slack;
    partsAt.grain = grain;
    partsAt.nonZero = nonZero;
    partsAt.blanks = blanks;
    return partsVerdict(r, members.length, t, ht, partsAt, into);
  }
  const m0 = r.members[0];
  const m1 = r.members[1];
  const a = view.value(m0, pos);
  const b = view.value(m1, pos);
  if (Number.isNaN(a) || Number.isNaN(b)) return SKIP;
  const ha = view.half(m0, pos);
  const hb = view.half(m1, pos);
  if (r.kind === 'difference') {
    const expected = a - b;
    const e = eps(a, b, t);
    const grain = grainOf(ht) + grainOf(ha) + grainOf(hb) + e;
    const allowed = ht + ha + hb === 0 ? e : grain;
    const status =
      Math.abs(expected - t) > allowed
        ? 'break'
        : a !== 0 && b !== 0 && t !== 0 && grain <= INFORMATIVE_SLACK * Math.abs(t)
          ? 'hold'
          : 'weak';
    return judged(status, expected, t, allowed, into);
  }
  // ratio: a ÷ b × scale; change: (b ÷ a − 1) × scale
  const ratio = r.kind === 'ratio';
  const x = ratio ? a : b;
  const hx = ratio ? ha : hb;
  const y = ratio ? b : a;
  const hy = ratio ? hb : ha;
  // A ratio of a 0 is 0, which a rate beside it must be (已建立 0 of 11 organisations is no 7.3 % coverage); a change from
  // or to 0 says nothing.
  if ((y - hy) * (y + hy) <= 0 || b === 0 || (!ratio && a === 0)) return SKIP;
  const shift = ratio ? 0 : -1;
  // A decline is a change at a scale below zero (see DECLINE_SCALES): its ends swap.
  const from = r.scale < 0 ? 1 : -1;
  const to = r.scale < 0 ? -1 : 1;
  const lo = (quotientEnd(from, x, hx, y, hy) + shift) * r.scale;
  const hi = (quotientEnd(to, x, hx, y, hy) + shift) * r.scale;
  const expected = ratio ? (a / b) * r.scale : (b / a - 1) * r.scale;
  const e = eps(lo, hi, t);
  const slack = (hi - lo) / 2 + ht;
  const status =
    t + ht < lo - e || t - ht > hi + e
      ? 'break'
      : t !== 0 &&
          (hi - lo + 2 * ht <= 2 * INFORMATIVE_SLACK * Math.abs(t) ||
            (!ratio && shownExactly(expected, t, ht, hi - lo, e)))
        ? 'hold'
        : 'weak';
  return judged(status, expected, t, slack, into);
}

/** A relation's verdicts, each written over the last: for a caller that reads each before asking the next. */
export function verdictsOf(
  view: GridView,
  r: Pick<InferredRelation, 'kind' | 'target' | 'members' | 'scale' | 'blanksAsZero'>,
): (pos: number) => Verdict {
  const into: VerdictInto = { status: 'skip', expected: 0, actual: 0, slack: 0 };
  return (pos) => verdictAt(view, r, pos, into);
}

/**
 * A count divided by a share of it (Enrollment = Eligible ÷ Percent eligible; as a change, the same with 1 taken off),
 * at these positions: the base the share was taken of, which restates the share's own relation (Percent = Eligible ÷
 * Enrollment) rather than being computed from it. A share lies within its whole (1, 100 or 1000, the relation's
 * scale), a count goes beyond it somewhere, and the base is at least its part (a change past a hundred is not).
 */
export function countOverShare(
  view: GridView,
  r: Pick<InferredRelation, 'kind' | 'target' | 'members' | 'scale'>,
  positions: readonly number[],
): boolean {
  if (r.kind !== 'ratio' && r.kind !== 'change') return false;
  const [numerator, divisor] = r.kind === 'ratio' ? r.members : [r.members[1], r.members[0]];
  let count = false;
  for (const pos of positions) {
    const share = view.value(divisor, pos);
    const part = Math.abs(view.value(numerator, pos));
    if (Number.isNaN(share) || Number.isNaN(part)) continue;
    if (share < 0 || share > r.scale || Math.abs(view.value(r.target, pos)) < part) return false;
    if (part > r.scale) count = true;
  }
  return count;
}

/** Whether a relation's support (positions in order) holds this position. */
export const heldAt = (support: readonly number[], pos: number): boolean => support[firstAtLeast(support, pos)] === pos;

/** The index of the first number ≥ x in an ascending list (its length when there is none). */
export function firstAtLeast(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

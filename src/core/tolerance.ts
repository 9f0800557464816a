import type { Lexicon } from './lexicon';
import { z } from 'zod';
import type { NumberFigure } from './figure';
import { fixedText, roundHalfAway } from './format';

/**
 * How far a stated figure may be from the value recomputed from counts. `display` (the default): anything that
 * rounds to the figure as shown; `absolute` / `relative` (a fraction of the stated value) replace that.
 */
export const toleranceSchema = z.union([
  z.object({ mode: z.literal('display') }).strict(),
  z.object({ absolute: z.number().nonnegative() }).strict(),
  z.object({ relative: z.number().nonnegative() }).strict(),
]);

export type ToleranceSpec = z.infer<typeof toleranceSchema>;

/**
 * Relative slack for binary floating point: 87.1 + 0.05 is 87.14999999999999 in doubles, so without it a true
 * 87.15 would be refused although it rounds to 87.1 (or 87.2) exactly as the bound says.
 */
const FLOAT_EPSILON = 1e-9;

/** Decimals of a number's shortest representation (87.1 → 1, 1e-7 → 7, 3000 → 0). */
export function shortestDecimals(x: number): number {
  if (Number.isInteger(x)) return 0;
  const [mantissa, exponent = '0'] = String(Math.abs(x)).split('e');
  const fraction = mantissa.split('.')[1] ?? '';
  return Math.max(0, fraction.length - Number(exponent));
}

/** The floating-point margin for comparing figures of these magnitudes. */
export function floatSlack(a: number, b = 0, c = 0): number {
  // Three figures at most, named rather than spread: asked for each row's sum of a 50,000-row sheet.
  return FLOAT_EPSILON * Math.max(1, Math.abs(a), Math.abs(b), Math.abs(c));
}

/**
 * Whether a stated figure agrees with the value computed from counts (in the stated figure's units: percent
 * points when it is a percentage). Display mode: a value shown with d decimals agrees with every true value in
 * [v − ½·10⁻ᵈ, v + ½·10⁻ᵈ], both ends included, so round-half-up and round-half-even writers both pass.
 * Approximate figures (3000余, 近2000) use their [lo, hi]; absolute and relative tolerances widen that range.
 * `difference` is computed − stated value.
 */
export function compareStated(
  stated: NumberFigure,
  computed: number,
  spec: ToleranceSpec = { mode: 'display' },
): { agrees: boolean; tolerance: number; difference: number } {
  let tolerance: number;
  if ('absolute' in spec) tolerance = spec.absolute;
  else if ('relative' in spec) tolerance = spec.relative * Math.abs(stated.value);
  else tolerance = stated.approximate ? 0 : 10 ** -(stated.decimals ?? shortestDecimals(stated.value)) / 2;
  const eps = floatSlack(computed, stated.lo, stated.hi);
  const agrees = computed >= stated.lo - tolerance - eps && computed <= stated.hi + tolerance + eps;
  return { agrees, tolerance, difference: computed - stated.value };
}

/** Units of measured quantities (公里, 吨, 平方米), as the vocabulary sorts them: never counted, always rounded. */
export const MEASURED_KINDS: readonly string[] = ['area', 'length', 'quantity'];
/** Whether a unit measures (公里, 吨, 公顷): its figures were weighed or surveyed, then rounded, even in whole units. */
export function isMeasuredUnit(unit: string | undefined, lexicon: Lexicon): boolean {
  return unit !== undefined && MEASURED_KINDS.includes(lexicon.unitOf(unit)?.kind ?? '');
}

/** Units whose figures add up across regions or kinds: counts, people, money and measured quantities. */
export const ADDING_KINDS: readonly string[] = ['count', 'people', 'amount', ...MEASURED_KINDS];

/** Whether a unit counts in 万 or 亿 of another (万元, 亿千瓦时), no ratio: its figures were rounded from finer ones. */
export function isScaledUnit(unit: string | undefined, lexicon: Lexicon): boolean {
  return (
    unit !== undefined && !lexicon.isRatioUnit(unit) && [...lexicon.multipliers.keys()].some((m) => unit.startsWith(m))
  );
}

/**
 * Whether a column holds rounded figures: its unit (or its header, when the unit sits there in brackets) starts with
 * 万 or 亿 (万平方米, 亿元, 万人) or measures (公里, 吨), or it shows decimals and is neither money nor a count. Published totals of such
 * figures are rounded from the exact total, not summed from the rounded parts, so they need not balance.
 */
export function isRoundedColumn(
  unit: string | undefined,
  header: string,
  decimals: number,
  kind: string,
  lexicon: Lexicon,
): boolean {
  if (isScaledUnit(unit, lexicon)) return true;
  // A road's length or a weight shown in whole units was measured, then rounded: its total need not be its rows' sum.
  if (isMeasuredUnit(unit, lexicon)) return true;
  if (lexicon.scaledBracket.test(header)) return true;
  return decimals > 0 && kind !== 'amount' && kind !== 'count';
}

/**
 * How far the sum of independently rounded figures may be from their independently rounded total: each figure is
 * within half a unit of its last shown digit, so the bound is the sum of those halves (n parts + the total).
 */
export function roundingSlack(decimalsOfEach: number[]): number {
  return decimalsOfEach.reduce((s, d) => s + 10 ** -d / 2, 0);
}

/** Counts (enterprises, organisations, people) are whole numbers: any difference is a real inconsistency. */
export function countsEqual(a: number, b: number): boolean {
  return a === b;
}

/**
 * Money amounts typed with `decimals` places: their exact sum has no more places, so two amounts are equal
 * when they differ by less than half a unit of the last place (what is left is floating-point error).
 */
export function amountsEqual(a: number, b: number, decimals: number): boolean {
  return Math.abs(a - b) < 10 ** -decimals / 2;
}

/** A number for messages: fixed decimals, rounded half away from zero (四舍五入), never `-0.0`. */
export function roundForDisplay(x: number, decimals: number): string {
  const rounded = roundHalfAway(x, decimals);
  return fixedText(rounded === 0 ? 0 : rounded, decimals);
}

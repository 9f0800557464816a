import type { TextFlag } from './text-flags';

/**
 * What a cell or a written figure says as a number. Produced by `readFigure` (number.ts) and read by every
 * relation. A figure is an interval [lo, hi]: exact counts have lo = hi = value; a rounded rate such as 87.1
 * typed or displayed with one decimal carries its display precision in `decimals`; approximate figures
 * (`3000余`, `近2000`, `1.9万`) are intervals with `approximate: true`.
 */
export type Figure =
  | {
      kind: 'number';
      /** The figure as written, in base units (万/亿 applied; `87.1%` → 87.1 with percent true). */
      value: number;
      lo: number;
      hi: number;
      /** Decimal places shown (from the number format, or the digits typed); null when unknown (General). */
      decimals: number | null;
      /** True when the figure is a percentage (`%` text, `%` number format; value is then in percent points). */
      percent: boolean;
      /** True for approximate figures (余, 多, 近, 约, rounded 万): value is the written point, [lo, hi] the range meant. */
      approximate: boolean;
      /** Unit written after the figure (家, 个, 名, 万元 …), without the multiplier. */
      unit?: string;
      /** Something not part of a number typed with it (`228S`, `1,24`, `10．80`): see text-flags.ts. */
      flag?: TextFlag;
    }
  | { kind: 'missing' }
  | { kind: 'error'; code: string }
  | { kind: 'formulaWithoutResult'; formula: string }
  | { kind: 'text'; text: string };

export type NumberFigure = Extract<Figure, { kind: 'number' }>;

export function isNumber(f: Figure): f is NumberFigure {
  return f.kind === 'number';
}

/** How far the value a figure is read as may be from what it stands for (19,000 for 1.9万: 500 either way). */
export function rangeOf(figure: Figure): number {
  if (figure.kind !== 'number' || !figure.approximate) return 0;
  const width = Math.max(figure.value - figure.lo, figure.hi - figure.value);
  return Number.isFinite(width) ? width : 0;
}

import { phrase } from './messages';
import { fixedText } from './format';
import type { Lang } from './report';

/** What one failed relation says about one suspect cell. */
export interface CellEvidence {
  ruleId: string;
  /** The rule's title in the chosen language. */
  title: string;
  /** The value this relation alone implies for the cell, if it implies one (equalities and ratios do). */
  implied?: number;
  /** True when the implied value is exact (sums); ratios imply counts only up to the rate's rounding. */
  exact: boolean;
  /** The relation's other cells: those that disagree with the typed value. */
  others: string[];
  /** From a relation refused as a finding: what it implies counts only where no finding's relation as exact implies one. */
  near?: boolean;
}

/** One suspect cell with everything the checker knows about it. */
export interface SuspectCell {
  address: string;
  /** The number the cell holds, undefined when it holds none. */
  typed?: number;
  /** Decimals the cell shows. */
  decimals: number;
  /** Shown with a percent sign (values are then in percent points: 43.2% is 43.2). */
  percent: boolean;
  kind: 'count' | 'rate' | 'amount' | 'unknown';
  /** Allowed values, from the rule files' range rules (coverage rates lie in [0, 100]). */
  bounds?: [number, number];
  evidence: CellEvidence[];
}

export type Typo = 'swap' | 'digit' | 'dropped' | 'added' | 'decimal';

/** One entry per suspect cell: the likely correct value (when one can be inferred), and the relations it breaks. */
export interface CellFix {
  address: string;
  typed?: number;
  /** The likely correct value, as the cell would hold it; undefined when it cannot be inferred. */
  value?: number;
  /** The value as the sheet would show it (43.2%). */
  shown?: string;
  typo?: Typo;
  rules: string[];
  /** When no value can be inferred: the cells that disagree with this one. */
  disagreeing: string[];
  message: string;
}

/** Two implied values agree when they differ by at most half a percent (rates are rounded). */
function agree(a: number, b: number): boolean {
  return Math.abs(a - b) <= Math.max(1e-9, 0.005 * Math.max(Math.abs(a), Math.abs(b)));
}

/**
 * The value most relations imply: exact ones (sums) win over ratio ones; of either, the relations of the findings over
 * those refused as findings (孕产妇死亡率 7.68 by its deaths and births, not 1.92 by a chance match of 住院分娩率); a tie
 * between different values means the relations do not agree, and no value is offered.
 */
function consensus(evidence: CellEvidence[]): { value: number; exact: boolean } | undefined {
  for (const exact of [true, false]) {
    const implying = evidence.filter((e) => e.exact === exact && e.implied !== undefined);
    const reported = implying.filter((e) => !e.near);
    const values = (reported.length > 0 ? reported : implying).map((e) => e.implied as number);
    if (values.length === 0) continue;
    const clusters: { value: number; n: number }[] = [];
    for (const v of values) {
      const c = clusters.find((k) => agree(k.value, v));
      if (c) c.n += 1;
      else clusters.push({ value: v, n: 1 });
    }
    clusters.sort((a, b) => b.n - a.n);
    if (clusters.length > 1 && clusters[0].n === clusters[1].n) return undefined;
    return { value: clusters[0].value, exact };
  }
  return undefined;
}

const round = (v: number, decimals: number) => Number(v.toFixed(Math.max(0, Math.min(decimals, 12))));

/** The digits a value shows with the given decimals, without sign or point: 3596 and 35.96 both give "3596". */
const digitsOf = (v: number, decimals: number) =>
  fixedText(Math.abs(v), decimals)
    .replace('.', '')
    .replace(/^0+(?=\d)/, '');

/** Which single slip of the fingers turns the implied value into the typed one, if any. */
export function typoBetween(
  typed: number,
  implied: number,
  decimals: number,
): { typo: Typo; value: number } | undefined {
  // A misplaced decimal point: the typed figure is the implied one times a power of ten (867 for 86.7).
  for (let k = -3; k <= 3; k += 1) {
    if (k === 0) continue;
    const candidate = Number((typed / 10 ** k).toPrecision(12));
    // The digits typed, moved: 867 read as 86.7 carries one decimal, whatever the column's format shows.
    const d = (String(candidate).split('.')[1] ?? '').length;
    // A figure shown to more decimals than were typed is the implied one to those (6948.4 where 694.8 was typed).
    if (candidate !== 0 && Math.abs(candidate - implied) <= 0.5 * 10 ** -d + 1e-9)
      return { typo: 'decimal', value: decimals > d ? round(implied, decimals) : round(candidate, d) };
  }
  const value = round(implied, decimals);
  // A count typed with decimals, or any single-digit figure, is no slip of one digit worth naming.
  if (Math.abs(typed) < 10 && Math.abs(value) < 10) return undefined;
  if (Math.sign(typed) !== Math.sign(value) && typed !== 0 && value !== 0) return undefined;
  const a = digitsOf(typed, decimals);
  const b = digitsOf(value, decimals);
  if (a === b) return undefined;
  if (a.length === b.length) {
    const diff = [...a].map((ch, i) => (ch === b[i] ? -1 : i)).filter((i) => i >= 0);
    if (diff.length === 1) return { typo: 'digit', value };
    if (diff.length === 2 && diff[1] === diff[0] + 1 && a[diff[0]] === b[diff[1]] && a[diff[1]] === b[diff[0]])
      return { typo: 'swap', value };
    return undefined;
  }
  const [longer, shorter] = a.length > b.length ? [a, b] : [b, a];
  if (longer.length !== shorter.length + 1) return undefined;
  for (let i = 0; i < longer.length; i += 1) {
    if (longer.slice(0, i) + longer.slice(i + 1) === shorter)
      return { typo: a.length > b.length ? 'added' : 'dropped', value };
  }
  return undefined;
}

/**
 * Whether a part above the total, its decimal point moved (1959 typed for 195.9), is all that keeps the total from being
 * the parts' sum: the sum with that part divided by ten, a hundred or a thousand gives the total within the slack.
 */
export function movedPointPart(part: number, total: number, sum: number, slack: number): boolean {
  if (!(part > total)) return false;
  for (const power of [10, 100, 1000]) if (Math.abs(sum - part + part / power - total) <= slack) return true;
  return false;
}

/**
 * Whether one digit typed wrong, or two beside each other swapped, turns a figure within a unit of its last digit of
 * the implied one into the typed one, both of three digits or more: the sum a total should hold, typed wrong (240.8
 * for 420.8). Shorter figures, a digit dropped or added, or a moved decimal point (a mean of ten parts is a tenth of
 * their sum) match by chance too often.
 */
export function slipFrom(typed: number, implied: number, slack: number, decimals: number): boolean {
  if (digitsOf(typed, decimals).length < 3) return false;
  const unit = 10 ** -decimals;
  const steps = slack >= unit ? 1 : 0;
  for (let j = -steps; j <= steps; j++) {
    const slip = typoBetween(typed, implied + j * unit, decimals);
    if (slip && (slip.typo === 'swap' || slip.typo === 'digit')) return true;
  }
  return false;
}

/** Whether a value could stand in the cell at all: counts are non-negative whole numbers, bounded rates stay in bounds. */
function possible(cell: SuspectCell, value: number): boolean {
  if (!Number.isFinite(value)) return false;
  if (cell.kind === 'count' && (value < 0 || Math.abs(value - Math.round(value)) > 1e-6)) return false;
  if (cell.bounds) {
    if (value < cell.bounds[0] - 1e-9 || value > cell.bounds[1] + 1e-9) return false;
  }
  return true;
}

const MAX_LISTED = 6;

const TYPO_PHRASE = {
  swap: 'typoSwap',
  digit: 'typoDigit',
  dropped: 'typoDropped',
  added: 'typoAdded',
  decimal: 'typoDecimal',
} as const;

/** `（疑为相邻数字颠倒）`: the slip of the fingers a value's digits suggest, as messages append it. */
export function typoNote(typo: Typo, lang: Lang): string {
  return phrase(lang, 'fixTypo', { typo: phrase(lang, TYPO_PHRASE[typo]) });
}

/** The first few cells, then how many there are in all. */
function listed(cells: string[], lang: Lang): string {
  const sep = phrase(lang, 'cellSeparator');
  if (cells.length <= MAX_LISTED) return cells.join(sep);
  return cells.slice(0, MAX_LISTED).join(sep) + phrase(lang, 'fixMore', { count: cells.length });
}

/** "Cannot be inferred", naming the cells it disagrees with; Chinese text after a Latin-ending list gets a space. */
function cannot(address: string, others: string, lang: Lang): string {
  if (!others) return phrase(lang, 'fixCannot', { cell: address });
  const spaced = lang === 'zh-CN' && /[\x21-\x7e]$/.test(others) ? others + ' ' : others;
  return phrase(lang, 'fixCannotOthers', { cell: address, others: spaced });
}

/** How the sheet would show a value of the cell: percent cells as percents, with the cell's decimals. */
function show(cell: SuspectCell, value: number): string {
  return `${round(value, cell.decimals)}${cell.percent ? '%' : ''}`;
}

/** One fix per suspect cell, in the order given. */
export function cellFixes(cells: SuspectCell[], lang: Lang): CellFix[] {
  return cells.map((cell) => {
    const rules = [...new Set(cell.evidence.map((e) => e.ruleId))];
    const titles = [...new Set(cell.evidence.map((e) => e.title))];
    const disagreeing = [...new Set(cell.evidence.flatMap((e) => e.others))].filter((a) => a !== cell.address);
    const tail = phrase(lang, titles.length === 1 ? 'fixRelationsOne' : 'fixRelations', {
      count: titles.length,
      ids: titles.join(phrase(lang, 'fixSeparator')),
    });
    const found = consensus(cell.evidence);
    let value: number | undefined;
    let typo: Typo | undefined;
    if (found) {
      // Ratios imply counts only to the rate's rounding (a count is then the nearest whole number) and rates to the
      // cell's decimals; a sum implies its value exactly, so a sum implying 7.5 for a count is no count at all.
      const shownDecimals = cell.kind === 'count' ? 0 : cell.decimals;
      const wholeTyped = cell.kind !== 'count' || (cell.typed !== undefined && Number.isInteger(cell.typed));
      // A digit slip is named only for a value the cell could show: an exact 7.5 is no mistyped 8.
      const showable = !found.exact || Math.abs(round(found.value, shownDecimals) - found.value) < 1e-9;
      const guess =
        cell.typed !== undefined && wholeTyped ? typoBetween(cell.typed, found.value, shownDecimals) : undefined;
      const slip = guess && (showable || guess.typo === 'decimal') ? guess : undefined;
      value = slip ? slip.value : round(found.value, found.exact ? 10 : shownDecimals);
      typo = slip?.typo;
      if (!possible(cell, value)) value = typo = undefined;
    }
    if (value === undefined) {
      return {
        address: cell.address,
        typed: cell.typed,
        rules,
        disagreeing,
        message: cannot(cell.address, listed(disagreeing, lang), lang) + tail,
      };
    }
    const shown = show(cell, value);
    const lead = phrase(lang, 'fixShould', { cell: cell.address, value: shown }) + (typo ? typoNote(typo, lang) : '');
    return {
      address: cell.address,
      typed: cell.typed,
      value,
      shown,
      ...(typo ? { typo } : {}),
      rules,
      disagreeing,
      message: lead + tail,
    };
  });
}

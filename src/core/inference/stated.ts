import { compactText, normaliseHeader } from '../header';
import type { Lexicon } from '../lexicon';
import { check } from './acceptance';
import { RATIO_SCALES, type InferredRelation } from './relations';
import type { Candidate, SearchContext } from './search-context';

/**
 * Relations a sheet's notes state (注：线损率＝线损电量÷供电量×100%；净收入=总收入-总费用): the sheet's own words. Each
 * name must be one line's, and the figures must still bear the relation out (see statedAccepted); then it is checked
 * where the figures alone are too few to find it (three years of a balance), and a figure that breaks it is a finding.
 * Only the forms inference checks are read: a sum, a difference of two lines, a ratio of two (× 100 % or ‰, or at the
 * scales a ratio is tried at); a clause with brackets or another form says nothing.
 */

/** A formula read from a note: the names of its target and members, and its scales (several where it states none). */
export interface StatedFormula {
  kind: 'sum' | 'difference' | 'ratio';
  target: string;
  members: string[];
  /** Of a sum's members, those it subtracts (期末结余=期初结余+收入合计-支出合计). */
  minus?: string[];
  scales: number[];
}

/** Operators as notes type them, once widths are normalised (compactText): × ÷ and their ASCII stand-ins. */
const TIMES = /[×*]/;
const DIVIDED = /[÷/]/;

/** The formulas of one note's clauses (split at ；;。 and numbered items). */
export function statedFormulas(notes: string[]): StatedFormula[] {
  const formulas: StatedFormula[] = [];
  for (const note of notes)
    for (const clause of note.split(/[;。；，,]|\d+[.、)](?=\D)/)) {
      // Past a label before a colon (注:, 说明:).
      const formula = readClause(clause.replace(/^[^:=]*:/, ''));
      if (formula) formulas.push(formula);
    }
  return formulas;
}

function readClause(clause: string): StatedFormula | undefined {
  const sides = clause.split('=');
  if (sides.length !== 2 || /[()（）]/.test(clause)) return undefined;
  const target = sides[0].trim();
  let right = sides[1].trim();
  if (target === '' || right === '' || /[+\-÷/×*]/.test(target)) return undefined;
  let scales = RATIO_SCALES;
  const scaled = new RegExp(`${TIMES.source}(100%|100|1000‰|1000)$`).exec(right);
  if (scaled) {
    scales = [scaled[1].startsWith('1000') ? 1000 : 100];
    right = right.slice(0, scaled.index);
  }
  const ratio = right.split(DIVIDED);
  if (ratio.length === 2 && !/[+\-×*]/.test(right))
    return { kind: 'ratio', target, members: ratio.map((s) => s.trim()), scales };
  if (scaled || DIVIDED.test(right) || TIMES.test(right)) return undefined;
  const plus = right.split('+');
  if (plus.length >= 2 && !right.includes('-')) return { kind: 'sum', target, members: plus, scales: [1] };
  const minus = right.split('-');
  if (minus.length === 2 && !right.includes('+')) return { kind: 'difference', target, members: minus, scales: [1] };
  // Terms added and subtracted, the first added: a balance.
  const terms = right.split(/(?=[+-])/);
  if (terms.length < 3 || /^[+-]/.test(terms[0])) return undefined;
  const members = terms.map((term) => term.replace(/^[+-]/, ''));
  const subtracted = members.filter((_, i) => terms[i].startsWith('-'));
  return { kind: 'sum', target, members, minus: subtracted, scales: [1] };
}

/**
 * The name a line goes by in a note: its label compacted, without a numbering (一、 1.), a unit in brackets or a
 * parent header (`供水量/地表水` is 地表水).
 */
export function lineName(label: string, lexicon: Lexicon): string {
  const whole = normaliseHeader(label, lexicon).text;
  let text = whole.slice(whole.lastIndexOf('/') + 1);
  for (const level of lexicon.numberingLevels) text = text.replace(level, '');
  return compactText(text);
}

/**
 * The line a note names by its count in a unit (调处化解件数 for 调处化解（件）): the name without its count ending and
 * that unit; undefined where the name ends otherwise (企业数 is a label's own name).
 */
function countedAs(name: string, lexicon: Lexicon): string | undefined {
  const ending = lexicon.countEnding.exec(name);
  if (!ending || ending.index === 0) return undefined;
  const base = name.slice(0, ending.index);
  for (const length of [2, 1]) {
    const kind = base.length > length ? lexicon.unitOf(base.slice(-length))?.kind : undefined;
    if (kind === 'count' || kind === 'people') return base.slice(0, -length);
  }
  return undefined;
}

/**
 * The formulas that name lines of this view, one line each, as candidates: a ratio stated at no scale once per scale
 * a ratio is tried at.
 */
export function statedCandidates(ctx: SearchContext, formulas: StatedFormula[]): Candidate[] {
  // A ledger of 50,000 rows and no formula in its notes reads no name.
  if (formulas.length === 0) return [];
  // Only the lines a formula names are looked up: a ledger's 50,000 row labels name none of 覆盖率 = … . A name of
  // ideographs only, which no width is taken from, stands in its label as typed but for spaces: asked before the label
  // is read.
  const names = formulas.flatMap((f) => [f.target, ...f.members].map(compactText));
  const named = new Set(names.flatMap((name) => [name, countedAs(name, ctx.lexicon) ?? name]));
  const mayName = [...named].every((name) => /^[\u3400-\u9fff]+$/.test(name))
    ? (label: string) => {
        const unspaced = /\s/.test(label) ? label.replace(/\s+/g, '') : label;
        for (const name of named) if (unspaced.includes(name)) return true;
        return false;
      }
    : () => true;
  const byName = new Map<string, number[]>();
  // A name a line's ends with (参保率 of 基本医疗保险参保率), where no line has it whole.
  const byEnding = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, name: string, line: number) => {
    const lines = map.get(name);
    if (lines) lines.push(line);
    else map.set(name, [line]);
  };
  for (let line = 0; line < ctx.view.lines; line++) {
    const label = ctx.label(line);
    if (!mayName(label)) continue;
    const name = lineName(label, ctx.lexicon);
    if (named.has(name)) add(byName, name, line);
    else for (const n of named) if (name.endsWith(n)) add(byEnding, n, line);
  }
  const one = (lines: number[] | undefined) => (lines?.length === 1 ? lines[0] : undefined);
  const lineOf = (name: string) => {
    const compact = compactText(name);
    const counted = countedAs(compact, ctx.lexicon) ?? compact;
    const whole = byName.get(compact) ?? byName.get(counted);
    return whole ? one(whole) : one(byEnding.get(compact) ?? byEnding.get(counted));
  };
  return formulas.flatMap((f) => {
    const target = lineOf(f.target);
    const members = f.members.map(lineOf);
    if (target === undefined || members.some((m) => m === undefined || m === target)) return [];
    const lines = members as number[];
    if (new Set(lines).size < lines.length) return [];
    const minus = f.minus && lines.filter((_, i) => f.minus?.includes(f.members[i]));
    return f.scales.map((scale) => ({ kind: f.kind, target, members: lines, scale, ...(minus ? { minus } : {}) }));
  });
}

/**
 * A stated relation kept: the figures bear it out at one position at least, and break it at one at most (one in ten
 * where there are many), never more often than they bear it out: the note's words stand for the evidence the figures
 * alone would need. A ledger of two columns (本季度 | 本年累计) under 期末结余=期初结余+收入合计-支出合计 is checked by
 * the one that holds.
 */
function statedAccepted(_ctx: SearchContext, r: InferredRelation): boolean {
  const failures = r.breaks.length + r.unexplained;
  return (
    r.support.length >= 1 && failures <= Math.max(1, Math.floor(r.support.length / 10)) && failures <= r.support.length
  );
}

/**
 * The relations found, with the stated ones the figures bear out that none found states already (same kind and lines);
 * a ratio found the other way round over a stated one's lines (户籍人口 = 参保人数 ÷ 参保率 where the note says 参保率 =
 * 参保人数 ÷ 户籍人口) gives way to it.
 */
export function withStated(
  ctx: SearchContext,
  formulas: StatedFormula[],
  found: InferredRelation[],
): InferredRelation[] {
  const candidates = statedCandidates(ctx, formulas);
  if (candidates.length === 0) return found;
  const key = (r: Candidate) => `${r.kind}:${r.target}:${[...r.members].sort((a, b) => a - b).join(',')}`;
  const lines = (r: Candidate) => `${r.kind}:${[r.target, ...r.members].sort((a, b) => a - b).join(',')}`;
  const known = new Set(found.map(key));
  const kept = new Map<string, InferredRelation>();
  for (const c of candidates) {
    if (known.has(key(c))) continue;
    const r = check(ctx, c, undefined, statedAccepted);
    if (!r || !statedAccepted(ctx, r)) continue;
    // Of the scales a ratio is tried at, the one that holds most.
    const other = kept.get(key(c));
    if (!other || r.support.length > other.support.length) kept.set(key(c), { ...r, stated: true });
  }
  const stated = [...kept.values()];
  const restated = new Set(stated.filter((r) => r.kind === 'ratio').map(lines));
  return [...found.filter((r) => r.kind !== 'ratio' || !restated.has(lines(r))), ...stated];
}

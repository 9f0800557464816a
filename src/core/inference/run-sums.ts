import type { GridView } from './grid';
import { grainOf, partsVerdict, SKIP, type Verdict } from './relations';
import type { Candidate } from './search-context';

/**
 * A walk proposes a target's sums at a few lengths of the same run of lines (a total row over 50,000 rows matches
 * the running sum at several lengths within its rounding slack). Each is a prefix of the longest, so the run is added
 * up once per position for all of them instead of once per candidate. The parts are added in the members' order, as
 * verdictAt adds them, so every verdict is the one verdictAt gives.
 */

/** Runs shorter than this are added up per candidate: sharing pays only on long ones. */
const LONG_RUN = 64;

/** A candidate's verdict at a position. */
export type VerdictAt = (pos: number) => Verdict;

/** +1 or −1 when the lines are consecutive, one way or the other; 0 otherwise. */
export function stepOf(lines: readonly number[]): number {
  const d = lines[1] - lines[0];
  if (d !== 1 && d !== -1) return 0;
  for (let i = 2; i < lines.length; i++) if (lines[i] - lines[i - 1] !== d) return 0;
  return d;
}

/** The verdicts of long sums (and means) that share their run with another candidate; the others are not in the map. */
export function sharedRunVerdicts(view: GridView, candidates: readonly Candidate[]): Map<Candidate, VerdictAt> {
  const runs = new Map<string, Candidate[]>();
  for (const c of candidates) {
    if ((c.kind !== 'sum' && c.kind !== 'average') || c.members.length < LONG_RUN) continue;
    const d = stepOf(c.members);
    if (d === 0) continue;
    const key = `${c.target}:${c.members[0]}:${d}`;
    runs.set(key, [...(runs.get(key) ?? []), c]);
  }
  const verdicts = new Map<Candidate, VerdictAt>();
  for (const run of runs.values()) {
    if (run.length < 2) continue;
    const byLength = [...run].sort((x, y) => x.members.length - y.members.length);
    const at = new Map<number, Map<Candidate, Verdict>>();
    const atPosition = (pos: number) => {
      let found = at.get(pos);
      if (!found) at.set(pos, (found = runAt(view, byLength, pos)));
      return found;
    };
    for (const c of run) verdicts.set(c, (pos) => atPosition(pos).get(c) as Verdict);
  }
  return verdicts;
}

/** Each candidate's verdict at one position, shortest first, the run's parts added up once. */
function runAt(view: GridView, byLength: readonly Candidate[], pos: number): Map<Candidate, Verdict> {
  const out = new Map<Candidate, Verdict>();
  const { target, members } = byLength[byLength.length - 1];
  const t = view.value(target, pos);
  const ht = view.half(target, pos);
  const total = { sum: 0, slack: 0, grain: 0, nonZero: 0, blanks: 0 };
  let k = 0;
  for (const c of byLength) {
    const count = c.members.length;
    for (; k < count && !Number.isNaN(t); k++) {
      const v = view.value(members[k], pos);
      if (Number.isNaN(v)) {
        total.blanks++;
        continue;
      }
      const half = view.half(members[k], pos);
      total.sum += v;
      total.slack += half;
      total.grain += grainOf(half);
      if (v !== 0) total.nonZero++;
    }
    out.set(c, Number.isNaN(t) ? SKIP : partsVerdict(c, count, t, ht, total));
  }
  return out;
}

/** Per position, the blank cells of the lines before each line (prefix counts), built once per view when asked. */
const blanksBefore = new WeakMap<GridView, Int32Array>();

/**
 * How many of these lines are blank at a position: along a long run of consecutive lines by two prefix counts, so
 * that a total over 50,000 rows is not walked again at every position for each of its candidates.
 */
export function blankCounter(view: GridView, lines: readonly number[]): (pos: number) => number {
  if (lines.length < LONG_RUN || stepOf(lines) === 0)
    return (pos) => {
      // Counted, not filtered into an array: thousands of chance sums between a ledger's rows are asked this.
      let blanks = 0;
      for (const line of lines) if (Number.isNaN(view.value(line, pos))) blanks++;
      return blanks;
    };
  const stride = view.lines + 1;
  let counts = blanksBefore.get(view);
  if (!counts) {
    counts = new Int32Array(view.positions * stride);
    for (let pos = 0; pos < view.positions; pos++)
      for (let line = 0; line < view.lines; line++)
        counts[pos * stride + line + 1] = counts[pos * stride + line] + (Number.isNaN(view.value(line, pos)) ? 1 : 0);
    blanksBefore.set(view, counts);
  }
  const [lo, hi] = [Math.min(lines[0], lines[lines.length - 1]), Math.max(lines[0], lines[lines.length - 1])];
  const at = counts;
  return (pos) => at[pos * stride + hi + 1] - at[pos * stride + lo];
}

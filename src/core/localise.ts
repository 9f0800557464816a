import { parseA1 } from './snapshot';

/**
 * Error localisation after the Fellegi–Holt principle (as R's `errorlocate`): among the cells read by the
 * relations that fail, find the set of least total weight that touches every failed relation — the fewest,
 * cheapest changes that could make every relation hold. Weights are the caller's: a cell weighted lower is
 * blamed sooner; a cell weighted Infinity is trusted and never blamed (a failed relation reading only trusted
 * cells is left unexplained).
 */
export interface FailedRelation {
  id: string;
  /** Addresses of the cells the relation reads (`C5`, or sheet-qualified `县表!C5`). */
  cells: string[];
}

/** Up to this many candidate cells in one connected group of failed relations, the search is exact. */
export const EXACT_LIMIT = 30;

const WEIGHT_EPSILON = 1e-9;

/** An address split for sorting: sheet name, row and column (-1 when it is not A1), and the text itself. */
interface AddressKey {
  sheet: string;
  row: number;
  col: number;
  text: string;
}

function addressKey(text: string): AddressKey {
  const bang = text.lastIndexOf('!');
  const cell = parseA1(bang < 0 ? text : text.slice(bang + 1));
  return { sheet: bang < 0 ? '' : text.slice(0, bang), row: cell?.row ?? -1, col: cell?.col ?? -1, text };
}

/** Sheet name, then row, then column; addresses that are not A1 compare as text. */
function compareAddresses(a: AddressKey, b: AddressKey): number {
  if (a.sheet !== b.sheet) return a.sheet < b.sheet ? -1 : 1;
  if (a.row >= 0 && b.row >= 0 && (a.row !== b.row || a.col !== b.col)) return a.row - b.row || a.col - b.col;
  return a.text < b.text ? -1 : a.text > b.text ? 1 : 0;
}

/** A component: relations as lists of cell indices; cells are numbered in preference order (0 = blamed first). */
interface Component {
  relations: number[][];
  weights: number[];
}

interface Solution {
  cells: number[];
  weight: number;
}

/** Less weight; then fewer cells; then the more preferred cells (indices compared in order). */
function better(a: Solution, b: Solution): boolean {
  if (Math.abs(a.weight - b.weight) > WEIGHT_EPSILON * Math.max(1, b.weight)) return a.weight < b.weight;
  if (a.cells.length !== b.cells.length) return a.cells.length < b.cells.length;
  const sa = [...a.cells].sort((x, y) => x - y);
  const sb = [...b.cells].sort((x, y) => x - y);
  for (let i = 0; i < sa.length; i++) if (sa[i] !== sb[i]) return sa[i] < sb[i];
  return false;
}

interface Candidate {
  cell: number;
  hits: number;
}

/** A binary heap, `first(a, b)` true when a comes out before b. */
class CandidateHeap {
  private readonly items: Candidate[] = [];

  constructor(private readonly first: (a: Candidate, b: Candidate) => boolean) {}

  push(item: Candidate): void {
    const items = this.items;
    let i = items.push(item) - 1;
    while (i > 0) {
      const up = (i - 1) >> 1;
      if (!this.first(items[i], items[up])) break;
      [items[i], items[up]] = [items[up], items[i]];
      i = up;
    }
  }

  pop(): Candidate | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length === 0 || last === undefined) return top;
    items[0] = last;
    for (let i = 0; ;) {
      const [l, r] = [2 * i + 1, 2 * i + 2];
      let m = i;
      if (l < items.length && this.first(items[l], items[m])) m = l;
      if (r < items.length && this.first(items[r], items[m])) m = r;
      if (m === i) break;
      [items[i], items[m]] = [items[m], items[i]];
      i = m;
    }
    return top;
  }
}

/**
 * Greedy: repeatedly blame the cell touching most still-unexplained relations per unit of weight (ties: more
 * relations, then preference order), then drop cells the others make redundant, heaviest first. Not always
 * minimal, but every relation with a blameable cell is hit.
 */
function greedy({ relations, weights }: Component): Solution {
  // Incidence lists and running counts, so one column total over 50,000 cells costs its size once, not per pick.
  const relationsOf: number[][] = weights.map(() => []);
  relations.forEach((cells, r) => cells.forEach((c) => relationsOf[c].push(r)));
  const unhitCount = relationsOf.map((rs) => rs.length);
  const hit = relations.map(() => false);
  let open = relations.length;
  const chosen: number[] = [];
  // A heap of (cell, hits when pushed); counts only fall, so an entry whose count is still current is the best cell.
  const score = (cell: number, hits: number) => (weights[cell] === 0 ? Infinity : hits / weights[cell]);
  const heap = new CandidateHeap((a, b) => {
    const sa = score(a.cell, a.hits);
    const sb = score(b.cell, b.hits);
    return sa !== sb ? sa > sb : a.hits !== b.hits ? a.hits > b.hits : a.cell < b.cell;
  });
  unhitCount.forEach((hits, cell) => hits > 0 && heap.push({ cell, hits }));
  while (open > 0) {
    const top = heap.pop();
    if (top === undefined) break;
    const current = unhitCount[top.cell];
    if (current !== top.hits) {
      if (current > 0) heap.push({ cell: top.cell, hits: current });
      continue;
    }
    const best = top.cell;
    chosen.push(best);
    for (const r of relationsOf[best]) {
      if (hit[r]) continue;
      hit[r] = true;
      open -= 1;
      for (const c of relations[r]) unhitCount[c] -= 1;
    }
  }
  // Drop cells the others make redundant, heaviest first: a cell is redundant when each of its relations is hit twice.
  const coverage = relations.map(() => 0);
  for (const c of chosen) for (const r of relationsOf[c]) coverage[r] += 1;
  const kept = new Set(chosen);
  for (const cell of [...chosen].sort((x, y) => weights[y] - weights[x] || y - x)) {
    if (relationsOf[cell].every((r) => coverage[r] > 1)) {
      kept.delete(cell);
      for (const r of relationsOf[cell]) coverage[r] -= 1;
    }
  }
  const cells = [...kept];
  return { cells, weight: cells.reduce((sum, c) => sum + weights[c], 0) };
}

/**
 * One failed relation alone: its lightest cell, the most preferred among equals (what `exact` finds, without the
 * search); none where two or more cells weigh the least and the most preferred may not be blamed on preference alone.
 */
function cheapest({ weights }: Component, preferred: (cell: number) => boolean): Solution {
  let best = 0;
  const same = (a: number, b: number) => Math.abs(a - b) <= WEIGHT_EPSILON * Math.max(1, b);
  for (let c = 1; c < weights.length; c++) if (weights[c] < weights[best] && !same(weights[c], weights[best])) best = c;
  const tied = weights.filter((w) => same(w, weights[best])).length;
  if (tied > 1 && !preferred(best)) return { cells: [], weight: 0 };
  return { cells: [best], weight: weights[best] };
}

/**
 * The cells another could stand in for at the same weight, read by the same failed relations and no others (the parts
 * of two totals typed alike, 供水总量 and 用水总量 over 农业 | 工业 | …): blaming one of them would be a guess.
 */
function twins({ relations, weights }: Component): Set<number> {
  const readBy: number[][] = weights.map(() => []);
  relations.forEach((cells, r) => cells.forEach((c) => readBy[c].push(r)));
  const keys = weights.map((w, c) => `${w.toFixed(9)}|${readBy[c].join(',')}`);
  const count = new Map<string, number>();
  for (const key of keys) count.set(key, (count.get(key) ?? 0) + 1);
  return new Set(keys.flatMap((key, c) => (count.get(key)! > 1 ? [c] : [])));
}

/** Branch and bound over bitmasks (≤ EXACT_LIMIT cells); starts from the greedy answer as the bound to beat. */
function exact(component: Component): Solution {
  const { weights } = component;
  const masks = component.relations.map((cells) => cells.reduce((m, c) => m | (1 << c), 0));
  let best = greedy(component);

  const cellsOf = (mask: number): number[] => weights.flatMap((_, c) => ((mask >> c) & 1 ? [c] : []));
  const minWeight = (mask: number): number => Math.min(...cellsOf(mask).map((c) => weights[c]));

  // Relations sharing no available cell need distinct cells: the sum of their cheapest cells is a lower bound.
  const lowerBound = (open: number[], excluded: number): number => {
    let used = 0;
    let bound = 0;
    for (const mask of open) {
      const available = mask & ~excluded;
      if ((available & used) === 0) {
        used |= available;
        bound += minWeight(available);
      }
    }
    return bound;
  };

  const search = (chosen: number, excluded: number, weight: number): void => {
    const open = masks.filter((m) => (m & chosen) === 0);
    if (open.length === 0) {
      const candidate = { cells: cellsOf(chosen), weight };
      if (better(candidate, best)) best = candidate;
      return;
    }
    if (weight + lowerBound(open, excluded) > best.weight + WEIGHT_EPSILON * Math.max(1, best.weight)) return;
    // Branch on the open relation with the fewest available cells; branch i takes cell i and rules out cells < i.
    let branch = 0;
    let fewest = Infinity;
    for (const mask of open) {
      const count = cellsOf(mask & ~excluded).length;
      if (count < fewest) [branch, fewest] = [mask & ~excluded, count];
    }
    let ruledOut = excluded;
    for (const cell of cellsOf(branch)) {
      search(chosen | (1 << cell), ruledOut, weight + weights[cell]);
      ruledOut |= 1 << cell;
    }
  };
  search(0, 0, 0);
  return best;
}

/**
 * The cells to blame for the failed relations: a weighted minimum hitting set, solved exactly (branch and bound)
 * for every group of relations linked by shared cells with at most EXACT_LIMIT candidate cells, greedily beyond.
 * Ties go to the cell touching more failed relations, then the lower weight, then the earlier in `tieBreak`,
 * then address order (sheet, row, column).
 */
export function localiseErrors(
  failed: readonly FailedRelation[],
  weight: (address: string) => number = () => 1,
  tieBreak: readonly string[] = [],
  /**
   * Whether a relation alone whose lightest cells weigh the same, none of them in `tieBreak`, blames the first of them
   * by address (a guess) or none.
   */
  guess = true,
): Set<string> {
  const weightOf = new Map<string, number>();
  for (const relation of failed) {
    for (const address of relation.cells) {
      if (weightOf.has(address)) continue;
      const w = weight(address);
      if (Number.isNaN(w) || w < 0)
        throw new RangeError(`weight of ${address} must be a non-negative number or Infinity, got ${w}`);
      weightOf.set(address, w);
    }
  }
  // A relation reading the same cells as another (a column's inferred sum beside the total row rule) says nothing more
  // of which is wrong: kept once, so that a lone sum's tied parts are not blamed by address (see `guess`).
  const seen = new Set<string>();
  const relations = failed
    .map((relation) => [...new Set(relation.cells)].filter((address) => weightOf.get(address) !== Infinity))
    .filter((cells) => {
      const key = [...cells].sort().join(' ');
      if (cells.length === 0 || seen.has(key)) return false;
      seen.add(key);
      return true;
    });

  const hits = new Map<string, number>();
  for (const cells of relations) for (const address of cells) hits.set(address, (hits.get(address) ?? 0) + 1);
  const tieOrder = new Map<string, number>();
  tieBreak.forEach((address, i) => {
    if (!tieOrder.has(address)) tieOrder.set(address, i);
  });
  // Sort keys computed once per cell: 50,000 failing rows make 200,000 candidates, compared n log n times.
  const keys = [...hits.keys()].map((address) => ({
    address,
    hits: hits.get(address)!,
    weight: weightOf.get(address)!,
    tie: tieOrder.get(address) ?? Infinity,
    key: addressKey(address),
  }));
  keys.sort(
    (a, b) =>
      b.hits - a.hits ||
      a.weight - b.weight ||
      (a.tie === b.tie ? 0 : a.tie < b.tie ? -1 : 1) ||
      compareAddresses(a.key, b.key),
  );
  const preference = keys.map((k) => k.address);

  // Connected components: relations that share a cell must be explained together.
  const parent = new Map(preference.map((address) => [address, address]));
  const root = (address: string): string => {
    let r = address;
    while (parent.get(r) !== r) r = parent.get(r)!;
    for (let a = address; a !== r;) {
      const next = parent.get(a)!;
      parent.set(a, r);
      a = next;
    }
    return r;
  };
  for (const cells of relations) for (const address of cells.slice(1)) parent.set(root(address), root(cells[0]));
  const groups = new Map<string, string[][]>();
  for (const cells of relations) {
    const key = root(cells[0]);
    const group = groups.get(key);
    if (group) group.push(cells);
    else groups.set(key, [cells]);
  }

  // Each group's cells in preference order, in one pass over the preference list.
  const membersOf = new Map<string, string[]>();
  for (const address of preference) {
    const key = root(address);
    const members = membersOf.get(key);
    if (members) members.push(address);
    else membersOf.set(key, [address]);
  }
  const blamed = new Set<string>();
  for (const [key, group] of groups) {
    const members = membersOf.get(key) ?? [];
    const index = new Map(members.map((address, i) => [address, i]));
    const component: Component = {
      relations: group.map((cells) => cells.map((address) => index.get(address)!)),
      weights: members.map((address) => weightOf.get(address)!),
    };
    const solution =
      group.length === 1
        ? cheapest(component, (cell) => guess || tieOrder.has(members[cell]))
        : members.length <= EXACT_LIMIT
          ? exact(component)
          : greedy(component);
    const twinned = guess ? undefined : twins(component);
    for (const cell of solution.cells)
      if (!twinned?.has(cell) || tieOrder.has(members[cell])) blamed.add(members[cell]);
  }
  return blamed;
}

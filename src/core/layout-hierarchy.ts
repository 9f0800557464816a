import { indentOf, type LayoutReading } from './layout-cells';
import { compareSum, copiedBy, isPartOfWhole, makesWhole, sumsTo, type SumReader } from './layout-sums';
import { sectionsOf } from './layout-sections';
import { namesRegion, type LabelRole, type Lexicon } from './lexicon';

/**
 * How region rows nest: districts under their city, shown by Excel's indent, by leading spaces (half- or
 * full-width), by numbering (一、 （一） 1.), by a `#` mark, or by nothing at all (a group under a name of its own whose
 * rows it sums). Labels only propose a nesting; the sums decide: rows that add up to the row above them are its
 * members (the row becomes a subtotal), rows that are some of it are its parts (each at most the whole), and rows
 * that are neither are left out of every total, since a guess would raise false alarms.
 */

export interface NestingRow {
  row: number;
  role: LabelRole;
  /** The label as typed, leading spaces kept. */
  label: string;
  /** The label compacted (compactText): compacted once per row, not again by each reading of it. */
  compact: string;
  /** Excel's indent level of the label cell. */
  indent: number;
  /** The number a 序号 column before the labels gives the row (一, （一）, 1), where it has one. */
  number?: string;
  /** The row's code, where it has one: the digits of its code columns (201 | 01 | 01 → 2010101) or of its label's start. */
  code?: string;
}

export interface Nesting {
  /** A city row and the rows it sums (its districts). */
  members: Map<number, number[]>;
  /** Rows that are some of a row above them (its parts). */
  parts: { row: number; partOfRow: number }[];
  /** Rows whose place the sums could not tell: in no total. */
  unclear: Set<number>;
}

// Unmarked groups are looked for in blocks up to this size, each group up to this many rows (both quadratic).
const GROUP_BLOCK_ROWS = 200;
const GROUP_MAX_ROWS = 60;
// One step of Excel's indent is about as wide as this many typed spaces; only the order of depths matters.
const SPACES_PER_INDENT = 4;
// More numbering levels than a table uses (一、 （一） 1. (1) …, and the unnumbered rows under them).
const NUMBERING_LEVELS = 100;

/** A word put after a 序号 cell's number to read its numbering level (see numberingLevel). */
const NUMBERED_WORD = '\u9879';

/**
 * The numbering level of a label (0 for 一、, 1 for （一）…: `own`, its labelNumbering), or of the number its 序号 cell
 * gives it, typed there without the label's punctuation (一, 1); undefined when it carries none.
 */
function numberingLevel(reading: LayoutReading, t: NestingRow, own: number | undefined): number | undefined {
  if (own !== undefined || !t.number) return own;
  // Asked of every row of a block without indents: no list of texts is made for each.
  const levels = reading.lexicon.numberingLevels;
  for (let level = 0; level < levels.length; level++) {
    const pattern = levels[level];
    // Tried before a word, not the label: a label starting with a figure (50人及以上) would read 3.50 as a decimal.
    if (pattern.test(`${t.number}、${NUMBERED_WORD}`) || pattern.test(`${t.number}.${NUMBERED_WORD}`)) return level;
  }
  return undefined;
}

/** The numbering level a label itself carries (0 for 一、, 1 for （一）…); undefined when it carries none. */
export function labelNumbering(lexicon: Lexicon, compact: string): number | undefined {
  const level = lexicon.numberingLevels.findIndex((pattern) => pattern.test(compact));
  return level < 0 ? undefined : level;
}

/**
 * A label's numbering level and its number (（四）枣林乡 → level 1, 4), where the number is digits or one numeral;
 * undefined where the label is not numbered so.
 */
export function labelOrdinal(lexicon: Lexicon, compact: string): { level: number; n: number } | undefined {
  const { numerals } = lexicon.vocabulary;
  for (let level = 0; level < lexicon.numberingLevels.length; level++) {
    const mark = lexicon.numberingLevels[level].exec(compact)?.[0];
    if (mark === undefined) continue;
    const digits = /\d+/.exec(mark)?.[0];
    const numeral = [...mark].filter((ch) => numerals.includes(ch));
    const n = digits !== undefined ? Number(digits) : numeral.length === 1 ? numerals.indexOf(numeral[0]) + 1 : 0;
    return n > 0 ? { level, n } : undefined;
  }
  return undefined;
}

/** Rows per row of no code that a coded list may have (see codeDepths). */
const UNCODED_SHARE = 5;

/**
 * Each row's depth by its code, where nearly every row has one and each longer one extends the nearest shorter one above it,
 * its parent (功能分类科目: 201 一般公共服务支出 | 20101 人大事务 | 2010101 行政运行): the rank of its code's length.
 * Numbers in sequence (9 | 10) are no codes.
 */
function codeDepths(rows: NestingRow[]): number[] | undefined {
  const codes = rows.map((t) => t.code ?? '');
  // A row or two of no code (其他行业 after the coded sections) stand at the top level, parent to none.
  const uncoded = codes.filter((code) => code === '').length;
  if (uncoded * UNCODED_SHARE > codes.length) return undefined;
  const lengths = [...new Set(codes.filter((code) => code !== '').map((code) => code.length))].sort((a, b) => a - b);
  if (lengths.length < 2) return undefined;
  const extendsParent = (code: string, i: number) => {
    if (code === '' || code.length === lengths[0]) return true;
    for (let j = i - 1; j >= 0; j--)
      if (codes[j].length < code.length) return code.startsWith(codes[j]) && codes[j] !== '';
    return false;
  };
  return codes.every(extendsParent) ? codes.map((code) => (code === '' ? 0 : lengths.indexOf(code.length))) : undefined;
}

/**
 * Each row's depth by the strongest cue the sheet uses: indentation (Excel's or typed), else codes, else numbering.
 * Numbered rows among indented ones head the unnumbered rows typed as deep after them (一、非公有制企业 | 按行业分： |
 * the industries indented | 二、社会组织 | 社会团体 | 民办非企业单位, not indented): numbering orders rows of one indent.
 */
function depths(reading: LayoutReading, rows: NestingRow[], sums: SumReader): number[] {
  const typed = rows.map((t) => t.indent * SPACES_PER_INDENT + indentOf(t.label));
  const numbered = () => {
    const own = rows.map((t) => labelNumbering(reading.lexicon, t.compact));
    const levels = rows.map((t, i) => numberingLevel(reading, t, own[i]));
    // A 序号 going on from rows it numbers as their labels do (1 | 一、社会团体, 2 | 二、民办非企业单位, then 3 | 基金会):
    // the row is at their level, whatever the bare number would make it.
    const numerals = reading.lexicon.vocabulary.numerals;
    let previous: number | undefined;
    rows.forEach((t, i) => {
      if (!t.number) return;
      const before = previous;
      previous = i;
      if (own[i] !== undefined || before === undefined || own[before] === undefined) return;
      const [n, m] = [Number(t.number), Number(rows[before].number)];
      const ordinal = numerals.indexOf(rows[before].compact.split('\u3001')[0]) + 1;
      if (Number.isInteger(n) && n === m + 1 && ordinal === m) levels[i] = own[before];
    });
    // A 序号 column numbers a list's items; rows it leaves unnumbered that number themselves at their level or deeper
    // (1.已脱钩 | 2.未脱钩 under 其中：行业协会商会) are items of the item above. A heading numbered higher (二、社会组织
    // over 序号 2–4) stays a heading.
    const listed = rows.flatMap((t, i) => {
      const level = levels[i];
      return t.number && level !== undefined && own[i] === undefined ? [level] : [];
    });
    if (listed.length === 0) return levels;
    const [highest, below] = [Math.min(...listed), Math.max(...listed) + 1];
    return rows.map((t, i) => {
      const level = levels[i];
      return !t.number && level !== undefined && level >= highest ? below + level : level;
    });
  };
  if (typed.some((d) => d !== typed[0])) {
    const levels = itemsNumberedFromTwo(reading, rows, typed, numbered(), sums);
    const deepest = levels.reduce<number>((most, n) => Math.max(most, n ?? -1), -1);
    if (deepest < 0) return typed;
    // A heading whose next row is typed deeper (二、镇 | 马集镇 indented …) has its items typed deeper: an unnumbered row typed
    // as shallow as it after them (国有农场) is its sibling, not its item.
    let heading: number | undefined;
    // The last numbered row typed at each indent.
    const numberedAt = new Map<number, number>();
    /**
     * An unnumbered row over rows typed deeper that go on with the 序号 of the numbered row before it (1 市直属 | 市辖区 |
     * 2 新城区 indented …): it heads them among the numbered rows, at their level, and is no item of the row before.
     */
    const numberedOver = (i: number): number | undefined => {
      const before = numberedAt.get(typed[i]);
      const next = rows[i + 1];
      if (before === undefined || levels[i] !== undefined || !(typed[i + 1] > typed[i]) || !next?.number)
        return undefined;
      return Number(next.number) === Number(rows[before].number) + 1 ? levels[before] : undefined;
    };
    return typed.map((d, i) => {
      const level = levels[i];
      if (level !== undefined) {
        heading = typed[i + 1] > d ? i : undefined;
        numberedAt.set(d, i);
      } else if (heading !== undefined && typed[heading] > d) heading = undefined;
      // The heading's own level (it was set from a numbered row), where the row is its sibling.
      const sibling = heading !== undefined && typed[heading] === d ? levels[heading] : undefined;
      return d * NUMBERING_LEVELS + (level ?? sibling ?? numberedOver(i) ?? deepest + 1);
    });
  }
  const coded = codeDepths(rows);
  if (coded) return coded;
  const levels = numbered();
  // Rows of figures a 序号 column leaves unnumbered after rows it numbers (1 新泰市 | 永安街道 | 和平街道 | 2 肥城市 …) are
  // the items of the numbered row above them, where each such run adds up to its row; unnumbered rows of no figures
  // are headings.
  const runs = new Map<number, number[]>();
  const running = reading.lexicon.inferenceWords.running;
  let head: number | undefined;
  rows.forEach((t, i) => {
    // A name in the column before the labels (事故起数 merged down over 本期 | 上年同期 | 增减数) numbers nothing. A running
    // total after the periods (12 | 12月, then 累计) is no item of the last.
    if (t.number) head = levels[i] === undefined ? undefined : i;
    else if (head === undefined || levels[i] !== undefined || !sums.hasFigures(t.row) || running.test(t.compact))
      head = undefined;
    else runs.set(head, [...(runs.get(head) ?? []), i]);
  });
  const itemsAddUp =
    runs.size > 0 &&
    [...runs].every(([at, items]) =>
      sumsTo(
        compareSum(
          sums,
          rows[at].row,
          items.map((i) => rows[i].row),
        ),
      ),
    );
  const itemOf = new Map([...runs].flatMap(([at, items]) => items.map((i) => [i, at] as const)));
  const read = levels.map((n, i) => {
    const at = itemsAddUp ? itemOf.get(i) : undefined;
    return n ?? (at === undefined ? undefined : (levels[at] ?? 0) + 1);
  });
  if (read.some((n) => n !== undefined && n !== read[0])) return read.map((n) => n ?? 0);
  return rows.map(() => 0);
}

/**
 * A list numbering its items from 二、 on, its first item typed unnumbered as deep (企业 | #私营企业 … | 二、个体工商户 |
 * 农民专业合作社): its unnumbered rows typed as deep are items at the numbered ones' level, not items of them.
 */
function itemsNumberedFromTwo(
  reading: LayoutReading,
  rows: NestingRow[],
  typed: number[],
  levels: (number | undefined)[],
  sums: SumReader,
): (number | undefined)[] {
  const read = [...levels];
  for (const d of new Set(typed)) {
    const at = rows.flatMap((_, i) => (typed[i] === d ? [i] : []));
    const numbered = at.filter((i) => levels[i] !== undefined);
    if (numbered.length === 0 || levels[at[0]] !== undefined || !sums.hasFigures(rows[at[0]].row)) continue;
    const level = levels[numbered[0]];
    if (labelOrdinal(reading.lexicon, rows[numbered[0]].compact)?.n !== 2 || numbered.some((i) => levels[i] !== level))
      continue;
    for (const i of at) read[i] ??= level;
  }
  return read;
}

/** Blocks of consecutive region rows between total and subtotal rows. */
function regionBlocks(rows: NestingRow[]): NestingRow[][] {
  const blocks: NestingRow[][] = [[]];
  for (const t of rows) {
    if (t.role === 'region') blocks[blocks.length - 1].push(t);
    else if (blocks[blocks.length - 1].length > 0) blocks.push([]);
  }
  return blocks.filter((b) => b.length > 0);
}

/**
 * Members, parts or unclear, as the sums say (module comment). A heading without figures (`一、城镇`) confirms
 * nothing: its rows stay where they were before any nesting, members of the total. Rows typed as taken away
 * (`调出量(-)`, shown positive) are members where the sums still hold, and otherwise not parts either: more can leave
 * than the line they are under keeps.
 */
function decide(
  sums: SumReader,
  nesting: Nesting,
  parent: number,
  children: number[],
  subtracted: (row: number) => boolean,
): 'members' | 'parts' | 'unclear' | undefined {
  // A child with no figure, all marked missing (县级登记 | 社会团体 | 社会服务机构 | 基金会 — — —) or left blank, is a
  // kind with none: it adds 0.
  const counted = children.filter((row) => sums.hasFigures(row));
  if (counted.length === 0) return undefined;
  const c = compareSum(sums, parent, counted);
  if (c.columns === 0) return undefined;
  // One row is the whole's only where the whole copies it (see makesWhole): a `#无害化处理量` under 生活垃圾清运量, equal
  // in one year of two, is some of it.
  if (makesWhole(c, counted.length)) {
    nesting.members.set(parent, children);
    return 'members';
  }
  if (!children.some(subtracted) && isPartOfWhole(c, false)) {
    for (const row of children) nesting.parts.push({ row, partOfRow: parent });
    return 'parts';
  }
  for (const row of children) nesting.unclear.add(row);
  return 'unclear';
}

/**
 * A `#` row starts the run of rows marked or indented deeper than it: under a region, keyed by the region's index;
 * first in its block (under the total), keyed -1 and left to the total (a partial list, or members of it).
 */
function markedRuns(
  reading: LayoutReading,
  sums: SumReader,
  block: NestingRow[],
  depth: number[],
): Map<number, number[]> {
  const runs = new Map<number, number[]>();
  for (let i = 0; i < block.length; i++) {
    if (!reading.lexicon.partMarker.test(block[i].compact) || headsGroup(sums, block, depth, i)) continue;
    // Typed shallower than the row above it (规模以上企业, two levels in | #外商投资企业, flush left), the run goes on deeper
    // than that row only: the next row at its depth (规模以下企业) is its sibling.
    const floor = i > 0 ? Math.max(depth[i], depth[i - 1]) : depth[i];
    let j = i + 1;
    while (j < block.length && (reading.lexicon.partMarker.test(block[j].compact) || depth[j] > floor)) j++;
    runs.set(
      i - 1,
      block.slice(i, j).map((t) => t.row),
    );
    i = j - 1;
  }
  return runs;
}

/**
 * A `#` row first in its block or after a deeper row, over rows typed deeper that add up to it (#市直单位 | its
 * departments | #县（市、区） | its counties, then 全市): it heads a group, as a subtotal does, and is no part of the row
 * above it.
 */
function headsGroup(sums: SumReader, block: NestingRow[], depth: number[], i: number): boolean {
  if (i > 0 && depth[i - 1] <= depth[i]) return false;
  let j = i + 1;
  while (j < block.length && depth[j] > depth[i]) j++;
  return (
    j - i > 2 &&
    sumsTo(
      compareSum(
        sums,
        block[i].row,
        block.slice(i + 1, j).map((t) => t.row),
      ),
    )
  );
}

/**
 * Groups under names of their own: a row equal to the sum of the rows right below it heads them. A heading (`heads`: a
 * numbered name, 二、县（市）, or a level's, 街道) may head one row, not a heading, that it copies (凤台市).
 */
function unmarkedGroups(
  sums: SumReader,
  block: NestingRow[],
  heads: (t: NestingRow) => boolean,
  levelOf: (t: NestingRow) => string | undefined,
): Map<number, number[]> {
  const groups = new Map<number, number[]>();
  const copied = (i: number) => copiedBy(compareSum(sums, block[i].row, [block[i + 1].row]));
  // So may a place one level above the place it copies, where the row after is at its level again (锦江区 | 和平路街道 |
  // 鼓楼区 …): a district of one street.
  const levelAbove = (i: number) => {
    const [own, next, after] = [block[i], block[i + 1], block[i + 2]].map((t) => (t ? levelOf(t) : undefined));
    return own !== undefined && next !== undefined && own !== next && (after === undefined || after === own);
  };
  const copies = (i: number) => (heads(block[i]) || levelAbove(i)) && !heads(block[i + 1]) && copied(i);
  // Rows in pairs, each a copy of the row before it (城区 | 城西街道 | 农村 | 红旗乡, one town to each): groups of one.
  if (block.length >= 4 && block.length % 2 === 0 && block.every((_, i) => i % 2 === 1 || copied(i))) {
    for (let i = 0; i < block.length; i += 2) groups.set(block[i].row, [block[i + 1].row]);
    return groups;
  }
  for (let i = 0; i < block.length; i++) {
    if (i + 1 < block.length && copies(i) && (i + 2 >= block.length || heads(block[i + 2]) || levelAbove(i))) {
      groups.set(block[i].row, [block[i + 1].row]);
      i++;
      continue;
    }
    for (let j = i + 2; j < Math.min(block.length, i + 1 + GROUP_MAX_ROWS); j++) {
      const found = compareSum(
        sums,
        block[i].row,
        block.slice(i + 1, j + 1).map((t) => t.row),
      );
      if (!sumsTo(found)) continue;
      // A heading's group runs to the next heading where those rows add up in every column they compare (二、乡镇
      // over nine towns, the last blank in 床位 but for its 老年人口, which the first eight miss; 一、街道 over 胜利街道 — |
      // 文化街道 | 新城街道 0, the first two adding up in 增减数 alone).
      if (heads(block[i])) j = wholeHeadedGroup(sums, block, i, j, heads);
      const children = block.slice(i + 1, j + 1).map((t) => t.row);
      // Kinds with none after them (基金会 | — — —) are the group's too.
      while (j + 1 < block.length && sums.marksNone(block[j + 1].row)) children.push(block[++j].row);
      groups.set(block[i].row, children);
      i = j;
      break;
    }
  }
  return groups;
}

/**
 * The last row of a heading's group where its rows up to the next heading add up to it in every column they
 * compare, else `j`, where a shorter group added up.
 */
function wholeHeadedGroup(
  sums: SumReader,
  block: NestingRow[],
  head: number,
  j: number,
  heads: (t: NestingRow) => boolean,
): number {
  let last = j;
  while (last + 1 < block.length && last - head < GROUP_MAX_ROWS && !heads(block[last + 1])) last++;
  if (last === j) return j;
  const c = compareSum(
    sums,
    block[head].row,
    block.slice(head + 1, last + 1).map((t) => t.row),
  );
  return c.columns > 0 && c.equal === c.columns && c.equal > c.zeros ? last : j;
}

/**
 * Groups closed by a name of their own: a row equal to the sum of the rows since the previous group (counties, then
 * their city: 望源县 | 碧坪县 | 云峰县 | 青隆市 …).
 */
function trailingGroups(
  sums: SumReader,
  block: NestingRow[],
  heads?: (t: NestingRow) => boolean,
): Map<number, number[]> {
  const groups = new Map<number, number[]>();
  let start = 0;
  for (let j = 1; j < block.length; j++) {
    const size = j - start;
    if (size < 1 || size > GROUP_MAX_ROWS) continue;
    const children = block.slice(start, j).map((t) => t.row);
    const found = compareSum(sums, block[j].row, children);
    // A heading may close one row, not a heading, that it copies (顺定高新区 | 国家级园区, a class of one zone).
    const closes = makesWhole(found, size) && (size > 1 || (heads?.(block[j]) === true && !heads(block[j - 1])));
    if (!closes) continue;
    groups.set(block[j].row, children);
    start = j + 1;
  }
  return groups;
}

/**
 * Groups level by level, innermost first (全省 | 梅洲市 | 市辖区 | 槐坪区 …, unindented): each level's groups are found
 * among the rows the groups below it leave.
 */
function groupsByLevel(
  sums: SumReader,
  block: NestingRow[],
  find: (sums: SumReader, rows: NestingRow[]) => Map<number, number[]>,
): Map<number, number[]> {
  const all = new Map<number, number[]>();
  for (let rows = block; ;) {
    const found = find(sums, rows);
    if (found.size === 0) return all;
    for (const [head, list] of found) all.set(head, list);
    const grouped = new Set([...found.values()].flat());
    rows = rows.filter((t) => !grouped.has(t.row));
  }
}

/**
 * A block closed by a 小计 row over the rows right above it, the rows before them groups each closed by a name of its
 * own (楼宇 1–3 | 长安街道 | 楼宇 4–8 | 新华街道 | 楼宇 9–12 | 湖滨街道小计): those names are subtotals as the 小计 is,
 * though no word says so.
 */
function closedBeforeSubtotal(sums: SumReader, rows: NestingRow[], block: NestingRow[], nesting: Nesting): void {
  const subtotal = rows[rows.indexOf(block[block.length - 1]) + 1];
  if (subtotal?.role !== 'subtotal') return;
  const groups = trailingGroups(sums, block);
  let lastHead = block.length - 1;
  while (lastHead >= 0 && !groups.has(block[lastHead].row)) lastHead--;
  const covered = [...groups.values()].reduce((n, list) => n + list.length + 1, 0);
  const tail = block.slice(lastHead + 1).map((t) => t.row);
  if (lastHead < 0 || covered !== lastHead + 1 || tail.length < 2) return;
  if (sumsTo(compareSum(sums, subtotal.row, tail))) for (const [head, list] of groups) nesting.members.set(head, list);
}

/**
 * Rows typed deeper before the first shallower one have no row above them to be under: where each shallower row is the
 * sum of the deeper rows right above it (石桥镇 … 清水乡 indented, then 清源县; 杨柳镇 … 东城街道, then 临河区), each closes
 * its group, and the deeper rows after it are not its own.
 */
function closingRows(
  sums: SumReader,
  block: NestingRow[],
  depth: number[],
  inRun: Set<number>,
): Map<number, number[]> | undefined {
  let top = Infinity;
  for (const d of depth) top = Math.min(top, d);
  if (depth[0] === top) return undefined;
  const groups = new Map<number, number[]>();
  let run: number[] = [];
  for (let i = 0; i < block.length; i++) {
    if (inRun.has(block[i].row)) return undefined;
    if (depth[i] > top) run.push(block[i].row);
    else if (run.length > 0 && sumsTo(compareSum(sums, block[i].row, run))) {
      groups.set(block[i].row, run);
      run = [];
    } else return undefined;
  }
  return run.length === 0 && groups.size >= 2 ? groups : undefined;
}

/** The total row a block of region rows belongs to: the one right above it, else the one right below. */
function blockTotal(rows: NestingRow[], block: NestingRow[]): number | undefined {
  const first = rows.indexOf(block[0]);
  const last = rows.indexOf(block[block.length - 1]);
  if (rows[first - 1]?.role === 'total') return rows[first - 1].row;
  return rows[last + 1]?.role === 'total' ? rows[last + 1].row : undefined;
}

/**
 * A `#` run first under a total at the top, deeper than the regions after it (全市, then `#城镇` indented twice over
 * `瑶海区` indented once): the total's parts when the sums say it is some of it, as each region's own `#城镇` is the
 * region's. As deep as the rows after it (合计 | #国有控股企业 | 国有企业 | 集体企业 …), where those rows, but the other
 * `#` runs, add up to the total by themselves.
 */
function topPartsOfTotal(
  sums: SumReader,
  nesting: Nesting,
  rows: NestingRow[],
  block: NestingRow[],
  runs: Map<number, number[]>,
  depth: number[],
): void {
  const run = runs.get(-1);
  const total = rows[rows.indexOf(block[0]) - 1];
  const after = run && block.length > run.length ? run.length : -1;
  if (!run || total?.role !== 'total' || after < 0 || depth[after] > depth[0]) return;
  if (depth[after] === depth[0]) {
    const inRuns = new Set([...runs.values()].flat());
    // A kind with no figure (联营企业, blank) adds 0.
    const rest = block.slice(after).filter((t) => !inRuns.has(t.row) && sums.hasFigures(t.row));
    if (
      !sumsTo(
        compareSum(
          sums,
          total.row,
          rest.map((t) => t.row),
        ),
      )
    )
      return;
  }
  if (isPartOfWhole(compareSum(sums, total.row, run), false))
    for (const row of run) nesting.parts.push({ row, partOfRow: total.row });
}

export function nestRows(reading: LayoutReading, rows: NestingRow[], sums: SumReader): Nesting {
  const nesting: Nesting = { members: new Map(), parts: [], unclear: new Set() };
  for (const block of regionBlocks(rows)) {
    // Each block only adds to the nesting, and only rows of its own: what it added is what comes after these sizes.
    const before = { parts: nesting.parts.length, members: nesting.members.size, unclear: nesting.unclear.size };
    nestBlock(reading, rows, block, sums, nesting);
    const grew =
      nesting.parts.length > before.parts ||
      nesting.members.size > before.members ||
      nesting.unclear.size > before.unclear;
    if (!grew) continue;
    // An indent or mark proposes, the total decides: where the flat list adds up to the block's total (in every column
    // but one at most) and the nested one in fewer (one label typed with a stray leading space), the block stays flat.
    const heads = [...nesting.members.keys()].slice(before.members);
    const unclear = [...nesting.unclear].slice(before.unclear);
    const nested = new Set([
      ...heads.flatMap((head) => nesting.members.get(head) ?? []),
      ...nesting.parts.slice(before.parts).map((p) => p.row),
      ...unclear,
    ]);
    const total = blockTotal(rows, block);
    if (total === undefined) continue;
    const flat = compareSum(
      sums,
      total,
      block.map((t) => t.row),
    );
    if (!sumsTo(flat)) continue;
    const top = block.filter((t) => !nested.has(t.row)).map((t) => t.row);
    if (compareSum(sums, total, top).equal >= flat.equal) continue;
    for (const head of heads) nesting.members.delete(head);
    nesting.parts.length = before.parts;
    for (const row of unclear) nesting.unclear.delete(row);
  }
  return nesting;
}

/** Nests one block of region rows by its marks, its depths and, without either, its sums (see nestRows). */
function nestBlock(
  reading: LayoutReading,
  rows: NestingRow[],
  block: NestingRow[],
  sums: SumReader,
  nesting: Nesting,
): void {
  const depth = depths(reading, block, sums);
  // A 其中 row typed shallower than the row above it (其中：高新区 one space in, under 七里河区 two in) is still that row's part: the
  // rows after it are not its.
  for (let i = 1; i < block.length; i++)
    if (depth[i] < depth[i - 1] && reading.lexicon.ofWhich.test(block[i].compact)) depth[i] = depth[i - 1] + 0.5;
  const runs = markedRuns(reading, sums, block, depth);
  const inRun = new Set([...runs.values()].flat());
  const taken = new Set(block.filter((t) => reading.lexicon.subtractedRow.test(t.compact)).map((t) => t.row));
  const subtracted = (row: number) => taken.has(row);
  for (const [parent, run] of runs) if (parent >= 0) decide(sums, nesting, block[parent].row, run, subtracted);
  topPartsOfTotal(sums, nesting, rows, block, runs, depth);
  const closed = closingRows(sums, block, depth, inRun);
  if (closed) {
    for (const [head, list] of closed) nesting.members.set(head, list);
    return;
  }
  // Nesting by depth, outside the marked runs: each row's parent is the nearest shallower row above it.
  const children = new Map<number, number[]>();
  const stack: { row: number; depth: number }[] = [];
  block.forEach((t, i) => {
    if (inRun.has(t.row)) return;
    while (stack.length > 0 && stack[stack.length - 1].depth >= depth[i]) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) {
      const list = children.get(parent.row);
      if (list) list.push(t.row);
      else children.set(parent.row, [t.row]);
    }
    stack.push({ row: t.row, depth: depth[i] });
  });
  const noFigures = (row: number) => !sums.hasFigures(row);
  // A row followed by headings of its own depth (社会消费品零售总额 | 按经营地分 … | 按消费类型分 …, the headings'
  // rows indented): its breakdowns, as when the headings are indented under it.
  block.forEach((t, i) => {
    if (noFigures(t.row)) return;
    const expanded: number[] = [];
    for (let j = i + 1; j < block.length && depth[j] >= depth[i]; j++) {
      if (depth[j] > depth[i]) continue; // a heading's own rows, taken with it
      if (!noFigures(block[j].row)) break;
      expanded.push(block[j].row, ...(children.get(block[j].row) ?? []));
    }
    if (expanded.length > 0 && sectionsOf(t.row, expanded, sums, noFigures)) nesting.members.set(t.row, expanded);
  });
  // The depths of the parents only: a flat ledger's 50,000 rows have none.
  const depthOf = new Map<number, number>();
  for (let i = 0; i < block.length; i++) if (children.has(block[i].row)) depthOf.set(block[i].row, depth[i]);
  const summed = new Set<number>();
  // The rows each unclear parent was decided on (a heading's rows in place of the heading).
  const unclear = new Map<number, number[]>();
  for (const [parent, list] of children) {
    // Breakdowns of a row under headings of their own (医院 | 按经济类型分 … | 按医院等级分 …): the headings bring
    // their rows, the row's members, checked breakdown by breakdown (layout-sections.ts).
    const expanded = list.flatMap((r) => (noFigures(r) ? [r, ...(children.get(r) ?? [])] : [r]));
    if (expanded.length > list.length && sectionsOf(parent, expanded, sums, noFigures))
      nesting.members.set(parent, expanded);
    else {
      // One heading's rows are the row's as if typed right under it (一、非公有制企业 | 按行业分： | the industries).
      const rows = expanded.length > list.length ? expanded.filter((r) => !noFigures(r)) : list;
      const outcome = decide(sums, nesting, parent, rows, subtracted);
      if (outcome === 'members') summed.add(depthOf.get(parent) as number);
      if (outcome === 'unclear') unclear.set(parent, rows);
    }
  }
  // Rows indented under a row as the rows under another row of its depth are, which add up there (第三产业 over its
  // industries): the same nesting, one of whose figures is wrong (第二产业 over 工业 and 建筑业, one raised), not rows
  // of no total. A relation that holds on the other groups and breaks on one is a finding.
  // One wrong figure breaks one column: rows that do not add up in more (民办医院 typed as a sibling of 民办非企业单位,
  // of which it is a part) are no such nesting.
  for (const [parent, list] of unclear) {
    if (!summed.has(depthOf.get(parent) as number) || list.some(subtracted)) continue;
    const c = compareSum(sums, parent, list);
    if (c.columns - c.equal > 1) continue;
    for (const row of list) nesting.unclear.delete(row);
    nesting.members.set(parent, list);
  }
  if (runs.size > 0 || children.size > 0 || block.length > GROUP_BLOCK_ROWS) return;
  // No cue at all: groups are read only when they, not the flat list, make up the block's total.
  const total = blockTotal(rows, block);
  if (total === undefined) {
    // A level's name first in a block no total adjoins (街道 | its streets, then 各镇小计 heading the towns, places as
    // columns) heads the rest where they add up to it (in every column but one: a wrong figure breaks one).
    const rest = block.slice(1).map((t) => t.row);
    const levelFirst = reading.lexicon.levelName.test(block[0].compact) && rest.length >= 2;
    if (levelFirst && sumsTo(compareSum(sums, block[0].row, rest))) nesting.members.set(block[0].row, rest);
    else closedBeforeSubtotal(sums, rows, block, nesting);
    return;
  }
  const flat = compareSum(
    sums,
    total,
    block.map((t) => t.row),
  );
  if (sumsTo(flat) && flat.equal === flat.columns) return;
  // A numbered row heads a group, and so does one naming a level of places (街道 | 陈庄街道 | 乡镇 | its towns), or a
  // class of them by level (国家级开发区 | its one zone | 省级开发区 | its four).
  const heads = (t: NestingRow) =>
    labelNumbering(reading.lexicon, t.compact) !== undefined ||
    reading.lexicon.levelName.test(t.compact) ||
    reading.lexicon.levelClass.test(t.compact);
  // Groups under their heads, else closed by them: the first reading under which the total adds up better. (Counties
  // after their towns may also add up to the towns after them by chance in one column: 永丰县 129 = 12 + 13 + 25 + 40 +
  // 39.)
  const { lexicon } = reading;
  const levelOf = (t: NestingRow) =>
    namesRegion(t.compact, lexicon) ? lexicon.areaLevelEnding.exec(t.compact)?.[0] : undefined;
  for (const find of [
    (s: SumReader, b: NestingRow[]) => unmarkedGroups(s, b, heads, levelOf),
    (s: SumReader, b: NestingRow[]) => trailingGroups(s, b, heads),
  ]) {
    const groups = groupsByLevel(sums, block, find);
    if (groups.size === 0) continue;
    const nested = new Set([...groups.values()].flat());
    const top = block.filter((t) => !nested.has(t.row)).map((t) => t.row);
    if (compareSum(sums, total, top).equal <= flat.equal) continue;
    for (const [head, list] of groups) nesting.members.set(head, list);
    return;
  }
}

import { compactTextAt, note, noteTexts, rowsText, type LayoutReading } from './layout-cells';
import { isPartOfWhole, RowsSum, sumOfRows, sumsTo, type SumReader } from './layout-sums';
import { phrase } from './messages';

/**
 * A total over several breakdowns of itself (总计 | 按登记注册类型分 … | 按控股情况分 … | 按企业规模分 …; five-year
 * age groups, then 三大年龄组): each breakdown adds up to the total, and read as one list the total would be their sum
 * several times over. Where the members do not add up to the total but fall into sections that do, or that agree
 * with each other (the total itself typed wrong), the total is checked against each section: one TotalRow each.
 */

const NO_ROWS: ReadonlySet<number> = new Set();

/** Members a total may have for its sections to be looked for: a yearbook's breakdowns, not a ledger. */
const MAX_SECTIONED = 1000;

/**
 * Sections marked in the list: a row naming one (按登记注册类型分, its figures empty), or a blank row between; not a
 * page break (a blank row, the title again with 续表 and the header: `pageRows`).
 */
function markedSections(
  members: number[],
  emptyRow: (row: number) => boolean,
  pageRows: ReadonlySet<number>,
): number[][] {
  const sections: number[][] = [[]];
  members.forEach((row, i) => {
    const between = i > 0 ? Array.from({ length: row - members[i - 1] - 1 }, (_, k) => members[i - 1] + 1 + k) : [];
    const gap = between.some(emptyRow) && !between.some((r) => pageRows.has(r));
    if (gap || emptyRow(row)) sections.push([]);
    if (!emptyRow(row)) sections[sections.length - 1].push(row);
  });
  return sections.filter((s) => s.length > 0);
}

/** Sections found by the sums alone: runs of members, one after another, each adding up to the total. */
function summedSections(total: number, members: number[], sums: SumReader): number[][] | undefined {
  const stated = sums.figures(total);
  const sections: number[][] = [];
  let run: number[] = [];
  let sum = new RowsSum(sums, stated.length);
  for (const row of members) {
    run.push(row);
    if (!sumsTo(sum.add(row).compare(total))) continue;
    sections.push(run);
    run = [];
    sum = new RowsSum(sums, stated.length);
  }
  return run.length === 0 ? sections : undefined;
}

/**
 * The sections of a whole's rows when it is such a whole (see the module comment); undefined otherwise. Marked
 * sections are taken when all add up to the whole but one at most (a figure typed wrong in it), or when all agree
 * with each other (the whole typed wrong): one section that happens to add up among others that do not is no proof.
 */
export function sectionsOf(
  whole: number,
  members: number[],
  sums: SumReader,
  emptyRow: (row: number) => boolean,
  options: {
    /** A note says the breakdowns overlap (按登记注册类型分组有交叉): one not adding up beside one that does is none. */
    overlapNoted?: boolean;
    /** Rows of page breaks (see markedSections). */
    pageRows?: ReadonlySet<number>;
    /** Whether a section's heading says it lists only some, or the main ones (主要领域): see partialListHeaders. */
    headedPartial?: (section: number[]) => boolean;
  } = {},
): number[][] | undefined {
  const { overlapNoted = false, pageRows = NO_ROWS, headedPartial = () => false } = options;
  const stated = sums.figures(whole);
  const width = stated.length;
  if (members.length < 2 || members.length > MAX_SECTIONED || width === 0) return undefined;
  const withFigures = members.filter((r) => !emptyRow(r));
  if (sumsTo(sumOfRows(sums, withFigures, width).compare(whole))) return undefined;
  const marked = markedSections(members, emptyRow, pageRows);
  if (marked.length < 2) {
    const summed = summedSections(whole, withFigures, sums);
    return summed && summed.length >= 2 ? summed : undefined;
  }
  const sectionSums = marked.map((section) => sumOfRows(sums, section, width));
  const comparisons = sectionSums.map((sum) => sum.compare(whole));
  // A section that adds up in no column (two columns or more) beside one that does is no breakdown of the whole, and
  // is not checked: it counts categories that overlap (国有控股 and 股份制 under 按登记注册类型分, past the whole, as
  // the table's note may say), or only some of them (主要行业（选列）, short of it). Such sections never agree with one
  // that adds up. Nor is one its heading calls the main ones (主要领域: 工业投资 | 基础设施投资 | 民间投资 cut across the
  // industries), in a single column too, whether another adds up or not (a figure typed wrong in it): the words say so.
  const noBreakdown = comparisons.map((c) => (c.columns >= 2 && c.equal === 0) || (overlapNoted && !sumsTo(c)));
  const headed = comparisons.map((c, i) => headedPartial(marked[i]) && !sumsTo(c));
  const dropped = comparisons.some(sumsTo) ? noBreakdown.map((no, i) => no || headed[i]) : headed;
  const sections = marked.filter((_, i) => !dropped[i]);
  const kept = comparisons.filter((_, i) => !dropped[i]);
  const addingUp = kept.filter(sumsTo).length;
  // Agreeing, they are the whole's where it is typed wrong in a column or two, not in every one (少数民族 58 over the
  // age, education and post groups of the 746 新发展党员 above it: the groups are that row's).
  const agree =
    sectionSums.every((sum, i) => i === 0 || sumsTo(sectionSums[0].compareSum(sum))) &&
    comparisons.some((c) => c.columns < 2 || c.equal > 0);
  // Where none adds up, a section short of the whole in every column lists only some of it (按经济类型分: 国有控股,
  // 股份制, 外商, 私营 — not all types): no breakdown, and the others are not taken for one either.
  const partial = kept.some((c) => isPartOfWhole(c, false));
  return (addingUp >= Math.max(1, sections.length - 1) && !partial) || agree ? sections : undefined;
}

/** Replaces each total over several breakdowns of itself by one total per breakdown. */
export function splitSections(
  reading: LayoutReading,
  sums: SumReader,
  emptyRow: (row: number) => boolean,
  pageRows: ReadonlySet<number>,
): void {
  const { layout, sheet, lexicon } = reading;
  const labelOf = (row: number) => compactTextAt(sheet, row, layout.labelColumn);
  const perHead = (row: number) => lexicon.notAdditive.test(labelOf(row));
  const overlapNoted = noteTexts(sheet, layout).some((text) => lexicon.overlappingPartsNote.test(text));
  const headedPartial = (section: number[]) =>
    emptyRow(section[0] - 1) && lexicon.partialListHeader.test(labelOf(section[0] - 1));
  layout.totalRows = layout.totalRows.flatMap((total) => {
    const found = sectionsOf(total.row, total.members, sums, emptyRow, { overlapNoted, pageRows, headedPartial });
    if (!found) return [total];
    // Under a per-head whole, a section of per-head rows (城镇居民人均消费支出 | 农村居民人均…) is each population's
    // own average, not a part of the whole's: not added up.
    const sections = perHead(total.row) ? found.filter((section) => !section.every(perHead)) : found;
    if (sections.length === 0) return [{ ...total, members: [] }];
    note(reading, 'layoutTotalSections', {
      row: total.row + 1,
      sections: sections.map((s) => rowsText(reading, s)).join(phrase(reading.lang, 'sectionSeparator')),
    });
    return sections.map((members) => ({ ...total, members }));
  });
}

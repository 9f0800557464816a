import { isEmptyCell, mergeCovering } from '../layout-cells';
import { cellAt, type SheetSnapshot } from '../snapshot';
import { readNumberGrid, viewOf, type GridView, type NumberGrid } from './grid';
import { closeAt, restatedDifference, totalOfItsHeading } from './acceptance';
import { verdictAt, type InferredRelation, type NearRelation } from './relations';
import { searchRelations } from './search';
import type { SearchContext } from './search-context';
import { statedFormulas, withStated } from './stated';
import { withBalances } from './balances';
import { carriedStocks, runningColumns, type RunningColumn } from './running';
import { shareColumn, type ShareColumn } from './shares';
import { hasWord, namesTime, stockWord } from './words';
import { footnoted, isCountUnit, type Lexicon } from '../lexicon';
import { compactText, labelUnit, namesRate } from '../header';
import { simplifiedText } from '../number';

/** Words that call a row something worked out from quantities, not a quantity to add (see plainRows). */
const NOT_PLAIN = ['change', 'decline', 'difference', 'running', 'statistic'] as const;
/** Words of a line of stocks or a running total over periods (see closing in search-context.ts). */
const STOCK_WORDS = ['running', 'opening', 'closing'] as const;

/** The relations a sheet's figures confirm, with what is needed to name and check them. */
export interface SheetInference {
  grid: NumberGrid;
  relations: InferredRelation[];
  /** Relations refused that still point at a cell where a relation kept fails (see nearRelation). */
  near: NearRelation[];
  /** Columns of shares of a column's total (see shares.ts). */
  shares: ShareColumn[];
  /** Running totals and stocks carried down periods (see running.ts). */
  running: RunningColumn[];
  /** Column headers (text above a column's first figure) and row labels (a row's first text), for messages. */
  columnLabels: string[];
  rowLabels: string[];
}

const textOf = (sheet: SheetSnapshot, row: number, col: number): string => {
  const cell = cellAt(sheet, row, col);
  return cell && typeof cell.value === 'string' ? cell.value.trim().replace(/\s+/g, ' ') : '';
};

/** Each row's first text, past a number typed as text (序号 | 项目: `6` | 比上年增长（%）) where a word follows. */
const rowLabelsOf = (sheet: SheetSnapshot): string[] =>
  sheet.rows.map((cells, row) => {
    let first = '';
    for (let col = 0; col < cells.length; col++) {
      const text = textOf(sheet, row, col);
      if (text && !SEQUENCE_NUMBER.test(text)) return text;
      first ||= text;
    }
    return first;
  });

/**
 * The label merged down from a row above over each row it covers (亿元GDP死亡率 over 本期 | 上年同期 | 增减): the
 * indicator whose periods the rows are.
 */
function labelsMergedOver(sheet: SheetSnapshot): Map<number, string> {
  const over = new Map<number, string>();
  for (const m of sheet.merges) {
    const text = m.bottom > m.top ? textOf(sheet, m.top, m.left) : '';
    for (let row = m.top + 1; text !== '' && row <= m.bottom; row++) over.set(row, text);
  }
  return over;
}

/** The most characters a period word before a subject has (本月 | 本季度 受理). */
const PERIOD_PREFIX = 3;

/** A row's number in a 序号 column, typed as text. */
const SEQUENCE_NUMBER = /^\d{1,3}\.?$/;

/** Each column's header (the text above its first figure) as typed, and without its unit for messages. */
function columnLabelsOf(
  sheet: SheetSnapshot,
  grid: NumberGrid,
  lexicon: Lexicon,
): { columnLabels: string[]; columnHeaders: string[] } {
  // A parent header merged over its columns (党组织覆盖率（%） over 2023年 | 2024年 | 增减) names each of them; a title
  // merged from the first column over the table names none (nor where the sheet leaves its first columns blank).
  let firstColumn = Infinity;
  for (let row = 0; row < sheet.rows.length && firstColumn > 0; row++) {
    const col = sheet.rows[row].findIndex((cell) => !isEmptyCell(cell));
    if (col >= 0) firstColumn = Math.min(firstColumn, col);
  }
  const headerText = (row: number, col: number) => {
    const own = textOf(sheet, row, col);
    const merge = own === '' ? mergeCovering(sheet.merges, row, col) : undefined;
    return merge && merge.left > firstColumn ? textOf(sheet, merge.top, merge.left) : own;
  };
  const headers = Array.from({ length: grid.cols }, (_, col) => {
    let first = 0;
    while (first < grid.rows && Number.isNaN(grid.values[col * grid.rows + first])) first++;
    const parts: string[] = [];
    for (let row = first - 1; row >= 0 && parts.length < 2; row--) {
      const text = headerText(row, col);
      // A unit line above the column's header (单位：元 over 增长（%）) names no part of it, nor does a date or a filer's
      // line (填表日期：2025年1月10日 over 占比), nor do the marks of figures missing above the first figure (— under 停止党籍).
      const compact = compactText(text);
      const aside = [lexicon.unitRow, lexicon.missing, lexicon.dateRow, lexicon.filer, lexicon.reporter];
      if (text && !parts.includes(text) && !aside.some((line) => line.test(compact))) parts.unshift(text);
    }
    return parts;
  });
  // A unit in brackets (`占比（%）`, or `（元/平方米）` under 平均售价) names no line: messages read better without it.
  const columnLabels = headers.map((parts) =>
    joinParts(parts.map((p) => p.replace(/\s*[（(][^（）()]*[）)]$/, '')).filter((p) => p !== '')),
  );
  return { columnLabels, columnHeaders: headers.map(joinParts) };
}

/** A header's parts, top first, joined by `/`; a part that ends with one (`Price/` over `pages`) is read on. */
const joinParts = (parts: string[]) =>
  parts.reduce((label, part, i) => (i === 0 ? part : label + (label.endsWith('/') ? '' : '/') + part), '');

/**
 * Infers a sheet's relations: first between columns (a column that is the sum, difference, ratio or change of others
 * on every row), then between rows (a total row over the rows above or below it), at columns that add up — not at
 * rates, shares, means or changes, which a total row does not sum.
 */
export function inferSheet(
  sheet: SheetSnapshot,
  lexicon: Lexicon,
  layout: {
    countColumns?: ReadonlySet<number>;
    /** Columns the layout reads as rates, by their header or by a unit line (增速 under 单位：万元、%): summed by no total. */
    rateColumns?: ReadonlySet<number>;
    /** Growth on a comparable basis (SheetLayout.comparableGrowth): a change found is not reported. */
    comparableGrowth?: boolean;
    /** Rows the layout reads as totals of rows it names (SheetLayout.totalRows with members). */
    totalRows?: ReadonlySet<number>;
    /** Rows that are 其中 parts of a row above them (SheetLayout.partRows). */
    partRows?: ReadonlySet<number>;
    /** Columns that are 其中 parts of a column before them (HeaderColumn.partOf). */
    partColumns?: ReadonlySet<number>;
    /** The row each row is nested in: the total or subtotal it is a member of, the whole it is a 其中 part of. */
    nestedIn?: ReadonlyMap<number, number>;
    /** The notes under the table, compacted: the relations they state are checked too (see stated.ts). */
    notes?: string[];
    /** Each row's unit where a 单位 column states it (SheetModel.rowUnit): 艺术表演团体 | 个 is a count, exact. */
    rowUnit?: (row: number) => string | undefined;
    /** Rows whose stated unit adds up, where the indicators are rows (SheetModel.rowAdds). */
    addingRows?: ReadonlySet<number>;
    /** Columns whose stated unit adds up (SheetModel.columnAdds). */
    addingColumns?: ReadonlySet<number>;
    /** The sheet's units are all counts but its rates' (单位：个、人、%): a row naming no unit, rate or mean is counted. */
    countsOnly?: boolean;
    /** Columns of rates, or of a unit of their own that counts nothing (服务时长（小时）): a count row's figure there is none. */
    uncountedColumns?: ReadonlySet<number>;
  } = {},
): SheetInference {
  const { countColumns, rateColumns } = layout;
  const rowLabels = rowLabelsOf(sheet);
  // Words that call a line a rate or a mean, or no quantity to add: a column's header, or a row's label where the
  // indicators are rows.
  const meanOrRate = (text: string) => hasWord(text, 'rate', lexicon) || hasWord(text, 'average', lexicon);
  const notAdding = (text: string) => meanOrRate(text) || lexicon.notAdditive.test(text);
  // A period or change of an indicator whose name is merged down beside it (死亡率 | 上年同期), or a way of counting it
  // that states no unit of its own (收缴率（%） | 按人数 | 按金额): that indicator's.
  const mergedOver = labelsMergedOver(sheet);
  const indicators = rowLabels.map((label, row) => {
    const over = mergedOver.get(row);
    // Asked of the rows under a merge only: a ledger's 50,000 labels are not read for it.
    if (over === undefined) return '';
    return namesTime(compactText(label), lexicon) || labelUnit(label, lexicon) === undefined ? over : '';
  });
  const rowKinds = rowLabels.map((label, row) => {
    if (label === '') return undefined;
    const unit = layout.rowUnit?.(row) ?? labelUnit(label, lexicon);
    if (isCountUnit(unit, lexicon)) return 'count';
    if (notAdding(label) || (indicators[row] !== '' && notAdding(indicators[row]))) return 'rate';
    return unit === undefined && layout.countsOnly ? 'count' : undefined;
  });
  const grid = readNumberGrid(sheet, lexicon, countColumns, (row) => rowKinds[row], layout.uncountedColumns);
  const { columnLabels, columnHeaders } = columnLabelsOf(sheet, grid, lexicon);
  // The last part of a column's label, compacted (序号 of 表2/序号).
  const leafLabel = (col: number) => {
    const label = columnLabels[col] ?? '';
    return compactText(label.slice(label.lastIndexOf('/') + 1));
  };
  // A column numbering the rows (序号 | 1 | 2 …, a second table's too) or naming them (年份 | 2019 | 2020 …) holds no
  // figure of any line: a year over a share of 40 is 50 on every row.
  for (let col = 0; col < grid.cols; col++)
    if (lexicon.sequenceHeader.test(leafLabel(col)) || lexicon.identifierHeader.test(leafLabel(col)))
      grid.values.fill(NaN, col * grid.rows, (col + 1) * grid.rows);
  const formulas = statedFormulas(layout.notes ?? []);
  // 增长速度按现价计算 under the table, and no clause of comparable prices (其余按可比价计算) beside it.
  const notes = (layout.notes ?? []).map((note) => simplifiedText(note, lexicon));
  // Columns of means or rates stand aside from a total's breakdown (党员总数 | 平均年龄（岁） | 30岁及以下 …); not every
  // line of no quantity to add (电话信访 is counted). So do 其中 columns (博物馆 | 其中：国有博物馆 | 美术馆).
  const asideColumns = Array.from(
    { length: grid.cols },
    (_, col) =>
      rateColumns?.has(col) === true || layout.partColumns?.has(col) === true || meanOrRate(columnHeaders[col] ?? ''),
  );
  // Rows that name a quantity and nothing it is worked out as (a change, balance, running total, extreme), in a count's
  // unit or none (流动党员 under 党员数; not CUMULATIVE BALANCE, whose 1987 - 2003 figure is its last year's).
  const plainRows = rowLabels.map(
    (label, row) =>
      label !== '' &&
      rowKinds[row] !== 'rate' &&
      (rowKinds[row] === 'count' || labelUnit(label, lexicon) === undefined) &&
      !NOT_PLAIN.some((kind) => hasWord(label, kind, lexicon)),
  );
  // A stock or running total over the periods (期末人数, 累计结余): the periods' total holds the last period's figure
  // (the first's where it opens them, 期初人数), not their sum. Down rows of periods (see rowContext), or across columns
  // of periods (期末人数 | 1月 … 9月 | 合计), asked of the rows only where two columns or more are periods.
  const stockLine = (label: string) => STOCK_WORDS.some((kind) => hasWord(label, kind, lexicon));
  const periodColumns = Array.from({ length: grid.cols }, (_, col) => lexicon.periodLabel.test(leafLabel(col)));
  // A 其中 part of a stock is one too (存款余额 | 其中：住户存款).
  const stockRows: boolean[] = [];
  if (periodColumns.filter(Boolean).length >= 2)
    rowLabels.forEach((label, row) => {
      const whole = layout.partRows?.has(row) ? layout.nestedIn?.get(row) : undefined;
      stockRows[row] = stockLine(label) || (whole !== undefined && stockRows[whole] === true);
    });
  const columnContext: SearchContext = {
    lexicon,
    nominalGrowth:
      notes.some((note) => lexicon.currentPriceNote.test(note)) &&
      !notes.some((note) => lexicon.comparableGrowthNote.test(note)),
    view: viewOf(grid, 'column'),
    label: (col) => columnLabels[col] ?? '',
    header: (col) => columnHeaders[col] ?? '',
    counts: (col) => countColumns?.has(col) === true,
    positionLabel: (row) => rowLabels[row] ?? '',
    positionUnit: (row) => {
      const unit = layout.rowUnit?.(row) ?? labelUnit(rowLabels[row] ?? '', lexicon);
      return unit === undefined ? undefined : (lexicon.unitOf(unit)?.kind ?? unit);
    },
    // Regions as columns: a 全市 column is no sum of the counties' rates (亿元GDP死亡率, 占比（%）) on their rows.
    notSummed: (row) =>
      rowKinds[row] === 'rate' && (namesRate(rowLabels[row] ?? '', lexicon) || namesRate(indicators[row], lexicon)),
    addsAt: (row) => layout.addingRows?.has(row) === true,
    plainAt: (row) => plainRows[row],
    ...(asideColumns.includes(true) ? { aside: (col: number) => asideColumns[col] } : {}),
    ...(stockRows.includes(true)
      ? { closing: (row: number) => stockRows[row], periodLine: (col: number) => periodColumns[col] }
      : {}),
  };
  const columns = searchRelations(columnContext);
  columns.relations = dropOutsideCopies(
    columnContext,
    dropRivalReadings(columns.relations.map((r) => restatedDifference(columnContext, r))),
  );
  // A note saying the closing stocks are not the opening ones plus the flows shown (未列…划出): no balance is read.
  const balanced = !notes.some((note) => lexicon.unbalancedNote.test(note));
  const withBalancesIf = (ctx: SearchContext, found: InferredRelation[]) =>
    balanced ? withBalances(ctx, found) : found;
  columns.relations = withBalancesIf(columnContext, withStated(columnContext, formulas, columns.relations));
  const derived = new Set(
    columns.relations.filter((r) => r.kind !== 'sum' && r.kind !== 'difference').map((r) => r.target),
  );
  // The header as typed, unit included: `企业数增长（%）` is a rate by its unit, `年份` and `人均…` by their words.
  const namedRate = (col: number) =>
    derived.has(col) || rateColumns?.has(col) === true || notAdding(columnHeaders[col] ?? '');
  // Computed from other lines, each row from its own figures: no share of a column's total.
  const computed = new Set(derived);
  // A difference with a rate or ratio among its lines is of rates: this year's 死亡率, last year's and 比上年增减.
  for (const r of columns.relations)
    if (r.kind === 'difference' && [r.target, ...r.members].some(namedRate))
      [r.target, ...r.members].forEach((col) => derived.add(col));
  const nonAdditive = (col: number) => {
    if (namedRate(col)) return true;
    let percent = 0;
    let numbers = 0;
    for (let row = 0; row < grid.rows; row++) {
      const i = col * grid.rows + row;
      if (Number.isNaN(grid.values[i])) continue;
      numbers++;
      percent += grid.percent[i];
    }
    return percent * 2 > numbers;
  };
  const additive = Array.from({ length: grid.cols }, (_, col) => !nonAdditive(col));
  const counts = additive.flatMap((adds, col) => (adds ? [col] : []));
  // A column of shares of the total (`% of Total`) adds up as the counts it shares out do (see shares.ts).
  const shares: ShareColumn[] = [];
  for (let col = 0; col < grid.cols; col++) {
    // Shares of two years may have their difference beside them (占比 | 占比增减（百分点）): they are still shares.
    if (additive[col] || computed.has(col)) continue;
    const share = shareColumn(grid, col, counts);
    if (!share) continue;
    additive[col] = true;
    shares.push(share);
  }
  const copies = new Map(
    shares.map((share) => [
      share.col,
      { of: share.base, scale: share.per / Math.abs(grid.values[share.base * grid.rows + share.whole]) },
    ]),
  );
  // A total by the inference's words (all, sum) or one the layout sums (全州, 全 国[5]; not one a note says is no sum).
  const totalRows = rowLabels.map(
    (label, row) => label !== '' && (hasWord(label, 'total', lexicon) || layout.totalRows?.has(row) === true),
  );
  const isTotalRow = (row: number) => totalRows[row] === true;
  // Asked at every column of every row a long ledger walks from: read once per column.
  const identifiers = Array.from({ length: grid.cols }, (_, col) => lexicon.identifier.test(columnHeaders[col] ?? ''));
  const changes = Array.from({ length: grid.cols }, (_, col) => hasWord(columnHeaders[col] ?? '', 'change', lexicon));
  // A running total's columns and its periods' own are no rates, means or changes; read once per column, as each
  // running column tries every other.
  const periodFigures = Array.from(
    { length: grid.cols },
    (_, col) => !changes[col] && !notAdding(columnHeaders[col] ?? ''),
  );
  const runningWords = lexicon.vocabulary.inference.runningWords ?? [];
  const earlier = Array.from({ length: grid.cols }, (_, col) => hasWord(columnHeaders[col] ?? '', 'earlier', lexicon));
  const periodRows = rowLabels.map((label) => lexicon.periodLabel.test(compactText(label)));
  const running = runningColumns(
    grid,
    (col) => periodFigures[col] && hasWord(columnHeaders[col] ?? '', 'running', lexicon),
    // Last year's running total (上年同期累计) runs down last year's months, not this year's 本月 beside it.
    (own, col) => periodFigures[own] && earlier[own] === earlier[col],
    // A period that says it runs (1-3月累计 under 1月 | 2月 | 3月) totals the months: no step of theirs.
    (row) => isTotalRow(row) || (periodRows[row] && hasWord(rowLabels[row], 'running', lexicon)),
    // One parent over both (实缴党费 / 本季度 | 累计), or one name under a running parent and another (当季 / 营业收入 |
    // 累计 / 营业收入), or one subject after a running word and a period's (累计受理 | 本月受理).
    (col, own) => {
      const [[a, leafA], [b, leafB]] = [col, own]
        .map((c) => columnHeaders[c] ?? '')
        .map((h) => [h.slice(0, h.lastIndexOf('/') + 1), h.slice(h.lastIndexOf('/') + 1)]);
      if (a !== '' && a === b) return true;
      const subject = runningWords.reduce((text, word) => text.split(word).join(''), leafA);
      return (
        (leafA !== '' &&
          leafA === leafB &&
          hasWord(a, 'running', lexicon) &&
          b !== '' &&
          !hasWord(b, 'running', lexicon)) ||
        (a === b &&
          subject.length >= 2 &&
          subject !== leafA &&
          leafB.endsWith(subject) &&
          leafB.length - subject.length <= PERIOD_PREFIX &&
          !hasWord(leafB, 'running', lexicon))
      );
    },
    (row) => periodRows[row],
  );
  // A stock carried from each period to the next (期初数 | … | 期末数 down 一季度 … 四季度).
  const stockColumns = Array.from({ length: grid.cols }, (_, col) => {
    const header = columnHeaders[col] ?? '';
    return periodFigures[col] && !hasWord(header, 'running', lexicon) ? stockWord(header, lexicon) : undefined;
  });
  const carried = carriedStocks(
    grid,
    (col) => stockColumns[col] === 'opening',
    (col) => stockColumns[col] === 'closing',
    isTotalRow,
    (row) => periodRows[row],
  );
  const rowView = viewOf(grid, 'row');
  const closingColumns = Array.from({ length: grid.cols }, (_, col) => stockLine(columnHeaders[col] ?? ''));
  // 其中 rows, and rows of means or rates (平均年龄（岁） between 党员总数 and its age bands), stand aside: asked of the
  // rows whose words call them no quantity to add only (a ledger's 50,000 labels are read once, for rowKinds), and
  // with figures (a note stating a rate is no line a walk meets).
  const hasFigure = (row: number) => {
    for (let col = 0; col < grid.cols; col++) if (!Number.isNaN(grid.values[col * grid.rows + row])) return true;
    return false;
  };
  const asideRows = rowLabels.map(
    (label, row) =>
      layout.partRows?.has(row) === true ||
      (rowKinds[row] === 'rate' && (meanOrRate(label) || meanOrRate(indicators[row])) && hasFigure(row)),
  );
  const rowContext: SearchContext = {
    lexicon,
    view: rowView,
    label: (row) => rowLabels[row] ?? '',
    // The label with its unit (研发经费投入强度（%）), the 单位 column's where there is one.
    header: (row) => {
      const unit = layout.rowUnit?.(row);
      return unit === undefined ? (rowLabels[row] ?? '') : `${rowLabels[row] ?? ''}(${unit})`;
    },
    isTotal: isTotalRow,
    ignore: (col) => !additive[col],
    copyOf: (col) => copies.get(col),
    identifier: (col) => identifiers[col],
    change: (col) => changes[col],
    betweenPeriods: (col) => changes[col] || hasWord(columnHeaders[col] ?? '', 'difference', lexicon),
    explained: (row) => footnoted(compactText(rowLabels[row] ?? ''), layout.notes ?? []),
    addsAt: (col) => additive[col] && layout.addingColumns?.has(col) === true,
    ...(closingColumns.includes(true)
      ? { closing: (col: number) => closingColumns[col], periodLine: (row: number) => periodRows[row] }
      : {}),
    ...(asideRows.includes(true) ? { aside: (row: number) => asideRows[row] } : {}),
    ...(layout.nestedIn?.size ? { nestedIn: (row: number) => layout.nestedIn?.get(row) } : {}),
  };
  const searchRows = () => {
    const found = searchRelations(rowContext);
    found.relations = withBalancesIf(rowContext, withStated(rowContext, formulas, found.relations));
    return found;
  };
  let rows = searchRows();
  // A column its words call an average adds up where its rows are categories of one whole (average spending per
  // household: on food, on shelter, in all), not regions: the row sums found at the other columns hold at it too.
  const addsUp = additive.flatMap((adds, col) =>
    !adds && !derived.has(col) && sumsHoldAt(rowView, rows.relations, col) ? [col] : [],
  );
  if (addsUp.length > 0) {
    for (const col of addsUp) additive[col] = true;
    rows = searchRows();
  }
  // Found (its column is no sum), but where growth is on a comparable basis, one that breaks is not wrong: a change, or
  // a ratio of two periods or of a change over its period (指数 = 本年 ÷ 上年 × 100, 增长 = 增减 ÷ 上年 × 100).
  const timed = (col: number) => namesTime(compactText((columnLabels[col] ?? '').split('/').pop() ?? ''), lexicon);
  const growth = (r: Pick<InferredRelation, 'kind' | 'axis' | 'members'>) =>
    r.kind === 'change' || (r.kind === 'ratio' && r.axis === 'column' && r.members.every(timed));
  const reported = (r: Pick<InferredRelation, 'kind' | 'axis' | 'members'>) => !(layout.comparableGrowth && growth(r));
  return {
    grid,
    relations: [...columns.relations, ...rows.relations].filter(reported),
    near: [...columns.near, ...rows.near].filter((n) => reported(n.relation)),
    shares,
    running: [...running, ...carried],
    columnLabels,
    rowLabels,
  };
}

/**
 * Whether the row sums of three or more rows hold at a column, closer than half their smallest part, at least as often
 * as they fail there (one of them may be what a wrong figure breaks).
 */
function sumsHoldAt(view: GridView, relations: InferredRelation[], col: number): boolean {
  let held = 0;
  let broken = 0;
  for (const r of relations) {
    if (r.kind !== 'sum' || r.members.length < 3) continue;
    const v = verdictAt(view, r, col);
    if (v.status === 'skip') continue;
    if (v.status === 'hold' && closeAt(view, r, col, v)) held++;
    else broken++;
  }
  return held > 0 && held >= broken;
}

/**
 * A column read two ways from the same two columns, as their difference holding on every row and as their change
 * breaking on one (比上年增减 = 2024年 − 2023年; on coverage rates near 100 a change in per cent is close to the difference
 * in points, and small whole counts round widely): where the one holds at each row the other breaks on, the figures
 * chose it, and the other's breaks are no finding.
 */
function dropRivalReadings(relations: InferredRelation[]): InferredRelation[] {
  const lines = (r: InferredRelation) => `${r.target}:${[...r.members].sort().join()}`;
  const rivals = relations
    .filter((r) => r.members.length === 2 && r.breaks.length === 0)
    .map((r) => ({ relation: r, lines: lines(r), support: undefined as Set<number> | undefined }));
  if (rivals.length === 0) return relations;
  // A rival's support is made a set only where a broken reading of its lines asks: a ledger's holds on 50,000 rows.
  const supports = (x: (typeof rivals)[number], pos: number) => (x.support ??= new Set(x.relation.support)).has(pos);
  const outdone = (r: InferredRelation) =>
    r.members.length === 2 &&
    rivals.some((x) => x.relation !== r && x.lines === lines(r) && r.breaks.every((b) => supports(x, b.pos)));
  return relations.filter((r) => r.breaks.length === 0 || !outdone(r));
}

/**
 * A heading's lines beside their own 合计 (党组织总数 | 党组织书记来源 / 合计 | 出资人担任 | 高管 | …): the 合计 is their sum
 * by its header; a line outside the heading that is their sum on most rows is a copy of that 合计 where the two agree
 * (党组织数 beside 书记数: a vacant post makes them differ), and its breaks where the 合计 holds are no finding.
 */
function dropOutsideCopies(ctx: SearchContext, relations: InferredRelation[]): InferredRelation[] {
  const owned = relations.filter((r) => totalOfItsHeading(ctx, r));
  if (owned.length === 0) return relations;
  const lines = (r: InferredRelation) => [...r.members].sort((a, b) => a - b).join();
  const copies = (r: InferredRelation) =>
    r.kind === 'sum' &&
    r.breaks.length > 0 &&
    owned.some(
      (x) => x.target !== r.target && lines(x) === lines(r) && r.breaks.every((b) => x.support.includes(b.pos)),
    );
  return relations.filter((r) => !copies(r));
}

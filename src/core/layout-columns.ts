import { periodOf } from './binding';
import { tallyBreakdown } from './column-breakdown';
import { headsPart, normaliseHeader, rateBeforePeriod, splitOfWhich } from './header';
import { cellText, columnsText, isEmptyCell, mergeCovering, note, type LayoutReading } from './layout-cells';
import { parentPath, type HeaderColumn } from './layout-types';
import { halfUnit } from './layout-sums';
import { isCountUnit, isRateUnit, namesPeriod, type Lexicon } from './lexicon';
import { readFigure } from './number';
import { a1, columnLetters, type Merge } from './snapshot';
import { floatSlack, isRoundedColumn } from './tolerance';
import type { UnitKind } from './vocabulary';

/**
 * The header block read into data columns: each column's header path (parent first), its unit, whether it is a
 * rate, the label column, and 其中 columns as parts of the column before them.
 */

/** One header cell's source: the cell itself or the top-left cell of the merge covering it. */
interface HeaderSource {
  row: number;
  col: number;
  raw: string;
}

export interface HeaderBlock {
  rows: number[];
  merges: Merge[];
}

export interface ColumnHeader {
  col: number;
  /** Raw segments as typed, parent first. */
  raw: string[];
  /** Normalised segments, parent first (其中 prefixes still present). */
  norm: string[];
  unit?: string;
  /** Identifies the cell right above the column's own header, so columns under one parent can be grouped. */
  parentKey?: string;
}

export interface ColumnSample {
  numbers: number;
  missing: number;
  texts: number;
  percents: number;
  /** Numbers with a fraction (2.77), typed as such. */
  fractions: number;
  /** Numbers that could be years (whole, 1900 to 2100). */
  years: number;
  /** The texts, each once. */
  names: Set<string>;
}

// Rows above the header a header cell merged down into it may start from.
const MERGED_FROM_ABOVE = 2;

function headerSource(reading: LayoutReading, block: HeaderBlock, row: number, col: number): HeaderSource | undefined {
  const cell = reading.sheet.rows[row]?.[col];
  if (!isEmptyCell(cell)) return { row, col, raw: cellText(cell) };
  const m = mergeCovering(block.merges, row, col);
  // A cell merged down from the rows just above the header (覆盖率（%） over all three rows of a three-row header whose
  // upper rows were read as title lines) heads its column; one from higher up is a title's.
  if (!m || m.top < block.rows[0] - MERGED_FROM_ABOVE) return undefined;
  const top = reading.sheet.rows[m.top]?.[m.left];
  return isEmptyCell(top) ? undefined : { row: m.top, col: m.left, raw: cellText(top) };
}

/** Each column's header; `unitsBelow` are the units of a unit row under the header, by column. */
export function buildColumnHeaders(
  reading: LayoutReading,
  block: HeaderBlock,
  width: number,
  unitsBelow?: Map<number, string>,
): ColumnHeader[] {
  const { sheet, lexicon } = reading;
  const rows = block.rows.map((r) => sheet.rows[r] ?? []);
  const headers: ColumnHeader[] = [];
  // CSV inference: per upper row, the cell a run of children started under, while the run lasts.
  const openParents: (HeaderSource | undefined)[] = block.rows.map(() => undefined);
  for (let c = 0; c < width; c++) {
    const sources: HeaderSource[] = [];
    block.rows.forEach((row, level) => {
      let source = headerSource(reading, block, row, c);
      if (level < block.rows.length - 1) {
        const ownCell = !isEmptyCell(rows[level][c]);
        const childBelow = rows.slice(level + 1).some((cells) => !isEmptyCell(cells[c]));
        if (ownCell) openParents[level] = childBelow && !mergeCovering(block.merges, row, c) ? source : undefined;
        else if (!childBelow) openParents[level] = undefined;
        else if (!source && openParents[level]) source = openParents[level];
      }
      if (source) sources.push(source);
    });
    // A vertical merge yields the same source in each of its rows; a header repeated in two rows is one segment too.
    const unique: HeaderSource[] = [];
    const normalised: ReturnType<typeof normaliseHeader>[] = [];
    for (const source of sources) {
      const last = unique[unique.length - 1];
      if (last && last.row === source.row && last.col === source.col) continue;
      const norm = normaliseHeader(source.raw, lexicon);
      // Repeated with its unit (社会团体 over 社会团体（个）), the header keeps the unit.
      if (last && normalised[normalised.length - 1].text === norm.text) {
        if (norm.unit !== undefined) normalised[normalised.length - 1] = norm;
        continue;
      }
      unique.push(source);
      normalised.push(norm);
    }
    const header: ColumnHeader = { col: c, raw: unique.map((s) => s.raw), norm: normalised.map((n) => n.text) };
    // The leaf's own unit, else the unit row's under it (救助金额（万元） over 同比增长 over %), else a parent's.
    const leafUnit = normalised[normalised.length - 1]?.unit;
    const unit = leafUnit ?? unitsBelow?.get(c) ?? [...normalised].reverse().find((n) => n.unit !== undefined)?.unit;
    if (unit !== undefined) header.unit = unit;
    const parent = unique[unique.length - 2];
    if (parent) header.parentKey = a1(parent.row, parent.col);
    headers.push(header);
  }
  return headers;
}

export interface ColumnPlan {
  labelColumn: number;
  dataColumns: ColumnHeader[];
  /** A text column stating each row's unit (`指标 | 单位 | 本年`), and the units it names. */
  unitColumn?: { col: number; units: string[] };
  /** The other text columns, neither figures nor names (see SheetLayout.textColumns). */
  textColumns: number[];
}

/** Picks the label column and the data columns from the header and a sample of data rows. */
export function planColumns(reading: LayoutReading, headers: ColumnHeader[], samples: ColumnSample[]): ColumnPlan {
  const { lexicon } = reading;
  const present = headers.filter(
    (h) => h.norm.length > 0 || samples[h.col].numbers + samples[h.col].missing + samples[h.col].texts > 0,
  );
  // A column of years headed 年份 (or another identifier word) names each row's period: no figures.
  const isTextColumn = (h: ColumnHeader) =>
    (samples[h.col].texts >= 1 && samples[h.col].texts > samples[h.col].numbers + samples[h.col].missing) ||
    (samples[h.col].numbers > 0 &&
      samples[h.col].years === samples[h.col].numbers &&
      lexicon.identifier.test(h.norm[h.norm.length - 1] ?? ''));
  // A column of line numbers, before the names (序号) or after them (项目 | 计量单位 | 栏次 | 全市), is neither.
  const sequence = (h: ColumnHeader) => h.norm.length === 1 && lexicon.sequenceHeader.test(h.norm[0]);
  for (const h of present.filter(sequence))
    note(reading, 'layoutSequenceColumn', { letter: columnLetters(h.col), header: h.norm[0] });
  const candidates = present.filter((h) => !sequence(h));
  const leaf = (h: ColumnHeader) => h.norm[h.norm.length - 1] ?? '';
  // 单位 also heads a column of work units' names: only a column of units states each row's unit. A unit the vocabulary
  // does not list (天, 岁) is a short word among at least as many it does, and an index's base (上年=100) is a word of
  // figures no total adds; a work unit's name is neither.
  const statesUnits = (h: ColumnHeader) => {
    if (!lexicon.unitHeader.test(leaf(h))) return false;
    // The header repeated where the table goes on (续表 | 指标 | 计量单位 …) is none of its units.
    const names = [...samples[h.col].names].filter((n) => n !== leaf(h));
    const known = names.filter((n) => lexicon.unitCell.test(n));
    // A unit per a thing the vocabulary does not list (元/间夜) is a unit still.
    const perThing = (n: string) => /^\D+\/\D{1,3}$/.test(n) && lexicon.unitCell.test(n.slice(0, n.indexOf('/')));
    const other = (n: string) => /^\D{1,2}$/.test(n) || lexicon.notAdditive.test(n) || perThing(n);
    return known.length * 2 >= names.length && names.every((n) => known.includes(n) || other(n));
  };
  // A column of units names no row, whatever its header (产品名称 | 单位, 单位 a label header too, of work units).
  const outer =
    candidates.find((h) => isTextColumn(h) && lexicon.labelHeader.test(leaf(h)) && !statesUnits(h)) ??
    candidates.find(isTextColumn) ??
    candidates.find((h) => lexicon.labelHeader.test(leaf(h))) ??
    candidates[0];
  // Cities over their districts (市 | 区, each city merged down, left blank under its first row or typed on each): the
  // inner column names more places, the outer fewer than its rows. Each row is the district's, 小计 the city's.
  const inner = outer && candidates.find((h) => h.col === outer.col + 1);
  const [o, i] = [samples[outer?.col ?? -1], samples[inner?.col ?? -1]];
  const grouped =
    inner !== undefined &&
    isTextColumn(inner) &&
    o.names.size < i.names.size &&
    (o.texts > o.names.size || o.texts < i.texts);
  const label = grouped ? inner : outer;
  const labelColumn = label ? label.col : -1;
  if (label) {
    const letter = columnLetters(labelColumn);
    if (leaf(label)) note(reading, 'layoutLabelColumnHeaded', { letter, header: leaf(label) });
    else note(reading, 'layoutLabelColumn', { letter });
  }
  const textColumns = candidates.filter((h) => h !== label && isTextColumn(h));
  const unitHeaded = textColumns.find(statesUnits);
  const unitColumn = unitHeaded && {
    col: unitHeaded.col,
    units: [...samples[unitHeaded.col].names].map((n) => lexicon.unitCell.exec(n)?.[1] ?? n),
  };
  if (unitColumn)
    note(reading, 'layoutUnitColumn', { letter: columnLetters(unitColumn.col), units: unitColumn.units.join('、') });
  const otherTexts = textColumns.filter((h) => h !== unitHeaded);
  if (otherTexts.length > 0)
    note(reading, 'layoutTextColumns', {
      columns: columnsText(
        reading,
        otherTexts.map((h) => columnLetters(h.col)),
      ),
    });
  const dataColumns = candidates.filter((h) => h !== label && !isTextColumn(h));
  const unnamed = dataColumns.filter((h) => h.norm.length === 0);
  if (unnamed.length > 0)
    note(reading, 'layoutUnnamedColumns', {
      columns: columnsText(
        reading,
        unnamed.map((h) => columnLetters(h.col)),
      ),
    });
  const others = otherTexts.map((h) => h.col);
  return unitColumn
    ? { labelColumn, dataColumns, unitColumn, textColumns: others }
    : { labelColumn, dataColumns, textColumns: others };
}

export function toHeaderColumn(reading: LayoutReading, h: ColumnHeader, sample: ColumnSample): HeaderColumn {
  const { lexicon, layout } = reading;
  // 其中 is carried by partOf; the path keeps what the part is, so rules match `党员` whether or not 其中 was typed.
  const headerPath = h.norm.map((seg) => splitOfWhich(seg, lexicon).text).filter((seg) => seg !== '');
  const path = headerPath.length > 0 ? headerPath : h.norm;
  const header = path.join('/');
  const percentFormat = sample.numbers > 0 && sample.percents * 2 > sample.numbers;
  const defaultUnit = layout.defaultUnit;
  // A parent in per cent over measures (增幅（%） / 举办培训班期数（个） | 党员数（名）): each column is its measure's rate.
  const underPercent = h.raw
    .slice(0, -1)
    .some((segment) => isRateUnit(normaliseHeader(segment, lexicon).unit, lexicon));
  // A period or a change under a rate's name (亿元生产总值死亡率 / 本期 | 上年同期 | 比上年增减, 本年累计 | 去年同期):
  // that rate, or its change.
  const leaf = (h.norm[h.norm.length - 1] ?? '').toLowerCase();
  const words = lexicon.inferenceWords;
  const ofRate =
    h.norm.length >= 2 &&
    (namesPeriod(leaf, lexicon) ||
      [words.difference, words.change, words.running, words.earlier].some((word) => word.test(leaf))) &&
    h.norm.slice(0, -1).some((segment) => lexicon.rate.test(segment));
  const isRate =
    isRateUnit(h.unit, lexicon) ||
    percentFormat ||
    underPercent ||
    ofRate ||
    (h.unit === undefined && (lexicon.rate.test(header) || rateBeforePeriod(header, lexicon) || defaultUnit === '%'));
  const column: HeaderColumn = {
    col: h.col,
    letter: columnLetters(h.col),
    headerPath: path,
    header,
    rawHeader: h.raw.join('/'),
    isRate,
    // So is a unit per unit (城市低保标准 | 元/人·月): a standard or a level no total adds.
    notAdditive: lexicon.notAdditive.test(h.raw.join('/')) || (h.unit !== undefined && lexicon.isRatioUnit(h.unit)),
  };
  // A sheet-wide unit row (`单位：人、‰`) gives its rate unit to rate columns and its other unit to the rest, but to no
  // column where each row states its own unit in a 单位 column (单位：个 over rows in 个, 万元 and 人). Figures mostly
  // fractions are no counts: a unit of counts or people, the sheet's or the header's own, is not theirs (单位：人、% over
  // 在职退休比 2.77; 增减（户） 1.4 under 每千人拥有企业数): a ratio it did not name.
  const notCounts = (u: string | undefined) => sample.fractions * 2 > sample.numbers && isCountUnit(u, lexicon);
  const sheetUnit =
    layout.unitColumn !== undefined
      ? undefined
      : isRate && layout.defaultRateUnit !== undefined
        ? layout.defaultRateUnit
        : notCounts(defaultUnit)
          ? undefined
          : defaultUnit;
  const unit =
    (notCounts(h.unit) ? undefined : h.unit) ??
    (sheetUnit !== undefined && (!isRate || sheetUnit === '%' || sheetUnit === layout.defaultRateUnit)
      ? sheetUnit
      : undefined);
  if (unit !== undefined) column.unit = unit;
  return column;
}

/**
 * A column headed by a period alone, stating no unit (2023年完成（亿元） | 上年 | 比上年增长（%）; 绝对额（万元） | 上年同期), is
 * the measure of the column before it at another period: it counts in that column's unit, and is rounded as it is.
 */
export function carryUnitToPeriods(lexicon: Lexicon, columns: HeaderColumn[], headers: ColumnHeader[]): void {
  for (let i = 1; i < columns.length; i++) {
    const [column, before] = [columns[i], columns[i - 1]];
    if (column.unit !== undefined || column.isRate || before.isRate || before.unit === undefined) continue;
    if (before.col !== column.col - 1) continue;
    const leaf = headers[i].norm[headers[i].norm.length - 1] ?? '';
    // Under a heading of its own, which names its measure, only where that counts things as well (企业数（户） / 增减 |
    // 建立党组织企业数 / 本年), not otherwise (受伤 / 数量（人） | 直接财产损失 / 本年).
    const heading = (h: ColumnHeader) => h.norm.slice(0, -1).join('/');
    const own = heading(headers[i]);
    if (headers[i].norm.length >= 2 && own !== heading(headers[i - 1]) && !lexicon.countEnding.test(own)) continue;
    if (namesPeriod(leaf, lexicon)) column.unit = before.unit;
  }
}

/** Kinds of unit whose units measure different amounts of one thing (亩 | 公顷, 吨 | 公斤); counts of one kind do not. */
const MEASURES = new Set<UnitKind>(['area', 'length', 'quantity', 'amount']);

/**
 * Marks 其中 columns as parts of the column before them (see the brief: breakdowns, parent 其中, unit change). Returns
 * the columns that are parts only by following one (`其中：城镇人口 | 户籍人口`): their figures decide (settlePartsByFigures).
 */
export function markPartColumns(reading: LayoutReading, columns: HeaderColumn[], headers: ColumnHeader[]): number[] {
  const { lexicon } = reading;
  const leafText = (k: number) => headers[k].norm[headers[k].norm.length - 1] ?? '';
  const leafOfWhich = (i: number) => headsPart(leafText(i), lexicon);
  const parentOf = (i: number) => headers[i].norm[headers[i].norm.length - 2] ?? '';
  // A parent header naming the column before it, among whose things they are (新发展党员（人） | 新发展党员中 / 女 | 35岁及以下),
  // is a 其中 as much as 其中 is.
  const amongWhole = (i: number) => {
    const ending = lexicon.amongEnding.exec(parentOf(i));
    const whole = ending ? wholeBefore(i) : undefined;
    return whole !== undefined && parentOf(i).slice(0, ending?.index) === leafText(whole);
  };
  const parentOfWhich = (i: number) =>
    headers[i].norm.length >= 2 && (splitOfWhich(parentOf(i), lexicon).ofWhich || amongWhole(i));
  // A count's whole is no rate: `其中：女性 | 占比（%） | 其中：35岁及以下` are both parts of the count before them.
  // Nor is a difference (期末 | 净增加 | 其中：新建联合党组织, of 本期新建 rather, which the header does not say), nor
  // a 其中 column left without a whole.
  // Nor is an average (平均工资: a part's own average may pass it), nor a column in another unit (其中：女性（人） after
  // 平均工资（元）, of a head count further left).
  const wholeBefore = (i: number) => {
    for (let j = i - 1; j >= 0; j--)
      if (columns[j].partOf === undefined && (columns[i].isRate || !columns[j].isRate)) {
        // 名 and 人 are one unit; 人 and 元, or 人 and 万人, are not; nor are 亩 and 公顷, measures of one kind.
        const [unit, wholeUnit] = [columns[i].unit, columns[j].unit].map((u) => (u ? lexicon.unitOf(u) : undefined));
        const otherUnit =
          unit !== undefined &&
          wholeUnit !== undefined &&
          (unit.kind !== wholeUnit.kind ||
            unit.scale !== wholeUnit.scale ||
            (MEASURES.has(unit.kind) && unit.base !== wholeUnit.base));
        const notWhole =
          lexicon.inferenceWords.difference.test(leafText(j).toLowerCase()) ||
          leafOfWhich(j) ||
          columns[j].notAdditive ||
          otherUnit;
        return notWhole ? undefined : j;
      }
    return undefined;
  };
  const countOfAnother = (k: number, whole: number) =>
    !leafText(k).endsWith(leafText(whole)) &&
    columns.some(
      (c, j) => j < whole && c.partOf === undefined && leafText(j).length >= 2 && leafText(k).endsWith(leafText(j)),
    );
  const continued: number[] = [];
  const mark = (i: number, whole: number) => {
    columns[i].partOf = columns[whole].col;
    columns[i].partGroup = columns[whole].col;
    // A 其中 column stating no unit counts in its whole's (签订合同额（万元） | 其中：本年新签合同额): rounded as it is, and
    // no column in another unit (房屋建筑施工面积（万平方米）) continues its breakdown.
    if (columns[i].unit === undefined && (leafOfWhich(i) || parentOfWhich(i)) && columns[whole].unit !== undefined)
      columns[i].unit = columns[whole].unit;
  };
  const noWhole = (i: number) => note(reading, 'layoutPartColumnNoWhole', { letter: columns[i].letter });

  for (let i = 0; i < columns.length;) {
    if (parentOfWhich(i)) {
      let end = i + 1;
      while (end < columns.length && headers[end].parentKey === headers[i].parentKey) end++;
      const whole = wholeBefore(i);
      // A 其中 group repeating the group before it (全部非公有制企业 / 企业数 | … then 其中：规模以上企业 / 企业数 | …):
      // each column is a part of its namesake there; its rates are parts of nothing. Totals are namesakes by what they
      // are (从业人员数 / 总数 | 快递员 … then 其中党员 / 小计 | 快递员 …).
      const leaf = (k: number) => headers[k].norm[headers[k].norm.length - 1];
      const totalLeaf = (k: number) => {
        const text = leaf(k) ?? '';
        return lexicon.total.test(text) || lexicon.subtotal.test(text);
      };
      // A running total is one however it is named (1月至本月累计 | 累计), this year's or last year's.
      const period = (k: number, kind: 'running' | 'earlier') =>
        lexicon.inferenceWords[kind].test((leaf(k) ?? '').toLowerCase());
      const running = (j: number, k: number) =>
        period(j, 'running') && period(k, 'running') && period(j, 'earlier') === period(k, 'earlier');
      const alike = (j: number, k: number) => leaf(j) === leaf(k) || (totalLeaf(j) && totalLeaf(k)) || running(j, k);
      const namesake = (k: number) => {
        for (let j = i - 1; j >= 0; j--)
          if (alike(j, k) && headers[j].parentKey !== headers[k].parentKey && !parentOfWhich(j)) return j;
        return undefined;
      };
      const group = Array.from({ length: end - i }, (_, n) => i + n);
      // Its rates need none (业委会数 / 本年 | 上年 | 比上年增长 then 其中：党员担任主任 / 本年 | 上年 | 增长).
      const counted = group.filter((k) => !columns[k].isRate);
      // Or the periods of the group before, in their order, where one is named alike (新发展党员数 / 当月 | 累计 |
      // 上年同期累计 then 其中：青年党员 / 本月 | 累计): 本月 is 当月's part, not 上年同期累计's.
      const before = headers[i - 1]?.parentKey;
      const beforeCounted = before
        ? headers.flatMap((h, j) => (j < i && h.parentKey === before && !columns[j].isRate ? [j] : []))
        : [];
      const inOrderOf = (k: number) => beforeCounted[counted.indexOf(k)];
      const namedOrInOrder =
        counted.some((k) => namesake(k) === inOrderOf(k)) &&
        counted.every((k) => inOrderOf(k) !== undefined && (namesake(k) ?? inOrderOf(k)) === inOrderOf(k));
      const sake = (k: number) => namesake(k) ?? inOrderOf(k);
      const repeats =
        group.length >= 2 && counted.length > 0 && (counted.every((k) => namesake(k) !== undefined) || namedOrInOrder);
      // A group with its own 小计 (其中：已建党组织 / 小计 | 单独组建 | 联合组建): the 小计 is the part, the others its parts.
      const groupTotal = group.length >= 3 ? group.find(totalLeaf) : undefined;
      if (repeats) {
        for (let k = i; k < end; k++) if (!columns[k].isRate) mark(k, sake(k));
      } else if (whole === undefined) noWhole(i);
      else for (let k = i; k < end; k++) mark(k, groupTotal === undefined || k === groupTotal ? whole : groupTotal);
      i = end;
      continue;
    }
    if (!leafOfWhich(i)) {
      i++;
      continue;
    }
    const whole = wholeBefore(i);
    if (whole === undefined) {
      noWhole(i);
      i++;
      continue;
    }
    mark(i, whole);
    let k = i + 1;
    // A # column is a part by itself: the columns after it are no list of the whole's parts.
    for (; k < columns.length && splitOfWhich(leafText(i), lexicon).ofWhich; k++) {
      const next = columns[k];
      if (leafOfWhich(k) || parentOfWhich(k) || headers[k].parentKey !== headers[i].parentKey || next.isRate) break;
      // An average (人均联系企业数) is no category; nor a count of another column's things (单位数 | … | 党员数 |
      // 其中：流动党员 | 已建立党组织的单位数).
      if (next.notAdditive || countOfAnother(k, whole)) break;
      if (columns[i].unit !== undefined && next.unit !== undefined && next.unit !== columns[i].unit) break;
      // Nor one stating a unit of its own where the whole and its 其中 state none (党员人数 | 其中：医护人员党员 |
      // 选派党建指导员（人）): a figure of its own.
      if (headers[k].unit !== undefined && headers[i].unit === undefined && headers[whole].unit === undefined) break;
      // A period's figure (本季度新建 | 其中：行业协会商会 | 本年累计新建) is no category of the whole's.
      if (periodOf(headers[k].norm[headers[k].norm.length - 1] ?? '', lexicon)) break;
      // A column followed by its own 其中 is the whole of the next breakdown, not a part of this one.
      if (k + 1 < columns.length && leafOfWhich(k + 1) && headers[k + 1].parentKey === headers[k].parentKey) break;
      mark(k, whole);
      continued.push(k);
    }
    i = k;
  }
  return continued;
}

/** Half a unit of a rate shown to whole per cents: the most a shown rate may be off its count over its base. */
const RATE_SHOWN_SLACK = 0.5;
/** Rows a count over its base must give the rate after it on (see settlePartsByFigures). */
const MIN_RATE_ROWS = 3;

/**
 * The 其中 columns as their figures say: unmarks a column that is a part only by following a 其中 column, and those
 * after it, where it exceeds the whole in a row (户籍人口 after 其中：城镇人口 under 常住人口 is a figure of its own) or
 * is the count of the rate after it; then gives a part that passes its whole on most rows another whole (reattachParts),
 * on the 其中 rows' figures too (`partRows`: a 续表's rows under a 全区 of both sheets are read as its parts).
 */
export function settlePartsByFigures(
  reading: LayoutReading,
  columns: HeaderColumn[],
  continued: number[],
  rows: number[],
  partRows: number[],
): void {
  // NaN where a cell holds no figure; 0 where it is left blank or marked none, if `noneAsZero` (企业 | 研究与开发机构 — |
  // 高等学校 —: a part that adds 0 to a breakdown).
  const read = (row: number, col: number, noneAsZero: boolean) => {
    const f = readFigure(reading.sheet.rows[row]?.[col] ?? null, reading.lexicon);
    return f.kind === 'number' ? f.value : noneAsZero && f.kind === 'missing' ? 0 : NaN;
  };
  const value = (row: number, col: number) => read(row, col, false);
  const partValue = (row: number, col: number) => read(row, col, true);
  // Or whose figures over the whole's give it on every row (已建党组织企业数 | 覆盖率, the rate naming no count): within
  // half a unit of a rate shown to whole per cents at least, on three rows or more.
  const givesRate = (k: number, whole: number) => {
    let held = 0;
    for (const r of rows) {
      const [count, base, rate] = [value(r, columns[k].col), value(r, whole), value(r, columns[k + 1].col)];
      if (Number.isNaN(count + base + rate) || base === 0) continue;
      if (Math.abs((count / base) * 100 - rate) > RATE_SHOWN_SLACK) return false;
      held++;
    }
    return held >= MIN_RATE_ROWS;
  };
  const dropped = new Set<number>();
  for (const k of continued) {
    const column = columns[k];
    const whole = column.partOf as number;
    // A column right before a rate it names is that rate's count (社会组织数 | 其中：社会团体 | 党组织覆盖数 | 覆盖率),
    // no part; a share after a part (其中：女 | … | 35岁以下 | 占比) names nothing and leaves the breakdown as it is.
    const next = columns[k + 1];
    const stem = next?.isRate
      ? (next.headerPath[next.headerPath.length - 1] ?? '').replace(reading.lexicon.rate, '')
      : '';
    const countOfRate =
      (stem.length >= 2 && column.header.includes(stem)) || (next?.isRate === true && givesRate(k, whole));
    const passes = rows.some((r) => value(r, column.col) > value(r, whole));
    // A column of no figures (按构成分 | 建筑工程 | …, after 住宅 | 其中：90平方米及以下住房 | 办公楼 …) heads a breakdown
    // of its own; columns that add up with the whole to a column before it (房地产开发投资 = 住宅 + 办公楼 + 商业营业用房
    // + 其他, in a header of one row) are its siblings: neither continues its 其中 list.
    // Nor does a column of people after a whole that names none (新建党组织数 | 其中：规上企业 | 新发展党员; not 党员总数 |
    // 其中：正式党员 | 预备党员).
    const namesPeople = (c: HeaderColumn) =>
      reading.lexicon.vocabulary.peopleEndings.some((word) => c.header.includes(word));
    const wholeColumn = columns.find((c) => c.col === whole);
    const ends =
      (wholeColumn !== undefined && reading.lexicon.peopleEnding.test(column.header) && !namesPeople(wholeColumn)) ||
      rows.every((r) => Number.isNaN(value(r, column.col))) ||
      siblingsOfWhole(columns, k, whole, rows, value) ||
      (!continued.includes(k - 1) && completesWhole(reading.lexicon, columns, k, whole, rows, value, partValue));
    const summed = countOfRate || passes || ends ? 0 : partsSummed(columns, k, rows, value);
    if (!dropped.has(whole) && !countOfRate && !passes && !ends && summed === 0) continue;
    dropped.add(whole);
    column.partOf = undefined;
    column.partGroup = undefined;
    // The columns it is the sum of are its parts, not the earlier whole's (企业数 | 其中：规模以上 | 已建立党组织企业数 |
    // 其中 over 单独建立 and 联合建立).
    for (const part of columns.slice(k + 1, k + 1 + summed))
      if (part.partOf === whole) part.partOf = part.partGroup = column.col;
  }
  reattachParts(columns, [...rows, ...partRows], value);
}

/**
 * Whether the k-th column and some of the columns after it, parts of `whole` only by following its 其中 column, add up
 * with the whole to a column before it on the rows with their figures (two rows at least, within the rounding shown),
 * or with the whole and the columns between (合计 | 文化馆 | 文化站 | 博物馆 | 其中：国有博物馆 | 美术馆).
 */
function siblingsOfWhole(
  columns: HeaderColumn[],
  k: number,
  whole: number,
  rows: number[],
  value: (row: number, col: number) => number,
): boolean {
  const wholeAt = columns.findIndex((c) => c.col === whole);
  const last = listEnd(columns, k, whole);
  const sibling = (c: HeaderColumn) => !c.isRate && c.partOf === undefined;
  const candidates = columns.slice(0, wholeAt).filter(sibling);
  const sumsAt = (total: number, added: number[]) => addsUpAt(rows, value, total, added, 2);
  for (let end = last; end >= k; end--) {
    const added = [whole, ...columns.slice(k, end + 1).map((c) => c.col)];
    for (const candidate of candidates) {
      const between = columns
        .slice(columns.indexOf(candidate) + 1, wholeAt)
        .filter(sibling)
        .map((c) => c.col);
      if (sumsAt(candidate.col, added) || (between.length > 0 && sumsAt(candidate.col, [...between, ...added])))
        return true;
    }
  }
  return false;
}

/**
 * Whether the `added` columns add up to the `total` column, within the rounding shown, on `fewest` rows at least and on
 * every row with their figures but one at most: a figure typed wrong does not unmake a sum.
 */
function addsUpAt(
  rows: number[],
  value: (row: number, col: number) => number,
  total: number,
  added: number[],
  fewest: number,
  /** How far a column's figure may lie from what it rounds: none for a whole figure, but where rounded (公顷). */
  half: (col: number, figure: number) => number = (_, figure) => halfUnit(figure),
): boolean {
  let held = 0;
  let broken = 0;
  for (const r of rows) {
    const figures = added.map((col) => value(r, col));
    const stated = value(r, total);
    if (Number.isNaN(stated) || figures.some(Number.isNaN)) continue;
    const sum = figures.reduce((a, b) => a + b, 0);
    const slack =
      [total, ...added].reduce((s, col, i) => s + half(col, i === 0 ? stated : figures[i - 1]), 0) +
      floatSlack(stated, sum);
    if (Math.abs(stated - sum) > slack) broken++;
    else held++;
  }
  return held >= fewest && broken <= 1;
}

/** The last column of the 其中 list of `whole` that the k-th column is in: its parts after it, up to a rate. */
function listEnd(columns: HeaderColumn[], k: number, whole: number): number {
  let last = k;
  while (last + 1 < columns.length && columns[last + 1].partOf === whole && !columns[last + 1].isRate) last++;
  return last;
}

/**
 * Whether the columns from the k-th, the first after its 其中 column, to the end of the list add up to the whole by
 * themselves: the whole's full breakdown, and the 其中 column a part of its own across them (造林面积合计 | 其中：重点
 * 工程造林 | 人工造林 | 封山育林 | 退化林修复: the last four make the 合计).
 */
function completesWhole(
  lexicon: Lexicon,
  columns: HeaderColumn[],
  k: number,
  whole: number,
  rows: number[],
  value: (row: number, col: number) => number,
  partValue: (row: number, col: number) => number,
): boolean {
  if (columns[k - 1]?.partOf !== whole) return false;
  const list = columns.slice(k, listEnd(columns, k, whole) + 1).map((c) => c.col);
  // The whole's own figure is read as typed; its parts' blanks and dashes as 0, so a row of both is no evidence.
  const read = (row: number, col: number) => (col === whole ? value(row, col) : partValue(row, col));
  // Measured figures were rounded, each by up to half a unit of its last digit (of a whole one in 公顷: 0.5).
  const half = (col: number, figure: number) => {
    const column = columns.find((c) => c.col === col);
    const rounded = column && isRoundedColumn(column.unit, column.rawHeader, 0, 'unknown', lexicon);
    return rounded ? halfUnit(figure) || 0.5 : halfUnit(figure);
  };
  return list.length >= 2 && addsUpAt(rows, read, whole, list, MIN_SUM_ROWS, half);
}

/** Fewest rows on which a column must be the sum of the columns after it to be read as their whole. */
const MIN_SUM_ROWS = 3;

/**
 * How many of the two or three columns right after a column it is the sum of on every row with figures (覆盖企业数 =
 * 单独建立党组织企业数 + 联合党组织覆盖企业数, after 非公企业数 | 其中：规模以上企业): a whole of its own, not one more
 * category of the column before the 其中; 0 where it is none.
 */
function partsSummed(
  columns: HeaderColumn[],
  k: number,
  rows: number[],
  value: (row: number, col: number) => number,
): number {
  for (let m = 2; m <= 3 && k + m < columns.length; m++) {
    const parts = columns.slice(k + 1, k + 1 + m);
    if (parts.some((c) => c.isRate)) return 0;
    const tally = tallyBreakdown(
      rows,
      value,
      columns[k].col,
      parts.map((c) => c.col),
      0,
    );
    if (tally.broken === 0 && tally.held >= MIN_SUM_ROWS) return m;
  }
  return 0;
}

/**
 * A 其中 column after a complete breakdown of a grand total (党员总数 | 非公企业党员 | 社会组织党员 | 其中：女党员) is
 * a part of the total, not of the column before it: where it passes the column before it on most rows, or the
 * columns between add up to the total on every row but one, it is taken as a part of the column before that whose
 * figures the columns between add up to, if it stays within it on most rows (where it does not, it is the finding).
 * Without such a column it stays the part of the one before it: a part that passes its whole is the classic finding.
 */
function reattachParts(columns: HeaderColumn[], rows: number[], value: (row: number, col: number) => number): void {
  for (const column of columns) {
    const whole = column.partOf;
    if (whole === undefined || column.isRate) continue;
    const both = rows.filter((r) => !Number.isNaN(value(r, column.col)) && !Number.isNaN(value(r, whole)));
    const passing = both.filter((r) => value(r, column.col) > value(r, whole)).length;
    const passes = passing * 2 > both.length;
    // Passing on fewer rows, it is the breakdown's part only where the breakdown adds up on every row but one (男 +
    // 女 = 党员数 | 其中：35岁及以下; one wrong figure may break it): one 35岁及以下 above 女 is then no finding.
    if (!passes && both.length < MIN_SUM_ROWS) continue;
    const wholeAt = columns.findIndex((c) => c.col === whole);
    // The rows where the columns from the k-th to the whole add up to the j-th (a breakdown right before the 其中 column,
    // another breakdown of the same total maybe between them: 按级别分 | 按类型分 | 其中：本年新增), where they are its
    // breakdown; 0 where they are not.
    const addsUpTo = (j: number, k: number) => {
      const candidate = columns[j];
      const between = columns.slice(k, wholeAt + 1).filter((c) => !c.isRate && c.partOf === undefined);
      // Within the rounding of the figures shown (转移就业人数（万人） 3.99 = 1.64 + 1.08 + 1.27), exactly for counts; a
      // category with none there (社区 —) adds 0.
      const addsUp = (r: number) => {
        let [sum, slack] = [0, halfUnit(value(r, candidate.col))];
        for (const c of between) {
          const v = value(r, c.col);
          if (!Number.isNaN(v)) [sum, slack] = [sum + v, slack + halfUnit(v)];
        }
        return Math.abs(sum - value(r, candidate.col)) <= slack + floatSlack(sum);
      };
      const sums = both.filter(addsUp).length;
      const breakdown =
        !candidate.isRate &&
        between.length >= 2 &&
        (passes ? sums * 2 > both.length : sums >= Math.max(MIN_SUM_ROWS, both.length - 1)) &&
        both.filter((r) => value(r, column.col) <= value(r, candidate.col)).length * 2 > both.length;
      return breakdown ? sums : 0;
    };
    // The breakdown adding up on the most rows, the nearest of equals: small counts add up by chance on some rows
    // (机关干部 = 社区干部 + 其他 on 5 of 8, where 党建指导员总数 is the sum of all five sources on every row).
    let total: HeaderColumn | undefined;
    let most = 0;
    for (let j = wholeAt - 1; j >= 0; j--)
      for (let k = j + 1; k < wholeAt; k++) {
        const sums = addsUpTo(j, k);
        if (sums > most) [total, most] = [columns[j], sums];
      }
    // Under one parent header with its whole (流入党员: 小计 | 其中：在非公企业), a part stays that whole's.
    if (sameParent(column, columns[wholeAt]) && !(total && sameParent(column, total))) continue;
    // Passing on most rows, with no breakdown to lean on, the header was read under the wrong whole; so it was where the
    // whole ends a list of another's parts, and is a whole only for the 其中 after it, if it passes it on any row
    // (从业人员 | 其中：快递员 | … | 网络主播 | 其中党员（人）: 党员 of 从业人员, not of 网络主播). It is a part of the
    // nearest column before that it stays within on every row but one, or of none.
    const endsList = columns[wholeAt - 1]?.partOf !== undefined;
    const misread = passes || (endsList && passing > 0);
    if (!total && misread && both.length >= MIN_SUM_ROWS) total = wholeWithin(columns, column, wholeAt, rows, value);
    else if (!total) continue;
    column.partOf = total?.col;
    column.partGroup = total?.col;
  }
}

/**
 * The nearest column before the wholeAt-th, of no rate, no part and no other unit, that a column stays within on all
 * rows but one.
 */
function wholeWithin(
  columns: HeaderColumn[],
  column: HeaderColumn,
  wholeAt: number,
  rows: number[],
  value: (row: number, col: number) => number,
): HeaderColumn | undefined {
  for (let j = wholeAt - 1; j >= 0; j--) {
    const candidate = columns[j];
    // Not a column in another unit (党员（人） within 营业收入（万元）): a count is no part of an amount.
    const otherUnit = column.unit !== undefined && candidate.unit !== undefined && column.unit !== candidate.unit;
    if (candidate.isRate || candidate.partOf !== undefined || otherUnit) continue;
    const both = rows.filter((r) => !Number.isNaN(value(r, column.col)) && !Number.isNaN(value(r, candidate.col)));
    const passed = both.filter((r) => value(r, column.col) > value(r, candidate.col)).length;
    if (both.length >= MIN_SUM_ROWS && passed <= 1) return candidate;
  }
  return undefined;
}

/** Whether two columns stand under one parent header (流入党员/小计 and 流入党员/其中：在社会组织). */
function sameParent(a: HeaderColumn, b: HeaderColumn): boolean {
  return a.headerPath.length >= 2 && parentPath(a) === parentPath(b);
}

/** Says which columns are 其中 parts of which. */
export function notePartColumns(reading: LayoutReading, columns: HeaderColumn[]): void {
  const groups = new Map<number, string[]>();
  for (const column of columns) {
    if (column.partOf === undefined) continue;
    groups.set(column.partOf, [...(groups.get(column.partOf) ?? []), column.letter]);
  }
  for (const [whole, parts] of groups) {
    note(reading, 'layoutPartColumns', {
      columns: columnsText(reading, parts),
      whole: columns.find((c) => c.col === whole)?.letter ?? '',
    });
  }
}

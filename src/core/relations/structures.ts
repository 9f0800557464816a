import type { MeasureCandidates } from '../binding';
import { aliasKey } from '../binding';
import { bracketAtEnd, compactText, headsPart, splitOfWhich } from '../header';
import { hasWord } from '../inference/words';
import type { HeaderColumn } from '../layout-types';
import type { Lexicon } from '../lexicon';
import type { Measure, Relation, Rule } from '../rule-schema';
import type { SheetModel } from '../sheet-model';
import { floatSlack, isRoundedColumn, isScaledUnit } from '../tolerance';
import type { CellRef, StructureName } from './types';

type Parts = Extract<Relation, { kind: 'parts' }>;

/** One "of which" breakdown on one row (其中 columns) or in one column (其中 rows): a whole cell and its part cells. */
export interface Breakdown {
  whole: CellRef;
  parts: CellRef[];
  partNames: string[];
  label: string;
  wholeName: string;
}

/** Whether a breakdown's part names make it complete, by the complete sets and remainder headers declared. */
export function completenessTest(
  declarations: Pick<Parts, 'completeSets' | 'remainderHeaders'>[],
  lexicon: Lexicon,
): (partNames: string[]) => boolean {
  const key = (alias: string) => aliasKey(alias, lexicon);
  const sets = declarations.flatMap((d) => d.completeSets.map((set) => set.map(key)));
  const remainders = new Set(declarations.flatMap((d) => d.remainderHeaders.map(key)));
  return (parts) =>
    parts.some((p) => remainders.has(p)) ||
    sets.some((set) => set.length === parts.length && set.every((s) => parts.includes(s)));
}

export function leafText(column: HeaderColumn, lexicon: Lexicon): string {
  return splitOfWhich(column.headerPath[column.headerPath.length - 1] ?? '', lexicon).text;
}

/** A part column's name: its leaf, or its header as typed where the leaf is a period (其中：规模以上工业/2024年). */
const partName = (column: HeaderColumn, lexicon: Lexicon): string =>
  lexicon.bareDate.test(leafText(column, lexicon)) ? column.rawHeader : leafText(column, lexicon);

export type HeaderTemplate = { before: string; after: string };

/** Header templates with one slot (`占{base}比例`), normalised as headers are, the slot kept out. */
export const templatesOf = (list: string[], slot: string, lexicon: Lexicon): HeaderTemplate[] =>
  list.map((t) => {
    const [before, after] = aliasKey(t.replace(slot, '\u0000'), lexicon).split('\u0000');
    return { before, after };
  });

/** The text a template's slot stands for in a header (`占{base}比例` on 占企业数比例 → 企业数), if it fits. */
export function slotText(leaf: string, templates: HeaderTemplate[]): string | undefined {
  const t = templates.find(
    (t) => leaf.length > t.before.length + t.after.length && leaf.startsWith(t.before) && leaf.endsWith(t.after),
  );
  return t && leaf.slice(t.before.length, leaf.length - t.after.length);
}

/**
 * What the layout found that several relations read, computed once per sheet and shared explicitly: the engine's
 * `structures` fact, column kinds, the 其中 breakdowns, and which breakdowns the rule set checks as complete
 * (declared by its sumEqualsWhole rules, so that the weaker sum check leaves those to it).
 */
export class SheetStructures {
  /** True for breakdowns a complete-breakdown rule of the rule set checks. */
  readonly checkedAsComplete: (partNames: string[]) => boolean;
  private breakdownList?: Breakdown[];

  constructor(
    private readonly model: SheetModel,
    private readonly candidates: Map<string, MeasureCandidates>,
    private readonly measures: Map<string, Measure>,
    rules: readonly Rule[],
  ) {
    const complete = rules
      .map((r) => r.relation)
      .filter((r): r is Parts => r.kind === 'parts' && r.check === 'sumEqualsWhole');
    this.checkedAsComplete = complete.length > 0 ? completenessTest(complete, model.lexicon) : () => false;
  }

  /** The structures present, as the engine's `structures` fact. */
  present(): StructureName[] {
    const { layout } = this.model;
    const found: [StructureName, boolean][] = [
      ['table', layout.columns.length > 0],
      ['totalRows', layout.totalRows.length > 0],
      ['breakdowns', this.partGroups().length > 0 || layout.partRows.length > 0],
      ['countColumns', layout.columns.some((c) => this.columnKind(c) === 'count')],
    ];
    return found.filter(([, yes]) => yes).map(([name]) => name);
  }

  /** The kind of the measure a column is a candidate for, if any. */
  boundKindOf(column: HeaderColumn): Measure['kind'] | undefined {
    for (const [id, { columns }] of this.candidates)
      if (columns.some((c) => c.col === column.col)) return this.measures.get(id)?.kind;
    return undefined;
  }

  columnKind(column: HeaderColumn): ReturnType<SheetModel['columnKind']> {
    return this.model.columnKind(column, this.boundKindOf(column), (whole) => this.columnKind(whole) === 'count');
  }

  /**
   * Whether the column's figures are rounded one by one (see isRoundedColumn), from its unit, header and kind. A column
   * without a unit of its own, where each row states one in a 单位 column, takes that of the row (亿千瓦时); so do the
   * figures of a column of none at a row whose label states one (基金收入（万元） over its 其中 rows; 货物运输量（万吨）
   * over 铁路 | 公路), whatever their kind.
   */
  columnIsRounded(column: HeaderColumn, decimals: number, row: number): boolean {
    const { model } = this;
    const rowUnit = column.unit === undefined ? model.rowUnit(row) : undefined;
    const unit = model.figureUnit(column.col, row) ?? model.layout.defaultUnit;
    // Money in a unit the sheet states nowhere (调整预算数 | 执行数, a budget table in 万元 that leaves it out) is rounded;
    // so is money with decimals in none of its own where the sheet lists 万元 among its units (单位：人、万元、元 over
    // 资金来源 / 党费返还): it may be in 万元, and a total a cent off it is no finding.
    const listed = unit === undefined && rowUnit === undefined ? (model.layout.unitsListed ?? []) : undefined;
    const unstated = listed?.length === 0;
    if (unstated && model.lexicon.amountEnding.test(column.header)) return true;
    // So is money typed with decimals in a unit stated nowhere (上年同期营业额 51804.0 beside 1-9月营业额 53398.7; 上年同期
    // 441.66 of a city's investment): a table in 元 says so, one in 万元 or 亿元 often does not.
    if (unstated && decimals > 0 && this.columnKind(column) === 'amount') return true;
    const scaledListed = decimals > 0 && listed?.some((u) => isScaledUnit(u, model.lexicon));
    if (scaledListed && this.columnKind(column) === 'amount') return true;
    // Means under a title naming them (人均消费支出 over 合计 | 食品烟酒 | 衣着 …) are rounded each from an exact mean, and
    // their total may be a yuan off the sum of its rounded parts.
    if (model.layout.titleNamesMeans === true) return true;
    return (
      isRoundedColumn(unit, column.rawHeader, decimals, this.columnKind(column), model.lexicon) ||
      (rowUnit !== undefined && isRoundedColumn(rowUnit, column.rawHeader, decimals, 'unknown', model.lexicon))
    );
  }

  /**
   * 其中 columns grouped under their whole (rates left out). Where two or more of a whole's parts are each headed 其中
   * (其中：35岁及以下 | 其中：非公企业和社会组织), each is an of-which figure of its own, not a part of one breakdown.
   */
  partGroups(): { whole: HeaderColumn; parts: HeaderColumn[] }[] {
    const { columns } = this.model.layout;
    const { lexicon } = this.model;
    const groups = new Map<number, { whole: HeaderColumn; parts: HeaderColumn[] }>();
    // Nor under a title naming means or indices (地区生产总值指数: #工业 may grow faster than 第二产业), but where a total
    // row tells which columns hold them (能源消费总量和强度: 总量 summed by 全市, 强度 not; see readAveragedColumns).
    const means = (whole: HeaderColumn) =>
      this.model.layout.totalRows.length > 0 ? whole.notAdditive : this.model.holdsMeans(whole.col);
    for (const column of columns) {
      if (column.partOf === undefined || column.isRate) continue;
      const whole = columns.find((c) => c.col === column.partOf);
      if (!whole || whole.isRate || means(whole)) continue;
      const group = groups.get(whole.col) ?? { whole, parts: [] };
      group.parts.push(column);
      groups.set(whole.col, group);
    }
    const headedOfWhich = (c: HeaderColumn) => headsPart(c.rawHeader.split('/').pop() ?? '', lexicon);
    // Nor is one headed 其中 beside a list under a 其中 heading (其中 / 快递员 | … | 网络主播, then 其中党员（人）): the list
    // is one breakdown, the other a figure of its own.
    const underOfWhich = (c: HeaderColumn) => {
      const path = c.rawHeader.split('/');
      return path.length >= 2 && headsPart(path[path.length - 2], lexicon);
    };
    return [...groups.values()].flatMap((group) => {
      if (group.parts.filter(headedOfWhich).length >= 2)
        return group.parts.map((p) => ({ whole: group.whole, parts: [p] }));
      const listed = group.parts.filter(underOfWhich);
      if (listed.length === 0 || listed.length === group.parts.length) return [group];
      const own = group.parts.filter((p) => !underOfWhich(p));
      return [{ whole: group.whole, parts: listed }, ...own.map((p) => ({ whole: group.whole, parts: [p] }))];
    });
  }

  /** Every breakdown of the sheet: 其中 columns on each row checked, then 其中 rows in each non-rate column. */
  breakdowns(): Breakdown[] {
    if (this.breakdownList) return this.breakdownList;
    const { model } = this;
    const list: Breakdown[] = [];
    // Where the indicators are rows, a row of rates, means or changes (党组织覆盖率（%）, 人均文化事业费, 增长（%）) is no
    // amount its 其中 columns are some of: 文化类 may be covered better than 社会团体 as a whole.
    const amountRows = model.rowsToCheck.filter((row) => model.namesAmount(row));
    for (const group of this.partGroups()) {
      // Nor is a change a whole its parts' changes stay within (女性书记/增减 10 where 党组织书记人数/增减 is 0).
      if (model.holdsChanges(group.whole)) continue;
      // Nor a row of shares by its words or its figures, unit or none (女性占比 0.265 shown as 26.5%, 街道's above 合计's).
      const shares = (row: number) =>
        hasWord(model.rowLabel(row), 'rate', model.lexicon) || model.number(row, group.whole.col)?.percent === true;
      for (const row of amountRows) {
        if (shares(row)) continue;
        list.push({
          whole: { row, col: group.whole.col },
          parts: group.parts.map((p) => ({ row, col: p.col })),
          partNames: group.parts.map((p) => partName(p, model.lexicon)),
          label: model.rowLabel(row),
          wholeName: group.whole.rawHeader,
        });
      }
    }
    // Each 其中 starts a breakdown of its own: 其中：城镇 / 乡村 and then 其中：男 / 女 split one whole twice. So does a
    // heading among the parts, a row of no figure (其中：党委 | 党总支 | 党支部 | 按单位类型分： | 机关 | 事业单位 …).
    const breakdownRows: { wholeRow: number; rows: number[] }[] = [];
    const lastOf = new Map<number, number[]>();
    const heading = (row: number) => model.layout.columns.every((c) => model.number(row, c.col) === undefined);
    for (const { row, partOfRow } of model.layout.partRows) {
      const open = lastOf.get(partOfRow);
      const starts = model.lexicon.ofWhich.test(compactText(model.rowLabel(row)));
      const heads = heading(row);
      if (open && !starts && !heads) open.push(row);
      else {
        const rows = heads ? [] : [row];
        breakdownRows.push({ wholeRow: partOfRow, rows });
        lastOf.set(partOfRow, rows);
      }
    }
    // Parts of a whole only where figures add up: not a per-head row (全体居民人均 over 城镇居民), an average or price
    // column (平均销售价格), a column in a unit per unit (劳动生产率 元/人: 工业 above 第二产业), nor a change (比上年增减: an
    // unlisted part may have fallen). Under a title naming means, a column where a part passes its whole is of means
    // (人均可支配收入: 城镇居民 above 全体居民): neither the title nor the figures tell alone.
    const value = (row: number, col: number) => model.number(row, col)?.value ?? NaN;
    const passesWhole = (col: number) =>
      breakdownRows.some(({ wholeRow, rows }) => rows.some((row) => value(row, col) > value(wholeRow, col)));
    const summed = model.layout.columns.filter(
      (c) =>
        this.columnKind(c) !== 'rate' &&
        !c.notAdditive &&
        !model.holdsRatios(c.col) &&
        !(model.layout.titleNamesMeans === true && passesWhole(c.col)) &&
        !model.holdsChanges(c),
    );
    // Whether rows add up to the whole in most columns, their changes' too (比上年增减): one column a wrong figure breaks
    // is outweighed.
    const addingColumns = model.layout.columns.filter((c) => this.columnKind(c) !== 'rate' && !c.notAdditive);
    const addsUp = (wholeRow: number, rows: number[]) => {
      let [holds, fails] = [0, 0];
      for (const { col } of addingColumns) {
        const [whole, sum] = [value(wholeRow, col), rows.reduce((total, row) => total + value(row, col), 0)];
        if (Number.isNaN(whole) || Number.isNaN(sum)) continue;
        if (Math.abs(sum - whole) <= floatSlack(whole)) holds++;
        else fails++;
      }
      return holds > fails;
    };
    // Consecutive lists of two rows or more, each adding up to the whole, that take every row; none where they do not.
    const addingLists = (wholeRow: number, rows: number[]) => {
      const found: number[][] = [];
      let start = 0;
      for (let end = start + 1; end < rows.length; end++)
        if (addsUp(wholeRow, rows.slice(start, end + 1))) {
          found.push(rows.slice(start, end + 1));
          start = end + 1;
          end = start;
        }
      return start === rows.length ? found : [];
    };
    // A row of rates or means is no part (出资人担任书记比例（%） under 合计 and its 其中 rows).
    const amountPart = (row: number) => !model.isRateRow(row) && !model.lexicon.notAdditive.test(model.rowLabel(row));
    // A 其中 row over lists that each add up to the whole by themselves (党组织书记人数 | 其中：女性 | 出资人担任 … 其他 |
    // 35岁及以下 … 56岁及以上, typed deeper) heads no addend of them: the 其中 row is a breakdown of its own, each list
    // another.
    // So are lists one after another that each add up to the whole, with no heading between them (其中：正式党员 | 预备党员
    // | 男 | 女 | the age bands | the occupations …).
    const lists = breakdownRows.flatMap(({ wholeRow, rows: listed }) => {
      const rows = listed.filter(amountPart);
      const several = rows.length >= 4 ? addingLists(wholeRow, rows) : [];
      if (several.length >= 2) return several.map((list) => ({ wholeRow, rows: list }));
      const under = rows.length >= 3 && model.lexicon.ofWhich.test(compactText(model.rowLabel(rows[0])));
      const split = under ? addingLists(wholeRow, rows.slice(1)) : [];
      return split.length > 0
        ? [{ wholeRow, rows: rows.slice(0, 1) }, ...split.map((list) => ({ wholeRow, rows: list }))]
        : [{ wholeRow, rows }];
    });
    // A part in another unit than its whole (机电产品 in 亿元 | 其中：手机 in 万台, by a 计量单位 column) is no amount of it;
    // nor is one whose label brackets another unit than the whole's known one (旅游总收入（亿元） | 旅游外汇收入（万美元）).
    const bracketOf = (row: number) => bracketAtEnd(compactText(model.rowLabel(row)));
    for (const { wholeRow, rows: listed } of lists) {
      if (model.lexicon.notAdditive.test(model.rowLabel(wholeRow))) continue;
      const wholeUnit = model.rowUnit(wholeRow);
      const wholeBracket = bracketOf(wholeRow);
      const rows = listed.filter((row) => {
        const unit = model.rowUnit(row);
        if (unit !== undefined && wholeUnit !== undefined) return unit === wholeUnit;
        const bracket = bracketOf(row);
        return unit === undefined && wholeUnit === undefined
          ? true
          : bracket === undefined || wholeBracket === undefined || bracket === wholeBracket;
      });
      if (rows.length === 0) continue;
      for (const column of summed) {
        list.push({
          whole: { row: wholeRow, col: column.col },
          parts: rows.map((row) => ({ row, col: column.col })),
          partNames: rows.map((r) => splitOfWhich(model.rowLabel(r), model.lexicon).text),
          // Said of the column, the whole named by its row: 2023年：退休人员不应大于城镇职工基本医疗保险参保人数.
          label: column.rawHeader,
          wholeName: model.rowLabel(wholeRow),
        });
      }
    }
    return (this.breakdownList = list);
  }
}

import { readLayout } from '../src/core/layout';
import type { HeaderColumn } from '../src/core/layout-types';
import { mergeOf as merge } from '../src/core/snapshot';
import { sheetFromRows, type CellInput } from './helpers/sheet';
import { lexicon } from './helpers/lexicon';

function col(
  c: number,
  letter: string,
  headerPath: string[],
  rawHeader: string,
  extra: Partial<HeaderColumn> = {},
): HeaderColumn {
  return {
    col: c,
    letter,
    headerPath,
    header: headerPath.join('/'),
    rawHeader,
    isRate: false,
    notAdditive: false,
    ...extra,
  };
}

// The coverage sheet of the domain notes: 单独建立党组织 over 小计 | 党委 | 党总支 | 党支部, 联合党组织 over 个数 | 覆盖企业数.
const coverageGrid: CellInput[][] = [
  ['2025年全省非公有制企业党组织覆盖情况统计表'],
  ['单位：家'],
  ['截至2025年6月30日'],
  ['地区', '企业数（家）', '单独建立党组织', null, null, null, '联合党组织', null, '党的组织\n覆盖率（%）'],
  [null, null, '小计', '党委', '党总支', '党支部', '个数（个）', '覆盖企业数', null],
  ['合 计', 47414, 12266, 20, 7, 155, 3569, 10850, 48.8],
  ['沈阳市', '2,431', '３６', 1, 2, 33, 4, 10, '87.1%'],
  ['大连市', 100, 50, 10, 10, 30, '—', 8, 58],
  [],
  ['注：本表由各市委组织部填报。'],
];
const coverageMerges = ['A1:I1', 'A4:A5', 'B4:B5', 'C4:F4', 'G4:H4', 'I4:I5'].map(merge);

const coverageColumns: HeaderColumn[] = [
  col(1, 'B', ['企业数'], '企业数（家）', { unit: '家' }),
  col(2, 'C', ['单独建立党组织', '小计'], '单独建立党组织/小计', { unit: '家' }),
  col(3, 'D', ['单独建立党组织', '党委'], '单独建立党组织/党委', { unit: '家' }),
  col(4, 'E', ['单独建立党组织', '党总支'], '单独建立党组织/党总支', { unit: '家' }),
  col(5, 'F', ['单独建立党组织', '党支部'], '单独建立党组织/党支部', { unit: '家' }),
  col(6, 'G', ['联合党组织', '个数'], '联合党组织/个数（个）', { unit: '个' }),
  col(7, 'H', ['联合党组织', '覆盖企业数'], '联合党组织/覆盖企业数', { unit: '家' }),
  col(8, 'I', ['党的组织覆盖率'], '党的组织\n覆盖率（%）', { unit: '%', isRate: true }),
];

describe('readLayout: a two-row header with title, unit and date rows', () => {
  it('reads the merged header, the total at the top and the note', () => {
    const layout = readLayout(sheetFromRows('覆盖情况', coverageGrid, coverageMerges), lexicon);
    expect(layout).toEqual({
      sheet: '覆盖情况',
      titleRows: [0],
      unitRow: 1,
      dateRow: 2,
      defaultUnit: '家',
      headerRows: [3, 4],
      labelColumn: 0,
      columns: coverageColumns,
      regionRows: [6, 7],
      totalRows: [{ row: 5, label: '合 计', kind: 'total', members: [6, 7] }],
      partRows: [],
      noteRows: [9],
      notes: [
        'title row 1',
        'unit row 2: figures in 家 unless a header says otherwise',
        'date row 3 (截至2025年6月30日)',
        'header rows 4–5',
        'label column A (地区)',
        'total row 6 (合 计, top) over rows 7–8',
        'note row 10',
      ],
      problems: [],
    });
  });

  it('infers the same header without merges, as read from a CSV file', () => {
    const csvGrid = coverageGrid.map((row) => [...row]);
    // A CSV file repeats nothing: the vertical headers stand in the upper row only, the parents once.
    const layout = readLayout(sheetFromRows('覆盖情况.csv', csvGrid), lexicon);
    expect(layout.headerRows).toEqual([3, 4]);
    expect(layout.columns).toEqual(coverageColumns);
    expect(layout.totalRows).toEqual([{ row: 5, label: '合 计', kind: 'total', members: [6, 7] }]);
  });

  it('lists several units in a note instead of guessing them per column', () => {
    const grid = coverageGrid.map((row, r) => (r === 1 ? ['单位：家、个、%'] : row));
    const layout = readLayout(sheetFromRows('覆盖情况', grid, coverageMerges), lexicon);
    expect(layout.unitRow).toBe(1);
    expect(layout.defaultUnit).toBeUndefined();
    expect(layout.notes).toContain('unit row 2 lists several units (家, 个, %); units are taken from the headers only');
    expect(layout.columns.map((c) => c.unit)).toEqual([
      '家',
      undefined,
      undefined,
      undefined,
      undefined,
      '个',
      undefined,
      '%',
    ]);
  });

  it('reads a title and a date on one row, and a 填报日期 row', () => {
    const grid: CellInput[][] = [
      ['某县两新组织党建工作统计表', null, null, '截至6月底'],
      ['填报日期：2025年7月1日'],
      ['单位', '党员数（名）', '党组织数（个）'],
      ['甲公司', 12, 1],
      ['乙协会', 3, 1],
    ];
    const layout = readLayout(sheetFromRows('Sheet1', grid), lexicon);
    expect(layout.titleRows).toEqual([0]);
    expect(layout.dateRow).toBe(1);
    expect(layout.unitRow).toBeUndefined();
    expect(layout.headerRows).toEqual([2]);
    expect(layout.columns).toEqual([
      col(1, 'B', ['党员数'], '党员数（名）', { unit: '名' }),
      col(2, 'C', ['党组织数'], '党组织数（个）', { unit: '个' }),
    ]);
  });
});

describe('readLayout: one-row header', () => {
  it('reads a total at the bottom, numbers typed as text and full-width digits', () => {
    const grid: CellInput[][] = [
      ['区县', '无党员企业数（户）', '整顿后（户）', '降幅（%）'],
      ['铁西区', '１，２００', '５７０', '52.5'],
      ['皇姑区', '2,431', ' 1,100 ', '54.8%'],
      ['于洪区', 0, '—', '/'],
      ['全 市', '3,631', '1,670', '54.0'],
    ];
    const layout = readLayout(sheetFromRows('整顿', grid), lexicon);
    expect(layout.headerRows).toEqual([0]);
    expect(layout.titleRows).toEqual([]);
    expect(layout.labelColumn).toBe(0);
    expect(layout.columns).toEqual([
      col(1, 'B', ['无党员企业数'], '无党员企业数（户）', { unit: '户' }),
      col(2, 'C', ['整顿后'], '整顿后（户）', { unit: '户' }),
      col(3, 'D', ['降幅'], '降幅（%）', { unit: '%', isRate: true }),
    ]);
    expect(layout.regionRows).toEqual([1, 2, 3]);
    expect(layout.totalRows).toEqual([{ row: 4, label: '全 市', kind: 'total', members: [1, 2, 3] }]);
    expect(layout.notes).toEqual([
      'header row 1',
      'label column A (区县)',
      'total row 5 (全 市, bottom) over rows 2–4',
    ]);
  });

  it('normalises header line breaks, spaces and full-width brackets', () => {
    const grid: CellInput[][] = [
      ['地　区', '包保领导\n干部（名）', '重点 企业 (户)', '问题办结率\r\n（％）', '比上年增长（户）', '占比'],
      ['沈阳市', 160, 370, 94.3, 12, 10.5],
    ];
    const layout = readLayout(sheetFromRows('包保', grid), lexicon);
    expect(layout.columns).toEqual([
      col(1, 'B', ['包保领导干部'], '包保领导\n干部（名）', { unit: '名' }),
      col(2, 'C', ['重点企业'], '重点 企业 (户)', { unit: '户' }),
      col(3, 'D', ['问题办结率'], '问题办结率\r\n（％）', { unit: '%', isRate: true }),
      // 增长 counted in 户 is a number of enterprises, not a rate.
      col(4, 'E', ['比上年增长'], '比上年增长（户）', { unit: '户' }),
      col(5, 'F', ['占比'], '占比', { isRate: true }),
    ]);
  });

  it('reads a column in a percent number format as a rate', () => {
    const pct = (v: number) => ({ v, t: `${(v * 100).toFixed(1)}%`, z: '0.0%' });
    const grid: CellInput[][] = [
      ['地区', '企业数', '指标'],
      ['沈阳市', 311, pct(0.871)],
      ['大连市', 200, pct(0.5)],
    ];
    const layout = readLayout(sheetFromRows('格式', grid), lexicon);
    expect(layout.columns.map((c) => [c.letter, c.isRate])).toEqual([
      ['B', false],
      ['C', true],
    ]);
  });

  it('takes a 序号 column as neither data nor label, and finds 合计 typed in it', () => {
    const grid: CellInput[][] = [
      ['序号', '单位名称', '党员数（名）', '是否建立党组织'],
      [1, '沈阳某某科技有限公司', 12, '是'],
      [2, '沈阳某某商贸有限公司', 3, '否'],
      ['合计', null, 15, null],
    ];
    const csv = readLayout(sheetFromRows('台账', grid), lexicon);
    expect(csv.labelColumn).toBe(1);
    expect(csv.columns).toEqual([col(2, 'C', ['党员数'], '党员数（名）', { unit: '名' })]);
    expect(csv.regionRows).toEqual([1, 2]);
    expect(csv.totalRows).toEqual([{ row: 3, label: '合计', kind: 'total', members: [1, 2] }]);
    expect(csv.notes).toEqual([
      'header row 1',
      'sequence column A (序号) is neither data nor label',
      'label column B (单位名称)',
      'text column D read as neither data nor label',
      'total row 4 (合计, bottom) over rows 2–3',
    ]);

    const merged = readLayout(sheetFromRows('台账', grid, [merge('A4:B4')]), lexicon);
    expect(merged.totalRows).toEqual(csv.totalRows);
  });

  it('skips the 栏次 row of column numbers under the header', () => {
    const grid: CellInput[][] = [
      ['地区', '企业数', '党组织数', '党员数'],
      ['甲', 1, 2, 3],
      ['铁西区', 97, 40, 300],
      ['皇姑区', 50, 20, 120],
    ];
    const layout = readLayout(sheetFromRows('栏次', grid), lexicon);
    expect(layout.headerRows).toEqual([0]);
    expect(layout.regionRows).toEqual([2, 3]);
    expect(layout.notes).toContain('column-number row 2 skipped');
  });

  it('skips a 栏次 row whose later columns say how they are worked out (5＝2＋4)', () => {
    const grid: CellInput[][] = [
      ['地区', '企业数', '单独建立', '联合覆盖', '覆盖企业数', '覆盖率（%）'],
      ['甲', 1, 2, 3, '4＝2＋3', '5＝4÷1'],
      ['铁西区', 97, 40, 10, 50, 51.5],
    ];
    const layout = readLayout(sheetFromRows('栏次', grid), lexicon);
    expect(layout.regionRows).toEqual([2]);
    expect(layout.notes).toContain('column-number row 2 skipped');
  });

  it('reads a first region that reported nothing (— throughout) as a data row', () => {
    const grid: CellInput[][] = [
      ['地区', '企业数', '党组织数'],
      ['康平县', '—', '—'],
      ['法库县', 12, 3],
    ];
    const layout = readLayout(sheetFromRows('缺报', grid), lexicon);
    expect(layout.headerRows).toEqual([0]);
    expect(layout.regionRows).toEqual([1, 2]);
  });

  it('does not take a date typed as a date for a figure', () => {
    const grid: CellInput[][] = [
      ['统计时间：', { v: 45838, t: '2025-06-30', z: 'yyyy-mm-dd' }],
      ['地区', '企业数'],
      ['铁西区', 97],
    ];
    const layout = readLayout(sheetFromRows('日期', grid), lexicon);
    expect(layout.dateRow).toBe(0);
    expect(layout.headerRows).toEqual([1]);
    expect(layout.regionRows).toEqual([2]);
  });
});

describe('readLayout: 小计 subtotals', () => {
  it('subtotals after their rows, a grand total at the bottom over subtotals and ungrouped rows', () => {
    const grid: CellInput[][] = [
      ['地区', '企业数（家）'],
      ['铁西区', 10],
      ['皇姑区', 20],
      ['沈阳市小计', 30],
      ['中山区', 5],
      ['西岗区', 6],
      ['小 计', 11],
      ['省直', 4],
      ['总计', 45],
    ];
    const layout = readLayout(sheetFromRows('小计', grid), lexicon);
    expect(layout.regionRows).toEqual([1, 2, 4, 5, 7]);
    expect(layout.totalRows).toEqual([
      { row: 3, label: '沈阳市小计', kind: 'subtotal', members: [1, 2] },
      { row: 6, label: '小 计', kind: 'subtotal', members: [4, 5] },
      { row: 8, label: '总计', kind: 'total', members: [3, 6, 7] },
    ]);
    expect(layout.notes).toContain('subtotal rows 4, 7 (小计) follow their rows');
  });

  // 市 | 区: each city named once (merged down, or left blank under its first district) or on every row of its own.
  it('reads the districts beside their cities as the label column, so that 小计 and 合计 in either column sum them', () => {
    const rows = (city: (name: string, first: boolean) => string | null): CellInput[][] => [
      ['市', '区', '企业数（家）'],
      [city('沈阳市', true), '和平区', 100],
      [city('沈阳市', false), '沈河区', 200],
      [city('沈阳市', false), '小计', 300],
      [city('大连市', true), '中山区', 150],
      [city('大连市', false), '西岗区', 50],
      [city('大连市', false), '小计', 200],
      ['合计', null, 500],
    ];
    const merged = readLayout(
      sheetFromRows(
        '合并',
        rows((name, first) => (first ? name : null)),
        ['A2:A4', 'A5:A7'].map(merge),
      ),
      lexicon,
    );
    const blank = readLayout(
      sheetFromRows(
        '留空',
        rows((name, first) => (first ? name : null)),
      ),
      lexicon,
    );
    const repeated = readLayout(
      sheetFromRows(
        '重复',
        rows((name) => name),
      ),
      lexicon,
    );
    for (const layout of [merged, blank, repeated]) {
      expect(layout.labelColumn).toBe(1);
      expect(layout.totalRows).toEqual([
        { row: 3, label: '小计', kind: 'subtotal', members: [1, 2] },
        { row: 6, label: '小计', kind: 'subtotal', members: [4, 5] },
        { row: 7, label: '合计', kind: 'total', members: [3, 6] },
      ]);
    }
  });

  it('keeps the regions as the label column beside a column of their kinds', () => {
    const grid: CellInput[][] = [
      ['地区', '类型', '企业数（家）'],
      ['和平区', '城区', 100],
      ['沈河区', '城区', 200],
      ['康平县', '县', 150],
      ['合计', null, 450],
    ];
    expect(readLayout(sheetFromRows('类型', grid), lexicon).labelColumn).toBe(0);
  });

  it('subtotals heading their blocks under a grand total at the top', () => {
    const grid: CellInput[][] = [
      ['地区', '企业数（家）'],
      ['全省', 41],
      ['沈阳市小计', 30],
      ['铁西区', 10],
      ['皇姑区', 20],
      ['大连市小计', 11],
      ['中山区', 5],
      ['西岗区', 6],
    ];
    const layout = readLayout(sheetFromRows('小计', grid), lexicon);
    expect(layout.regionRows).toEqual([3, 4, 6, 7]);
    expect(layout.totalRows).toEqual([
      { row: 1, label: '全省', kind: 'total', members: [2, 5] },
      { row: 2, label: '沈阳市小计', kind: 'subtotal', members: [3, 4] },
      { row: 5, label: '大连市小计', kind: 'subtotal', members: [6, 7] },
    ]);
    expect(layout.notes).toContain('subtotal rows 3, 6 (小计) head the rows below them');
  });
});

describe('readLayout: 其中 columns', () => {
  it('a single 其中 column whose breakdown ends where the unit changes', () => {
    const grid: CellInput[][] = [
      ['地区', '重点企业（户）', '其中：非公企业（户）', '包保干部（名）'],
      ['沈阳市', 370, 311, 160],
    ];
    const layout = readLayout(sheetFromRows('包保', grid), lexicon);
    expect(layout.columns).toEqual([
      col(1, 'B', ['重点企业'], '重点企业（户）', { unit: '户' }),
      col(2, 'C', ['非公企业'], '其中：非公企业（户）', { unit: '户', partOf: 1, partGroup: 1 }),
      col(3, 'D', ['包保干部'], '包保干部（名）', { unit: '名' }),
    ]);
    expect(layout.notes).toContain('其中 column C of B');
  });

  it('a breakdown continued without 其中 until a rate', () => {
    const grid: CellInput[][] = [
      ['地区', '党员数（名）', '其中：女（名）', '少数民族（名）', '35岁以下（名）', '占比（%）'],
      ['沈阳市', 400, 120, 30, 90, 30],
    ];
    const layout = readLayout(sheetFromRows('党员', grid), lexicon);
    expect(layout.columns.map((c) => [c.letter, c.partOf, c.partGroup])).toEqual([
      ['B', undefined, undefined],
      ['C', 1, 1],
      ['D', 1, 1],
      ['E', 1, 1],
      ['F', undefined, undefined],
    ]);
    expect(layout.notes).toContain('其中 columns C, D, E of B');
  });

  it('a column followed by its own 其中 starts a new breakdown', () => {
    const grid: CellInput[][] = [
      ['地区', '企业数', '其中国有', '党员数', '其中女'],
      ['沈阳市', 100, 10, 400, 120],
    ];
    const layout = readLayout(sheetFromRows('两组', grid), lexicon);
    expect(layout.columns.map((c) => [c.header, c.partOf])).toEqual([
      ['企业数', undefined],
      ['国有', 1],
      ['党员数', undefined],
      ['女', 3],
    ]);
  });

  it('a parent 其中 merged over several children makes them all parts of the column left of it, in its unit', () => {
    const grid: CellInput[][] = [
      ['地区', '企业数（家）', '其中', null, null, '覆盖率（%）'],
      [null, null, '国有', '民营', '外资', null],
      ['沈阳市', 100, 10, 80, 10, 87.1],
    ];
    const merges = ['A1:A2', 'B1:B2', 'C1:E1', 'F1:F2'].map(merge);
    for (const layout of [
      readLayout(sheetFromRows('其中', grid, merges), lexicon),
      readLayout(sheetFromRows('其中.csv', grid), lexicon),
    ]) {
      expect(layout.headerRows).toEqual([0, 1]);
      expect(layout.columns).toEqual([
        col(1, 'B', ['企业数'], '企业数（家）', { unit: '家' }),
        col(2, 'C', ['国有'], '其中/国有', { partOf: 1, partGroup: 1, unit: '家' }),
        col(3, 'D', ['民营'], '其中/民营', { partOf: 1, partGroup: 1, unit: '家' }),
        col(4, 'E', ['外资'], '其中/外资', { partOf: 1, partGroup: 1, unit: '家' }),
        col(5, 'F', ['覆盖率'], '覆盖率（%）', { unit: '%', isRate: true }),
      ]);
    }
  });

  it('a 其中 in the first data column is not a part', () => {
    const grid: CellInput[][] = [
      ['地区', '其中：国有', '民营'],
      ['沈阳市', 10, 80],
    ];
    const layout = readLayout(sheetFromRows('其中', grid), lexicon);
    expect(layout.columns.map((c) => c.partOf)).toEqual([undefined, undefined]);
    expect(layout.notes).toContain('column B is headed 其中 but has no column before it; not read as a part');
  });
});

describe('readLayout: 其中 rows and notes', () => {
  it('puts 其中 rows and their indented continuation in partRows, outside the total', () => {
    const grid: CellInput[][] = [
      ['地区', '企业数'],
      ['沈阳市', 300],
      ['其中：铁西区', 97],
      ['\u3000\u3000皇姑区', 50],
      ['  于洪区', 40],
      ['大连市', 200],
      ['合计', 500],
    ];
    const layout = readLayout(sheetFromRows('其中行', grid), lexicon);
    expect(layout.regionRows).toEqual([1, 5]);
    expect(layout.partRows).toEqual([
      { row: 2, partOfRow: 1 },
      { row: 3, partOfRow: 1 },
      { row: 4, partOfRow: 1 },
    ]);
    expect(layout.totalRows).toEqual([{ row: 6, label: '合计', kind: 'total', members: [1, 5] }]);
    expect(layout.notes).toContain('其中 rows 3–5 of row 2');
  });

  it('does not read indented rows as parts without a 其中 row', () => {
    const grid: CellInput[][] = [
      ['地区', '企业数'],
      ['合计', 30],
      ['  铁西区', 10],
      ['  皇姑区', 20],
    ];
    const layout = readLayout(sheetFromRows('缩进', grid), lexicon);
    expect(layout.partRows).toEqual([]);
    expect(layout.regionRows).toEqual([2, 3]);
  });

  it('reads 注, continuation lines, 填报人 and a long merged text as notes', () => {
    const grid: CellInput[][] = [
      ['地区', '企业数', '党组织数'],
      ['铁西区', 97, 40],
      ['皇姑区', 50, 20],
      ['本表统计口径为辖区内登记注册的全部非公有制企业'],
      [],
      ['注：1. 企业数以市场监管部门登记为准；'],
      ['2. 党组织数含联合党组织。'],
      [null, '填报人：张三', '审核人：李四'],
    ];
    const layout = readLayout(sheetFromRows('注', grid, [merge('A4:C4')]), lexicon);
    expect(layout.regionRows).toEqual([1, 2]);
    expect(layout.noteRows).toEqual([3, 5, 6, 7]);
    expect(layout.columns.map((c) => c.letter)).toEqual(['B', 'C']);
    expect(layout.notes).toContain('note rows 4, 6–8');
  });
});

describe('readLayout: sheets that are not tables', () => {
  it('reports an empty sheet', () => {
    for (const grid of [[], [[], [null, ''], ['   ']]] as CellInput[][][]) {
      const layout = readLayout(sheetFromRows('空表', grid), lexicon);
      expect(layout.problems).toEqual([{ sheet: '空表', message: 'empty; nothing to check' }]);
      expect(layout.columns).toEqual([]);
      expect(layout.headerRows).toEqual([]);
      expect(layout.labelColumn).toBe(-1);
    }
  });

  it('reports a sheet of text only', () => {
    const grid: CellInput[][] = [['工作要点'], ['一、加强组织建设', '二、开展专项行动'], ['三、强化督导']];
    const layout = readLayout(sheetFromRows('说明', grid), lexicon);
    expect(layout.problems).toEqual([{ sheet: '说明', message: 'text only, no rows of figures; nothing to check' }]);
    expect(layout.columns).toEqual([]);
    expect(layout.regionRows).toEqual([]);
  });

  it('reports figures without a header row', () => {
    const grid: CellInput[][] = [['2025年统计表'], ['沈阳市', 311, 20], ['大连市', 200, 10]];
    const layout = readLayout(sheetFromRows('无表头', grid), lexicon);
    expect(layout.problems).toEqual([
      { sheet: '无表头', message: 'no header row above the first row of figures (row 2); nothing to check' },
    ]);
    expect(layout.columns).toEqual([]);
  });
});

describe('readLayout: rows above a one-row header', () => {
  it('does not take a title and a date beside the table for a parent header row', () => {
    const grid: CellInput[][] = [
      ['非公企业党建统计表', null, null, null, '截至6月底'],
      ['地区', '企业数', '党组织数'],
      ['铁西区', 97, 40],
    ];
    const layout = readLayout(sheetFromRows('表', grid), lexicon);
    expect(layout.titleRows).toEqual([0]);
    expect(layout.dateRow).toBe(0);
    expect(layout.headerRows).toEqual([1]);
    expect(layout.columns.map((c) => c.headerPath)).toEqual([['企业数'], ['党组织数']]);
  });

  it('takes a two-cell upper row over a vertical 地区 for a parent header row', () => {
    const grid: CellInput[][] = [
      ['地区', '党组织', null],
      [null, '党委', '党支部'],
      ['铁西区', 4, 36],
    ];
    const layout = readLayout(sheetFromRows('表', grid), lexicon);
    expect(layout.headerRows).toEqual([0, 1]);
    expect(layout.columns.map((c) => c.header)).toEqual(['党组织/党委', '党组织/党支部']);
  });
});

describe('readLayout: years right over the figures', () => {
  // As yearbooks print a series: the years are typed as numbers, one with a footnote mark, in the lowest header row.
  it('reads a row of years under its parents as the lowest header row, not as the first region', () => {
    const grid: CellInput[][] = [
      ['历年非公有制企业党组织覆盖情况'],
      ['地区', '企业数（家）', null, null, '覆盖率（%）', null, null],
      [null, 2022, 2023, '2024*', 2022, 2023, '2024*'],
      ['铁西区', 1200, 1250, 1302, 80.1, 82.4, 85.0],
      ['和平区', 900, 960, 1001, 77.3, 79.9, 81.2],
    ];
    const layout = readLayout(sheetFromRows('历年', grid, ['B2:D2', 'E2:G2', 'A2:A3'].map(merge)), lexicon);
    expect(layout.headerRows).toEqual([1, 2]);
    expect(layout.regionRows).toEqual([3, 4]);
    expect(layout.columns.map((c) => c.header)).toEqual([
      '企业数/2022',
      '企业数/2023',
      '企业数/2024*',
      '覆盖率/2022',
      '覆盖率/2023',
      '覆盖率/2024*',
    ]);
  });

  it('reads a row of years under the label column’s header alone as the header', () => {
    const grid: CellInput[][] = [
      ['项目', 2021, 2022, 2023],
      ['企业数', 1200, 1250, 1302],
      ['党组织数', 400, 431, 455],
    ];
    const layout = readLayout(sheetFromRows('历年', grid), lexicon);
    expect(layout.problems).toEqual([]);
    expect(layout.headerRows).toEqual([0]);
    expect(layout.regionRows).toEqual([1, 2]);
    expect(layout.columns.map((c) => c.header)).toEqual(['2021', '2022', '2023']);
  });

  it('reads a series of years under any word, and two years under 指标, as the header', () => {
    const series: CellInput[][] = [
      ['Source', 1990, 1991, 1992],
      ['Landfills', 147.4, 147.9, 148.3],
      ['Wastewater', 15.9, 16.3, 16.7],
    ];
    expect(readLayout(sheetFromRows('series', series), lexicon).headerRows).toEqual([0]);
    const twoYears: CellInput[][] = [
      ['指标', 2022, 2023],
      ['企业数', 1250, 1302],
      ['党组织数', 431, 455],
    ];
    expect(readLayout(sheetFromRows('两年', twoYears), lexicon).headerRows).toEqual([0]);
  });

  it('passes over sections named on rows of their own between the years and the figures', () => {
    const grid: CellInput[][] = [
      ['Table 05. Industrial heat production, GWh'],
      [null, 2006, 2007, 2008],
      ['Fossil fuels'],
      ['- Oil', 3832, 3808, 3209],
      ['- Coal', 5046, 4712, 4383],
    ];
    const layout = readLayout(sheetFromRows('heat', grid), lexicon);
    expect(layout.headerRows).toEqual([1]);
    expect(layout.regionRows).toEqual([3, 4]);
  });

  it('does not take the lines of a note over a table for sections', () => {
    const grid: CellInput[][] = [
      ['说明', '2025年'],
      ['一、本表统计范围为全市非公有制企业。'],
      ['二、企业数以市场监管部门登记为准。'],
      ['三、覆盖率 = 覆盖企业数 ÷ 企业数 × 100。'],
      ['四、数据截至6月底。'],
      ['甲区', 120, 40],
    ];
    expect(readLayout(sheetFromRows('说明', grid), lexicon).headerRows).toEqual([]);
  });

  it('keeps a region whose figures all lie between 1900 and 2100 a region', () => {
    const grid: CellInput[][] = [
      ['地区', '企业数', '党组织数', '覆盖企业数'],
      ['铁西区', 2050, 1990, 1960],
      ['和平区', 1500, 1200, 1100],
    ];
    const layout = readLayout(sheetFromRows('表', grid), lexicon);
    expect(layout.headerRows).toEqual([0]);
    expect(layout.regionRows).toEqual([1, 2]);
  });
});

describe('readLayout: tables stacked on one sheet', () => {
  const enterprises: CellInput[][] = [
    ['表1 各区企业党组织覆盖情况'],
    ['地区', '企业数（家）', '覆盖企业数（家）', '覆盖率（%）'],
    ['甲区', 300, 240, 80.0],
    ['乙区', 200, 150, 75.0],
    ['合计', 500, 390, 78.0],
  ];

  it('ends the table where another starts under a header of its own, after a blank row and its title', () => {
    const grid: CellInput[][] = [
      ...enterprises,
      [],
      ['表2 各区社会组织党组织覆盖情况'],
      ['地区', '社会组织数（个）', '党员数（人）', '覆盖率（%）'],
      ['甲区', 40, 120, 50.0],
    ];
    const layout = readLayout(sheetFromRows('两表', grid), lexicon);
    expect(layout.nextTable).toBe(6);
    expect(layout.regionRows).toEqual([2, 3]);
    expect(layout.totalRows.map((t) => t.row)).toEqual([4]);
  });

  it('goes on over a repeated header, a region that reported nothing, and a rule under the figures', () => {
    const repeated: CellInput[][] = [
      ...enterprises,
      [],
      ['地区', '企业数（家）', '覆盖企业数（家）', '覆盖率（%）'],
      ['丙区', 100, 60, 60.0],
    ];
    const unreported: CellInput[][] = [
      enterprises[1],
      ['甲区', 300, 240, 80.0],
      [],
      ['丙区', '未填报', '未填报', '未填报'],
      ['丁区', 200, 150, 75.0],
    ];
    const ruled: CellInput[][] = [
      ...enterprises.slice(1, 4),
      [],
      [null, '=====', '=====', '====='],
      ['合计', 500, 390, 78.0],
    ];
    for (const grid of [repeated, unreported, ruled])
      expect(readLayout(sheetFromRows('一表', grid), lexicon).nextTable).toBeUndefined();
  });
});

import { caseFindings, describeCaseBook, errorSuspects, writeCaseBook, type CaseSheet } from './helpers/case-book';

/**
 * Issue 9, case 3: partial lists. Only some regions are listed (the first marked `#` or 其中, or a label header
 * saying 主要/其中): the total is not their sum, and each part is at most the whole. Each sheet is checked clean and
 * with one planted figure, which must be the only suspect.
 */

const HEADER = ['地区', '企业数（家）', '覆盖企业数（家）', '党组织覆盖率（%）'];

const sheets: CaseSheet[] = [
  {
    // Three of the city's districts, the first marked `#`: a district typed larger than the city is found.
    name: '井号部分',
    rows: [HEADER, ['全市', 1000, 700, 70.0], ['#甲区', 120, 84, 70.0], ['乙区', 95, 76, 80.0], ['丙区', 60, 39, 65.0]],
    plant: { address: 'B3', value: 1200 },
  },
  {
    // The same with the districts indented under the marked first one, as yearbooks print them.
    name: '井号缩进',
    rows: [
      HEADER,
      ['全市', 1000, 700, 70.0],
      ['  # 甲区', 120, 84, 70.0],
      ['    乙区', 95, 76, 80.0],
      ['    丙区', 60, 39, 65.0],
    ],
    plant: { address: 'C5', value: 930 },
  },
  {
    name: '其中行',
    rows: [
      HEADER,
      ['全市', 1000, 700, 70.0],
      ['其中：甲区', 120, 84, 70.0],
      ['乙区', 95, 76, 80.0],
      ['丙区', 60, 39, 65.0],
    ],
    plant: { address: 'B4', value: 1150 },
  },
  {
    // The label header says the list is of the main districts only: the total row is not their sum.
    name: '主要区县',
    rows: [
      ['主要区县', '企业数（家）', '覆盖企业数（家）', '党组织覆盖率（%）'],
      ['合计', 1000, 700, 70.0],
      ['甲区', 120, 84, 70.0],
      ['乙区', 95, 76, 80.0],
      ['丙区', 60, 39, 65.0],
    ],
    plant: { address: 'B5', value: 6000 },
  },
  {
    // A partial list at the bottom, under a total that sums the rows above it.
    name: '合计在下',
    rows: [
      HEADER,
      ['甲区', 120, 84, 70.0],
      ['乙区', 95, 76, 80.0],
      ['丙区', 60, 39, 65.0],
      ['合计', 275, 199, 72.4],
      ['其中：甲区', 120, 84, 70.0],
    ],
    plant: { address: 'C3', value: 67 },
  },
  {
    // Not partial: a 其中 row under the total at the top, then the towns, which add up to it. Before, the towns were read
    // as more 其中 parts (a warning on every row, and the total never checked).
    name: '其中后为成员',
    rows: [
      HEADER,
      ['全县', 275, 199, 72.4],
      ['其中：规模以上企业', 40, 36, 90.0],
      ['甲镇', 120, 84, 70.0],
      ['乙镇', 95, 76, 80.0],
      ['丙镇', 60, 39, 65.0],
    ],
    plant: { address: 'B2', value: 285 },
  },
  {
    // A city beside its province and the nation, as bulletins compare them: no mark, but the 全国 row exceeds the sum of
    // the rows under it in every column, so they are levels, each within it, not its parts. Before, two errors.
    name: '对比全国',
    rows: [
      ['地区', '地区生产总值（亿元）', '年末常住人口（万人）', '一般公共预算收入（亿元）'],
      ['全国', 1349084.0, 140828.0, 219202.0],
      ['安徽省', 50625.0, 6123.0, 3939.0],
      ['合肥市', 13507.7, 1000.2, 942.3],
    ],
    plant: { address: 'B3', value: 5062500.0 },
  },
  {
    // A header of the label column's name and a date (`指标 | 2024年末`): before, read as a date line, and the sheet,
    // with no header left, was not checked at all.
    name: '年末表头',
    rows: [
      ['年末常住人口'],
      [null, '单位：人'],
      ['指标', '2024年末'],
      ['年末常住人口', 10002227],
      ['其中：城镇人口', 8512336],
      ['\u3000\u3000\u3000乡村人口', 1489891],
    ],
    plant: { address: 'B5', value: 10512336 },
  },
];

describe('case 3: partial lists', () => {
  describeCaseBook('部分列举', sheets);
});

describe('a column after a 其中 column that exceeds the whole', () => {
  // 户籍人口 after 其中：城镇人口 under 常住人口 reads as one more part, but it passes the whole where people leave: a
  // figure of its own. Before, errors wherever 户籍人口 > 常住人口; a wrong 城镇人口 is still found.
  const population: CaseSheet = {
    name: '常住与户籍',
    rows: [
      ['地区', '常住人口（万人）', '其中：城镇人口（万人）', '户籍人口（万人）'],
      ['长丰县', 78.66, 45.21, 79.34],
      ['肥东县', 83.41, 40.05, 107.22],
      ['肥西县', 92.27, 58.63, 87.6],
      ['庐江县', 88.31, 42.1, 120.55],
    ],
    plant: { address: 'C3', value: 84.05 },
  };

  it('reads it as a figure of its own', async () => {
    const clean = await caseFindings(await writeCaseBook('常住与户籍', [population], false));
    expect(clean.filter((f) => f.severity !== 'info')).toEqual([]);
    const planted = await caseFindings(await writeCaseBook('常住与户籍', [population], true));
    expect(planted.map((f) => [f.ruleId, f.cells.filter((c) => c.suspect).map((c) => c.address)])).toEqual([
      ['part-not-above-whole', ['C3']],
    ]);
  });
});

describe('其中 columns that overlap', () => {
  // Attributes of one member, not a breakdown: their sum passes the whole on every row, which the figures show. Before,
  // a warning on every row. A breakdown whose sum passes its whole on one row of four is still warned about.
  const members = (typedRow: number, over: boolean): CaseSheet => ({
    name: over ? '正式预备' : '党员结构',
    rows: [
      [
        '乡镇',
        '党员总数（名）',
        over ? '其中：正式党员' : '其中：女党员',
        over ? '预备党员' : '35岁及以下',
        ...(over ? [] : ['大专及以上']),
      ],
      ...[
        ['城关镇', 120, 46, 38, 70],
        ['东关街道', 96, 40, 30, 51],
        ['南关街道', 80, 33, 25, 44],
        ['北关镇', 64, 21, 22, 30],
      ].map(([town, total, a, b, c], i) =>
        over
          ? [town, total, i === typedRow ? Number(total) - 2 : Number(total) - 5, i === typedRow ? 9 : 5]
          : [town, total, a, b, c],
      ),
    ],
    plant: { address: 'B2', value: 120 },
  });

  it('warns of no sum of parts that passes the whole on most rows, and still of one that does so on one row', async () => {
    const findings = await caseFindings(await writeCaseBook('其中重叠', [members(-1, false), members(1, true)], false));
    const warned = (sheet: string) =>
      findings.filter((f) => f.sheet === sheet && f.ruleId === 'parts-sum-within-whole').map((f) => f.cells[0].address);
    expect(warned('党员结构')).toEqual([]);
    expect(warned('正式预备')).toEqual(['B3']);
  });

  it('warns of none that passes it on two rows of nine either (round 13’s 一肩挑 and 女书记, attributes of one post)', async () => {
    const towns: [string, number, number, number][] = [
      ['城关镇', 21, 21, 2],
      ['东关街道', 18, 15, 2],
      ['南关街道', 16, 12, 3],
      ['北关镇', 25, 24, 4],
      ['石桥镇', 22, 18, 1],
      ['柳河镇', 19, 14, 2],
      ['青山乡', 14, 13, 2],
      ['白沙乡', 17, 12, 3],
      ['马坊镇', 20, 16, 2],
    ];
    const sheet: CaseSheet = {
      name: '书记配备',
      rows: [['乡镇', '村党组织书记（名）', '其中：“一肩挑”', '其中：女书记'], ...towns],
      plant: { address: 'B2', value: 21 },
    };
    const findings = await caseFindings(await writeCaseBook('一肩挑', [sheet], false));
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

describe('two 其中 breakdowns of one whole', () => {
  // 其中：城镇人口 / 乡村人口, then 其中：男性 / 女性: each 其中 starts a breakdown of its own. Before, the four were summed
  // as one breakdown and warned of as twice the whole.
  const population = (rural: number): CaseSheet => ({
    name: rural === 1489891 ? '两组其中' : '两组其中有误',
    rows: [
      ['年末常住人口'],
      ['指标', '年末数（人）'],
      ['年末常住人口', 10002227],
      ['\u3000其中：城镇人口', 8512336],
      ['\u3000\u3000\u3000乡村人口', rural],
      ['\u3000其中：男性', 5123456],
      ['\u3000\u3000\u3000女性', 4878771],
    ],
    plant: { address: 'B5', value: rural },
  });

  it('checks each breakdown alone: nothing on the clean sheet, a warning where 城镇 and 乡村 pass the whole', async () => {
    const findings = await caseFindings(
      await writeCaseBook('两组其中', [population(1489891), population(1589891)], false),
    );
    const flagged = (sheet: string) =>
      findings
        .filter((f) => f.sheet === sheet && f.severity !== 'info')
        .map((f) => `${f.ruleId} ${f.cells[0].address}`);
    expect(flagged('两组其中')).toEqual([]);
    expect(flagged('两组其中有误')).toEqual(['parts-sum-within-whole B3']);
  });
});

describe('其中 rows where figures do not add up', () => {
  // From a helper's clean yearbook sheets: before, a part above its whole or parts above their sum in each.
  const sheets: CaseSheet[] = [
    {
      // A change column: the unlisted taxes rose by 3.85, so 增值税 rose by more than the whole.
      name: '增减',
      rows: [
        ['单位：亿元'],
        ['项目', '2023年', '2024年', '比上年增减'],
        ['税收收入', 204.62, 204.18, -0.44],
        ['其中：增值税', 80.11, 85.36, 5.25],
        ['企业所得税', 40.52, 36.1, -4.42],
      ],
      plant: { address: 'B4', value: 80.11 },
    },
    {
      // An average price per square metre: a part's price may pass the whole's.
      name: '均价',
      rows: [
        ['项目', '销售面积（万平方米）', '销售额（亿元）', '平均销售价格（元/平方米）'],
        ['商品房', 1286.43, 1128.65, 8774],
        ['其中：住宅', 1104.27, 987.41, 8942],
        ['办公楼', 42.18, 58.36, 13836],
      ],
      plant: { address: 'B3', value: 1104.27 },
    },
    {
      // Per-head income: the whole is a mean of its parts, not their sum.
      name: '人均',
      rows: [
        ['单位：元'],
        ['指标', '2023年', '2024年'],
        ['全体居民人均可支配收入', 44180, 46045],
        ['其中：城镇居民', 52418, 54306],
        ['农村居民', 26874, 28691],
      ],
      plant: { address: 'B4', value: 52418 },
    },
  ];

  it('checks no part against its whole in a change or average column, nor under a per-head row', async () => {
    const findings = await caseFindings(await writeCaseBook('不可加其中', sheets, false));
    expect(findings.filter((f) => f.severity !== 'info').map((f) => `${f.sheet} ${f.ruleId}`)).toEqual([]);
  });
});

describe('a 其中 row typed at the indent of the components above it', () => {
  // From a helper's yearbook sheets: 其中：私人汽车 under 载客/载货/其他汽车, at their indent, is a part of the
  // whole they add up to (民用汽车保有量), not of the last component. Before, 私人汽车不应大于其他汽车.
  const sheets: CaseSheet[] = [
    {
      name: '同级其中缩进',
      rows: [
        ['单位：万辆'],
        ['指标', '2023年', '2024年'],
        ['民用汽车保有量', 215.3, 228.77],
        ['  载客汽车', 180.12, 192.4],
        ['  载货汽车', 33.98, 35.1],
        ['  其他汽车', 1.2, 1.27],
        ['  其中：私人汽车', 170.55, 181.3],
      ],
      plant: { address: 'C7', value: 240.5 },
    },
    {
      // Unindented, the sums say the same: 重工业 and 轻工业 add up to 规模以上工业, and 私营企业 fits only under it.
      name: '同级其中无缩进',
      rows: [
        ['指标', '工业增加值（亿元）', '企业数（个）'],
        ['规模以上工业', 1520.4, 2150],
        ['重工业', 910.2, 1030],
        ['轻工业', 610.2, 1120],
        ['其中：私营企业', 702.3, 1650],
      ],
      plant: { address: 'C5', value: 2260 },
    },
    {
      // Shallower than the last component (round 7's month-cumulative table): 其中：限额以上 under 按经营地分：城镇 and
      // its continuation 乡村, typed deeper, is a part of 社会消费品零售总额. Before, 限额以上不应大于乡村 in every month.
      name: '浅于末项的其中',
      rows: [
        ['指　标', '1-2月', '1-3月'],
        ['社会消费品零售总额', 1644.91, 2390.15],
        ['　按经营地分：城镇', 1434.95, 2078.54],
        ['　　　　　　　乡村', 209.96, 311.61],
        ['　其中：限额以上单位消费品零售额', 674.41, 979.96],
      ],
      plant: { address: 'C5', value: 2479.96 },
    },
  ];

  it('compares the 其中 row with the whole: nothing on the clean sheets, the planted part found', async () => {
    const suspects = async (planted: boolean) => {
      const findings = await caseFindings(await writeCaseBook('同级其中', sheets, planted));
      return findings
        .filter((f) => f.severity !== 'info')
        .map(
          (f) =>
            `${f.sheet} ${f.ruleId} ${f.cells
              .filter((c) => c.suspect)
              .map((c) => c.address)
              .join(',')}`,
        );
    };
    expect(await suspects(false)).toEqual([]);
    expect(await suspects(true)).toEqual([
      '同级其中缩进 part-not-above-whole C7',
      '同级其中无缩进 part-not-above-whole C5',
      '浅于末项的其中 part-not-above-whole C5',
    ]);
  });
});

describe('a total over several breakdowns of itself', () => {
  // From a helper's yearbook sheets: 总计 and then each breakdown of it, one after another. Read as one list, the
  // total was the sum of all of them (`总计：单位数应为 2700，表中为 900`); each breakdown is now summed alone.
  const sheets: CaseSheet[] = [
    {
      // Round 12's t30: 国有控股 and 股份制 overlap (as the table's note says), so 按登记注册类型分 passes 总计 in every
      // column; 按企业规模分 adds up, and alone is checked. Before, 总计 was blamed in every column.
      name: '交叉分组',
      rows: [
        ['分组', '企业单位数（个）', '营业收入（亿元）', '利润总额（亿元）'],
        ['总计', 2000, 9647.57, 742.86],
        ['按登记注册类型分'],
        ['\u3000国有控股企业', 88, 427.37, 32.6],
        ['\u3000股份制企业', 1712, 8360.5, 628.48],
        ['\u3000私营企业', 1366, 6283.98, 482.53],
        ['按企业规模分'],
        ['\u3000大型企业', 41, 144.87, 9.27],
        ['\u3000中型企业', 262, 1125.19, 76.29],
        ['\u3000小型企业', 1580, 8022.05, 636.76],
        ['\u3000微型企业', 117, 355.47, 20.54],
        ['注：国有控股企业与股份制企业等分组有交叉，各项之和不等于总计。'],
      ],
      plant: { address: 'D2', value: 794.86 },
    },
    {
      // Each breakdown under a row naming it; the plant is a member of the second.
      name: '分组标题行',
      rows: [
        ['指标', '单位数（个）', '从业人员（人）'],
        ['总计', 900, 45000],
        ['按登记注册类型分'],
        ['\u3000内资企业', 700, 35000],
        ['\u3000港澳台商投资企业', 120, 6000],
        ['\u3000外商投资企业', 80, 4000],
        ['按企业规模分'],
        ['\u3000大型企业', 50, 20000],
        ['\u3000中型企业', 250, 15000],
        ['\u3000小型企业', 600, 10000],
      ],
      plant: { address: 'C9', value: 16500 },
    },
    {
      // Five-year age groups, a blank row, then the three broad ones; the plant is the total.
      name: '年龄组',
      rows: [
        ['年龄组', '合计（人）', '男（人）', '女（人）'],
        ['总计', 10000, 5100, 4900],
        ['0—14岁', 1500, 800, 700],
        ['15—29岁', 2500, 1300, 1200],
        ['30—44岁', 2600, 1320, 1280],
        ['45—64岁', 2300, 1150, 1150],
        ['65岁及以上', 1100, 530, 570],
        [],
        ['三大年龄组'],
        ['0—14岁', 1500, 800, 700],
        ['15—64岁', 7400, 3770, 3630],
        ['65岁及以上', 1100, 530, 570],
      ],
      plant: { address: 'B2', value: 10700 },
    },
    {
      // The breakdowns' names merged down a column of their own, nothing between them: the sums tell them apart.
      name: '分组名合并',
      rows: [
        ['分组', '项目', '机构数（个）', '人员数（人）'],
        ['总计', null, 650, 5200],
        ['按城乡分', '城市', 400, 3600],
        [null, '农村', 250, 1600],
        ['按类型分', '医院', 100, 3000],
        [null, '基层医疗卫生机构', 500, 1800],
        [null, '其他机构', 50, 400],
      ],
      merges: ['A3:A4', 'A5:A7'],
      plant: { address: 'D6', value: 1926 },
    },
  ];

  it('checks the total against each breakdown: nothing on the clean sheets, each plant found in its breakdown', async () => {
    const errors = async (planted: boolean) =>
      (await caseFindings(await writeCaseBook('多组分项', sheets, planted))).filter((f) => f.severity === 'error');
    expect(await errors(false)).toEqual([]);
    const found = await errors(true);
    // A member typed wrong fails in its breakdown alone, and no other figure tells which member it is: none is the
    // suspect (before, the first by address was, though the plant was another); a total typed wrong fails in each
    // breakdown and is the suspect.
    expect(found.map((f) => `${f.sheet} ${f.ruleId} ${f.cells.map((c) => c.address).join(' ')}`)).toEqual([
      '交叉分组 total-row-sum D2 D8 D9 D10 D11',
      '分组标题行 total-row-sum C2 C8 C9 C10',
      '年龄组 total-row-sum B2 B3 B4 B5 B6 B7',
      '年龄组 total-row-sum B2 B10 B11 B12',
      '分组名合并 total-row-sum D2 D5 D6 D7',
    ]);
    expect(errorSuspects(found, '年龄组')).toEqual(['B2']);
    expect(errorSuspects(found, '交叉分组')).toEqual(['D2']);
    expect(errorSuspects(found, '分组标题行')).toEqual([]);
    expect(errorSuspects(found, '分组名合并')).toEqual([]);
  });
});

describe('a total over a member whose figure is not shown', () => {
  // From a helper's yearbook sheets: a withheld figure (X) is in its total, and a district new this year (— in 2023)
  // adds its whole figure to the total's change. Before, 采矿业：工业总产值应为 408715（C4 + C5） and 全市：增减量应为
  // 13406. Such a column's total is not checked; the others are.
  const sheets: CaseSheet[] = [
    {
      name: '保密数据',
      rows: [
        ['行业', '企业单位数（个）', '工业总产值（万元）'],
        ['总计', 60, 600000],
        ['采矿业', 45, 437327],
        ['\u3000煤炭开采和洗选业', 43, 408715],
        ['\u3000非金属矿采选业', 2, 'X'],
        ['制造业', 15, 162673],
        ['\u3000农副食品加工业', 10, 100000],
        ['\u3000食品制造业', 5, 62673],
      ],
      plant: { address: 'B2', value: 66 },
    },
    {
      name: '新设区',
      rows: [
        ['单位：户'],
        ['地区', '2023年', '2024年', '增减量'],
        ['全市', 294858, 314086, 19228],
        ['东城区', 42666, 48182, 5516],
        ['西城区', 58343, 61502, 3159],
        ['南湖区', 193849, 198580, 4731],
        ['临空经济区', '—', 5822, '—'],
      ],
      plant: { address: 'C3', value: 316086 },
    },
  ];

  it('leaves that column unchecked: nothing on the clean sheets, a plant in another column found', async () => {
    const errors = async (planted: boolean) =>
      (await caseFindings(await writeCaseBook('未显示分项', sheets, planted)))
        .filter((f) => f.severity === 'error')
        .map((f) => `${f.sheet} ${f.ruleId} ${f.cells[0].address}`);
    expect(await errors(false)).toEqual([]);
    expect(await errors(true)).toEqual([
      '保密数据 total-row-sum B2',
      '新设区 total-row-sum C3',
      '新设区 inferred/difference C3',
    ]);
  });
});

describe('其中 columns, each followed by its share', () => {
  // From a helper's party-organisation sheet: `发展党员数 | 其中：女性 | 占比（%） | 其中：35岁及以下 | 占比（%）`.
  // Each 其中 is a part of the count, not of the share before it; before, 占比应为 173.8%（94 ÷ 54.1） on every row.
  const rows = (share35: number) => [
    ['县（市、区）', '发展党员数（名）', '其中：女性', '占比（%）', '其中：35岁及以下', '占比（%）'],
    ['张家港市', 172, 93, 54.1, 94, 54.7],
    ['常熟市', 144, 45, 31.3, 97, 67.4],
    ['太仓市', 112, 37, 33.0, 57, share35],
    ['昆山市', 175, 69, 39.4, 125, 71.4],
    ['全市', 603, 244, 40.5, 373, 61.9],
  ];
  const sheet: CaseSheet = { name: '其中与占比', rows: rows(50.9), plant: { address: 'F4', value: 54.5 } };

  it('takes the count as each part’s whole: nothing on the clean sheet, the planted share found', async () => {
    const errors = async (planted: boolean) =>
      (await caseFindings(await writeCaseBook('其中与占比', [sheet], planted)))
        .filter((f) => f.severity !== 'info')
        .map((f) => `${f.ruleId} ${f.cells.map((c) => c.address).join(' ')}`);
    expect(await errors(false)).toEqual([]);
    expect(await errors(true)).toEqual(['share-of-base F4 E4 B4']);
  });
});

describe('parts and rates the headers place wrongly, the figures rightly', () => {
  // From the fourth round of helpers' clean sheets, each a false alarm before.
  const sheets: CaseSheet[] = [
    {
      // A header ending in a bare % under `单位：万元` is a rate: before, 合计：决算数为预算数%应为 202.1.
      name: '裸百分号',
      rows: [
        ['单位：万元'],
        ['项目', '决算数', '决算数为预算数%', '比上年增长%'],
        ['合计', 3000, 101.6, 5.2],
        ['税收收入', 2200, 102.3, 6.1],
        ['非税收入', 800, 99.8, 2.8],
      ],
      plant: { address: 'B3', value: 3100 },
    },
    {
      // A row of rates (完成率（%）) under columns in 名: before, 完成率应为非负整数 on every such row.
      name: '完成率行',
      rows: [
        ['县（区）', '项目', '培养党员（名）', '推荐进入管理层（名）'],
        ['平城区', '年度目标', 7, 36],
        [null, '完成数', 4, 25],
        [null, '完成率（%）', 57.1, 69.4],
        ['云冈区', '年度目标', 45, 19],
        [null, '完成数', 53, 16],
        [null, '完成率（%）', 117.8, 84.2],
      ],
      plant: { address: 'C3', value: 4.5 },
    },
    {
      // 其中：女党员 after a complete breakdown of 党员总数 is a part of the total: before, 女党员不应大于社会组织党员.
      name: '其中在分项后',
      rows: [
        ['地区', '党员总数（名）', '非公企业党员（名）', '社会组织党员（名）', '其中：女党员（名）', '女党员占比（%）'],
        ['甲区', 950, 842, 108, 400, 42.1],
        ['乙区', 700, 500, 200, 300, 42.9],
        ['丙区', 520, 300, 220, 250, 48.1],
        ['合计', 2170, 1642, 528, 950, 43.8],
      ],
      plant: { address: 'E3', value: 750 },
    },
    {
      // The column after 其中：社会团体 is the rate's count, not one more part: before, a warning where the two passed
      // the whole (社会团体、党组织覆盖数之和为 349，超过社会组织数 267).
      name: '其中后为覆盖数',
      rows: [
        ['乡镇', '社会组织数', '其中：社会团体', '党组织覆盖数', '覆盖率（%）'],
        ['甲镇', 267, 89, 260, 97.4],
        ['乙镇', 150, 60, 80, 53.3],
        ['丙镇', 120, 50, 60, 50.0],
        ['合计', 537, 199, 400, 74.5],
      ],
      plant: { address: 'B5', value: 547 },
    },
  ];

  it('reads them by their figures: nothing on the clean sheets, each plant found and blamed', async () => {
    const findings = async (planted: boolean) =>
      (await caseFindings(await writeCaseBook('图表定位', sheets, planted))).filter((f) => f.severity !== 'info');
    expect((await findings(false)).map((f) => `${f.sheet} ${f.ruleId} ${f.cells[0].address}`)).toEqual([]);
    const planted = await findings(true);
    for (const sheet of sheets)
      expect([sheet.name, errorSuspects(planted, sheet.name)]).toEqual([sheet.name, [sheet.plant.address]]);
  });
});

describe('breakdowns and parts the fifth round of helpers’ sheets placed', () => {
  const sheets: CaseSheet[] = [
    {
      // 医院 broken down twice, each under a heading of its own, within 总计: before, 总计 was read as the sum of 医院,
      // the headings' rows and the rest (总计：机构数应为 96).
      name: '医院两种分组',
      rows: [
        ['机构类别', '机构数（个）', '床位数（张）'],
        ['总计', 628, 20445],
        ['医院', 96, 14648],
        ['\u3000按经济类型分'],
        ['\u3000\u3000公立医院', 61, 9233],
        ['\u3000\u3000民营医院', 35, 5415],
        ['\u3000按医院等级分'],
        ['\u3000\u3000三级医院', 34, 3216],
        ['\u3000\u3000二级医院', 21, 2405],
        ['\u3000\u3000其他医院', 41, 9027],
        ['基层医疗卫生机构', 522, 5581],
        ['专业公共卫生机构', 10, 216],
      ],
      plant: { address: 'C3', value: 16113 },
    },
    {
      // A 其中 group repeating the group before it: each column a part of its namesake (企业数 of 企业数), not of the
      // column before the group; before, 企业数不应大于联合党组织覆盖企业数（155 > 150）.
      name: '其中规上',
      rows: [
        ['县（区）', '全部非公有制企业', null, null, null, '其中：规模以上企业', null, null, null],
        [
          null,
          '企业数',
          '单独建立党组织企业数',
          '联合党组织覆盖企业数',
          '覆盖率（%）',
          '企业数',
          '单独建立党组织企业数',
          '联合党组织覆盖企业数',
          '覆盖率（%）',
        ],
        ['泽源县', 4558, 269, 1113, 30.3, 100, 31, 37, 68.0],
        ['丰谷县', 1381, 85, 150, 17.0, 155, 75, 13, 56.8],
        ['禾丰区', 2374, 182, 537, 30.3, 152, 65, 50, 75.7],
        ['合计', 8313, 536, 1800, 28.1, 407, 171, 100, 66.6],
      ],
      merges: ['A1:A2', 'B1:E1', 'F1:I1'],
      plant: { address: 'F6', value: 436 },
    },
    {
      // A change in points under the same header as the changes in counts beside it: before, inference summed it down
      // the rows (合计 = 沅陵县 至 通道县之和，按此应为 19.6，表中为 2.0). Vocabulary: 百分点 is a rate word.
      name: '百分点增减',
      rows: [
        ['县', '企业数', '比上年增减（家）', '覆盖企业数', '比上年增减（家）', '覆盖率（%）', '比上年增减（百分点）'],
        ['沅陵县', 420, 12, 160, 10, 38.1, 1.3],
        ['辰溪县', 310, -5, 120, 4, 38.7, 1.9],
        ['溆浦县', 505, 20, 230, 15, 45.5, 1.2],
        ['麻阳县', 280, 8, 90, 6, 32.1, 1.2],
        ['通道县', 150, 3, 70, 5, 46.7, 2.5],
        ['合计', 1665, 38, 670, 40, 40.2, 1.5],
      ],
      plant: { address: 'D7', value: 700 },
    },
  ];

  it('reads them as the figures say: nothing on the clean sheets, each plant found and blamed', async () => {
    const findings = async (planted: boolean) =>
      (await caseFindings(await writeCaseBook('第五轮', sheets, planted))).filter((f) => f.severity !== 'info');
    expect((await findings(false)).map((f) => `${f.sheet} ${f.ruleId} ${f.cells[0].address}`)).toEqual([]);
    const planted = await findings(true);
    for (const sheet of sheets)
      expect([sheet.name, errorSuspects(planted, sheet.name)]).toEqual([sheet.name, [sheet.plant.address]]);
  });
});

describe('a 其中 under a part of another 其中', () => {
  // Round 7's age table: under 其中：0-14岁 | 15-59岁 | 60岁及以上, a deeper 其中：65岁及以上 | 80岁及以上 is a breakdown
  // of 60岁及以上, the part above it. Before, it was taken for a part of the last age group (85岁及以上): 9 findings.
  describeCaseBook('其中之其中', [
    {
      name: '年龄',
      rows: [
        ['年　龄', '合　计', '男', '女'],
        ['总　计', 900, 460, 440],
        ['0-14岁', 150, 78, 72],
        ['15-59岁', 540, 280, 260],
        ['60-64岁', 50, 24, 26],
        ['65-79岁', 120, 58, 62],
        ['80岁及以上', 40, 20, 20],
        ['其中：0-14岁', 150, 78, 72],
        ['　　　15-59岁', 540, 280, 260],
        ['　　　60岁及以上', 210, 102, 108],
        ['　　　　其中：65岁及以上', 160, 78, 82],
        ['　　　　　　　80岁及以上', 40, 20, 20],
      ],
      plant: { address: 'C11', value: 118 },
    },
  ]);
});

describe('a period’s figure after a 其中 column', () => {
  // Round 7's quarterly report: 本季度新建 | 其中：行业协会商会 | 本年累计新建 | 上年同期累计 | 同比增长（%）. Before,
  // 本年累计新建 was read as one more part of 本季度新建, and the parts' sum passed the whole on four rows.
  const sheet: CaseSheet = {
    name: '一季度',
    rows: [
      [
        '县（市、区）',
        '本季度新建（个）',
        '其中：行业协会商会（个）',
        '本年累计新建（个）',
        '上年同期累计（个）',
        '同比增长（%）',
      ],
      ['全市', 29, 8, 29, 62, -53.2],
      ['康池县', 0, 0, 0, 4, -100.0],
      ['长桥区', 2, 1, 2, 10, -80.0],
      ['临门县', 8, 2, 8, 0, '—'],
      ['双江区', 6, 5, 6, 0, '—'],
      ['荷峰县', 0, 0, 0, 9, -100.0],
      ['岳坪县', 7, 0, 7, 8, -12.5],
      ['沙宁县', 4, 0, 4, 23, -82.6],
      ['阳水县', 2, 0, 2, 8, -75.0],
      ['红亭县', 0, 0, 0, 0, '—'],
    ],
    plant: { address: 'C6', value: 7 },
  };

  it('gives no warning on the clean sheet, and finds the planted part', async () => {
    const clean = await caseFindings(await writeCaseBook('其中后的时期列', [sheet], false));
    expect(clean.filter((f) => f.severity !== 'info')).toEqual([]);
    const planted = await caseFindings(await writeCaseBook('其中后的时期列', [sheet], true));
    expect(errorSuspects(planted, sheet.name)).toEqual(['C6']);
  });
});

describe('a row already counted in another, without a 其中 mark', () => {
  // Round 7: 宁水高新技术产业园区, its note 已含在宁水县数据中, among the counties; 全市 leaves it out. Before, 全市 was said
  // to be short of the counties by the park's figures in every column.
  describeCaseBook('已含在内', [
    {
      name: '社会组织',
      rows: [
        ['地区', '社会组织数（个）', '已建立党组织的社会组织数（个）', '党建工作指导员数（个）', '备注'],
        ['永泉县', 541, 191, 45, '含新划入2个乡镇'],
        ['宁水县', 250, 87, 29, null],
        ['宁水高新技术产业园区', 75, 26, 8, '已含在宁水县数据中，不重复统计'],
        ['黛定县', 245, 112, 45, null],
        ['荷台区', 256, 76, 5, null],
        ['阳城县', 279, 67, 54, null],
        ['永水县', 156, 67, 7, null],
        ['鹤源经济技术开发区', 166, 43, 42, '市直管，单列统计'],
        ['全市', 1893, 643, 227, '不含高新技术产业园区'],
      ],
      plant: { address: 'C10', value: 683 },
    },
    {
      // Round 19's 48: two zones after the districts, one a 新区 (no zone word), named by the note under the table.
      name: '两个园区',
      rows: [
        ['地区', '地区生产总值（亿元）', '第二产业增加值（亿元）'],
        ['全市', 1068.04, 439.2],
        ['城关区', 307.9, 196.48],
        ['东城区', 327.85, 71.36],
        ['南山县', 307.9, 132.11],
        ['北岭县', 124.39, 39.25],
        ['经济技术开发区', 99.94, 32.04],
        ['滨江新区', 57.77, 24.97],
        ['注：经济技术开发区、滨江新区数据已分别包含在所在区县中。'],
      ],
      plant: { address: 'C2', value: 449.2 },
    },
    {
      // Round 19's 71: one column, a zone marked ① after the districts. A total short of one district is still found.
      name: '单列',
      rows: [
        ['地区', '企业单位数（个）'],
        ['全市', 6889],
        ['城关区', 2211],
        ['东城区', 926],
        ['西湖区', 1409],
        ['南山县', 2343],
        ['高新区①', 242],
        ['①高新区数据已包含在城关区、东城区中，不计入全市合计。'],
      ],
      plant: { address: 'B2', value: 4546 },
    },
  ]);
});

describe('a whole of its own after a 其中 column', () => {
  // Round 8's county form (reviewer folder 14): 非公企业数 | 其中：规模以上企业 | 覆盖企业数 | 单独建立党组织企业数 |
  // 联合党组织覆盖企业数. 覆盖企业数 is 单独 + 联合 on every row: a whole of its own, not one more category of 非公企业数,
  // whose 其中 parts then passed it on 石桥镇 (3 + 33 + 11 > 44) and raised a warning.
  const sheet: CaseSheet = {
    name: '统计表',
    rows: [
      [
        '乡镇（街道）',
        '非公企业数',
        '其中：规模以上企业',
        '覆盖企业数',
        '单独建立党组织企业数',
        '联合党组织覆盖企业数',
        '党组织覆盖率（%）',
      ],
      ['三里镇', 85, 11, 27, 14, 13, { v: 31.8, numFmt: '0.0' }],
      ['石桥镇', 44, 3, 33, 11, 22, { v: 75.0, numFmt: '0.0' }],
      ['北关街道', 135, 25, 24, 13, 11, { v: 17.8, numFmt: '0.0' }],
      ['南湖街道', 60, 8, 18, 10, 8, { v: 30.0, numFmt: '0.0' }],
      ['合计', 324, 47, 102, 48, 54, { v: 31.5, numFmt: '0.0' }],
    ],
    plant: { address: 'D6', value: 25 },
  };
  describeCaseBook('其中后的另一总数', [sheet]);

  test('no warning either', async () => {
    const found = await caseFindings(await writeCaseBook('其中后的另一总数', [sheet], false));
    expect(found).toEqual([]);
  });
});

describe('a 其中 column after a breakdown that adds up on every row but one', () => {
  // Round 12’s 59 and 05: 男 + 女 = 党员数 on every row, so 其中：35岁及以下 is of 党员数, not of 女 (one county has
  // more young members than women: no finding); 非公企业 + 社会组织 = 示范点总数 after another breakdown by 级别.
  const members: [string, number, number, number][] = [
    ['东湖区', 2644, 1650, 1287],
    ['西塘区', 4001, 2658, 2051],
    ['南岸区', 1433, 1021, 816],
    ['宁远县', 3029, 1975, 1398],
    ['永丰县', 4657, 2033, 2275],
  ];
  const memberRow = ([name, men, women, young]: (typeof members)[number]) => [name, men + women, men, women, young];
  const memberTotal = members.reduce<(typeof members)[number]>(
    (t, m) => ['全市', t[1] + m[1], t[2] + m[2], t[3] + m[3]],
    ['全市', 0, 0, 0],
  );
  const sites: [string, number, number, number, number, number, number][] = [
    ['江城区', 1, 8, 14, 17, 6, 8],
    ['江北区', 2, 5, 6, 7, 6, 1],
    ['青山县', 3, 6, 16, 17, 8, 3],
    ['石桥县', 2, 3, 7, 9, 3, 1],
    ['云岭县', 2, 7, 20, 19, 10, 3],
  ];
  const siteRow = ([name, ...f]: (typeof sites)[number]) => [name, f[0] + f[1] + f[2], ...f];
  const siteTotal = sites.reduce<(typeof sites)[number]>(
    (t, s) => ['合计', ...t.slice(1).map((v, i) => (v as number) + (s[i + 1] as number))] as (typeof sites)[number],
    ['合计', 0, 0, 0, 0, 0, 0],
  );
  describeCaseBook('分项之后的其中', [
    {
      name: '党员',
      rows: [
        ['县（市、区）', '党员数', '男', '女', '其中：35岁及以下'],
        ...members.map(memberRow),
        memberRow(memberTotal),
      ],
      plant: { address: 'B7', value: 25109 },
    },
    {
      name: '示范点',
      rows: [
        ['县（市、区）', '示范点总数', '按级别分', null, null, '按类型分', null, '其中：本年新增'],
        [null, null, '省级', '市级', '县级', '非公企业', '社会组织', null],
        ...sites.map(siteRow),
        siteRow(siteTotal),
      ],
      merges: ['C1:E1', 'F1:G1', 'A1:A2', 'B1:B2', 'H1:H2'],
      plant: { address: 'G8', value: 41 },
    },
  ]);
});

describe('a 其中 column after a difference', () => {
  // Round 12's 24: 净增加 (期末 − 期初) is no whole of 其中：新建联合党组织 (of 本期新建, which the header does not say),
  // nor is that 其中 column of the next. Before: 新建联合党组织不应大于净增加（5 > -10）, on five rows.
  const areas: [string, number, number, number, number, number][] = [
    ['江城区', 113, 6, 16, 5, 4],
    ['江北区', 282, 12, 19, 2, 0],
    ['滨湖区', 298, 24, 6, 7, 0],
    ['青山县', 380, 30, 6, 12, 5],
    ['石桥县', 419, 16, 23, 12, 4],
    ['安平县', 91, 15, 7, 15, 1],
  ];
  const row = ([name, start, added, removed, joint, closed]: (typeof areas)[number]) => [
    name,
    start,
    added,
    removed,
    start + added - removed,
    added - removed,
    joint,
    closed,
  ];
  const total = areas.reduce<(typeof areas)[number]>(
    (t, a) => ['合计', t[1] + a[1], t[2] + a[2], t[3] + a[3], t[4] + a[4], t[5] + a[5]],
    ['合计', 0, 0, 0, 0, 0],
  );
  describeCaseBook('差额之后的其中', [
    {
      name: '增减变动',
      rows: [
        [
          '地区',
          '期初党组织数',
          '本期新建',
          '本期撤销',
          '期末党组织数',
          '净增加',
          '其中：新建联合党组织',
          '其中：因企业注销撤销',
        ],
        ...areas.map(row),
        row(total),
      ],
      plant: { address: 'E8', value: 1685 },
    },
  ]);
});

describe('其中 rows under a total typed in one column only', () => {
  // Round 17: 合计 | 其中：非公有制企业 | 社会组织 (党员数 only) | the towns. Inference read 合计 as the sum of the 其中
  // rows and the towns, held where the 其中 rows are blank, and blamed 党员数. Before: 按此应为 5520，表中为 2760.
  describeCaseBook('单列其中行', [
    {
      name: '党员数',
      rows: [
        ['单位', '党员数（名）', '女党员（名）', '35岁及以下（名）', '女党员占比（%）'],
        ['合计', 1880, 401, 280, 21.3],
        ['其中：非公有制企业', 1100],
        ['　　　社会组织', 780],
        ['城关镇', 210, 40, 13, 19.0],
        ['东关街道', 454, 137, 79, 30.2],
        ['西关街道', 484, 65, 91, 13.4],
        ['南湖镇', 274, 9, 60, 3.3],
        ['北山乡', 458, 150, 37, 32.8],
      ],
      plant: { address: 'C2', value: 411 },
    },
  ]);
});

describe('其中 rows in another unit than their whole', () => {
  // Round 17's exports by commodity: 机电产品 in 亿元, 其中：手机 in 万台 and 汽车 in 辆 (by the 计量单位 column) are no
  // amounts of it. Before: 手机不应大于出口（2349.2 > 1077.3）, and a warning on their sum.
  describeCaseBook('异单位其中行', [
    {
      name: '主要商品',
      rows: [
        ['商品名称', '计量单位', '出口', '比上年增长（%）'],
        ['机电产品', '亿元', 1077.3, -9.9],
        ['　其中：手机', '万台', 2349.2, 13.7],
        ['　　　　汽车', '辆', 31904, -8.4],
        ['劳动密集型产品', '亿元', 396.5, 2.7],
        ['　其中：服装及衣着附件', '亿元', 109, 17.7],
        ['　　　　纺织纱线、织物及其制品', '亿元', 73.9, -9.8],
      ],
      plant: { address: 'C6', value: 409 },
    },
    {
      // Round 18's k02: the units in the labels' brackets. 旅游外汇收入（万美元） is converted before it counts in 旅游总收入
      // （亿元）. Before: 旅游外汇收入（万美元）不应大于2025年（343.80 > 92.81）.
      name: '旅游',
      rows: [
        ['旅游业发展情况'],
        ['指　标', '2025年', '比上年增长（%）'],
        ['接待国内游客（万人次）', 1346.1, 15.3],
        ['接待入境游客（人次）', 28542, 9.7],
        ['　其中：外国人', 15698, 10],
        ['　　　　香港同胞', 5708, 8],
        ['　　　　澳门同胞', 1427, 5],
        ['　　　　台湾同胞', 5709, 12],
        ['旅游总收入（亿元）', 92.81, 6.5],
        ['　其中：国内旅游收入（亿元）', 92.57, 3.2],
        ['　　　　旅游外汇收入（万美元）', 343.8, 11.9],
        ['注：旅游外汇收入按当年平均汇率折算计入旅游总收入。'],
      ],
      plant: { address: 'B5', value: 35698 },
    },
  ]);
});

describe('a 其中 column after columns of another unit', () => {
  // Round 16's wide employment table: 年末从业人员（人） by ownership, then 平均工资（元） by ownership, then 其中：女性（人）,
  // of the head count far to its left. An average in 元 is no whole of it. Before: 女性不应大于平均工资/其他单位.
  describeCaseBook('异单位之后的其中', [
    {
      name: '就业工资',
      rows: [
        ['行业', '年末从业人员（人）', null, null, '平均工资（元）', null, null, '其中：女性（人）'],
        [null, '合计', '国有单位', '其他单位', '合计', '国有单位', '其他单位', null],
        ['合计', 309655, 85315, 224340, 103457, 111386, 100440, 164030],
        ['农、林、牧、渔业', 70480, 6265, 64215, 105342, 129856, 102949, 25770],
        ['采矿业', 46580, 28210, 18370, 82786, 78225, 89790, 19770],
        ['制造业', 116845, 42630, 74215, 93503, 104824, 87001, 59260],
        ['建筑业', 75750, 8210, 67540, 131048, 135021, 130565, 59230],
      ],
      plant: { address: 'C3', value: 85415 },
    },
  ]);
});

describe('其中 rows as bulletins type them (round 12’s t01 and t07)', () => {
  const sheets: CaseSheet[] = [
    {
      // An unindented 其中 after indented components is of the unindented row above (社会消费品零售总额), not of the
      // last component (餐饮收入). Before: 限额以上单位消费品零售额不应大于餐饮收入（407.46 > 114.29）.
      name: '社零',
      rows: [
        ['指    标', '绝对数（亿元）', '比上年增长（%）'],
        ['社会消费品零售总额', 993.8, 5.4],
        ['\u3000按经营地分'],
        ['\u3000\u3000城镇', 830.86, 5.1],
        ['\u3000\u3000乡村', 162.94, 6.8],
        ['\u3000按消费类型分'],
        ['\u3000\u3000商品零售', 879.51, 5],
        ['\u3000\u3000餐饮收入', 114.29, 8.2],
        ['其中：限额以上单位消费品零售额', 407.46, 5.2],
      ],
      plant: { address: 'B9', value: 1007.46 },
    },
    {
      // 中长期贷款 under 其中：短期贷款, typed short of its name, continues that list (of 住户贷款); 企（事）业单位贷款,
      // aligned with 住户贷款, is the next of 各项贷款's. Before: their sum passed 各项贷款余额 (a warning).
      name: '贷款',
      rows: [
        ['指标', '年末余额（亿元）', '比年初增加（亿元）'],
        ['各项贷款余额', 6992.49, 483.42],
        ['\u3000其中：住户贷款', 2703.06, 62.81],
        ['\u3000\u3000\u3000\u3000其中：短期贷款', 812.4, 22.35],
        ['\u3000\u3000\u3000\u3000\u3000\u3000中长期贷款', 1890.66, 40.46],
        ['\u3000\u3000\u3000\u3000企（事）业单位贷款', 4277.13, 419.11],
        ['\u3000\u3000\u3000\u3000其中：短期贷款', 1120.33, 108.43],
        ['\u3000\u3000\u3000\u3000\u3000\u3000中长期贷款', 2855.1, 364.38],
        ['\u3000\u3000\u3000\u3000\u3000\u3000票据融资', 301.7, -53.7],
      ],
      plant: { address: 'B6', value: 7277.13 },
    },
    {
      // Round 15's bulletin: #65周岁及以上, deeper than 60周岁及以上, is its part, as a nested 其中 is; before, it was a
      // fourth age group, and the four passed 年末常住人口 (a warning).
      name: '人口构成',
      rows: [
        ['指标', '年末数（万人）', '比重（%）'],
        ['年末常住人口', 509.76, 100],
        ['  其中：城镇', 274.4, 53.83],
        ['        乡村', 235.36, 46.17],
        ['  其中：0－15岁（含不满16周岁）', 98.01, 19.23],
        ['        16－59岁（含不满60周岁）', 298.8, 58.62],
        ['        60周岁及以上', 112.95, 22.16],
        ['          #65周岁及以上', 86.56, 16.98],
      ],
      plant: { address: 'B2', value: 259.76 },
    },
    {
      // Round 15's budget report: 其中：民生支出, indented under 其他支出 at the foot but past it in every column, is a
      // memo line of the total the items add up to. Before: 民生支出不应大于其他支出, in three columns.
      name: '财政支出',
      rows: [
        ['科目', '本月数', '累计数', '上年同期累计', '累计增长（%）', '占支出比重（%）'],
        ['一般公共预算支出合计', 211935, 1888084, 1856531, 1.7, 100],
        ['一般公共服务支出', 20893, 133995, 145005, -7.6, 7.1],
        ['公共安全支出', 5205, 55672, 56198, -0.9, 2.9],
        ['教育支出', 10082, 92907, 77698, 19.6, 4.9],
        ['科学技术支出', 11651, 80156, 80309, -0.2, 4.2],
        ['文化旅游体育与传媒支出', 14724, 121409, 121313, 0.1, 6.4],
        ['社会保障和就业支出', 7754, 93622, 87909, 6.5, 5],
        ['卫生健康支出', 31389, 278571, 317512, -12.3, 14.8],
        ['节能环保支出', 21515, 263656, 276298, -4.6, 14],
        ['城乡社区支出', 19632, 233734, 194908, 19.9, 12.4],
        ['农林水支出', 13805, 141304, 118137, 19.6, 7.5],
        ['交通运输支出', 16810, 114569, 122786, -6.7, 6.1],
        ['住房保障支出', 12801, 67267, 63710, 5.6, 3.6],
        ['其他支出', 25674, 211222, 194748, 8.5, 11.2],
        ['  其中：民生支出', 62026, 532367, 546829, -2.6, 28.2],
      ],
      plant: { address: 'C14', value: 251222 },
    },
  ];
  describeCaseBook('公报其中', sheets);

  test('no warning either on the clean sheets', async () => {
    const findings = await caseFindings(await writeCaseBook('公报其中', sheets, false));
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

describe('a title naming only the main ones', () => {
  // Round 18's w07: 主要A级景区接待情况 lists four of the county's scenic spots under a total of all of them (注：合计含其他
  // A级景区). The title says the list is partial, as a label header 主要… does: the total is not their sum, each is at most
  // the whole. Before: 全县A级景区合计：接待游客（人次）应为 2390371（SUM(B4:B7)），表中为 2659041.
  describeCaseBook('主要景区', [
    {
      name: '主要景区',
      rows: [
        ['主要A级景区接待情况'],
        ['景　区', '接待游客（人次）', '门票收入（万元）'],
        ['全县A级景区合计', 2659041, 20061],
        ['龙山景区', 843538, 8832],
        ['白云湖', 376997, 3488],
        ['古城墙', 694914, 1149],
        ['温泉度假区', 474922, 4316],
        ['注：合计含其他A级景区，本表仅列主要景区。'],
      ],
      plant: { address: 'B4', value: 2843538 },
    },
  ]);
});

describe('a 其中 row after the whole list', () => {
  // Round 25 (/tmp/round25-ind): 其中：高新技术产业开发区 after a province's last county, 其中：“一带一路”沿线国家 after
  // 其他国家和地区 at the foot of a list with continents as subtotals. Each is a part of the total, not of the row above
  // it: it passes that row in every column. Before, part-not-above-whole fired on each of its cells.
  const counties: [string, number, number][] = Array.from({ length: 24 }, (_, i) => [
    `${'甲乙丙丁戊己庚辛壬癸'[i % 10]}${i + 1}县`,
    40 + ((i * 37) % 53),
    900 + ((i * 7919) % 613),
  ]);
  const provinceTotal = counties.reduce((sum, row) => [sum[0] + row[1], sum[1] + row[2]], [0, 0]);
  const countries: Record<string, [string, number, number][]> = {
    亚洲: [
      ['日本', 712, 388],
      ['韩国', 531, 176],
      ['越南', 402, 95],
    ],
    欧洲: [
      ['德国', 623, 301],
      ['法国', 287, 142],
    ],
  };
  const tradeRows: (string | number)[][] = [];
  const tradeTotal = [300, 200];
  for (const [continent, list] of Object.entries(countries)) {
    const sub = list.reduce((sum, row) => [sum[0] + row[1], sum[1] + row[2]], [0, 0]);
    tradeRows.push([continent, ...sub], ...list);
    tradeTotal[0] += sub[0];
    tradeTotal[1] += sub[1];
  }
  describeCaseBook('其中在末', [
    {
      name: '各县',
      rows: [
        ['各县（市、区）规模以上工业企业'],
        ['地区', '企业单位数（个）', '从业人员（人）'],
        ['全省', ...provinceTotal],
        ...counties,
        ['其中：高新技术产业开发区', 310, 5120],
      ],
      plant: { address: 'B28', value: 9310 },
    },
    {
      name: '分国别',
      rows: [
        ['进出口分国别（地区）'],
        ['国家和地区', '出口（万美元）', '进口（万美元）'],
        ['总计', ...tradeTotal],
        ...tradeRows,
        ['其他国家和地区', 300, 200],
        ['其中：“一带一路”沿线国家', 1402, 711],
      ],
      plant: { address: 'C12', value: 1711 },
    },
  ]);
});

describe('其中 parts naming attributes of two kinds (round 27)', () => {
  // Round 27's party-member tables (/tmp/round27-b): 女党员 | 少数民族党员 | 35岁及以下 | 大专及以上学历 under one 其中 are
  // attributes of sex, ethnicity, age and education; a member may have several, so their sum may pass 党员总数 (城关镇:
  // 2214 against 2209). The vocabulary's attributeKinds says so. Before: a parts-sum-within-whole warning. A part over
  // its whole is still found.
  const towns: [string, number, number, number, number, number][] = [
    ['城关镇', 2209, 690, 88, 380, 1056],
    ['河口镇', 973, 195, 26, 227, 425],
    ['青山乡', 530, 177, 14, 73, 182],
    ['柳林镇', 520, 133, 21, 103, 203],
    ['石桥镇', 1143, 211, 64, 276, 242],
    ['白马乡', 1977, 552, 53, 322, 979],
  ];
  const sheets: CaseSheet[] = [
    {
      name: '党员队伍',
      rows: [
        ['各乡镇党员队伍基本情况'],
        ['单位', '党员总数', '其中', null, null, null],
        [null, null, '女党员', '少数民族党员', '35岁及以下', '大专及以上学历'],
        ['合计', 7352, 1958, 266, 1381, 3087],
        ...towns,
      ],
      merges: ['A2:A3', 'B2:B3', 'C2:F2'],
      plant: { address: 'F5', value: 2256 },
    },
    {
      name: '党员构成',
      rows: [
        ['全县党员队伍构成'],
        ['项目', '人数（名）', '占党员总数比例（%）'],
        ['党员总数', 25446, 100],
        ['  其中：女党员', 7399, 29.1],
        ['        少数民族党员', 681, 2.7],
        ['        35岁及以下', 6219, 24.4],
        ['        61岁及以上', 7033, 27.6],
        ['        大专及以上学历', 13765, 54.1],
      ],
      plant: { address: 'B8', value: 27765 },
    },
  ];
  describeCaseBook('属性重叠', sheets);

  test('no warning either on the clean sheets', async () => {
    const findings = await caseFindings(await writeCaseBook('属性重叠', sheets, false));
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

describe('a note saying the total is not the sum of the rows, and 其中 items typed under an item (round 27)', () => {
  // Round 27's finance and science tables (/tmp/round27-a). 注：本表仅列出主要行业，总计包括全部行业 and 各县之和不等于全市
  // (the vocabulary's partialListNotes): the total is not checked as the rows' sum. 短期贷款 | 中长期贷款 typed under
  // 住户贷款's name are its parts, not more parts of 各项贷款. Before: total-row-sum errors on 总计, and a
  // parts-sum-within-whole warning adding 各项贷款's grandchildren to its children.
  const sheets: CaseSheet[] = [
    {
      name: '分行业',
      rows: [
        ['规模以上工业企业科技活动情况（按行业分）'],
        ['行　业', '企业数（个）', 'R&D人员（人）'],
        ['总　计', 1686, 18486],
        ['农副食品加工业', 66, 773],
        ['纺织业', 112, 298],
        ['医药制造业', 137, 1222],
        ['通用设备制造业', 148, 3439],
        ['注：本表仅列出主要行业，总计包括全部行业。'],
      ],
      plant: { address: 'C6', value: 21222 },
    },
    {
      name: '存贷款',
      rows: [
        ['2023年末金融机构本外币存贷款余额'],
        [null, null, '单位：亿元、%'],
        ['项　目', '年末余额', '比年初增加'],
        ['各项贷款', 6113.1, 444.83],
        ['　其中：住户贷款', 2458.5, 64.6],
        ['　　　　　　短期贷款', 714.75, 43.65],
        ['　　　　　　中长期贷款', 1743.75, 20.96],
        ['　　　　企（事）业单位贷款', 3647.65, 380.02],
        ['　　　　　　短期贷款', 1039.63, 70.66],
        ['　　　　　　中长期贷款', 2428.85, 344.78],
        ['　　　　　　票据融资', 140.81, -37.62],
      ],
      plant: { address: 'B6', value: 2614.75 },
    },
  ];
  describeCaseBook('注释与缩进', sheets);

  test('no warning either on the clean sheets', async () => {
    const findings = await caseFindings(await writeCaseBook('注释与缩进', sheets, false));
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

describe('a 其中 row typed shallower than the row above it, and parts by ownership and by purpose (round 28)', () => {
  // Round 28's investment tables (/tmp/round28-b): 其中：民间投资 (one indent) after 第三产业 (two) is a part of
  // 固定资产投资, not of 第三产业; 民间投资 and 基础设施投资 are cuts by ownership and by purpose (the vocabulary's
  // attributeKinds), which overlap. Before: parts-sum-within-whole warnings on 第三产业 and on 固定资产投资.
  const sheets: CaseSheet[] = [
    {
      name: '投资构成',
      rows: [
        ['2023年固定资产投资主要指标'],
        ['指标', '投资额（亿元）', '比上年增长（%）'],
        ['固定资产投资', 1700.29, 4.2],
        ['　按产业分'],
        ['　　第一产业', 41.27, -12.4],
        ['　　第二产业', 538.61, 14.7],
        ['　　　其中：工业', 531.61, 15.1],
        ['　　第三产业', 1120.41, -0.6],
        ['　其中：民间投资', 801.35, -3.1],
        ['　　　　基础设施投资', 376.78, 6.9],
      ],
      plant: { address: 'B9', value: 1801.35 },
    },
    {
      name: '投资重叠',
      rows: [
        ['固定资产投资'],
        ['指标', '投资额（亿元）'],
        ['固定资产投资', 1700.29],
        ['其中：民间投资', 1101.35],
        ['　　　基础设施投资', 676.78],
      ],
      plant: { address: 'B4', value: 1801.35 },
    },
  ];
  describeCaseBook('投资', sheets);

  test('no warning either on the clean sheets', async () => {
    const findings = await caseFindings(await writeCaseBook('投资', sheets, false));
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

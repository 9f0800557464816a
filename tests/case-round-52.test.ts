import { caseFindings, describeCaseBook, writeCaseBook, type CaseRow, type CaseSheet } from './helpers/case-book';

/**
 * Issue 9, round 52 (/tmp/round52a and /tmp/round52b, written by outside testers who had not seen statlint): county
 * party-building workbooks and real-estate tables.
 * - 已建立党组织企业数 followed by its own 其中 (单独建立 | 联合建立) is the whole of those two, not one more part of
 *   企业数 beside 其中：规模以上: the three do not add up within 企业数.
 * - Types of social organisation as rows, 基金会 with 3 organisations and 0 in every other column: 社会团体 = 合计 −
 *   民办非企业单位 holds wherever 基金会 is 0, and at 组织数 the fuller 合计 = 社会团体 + 民办非企业单位 + 基金会 says why
 *   it does not.
 * - An average price a little off (the mean of the types' prices, 7427, for 279.78 亿元 ÷ 378.75 万平方米 = 7387): well
 *   within 1 % of the figure, far beyond the rounding of the figures it is worked out from.
 */
const enterprises: CaseRow[] = [
  ['清溪县非公有制企业党组织建设情况统计表'],
  [
    '填报单位：中共清溪县委组织部（两新工委）',
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    '填报日期：2024年3月31日',
  ],
  [
    '序号',
    '乡镇',
    '企业数（个）',
    '其中：规模以上',
    '已建立党组织企业数',
    '其中',
    null,
    '覆盖率%',
    '党员数（名）',
    '无党员企业数',
  ],
  [null, null, null, null, null, '单独建立', '联合建立'],
  [1, '城关镇', 60, 11, 43, 21, 22, 71.7, 143, 17],
  [2, '新市镇', 80, 4, 46, 19, 27, 57.5, 48, 32],
  [3, '龙泉乡', 114, 25, 102, 36, 66, 89.5, 376, 12],
  [4, '石桥镇', 158, 8, 96, 45, 51, 60.8, 218, 55],
  [5, '白沙乡', 128, 12, 94, 34, 60, 73.4, 143, 24],
  [6, '东坝镇', 31, 5, 24, 9, 15, 77.4, 86, 7],
  [null, '合计', 571, 65, 405, 164, 241, 70.9, 1014, 147],
  ['注：覆盖率=已建立党组织企业数÷企业数。'],
];
const enterpriseMerges = ['A1:J1', 'F3:G3', 'A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:E4', 'H3:H4', 'I3:I4', 'J3:J4'];

const organisationTypes: CaseRow[] = [
  ['清溪县社会组织党建工作基本情况'],
  [],
  ['类型', '组织数', '已建党组织', '其中', null, '覆盖率%', '党员数', '其中：专职工作人员党员'],
  [null, null, null, '单独组建', '联合组建'],
  ['合计', 145, 80, 15, 65, 55.2, 313, 253],
  ['社会团体', 100, 67, 13, 54, 67, 273, 251],
  ['民办非企业单位', 42, 13, 2, 11, 31, 40, 2],
  ['基金会', 3, 0, 0, 0, 0, 0, 0],
];
const typeMerges = ['A1:H1', 'D3:E3', 'A3:A4', 'B3:B4', 'C3:C4', 'F3:F4', 'G3:G4', 'H3:H4'];

const prices: CaseRow[] = [
  ['2024年商品房分类型销售情况'],
  ['类型', '销售面积（万平方米）', '销售额（亿元）', '平均价格（元/平方米）'],
  ['商品房', 378.75, 279.78, 7387],
  ['　住宅', 311.87, 239.09, 7667],
  ['　办公楼', 9.32, 8.84, 9479],
  ['　商业营业用房', 23.28, 23.73, 10196],
  ['　其他', 34.28, 8.11, 2366],
  ['注：“其他”主要为车位、储藏室等。'],
];

const sheets: CaseSheet[] = [
  { name: '非公企业', rows: enterprises, merges: enterpriseMerges, plant: { address: 'E7', value: 112 } },
  { name: '社会组织', rows: organisationTypes, merges: typeMerges, plant: { address: 'G5', value: 323 } },
  { name: '分类型', rows: prices, merges: ['A1:D1'], plant: { address: 'D3', value: 7427 } },
];

describe('round 52: party-building workbooks and real-estate prices', () => {
  describeCaseBook('县区', sheets);

  test('the clean sheets raise no warning either (单独建立 and 联合建立 are parts of 已建立党组织企业数)', async () => {
    const findings = await caseFindings(await writeCaseBook('县区', sheets, false));
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

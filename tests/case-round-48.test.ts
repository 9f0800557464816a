import { caseFindings, describeCaseBook, writeCaseBook, type CaseRow } from './helpers/case-book';

/**
 * Issue 9, round 48 (/tmp/round48a and /tmp/round48b, written by outside testers who had not seen statlint): a county
 * table in long form, each town's name merged down over its category rows and its 小计 last, the county's block at the
 * bottom closing with 合计; a yearbook table whose figures carry footnote marks (`67634①`, `45*`) its note explains; and
 * one with figures withheld (×), which its total holds.
 */

const towns: [string, number[], number[]][] = [
  ['城关镇', [58, 25, 43.1, 176, 25], [17, 10, 58.8, 42, 5]],
  ['东关街道', [34, 13, 38.2, 40, 15], [20, 8, 40, 62, 8]],
  ['西城街道', [14, 5, 35.7, 29, 8], [14, 10, 71.4, 43, 4]],
  ['龙泉镇', [41, 34, 82.9, 171, 13], [3, 2, 66.7, 10, 0]],
  ['石桥镇', [14, 10, 71.4, 46, 4], [12, 10, 83.3, 72, 7]],
];
const rate = (units: number, built: number) => Math.round((built / units) * 1000) / 10;
/** A block's rows: 非公有制企业, 社会组织 and their total, the rate of the total worked out from its counts. */
function block(name: string, firms: number[], orgs: number[], total: string): CaseRow[] {
  const sum = firms.map((v, i) => v + orgs[i]);
  sum[2] = rate(sum[0], sum[1]);
  return [
    [name, '非公有制企业', ...firms],
    [null, '社会组织', ...orgs],
    [null, total, ...sum],
  ];
}
const county = (i: number) => towns.reduce((sum, t) => sum + t[1][i], 0);
const countyOrgs = (i: number) => towns.reduce((sum, t) => sum + t[2][i], 0);
const countyFirms = [0, 1, 2, 3, 4].map(county);
const countyOrgRow = [0, 1, 2, 3, 4].map(countyOrgs);
countyFirms[2] = rate(countyFirms[0], countyFirms[1]);
countyOrgRow[2] = rate(countyOrgRow[0], countyOrgRow[1]);
const longForm: CaseRow[] = [
  ['2025年度“两新”组织党建工作情况统计表'],
  ['填报单位：中共临江县委组织部（盖章）', null, null, null, null, '填报时间：2025年12月31日'],
  ['单位：个、人、%'],
  [
    '乡镇（街道）',
    '类别',
    '单位数（个）',
    '已建立党组织数（个）',
    '覆盖率（%）',
    '党员数（人）',
    '选派党建指导员数（人）',
  ],
  ...towns.flatMap(([name, firms, orgs]) => block(name, firms, orgs, '小计')),
  ...block('全县合计', countyFirms, countyOrgRow, '合计'),
  [],
  ['注：1.覆盖率=已建立党组织数÷单位数×100%，保留一位小数；'],
];
const merges = ['A1:G1', ...towns.map((_, i) => `A${5 + 3 * i}:A${7 + 3 * i}`), 'A20:A22'];

const schools: CaseRow[] = [
  ['2023年各县区普通中小学基本情况'],
  ['县区', '学校数（所）', '在校学生数（人）', '专任教师数（人）'],
  ['城关区', 103, '67634①', 4711],
  ['七里河区', 61, 99694, 2045],
  ['西固区', 125, 26004, 8824],
  ['安宁区', '45*', 52012, 8251],
  ['红古区', 60, 57344, 2881],
  ['永登县', 88, 101742, 7685],
  ['皋兰县', 100, 106781, 2089],
  ['榆中县', 152, 68745, 9188],
  ['合计', 734, 579956, '45674②'],
  ['注：①含随迁子女在校生。②含兰州新区代管学校教师。*含教学点。'],
];

// Two industries' figures withheld (×): 总计 holds them, 2,163.2 亿元 beyond the others' 10,507.2.
const withheld: CaseRow[] = [
  ['2023年规模以上工业企业主要指标（按行业分）'],
  ['行业', '企业单位数（个）', '营业收入（亿元）'],
  ['总计', 1664, 12670.4],
  ['煤炭开采和洗选业', 545, 1870.8],
  ['石油和天然气开采业', 1, '×'],
  ['食品制造业', 405, 1069.1],
  ['酒、饮料和精制茶制造业', 438, 2483.7],
  ['烟草制品业', 2, '×'],
  ['化学原料和化学制品制造业', 273, 5083.6],
  ['注：“×”表示为保护调查对象隐私，部分数据不公布。'],
];

describe('round 48: a county table in long form, a yearbook table with footnote marks', () => {
  describeCaseBook('长表与注', [
    // 小计 under each town and 合计 under the county: one category, each town's total summed into the county's.
    { name: '分类汇总', rows: longForm, merges, plant: { address: 'G22', value: 90 } },
    // The marked figures are read as the numbers they are; 在校学生数 is checked with 67634① among its rows.
    { name: '教育', rows: schools, merges: ['A1:D1', 'A12:D12'], plant: { address: 'C11', value: 589956 } },
    // Below the figures shown, the total is wrong whatever the withheld ones are.
    { name: '规上工业', rows: withheld, merges: ['A1:C1'], plant: { address: 'C3', value: 10207.2 } },
  ]);

  test('marks a note explains raise nothing, not even a warning; an unexplained one is named a mark', async () => {
    const explained = await writeCaseBook(
      '注',
      [{ name: '教育', rows: schools, plant: { address: 'B3', value: 0 } }],
      false,
    );
    expect(await caseFindings(explained)).toEqual([]);
    const unexplained = schools.slice(0, -1);
    const path = await writeCaseBook(
      '无注',
      [{ name: '教育', rows: unexplained, plant: { address: 'B3', value: 0 } }],
      false,
    );
    const messages = (await caseFindings(path)).map((f) => `${f.severity} ${f.cells[0].address} ${f.message}`);
    expect(messages).toEqual([
      'warning C3 城关区：数字后带标注 ①（67634①），按 67634 参与核对；请确认该标注的含义',
      'warning B6 安宁区：数字后带标注 *（45*），按 45 参与核对；请确认该标注的含义',
      'warning D11 合计：数字后带标注 ②（45674②），按 45674 参与核对；请确认该标注的含义',
    ]);
  });
});

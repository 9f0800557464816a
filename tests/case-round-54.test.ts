import { readLayout } from '../src/core/layout';
import { mergeOf } from '../src/core/snapshot';
import { caseFindings, describeCaseBook, writeCaseBook, type CaseRow, type CaseSheet } from './helpers/case-book';
import { lexicon } from './helpers/lexicon';
import { sheetFromRows } from './helpers/sheet';

/**
 * Issue 9, round 54 (/tmp/round54a and /tmp/round54b, written by outside testers who had not seen statlint): forms as
 * reporting systems export them, and the annual party statistics forms.
 * - A sign-off line (单位负责人：… | 统计负责人：… | 填表人：… | 报出日期：…) after a blank row, under a table whose 合计
 *   is at the top, is no region: 合计 is not compared with it.
 * - The column numbers under the header (甲 | 乙 | 丙 | 1 | 2 | 3) are no figures: the growth column is checked.
 * - Categories numbered 一、 and 二、 head the rows typed as deep after them (按行业分： and the industries indented
 *   under 一、非公有制企业; 社会团体, 民办非企业单位 and 基金会 under 二、社会组织): 总计 sums 一、 and 二、 only. 民办医院,
 *   a part of 民办非企业单位 typed as its sibling, adds up nowhere and is in no total; a 填表说明 line is a note.
 */
const coverage: CaseRow[] = [
  ['非公有制企业和社会组织党组织覆盖情况统计表'],
  [null, null, null, null, null, null, '表号：党统6表'],
  ['填报单位（盖章）：中共XX县委组织部', null, null, null, null, null, '统计截止时间：2024年12月31日'],
  [
    '单位',
    '企业数（个）',
    '已建立党组织的企业数（个）',
    '企业党组织覆盖率（%）',
    '社会组织数（个）',
    '已建立党组织的社会组织数（个）',
    '社会组织党组织覆盖率（%）',
  ],
  ['甲', 1, 2, 3, 4, 5, 6],
  ['合计', 1024, 868, 84.8, 136, 108, 79.4],
  ['城关镇', 312, 268, 85.9, 46, 39, 84.8],
  ['东坝镇', 145, 121, 83.4, 22, 18, 81.8],
  ['西河乡', 38, 29, 76.3, 9, 6, 66.7],
  ['南山镇', 97, 80, 82.5, 17, 14, 82.4],
  ['北岭乡', 26, 17, 65.4, 5, 3, 60],
  ['石桥镇', 118, 99, 83.9, 14, 11, 78.6],
  ['青龙乡', 19, 12, 63.2, 4, 2, 50],
  ['柳树镇', 64, 51, 79.7, 11, 8, 72.7],
  ['经济开发区', 205, 191, 93.2, 8, 7, 87.5],
  [],
  ['单位负责人：张国强', null, '统计负责人：李红', null, '填表人：王丽', null, '报出日期：2025年1月10日'],
];

const industry: CaseRow[] = [
  ['规模以上工业企业主要经济指标'],
  [null, null, null, null, '表    号：', 'B103表'],
  [null, null, null, null, '有效期至：', '2025年12月'],
  [null, null, null, '2024年1-12月'],
  ['指标名称', '代码', '计量单位', '本年累计', '上年同期', '比上年同期增长（%）'],
  ['甲', '乙', '丙', 1, 2, 3],
  ['企业单位数', '01', '个', 128, 120, 6.7],
  ['其中：亏损企业', '02', '个', 23, 19, 21.1],
  ['营业收入', '03', '万元', 1856432.5, 1702215.8, 9.1],
  ['其中：主营业务收入', '04', '万元', 1798120.3, 1650432.1, 8.9],
  ['营业成本', '05', '万元', 1583210.4, 1451876.2, 9],
  ['利润总额', '06', '万元', 98765.3, 91230.7, 8.3],
  ['亏损企业亏损额', '07', '万元', 12456.8, 9876.5, 26.1],
  ['应交增值税', '08', '万元', 45678.9, 42110.3, 8.5],
  ['资产总计', '09', '万元', 2456789.1, 2310456.4, 6.3],
  ['其中：流动资产合计', '10', '万元', 1123456.7, 1056789.2, 6.3],
  ['从业人员平均人数', '11', '人', 45612, 44890, 1.6],
  ['单位负责人：', '刘建军', '统计负责人：', '陈芳', '填表人：', '赵敏'],
];

const members: CaseRow[] = [
  ['非公有制企业和社会组织党员情况'],
  ['填报单位：中共某某县委组织部'],
  ['项目', '党员总数', '性别', null, '民族', null, '学历', null],
  [null, null, '男', '女', '汉族', '少数民族', '研究生', '大学本科及以下'],
  ['甲', 1, 2, 3, 4, 5, 6, 7],
  ['总计', 5610, 3846, 1764, 5430, 180, 178, 5432],
  ['一、非公有制企业', 4852, 3434, 1418, 4715, 137, 133, 4719],
  ['其中：规模以上企业', 2345, 1658, 687, 2276, 69, 70, 2275],
  ['按行业分：'],
  ['  制造业', 1058, 740, 318, 1040, 18, 20, 1038],
  ['  建筑业', 669, 458, 211, 669, null, 12, 657],
  ['  批发和零售业', 1148, 790, 358, 1120, 28, 30, 1118],
  ['  交通运输、仓储和邮政业', 254, 164, 90, 247, 7, 9, 245],
  ['  信息传输、软件和信息技术服务业', 712, 496, 216, 681, 31, 35, 677],
  ['  金融业', 1011, 786, 225, 958, 53, 27, 984],
  ['二、社会组织', 758, 412, 346, 715, 43, 45, 713],
  ['社会团体', 317, 193, 124, 306, 11, 20, 297],
  ['其中：行业协会商会', 145, 90, 55, 140, 5, 8, 137],
  ['民办非企业单位', 402, 194, 208, 372, 30, 22, 380],
  ['其中：民办学校', 149, 71, 78, 139, 10, 9, 140],
  ['民办医院', 101, 48, 53, 93, 8, 6, 95],
  ['基金会', 39, 25, 14, 37, 2, 3, 36],
  [],
  ['填表说明：“其中”项不参与合计。'],
];
const memberMerges = ['A1:H1', 'C3:D3', 'E3:F3', 'G3:H3', 'A3:A4', 'B3:B4'];

const sheets: CaseSheet[] = [
  { name: '党组织覆盖', rows: coverage, merges: ['A1:G1'], plant: { address: 'B11', value: 107 } },
  { name: 'B103', rows: industry, merges: ['A1:F1'], plant: { address: 'F9', value: 19.1 } },
  { name: '党员情况', rows: members, merges: memberMerges, plant: { address: 'B10', value: 1068 } },
];

describe('round 54: exported forms and annual party statistics', () => {
  describeCaseBook('年报', sheets);

  test('the clean forms raise no warning either', async () => {
    const findings = await caseFindings(await writeCaseBook('年报', sheets, false));
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

test('总计 sums 一、 and 二、, the industries are under 一、 and the organisations under 二、, 民办医院 in no total', () => {
  const layout = readLayout(sheetFromRows('党员情况', members, memberMerges.map(mergeOf)), lexicon, 'zh-CN');
  const byRow = (row: number) => layout.totalRows.find((t) => t.row === row)?.members;
  // Rows are 0-based: 总计 5, 一、 6, 按行业分 8 (no figures), the industries 9–14, 二、 15, 民办医院 20.
  expect(byRow(5)).toEqual([6, 8, 15]);
  expect(byRow(6)).toEqual([9, 10, 11, 12, 13, 14]);
  expect(layout.totalRows.some((t) => t.members.includes(20))).toBe(false);
  expect(layout.noteRows).toContain(23);
});

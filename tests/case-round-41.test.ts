import { describeCaseBook, type CaseRow } from './helpers/case-book';

/**
 * Issue 9, round 41 (/tmp/round41-b, written by an outside tester who had not seen statlint): a unit line that also
 * states the period (`单位：名    2024年1—12月`), whose columns are counts in 名, not in "名2024年1—12月"; and 党建工作指导员
 * counted as 合计 | 专职 | 兼职 under one heading, and 书记总数 before its age bands under 年龄结构: small counts whose
 * whole is their sum by what the header says.
 */

const recruits: CaseRow[] = [
  ['永和县两新组织发展党员工作情况统计表'],
  ['单位：名    2024年1—12月'],
  [
    '乡镇（街道）',
    '入党申请人（名）',
    '入党积极分子（名）',
    '发展对象（名）',
    '发展党员（预备党员）',
    null,
    null,
    null,
    null,
  ],
  [null, null, null, null, '人数', '其中：女性', '35岁及以下', '生产经营一线', '35岁及以下占比（%）'],
  ['城关镇', '80', 34, '30', 9, 1, 6, 8, 66.7],
  ['东关街道', 88, 16, 15, 1, '0', 1, 1, 100],
  ['西河镇', 39, 26, 23, 1, 1, 0, 0, '0.0'],
  ['南湖乡', '63', 6, '1', '0', 0, '0', 0, '—'],
  ['北山镇', 83, '6', 6, 0, 0, '0', '0', '—'],
  ['青石乡', 42, 18, 2, 1, 1, 0, '0', 0],
  ['桃源镇', '60', 7, 1, '1', 1, 0, 0, '0.0'],
  ['合计', 455, '113', '78', 13, 4, 7, '9', 53.8],
  ['填报单位：中共永和县委组织部', null, null, '填报人：李娜', null, null, null, null, '审核人：赵强'],
];

const guides: CaseRow[] = [
  ['永和县党建工作指导员选派情况统计表'],
  ['单位：家、名、%'],
  [
    '乡镇（街道）',
    '规上非公企业数（家）',
    '选派党建工作指导员（名）',
    null,
    null,
    '指导员覆盖企业（家）',
    '指导员覆盖率（%）',
  ],
  [null, null, '合计', '专职', '兼职', null, null],
  ['城关镇', 39, 15, 3, 12, 29, 74.4],
  ['东关街道', 32, 20, 9, 11, 27, 84.4],
  ['西河镇', 63, 11, 6, 5, 52, 82.5],
  ['南湖乡', 109, 18, 15, 3, 86, 78.9],
  ['北山镇', 16, 19, 12, 7, 11, 68.8],
  ['青石乡', 44, 3, 2, 1, 42, 95.5],
  ['桃源镇', 107, 15, 10, 5, 89, 83.2],
  ['柳林镇', 88, 2, 1, 1, 52, 59.1],
  ['马坊乡', 32, 20, 13, 7, 27, 84.4],
  ['石门镇', 79, 3, 1, 2, 56, 70.9],
  ['合计', 609, 126, 72, 54, 471, 77.3],
];

// 书记总数 and its age bands under 年龄结构, the total at the top: small counts that add up by the header.
const secretaries: CaseRow[] = [
  ['永和县两新组织党组织书记年龄结构统计表'],
  ['单位：名、%    截至2024年6月30日'],
  ['乡镇（街道）', '书记总数（名）', '年龄结构（名）', null, null, null, '占比（%）', null],
  [null, null, '35岁及以下', '36至45岁', '46至55岁', '56岁及以上', '35岁及以下', '56岁及以上'],
  ['合计', 334, 76, 93, 77, 88, 22.8, 26.3],
  ['城关镇', 12, 2, 3, 3, 4, 16.7, 33.3],
  ['东关街道', 24, 4, 6, 4, 10, 16.7, 41.7],
  ['西河镇', 41, 11, 8, 6, 16, 26.8, 39],
  ['南湖乡', 30, 7, 11, 6, 6, 23.3, 20],
  ['北山镇', 15, 3, 5, 3, 4, 20, 26.7],
  ['青石乡', 40, 9, 11, 9, 11, 22.5, 27.5],
  ['桃源镇', 51, 9, 10, 19, 13, 17.6, 25.5],
  ['柳林镇', 20, 4, 10, 4, 2, 20, 10],
  ['马坊乡', 45, 14, 10, 9, 12, 31.1, 26.7],
  ['石门镇', 56, 13, 19, 14, 10, 23.2, 17.9],
];

describe('round 41: a period on the unit line, small counts under their heading', () => {
  describeCaseBook('两新党建', [
    {
      name: '发展党员',
      rows: recruits,
      merges: ['A1:I1', 'A2:I2', 'A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:I3'],
      plant: { address: 'E12', value: 16 },
    },
    {
      name: '指导员',
      rows: guides,
      merges: ['A1:G1', 'A3:A4', 'B3:B4', 'C3:E3', 'F3:F4', 'G3:G4'],
      plant: { address: 'D10', value: 8 },
    },
    {
      name: '书记年龄',
      rows: secretaries,
      merges: ['A1:H1', 'A2:H2', 'A3:A4', 'B3:B4', 'C3:F3', 'G3:H3'],
      plant: { address: 'D11', value: 16 },
    },
  ]);
});

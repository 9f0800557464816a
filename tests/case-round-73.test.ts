import { describeCaseBook, type CaseSheet } from './helpers/case-book';

/**
 * Issue 9, round 73 (/tmp/round73a–b: trade unions and other mass organisations in non-public enterprises and social
 * organisations; post and telecommunications, written by outside testers who had not written statlint):
 * - 电话 names a column of telephone numbers, which no total adds; 移动电话用户 and 固定电话用户 are counts of users
 *   (万户) that add up like any other: their 市区 subtotal, their 其中 rows and their shares are checked.
 * - A district marked — in a column of additions (本季新增) added none; only in a change between periods (比上年增减)
 *   may it be a place new this year, its whole figure in the total's change.
 * - A difference its header names (2023年 | 2024年 | 比上年增减) is found where rows of no change (41 | 41 | 0) leave
 *   it few strong holds, as a change its header names is (round 55's 文化 case, which once found its plant only by
 *   reading the counts as rounded).
 */

// A city's districts under 市区, then its counties (/tmp/round73b p008).
const users: CaseSheet = {
  name: '表8',
  rows: [
    ['2021年各县（市、区）邮电通信主要指标'],
    ['Main Indicators of Post and Telecommunications by Region (2021)'],
    [
      '地区',
      '移动电话用户（万户）',
      '5G移动电话用户（万户）',
      '互联网宽带接入用户（万户）',
      '农村宽带接入用户（万户）',
      '5G基站数（个）',
    ],
    ['全市', 753.92, 341.05, 225.6, 65.03, 11464],
    ['市区', 433.82, 212.09, 128.81, 32.73, 6802],
    ['　荷塘区', 113.54, 38.16, 27.69, 5.46, 2219],
    ['　芦淞区', 25.79, 13.2, 7.86, 2.29, 440],
    ['　石峰区', 112.36, 59.2, 37.18, 12.68, 1331],
    ['　天元区', 24.7, 12.74, 11.47, 3.7, 684],
    ['　渌口区', 157.43, 88.79, 44.61, 8.6, 2128],
    ['醴陵市', 92.88, 41.95, 32.33, 13.31, 1231],
    ['攸县', 114.39, 45.34, 31.62, 11.53, 1022],
    ['茶陵县', 84.45, 27.87, 22, 4.6, 1924],
    ['炎陵县', 28.38, 13.8, 10.84, 2.86, 485],
  ],
  merges: ['A1:F1', 'A2:F2'],
  plant: { address: 'B5', value: 443.82 },
};

// Shares of the users of two years' table (/tmp/round73b p006).
const shares: CaseSheet = {
  name: '9-6',
  rows: [
    ['2023年各地移动电话用户'],
    [null, null, null, null, '单位：万户'],
    ['地区', '移动电话用户'],
    [null, '2022年', '2023年', '增长（%）', '比重（%）'],
    ['合计', 744.74, 890.39, 19.6, 100],
    ['濂溪区', 86.01, 101.64, 18.2, 11.4],
    ['浔阳区', 14.09, 16.37, 16.2, 1.8],
    ['柴桑区', 44.11, 48.78, 10.6, 5.5],
    ['武宁县', 25.72, 35.16, 36.7, 3.9],
    ['修水县', 53.21, 68.79, 29.3, 7.7],
    ['永修县', 52.58, 56.03, 6.6, 6.3],
    ['德安县', 24.3, 34.69, 42.8, 3.9],
    ['都昌县', 103.12, 127.98, 24.1, 14.4],
    ['湖口县', 143.59, 158.15, 10.1, 17.8],
    ['彭泽县', 84.04, 118.85, 41.4, 13.3],
    ['瑞昌市', 39.38, 44.08, 11.9, 5],
    ['共青城市', 41.9, 45.86, 9.5, 5.2],
    ['庐山市', 32.69, 34.01, 4, 3.8],
  ],
  merges: ['A1:E1', 'B3:E3', 'A3:A4'],
  plant: { address: 'E13', value: 17.5 },
};

// A quarter's new unions by county, one county with none marked — (/tmp/round73a p047).
const quarter: CaseSheet = {
  name: '表1',
  rows: [
    ['嘉兴市新建工会组织和发展会员情况（2024年4季度）'],
    ['填报单位（盖章）：嘉兴市妇联'],
    ['县（市、区）', '工会组织（个）', null, null, '工会会员（人）'],
    [null, '本季新增', '本年累计', '期末数', '本季新增', '本年累计', '期末数'],
    ['全市', 75, 308, 3360, 4658, 22430, 362819],
    ['诸暨市', 9, 45, 550, 7, 1985, 21277],
    ['浦江县', 21, 43, 802, 273, 412, 71116],
    ['嵊州市', 11, 33, 387, 1583, 5783, 64145],
    ['兰溪市', 5, 43, 81, 156, 1552, 48328],
    ['东阳市', 8, 25, 138, 1564, 3497, 65572],
    ['东城区', '—', 44, 604, 1064, 4406, 29001],
    ['城关区', 21, 75, 798, 11, 4795, 63380],
  ],
  merges: ['A1:G1', 'B3:D3', 'E3:G3', 'A3:A4'],
  plant: { address: 'B5', value: 57 },
};

describe('round 73: post and telecommunications', () => {
  describe('移动电话用户 under 市区 and the counties', () => describeCaseBook('用户', [users]));
  describe('shares of 移动电话用户', () => describeCaseBook('比重', [shares]));
});

describe('round 73: trade unions', () => {
  describe('a county marked — in 本季新增', () => describeCaseBook('本季新增', [quarter]));
});

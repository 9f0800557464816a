import { describeCaseBook, type CaseRow, type CaseSheet } from './helpers/case-book';

/**
 * Issue 9, round 57 (/tmp/round57b, written by an outside tester who had not seen statlint): population tables. A
 * column whose header names a difference (自然增长率 of 出生率 − 死亡率; 提高（百分点） of two years' rates: the
 * vocabulary's differenceWords) is what the table computed from the other two: a wrong one is blamed on it, not on
 * the 出生率 or the earlier year read as their sum.
 */
const births: CaseRow[] = [
  ['历年人口出生率、死亡率和自然增长率'],
  ['年份', '出生率（‰）', '死亡率（‰）', '自然增长率（‰）'],
  ['2014年', 7.5, 7.34, 0.15],
  ['2015年', 12.07, 6.27, 5.79],
  ['2016年', 10.8, 7.68, 3.12],
  ['2017年', 10.38, 6.86, 3.52],
  ['2018年', 5.2, 7.76, -2.56],
  ['2019年', 10.19, 6.23, 3.95],
  ['2020年', 5.92, 6.37, -0.45],
  ['2021年', 9.2, 7.26, 1.94],
  ['2022年', 5.53, 7.66, -2.13],
  ['2023年', 3.89, 7.47, -3.58],
  ['注：出生率、死亡率按年平均人口计算。'],
];

const urban: CaseRow[] = [
  ['各区县常住人口城镇化率'],
  ['单位：%'],
  ['地区', '2022年', '2023年', '提高（百分点）'],
  ['全市', 54.52, 55.36, 0.84],
  ['城东区', 82.96, 85.12, 2.16],
  ['城西区', 83.65, 84.7, 1.05],
  ['新港区', 90.14, 90.09, -0.05],
  ['平安县', 39.22, 40.26, 1.04],
  ['清河县', 48.15, 48.39, 0.24],
  ['石桥县', 48.66, 49.13, 0.47],
  ['龙泉县', 39, 39.32, 0.32],
  ['临江市', 35.99, 37.14, 1.15],
];

const sheets: CaseSheet[] = [
  { name: '出生死亡', rows: births, merges: ['A1:D1'], plant: { address: 'D8', value: 5.45 } },
  { name: '城镇化率', rows: urban, merges: ['A1:D1'], plant: { address: 'D11', value: 1.42 } },
];

describe('round 57: differences named by their headers', () => {
  describeCaseBook('人口', sheets);
});

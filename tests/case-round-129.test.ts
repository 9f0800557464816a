import { describeCaseBook, type CaseSheet } from './helpers/case-book';

/**
 * Issue 9, round 129 (written by outside testers who had not written statlint; the sheet below is theirs, copied from
 * /tmp/round129b, with the figures they generated). 129B, the monthly retail sales report (社会消费品零售总额 月报):
 * - 社会消费品零售总额 | 按经营地分 | 城镇 | 乡村 | 按消费类型分 | 商品零售 | 餐饮收入 | 其中：限额以上单位消费品零售额, all flush:
 *   the 其中 row passes 餐饮收入, the row above it, and is of the row the last breakdown (商品零售 + 餐饮收入, under its
 *   heading) adds up to, the total (6 clean books raised it, 129B probe_055).
 */
const ofWhichAfterBreakdowns: CaseSheet = {
  name: '主要指标',
  rows: [
    ['2024年1-9月社会消费品零售总额主要指标'],
    ['指标', '计量单位', '1-9月', '同比增长%'],
    [
      '社会消费品零售总额',
      '亿元',
      {
        v: 25927.13,
        numFmt: '0.00',
      },
      {
        v: 3.2,
        numFmt: '0.0',
      },
    ],
    ['按经营地分', '亿元'],
    [
      '城镇',
      '亿元',
      {
        v: 20810.78,
        numFmt: '0.00',
      },
      {
        v: 2.3,
        numFmt: '0.0',
      },
    ],
    [
      '乡村',
      '亿元',
      {
        v: 5116.35,
        numFmt: '0.00',
      },
      {
        v: 6.7,
        numFmt: '0.0',
      },
    ],
    ['按消费类型分', '亿元'],
    [
      '商品零售',
      '亿元',
      {
        v: 23493.72,
        numFmt: '0.00',
      },
      {
        v: 3.5,
        numFmt: '0.0',
      },
    ],
    [
      '餐饮收入',
      '亿元',
      {
        v: 2433.41,
        numFmt: '0.00',
      },
      {
        v: -0.3,
        numFmt: '0.0',
      },
    ],
    [
      '其中：限额以上单位消费品零售额',
      '亿元',
      {
        v: 13174.57,
        numFmt: '0.00',
      },
      {
        v: 3.2,
        numFmt: '0.0',
      },
    ],
    [
      '网上零售额',
      '亿元',
      {
        v: 6024.61,
        numFmt: '0.00',
      },
      {
        v: 4.8,
        numFmt: '0.0',
      },
    ],
    [
      '实物商品网上零售额占社零总额比重',
      '%',
      {
        v: 23.24,
        numFmt: '0.00',
      },
    ],
  ],
  plant: {
    address: 'C10',
    value: 26927.13,
  },
};

describeCaseBook('round-129', [ofWhichAfterBreakdowns]);

import { describeCaseBook, type CaseSheet } from './helpers/case-book';

/**
 * Issue 9, round 122 (written by outside testers who had not written statlint; the sheet below is theirs, copied from
 * /tmp/round122b, with the figures they generated). 122B, urban utilities and sanitation (城市市政公用设施、市容环卫):
 * - 指标 | 计量单位 | 2022年 | 2023年 | 增减(%), 生活垃圾清运量 over a lone #无害化处理量 (107.55 | 107.50, then 121.93 |
 *   119.57): one row is its whole's only where the whole copies it, in all of three columns or more but one; here it is
 *   some of it, and 生活垃圾清运量 is no subtotal (122B h2_095).
 */
const loneMarkedPart: CaseSheet = {
  name: '市政公用设施',
  rows: [
    ['嘉禾市城市市政公用设施主要指标'],
    ['指标', '计量单位', '2022年', '2023年', '增减(%)'],
    [
      '供水综合生产能力',
      '万立方米/日',
      {
        v: 170.7,
        numFmt: '0.0',
      },
      {
        v: 175.5,
        numFmt: '0.0',
      },
      {
        v: 2.8,
        numFmt: '0.0',
      },
    ],
    [
      '供水总量',
      '万立方米',
      {
        v: 49914,
        numFmt: '0.0',
      },
      {
        v: 48041.2,
        numFmt: '0.0',
      },
      {
        v: -3.8,
        numFmt: '0.0',
      },
    ],
    [
      '#居民家庭用水量',
      '万立方米',
      {
        v: 18777.9,
        numFmt: '0.0',
      },
      {
        v: 21265.8,
        numFmt: '0.0',
      },
      {
        v: 13.2,
        numFmt: '0.0',
      },
    ],
    [
      '城区人口',
      '万人',
      {
        v: 278.63,
        numFmt: '0.00',
      },
      {
        v: 275.85,
        numFmt: '0.00',
      },
      {
        v: -1,
        numFmt: '0.0',
      },
    ],
    [
      '用水人口',
      '万人',
      {
        v: 267.75,
        numFmt: '0.00',
      },
      {
        v: 265.86,
        numFmt: '0.00',
      },
      {
        v: -0.7,
        numFmt: '0.0',
      },
    ],
    [
      '用水普及率',
      '%',
      {
        v: 96.1,
        numFmt: '0.0',
      },
      {
        v: 96.4,
        numFmt: '0.0',
      },
      {
        v: 0.3,
        numFmt: '0.0',
      },
    ],
    [
      '用气人口',
      '万人',
      {
        v: 250.79,
        numFmt: '0.00',
      },
      {
        v: 260.52,
        numFmt: '0.00',
      },
      {
        v: 3.9,
        numFmt: '0.0',
      },
    ],
    [
      '燃气普及率',
      '%',
      {
        v: 90,
        numFmt: '0.0',
      },
      {
        v: 94.4,
        numFmt: '0.0',
      },
      {
        v: 4.4,
        numFmt: '0.0',
      },
    ],
    [
      '集中供热面积',
      '万平方米',
      {
        v: 3674,
        numFmt: '0.0',
      },
      {
        v: 4061.2,
        numFmt: '0.0',
      },
      {
        v: 10.5,
        numFmt: '0.0',
      },
    ],
    [
      '污水处理厂',
      '座',
      {
        v: 29,
        numFmt: '0',
      },
      {
        v: 29,
        numFmt: '0',
      },
      {
        v: 0,
        numFmt: '0.0',
      },
    ],
    [
      '污水排放量',
      '万立方米',
      {
        v: 11278.8,
        numFmt: '0.0',
      },
      {
        v: 10900.4,
        numFmt: '0.0',
      },
      {
        v: -3.4,
        numFmt: '0.0',
      },
    ],
    [
      '污水处理量',
      '万立方米',
      {
        v: 10173.8,
        numFmt: '0.0',
      },
      {
        v: 10543.9,
        numFmt: '0.0',
      },
      {
        v: 3.6,
        numFmt: '0.0',
      },
    ],
    [
      '污水处理率',
      '%',
      {
        v: 90.2,
        numFmt: '0.0',
      },
      {
        v: 96.7,
        numFmt: '0.0',
      },
      {
        v: 6.5,
        numFmt: '0.0',
      },
    ],
    [
      '生活垃圾清运量',
      '万吨',
      {
        v: 107.55,
        numFmt: '0.00',
      },
      {
        v: 121.93,
        numFmt: '0.00',
      },
      {
        v: 13.4,
        numFmt: '0.0',
      },
    ],
    [
      '#无害化处理量',
      '万吨',
      {
        v: 107.5,
        numFmt: '0.00',
      },
      {
        v: 119.57,
        numFmt: '0.00',
      },
      {
        v: 11.2,
        numFmt: '0.0',
      },
    ],
    [
      '生活垃圾无害化处理率',
      '%',
      {
        v: 100,
        numFmt: '0.0',
      },
      {
        v: 98.1,
        numFmt: '0.0',
      },
      {
        v: -1.9,
        numFmt: '0.0',
      },
    ],
    [
      '道路长度',
      '公里',
      {
        v: 1714.5,
        numFmt: '0.0',
      },
      {
        v: 1937.9,
        numFmt: '0.0',
      },
      {
        v: 13,
        numFmt: '0.0',
      },
    ],
    [
      '道路面积',
      '万平方米',
      {
        v: 3758.9,
        numFmt: '0.0',
      },
      {
        v: 4266.4,
        numFmt: '0.0',
      },
      {
        v: 13.5,
        numFmt: '0.0',
      },
    ],
    [
      '人均道路面积',
      '平方米',
      {
        v: 13.49,
        numFmt: '0.00',
      },
      {
        v: 15.47,
        numFmt: '0.00',
      },
      {
        v: 14.7,
        numFmt: '0.0',
      },
    ],
    [],
    ['注：普及率、处理率的增长栏为增减百分点。'],
  ],
  merges: ['A1:E1'],
  plant: {
    address: 'E16',
    value: 23.4,
  },
};

describeCaseBook('round-122', [loneMarkedPart]);

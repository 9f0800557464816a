import { describeCaseBook, type CaseSheet } from './helpers/case-book';

/**
 * Issue 9, round 116 (written by outside testers who had not written statlint; the sheets below are theirs, copied
 * from /tmp/round116a, with the figures they generated). 116A, water resources and water conservancy (水利); 116B,
 * charity and volunteering, raised none:
 * - 全市合计 | 市区小计 | 其中：安乐区 |   泰乐区 |   山泉区 |   松阳区 | 安宁市 | 泰川县: the 其中 list adds up to 市区小计,
 *   so it is its districts, and the counties after it are the total's (116A h1_096).
 * - 指标 | 单位 over years, 水库 | 座 beside 工业用水 | 亿立方米: no ratio of a quantity in 亿立方米 over reservoirs × 100
 *   holds, whatever a few slow-moving years allow (116A x3_106).
 * - 指标 | 单位 | 2014年 | 2015年 | 2016年 | 2017 | 2018 | 2019: years typed as text and as numbers head the table (116A
 *   x3_093).
 * - 年降水总量 over 地表水资源量 | 地下水资源量 | 其中：重复计算量 | 水资源总量, adding up to them in 本年 alone: no total row
 *   by its figures (116A x3_092).
 */
const subtotalOverItsDistricts: CaseSheet = {
  name: '水资源量',
  rows: [
    ['2018年水资源量统计表'],
    ['单位：亿立方米'],
    [
      '地区',
      '年降水量',
      '地表水资源量',
      '地下水资源量',
      '重复计算量',
      '水资源总量',
      '常住人口（万人）',
      '人均水资源量（立方米/人）',
    ],
    [
      '全市合计',
      {
        v: 119.59,
        numFmt: '0.00',
      },
      {
        v: 59.01,
        numFmt: '0.00',
      },
      {
        v: 16.35,
        numFmt: '0.00',
      },
      {
        v: 14.04,
        numFmt: '0.00',
      },
      {
        v: 61.32,
        numFmt: '0.00',
      },
      {
        v: 341.62,
        numFmt: '0.00',
      },
      {
        v: 1795,
        numFmt: '0',
      },
    ],
    [
      '市区小计',
      {
        v: 101.32,
        numFmt: '0.00',
      },
      {
        v: 50.19,
        numFmt: '0.00',
      },
      '14.12',
      {
        v: 11.95,
        numFmt: '0.00',
      },
      {
        v: 52.36,
        numFmt: '0.00',
      },
      {
        v: 280.13,
        numFmt: '0.00',
      },
      {
        v: 1869,
        numFmt: '0',
      },
    ],
    [
      '其中：安乐区',
      {
        v: 55.02,
        numFmt: '0.00',
      },
      {
        v: 25.63,
        numFmt: '0.00',
      },
      {
        v: 7.2,
        numFmt: '0.00',
      },
      {
        v: 6.1,
        numFmt: '0.00',
      },
      {
        v: 26.73,
        numFmt: '0.00',
      },
      {
        v: 149.14,
        numFmt: '0.00',
      },
      {
        v: 1792,
        numFmt: '0',
      },
    ],
    [
      '  泰乐区',
      {
        v: 22.04,
        numFmt: '0.00',
      },
      {
        v: 11.93,
        numFmt: '0.00',
      },
      {
        v: 3.44,
        numFmt: '0.00',
      },
      {
        v: 2.85,
        numFmt: '0.00',
      },
      {
        v: 12.52,
        numFmt: '0.00',
      },
      {
        v: 56.93,
        numFmt: '0.00',
      },
      {
        v: 2199,
        numFmt: '0',
      },
    ],
    [
      '  山泉区',
      {
        v: 13.56,
        numFmt: '0.00',
      },
      {
        v: 7.23,
        numFmt: '0.00',
      },
      {
        v: 2.29,
        numFmt: '0.00',
      },
      {
        v: 1.92,
        numFmt: '0.00',
      },
      {
        v: 7.6,
        numFmt: '0.00',
      },
      {
        v: 51.65,
        numFmt: '0.00',
      },
      {
        v: 1471,
        numFmt: '0',
      },
    ],
    [
      '  松阳区',
      {
        v: 10.7,
        numFmt: '0.00',
      },
      {
        v: 5.4,
        numFmt: '0.00',
      },
      {
        v: 1.19,
        numFmt: '0.00',
      },
      {
        v: 1.08,
        numFmt: '0.00',
      },
      {
        v: 5.51,
        numFmt: '0.00',
      },
      {
        v: 22.41,
        numFmt: '0.00',
      },
      {
        v: 2459,
        numFmt: '0',
      },
    ],
    [
      '安宁市',
      {
        v: 11.85,
        numFmt: '0.00',
      },
      '5.98',
      {
        v: 1.69,
        numFmt: '0.00',
      },
      '1.63',
      {
        v: 6.04,
        numFmt: '0.00',
      },
      {
        v: 46.58,
        numFmt: '0.00',
      },
      {
        v: 1297,
        numFmt: '0',
      },
    ],
    [
      '泰川县',
      {
        v: 6.42,
        numFmt: '0.00',
      },
      {
        v: 2.84,
        numFmt: '0.00',
      },
      {
        v: 0.54,
        numFmt: '0.00',
      },
      {
        v: 0.46,
        numFmt: '0.00',
      },
      {
        v: 2.92,
        numFmt: '0.00',
      },
      {
        v: 14.91,
        numFmt: '0.00',
      },
      {
        v: 1958,
        numFmt: '0',
      },
    ],
  ],
  merges: ['A1:H1'],
  plant: {
    address: 'B5',
    value: 111.32,
  },
};

const ratioAgainstItsUnits: CaseSheet = {
  name: '水利统计',
  rows: [
    ['表1'],
    ['北定市主要年份水利统计（2016—2021年）'],
    ['指标', '单位', 2016, '2017年', 2018, '2019年', 2020, 2021, '比上年增长(%)'],
    ['一、水利工程'],
    [
      '水库',
      '座',
      {
        v: 796,
        numFmt: '0',
      },
      {
        v: 804,
        numFmt: '0',
      },
      {
        v: 808,
        numFmt: '0',
      },
      {
        v: 820,
        numFmt: '0',
      },
      {
        v: 831,
        numFmt: '0',
      },
      {
        v: 841,
        numFmt: '0',
      },
      {
        v: 1.2,
        numFmt: '0.0',
      },
    ],
    [
      '其中：大中型水库',
      '座',
      {
        v: 54,
        numFmt: '0',
      },
      {
        v: 54,
        numFmt: '0',
      },
      {
        v: 55,
        numFmt: '0',
      },
      {
        v: 55,
        numFmt: '0',
      },
      {
        v: 56,
        numFmt: '0',
      },
      {
        v: 56,
        numFmt: '0',
      },
      {
        v: 0,
        numFmt: '0.0',
      },
    ],
    [
      '水库总库容',
      '亿立方米',
      {
        v: 24.85,
        numFmt: '0.00',
      },
      {
        v: 25.62,
        numFmt: '0.00',
      },
      {
        v: 26.39,
        numFmt: '0.00',
      },
      {
        v: 26.9,
        numFmt: '0.00',
      },
      {
        v: 27.7,
        numFmt: '0.00',
      },
      {
        v: 28.7,
        numFmt: '0.00',
      },
      {
        v: 3.6,
        numFmt: '0.0',
      },
    ],
    ['二、农田水利'],
    [
      '有效灌溉面积',
      '千公顷',
      {
        v: 149.16,
        numFmt: '0.00',
      },
      {
        v: 149.7,
        numFmt: '0.00',
      },
      {
        v: 152.67,
        numFmt: '0.00',
      },
      {
        v: 154.84,
        numFmt: '0.00',
      },
      {
        v: 157.54,
        numFmt: '0.00',
      },
      {
        v: 160.08,
        numFmt: '0.00',
      },
      {
        v: 1.6,
        numFmt: '0.0',
      },
    ],
    [
      '节水灌溉面积',
      '千公顷',
      {
        v: 38.54,
        numFmt: '0.00',
      },
      {
        v: 40.39,
        numFmt: '0.00',
      },
      {
        v: 41.61,
        numFmt: '0.00',
      },
      {
        v: 43.3,
        numFmt: '0.00',
      },
      {
        v: 50.18,
        numFmt: '0.00',
      },
      {
        v: 50.44,
        numFmt: '0.00',
      },
      {
        v: 0.5,
        numFmt: '0.0',
      },
    ],
    ['三、用水量'],
    [
      '用水总量',
      '亿立方米',
      {
        v: 18.05,
        numFmt: '0.00',
      },
      {
        v: 17.85,
        numFmt: '0.00',
      },
      {
        v: 17.83,
        numFmt: '0.00',
      },
      {
        v: 17.63,
        numFmt: '0.00',
      },
      {
        v: 17.84,
        numFmt: '0.00',
      },
      {
        v: 17.75,
        numFmt: '0.00',
      },
      {
        v: -0.5,
        numFmt: '0.0',
      },
    ],
    [
      '其中：农业用水',
      '亿立方米',
      {
        v: 11.58,
        numFmt: '0.00',
      },
      {
        v: 11.31,
        numFmt: '0.00',
      },
      {
        v: 11.27,
        numFmt: '0.00',
      },
      {
        v: 11.1,
        numFmt: '0.00',
      },
      {
        v: 11.28,
        numFmt: '0.00',
      },
      {
        v: 11.09,
        numFmt: '0.00',
      },
      {
        v: -1.7,
        numFmt: '0.0',
      },
    ],
    [
      '  工业用水',
      '亿立方米',
      {
        v: 3.64,
        numFmt: '0.00',
      },
      {
        v: 3.74,
        numFmt: '0.00',
      },
      {
        v: 3.81,
        numFmt: '0.00',
      },
      {
        v: 3.78,
        numFmt: '0.00',
      },
      {
        v: 3.87,
        numFmt: '0.00',
      },
      {
        v: 3.99,
        numFmt: '0.00',
      },
      {
        v: 3.1,
        numFmt: '0.0',
      },
    ],
    [
      '  生活用水',
      '亿立方米',
      {
        v: 2.37,
        numFmt: '0.00',
      },
      {
        v: 2.34,
        numFmt: '0.00',
      },
      {
        v: 2.28,
        numFmt: '0.00',
      },
      {
        v: 2.29,
        numFmt: '0.00',
      },
      {
        v: 2.24,
        numFmt: '0.00',
      },
      {
        v: 2.21,
        numFmt: '0.00',
      },
      {
        v: -1.3,
        numFmt: '0.0',
      },
    ],
    [
      '  生态环境用水',
      '亿立方米',
      {
        v: 0.46,
        numFmt: '0.00',
      },
      {
        v: 0.46,
        numFmt: '0.00',
      },
      {
        v: 0.47,
        numFmt: '0.00',
      },
      {
        v: 0.46,
        numFmt: '0.00',
      },
      {
        v: 0.45,
        numFmt: '0.00',
      },
      {
        v: 0.46,
        numFmt: '0.00',
      },
      {
        v: 2.2,
        numFmt: '0.0',
      },
    ],
    [],
    ['1.大型水库指总库容1亿立方米及以上；2.中型水库指总库容1000万～1亿立方米；3.本表不含塘坝、窖池。'],
  ],
  merges: ['A2:I2'],
  plant: {
    address: 'H14',
    value: 4.39,
  },
};

const yearsTypedTwoWays: CaseSheet = {
  name: '用水情况',
  rows: [
    ['福溪市水资源开发利用情况（2014—2019年）'],
    ['指标', '单位', '2014年', '2015年', '2016年', 2017, 2018, 2019, '2019年比上年增长(%)'],
    ['水利工程'],
    [
      '水库',
      '座',
      {
        v: 748,
        numFmt: '0',
      },
      {
        v: 757,
        numFmt: '0',
      },
      {
        v: 760,
        numFmt: '0',
      },
      {
        v: 764,
        numFmt: '0',
      },
      {
        v: 773,
        numFmt: '0',
      },
      {
        v: 775,
        numFmt: '0',
      },
      {
        v: 0.3,
        numFmt: '0.0',
      },
    ],
    [
      '其中：大中型水库',
      '座',
      {
        v: 56,
        numFmt: '0',
      },
      {
        v: 56,
        numFmt: '0',
      },
      {
        v: 57,
        numFmt: '0',
      },
      {
        v: 57,
        numFmt: '0',
      },
      {
        v: 58,
        numFmt: '0',
      },
      {
        v: 58,
        numFmt: '0',
      },
      {
        v: 0,
        numFmt: '0.0',
      },
    ],
    [
      '水库总库容',
      '亿立方米',
      {
        v: 18.81,
        numFmt: '0.00',
      },
      {
        v: 19.28,
        numFmt: '0.00',
      },
      {
        v: 19.31,
        numFmt: '0.00',
      },
      {
        v: 19.52,
        numFmt: '0.00',
      },
      {
        v: 20.29,
        numFmt: '0.00',
      },
      {
        v: 20.87,
        numFmt: '0.00',
      },
      {
        v: 2.9,
        numFmt: '0.0',
      },
    ],
    ['农田水利'],
    [
      '有效灌溉面积',
      '千公顷',
      {
        v: 75.4,
        numFmt: '0.00',
      },
      {
        v: 75.79,
        numFmt: '0.00',
      },
      {
        v: 75.9,
        numFmt: '0.00',
      },
      {
        v: 76.2,
        numFmt: '0.00',
      },
      {
        v: 76.92,
        numFmt: '0.00',
      },
      {
        v: 78.08,
        numFmt: '0.00',
      },
      {
        v: 1.5,
        numFmt: '0.0',
      },
    ],
    [
      '其中：节水灌溉面积',
      '千公顷',
      {
        v: 15.59,
        numFmt: '0.00',
      },
      {
        v: 17.09,
        numFmt: '0.00',
      },
      {
        v: 18.28,
        numFmt: '0.00',
      },
      {
        v: 18.14,
        numFmt: '0.00',
      },
      {
        v: 21.56,
        numFmt: '0.00',
      },
      {
        v: 20.74,
        numFmt: '0.00',
      },
      {
        v: -3.8,
        numFmt: '0.0',
      },
    ],
    ['用水量'],
    [
      '用水总量',
      '亿立方米',
      {
        v: 16.09,
        numFmt: '0.00',
      },
      {
        v: 15.87,
        numFmt: '0.00',
      },
      {
        v: 15.73,
        numFmt: '0.00',
      },
      {
        v: 15.55,
        numFmt: '0.00',
      },
      {
        v: 15.34,
        numFmt: '0.00',
      },
      {
        v: 15.15,
        numFmt: '0.00',
      },
      {
        v: -1.2,
        numFmt: '0.0',
      },
    ],
    [
      '其中：农业用水',
      '亿立方米',
      {
        v: 9.91,
        numFmt: '0.00',
      },
      {
        v: 9.7,
        numFmt: '0.00',
      },
      {
        v: 9.5,
        numFmt: '0.00',
      },
      {
        v: 9.38,
        numFmt: '0.00',
      },
      {
        v: 9.15,
        numFmt: '0.00',
      },
      {
        v: 8.95,
        numFmt: '0.00',
      },
      {
        v: -2.2,
        numFmt: '0.0',
      },
    ],
    [
      '  工业用水',
      '亿立方米',
      {
        v: 3.22,
        numFmt: '0.00',
      },
      {
        v: 3.22,
        numFmt: '0.00',
      },
      {
        v: 3.26,
        numFmt: '0.00',
      },
      {
        v: 3.17,
        numFmt: '0.00',
      },
      {
        v: 3.22,
        numFmt: '0.00',
      },
      {
        v: 3.2,
        numFmt: '0.00',
      },
      {
        v: -0.6,
        numFmt: '0.0',
      },
    ],
    [
      '  生活用水',
      '亿立方米',
      {
        v: 2.22,
        numFmt: '0.00',
      },
      {
        v: 2.21,
        numFmt: '0.00',
      },
      {
        v: 2.24,
        numFmt: '0.00',
      },
      {
        v: 2.28,
        numFmt: '0.00',
      },
      {
        v: 2.26,
        numFmt: '0.00',
      },
      {
        v: 2.28,
        numFmt: '0.00',
      },
      {
        v: 0.9,
        numFmt: '0.0',
      },
    ],
    [
      '  生态环境用水',
      '亿立方米',
      {
        v: 0.74,
        numFmt: '0.00',
      },
      {
        v: 0.74,
        numFmt: '0.00',
      },
      {
        v: 0.73,
        numFmt: '0.00',
      },
      {
        v: 0.72,
        numFmt: '0.00',
      },
      {
        v: 0.71,
        numFmt: '0.00',
      },
      {
        v: 0.72,
        numFmt: '0.00',
      },
      {
        v: 1.4,
        numFmt: '0.0',
      },
    ],
    [],
    ['注：小型水库指总库容10万至1000万立方米的水库。'],
    ['1.大型水库指总库容1亿立方米及以上；2.中型水库指总库容1000万～1亿立方米；3.本表不含塘坝、窖池。'],
    ['填报单位：福溪市水利局    负责人：王芳    填表人：孙丽    报出日期：2020年1月3日'],
    ['资料来源：福溪市水利局、福溪市统计局'],
  ],
  merges: ['A1:I1'],
  plant: {
    address: 'G11',
    value: 14.34,
  },
};

const rowSummingOthersInOneColumn: CaseSheet = {
  name: '水资源公报',
  rows: [
    ['江乐市2016年水资源量'],
    ['单位：亿立方米'],
    ['指标', '本年', '上年', '多年平均', '比上年增减(%)', '较多年平均增减（%）'],
    [
      '年降水总量',
      {
        v: 110.9,
        numFmt: '0.0',
      },
      {
        v: 149.1,
        numFmt: '0.0',
      },
      {
        v: 119.7,
        numFmt: '0.0',
      },
      {
        v: -25.6,
        numFmt: '0.0',
      },
      {
        v: -7.4,
        numFmt: '0.0',
      },
    ],
    [
      '地表水资源量',
      '49.4',
      {
        v: 72.5,
        numFmt: '0.0',
      },
      '61.2',
      {
        v: -31.9,
        numFmt: '0.0',
      },
      '-19.3',
    ],
    [
      '地下水资源量',
      {
        v: 11.5,
        numFmt: '0.0',
      },
      {
        v: 20.2,
        numFmt: '0.0',
      },
      '12.7',
      {
        v: -43.1,
        numFmt: '0.0',
      },
      {
        v: -9.4,
        numFmt: '0.0',
      },
    ],
    [
      '  其中：与地表水重复计算量',
      {
        v: 10.8,
        numFmt: '0.0',
      },
      {
        v: 18.9,
        numFmt: '0.0',
      },
      {
        v: 10.5,
        numFmt: '0.0',
      },
      {
        v: -42.9,
        numFmt: '0.0',
      },
      {
        v: 2.9,
        numFmt: '0.0',
      },
    ],
    [
      '水资源总量',
      {
        v: 50.1,
        numFmt: '0.0',
      },
      '73.8',
      {
        v: 63.4,
        numFmt: '0.0',
      },
      '-32.1',
      {
        v: -21,
        numFmt: '0.0',
      },
    ],
    [],
    ['注：多年平均为1956—2016年系列。'],
    ['1.大型水库指总库容1亿立方米及以上；2.中型水库指总库容1000万～1亿立方米；3.本表不含塘坝、窖池。'],
    ['填报单位：江乐市水利局    负责人：李娜    填表人：赵磊    报出日期：2017年1月26日'],
  ],
  merges: ['A1:F1'],
  plant: {
    address: 'E6',
    value: -33.1,
  },
};

describeCaseBook('round-116', [
  subtotalOverItsDistricts,
  ratioAgainstItsUnits,
  yearsTypedTwoWays,
  rowSummingOthersInOneColumn,
]);

import { describeCaseBook, type CaseSheet } from './helpers/case-book';

/**
 * Issue 9, round 115 (written by outside testers who had not written statlint; the sheets below are theirs, copied
 * from /tmp/round115a and /tmp/round115b, with the figures they generated). 115A, accommodation and catering and
 * tourist hotels (住宿和餐饮业、旅游饭店); 115B, development zones and industrial parks (开发区、工业园区):
 * - 指标名称 | 单位 | 2020年 | 上年同期 | 同比±%, 平均客房出租率 | % | 51.38 | 56.41 | −5.03: an average rate in per cent
 *   changes in points, as a rate does; 元/间夜 in the 单位 column is a unit (115A h1_000).
 * - 1-9月营业额 53398.7 | … | 上年同期营业额 51804.0 in a unit stated nowhere: money to one decimal has no cents, so is
 *   rounded, and a total 0.1 off its six rounded rows is no finding (115A h1_029).
 * - 国家级园区 | 桂阳综合保税区 (its one zone, the same figures) | 省级园区 | its two | 市级园区 | its three | 合计: a row naming
 *   a class of zones by level heads its zones, even one (115B h1_018); so it closes them where it comes after them
 *   (顺定高新技术产业开发区 | 国家级园区 | … | 省级园区, 115B h1_063).
 * - 单位：家、亿元、万美元、人 over 税收收入（亿元） | 48.16 | 49.18 | −2.08: the row states its unit among several, so its
 *   growth is worked out from figures rounded to 0.01 亿元 (115B oldprobe_010).
 */
const averageRateInPoints: CaseSheet = {
  name: '旅游饭店',
  rows: [
    ['梅城市2020年上半年星级饭店主要经营指标'],
    ['指标名称', '单位', '2020年', '上年同期', '同比±%'],
    [
      '星级饭店数',
      '家',
      {
        v: 43,
        numFmt: '#,##0',
      },
      {
        v: 41,
        numFmt: '#,##0',
      },
      {
        v: 4.9,
        numFmt: '#,##0.0',
      },
    ],
    [
      '客房数',
      '间',
      {
        v: 5163,
        numFmt: '#,##0',
      },
      {
        v: 4582,
        numFmt: '#,##0',
      },
      {
        v: 12.7,
        numFmt: '#,##0.0',
      },
    ],
    [
      '营业收入',
      '万元',
      {
        v: 32738.3,
        numFmt: '#,##0.0',
      },
      {
        v: 33432.3,
        numFmt: '#,##0.0',
      },
      {
        v: -2.1,
        numFmt: '#,##0.0',
      },
    ],
    [
      '其中：客房收入',
      '万元',
      {
        v: 14496.8,
        numFmt: '#,##0.0',
      },
      {
        v: 14986.3,
        numFmt: '#,##0.0',
      },
      {
        v: -3.3,
        numFmt: '#,##0.0',
      },
    ],
    [
      '      餐饮收入',
      '万元',
      {
        v: 15743.4,
        numFmt: '#,##0.0',
      },
      {
        v: 16233.1,
        numFmt: '#,##0.0',
      },
      {
        v: -3,
        numFmt: '#,##0.0',
      },
    ],
    [
      '平均客房出租率',
      '%',
      {
        v: 51.38,
        numFmt: '#,##0.00',
      },
      {
        v: 56.41,
        numFmt: '#,##0.00',
      },
      {
        v: -5.03,
        numFmt: '#,##0.00',
      },
    ],
    [
      '平均房价',
      '元/间夜',
      {
        v: 302,
        numFmt: '#,##0',
      },
      {
        v: 320,
        numFmt: '#,##0',
      },
      {
        v: -5.6,
        numFmt: '#,##0.0',
      },
    ],
    [],
    ['注：客房出租率一行增减单位为百分点。'],
    ['填表说明：“-”表示该星级无饭店。'],
  ],
  merges: ['A1:E1'],
  plant: {
    address: 'E4',
    value: 18.2,
  },
};

const moneyToOneDecimalUnstated: CaseSheet = {
  name: '分县营业额',
  rows: [
    ['表14-5'],
    ['长溪市2016年1-9月分县（市、区）限额以上住宿和餐饮业营业额'],
    ['地区', '1-9月营业额', '其中：住宿业', '餐饮业', '上年同期营业额', '营业额同比增长(%)'],
    [
      '合计',
      {
        v: 53398.7,
        numFmt: '0.0',
      },
      {
        v: 19029.8,
        numFmt: '0.0',
      },
      {
        v: 34369,
        numFmt: '0.0',
      },
      {
        v: 51804,
        numFmt: '0.0',
      },
      {
        v: 3.1,
        numFmt: '0.0',
      },
    ],
    [
      '临溪县',
      {
        v: 10987.3,
        numFmt: '0.0',
      },
      {
        v: 3190.9,
        numFmt: '0.0',
      },
      {
        v: 7796.4,
        numFmt: '0.0',
      },
      {
        v: 9457.6,
        numFmt: '0.0',
      },
      {
        v: 16.2,
        numFmt: '0.0',
      },
    ],
    [
      '新山区',
      {
        v: 1087.6,
        numFmt: '0.0',
      },
      {
        v: 484.7,
        numFmt: '0.0',
      },
      {
        v: 602.9,
        numFmt: '0.0',
      },
      {
        v: 1048.5,
        numFmt: '0.0',
      },
      {
        v: 3.7,
        numFmt: '0.0',
      },
    ],
    [
      '云源县',
      {
        v: 3971.1,
        numFmt: '0.0',
      },
      '',
      {
        v: 3971.1,
        numFmt: '0.0',
      },
      {
        v: 4273.9,
        numFmt: '0.0',
      },
      {
        v: -7.1,
        numFmt: '0.0',
      },
    ],
    [
      '长定市',
      {
        v: 10295.8,
        numFmt: '0.0',
      },
      {
        v: 3995.8,
        numFmt: '0.0',
      },
      {
        v: 6300,
        numFmt: '0.0',
      },
      {
        v: 11248.4,
        numFmt: '0.0',
      },
      {
        v: -8.5,
        numFmt: '0.0',
      },
    ],
    [
      '西泉县',
      {
        v: 20931.2,
        numFmt: '0.0',
      },
      {
        v: 8923.9,
        numFmt: '0.0',
      },
      {
        v: 12007.4,
        numFmt: '0.0',
      },
      {
        v: 20683.3,
        numFmt: '0.0',
      },
      {
        v: 1.2,
        numFmt: '0.0',
      },
    ],
    [
      '德宁市',
      {
        v: 6125.8,
        numFmt: '0.0',
      },
      {
        v: 2434.6,
        numFmt: '0.0',
      },
      {
        v: 3691.2,
        numFmt: '0.0',
      },
      {
        v: 5092.4,
        numFmt: '0.0',
      },
      {
        v: 20.3,
        numFmt: '0.0',
      },
    ],
    [],
    ['注：营业额按现价计算，增长速度按可比口径计算。'],
    ['资料来源：长溪市文化广电和旅游局'],
  ],
  merges: ['A2:F2'],
  plant: {
    address: 'E4',
    value: 52804,
  },
};

const classOfOneZoneHeading: CaseSheet = {
  name: '园区覆盖',
  rows: [
    ['梅江市2020年园区非公企业党组织覆盖情况统计表'],
    [
      '园区',
      '企业总数（家）',
      '已建立党组织企业数',
      '其中：单独组建',
      '联合组建',
      '党组织覆盖率(%)',
      '上年覆盖率(%)',
      '增减（百分点）',
      '从业人员（人）',
      '党员（名）',
      '党员占从业人员比重(%)',
    ],
    [
      '国家级园区',
      {
        v: 1013,
        numFmt: '#,##0',
      },
      {
        v: 569,
        numFmt: '#,##0',
      },
      {
        v: 317,
        numFmt: '#,##0',
      },
      {
        v: 252,
        numFmt: '#,##0',
      },
      {
        v: 56.2,
        numFmt: '0.0',
      },
      {
        v: 44.4,
        numFmt: '0.0',
      },
      {
        v: 11.8,
        numFmt: '0.0',
      },
      {
        v: 35088,
        numFmt: '#,##0',
      },
      {
        v: 900,
        numFmt: '#,##0',
      },
      {
        v: 2.6,
        numFmt: '0.0',
      },
    ],
    [
      '桂阳综合保税区',
      {
        v: 1013,
        numFmt: '#,##0',
      },
      {
        v: 569,
        numFmt: '#,##0',
      },
      {
        v: 317,
        numFmt: '#,##0',
      },
      {
        v: 252,
        numFmt: '#,##0',
      },
      {
        v: 56.2,
        numFmt: '0.0',
      },
      {
        v: 44.4,
        numFmt: '0.0',
      },
      {
        v: 11.8,
        numFmt: '0.0',
      },
      {
        v: 35088,
        numFmt: '#,##0',
      },
      {
        v: 900,
        numFmt: '#,##0',
      },
      {
        v: 2.6,
        numFmt: '0.0',
      },
    ],
    [
      '省级园区',
      {
        v: 587,
        numFmt: '#,##0',
      },
      {
        v: 393,
        numFmt: '#,##0',
      },
      {
        v: 168,
        numFmt: '#,##0',
      },
      {
        v: 225,
        numFmt: '#,##0',
      },
      {
        v: 67,
        numFmt: '0.0',
      },
      {
        v: 61.9,
        numFmt: '0.0',
      },
      {
        v: 5.1,
        numFmt: '0.0',
      },
      {
        v: 34129,
        numFmt: '#,##0',
      },
      {
        v: 1957,
        numFmt: '#,##0',
      },
      {
        v: 5.7,
        numFmt: '0.0',
      },
    ],
    [
      '泰江化工园区',
      {
        v: 190,
        numFmt: '#,##0',
      },
      {
        v: 95,
        numFmt: '#,##0',
      },
      {
        v: 35,
        numFmt: '#,##0',
      },
      {
        v: 60,
        numFmt: '#,##0',
      },
      {
        v: 50,
        numFmt: '0.0',
      },
      {
        v: 47.7,
        numFmt: '0.0',
      },
      {
        v: 2.3,
        numFmt: '0.0',
      },
      {
        v: 9363,
        numFmt: '#,##0',
      },
      {
        v: 226,
        numFmt: '#,##0',
      },
      {
        v: 2.4,
        numFmt: '0.0',
      },
    ],
    [
      '和安高新技术产业园区',
      {
        v: 397,
        numFmt: '#,##0',
      },
      {
        v: 298,
        numFmt: '#,##0',
      },
      {
        v: 133,
        numFmt: '#,##0',
      },
      {
        v: 165,
        numFmt: '#,##0',
      },
      {
        v: 75.1,
        numFmt: '0.0',
      },
      {
        v: 68.1,
        numFmt: '0.0',
      },
      {
        v: 7,
        numFmt: '0.0',
      },
      {
        v: 24766,
        numFmt: '#,##0',
      },
      {
        v: 1731,
        numFmt: '#,##0',
      },
      {
        v: 7,
        numFmt: '0.0',
      },
    ],
    [
      '市级园区',
      {
        v: 494,
        numFmt: '#,##0',
      },
      {
        v: 272,
        numFmt: '#,##0',
      },
      {
        v: 116,
        numFmt: '#,##0',
      },
      {
        v: 156,
        numFmt: '#,##0',
      },
      {
        v: 55.1,
        numFmt: '0.0',
      },
      {
        v: 51.8,
        numFmt: '0.0',
      },
      {
        v: 3.3,
        numFmt: '0.0',
      },
      {
        v: 30247,
        numFmt: '#,##0',
      },
      {
        v: 1591,
        numFmt: '#,##0',
      },
      {
        v: 5.3,
        numFmt: '0.0',
      },
    ],
    [
      '南昌创业园',
      {
        v: 259,
        numFmt: '#,##0',
      },
      {
        v: 126,
        numFmt: '#,##0',
      },
      {
        v: 56,
        numFmt: '#,##0',
      },
      {
        v: 70,
        numFmt: '#,##0',
      },
      {
        v: 48.6,
        numFmt: '0.0',
      },
      {
        v: 44,
        numFmt: '0.0',
      },
      {
        v: 4.6,
        numFmt: '0.0',
      },
      {
        v: 17606,
        numFmt: '#,##0',
      },
      {
        v: 1221,
        numFmt: '#,##0',
      },
      {
        v: 6.9,
        numFmt: '0.0',
      },
    ],
    [
      '南州产业园',
      {
        v: 88,
        numFmt: '#,##0',
      },
      {
        v: 54,
        numFmt: '#,##0',
      },
      {
        v: 18,
        numFmt: '#,##0',
      },
      {
        v: 36,
        numFmt: '#,##0',
      },
      {
        v: 61.4,
        numFmt: '0.0',
      },
      {
        v: 58.3,
        numFmt: '0.0',
      },
      {
        v: 3.1,
        numFmt: '0.0',
      },
      {
        v: 5813,
        numFmt: '#,##0',
      },
      {
        v: 192,
        numFmt: '#,##0',
      },
      {
        v: 3.3,
        numFmt: '0.0',
      },
    ],
    [
      '桂化工业园区',
      {
        v: 147,
        numFmt: '#,##0',
      },
      {
        v: 92,
        numFmt: '#,##0',
      },
      {
        v: 42,
        numFmt: '#,##0',
      },
      {
        v: 50,
        numFmt: '#,##0',
      },
      {
        v: 62.6,
        numFmt: '0.0',
      },
      {
        v: 62,
        numFmt: '0.0',
      },
      {
        v: 0.6,
        numFmt: '0.0',
      },
      {
        v: 6828,
        numFmt: '#,##0',
      },
      {
        v: 178,
        numFmt: '#,##0',
      },
      {
        v: 2.6,
        numFmt: '0.0',
      },
    ],
    [
      '合计',
      {
        v: 2094,
        numFmt: '#,##0',
      },
      {
        v: 1234,
        numFmt: '#,##0',
      },
      {
        v: 601,
        numFmt: '#,##0',
      },
      {
        v: 633,
        numFmt: '#,##0',
      },
      {
        v: 58.9,
        numFmt: '0.0',
      },
      {
        v: 51.1,
        numFmt: '0.0',
      },
      {
        v: 7.8,
        numFmt: '0.0',
      },
      {
        v: 99464,
        numFmt: '#,##0',
      },
      {
        v: 4448,
        numFmt: '#,##0',
      },
      {
        v: 4.5,
        numFmt: '0.0',
      },
    ],
    [],
    ['注：部分数据因四舍五入，分项之和与合计略有出入。'],
    ['填报单位：梅江市开发区管理委员会    填报人：王芳    审核人：孙丽'],
  ],
  merges: ['A1:K1'],
  plant: {
    address: 'B6',
    value: 210,
  },
};

const classOfOneZoneClosing: CaseSheet = {
  name: '分园区',
  rows: [
    ['表11-6'],
    ['河江市2022年开发区（园区）主要经济指标'],
    [null, null, null, null, null, null, null, '计量单位：亿元'],
    [
      '开发区',
      '入驻企业（家）',
      null,
      null,
      '规上工业总产值（亿元）',
      '营业收入（亿元）',
      '税收收入（亿元）',
      '从业人员（人）',
    ],
    [null, '合计', '其中：规上工业企业', '其中：高新技术企业'],
    [
      '总计',
      {
        v: 4600,
        numFmt: '#,##0',
      },
      {
        v: 932,
        numFmt: '#,##0',
      },
      {
        v: 341,
        numFmt: '#,##0',
      },
      {
        v: 1916.3,
        numFmt: '#,##0.0',
      },
      {
        v: 2654.04,
        numFmt: '#,##0.00',
      },
      {
        v: 140.05,
        numFmt: '0.00',
      },
      {
        v: 242344,
        numFmt: '#,##0',
      },
    ],
    [
      '顺定高新技术产业开发区',
      {
        v: 1057,
        numFmt: '#,##0',
      },
      {
        v: 232,
        numFmt: '#,##0',
      },
      {
        v: 48,
        numFmt: '#,##0',
      },
      {
        v: 425.6,
        numFmt: '0.0',
      },
      {
        v: 674.66,
        numFmt: '0.00',
      },
      {
        v: 28.82,
        numFmt: '0.00',
      },
      {
        v: 74448,
        numFmt: '#,##0',
      },
    ],
    [
      '国家级园区',
      {
        v: 1057,
        numFmt: '#,##0',
      },
      {
        v: 232,
        numFmt: '#,##0',
      },
      {
        v: 48,
        numFmt: '#,##0',
      },
      {
        v: 425.6,
        numFmt: '0.0',
      },
      {
        v: 674.66,
        numFmt: '0.00',
      },
      {
        v: 28.82,
        numFmt: '0.00',
      },
      {
        v: 74448,
        numFmt: '#,##0',
      },
    ],
    [
      '安远高新技术产业园区',
      {
        v: 1101,
        numFmt: '#,##0',
      },
      {
        v: 164,
        numFmt: '#,##0',
      },
      {
        v: 120,
        numFmt: '#,##0',
      },
      {
        v: 230.7,
        numFmt: '0.0',
      },
      {
        v: 292.36,
        numFmt: '0.00',
      },
      {
        v: 19.77,
        numFmt: '0.00',
      },
      {
        v: 78948,
        numFmt: '#,##0',
      },
    ],
    [
      '山泉高新技术产业园区',
      {
        v: 205,
        numFmt: '#,##0',
      },
      {
        v: 42,
        numFmt: '#,##0',
      },
      {
        v: 19,
        numFmt: '#,##0',
      },
      {
        v: 125.6,
        numFmt: '0.0',
      },
      {
        v: 141.29,
        numFmt: '0.00',
      },
      {
        v: 6.75,
        numFmt: '0.00',
      },
      {
        v: 5615,
        numFmt: '#,##0',
      },
    ],
    [
      '松昌经济开发区',
      {
        v: 257,
        numFmt: '#,##0',
      },
      {
        v: 74,
        numFmt: '#,##0',
      },
      {
        v: 9,
        numFmt: '#,##0',
      },
      {
        v: 198.5,
        numFmt: '0.0',
      },
      {
        v: 243.93,
        numFmt: '0.00',
      },
      {
        v: 12.14,
        numFmt: '0.00',
      },
      {
        v: 12495,
        numFmt: '#,##0',
      },
    ],
    [
      '临江经济开发区',
      {
        v: 1001,
        numFmt: '#,##0',
      },
      {
        v: 171,
        numFmt: '#,##0',
      },
      {
        v: 97,
        numFmt: '#,##0',
      },
      {
        v: 469.3,
        numFmt: '0.0',
      },
      {
        v: 723.59,
        numFmt: '0.00',
      },
      {
        v: 38.98,
        numFmt: '0.00',
      },
      {
        v: 25558,
        numFmt: '#,##0',
      },
    ],
    [
      '丰阳经济开发区',
      {
        v: 348,
        numFmt: '#,##0',
      },
      {
        v: 103,
        numFmt: '#,##0',
      },
      {
        v: 38,
        numFmt: '#,##0',
      },
      {
        v: 269.7,
        numFmt: '0.0',
      },
      {
        v: 334.22,
        numFmt: '0.00',
      },
      {
        v: 21.75,
        numFmt: '0.00',
      },
      {
        v: 14477,
        numFmt: '#,##0',
      },
    ],
    [
      '省级园区',
      {
        v: 2912,
        numFmt: '#,##0',
      },
      {
        v: 554,
        numFmt: '#,##0',
      },
      {
        v: 283,
        numFmt: '#,##0',
      },
      {
        v: 1293.9,
        numFmt: '#,##0.0',
      },
      {
        v: 1735.39,
        numFmt: '#,##0.00',
      },
      {
        v: 99.38,
        numFmt: '0.00',
      },
      {
        v: 137093,
        numFmt: '#,##0',
      },
    ],
    [
      '永江工业集中区',
      {
        v: 88,
        numFmt: '#,##0',
      },
      {
        v: 25,
        numFmt: '#,##0',
      },
      '-',
      {
        v: 39.4,
        numFmt: '0.0',
      },
      {
        v: 50.39,
        numFmt: '0.00',
      },
      {
        v: 2.23,
        numFmt: '0.00',
      },
      {
        v: 3846,
        numFmt: '#,##0',
      },
    ],
    [
      '新源创业园',
      {
        v: 349,
        numFmt: '#,##0',
      },
      {
        v: 93,
        numFmt: '#,##0',
      },
      null,
      {
        v: 88.4,
        numFmt: '0.0',
      },
      {
        v: 98.35,
        numFmt: '0.00',
      },
      {
        v: 4.21,
        numFmt: '0.00',
      },
      {
        v: 12010,
        numFmt: '#,##0',
      },
    ],
    [
      '和水工业集中区',
      {
        v: 194,
        numFmt: '#,##0',
      },
      {
        v: 28,
        numFmt: '#,##0',
      },
      {
        v: 10,
        numFmt: '#,##0',
      },
      {
        v: 68.9,
        numFmt: '0.0',
      },
      {
        v: 95.24,
        numFmt: '0.00',
      },
      {
        v: 5.41,
        numFmt: '0.00',
      },
      {
        v: 14947,
        numFmt: '#,##0',
      },
    ],
    [
      '市级园区',
      {
        v: 631,
        numFmt: '#,##0',
      },
      {
        v: 146,
        numFmt: '#,##0',
      },
      {
        v: 10,
        numFmt: '#,##0',
      },
      {
        v: 196.7,
        numFmt: '0.0',
      },
      {
        v: 243.98,
        numFmt: '0.00',
      },
      {
        v: 11.85,
        numFmt: '0.00',
      },
      {
        v: 30803,
        numFmt: '#,##0',
      },
    ],
    [],
    ['数据来源：河江市商务局、科技局、税务局。'],
    ['填报单位：河江市统计局    填报人：王芳    审核人：陈静'],
  ],
  merges: ['A2:H2', 'B4:D4', 'A4:A5', 'E4:E5', 'F4:F5', 'G4:G5', 'H4:H5'],
  plant: {
    address: 'B14',
    value: 2812,
  },
};

const growthOfRowsInSeveralUnits: CaseSheet = {
  name: '主要指标',
  rows: [
    ['表9-14'],
    ['云宁综合保税区2018年主要经济指标'],
    ['单位：家、亿元、万美元、人'],
    ['指标', '本年', '上年', '增长(%)'],
    [
      '入驻企业数',
      {
        v: 1634,
        numFmt: '0',
      },
      {
        v: 1531,
        numFmt: '0',
      },
      {
        v: 6.73,
        numFmt: '0.00',
      },
    ],
    [
      '其中：规上工业企业',
      {
        v: 199,
        numFmt: '0',
      },
      {
        v: 191,
        numFmt: '0',
      },
      {
        v: 4.19,
        numFmt: '0.00',
      },
    ],
    [
      '      高新技术企业（家）',
      {
        v: 116,
        numFmt: '0',
      },
      {
        v: 102,
        numFmt: '0',
      },
      {
        v: 13.73,
        numFmt: '0.00',
      },
    ],
    [
      '规上工业总产值',
      {
        v: 608.92,
        numFmt: '0.00',
      },
      {
        v: 600.24,
        numFmt: '0.00',
      },
      {
        v: 1.45,
        numFmt: '0.00',
      },
    ],
    [
      '营业收入',
      {
        v: 967.65,
        numFmt: '0.00',
      },
      {
        v: 945.69,
        numFmt: '0.00',
      },
      {
        v: 2.32,
        numFmt: '0.00',
      },
    ],
    [
      '其中：工业营业收入',
      {
        v: 723.61,
        numFmt: '0.00',
      },
      {
        v: 704.87,
        numFmt: '0.00',
      },
      {
        v: 2.66,
        numFmt: '0.00',
      },
    ],
    [
      '税收收入（亿元）',
      {
        v: 48.16,
        numFmt: '0.00',
      },
      {
        v: 49.18,
        numFmt: '0.00',
      },
      {
        v: -2.08,
        numFmt: '0.00',
      },
    ],
    [
      '实际利用外资（万美元）',
      {
        v: 56973,
        numFmt: '0',
      },
      {
        v: 60128,
        numFmt: '0',
      },
      {
        v: -5.25,
        numFmt: '0.00',
      },
    ],
    [
      '从业人员',
      {
        v: 64756,
        numFmt: '0',
      },
      {
        v: 63508,
        numFmt: '0',
      },
      {
        v: 1.97,
        numFmt: '0.00',
      },
    ],
    [],
    ['填表说明：入驻企业数指在园区内注册并实际经营的法人企业。'],
  ],
  merges: ['A2:D2'],
  plant: {
    address: 'D9',
    value: 4.32,
  },
};

describeCaseBook('round-115', [
  averageRateInPoints,
  moneyToOneDecimalUnstated,
  classOfOneZoneHeading,
  classOfOneZoneClosing,
  growthOfRowsInSeveralUnits,
]);

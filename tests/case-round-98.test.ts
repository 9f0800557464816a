import { describeCaseBook, errorFindings, errorsOn, writeCaseBook, type CaseSheet } from './helpers/case-book';

/**
 * Issue 9, round 98 (written by outside testers who had not written statlint; the sheets below are theirs, copied from
 * /tmp/round98a and /tmp/round98b, with the figures they generated). 98A, party building among the new employment
 * groups (新就业群体: 快递员、外卖送餐员、网约车司机):
 * - 网络直播小计 | 外卖配送合计 | 货运物流小计 | 总计, each under its platforms: a category's 合计 among subtotals is one
 *   more of them, not a place whose rows the next subtotal takes (h080).
 * - 其中：党员数 | 其中流动党员数 | 占比%: the share is the 党员's on every row, not a share of the column before it
 *   (h031; the rule's guess is refused where most rows disagree, as for 占{base}比重 headers).
 * - 合计 of a sheet of 占比 within the rounding of four of five groups' mean on seven rows: a line named a sum is no
 *   mean of others (p063).
 * - 从业人员数 / 总数 | 快递员 … then 其中党员 / 小计 | 快递员 …: the 其中 group's columns are parts of their namesakes,
 *   小计 of 总数 (h119).
 * - 覆盖率=已覆盖企业（站点）数÷企业（站点）总数×100%。 right under a table of 一、市辖区 and 二、县（市）: a formula is a
 *   note, not a heading that hides the groups (h089).
 * - 2024年 / 从业人员 | 党员 | 党员占比（%） | 2025年 / the same | 增减（百分点）: the difference of one subject under two
 *   period headings is headed as 2023年 | 2024年 | 增减 is, its small figures held to it (p078, the sign of −1.3 lost).
 * 98B, elderly care services (养老服务):
 * - 本年 | 上年 | 增减量 | 比上年增长（%） as rows: 增减量 is a change row, negative where a count fell (h3_001).
 * - 其中：公办养老机构 | 民办养老机构 typed a space past 公办: 民办 completes the list (17 = 10 + 7 in every column), no
 *   part of 公办 (h1_112).
 * - 一、街道 and 二、乡镇 over their towns, the last town blank in 床位 but for its 老年人口: the group runs to the next
 *   numbered row where those rows add up (p042).
 * - 城区 | 城西街道 | 农村 | 红旗乡, each town a copy of its area: groups of one (h2_032).
 * - 一、街道 over 胜利街道 — | 文化街道 | 新城街道: the first two add up in 增减数 alone; the group is all three (h3_075).
 * - 青阳县 first over 街道小计 | 城北街道, blank | 中山街道: a subtotal below its run in every column does not sum it
 *   (h3_087).
 * - 每千名老年人养老床位数（张） over 60岁及以上老年人口（万人）: 每千名 is per thousand, as 每千人 is (c029).
 */

const categoryTotalAmongSubtotals: CaseSheet = {
  name: '平台企业',
  rows: [
    ['平台企业及站点党组织覆盖情况统计表'],
    ['平台企业', '下属站点数（个）', '已建党组织站点数', '覆盖率（%）', '从业人员数', '其中：党员', '党员占比（%）'],
    [
      '  抖音本地MCN机构',
      141,
      74,
      {
        v: 52.48,
        numFmt: '0.00',
      },
      5933,
      326,
      {
        v: 5.49,
        numFmt: '0.00',
      },
    ],
    [
      '  淘宝直播基地（白河市）',
      132,
      67,
      {
        v: 50.76,
        numFmt: '0.00',
      },
      3533,
      145,
      {
        v: 4.1,
        numFmt: '0.00',
      },
    ],
    [
      '  某电商直播产业园（白河市）',
      101,
      43,
      {
        v: 42.57,
        numFmt: '0.00',
      },
      1443,
      76,
      {
        v: 5.27,
        numFmt: '0.00',
      },
    ],
    [
      '网络直播小计',
      374,
      184,
      {
        v: 49.2,
        numFmt: '0.00',
      },
      10909,
      547,
      {
        v: 5.01,
        numFmt: '0.00',
      },
    ],
    [
      '  闪送',
      107,
      55,
      {
        v: 51.4,
        numFmt: '0.00',
      },
      4646,
      206,
      {
        v: 4.43,
        numFmt: '0.00',
      },
    ],
    [
      '  美团白河分公司',
      156,
      99,
      {
        v: 63.46,
        numFmt: '0.00',
      },
      2722,
      165,
      {
        v: 6.06,
        numFmt: '0.00',
      },
    ],
    [
      '  达达快送（白河市）',
      131,
      112,
      {
        v: 85.5,
        numFmt: '0.00',
      },
      768,
      32,
      {
        v: 4.17,
        numFmt: '0.00',
      },
    ],
    [
      '  UU跑腿（白河市）',
      151,
      71,
      {
        v: 47.02,
        numFmt: '0.00',
      },
      2706,
      78,
      {
        v: 2.88,
        numFmt: '0.00',
      },
    ],
    [
      '外卖配送合计',
      545,
      337,
      {
        v: 61.83,
        numFmt: '0.00',
      },
      10842,
      481,
      {
        v: 4.44,
        numFmt: '0.00',
      },
    ],
    [
      '  运满满（白河市）',
      10,
      4,
      {
        v: 40,
        numFmt: '0.00',
      },
      738,
      42,
      {
        v: 5.69,
        numFmt: '0.00',
      },
    ],
    [
      '  滴滴货运',
      146,
      79,
      {
        v: 54.11,
        numFmt: '0.00',
      },
      1037,
      58,
      {
        v: 5.59,
        numFmt: '0.00',
      },
    ],
    [
      '  货拉拉（白河市）',
      12,
      11,
      {
        v: 91.67,
        numFmt: '0.00',
      },
      2770,
      172,
      {
        v: 6.21,
        numFmt: '0.00',
      },
    ],
    [
      '货运物流小计',
      168,
      94,
      {
        v: 55.95,
        numFmt: '0.00',
      },
      4545,
      272,
      {
        v: 5.98,
        numFmt: '0.00',
      },
    ],
    [
      '总计',
      1087,
      615,
      {
        v: 56.58,
        numFmt: '0.00',
      },
      26296,
      1300,
      {
        v: 4.94,
        numFmt: '0.00',
      },
    ],
    ['填报单位：中共白河市委组织部'],
    ['填表人：杨某', null, '审核人：张某某', null, '填表日期：2025年10月8日'],
  ],
  merges: ['A1:G1'],
  plant: {
    address: 'B11',
    value: 554,
  },
};

const plainShareOfOther: CaseSheet = {
  name: '丰泽市',
  rows: [
    ['丰泽市新就业群体党建工作新就业群体党员分布（2025年4月）'],
    [null, null, null, null, null, null, null, null, '单位：人、个、%'],
    [
      '县市区',
      '新就业群体从业人员数',
      '其中：党员数',
      '其中流动党员数',
      '占比%',
      '站点（网点）数',
      '覆盖企业（站点）数',
      '已建党组织数',
      '覆盖率%',
    ],
    [
      '全市合计',
      31792,
      1072,
      367,
      {
        v: 3.4,
        numFmt: '0.0',
      },
      437,
      241,
      127,
      {
        v: 55.15,
        numFmt: '0.00',
      },
    ],
    [
      '  市直属',
      12441,
      428,
      195,
      {
        v: 3.4,
        numFmt: '0.0',
      },
      159,
      96,
      56,
      {
        v: 60.38,
        numFmt: '0.00',
      },
    ],
    [
      '  河西区',
      10609,
      366,
      79,
      {
        v: 3.4,
        numFmt: '0.0',
      },
      186,
      145,
      71,
      {
        v: 77.96,
        numFmt: '0.00',
      },
    ],
    [
      '  经开区',
      8742,
      278,
      93,
      {
        v: 3.2,
        numFmt: '0.0',
      },
      92,
      '-',
      '-',
      {
        v: 0,
        numFmt: '0.00',
      },
    ],
    ['覆盖率=已覆盖企业（站点）数÷企业（站点）总数×100%。'],
    ['填报单位：中共丰泽市委组织部'],
    ['填表人：张某某', null, null, '审核人：赵某某', null, null, '填表日期：2025年5月6日'],
  ],
  merges: ['A1:I1'],
  plant: {
    address: 'E5',
    value: 4.3,
  },
};

const totalNoMean: CaseSheet = {
  name: '占比',
  rows: [
    ['附件1'],
    ['金川市新就业群体党员占比情况统计表（截至2025年5月底）'],
    [null, null, null, null, null, null, '计量单位：人、个'],
    ['县（市、区）', '合计', '快递员', '外卖骑手', '网约车驾驶员', '货车司机', '互联网营销师'],
    ['甲', 1, 2, 3, 4, 5, 6],
    [
      '全市合计',
      {
        v: 4.1,
        numFmt: '0.0',
      },
      {
        v: 3.8,
        numFmt: '0.0',
      },
      {
        v: 2.5,
        numFmt: '0.0',
      },
      {
        v: 4.3,
        numFmt: '0.0',
      },
      {
        v: 5.7,
        numFmt: '0.0',
      },
      {
        v: 3.5,
        numFmt: '0.0',
      },
    ],
    [
      '河西区',
      {
        v: 3.9,
        numFmt: '0.0',
      },
      {
        v: 4.7,
        numFmt: '0.0',
      },
      {
        v: 3.7,
        numFmt: '0.0',
      },
      '—',
      {
        v: 3.6,
        numFmt: '0.0',
      },
      {
        v: 2,
        numFmt: '0.0',
      },
    ],
    [
      '临港区',
      {
        v: 4.3,
        numFmt: '0.0',
      },
      {
        v: 3.2,
        numFmt: '0.0',
      },
      {
        v: 1.9,
        numFmt: '0.0',
      },
      {
        v: 5.9,
        numFmt: '0.0',
      },
      {
        v: 6,
        numFmt: '0.0',
      },
      {
        v: 3.7,
        numFmt: '0.0',
      },
    ],
    [
      '东城区',
      {
        v: 5.1,
        numFmt: '0.0',
      },
      {
        v: 2.2,
        numFmt: '0.0',
      },
      {
        v: 4,
        numFmt: '0.0',
      },
      {
        v: 4.7,
        numFmt: '0.0',
      },
      {
        v: 7.1,
        numFmt: '0.0',
      },
      {
        v: 5,
        numFmt: '0.0',
      },
    ],
    [
      '江北区',
      {
        v: 4.1,
        numFmt: '0.0',
      },
      {
        v: 4.1,
        numFmt: '0.0',
      },
      {
        v: 2,
        numFmt: '0.0',
      },
      {
        v: 3.5,
        numFmt: '0.0',
      },
      {
        v: 6.9,
        numFmt: '0.0',
      },
      {
        v: 2.9,
        numFmt: '0.0',
      },
    ],
    [
      '城关区',
      {
        v: 5.8,
        numFmt: '0.0',
      },
      {
        v: 4.1,
        numFmt: '0.0',
      },
      '—',
      {
        v: 5.5,
        numFmt: '0.0',
      },
      {
        v: 7.6,
        numFmt: '0.0',
      },
      {
        v: 2.1,
        numFmt: '0.0',
      },
    ],
    [
      '小计',
      {
        v: 4.6,
        numFmt: '0.0',
      },
      {
        v: 3.8,
        numFmt: '0.0',
      },
      {
        v: 2.9,
        numFmt: '0.0',
      },
      {
        v: 4.6,
        numFmt: '0.0',
      },
      {
        v: 6.7,
        numFmt: '0.0',
      },
      {
        v: 3.6,
        numFmt: '0.0',
      },
    ],
    [
      '永和县',
      {
        v: 4,
        numFmt: '0.0',
      },
      {
        v: 4.1,
        numFmt: '0.0',
      },
      {
        v: 1.4,
        numFmt: '0.0',
      },
      {
        v: 4.9,
        numFmt: '0.0',
      },
      {
        v: 3.9,
        numFmt: '0.0',
      },
      {
        v: 1,
        numFmt: '0.0',
      },
    ],
    [
      '白水县',
      {
        v: 3.3,
        numFmt: '0.0',
      },
      {
        v: 4.7,
        numFmt: '0.0',
      },
      {
        v: 1.4,
        numFmt: '0.0',
      },
      {
        v: 4.1,
        numFmt: '0.0',
      },
      {
        v: 3.8,
        numFmt: '0.0',
      },
      {
        v: 4.8,
        numFmt: '0.0',
      },
    ],
    [
      '青山县',
      {
        v: 3.2,
        numFmt: '0.0',
      },
      {
        v: 2.3,
        numFmt: '0.0',
      },
      {
        v: 2.8,
        numFmt: '0.0',
      },
      {
        v: 3.4,
        numFmt: '0.0',
      },
      {
        v: 4,
        numFmt: '0.0',
      },
      {
        v: 3.9,
        numFmt: '0.0',
      },
    ],
    [
      '县（市）小计',
      {
        v: 3.5,
        numFmt: '0.0',
      },
      {
        v: 3.8,
        numFmt: '0.0',
      },
      {
        v: 1.7,
        numFmt: '0.0',
      },
      {
        v: 4.1,
        numFmt: '0.0',
      },
      {
        v: 3.9,
        numFmt: '0.0',
      },
      {
        v: 3.3,
        numFmt: '0.0',
      },
    ],
    ['注：党员占比=党员数/从业人员数×100%，单位：%。'],
  ],
  merges: ['A2:G2'],
  plant: {
    address: 'B9',
    value: 5.1,
  },
};

const ofWhichGroupNamesakes: CaseSheet = {
  name: '统计表',
  rows: [
    ['新就业群体从业人员构成情况统计表'],
    [null, null, null, null, null, null, null, null, null, null, null, null, '单位：人'],
    ['县（市、区）', '从业人员数', null, null, null, null, null, '其中党员（人）'],
    [
      null,
      '总数',
      '快递员',
      '外卖骑手',
      '网约车驾驶员',
      '货车司机',
      '互联网营销师',
      '小计',
      '快递员',
      '外卖骑手',
      '网约车驾驶员',
      '货车司机',
      '互联网营销师',
    ],
    ['甲', 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
    ['河口镇', 1218, 148, 608, 432, '—', 30, 48, 6, 24, 17, '—', 1],
    ['三里镇', 1842, 393, 79, 646, 724, '—', 108, 19, 1, 34, 54, '—'],
    ['总计', 3060, 541, 687, 1078, 724, 30, 156, 25, 25, 51, 54, 1],
  ],
  merges: ['A1:M1', 'B3:G3', 'H3:M3', 'A3:A4'],
  plant: {
    address: 'I8',
    value: 600,
  },
};

const formulaNoteUnderGroups: CaseSheet = {
  name: '新就业群体',
  rows: [
    ['北辰市新就业群体党员分布情况统计表（截至2024年3月底）'],
    [null, null, null, null, null, null, '单位：人'],
    [
      '地区',
      '从业人员（人）',
      '党员人数（人）',
      '党员所占比例（%）',
      '快递外卖站点数',
      '其中：已覆盖',
      '覆盖比例（%）',
    ],
    [
      '全市合计',
      85390,
      3596,
      {
        v: 4.2,
        numFmt: '0.0',
      },
      1054,
      847,
      {
        v: 80.4,
        numFmt: '0.0',
      },
    ],
    [
      '市直属',
      10941,
      328,
      {
        v: 3,
        numFmt: '0.0',
      },
      113,
      97,
      {
        v: 85.8,
        numFmt: '0.0',
      },
    ],
    [
      '一、市辖区',
      48229,
      2105,
      {
        v: 4.4,
        numFmt: '0.0',
      },
      375,
      285,
      {
        v: 76,
        numFmt: '0.0',
      },
    ],
    [
      '新城区',
      10785,
      397,
      {
        v: 3.7,
        numFmt: '0.0',
      },
      17,
      12,
      {
        v: 70.6,
        numFmt: '0.0',
      },
    ],
    [
      '河西区',
      8909,
      400,
      {
        v: 4.5,
        numFmt: '0.0',
      },
      101,
      85,
      {
        v: 84.2,
        numFmt: '0.0',
      },
    ],
    [
      '经开区',
      11944,
      466,
      {
        v: 0.039,
        numFmt: '0.0',
      },
      59,
      48,
      {
        v: 0.814,
        numFmt: '0.0',
      },
    ],
    [
      '鼓楼区',
      16591,
      842,
      {
        v: 5.1,
        numFmt: '0.0',
      },
      198,
      140,
      {
        v: 0.707,
        numFmt: '0.0',
      },
    ],
    [
      '二、县（市）',
      26220,
      1163,
      {
        v: 4.4,
        numFmt: '0.0',
      },
      566,
      465,
      {
        v: 82.2,
        numFmt: '0.0',
      },
    ],
    [
      '安平县',
      10085,
      452,
      {
        v: 0.045,
        numFmt: '0.0',
      },
      157,
      95,
      {
        v: 0.605,
        numFmt: '0.0',
      },
    ],
    [
      '桃源县',
      6469,
      386,
      {
        v: 6,
        numFmt: '0.0',
      },
      192,
      173,
      {
        v: 90.1,
        numFmt: '0.0',
      },
    ],
    [
      '白水县',
      9666,
      325,
      {
        v: 3.4,
        numFmt: '0.0',
      },
      217,
      197,
      {
        v: 0.908,
        numFmt: '0.0',
      },
    ],
    ['覆盖率=已覆盖企业（站点）数÷企业（站点）总数×100%。'],
    [],
    ['新就业群体党建工作进度月报情况统计表'],
    [null, null, null, null, null, null, '单位：人、个、%'],
    ['单位', '新建党组织（个）', null, null, '纳入管理党员（人）'],
    [null, '上月累计', '1-3月累计', '本月新增', '截至上月累计', '本月新增', '本月累计'],
    ['全市合计', 1030, 1088, 58, 1508, 101, 1609],
    ['市直属', 159, 174, 15, 28, '-', 28],
    ['新城区', 14, 14, '-', 299, 26, 325],
    ['河西区', 83, 83, '-', 296, 17, 313],
    ['经开区', 128, 128, '-', 81, 15, 96],
    ['鼓楼区', 184, 207, 23, 192, 9, 201],
    ['市辖区小计', 409, 432, 23, 868, 67, 935],
    ['安平县', 115, 115, '-', 294, '-', 294],
    ['桃源县', 197, 197, '-', 66, 10, 76],
    ['白水县', 150, 170, 20, 252, 24, 276],
    ['县（市）小计', 462, 482, 20, 612, 34, 646],
    ['注：累计数为本年1月1日以来数据。'],
  ],
  merges: ['A1:G1', 'A17:G17', 'B19:D19', 'E19:G19', 'A19:A20'],
  plant: {
    address: 'B6',
    value: 48292,
  },
};

const changeAmountRow: CaseSheet = {
  name: '基本情况',
  rows: [
    ['附表'],
    ['宁川市2020年养老服务统计快报'],
    [
      '指标',
      '养老机构',
      '公办机构',
      '民办机构',
      '养老床位',
      '其中：护理型床位',
      '入住老人',
      '入住率',
      '护理型床位占比',
      '60岁及以上老年人口',
      '每千名老年人拥有养老床位',
      '社区养老服务站点',
      '城市社区',
      '其中：已建养老服务设施',
      '城市社区养老服务设施覆盖率',
      '农村养老服务设施覆盖率',
      '养老服务从业人员',
      '其中：护理员',
    ],
    [null, '个', '个', '个', '张', '张', '人', '%', '%', '万人', '张', '个', '个', '个', '%', '%', '人', '人'],
    [
      '本年',
      {
        v: 147,
        numFmt: '0',
      },
      {
        v: 51,
        numFmt: '0',
      },
      {
        v: 96,
        numFmt: '0',
      },
      {
        v: 23274,
        numFmt: '0',
      },
      {
        v: 12829,
        numFmt: '0',
      },
      {
        v: 14280,
        numFmt: '0',
      },
      {
        v: 61.4,
        numFmt: '0.0',
      },
      {
        v: 55.1,
        numFmt: '0.0',
      },
      {
        v: 58.1,
        numFmt: '0.0',
      },
      {
        v: 40.08,
        numFmt: '0.00',
      },
      {
        v: 860,
        numFmt: '0',
      },
      {
        v: 390,
        numFmt: '0',
      },
      {
        v: 328,
        numFmt: '0',
      },
      {
        v: 84.1,
        numFmt: '0.0',
      },
      {
        v: 67.9,
        numFmt: '0.0',
      },
      {
        v: 3347,
        numFmt: '0',
      },
      {
        v: 2650,
        numFmt: '0',
      },
    ],
    [
      '上年',
      {
        v: 149,
        numFmt: '0',
      },
      {
        v: 49,
        numFmt: '0',
      },
      {
        v: 100,
        numFmt: '0',
      },
      {
        v: 22295,
        numFmt: '0',
      },
      {
        v: 11310,
        numFmt: '0',
      },
      {
        v: 13601,
        numFmt: '0',
      },
      {
        v: 61,
        numFmt: '0.0',
      },
      {
        v: 50.7,
        numFmt: '0.0',
      },
      {
        v: 56.7,
        numFmt: '0.0',
      },
      {
        v: 39.31,
        numFmt: '0.00',
      },
      {
        v: 700,
        numFmt: '0',
      },
      {
        v: 390,
        numFmt: '0',
      },
      {
        v: 291,
        numFmt: '0',
      },
      {
        v: 74.6,
        numFmt: '0.0',
      },
      {
        v: 52.7,
        numFmt: '0.0',
      },
      {
        v: 3260,
        numFmt: '0',
      },
      {
        v: 2628,
        numFmt: '0',
      },
    ],
    [
      '增减量',
      {
        v: -2,
        numFmt: '0',
      },
      {
        v: 2,
        numFmt: '0',
      },
      {
        v: -4,
        numFmt: '0',
      },
      {
        v: 979,
        numFmt: '0',
      },
      {
        v: 1519,
        numFmt: '0',
      },
      {
        v: 679,
        numFmt: '0',
      },
      {
        v: 0.4,
        numFmt: '0.0',
      },
      {
        v: 4.4,
        numFmt: '0.0',
      },
      {
        v: 1.4,
        numFmt: '0.0',
      },
      {
        v: 0.77,
        numFmt: '0.00',
      },
      {
        v: 160,
        numFmt: '0',
      },
      {
        v: 0,
        numFmt: '0',
      },
      {
        v: 37,
        numFmt: '0',
      },
      {
        v: 9.5,
        numFmt: '0.0',
      },
      {
        v: 15.2,
        numFmt: '0.0',
      },
      {
        v: 87,
        numFmt: '0',
      },
      {
        v: 22,
        numFmt: '0',
      },
    ],
    [
      '比上年增长（%）',
      {
        v: -1.34,
        numFmt: '0.00',
      },
      {
        v: 4.08,
        numFmt: '0.00',
      },
      {
        v: -4,
        numFmt: '0.00',
      },
      {
        v: 4.39,
        numFmt: '0.00',
      },
      {
        v: 13.43,
        numFmt: '0.00',
      },
      {
        v: 4.99,
        numFmt: '0.00',
      },
      '—',
      '—',
      {
        v: 2.41,
        numFmt: '0.00',
      },
      '—',
      {
        v: 22.86,
        numFmt: '0.00',
      },
      {
        v: 0,
        numFmt: '0.00',
      },
      {
        v: 12.71,
        numFmt: '0.00',
      },
      '—',
      '—',
      {
        v: 2.67,
        numFmt: '0.00',
      },
      {
        v: 0.84,
        numFmt: '0.00',
      },
    ],
    ['注：1.统计时间截至2020年12月31日。'],
    ['　　2.入住率=在院老人数÷床位数×100%。'],
  ],
  merges: ['A2:R2', 'A3:A4', 'A9:R9', 'A10:R10'],
  plant: {
    address: 'B5',
    value: 174,
  },
};

const ofWhichSplitTypedDeeper: CaseSheet = {
  name: '分乡镇',
  rows: [
    ['桐柏县2023年分乡镇（街道）养老服务情况'],
    [
      '指标名称',
      '单位',
      '全县合计',
      '街道',
      '1、和平街道',
      '2、城北街道',
      '乡镇',
      '1、新华镇',
      '2、龙泉镇',
      '3、桃源镇',
      '4、八里乡',
      '5、张集镇',
      '6、河西镇',
      '7、白沙镇',
      '8、芦山镇',
      '9、枫林镇',
    ],
    [
      '养老机构',
      '个',
      {
        v: 17,
        numFmt: '#,##0',
      },
      {
        v: 4,
        numFmt: '#,##0',
      },
      {
        v: 1,
        numFmt: '#,##0',
      },
      {
        v: 3,
        numFmt: '#,##0',
      },
      {
        v: 13,
        numFmt: '#,##0',
      },
      {
        v: 1,
        numFmt: '#,##0',
      },
      {
        v: 3,
        numFmt: '#,##0',
      },
      {
        v: 1,
        numFmt: '#,##0',
      },
      {
        v: 1,
        numFmt: '#,##0',
      },
      {
        v: 0,
        numFmt: '#,##0',
      },
      {
        v: 2,
        numFmt: '#,##0',
      },
      {
        v: 1,
        numFmt: '#,##0',
      },
      {
        v: 1,
        numFmt: '#,##0',
      },
      {
        v: 3,
        numFmt: '#,##0',
      },
    ],
    [
      '　其中：公办养老机构',
      '个',
      {
        v: 10,
        numFmt: '#,##0',
      },
      {
        v: 2,
        numFmt: '#,##0',
      },
      {
        v: 1,
        numFmt: '#,##0',
      },
      {
        v: 1,
        numFmt: '#,##0',
      },
      {
        v: 8,
        numFmt: '#,##0',
      },
      {
        v: 1,
        numFmt: '#,##0',
      },
      {
        v: 1,
        numFmt: '#,##0',
      },
      {
        v: 1,
        numFmt: '#,##0',
      },
      {
        v: 1,
        numFmt: '#,##0',
      },
      {
        v: 0,
        numFmt: '#,##0',
      },
      {
        v: 1,
        numFmt: '#,##0',
      },
      {
        v: 1,
        numFmt: '#,##0',
      },
      {
        v: 1,
        numFmt: '#,##0',
      },
      {
        v: 1,
        numFmt: '#,##0',
      },
    ],
    [
      '　　　　　民办养老机构',
      '个',
      {
        v: 7,
        numFmt: '#,##0',
      },
      {
        v: 2,
        numFmt: '#,##0',
      },
      {
        v: 0,
        numFmt: '#,##0',
      },
      {
        v: 2,
        numFmt: '#,##0',
      },
      {
        v: 5,
        numFmt: '#,##0',
      },
      {
        v: 0,
        numFmt: '#,##0',
      },
      {
        v: 2,
        numFmt: '#,##0',
      },
      {
        v: 0,
        numFmt: '#,##0',
      },
      {
        v: 0,
        numFmt: '#,##0',
      },
      {
        v: 0,
        numFmt: '#,##0',
      },
      {
        v: 1,
        numFmt: '#,##0',
      },
      {
        v: 0,
        numFmt: '#,##0',
      },
      {
        v: 0,
        numFmt: '#,##0',
      },
      {
        v: 2,
        numFmt: '#,##0',
      },
    ],
    [
      '床位数',
      '张',
      {
        v: 2476,
        numFmt: '#,##0',
      },
      {
        v: 616,
        numFmt: '#,##0',
      },
      {
        v: 26,
        numFmt: '#,##0',
      },
      {
        v: 590,
        numFmt: '#,##0',
      },
      {
        v: 1860,
        numFmt: '#,##0',
      },
      {
        v: 50,
        numFmt: '#,##0',
      },
      {
        v: 404,
        numFmt: '#,##0',
      },
      {
        v: 260,
        numFmt: '#,##0',
      },
      {
        v: 240,
        numFmt: '#,##0',
      },
      {
        v: 0,
        numFmt: '#,##0',
      },
      {
        v: 268,
        numFmt: '#,##0',
      },
      {
        v: 190,
        numFmt: '#,##0',
      },
      {
        v: 78,
        numFmt: '#,##0',
      },
      {
        v: 370,
        numFmt: '#,##0',
      },
    ],
    [
      '　其中：护理型床位',
      '张',
      {
        v: 1327,
        numFmt: '#,##0',
      },
      {
        v: 405,
        numFmt: '#,##0',
      },
      {
        v: 16,
        numFmt: '#,##0',
      },
      {
        v: 389,
        numFmt: '#,##0',
      },
      {
        v: 922,
        numFmt: '#,##0',
      },
      {
        v: 37,
        numFmt: '#,##0',
      },
      {
        v: 186,
        numFmt: '#,##0',
      },
      {
        v: 102,
        numFmt: '#,##0',
      },
      {
        v: 178,
        numFmt: '#,##0',
      },
      {
        v: 0,
        numFmt: '#,##0',
      },
      {
        v: 86,
        numFmt: '#,##0',
      },
      {
        v: 51,
        numFmt: '#,##0',
      },
      {
        v: 35,
        numFmt: '#,##0',
      },
      {
        v: 247,
        numFmt: '#,##0',
      },
    ],
    [
      '在院老人',
      '人',
      {
        v: 1498,
        numFmt: '#,##0',
      },
      {
        v: 288,
        numFmt: '#,##0',
      },
      {
        v: 10,
        numFmt: '#,##0',
      },
      {
        v: 278,
        numFmt: '#,##0',
      },
      {
        v: 1210,
        numFmt: '#,##0',
      },
      {
        v: 28,
        numFmt: '#,##0',
      },
      {
        v: 306,
        numFmt: '#,##0',
      },
      {
        v: 214,
        numFmt: '#,##0',
      },
      {
        v: 82,
        numFmt: '#,##0',
      },
      {
        v: 0,
        numFmt: '#,##0',
      },
      {
        v: 96,
        numFmt: '#,##0',
      },
      {
        v: 144,
        numFmt: '#,##0',
      },
      {
        v: 60,
        numFmt: '#,##0',
      },
      {
        v: 280,
        numFmt: '#,##0',
      },
    ],
    [
      '入住率',
      '%',
      {
        v: 60.5,
        numFmt: '0.0',
      },
      {
        v: 46.8,
        numFmt: '0.0',
      },
      {
        v: 38.5,
        numFmt: '0.0',
      },
      {
        v: 47.1,
        numFmt: '0.0',
      },
      {
        v: 65.1,
        numFmt: '0.0',
      },
      {
        v: 56,
        numFmt: '0.0',
      },
      {
        v: 75.7,
        numFmt: '0.0',
      },
      {
        v: 82.3,
        numFmt: '0.0',
      },
      {
        v: 34.2,
        numFmt: '0.0',
      },
      '—',
      {
        v: 35.8,
        numFmt: '0.0',
      },
      {
        v: 75.8,
        numFmt: '0.0',
      },
      {
        v: 76.9,
        numFmt: '0.0',
      },
      {
        v: 75.7,
        numFmt: '0.0',
      },
    ],
    [
      '60岁及以上老年人口',
      '人',
      {
        v: 88784,
        numFmt: '#,##0',
      },
      {
        v: 12238,
        numFmt: '#,##0',
      },
      {
        v: 8211,
        numFmt: '#,##0',
      },
      {
        v: 4027,
        numFmt: '#,##0',
      },
      {
        v: 76546,
        numFmt: '#,##0',
      },
      {
        v: 10924,
        numFmt: '#,##0',
      },
      {
        v: 6481,
        numFmt: '#,##0',
      },
      {
        v: 3976,
        numFmt: '#,##0',
      },
      {
        v: 10333,
        numFmt: '#,##0',
      },
      {
        v: 5322,
        numFmt: '#,##0',
      },
      {
        v: 8162,
        numFmt: '#,##0',
      },
      {
        v: 9153,
        numFmt: '#,##0',
      },
      {
        v: 10521,
        numFmt: '#,##0',
      },
      {
        v: 11674,
        numFmt: '#,##0',
      },
    ],
    [
      '每千名老年人拥有养老床位',
      '张',
      {
        v: 27.9,
        numFmt: '0.0',
      },
      {
        v: 50.3,
        numFmt: '0.0',
      },
      {
        v: 3.2,
        numFmt: '0.0',
      },
      {
        v: 146.5,
        numFmt: '0.0',
      },
      {
        v: 24.3,
        numFmt: '0.0',
      },
      {
        v: 4.6,
        numFmt: '0.0',
      },
      {
        v: 62.3,
        numFmt: '0.0',
      },
      {
        v: 65.4,
        numFmt: '0.0',
      },
      {
        v: 23.2,
        numFmt: '0.0',
      },
      {
        v: 0,
        numFmt: '0.0',
      },
      {
        v: 32.8,
        numFmt: '0.0',
      },
      {
        v: 20.8,
        numFmt: '0.0',
      },
      {
        v: 7.4,
        numFmt: '0.0',
      },
      {
        v: 31.7,
        numFmt: '0.0',
      },
    ],
    [
      '注：1.统计时间截至2023年12月31日。2.每千名老年人拥有养老床位=养老床位数÷60岁及以上老年人口×1000。3.“—”表示无此项或数据为零。',
    ],
    ['填报单位：桐柏县民政局　　负责人：王建国　　填表人：李娜　　填表日期：2024年1月13日'],
  ],
  merges: ['A1:P1', 'A12:P12'],
  plant: { address: 'F3', value: 4 },
};

const numberedGroupBlankLast: CaseSheet = {
  name: 'Sheet2',
  rows: [
    ['2021年宁远县养老床位与老年人口情况'],
    ['地区', '老年人口数（人）', '养老床位数（张）', '其中：护理型床位（张）', '每千名老年人养老床位数（张）'],
    [
      '一、街道',
      {
        v: 27899,
        numFmt: '0',
      },
      {
        v: 1138,
        numFmt: '0',
      },
      {
        v: 485,
        numFmt: '0',
      },
      {
        v: 40.8,
        numFmt: '0.0',
      },
    ],
    [
      '和平街道',
      {
        v: 6556,
        numFmt: '0',
      },
      {
        v: 99,
        numFmt: '0',
      },
      {
        v: 77,
        numFmt: '0',
      },
      {
        v: 15.1,
        numFmt: '0.0',
      },
    ],
    [
      '东湖街道',
      {
        v: 4274,
        numFmt: '0',
      },
      {
        v: 416,
        numFmt: '0',
      },
      {
        v: 113,
        numFmt: '0',
      },
      {
        v: 97.3,
        numFmt: '0.0',
      },
    ],
    [
      '中山街道',
      {
        v: 7663,
        numFmt: '0',
      },
      {
        v: 344,
        numFmt: '0',
      },
      {
        v: 182,
        numFmt: '0',
      },
      {
        v: 44.9,
        numFmt: '0.0',
      },
    ],
    [
      '建设街道',
      {
        v: 9406,
        numFmt: '0',
      },
      {
        v: 279,
        numFmt: '0',
      },
      {
        v: 113,
        numFmt: '0',
      },
      {
        v: 29.7,
        numFmt: '0.0',
      },
    ],
    [
      '二、乡镇',
      {
        v: 73843,
        numFmt: '0',
      },
      {
        v: 3199,
        numFmt: '0',
      },
      {
        v: 1554,
        numFmt: '0',
      },
      {
        v: 43.3,
        numFmt: '0.0',
      },
    ],
    [
      '永安乡',
      {
        v: 2737,
        numFmt: '0',
      },
      {
        v: 280,
        numFmt: '0',
      },
      {
        v: 107,
        numFmt: '0',
      },
      {
        v: 102.3,
        numFmt: '0.0',
      },
    ],
    [
      '高庙镇',
      {
        v: 11805,
        numFmt: '0',
      },
      {
        v: 720,
        numFmt: '0',
      },
      {
        v: 393,
        numFmt: '0',
      },
      {
        v: 61,
        numFmt: '0.0',
      },
    ],
    [
      '金山镇',
      {
        v: 11704,
        numFmt: '0',
      },
      {
        v: 297,
        numFmt: '0',
      },
      {
        v: 198,
        numFmt: '0',
      },
      {
        v: 25.4,
        numFmt: '0.0',
      },
    ],
    [
      '临河乡',
      {
        v: 8329,
        numFmt: '0',
      },
      {
        v: 158,
        numFmt: '0',
      },
      {
        v: 119,
        numFmt: '0',
      },
      {
        v: 19,
        numFmt: '0.0',
      },
    ],
    [
      '孙庄镇',
      {
        v: 6248,
        numFmt: '0',
      },
      {
        v: 665,
        numFmt: '0',
      },
      {
        v: 222,
        numFmt: '0',
      },
      {
        v: 106.4,
        numFmt: '0.0',
      },
    ],
    [
      '郑庄乡',
      {
        v: 5296,
        numFmt: '0',
      },
      {
        v: 523,
        numFmt: '0',
      },
      {
        v: 289,
        numFmt: '0',
      },
      {
        v: 98.8,
        numFmt: '0.0',
      },
    ],
    [
      '银湖镇',
      {
        v: 9415,
        numFmt: '0',
      },
      {
        v: 200,
        numFmt: '0',
      },
      {
        v: 109,
        numFmt: '0',
      },
      {
        v: 21.2,
        numFmt: '0.0',
      },
    ],
    [
      '福兴镇',
      {
        v: 10026,
        numFmt: '0',
      },
      {
        v: 356,
        numFmt: '0',
      },
      {
        v: 117,
        numFmt: '0',
      },
      {
        v: 35.5,
        numFmt: '0.0',
      },
    ],
    [
      '七里镇',
      {
        v: 8283,
        numFmt: '0',
      },
      null,
      null,
      {
        v: 0,
        numFmt: '0.0',
      },
    ],
    [
      '全县',
      {
        v: 101742,
        numFmt: '0',
      },
      {
        v: 4337,
        numFmt: '0',
      },
      {
        v: 2039,
        numFmt: '0',
      },
      {
        v: 42.6,
        numFmt: '0.0',
      },
    ],
    ['单位负责人：　　　统计负责人：　　　填表人：　　　联系电话：0599-3529624'],
  ],
  merges: ['A1:E1'],
  plant: {
    address: 'C18',
    value: 3199,
  },
};

const pairedGroupsOfOne: CaseSheet = {
  name: '经费',
  rows: [
    ['瑞昌市2020年养老服务经费情况'],
    ['乡镇(街道)', '经费（万元）'],
    [null, '合计', '财政补助', '福彩公益金', '其他'],
    [
      '全市',
      {
        v: 391.3,
        numFmt: '0.0',
      },
      {
        v: 319.8,
        numFmt: '0.0',
      },
      {
        v: 29.7,
        numFmt: '0.0',
      },
      {
        v: 41.9,
        numFmt: '0.0',
      },
    ],
    [
      '城区',
      {
        v: 179.4,
        numFmt: '0.0',
      },
      {
        v: 162.7,
        numFmt: '0.0',
      },
      {
        v: 4.7,
        numFmt: '0.0',
      },
      {
        v: 12,
        numFmt: '0.0',
      },
    ],
    [
      '城西街道',
      {
        v: 179.4,
        numFmt: '0.0',
      },
      {
        v: 162.7,
        numFmt: '0.0',
      },
      {
        v: 4.7,
        numFmt: '0.0',
      },
      {
        v: 12,
        numFmt: '0.0',
      },
    ],
    [
      '农村',
      {
        v: 211.9,
        numFmt: '0.0',
      },
      {
        v: 157.1,
        numFmt: '0.0',
      },
      {
        v: 25,
        numFmt: '0.0',
      },
      {
        v: 29.9,
        numFmt: '0.0',
      },
    ],
    [
      '红旗乡',
      {
        v: 211.9,
        numFmt: '0.0',
      },
      {
        v: 157.1,
        numFmt: '0.0',
      },
      {
        v: 25,
        numFmt: '0.0',
      },
      {
        v: 29.9,
        numFmt: '0.0',
      },
    ],
    ['注：1.统计时间截至2020年12月31日。'],
    ['　　2.“—”表示无此项或数据为零。'],
  ],
  merges: ['A1:E1', 'B2:E2', 'A2:A3', 'A9:E9', 'A10:E10'],
  plant: {
    address: 'B4',
    value: 931.3,
  },
};

const numberedGroupDashedFirst: CaseSheet = {
  name: '本年与上年',
  rows: [
    ['附表'],
    ['安平县2022年养老床位及入住情况（与上年比较）'],
    ['单位', '床位数（张）', null, null, null, '在院老人（人）'],
    [null, '本年', '上年', '增减数', '增长率（%）', '本年', '上年'],
    [
      '总计',
      {
        v: 2475,
        numFmt: '0',
      },
      {
        v: 2361,
        numFmt: '0',
      },
      {
        v: 114,
        numFmt: '0',
      },
      {
        v: 4.83,
        numFmt: '0.00',
      },
      {
        v: 1529,
        numFmt: '0',
      },
      {
        v: 1442,
        numFmt: '0',
      },
    ],
    [
      '一、街道',
      {
        v: 851,
        numFmt: '0',
      },
      {
        v: 794,
        numFmt: '0',
      },
      {
        v: 57,
        numFmt: '0',
      },
      {
        v: 7.18,
        numFmt: '0.00',
      },
      {
        v: 463,
        numFmt: '0',
      },
      {
        v: 381,
        numFmt: '0',
      },
    ],
    [
      '胜利街道',
      '—',
      '—',
      {
        v: 0,
        numFmt: '0',
      },
      null,
      '—',
      '—',
    ],
    [
      '文化街道',
      {
        v: 498,
        numFmt: '0',
      },
      {
        v: 441,
        numFmt: '0',
      },
      {
        v: 57,
        numFmt: '0',
      },
      {
        v: 12.93,
        numFmt: '0.00',
      },
      {
        v: 345,
        numFmt: '0',
      },
      {
        v: 261,
        numFmt: '0',
      },
    ],
    [
      '新城街道',
      {
        v: 353,
        numFmt: '0',
      },
      {
        v: 353,
        numFmt: '0',
      },
      {
        v: 0,
        numFmt: '0',
      },
      {
        v: 0,
        numFmt: '0.00',
      },
      {
        v: 118,
        numFmt: '0',
      },
      {
        v: 120,
        numFmt: '0',
      },
    ],
    [
      '二、乡镇',
      {
        v: 1624,
        numFmt: '0',
      },
      {
        v: 1567,
        numFmt: '0',
      },
      {
        v: 57,
        numFmt: '0',
      },
      {
        v: 3.64,
        numFmt: '0.00',
      },
      {
        v: 1066,
        numFmt: '0',
      },
      {
        v: 1061,
        numFmt: '0',
      },
    ],
    [
      '桑园镇',
      {
        v: 341,
        numFmt: '0',
      },
      {
        v: 355,
        numFmt: '0',
      },
      {
        v: -14,
        numFmt: '0',
      },
      {
        v: -3.94,
        numFmt: '0.00',
      },
      {
        v: 191,
        numFmt: '0',
      },
      {
        v: 177,
        numFmt: '0',
      },
    ],
    [
      '九龙镇',
      {
        v: 157,
        numFmt: '0',
      },
      {
        v: 157,
        numFmt: '0',
      },
      {
        v: 0,
        numFmt: '0',
      },
      {
        v: 0,
        numFmt: '0.00',
      },
      {
        v: 103,
        numFmt: '0',
      },
      {
        v: 95,
        numFmt: '0',
      },
    ],
    [
      '双庙镇',
      {
        v: 416,
        numFmt: '0',
      },
      {
        v: 416,
        numFmt: '0',
      },
      {
        v: 0,
        numFmt: '0',
      },
      {
        v: 0,
        numFmt: '0.00',
      },
      {
        v: 284,
        numFmt: '0',
      },
      {
        v: 305,
        numFmt: '0',
      },
    ],
    [
      '盘石乡',
      {
        v: 530,
        numFmt: '0',
      },
      {
        v: 494,
        numFmt: '0',
      },
      {
        v: 36,
        numFmt: '0',
      },
      {
        v: 7.29,
        numFmt: '0.00',
      },
      {
        v: 363,
        numFmt: '0',
      },
      {
        v: 378,
        numFmt: '0',
      },
    ],
    [
      '东关镇',
      {
        v: 180,
        numFmt: '0',
      },
      {
        v: 145,
        numFmt: '0',
      },
      {
        v: 35,
        numFmt: '0',
      },
      {
        v: 24.14,
        numFmt: '0.00',
      },
      {
        v: 125,
        numFmt: '0',
      },
      {
        v: 106,
        numFmt: '0',
      },
    ],
  ],
  merges: ['A2:G2', 'B3:E3', 'F3:G3', 'A3:A4'],
  plant: {
    address: 'B8',
    value: 489,
  },
};

const countyFirstOverSubtotals: CaseSheet = {
  name: '机构床位',
  rows: [
    ['青阳县2020年养老机构及床位情况表'],
    [
      '单位',
      '养老机构（个）',
      null,
      null,
      '床位数（张）',
      null,
      '年末在院人数（人）',
      '入住率（%）',
      '护理型床位占比（%）',
    ],
    [null, '合计', '公办', '民办', '合计', '护理型床位'],
    [
      '青阳县',
      {
        v: 30,
        numFmt: '#,##0',
      },
      {
        v: 14,
        numFmt: '#,##0',
      },
      {
        v: 16,
        numFmt: '#,##0',
      },
      {
        v: 5216,
        numFmt: '#,##0',
      },
      {
        v: 2242,
        numFmt: '#,##0',
      },
      {
        v: 2941,
        numFmt: '#,##0',
      },
      {
        v: 56.4,
        numFmt: '0.0',
      },
      {
        v: 43,
        numFmt: '0.0',
      },
    ],
    [
      '街道小计',
      {
        v: 4,
        numFmt: '#,##0',
      },
      {
        v: 1,
        numFmt: '#,##0',
      },
      {
        v: 3,
        numFmt: '#,##0',
      },
      {
        v: 935,
        numFmt: '#,##0',
      },
      {
        v: 364,
        numFmt: '#,##0',
      },
      {
        v: 780,
        numFmt: '#,##0',
      },
      {
        v: 83.4,
        numFmt: '0.0',
      },
      {
        v: 38.9,
        numFmt: '0.0',
      },
    ],
    ['　　城北街道', null, null, null, null, null, null, '-', '-'],
    [
      '　　中山街道',
      {
        v: 4,
        numFmt: '#,##0',
      },
      {
        v: 1,
        numFmt: '#,##0',
      },
      {
        v: 3,
        numFmt: '#,##0',
      },
      {
        v: 935,
        numFmt: '#,##0',
      },
      {
        v: 364,
        numFmt: '#,##0',
      },
      {
        v: 780,
        numFmt: '#,##0',
      },
      {
        v: 83.4,
        numFmt: '0.0',
      },
      {
        v: 38.9,
        numFmt: '0.0',
      },
    ],
    [
      '乡镇小计',
      {
        v: 26,
        numFmt: '#,##0',
      },
      {
        v: 13,
        numFmt: '#,##0',
      },
      {
        v: 13,
        numFmt: '#,##0',
      },
      {
        v: 4281,
        numFmt: '#,##0',
      },
      {
        v: 1878,
        numFmt: '#,##0',
      },
      {
        v: 2161,
        numFmt: '#,##0',
      },
      {
        v: 50.5,
        numFmt: '0.0',
      },
      {
        v: 43.9,
        numFmt: '0.0',
      },
    ],
    [
      '　　花园镇',
      {
        v: 1,
        numFmt: '#,##0',
      },
      {
        v: 1,
        numFmt: '#,##0',
      },
      null,
      {
        v: 100,
        numFmt: '#,##0',
      },
      {
        v: 67,
        numFmt: '#,##0',
      },
      {
        v: 75,
        numFmt: '#,##0',
      },
      {
        v: 75,
        numFmt: '0.0',
      },
      {
        v: 67,
        numFmt: '0.0',
      },
    ],
    [
      '　　竹园镇',
      {
        v: 3,
        numFmt: '#,##0',
      },
      {
        v: 1,
        numFmt: '#,##0',
      },
      {
        v: 2,
        numFmt: '#,##0',
      },
      {
        v: 566,
        numFmt: '#,##0',
      },
      {
        v: 243,
        numFmt: '#,##0',
      },
      {
        v: 212,
        numFmt: '#,##0',
      },
      {
        v: 37.5,
        numFmt: '0.0',
      },
      {
        v: 42.9,
        numFmt: '0.0',
      },
    ],
    [
      '　　桃源镇',
      {
        v: 3,
        numFmt: '#,##0',
      },
      {
        v: 2,
        numFmt: '#,##0',
      },
      {
        v: 1,
        numFmt: '#,##0',
      },
      {
        v: 462,
        numFmt: '#,##0',
      },
      {
        v: 159,
        numFmt: '#,##0',
      },
      {
        v: 149,
        numFmt: '#,##0',
      },
      {
        v: 32.3,
        numFmt: '0.0',
      },
      {
        v: 34.4,
        numFmt: '0.0',
      },
    ],
    [
      '　　永安镇',
      {
        v: 2,
        numFmt: '#,##0',
      },
      {
        v: 1,
        numFmt: '#,##0',
      },
      {
        v: 1,
        numFmt: '#,##0',
      },
      {
        v: 360,
        numFmt: '#,##0',
      },
      {
        v: 161,
        numFmt: '#,##0',
      },
      {
        v: 261,
        numFmt: '#,##0',
      },
      {
        v: 72.5,
        numFmt: '0.0',
      },
      {
        v: 44.7,
        numFmt: '0.0',
      },
    ],
    [
      '　　梨园镇',
      {
        v: 3,
        numFmt: '#,##0',
      },
      {
        v: 1,
        numFmt: '#,##0',
      },
      {
        v: 2,
        numFmt: '#,##0',
      },
      {
        v: 616,
        numFmt: '#,##0',
      },
      {
        v: 166,
        numFmt: '#,##0',
      },
      {
        v: 199,
        numFmt: '#,##0',
      },
      {
        v: 32.3,
        numFmt: '0.0',
      },
      {
        v: 26.9,
        numFmt: '0.0',
      },
    ],
    [
      '　　七里镇',
      {
        v: 3,
        numFmt: '#,##0',
      },
      {
        v: 1,
        numFmt: '#,##0',
      },
      {
        v: 2,
        numFmt: '#,##0',
      },
      {
        v: 379,
        numFmt: '#,##0',
      },
      {
        v: 111,
        numFmt: '#,##0',
      },
      {
        v: 299,
        numFmt: '#,##0',
      },
      {
        v: 78.9,
        numFmt: '0.0',
      },
      {
        v: 29.3,
        numFmt: '0.0',
      },
    ],
    [
      '　　古城乡',
      {
        v: 2,
        numFmt: '#,##0',
      },
      {
        v: 1,
        numFmt: '#,##0',
      },
      {
        v: 1,
        numFmt: '#,##0',
      },
      {
        v: 402,
        numFmt: '#,##0',
      },
      {
        v: 233,
        numFmt: '#,##0',
      },
      {
        v: 130,
        numFmt: '#,##0',
      },
      {
        v: 32.3,
        numFmt: '0.0',
      },
      {
        v: 58,
        numFmt: '0.0',
      },
    ],
    [
      '　　新华镇',
      {
        v: 3,
        numFmt: '#,##0',
      },
      {
        v: 1,
        numFmt: '#,##0',
      },
      {
        v: 2,
        numFmt: '#,##0',
      },
      {
        v: 451,
        numFmt: '#,##0',
      },
      {
        v: 329,
        numFmt: '#,##0',
      },
      {
        v: 272,
        numFmt: '#,##0',
      },
      {
        v: 60.3,
        numFmt: '0.0',
      },
      {
        v: 72.9,
        numFmt: '0.0',
      },
    ],
    [
      '　　桑园镇',
      {
        v: 2,
        numFmt: '#,##0',
      },
      {
        v: 1,
        numFmt: '#,##0',
      },
      {
        v: 1,
        numFmt: '#,##0',
      },
      {
        v: 312,
        numFmt: '#,##0',
      },
      {
        v: 158,
        numFmt: '#,##0',
      },
      {
        v: 132,
        numFmt: '#,##0',
      },
      {
        v: 42.3,
        numFmt: '0.0',
      },
      {
        v: 50.6,
        numFmt: '0.0',
      },
    ],
    [
      '　　凤凰乡',
      {
        v: 1,
        numFmt: '#,##0',
      },
      {
        v: 1,
        numFmt: '#,##0',
      },
      null,
      {
        v: 105,
        numFmt: '#,##0',
      },
      {
        v: 40,
        numFmt: '#,##0',
      },
      {
        v: 75,
        numFmt: '#,##0',
      },
      {
        v: 71.4,
        numFmt: '0.0',
      },
      {
        v: 38.1,
        numFmt: '0.0',
      },
    ],
    [
      '　　双河镇',
      {
        v: 2,
        numFmt: '#,##0',
      },
      {
        v: 1,
        numFmt: '#,##0',
      },
      {
        v: 1,
        numFmt: '#,##0',
      },
      {
        v: 288,
        numFmt: '#,##0',
      },
      {
        v: 92,
        numFmt: '#,##0',
      },
      {
        v: 144,
        numFmt: '#,##0',
      },
      {
        v: 50,
        numFmt: '0.0',
      },
      {
        v: 31.9,
        numFmt: '0.0',
      },
    ],
    [
      '　　孙庄镇',
      {
        v: 1,
        numFmt: '#,##0',
      },
      {
        v: 1,
        numFmt: '#,##0',
      },
      null,
      {
        v: 240,
        numFmt: '#,##0',
      },
      {
        v: 119,
        numFmt: '#,##0',
      },
      {
        v: 213,
        numFmt: '#,##0',
      },
      {
        v: 88.8,
        numFmt: '0.0',
      },
      {
        v: 49.6,
        numFmt: '0.0',
      },
    ],
  ],
  merges: ['A1:I1', 'B2:D2', 'E2:F2', 'A2:A3', 'G2:G3', 'H2:H3', 'I2:I3'],
  plant: {
    address: 'B4',
    value: 30,
  },
};

const perThousandOver10k: CaseSheet = {
  name: '老年人口与床位',
  rows: [
    ['2021年平山县每千名老年人拥有养老床位情况'],
    [
      '序号',
      '乡镇（街道）',
      '养老机构（个）',
      '60岁及以上老年人口（万人）',
      '养老床位（张）',
      '每千名老年人养老床位数（张）',
      '社区养老服务设施（个）',
    ],
    ['乙', '甲', 1, 2, 3, 4, 5],
    [
      null,
      '平山县',
      {
        v: 20,
        numFmt: '0',
      },
      {
        v: 7.37,
        numFmt: '0.00',
      },
      {
        v: 3552,
        numFmt: '0',
      },
      {
        v: 48.21,
        numFmt: '0.00',
      },
      {
        v: 179,
        numFmt: '0',
      },
    ],
    [
      1,
      '胜利街道',
      {
        v: 1,
        numFmt: '0',
      },
      {
        v: 0.89,
        numFmt: '0.00',
      },
      {
        v: 61,
        numFmt: '0',
      },
      {
        v: 6.86,
        numFmt: '0.00',
      },
      {
        v: 13,
        numFmt: '0',
      },
    ],
    [
      2,
      '鼓楼街道',
      {
        v: 0,
        numFmt: '0',
      },
      {
        v: 1.7,
        numFmt: '0.00',
      },
      {
        v: 0,
        numFmt: '0',
      },
      {
        v: 0,
        numFmt: '0.00',
      },
      {
        v: 16,
        numFmt: '0',
      },
    ],
    [
      3,
      '花园镇',
      {
        v: 2,
        numFmt: '0',
      },
      {
        v: 0.46,
        numFmt: '0.00',
      },
      {
        v: 480,
        numFmt: '0',
      },
      {
        v: 105.19,
        numFmt: '0.00',
      },
      {
        v: 12,
        numFmt: '0',
      },
    ],
    [
      4,
      '孙庄镇',
      {
        v: 3,
        numFmt: '0',
      },
      {
        v: 0.28,
        numFmt: '0.00',
      },
      {
        v: 723,
        numFmt: '0',
      },
      {
        v: 254.58,
        numFmt: '0.00',
      },
      {
        v: 29,
        numFmt: '0',
      },
    ],
    [
      5,
      '临河乡',
      {
        v: 2,
        numFmt: '0',
      },
      {
        v: 0.92,
        numFmt: '0.00',
      },
      {
        v: 331,
        numFmt: '0',
      },
      {
        v: 35.92,
        numFmt: '0.00',
      },
      {
        v: 19,
        numFmt: '0',
      },
    ],
    [
      6,
      '白马镇',
      {
        v: 3,
        numFmt: '0',
      },
      {
        v: 0.81,
        numFmt: '0.00',
      },
      {
        v: 380,
        numFmt: '0',
      },
      {
        v: 46.8,
        numFmt: '0.00',
      },
      {
        v: 19,
        numFmt: '0',
      },
    ],
    [
      7,
      '周家镇',
      {
        v: 3,
        numFmt: '0',
      },
      {
        v: 0.85,
        numFmt: '0.00',
      },
      {
        v: 641,
        numFmt: '0',
      },
      {
        v: 75.11,
        numFmt: '0.00',
      },
      {
        v: 19,
        numFmt: '0',
      },
    ],
    [
      8,
      '官庄镇',
      {
        v: 2,
        numFmt: '0',
      },
      {
        v: 0.32,
        numFmt: '0.00',
      },
      {
        v: 330,
        numFmt: '0',
      },
      {
        v: 102.58,
        numFmt: '0.00',
      },
      {
        v: 13,
        numFmt: '0',
      },
    ],
    [
      9,
      '解放镇',
      {
        v: 1,
        numFmt: '0',
      },
      {
        v: 0.76,
        numFmt: '0.00',
      },
      {
        v: 268,
        numFmt: '0',
      },
      {
        v: 35.22,
        numFmt: '0.00',
      },
      {
        v: 21,
        numFmt: '0',
      },
    ],
    [
      10,
      '双河乡',
      {
        v: 3,
        numFmt: '0',
      },
      {
        v: 0.37,
        numFmt: '0.00',
      },
      {
        v: 338,
        numFmt: '0',
      },
      {
        v: 91.35,
        numFmt: '0.00',
      },
      {
        v: 18,
        numFmt: '0',
      },
    ],
    ['注：1.统计时间截至2021年12月31日。'],
    ['　　2.每千名老年人拥有养老床位=养老床位数÷60岁及以上老年人口×1000。'],
    ['　　3.“—”表示无此项或数据为零。'],
  ],
  merges: ['A1:G1', 'A15:G15', 'A16:G16', 'A17:G17'],
  plant: {
    address: 'F5',
    value: 68.59,
  },
};

const pointsAfterPeriodBlocks: CaseSheet = {
  name: 'Sheet1',
  rows: [
    ['表1'],
    ['宁远市2025年新就业群体党员占比变化情况表'],
    [null, null, null, null, null, null, null, '单位：人、个、%'],
    ['地区', '2024年', null, null, '2025年', null, null, '增减（百分点）'],
    [null, '从业人员', '党员', '党员占比（%）', '从业人员', '党员', '党员占比（%）'],
    [
      '新城区',
      8945,
      440,
      {
        v: 4.9,
        numFmt: '0.0',
      },
      11467,
      408,
      {
        v: 3.6,
        numFmt: '0.0',
      },
      {
        v: -1.3,
        numFmt: '0.0',
      },
    ],
    [
      '新区',
      9235,
      417,
      {
        v: 4.5,
        numFmt: '0.0',
      },
      11859,
      551,
      {
        v: 4.6,
        numFmt: '0.0',
      },
      {
        v: 0.1,
        numFmt: '0.0',
      },
    ],
    [
      '北湖区',
      5011,
      186,
      {
        v: 3.7,
        numFmt: '0.0',
      },
      6342,
      227,
      {
        v: 3.6,
        numFmt: '0.0',
      },
      {
        v: -0.1,
        numFmt: '0.0',
      },
    ],
    [
      '东城区',
      9915,
      410,
      {
        v: 4.1,
        numFmt: '0.0',
      },
      10702,
      442,
      {
        v: 4.1,
        numFmt: '0.0',
      },
      {
        v: 0,
        numFmt: '0.0',
      },
    ],
    [
      '城关区',
      8466,
      172,
      {
        v: 2,
        numFmt: '0.0',
      },
      7904,
      238,
      {
        v: 3,
        numFmt: '0.0',
      },
      {
        v: 1,
        numFmt: '0.0',
      },
    ],
    [
      '滨江区',
      11357,
      389,
      {
        v: 3.4,
        numFmt: '0.0',
      },
      10733,
      397,
      {
        v: 3.7,
        numFmt: '0.0',
      },
      {
        v: 0.3,
        numFmt: '0.0',
      },
    ],
    [
      '永和县',
      10864,
      550,
      {
        v: 5.1,
        numFmt: '0.0',
      },
      12336,
      484,
      {
        v: 3.9,
        numFmt: '0.0',
      },
      {
        v: -1.2,
        numFmt: '0.0',
      },
    ],
    [
      '松阳县',
      15651,
      638,
      {
        v: 4.1,
        numFmt: '0.0',
      },
      17496,
      797,
      {
        v: 4.6,
        numFmt: '0.0',
      },
      {
        v: 0.5,
        numFmt: '0.0',
      },
    ],
    [
      '桃源县',
      11188,
      479,
      {
        v: 4.3,
        numFmt: '0.0',
      },
      11890,
      442,
      {
        v: 3.7,
        numFmt: '0.0',
      },
      {
        v: -0.6,
        numFmt: '0.0',
      },
    ],
    [
      '石门县',
      9785,
      386,
      {
        v: 3.9,
        numFmt: '0.0',
      },
      11929,
      373,
      {
        v: 3.1,
        numFmt: '0.0',
      },
      {
        v: -0.8,
        numFmt: '0.0',
      },
    ],
    [
      '长宁县',
      4996,
      313,
      {
        v: 6.3,
        numFmt: '0.0',
      },
      6339,
      278,
      {
        v: 4.4,
        numFmt: '0.0',
      },
      {
        v: -1.9,
        numFmt: '0.0',
      },
    ],
    [
      '全 市',
      105413,
      4380,
      {
        v: 4.2,
        numFmt: '0.0',
      },
      118997,
      4637,
      {
        v: 3.9,
        numFmt: '0.0',
      },
      {
        v: -0.3,
        numFmt: '0.0',
      },
    ],
    ['注：占比增减=本年占比-上年占比。'],
    ['填表人：周某', null, '审核人：刘某', null, '填表日期：2025年11月1日'],
  ],
  merges: ['A2:H2', 'B4:D4', 'E4:G4', 'A4:A5', 'H4:H5'],
  plant: {
    address: 'H6',
    value: 1.3,
  },
};

describe('round 98A: party building among the new employment groups', () => {
  describeCaseBook('round98-points-after-period-blocks', [pointsAfterPeriodBlocks]);
  describeCaseBook('round98-category-total-among-subtotals', [categoryTotalAmongSubtotals]);
  describeCaseBook('round98-of-which-group-namesakes', [ofWhichGroupNamesakes]);
  describeCaseBook('round98-formula-note-under-groups', [formulaNoteUnderGroups]);
  test('a plain 占比 that is not the share of the column before it, and a 合计 of shares: no error', async () => {
    const clean = await errorFindings(await writeCaseBook('round98-shares', [plainShareOfOther, totalNoMean], false));
    expect(errorsOn(clean, plainShareOfOther.name)).toEqual([]);
    expect(errorsOn(clean, totalNoMean.name)).toEqual([]);
  }, 60_000);
});

describe('round 98B: elderly care services', () => {
  describeCaseBook('round98-change-amount-row', [changeAmountRow]);
  describeCaseBook('round98-of-which-split-typed-deeper', [ofWhichSplitTypedDeeper]);
  describeCaseBook('round98-numbered-group-blank-last', [numberedGroupBlankLast]);
  describeCaseBook('round98-paired-groups-of-one', [pairedGroupsOfOne]);
  describeCaseBook('round98-numbered-group-dashed-first', [numberedGroupDashedFirst]);
  describeCaseBook('round98-per-thousand-over-10k', [perThousandOver10k]);
  test('a county first over subtotals heading their rows: no error', async () => {
    const clean = await errorFindings(await writeCaseBook('round98-county-first', [countyFirstOverSubtotals], false));
    expect(errorsOn(clean, countyFirstOverSubtotals.name)).toEqual([]);
  }, 60_000);
});

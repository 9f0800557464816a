import { describeCaseBook, type CaseSheet } from './helpers/case-book';

/**
 * Issue 9, rounds 127 and 128 (written by outside testers who had not written statlint; the sheets below are theirs,
 * copied from /tmp/round127a, /tmp/round127b, /tmp/round128a and /tmp/round128b, with the figures they generated).
 *
 * 127A, staffing establishments (机构编制):
 * - 编制使用率（增减为百分点） among counts under 单位：名、%: a rate by its name, a remark in brackets after it; no count
 *   that must be whole (23 clean books raised it, 127A h1_011).
 *
 * 127B, audit (审计监督):
 * - 一、审计项目数 | 其中：预算执行审计 | 经济责任审计 | #党政主要领导干部经济责任审计 (two Excel indents) | 二、审计（调查）单位数
 *   (flush): the `#` row is 经济责任审计's part, and the flush rows after it, shallower by Excel's indent, are no parts of
 *   it, however their labels are typed (9 clean books, 127B probe_044).
 *
 * 128A, party building in small and micro enterprises and the self-employed (小个专党建):
 * - 合计 | #经济开发区 | 街道小计 over its streets, each indented one way or another (full-width spaces, an Excel indent,
 *   two spaces) | （二）乡镇 …: the streets, counted flat, add up to 街道小计 below it, not #经济开发区 above it (128A
 *   xgzh1_006).
 *
 * 128B, talent statistics (人才队伍):
 * - 年末常住人口（万人） among counts under 单位：人、%: the row states its own unit, a count in 万, no whole figure
 *   (43 clean books raised it, 128B h1-096).
 */
const remarkAfterRate: CaseSheet = {
  name: '两年对比',
  rows: [
    ['长乐县机构编制主要指标（2022—2023年）'],
    ['单位：名、%'],
    ['指标', '2022年', '2023年', '增长(%)'],
    [
      '一、核定编制数',
      831,
      817,
      {
        v: -1.7,
        numFmt: '0.0',
      },
    ],
    [
      '　行政编制',
      432,
      428,
      {
        v: -0.9,
        numFmt: '0.0',
      },
    ],
    [
      '　事业编制',
      396,
      387,
      {
        v: -2.3,
        numFmt: '0.0',
      },
    ],
    [
      '　　#参照公务员法管理',
      64,
      93,
      {
        v: 45.3,
        numFmt: '0.0',
      },
    ],
    [
      '　工勤编制',
      3,
      2,
      {
        v: -33.3,
        numFmt: '0.0',
      },
    ],
    [
      '实有人员总数',
      725,
      728,
      {
        v: 0.4,
        numFmt: '0.0',
      },
    ],
    [
      '　行政',
      372,
      373,
      {
        v: 0.3,
        numFmt: '0.0',
      },
    ],
    [
      '　事业',
      350,
      355,
      {
        v: 1.4,
        numFmt: '0.0',
      },
    ],
    [
      '　工勤',
      3,
      0,
      {
        v: -100,
        numFmt: '0.0',
      },
    ],
    [
      '空编数',
      106,
      89,
      {
        v: -16,
        numFmt: '0.0',
      },
    ],
    [
      '编制使用率（增减为百分点）',
      {
        v: 87.2,
        numFmt: '0.0',
      },
      {
        v: 89.1,
        numFmt: '0.0',
      },
      {
        v: 1.9,
        numFmt: '0.0',
      },
    ],
  ],
  merges: ['A1:D1'],
  plant: {
    address: 'B5',
    value: 452,
  },
};

const markedUnderExcelIndent: CaseSheet = {
  name: '主要指标1',
  rows: [
    ['东平市2024年审计工作主要指标'],
    ['填报单位：东平市审计局'],
    ['指标', '2023年', '2024年', '比上年增长(%)'],
    [
      '一、审计项目数（个）',
      {
        v: 104,
        numFmt: '0',
      },
      {
        v: 61,
        numFmt: '0',
      },
      {
        v: -41.3,
        numFmt: '0.0',
      },
    ],
    [
      {
        v: '其中：预算执行审计',
        indent: 1,
      },
      {
        v: 12,
        numFmt: '0',
      },
      {
        v: 5,
        numFmt: '0',
      },
      {
        v: -58.3,
        numFmt: '0.0',
      },
    ],
    [
      {
        v: '经济责任审计',
        indent: 1,
      },
      {
        v: 42,
        numFmt: '0',
      },
      {
        v: 48,
        numFmt: '0',
      },
      {
        v: 14.3,
        numFmt: '0.0',
      },
    ],
    [
      {
        v: '#党政主要领导干部经济责任审计',
        indent: 2,
      },
      {
        v: 36,
        numFmt: '0',
      },
      {
        v: 37,
        numFmt: '0',
      },
      {
        v: 2.8,
        numFmt: '0.0',
      },
    ],
    [
      '二、审计（调查）单位数（个）',
      {
        v: 132,
        numFmt: '0',
      },
      {
        v: 87,
        numFmt: '0',
      },
      {
        v: -34.1,
        numFmt: '0.0',
      },
    ],
    [
      '三、查出主要问题金额（万元）',
      {
        v: 5029.8,
        numFmt: '0.0',
      },
      {
        v: 4033.8,
        numFmt: '0.0',
      },
      {
        v: -19.8,
        numFmt: '0.0',
      },
    ],
    [
      {
        v: '其中：违规金额',
        indent: 1,
      },
      {
        v: 1139.7,
        numFmt: '0.0',
      },
      {
        v: 2710.7,
        numFmt: '0.0',
      },
      {
        v: 137.8,
        numFmt: '0.0',
      },
    ],
    [
      '　损失浪费金额',
      {
        v: 965.2,
        numFmt: '0.0',
      },
      {
        v: 309.3,
        numFmt: '0.0',
      },
      {
        v: -68,
        numFmt: '0.0',
      },
    ],
    [
      {
        v: '管理不规范金额',
        indent: 1,
      },
      {
        v: 2924.9,
        numFmt: '0.0',
      },
      {
        v: 1013.8,
        numFmt: '0.0',
      },
      {
        v: -65.3,
        numFmt: '0.0',
      },
    ],
    [
      '四、审计处理：应上缴财政（万元）',
      {
        v: 244.7,
        numFmt: '0.0',
      },
      {
        v: 202.9,
        numFmt: '0.0',
      },
      {
        v: -17.1,
        numFmt: '0.0',
      },
    ],
    [
      '　应归还原渠道',
      {
        v: 114.4,
        numFmt: '0.0',
      },
      {
        v: 458.5,
        numFmt: '0.0',
      },
      {
        v: 300.8,
        numFmt: '0.0',
      },
    ],
    [
      '　应调账处理',
      {
        v: 904.1,
        numFmt: '0.0',
      },
      {
        v: 104.5,
        numFmt: '0.0',
      },
      {
        v: -88.4,
        numFmt: '0.0',
      },
    ],
    [
      '五、已整改金额（万元）',
      {
        v: 2729,
        numFmt: '0.0',
      },
      {
        v: 3127.1,
        numFmt: '0.0',
      },
      {
        v: 14.6,
        numFmt: '0.0',
      },
    ],
    [
      '整改率（%）',
      {
        v: 54.3,
        numFmt: '0.0',
      },
      {
        v: 77.5,
        numFmt: '0.0',
      },
      {
        v: 23.2,
        numFmt: '0.0',
      },
    ],
    [],
    ['注：整改率＝已整改金额÷应整改金额×100%。'],
  ],
  merges: ['A1:D1', 'A19:D19'],
  plant: {
    address: 'B7',
    value: 50,
  },
};

const mixedIndentsUnderSubtotal: CaseSheet = {
  name: '小计',
  rows: [
    ['华三省2025年个体工商户党建工作分片区情况'],
    ['地区', '个体工商户（户）', '其中：已建党组织（户）', '覆盖率（%）', '个体户党员（人）', '党建经费（万元）'],
    [
      '合计',
      34101,
      11141,
      {
        v: 32.7,
        numFmt: '0.0',
      },
      2577,
      {
        v: 141.94,
        numFmt: '0.00',
      },
    ],
    [
      '#经济开发区',
      5841,
      2487,
      {
        v: 42.6,
        numFmt: '0.0',
      },
      581,
      {
        v: 35.97,
        numFmt: '0.00',
      },
    ],
    [
      '街道小计',
      12399,
      4763,
      {
        v: 38.4,
        numFmt: '0.0',
      },
      1146,
      {
        v: 60.23,
        numFmt: '0.00',
      },
    ],
    [
      '　云太街道',
      4092,
      1830,
      {
        v: 44.7,
        numFmt: '0.0',
      },
      548,
      {
        v: 7,
        numFmt: '0.00',
      },
    ],
    [
      {
        v: '仁云街道',
        indent: 1,
      },
      4870,
      1250,
      {
        v: 25.7,
        numFmt: '0.0',
      },
      49,
      {
        v: 19.92,
        numFmt: '0.00',
      },
    ],
    [
      '  竹吉街道',
      945,
      393,
      {
        v: 41.6,
        numFmt: '0.0',
      },
      351,
      {
        v: 3.07,
        numFmt: '0.00',
      },
    ],
    [
      {
        v: '阳荣街道',
        indent: 1,
      },
      2492,
      1290,
      {
        v: 51.8,
        numFmt: '0.0',
      },
      198,
      {
        v: 30.24,
        numFmt: '0.00',
      },
    ],
    [
      '（二）乡镇',
      21702,
      6378,
      {
        v: 29.4,
        numFmt: '0.0',
      },
      1431,
      {
        v: 81.71,
        numFmt: '0.00',
      },
    ],
    [
      {
        v: '中庆乡',
        indent: 1,
      },
      1749,
      657,
      {
        v: 37.6,
        numFmt: '0.0',
      },
      33,
      {
        v: 28.96,
        numFmt: '0.00',
      },
    ],
    [
      '  普靖镇',
      4584,
      504,
      {
        v: 11,
        numFmt: '0.0',
      },
      80,
      {
        v: 22.19,
        numFmt: '0.00',
      },
    ],
    [
      {
        v: '河阳镇',
        indent: 1,
      },
      3994,
      664,
      {
        v: 16.6,
        numFmt: '0.0',
      },
      390,
      {
        v: 11.29,
        numFmt: '0.00',
      },
    ],
    [
      '  三城镇',
      3289,
      1014,
      {
        v: 30.8,
        numFmt: '0.0',
      },
      320,
      {
        v: 9.49,
        numFmt: '0.00',
      },
    ],
    [
      {
        v: '太凤乡',
        indent: 1,
      },
      3275,
      920,
      {
        v: 28.1,
        numFmt: '0.0',
      },
      154,
      {
        v: 3.07,
        numFmt: '0.00',
      },
    ],
    [
      {
        v: '庆河镇',
        indent: 1,
      },
      4811,
      2619,
      {
        v: 54.4,
        numFmt: '0.0',
      },
      454,
      {
        v: 6.7,
        numFmt: '0.00',
      },
    ],
    [],
    ['注：#开发区数据已含在各街道、乡镇中。经费数据因四舍五入，合计与分项之和可能略有出入。'],
  ],
  merges: ['A1:F1'],
  plant: {
    address: 'B6',
    value: 4392,
  },
};

const rowInTenThousands: CaseSheet = {
  name: '人才队伍基本情况',
  rows: [
    ['明湖市2023年人才队伍基本情况'],
    [null, null, null, null, '单位：人、%'],
    ['指标', '2023年', '2022年', '比上年增长（%）', '增减量'],
    [
      '人才资源总量',
      284194,
      268430,
      {
        v: 5.9,
        numFmt: '0.0',
      },
      15764,
    ],
    [
      '　党政人才',
      15863,
      14056,
      {
        v: 12.9,
        numFmt: '0.0',
      },
      1807,
    ],
    [
      '　企业经营管理人才',
      '46335',
      43609,
      {
        v: 6.3,
        numFmt: '0.0',
      },
      2726,
    ],
    [
      '　专业技术人才',
      104294,
      99315,
      {
        v: 5,
        numFmt: '0.0',
      },
      4979,
    ],
    [
      '　　其中：高级职称',
      13521,
      12132,
      {
        v: 11.4,
        numFmt: '0.0',
      },
      1389,
    ],
    [
      '　　中级职称',
      36627,
      34139,
      {
        v: 7.3,
        numFmt: '0.0',
      },
      2488,
    ],
    [
      '　　初级职称',
      38062,
      37241,
      {
        v: 2.2,
        numFmt: '0.0',
      },
      821,
    ],
    [
      '　高技能人才',
      55416,
      49609,
      {
        v: 11.7,
        numFmt: '0.0',
      },
      5807,
    ],
    [
      '　农村实用人才',
      54802,
      54959,
      {
        v: -0.3,
        numFmt: '0.0',
      },
      -157,
    ],
    [
      '　社会工作人才',
      7484,
      6882,
      {
        v: 8.7,
        numFmt: '0.0',
      },
      602,
    ],
    [
      '年末常住人口（万人）',
      {
        v: 196.81,
        numFmt: '0.00',
      },
      {
        v: 196.5,
        numFmt: '0.00',
      },
      {
        v: 0.2,
        numFmt: '0.0',
      },
      {
        v: 0.31,
        numFmt: '0.00',
      },
    ],
    [
      '每万人口人才数（人）',
      {
        v: 1444,
        numFmt: '0.0',
      },
      {
        v: 1366.1,
        numFmt: '0.0',
      },
      {
        v: 5.7,
        numFmt: '0.0',
      },
      {
        v: 77.9,
        numFmt: '0.0',
      },
    ],
  ],
  merges: ['A1:E1'],
  plant: {
    address: 'B6',
    value: 48335,
  },
};

describeCaseBook('round-127', [remarkAfterRate, markedUnderExcelIndent, mixedIndentsUnderSubtotal, rowInTenThousands]);

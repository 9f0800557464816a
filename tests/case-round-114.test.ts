import { describeCaseBook, type CaseSheet } from './helpers/case-book';

/**
 * Issue 9, round 114 (written by outside testers who had not written statlint; the sheets below are theirs, copied
 * from /tmp/round114a and /tmp/round114b, with the figures they generated). 114A, party building in private schools
 * (民办学校党建); 114B, maternal and child health and disease control (妇幼保健与疾病控制):
 * - 覆盖率(%) = 已建党组织学校数 ÷ 学校数 × 100, read the other way as 学校数 = 已建 ÷ 覆盖率 × 100: the rate its header
 *   names is the relation checked, so a 100 typed 93.3 for 11 of 11 schools is found (114A probe_026).
 * - 指标名称 | 计量单位 | 本年 | 上年 | 比上年±: a rate in ‰ grows in per cent, a rate in % changes in points (低出生体重率 |
 *   % | 3.33 | 3.49 | −0.16): rows of one kind of unit tell each other (114B h1_015).
 * - 孕产妇死亡率(1/10万) = 孕产妇死亡数 ÷ 活产数 × 100,000, the scale its unit names, not 住院分娩率 ÷ 住院分娩活产数
 *   × 1000, which gives as much wherever one mother died (114B h1_118).
 * - 计量单位：人 over a column headed 孕产妇死亡率(1/10万): a rate, no count of people (114B probe_007).
 * - 合计 | 甲类 | 其中：… | 乙类 | 其中：病毒性肝炎 |       肺结核 |       梅毒 | 丙类: 丙类 closes 乙类's list, as the
 *   total, adding up with it in its one column of counts, tells (114B probe_053).
 */
const rateBesideItsRestatement: CaseSheet = {
  name: '按学段',
  rows: [
    ['附件7-3'],
    ['永阳市2019年民办学校（机构）党建工作情况（按学段分）'],
    ['填报单位：中共永阳市委教育工委', null, null, null, null, null, null, null, '单位：所、个、人、%'],
    [
      '学校类型',
      '学校数（所）',
      '已建党组织学校数（所）',
      '单独建立',
      '联合建立',
      '覆盖率(%)',
      '书记由校长（理事长）兼任（人）',
      '兼任比例(%)',
      '选派党建指导员（人）',
    ],
    [
      '总计',
      {
        v: 1784,
        numFmt: '#,##0',
      },
      {
        v: 1146,
        numFmt: '#,##0',
      },
      {
        v: 381,
        numFmt: '#,##0',
      },
      {
        v: 765,
        numFmt: '#,##0',
      },
      {
        v: 64.2,
        numFmt: '0.0',
      },
      {
        v: 570,
        numFmt: '#,##0',
      },
      {
        v: 49.7,
        numFmt: '0.0',
      },
      {
        v: 356,
        numFmt: '#,##0',
      },
    ],
    [
      '幼儿园',
      {
        v: 705,
        numFmt: '#,##0',
      },
      {
        v: 540,
        numFmt: '#,##0',
      },
      {
        v: 203,
        numFmt: '#,##0',
      },
      {
        v: 337,
        numFmt: '#,##0',
      },
      {
        v: 76.6,
        numFmt: '0.0',
      },
      {
        v: 274,
        numFmt: '#,##0',
      },
      {
        v: 50.7,
        numFmt: '0.0',
      },
      {
        v: 144,
        numFmt: '#,##0',
      },
    ],
    [
      '#普惠性民办幼儿园',
      {
        v: 516,
        numFmt: '#,##0',
      },
      {
        v: 395,
        numFmt: '#,##0',
      },
      {
        v: 148,
        numFmt: '#,##0',
      },
      {
        v: 247,
        numFmt: '#,##0',
      },
      {
        v: 76.6,
        numFmt: '0.0',
      },
      {
        v: 200,
        numFmt: '#,##0',
      },
      {
        v: 50.6,
        numFmt: '0.0',
      },
      {
        v: 105,
        numFmt: '#,##0',
      },
    ],
    [
      '小学',
      {
        v: 48,
        numFmt: '#,##0',
      },
      {
        v: 45,
        numFmt: '#,##0',
      },
      {
        v: 32,
        numFmt: '#,##0',
      },
      {
        v: 13,
        numFmt: '#,##0',
      },
      {
        v: 93.8,
        numFmt: '0.0',
      },
      {
        v: 18,
        numFmt: '#,##0',
      },
      {
        v: 40,
        numFmt: '0.0',
      },
      {
        v: 4,
        numFmt: '#,##0',
      },
    ],
    [
      '初中',
      {
        v: 27,
        numFmt: '#,##0',
      },
      {
        v: 25,
        numFmt: '#,##0',
      },
      {
        v: 18,
        numFmt: '#,##0',
      },
      {
        v: 7,
        numFmt: '#,##0',
      },
      {
        v: 92.6,
        numFmt: '0.0',
      },
      {
        v: 11,
        numFmt: '#,##0',
      },
      {
        v: 44,
        numFmt: '0.0',
      },
      {
        v: 3,
        numFmt: '#,##0',
      },
    ],
    [
      '高中',
      {
        v: 11,
        numFmt: '#,##0',
      },
      {
        v: 11,
        numFmt: '#,##0',
      },
      {
        v: 10,
        numFmt: '#,##0',
      },
      {
        v: 1,
        numFmt: '#,##0',
      },
      {
        v: 100,
        numFmt: '0.0',
      },
      {
        v: 5,
        numFmt: '#,##0',
      },
      {
        v: 45.5,
        numFmt: '0.0',
      },
    ],
    [
      '中职',
      {
        v: 16,
        numFmt: '#,##0',
      },
      {
        v: 16,
        numFmt: '#,##0',
      },
      {
        v: 13,
        numFmt: '#,##0',
      },
      {
        v: 3,
        numFmt: '#,##0',
      },
      {
        v: 100,
        numFmt: '0.0',
      },
      {
        v: 8,
        numFmt: '#,##0',
      },
      {
        v: 50,
        numFmt: '0.0',
      },
      {
        v: 1,
        numFmt: '#,##0',
      },
    ],
    [
      '高校',
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
      null,
      {
        v: 100,
        numFmt: '0.0',
      },
      null,
      {
        v: 0,
        numFmt: '0.0',
      },
    ],
    [
      '培训机构',
      {
        v: 976,
        numFmt: '#,##0',
      },
      {
        v: 508,
        numFmt: '#,##0',
      },
      {
        v: 104,
        numFmt: '#,##0',
      },
      {
        v: 404,
        numFmt: '#,##0',
      },
      {
        v: 52,
        numFmt: '0.0',
      },
      {
        v: 254,
        numFmt: '#,##0',
      },
      {
        v: 50,
        numFmt: '0.0',
      },
      {
        v: 204,
        numFmt: '#,##0',
      },
    ],
    [],
    ['注：覆盖率=建立党组织的学校数÷民办学校数×100%。'],
    ['填报人：张伟    审核人：赵磊    联系电话：0676-8055922'],
    ['资料来源：中共永阳市委教育工作委员会'],
  ],
  merges: ['A2:I2'],
  plant: {
    address: 'F10',
    value: 93.3,
  },
};

const pointsBesidePerMilleGrowth: CaseSheet = {
  name: '主要指标',
  rows: [
    ['安定市2017年妇幼健康和疾病预防控制主要指标'],
    ['指标名称', '计量单位', '本年', '上年', '比上年±'],
    [
      '活产数',
      '人',
      {
        v: 51212,
        numFmt: '0',
      },
      {
        v: 46724,
        numFmt: '0',
      },
      {
        v: 9.6,
        numFmt: '0.0',
      },
    ],
    [
      '住院分娩活产数',
      '人',
      {
        v: 51146,
        numFmt: '0',
      },
      {
        v: 46621,
        numFmt: '0',
      },
      {
        v: 9.7,
        numFmt: '0.0',
      },
    ],
    [
      '住院分娩率',
      '%',
      {
        v: 99.87,
        numFmt: '0.00',
      },
      {
        v: 99.78,
        numFmt: '0.00',
      },
      {
        v: 0.09,
        numFmt: '0.00',
      },
    ],
    [
      '孕产妇死亡数',
      '人',
      {
        v: 13,
        numFmt: '0',
      },
      {
        v: 10,
        numFmt: '0',
      },
      {
        v: 30,
        numFmt: '0.0',
      },
    ],
    [
      '孕产妇死亡率',
      '1/10万',
      {
        v: 25.38,
        numFmt: '0.00',
      },
      {
        v: 21.4,
        numFmt: '0.00',
      },
      '—',
    ],
    [
      '婴儿死亡数',
      '人',
      {
        v: 159,
        numFmt: '0',
      },
      {
        v: 124,
        numFmt: '0',
      },
      {
        v: 28.2,
        numFmt: '0.0',
      },
    ],
    [
      '婴儿死亡率',
      '‰',
      {
        v: 3.1,
        numFmt: '0.00',
      },
      {
        v: 2.65,
        numFmt: '0.00',
      },
      {
        v: 17,
        numFmt: '0.0',
      },
    ],
    [
      '低出生体重儿数',
      '人',
      {
        v: 1705,
        numFmt: '0',
      },
      {
        v: 1629,
        numFmt: '0',
      },
      {
        v: 4.7,
        numFmt: '0.0',
      },
    ],
    [
      '低出生体重率',
      '%',
      {
        v: 3.33,
        numFmt: '0.00',
      },
      {
        v: 3.49,
        numFmt: '0.00',
      },
      {
        v: -0.16,
        numFmt: '0.00',
      },
    ],
    [],
    ['注：发病率、死亡率按年平均常住人口计算。'],
    ['填报单位：安定市卫生健康委员会    填报人：刘洋    填报日期：2018年3月19日'],
  ],
  merges: ['A1:E1'],
  plant: {
    address: 'E8',
    value: 35.2,
  },
};

const maternalDeathsPerHundredThousand: CaseSheet = {
  name: '分地区死亡',
  rows: [
    ['表3-26'],
    ['吉阳市2019年分地区孕产妇及儿童死亡情况'],
    [null, null, null, null, null, null, null, null, null, '单位：人、%、‰、1/10万'],
    [
      '地区',
      '活产数',
      '住院分娩活产数',
      '住院分娩率(%)',
      '孕产妇死亡数',
      '孕产妇死亡率(1/10万)',
      '婴儿死亡数',
      '婴儿死亡率(‰)',
      '5岁以下儿童死亡数',
      '5岁以下儿童死亡率(‰)',
    ],
    [
      '松城市',
      {
        v: 2607,
        numFmt: '#,##0',
      },
      {
        v: 2605,
        numFmt: '#,##0',
      },
      {
        v: 99.92,
        numFmt: '0.00',
      },
      '-',
      '-',
      {
        v: 5,
        numFmt: '#,##0',
      },
      {
        v: 1.92,
        numFmt: '0.00',
      },
      {
        v: 9,
        numFmt: '#,##0',
      },
      {
        v: 3.45,
        numFmt: '0.00',
      },
    ],
    [
      '丰乐市',
      {
        v: 1680,
        numFmt: '#,##0',
      },
      {
        v: 1676,
        numFmt: '#,##0',
      },
      {
        v: 99.76,
        numFmt: '0.00',
      },
      {
        v: 1,
        numFmt: '#,##0',
      },
      {
        v: 59.52,
        numFmt: '0.00',
      },
      {
        v: 12,
        numFmt: '#,##0',
      },
      {
        v: 7.14,
        numFmt: '0.00',
      },
      {
        v: 15,
        numFmt: '#,##0',
      },
      {
        v: 8.93,
        numFmt: '0.00',
      },
    ],
    [
      '云阳县',
      {
        v: 4588,
        numFmt: '#,##0',
      },
      {
        v: 4587,
        numFmt: '#,##0',
      },
      {
        v: 99.98,
        numFmt: '0.00',
      },
      '-',
      '-',
      {
        v: 22,
        numFmt: '#,##0',
      },
      {
        v: 4.8,
        numFmt: '0.00',
      },
      {
        v: 26,
        numFmt: '#,##0',
      },
      {
        v: 5.67,
        numFmt: '0.00',
      },
    ],
    [
      '安源县',
      {
        v: 7430,
        numFmt: '#,##0',
      },
      {
        v: 7422,
        numFmt: '#,##0',
      },
      {
        v: 99.89,
        numFmt: '0.00',
      },
      {
        v: 1,
        numFmt: '#,##0',
      },
      {
        v: 13.46,
        numFmt: '0.00',
      },
      {
        v: 23,
        numFmt: '#,##0',
      },
      {
        v: 3.1,
        numFmt: '0.00',
      },
      {
        v: 35,
        numFmt: '#,##0',
      },
      {
        v: 4.71,
        numFmt: '0.00',
      },
    ],
    [
      '柏城县',
      {
        v: 2997,
        numFmt: '#,##0',
      },
      {
        v: 2991,
        numFmt: '#,##0',
      },
      {
        v: 99.8,
        numFmt: '0.00',
      },
      '-',
      '-',
      {
        v: 13,
        numFmt: '#,##0',
      },
      {
        v: 4.34,
        numFmt: '0.00',
      },
      {
        v: 14,
        numFmt: '#,##0',
      },
      {
        v: 4.67,
        numFmt: '0.00',
      },
    ],
    [
      '松定区',
      {
        v: 6115,
        numFmt: '#,##0',
      },
      {
        v: 6099,
        numFmt: '#,##0',
      },
      {
        v: 99.74,
        numFmt: '0.00',
      },
      '-',
      '-',
      {
        v: 9,
        numFmt: '#,##0',
      },
      {
        v: 1.47,
        numFmt: '0.00',
      },
      {
        v: 13,
        numFmt: '#,##0',
      },
      {
        v: 2.13,
        numFmt: '0.00',
      },
    ],
    [
      '华定县',
      {
        v: 9240,
        numFmt: '#,##0',
      },
      {
        v: 9230,
        numFmt: '#,##0',
      },
      {
        v: 99.89,
        numFmt: '0.00',
      },
      '-',
      '-',
      {
        v: 39,
        numFmt: '#,##0',
      },
      {
        v: 4.22,
        numFmt: '0.00',
      },
      {
        v: 41,
        numFmt: '#,##0',
      },
      {
        v: 4.44,
        numFmt: '0.00',
      },
    ],
    [
      '松宁县',
      {
        v: 7860,
        numFmt: '#,##0',
      },
      {
        v: 7853,
        numFmt: '#,##0',
      },
      {
        v: 99.91,
        numFmt: '0.00',
      },
      {
        v: 1,
        numFmt: '#,##0',
      },
      {
        v: 12.72,
        numFmt: '0.00',
      },
      {
        v: 43,
        numFmt: '#,##0',
      },
      {
        v: 5.47,
        numFmt: '0.00',
      },
      {
        v: 68,
        numFmt: '#,##0',
      },
      {
        v: 8.65,
        numFmt: '0.00',
      },
    ],
    [
      '南山县',
      {
        v: 5221,
        numFmt: '#,##0',
      },
      {
        v: 5221,
        numFmt: '#,##0',
      },
      {
        v: 100,
        numFmt: '0.00',
      },
      '-',
      '-',
      {
        v: 39,
        numFmt: '#,##0',
      },
      {
        v: 7.47,
        numFmt: '0.00',
      },
      {
        v: 40,
        numFmt: '#,##0',
      },
      {
        v: 7.66,
        numFmt: '0.00',
      },
    ],
    [
      '桂水县',
      {
        v: 4335,
        numFmt: '#,##0',
      },
      {
        v: 4334,
        numFmt: '#,##0',
      },
      {
        v: 99.98,
        numFmt: '0.00',
      },
      {
        v: 1,
        numFmt: '#,##0',
      },
      {
        v: 23.07,
        numFmt: '0.00',
      },
      {
        v: 21,
        numFmt: '#,##0',
      },
      {
        v: 4.84,
        numFmt: '0.00',
      },
      {
        v: 29,
        numFmt: '#,##0',
      },
      {
        v: 6.69,
        numFmt: '0.00',
      },
    ],
    [
      '吉阳市',
      {
        v: 52073,
        numFmt: '#,##0',
      },
      {
        v: 52018,
        numFmt: '#,##0',
      },
      {
        v: 99.89,
        numFmt: '0.00',
      },
      {
        v: 4,
        numFmt: '#,##0',
      },
      {
        v: 7.68,
        numFmt: '0.00',
      },
      {
        v: 226,
        numFmt: '#,##0',
      },
      {
        v: 4.34,
        numFmt: '0.00',
      },
      {
        v: 290,
        numFmt: '#,##0',
      },
      {
        v: 5.57,
        numFmt: '0.00',
      },
    ],
    [],
    ['注：“-”表示无病例报告。'],
  ],
  merges: ['A2:J2'],
  plant: {
    address: 'F15',
    value: 9.68,
  },
};

const ratesUnderPeopleUnitLine: CaseSheet = {
  name: '妇幼卫生',
  rows: [
    ['云川市2023年各县（市、区）妇幼卫生主要指标'],
    [null, null, null, null, null, null, null, '计量单位：人'],
    [
      '地区',
      '活产数',
      '住院分娩活产数',
      '住院分娩率(%)',
      '孕产妇死亡数',
      '孕产妇死亡率(1/10万)',
      '婴儿死亡数',
      '婴儿死亡率(‰)',
    ],
    [
      '南昌市',
      '4576',
      '4568',
      {
        v: 99.83,
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
        v: 18,
        numFmt: '0',
      },
      {
        v: 3.93,
        numFmt: '0.00',
      },
    ],
    [
      '顺州县',
      '6563',
      '6552',
      {
        v: 99.83,
        numFmt: '0.00',
      },
      '1',
      {
        v: 15.24,
        numFmt: '0.00',
      },
      {
        v: 17,
        numFmt: '0',
      },
      {
        v: 2.59,
        numFmt: '0.00',
      },
    ],
    [
      '松山市',
      {
        v: 5746,
        numFmt: '0',
      },
      {
        v: 5732,
        numFmt: '0',
      },
      {
        v: 99.76,
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
      '15',
      {
        v: 2.61,
        numFmt: '0.00',
      },
    ],
    [
      '华宁县',
      {
        v: 4727,
        numFmt: '0',
      },
      '4716',
      {
        v: 99.77,
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
        v: 27,
        numFmt: '0',
      },
      {
        v: 5.71,
        numFmt: '0.00',
      },
    ],
    [
      '南川县',
      {
        v: 6529,
        numFmt: '0',
      },
      {
        v: 6525,
        numFmt: '0',
      },
      {
        v: 99.94,
        numFmt: '0.00',
      },
      {
        v: 1,
        numFmt: '0',
      },
      '15.32',
      {
        v: 39,
        numFmt: '0',
      },
      {
        v: 5.97,
        numFmt: '0.00',
      },
    ],
    [
      '总计',
      {
        v: 28141,
        numFmt: '0',
      },
      {
        v: 28093,
        numFmt: '0',
      },
      {
        v: 99.83,
        numFmt: '0.00',
      },
      {
        v: 2,
        numFmt: '0',
      },
      '7.11',
      {
        v: 116,
        numFmt: '0',
      },
      {
        v: 4.12,
        numFmt: '0.00',
      },
    ],
    [],
    ['注：孕产妇死亡率单位为1/10万，婴儿死亡率、5岁以下儿童死亡率单位为‰。'],
    ['资料来源：市卫生健康委员会'],
  ],
  merges: ['A1:H1'],
  plant: {
    address: 'H9',
    value: 4.62,
  },
};

const classAfterIndentedList: CaseSheet = {
  name: '传染病',
  rows: [
    ['德定市2024年甲乙丙类法定传染病报告发病情况'],
    ['病名', '发病数（例）', '发病率（1/10万）', '死亡数（人）', '死亡率（1/10万）'],
    [
      '合计',
      {
        v: 7281,
        numFmt: '#,##0',
      },
      {
        v: 356.04,
        numFmt: '0.00',
      },
      '17',
      {
        v: 0.83,
        numFmt: '0.00',
      },
    ],
    ['甲类传染病', '-', '-', '-', '-'],
    ['其中：鼠疫', '-', '-', '-', '-'],
    ['      霍乱', '-', '-', '-', '-'],
    [
      '乙类传染病',
      {
        v: 2871,
        numFmt: '#,##0',
      },
      {
        v: 140.39,
        numFmt: '0.00',
      },
      {
        v: 17,
        numFmt: '#,##0',
      },
      {
        v: 0.83,
        numFmt: '0.00',
      },
    ],
    [
      '其中：病毒性肝炎',
      {
        v: 1536,
        numFmt: '#,##0',
      },
      {
        v: 75.11,
        numFmt: '0.00',
      },
      {
        v: 15,
        numFmt: '#,##0',
      },
      {
        v: 0.73,
        numFmt: '0.00',
      },
    ],
    [
      '      肺结核',
      {
        v: 438,
        numFmt: '#,##0',
      },
      {
        v: 21.42,
        numFmt: '0.00',
      },
      '1',
      {
        v: 0.05,
        numFmt: '0.00',
      },
    ],
    [
      '      梅毒',
      {
        v: 489,
        numFmt: '#,##0',
      },
      {
        v: 23.91,
        numFmt: '0.00',
      },
      '-',
      '-',
    ],
    [
      '丙类传染病',
      {
        v: 4410,
        numFmt: '#,##0',
      },
      {
        v: 215.65,
        numFmt: '0.00',
      },
      '-',
      '-',
    ],
    [
      '其中：流行性感冒',
      {
        v: 1464,
        numFmt: '#,##0',
      },
      {
        v: 71.59,
        numFmt: '0.00',
      },
      '-',
      '-',
    ],
    [
      '      其他感染性腹泻病',
      {
        v: 1717,
        numFmt: '#,##0',
      },
      {
        v: 83.96,
        numFmt: '0.00',
      },
      '-',
      '-',
    ],
    [
      '      手足口病',
      {
        v: 999,
        numFmt: '#,##0',
      },
      {
        v: 48.85,
        numFmt: '0.00',
      },
      '-',
      '-',
    ],
    [
      '      流行性腮腺炎',
      '195',
      {
        v: 9.54,
        numFmt: '0.00',
      },
      '-',
      '-',
    ],
    [],
    ['注：发病率、死亡率按年平均常住人口计算。'],
    ['填报单位：德定市妇幼保健院    填报人：李娜    填报日期：2025年2月21日'],
  ],
  merges: ['A1:E1'],
  plant: {
    address: 'B3',
    value: 7581,
  },
};

describeCaseBook('round-114', [
  rateBesideItsRestatement,
  pointsBesidePerMilleGrowth,
  maternalDeathsPerHundredThousand,
  ratesUnderPeopleUnitLine,
  classAfterIndentedList,
]);

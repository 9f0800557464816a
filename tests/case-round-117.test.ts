import { describeCaseBook, type CaseSheet } from './helpers/case-book';

/**
 * Issue 9, round 117 (written by outside testers who had not written statlint; the sheets below are theirs, copied
 * from /tmp/round117a and /tmp/round117b, with the figures they generated). 117A, party building in urban communities
 * (城市社区党建); 117B, construction and real estate (建筑业与房地产开发):
 * - 网格数 |   其中：建立党支部的网格 |   网格党支部覆盖率（%）［增减为百分点］: the remark after its unit says how its change
 *   is given; the row is a rate, no part of 网格数, and no row of changes (117A h1_074).
 * - 年份 | … | 在职党员报到人数（名） | 报到人数比上年增长（%）, the years running down: the growth names its level in short,
 *   by its end (117A cases_003).
 * - 合计 |   #国有控股企业 |   国有企业 | … typed as deep as the kinds after it, which add up to 合计 by themselves: a part
 *   of the total, not one of its kinds (117B h1_106).
 * - 房地产开发投资 | 本年完成 425.89 | 上年同期 441.66 over its uses, the unit stated nowhere: money to the cent in a
 *   city's investment is in 亿元, rounded, and a total a cent off its parts is no finding (117B h1_108).
 * - 注：部分数据因四舍五入，分项之和与合计略有出入: whole figures too are rounded apart (117B h2_066).
 */
const remarkOnPointsRow: CaseSheet = {
  name: '主要指标',
  rows: [
    ['宁门市2018年城市基层党建主要指标'],
    ['指标', '2018年', '2017年', '增减量', '比上年增长(%)'],
    [
      '一、社区党组织',
      {
        v: 26,
        numFmt: '#,##0',
      },
      {
        v: 25,
        numFmt: '#,##0',
      },
      {
        v: 1,
        numFmt: '#,##0',
      },
      {
        v: 4,
        numFmt: '0.00',
      },
    ],
    [
      '  其中：党委',
      {
        v: 18,
        numFmt: '#,##0',
      },
      {
        v: 17,
        numFmt: '#,##0',
      },
      {
        v: 1,
        numFmt: '#,##0',
      },
      {
        v: 5.88,
        numFmt: '0.00',
      },
    ],
    [
      '        党总支',
      {
        v: 6,
        numFmt: '#,##0',
      },
      {
        v: 5,
        numFmt: '#,##0',
      },
      {
        v: 1,
        numFmt: '#,##0',
      },
      {
        v: 20,
        numFmt: '0.00',
      },
    ],
    [
      '        党支部',
      {
        v: 2,
        numFmt: '#,##0',
      },
      {
        v: 3,
        numFmt: '#,##0',
      },
      {
        v: -1,
        numFmt: '#,##0',
      },
      {
        v: -33.33,
        numFmt: '0.00',
      },
    ],
    [
      '二、网格数',
      {
        v: 243,
        numFmt: '#,##0',
      },
      {
        v: 225,
        numFmt: '#,##0',
      },
      {
        v: 18,
        numFmt: '#,##0',
      },
      {
        v: 8,
        numFmt: '0.00',
      },
    ],
    [
      '  其中：建立党支部的网格',
      {
        v: 185,
        numFmt: '#,##0',
      },
      {
        v: 152,
        numFmt: '#,##0',
      },
      {
        v: 33,
        numFmt: '#,##0',
      },
      {
        v: 21.71,
        numFmt: '0.00',
      },
    ],
    [
      '  网格党支部覆盖率（%）［增减为百分点］',
      {
        v: 76.1,
        numFmt: '0.0',
      },
      {
        v: 67.6,
        numFmt: '0.0',
      },
      {
        v: 8.5,
        numFmt: '0.0',
      },
      '—',
    ],
    [
      '三、楼栋长',
      {
        v: 2403,
        numFmt: '#,##0',
      },
      {
        v: 2352,
        numFmt: '#,##0',
      },
      {
        v: 51,
        numFmt: '#,##0',
      },
      {
        v: 2.17,
        numFmt: '0.00',
      },
    ],
    [
      '四、物业小区',
      {
        v: 146,
        numFmt: '#,##0',
      },
      {
        v: 141,
        numFmt: '#,##0',
      },
      {
        v: 5,
        numFmt: '#,##0',
      },
      {
        v: 3.55,
        numFmt: '0.00',
      },
    ],
    [
      '  其中：建立党支部的小区',
      {
        v: 112,
        numFmt: '#,##0',
      },
      {
        v: 102,
        numFmt: '#,##0',
      },
      {
        v: 10,
        numFmt: '#,##0',
      },
      {
        v: 9.8,
        numFmt: '0.00',
      },
    ],
    [
      '  小区党支部覆盖率（%）［增减为百分点］',
      {
        v: 76.7,
        numFmt: '0.0',
      },
      {
        v: 72.3,
        numFmt: '0.0',
      },
      {
        v: 4.4,
        numFmt: '0.0',
      },
      '—',
    ],
    [
      '五、红色物业项目',
      {
        v: 57,
        numFmt: '#,##0',
      },
      {
        v: 56,
        numFmt: '#,##0',
      },
      {
        v: 1,
        numFmt: '#,##0',
      },
      {
        v: 1.79,
        numFmt: '0.00',
      },
    ],
    [
      '六、在职党员到社区报到',
      {
        v: 6364,
        numFmt: '#,##0',
      },
      {
        v: 4965,
        numFmt: '#,##0',
      },
      {
        v: 1399,
        numFmt: '#,##0',
      },
      {
        v: 28.18,
        numFmt: '0.00',
      },
    ],
    [],
    ['填表说明：小区党支部覆盖率=已建立党支部的物业小区数/物业小区总数×100%。'],
  ],
  merges: ['A1:E1'],
  plant: {
    address: 'D9',
    value: 6.5,
  },
};

const growthNamingItsLevelInShort: CaseSheet = {
  name: '历年情况',
  rows: [
    ['附表1-9'],
    ['湖安市历年社区党建主要指标'],
    [
      '年份',
      '社区数（个）',
      '社区党组织（个）',
      '网格数（个）',
      '网格党支部（个）',
      '网格党支部覆盖率（%）',
      '在职党员报到人数（名）',
      '报到人数比上年增长（%）',
    ],
    [
      '2021',
      {
        v: 43,
        numFmt: '0',
      },
      {
        v: 43,
        numFmt: '0',
      },
      {
        v: 381,
        numFmt: '0',
      },
      {
        v: 305,
        numFmt: '0',
      },
      {
        v: 80.1,
        numFmt: '0.0',
      },
      {
        v: 10805,
        numFmt: '0',
      },
      {
        v: 30.5,
        numFmt: '0.0',
      },
    ],
    [
      '2020',
      {
        v: 43,
        numFmt: '0',
      },
      {
        v: 43,
        numFmt: '0',
      },
      {
        v: 378,
        numFmt: '0',
      },
      {
        v: 241,
        numFmt: '0',
      },
      {
        v: 63.8,
        numFmt: '0.0',
      },
      {
        v: 8280,
        numFmt: '0',
      },
      {
        v: 3.3,
        numFmt: '0.0',
      },
    ],
    [
      '2019',
      {
        v: 42,
        numFmt: '0',
      },
      {
        v: 42,
        numFmt: '0',
      },
      {
        v: 331,
        numFmt: '0',
      },
      {
        v: 225,
        numFmt: '0',
      },
      {
        v: 68,
        numFmt: '0.0',
      },
      {
        v: 8019,
        numFmt: '0',
      },
      {
        v: 15,
        numFmt: '0.0',
      },
    ],
    [
      '2018',
      {
        v: 42,
        numFmt: '0',
      },
      {
        v: 42,
        numFmt: '0',
      },
      {
        v: 330,
        numFmt: '0',
      },
      {
        v: 184,
        numFmt: '0',
      },
      {
        v: 55.8,
        numFmt: '0.0',
      },
      {
        v: 6975,
        numFmt: '0',
      },
      {
        v: 8.1,
        numFmt: '0.0',
      },
    ],
    [
      '2017',
      {
        v: 40,
        numFmt: '0',
      },
      {
        v: 40,
        numFmt: '0',
      },
      {
        v: 316,
        numFmt: '0',
      },
      {
        v: 163,
        numFmt: '0',
      },
      {
        v: 51.6,
        numFmt: '0.0',
      },
      {
        v: 6451,
        numFmt: '0',
      },
      '',
    ],
    [],
    ['填表说明：1.社区党组织按党委、党总支、党支部分别统计。2.在职党员报到率=已报到在职党员数/应报到在职党员数×100%。'],
  ],
  merges: ['A2:H2'],
  plant: {
    address: 'H7',
    value: 1,
  },
};

const ofWhichAtMembersDepth: CaseSheet = {
  name: '分类型总产值',
  rows: [
    ['东山市2017年按登记注册类型分建筑业总产值'],
    [null, null, '计量单位：万元'],
    ['登记注册类型', '建筑业总产值', '占比(%)'],
    [
      '合计',
      {
        v: 2801125,
        numFmt: '0',
      },
      {
        v: 100,
        numFmt: '0.0',
      },
    ],
    [
      '  #国有控股企业',
      {
        v: 907750,
        numFmt: '0',
      },
      {
        v: 32.4,
        numFmt: '0.0',
      },
    ],
    [
      '  国有企业',
      {
        v: 231136,
        numFmt: '0',
      },
      {
        v: 8.3,
        numFmt: '0.0',
      },
    ],
    [
      '  集体企业',
      {
        v: 75465,
        numFmt: '0',
      },
      {
        v: 2.7,
        numFmt: '0.0',
      },
    ],
    [
      '  股份合作企业',
      {
        v: 25124,
        numFmt: '0',
      },
      {
        v: 0.9,
        numFmt: '0.0',
      },
    ],
    [
      '  联营企业',
      {
        v: 9036,
        numFmt: '0',
      },
      {
        v: 0.3,
        numFmt: '0.0',
      },
    ],
    [
      '  有限责任公司',
      {
        v: 1361377,
        numFmt: '0',
      },
      {
        v: 48.6,
        numFmt: '0.0',
      },
    ],
    [
      '  #国有独资公司',
      {
        v: 318356,
        numFmt: '0',
      },
      {
        v: 11.4,
        numFmt: '0.0',
      },
    ],
    [
      '  股份有限公司',
      {
        v: 217829,
        numFmt: '0',
      },
      {
        v: 7.8,
        numFmt: '0.0',
      },
    ],
    [
      '  私营企业',
      {
        v: 812578,
        numFmt: '0',
      },
      {
        v: 29,
        numFmt: '0.0',
      },
    ],
    [
      '  港、澳、台商投资企业',
      {
        v: 31521,
        numFmt: '0',
      },
      {
        v: 1.1,
        numFmt: '0.0',
      },
    ],
    [
      '  外商投资企业',
      {
        v: 15814,
        numFmt: '0',
      },
      {
        v: 0.6,
        numFmt: '0.0',
      },
    ],
    [
      '  其他企业',
      {
        v: 21244,
        numFmt: '0',
      },
      {
        v: 0.8,
        numFmt: '0.0',
      },
    ],
    [],
    ['注：部分数据因四舍五入，分项之和与合计略有出入。'],
    ['资料来源：东山市住房和城乡建设局'],
  ],
  merges: ['A1:C1'],
  plant: {
    address: 'C6',
    value: 9.3,
  },
};

const moneyToTheCentUnstated: CaseSheet = {
  name: '房地产投资',
  rows: [
    ['1-2'],
    ['东江市2020年房地产开发投资按用途分'],
    ['项目', '本年完成', '上年同期', '增速（%）'],
    [
      '房地产开发投资',
      {
        v: 425.89,
        numFmt: '0.00',
      },
      {
        v: 441.66,
        numFmt: '0.00',
      },
      {
        v: -3.57,
        numFmt: '0.00',
      },
    ],
    [
      '住宅',
      {
        v: 289.33,
        numFmt: '0.00',
      },
      {
        v: 308.94,
        numFmt: '0.00',
      },
      {
        v: -6.35,
        numFmt: '0.00',
      },
    ],
    [
      '办公楼',
      {
        v: 17.85,
        numFmt: '0.00',
      },
      {
        v: 23.18,
        numFmt: '0.00',
      },
      {
        v: -22.99,
        numFmt: '0.00',
      },
    ],
    [
      '商业营业用房',
      {
        v: 59.72,
        numFmt: '0.00',
      },
      {
        v: 57.27,
        numFmt: '0.00',
      },
      {
        v: 4.27,
        numFmt: '0.00',
      },
    ],
    [
      '其他',
      {
        v: 58.99,
        numFmt: '0.00',
      },
      {
        v: 52.26,
        numFmt: '0.00',
      },
      {
        v: 12.86,
        numFmt: '0.00',
      },
    ],
    [],
    ['填表说明：构成按当年价格计算。'],
    ['单位负责人：王芳    统计负责人：陈静    填表人：周敏    报出日期：2021年1月17日'],
    ['资料来源：东江市统计局固定资产投资统计科'],
  ],
  merges: ['A2:D2'],
  plant: {
    address: 'C4',
    value: 451.66,
  },
};

const roundedApartWholeFigures: CaseSheet = {
  name: '投资按用途',
  rows: [
    ['10-15'],
    ['梅城市2017年房地产开发投资按用途分'],
    ['指标', '本年完成', '上年同期', '比上年增长（%）', '构成（%）'],
    [
      '房地产开发投资完成额',
      {
        v: 7065638,
        numFmt: '0',
      },
      {
        v: 7652502,
        numFmt: '0',
      },
      {
        v: -7.7,
        numFmt: '0.0',
      },
      {
        v: 100,
        numFmt: '0.00',
      },
    ],
    [
      '  住宅',
      {
        v: 4856011,
        numFmt: '0',
      },
      {
        v: 5200802,
        numFmt: '0',
      },
      {
        v: -6.6,
        numFmt: '0.0',
      },
      {
        v: 68.73,
        numFmt: '0.00',
      },
    ],
    [
      '  其中:90平方米及以下住房',
      {
        v: 3256777,
        numFmt: '0',
      },
      {
        v: 3485647,
        numFmt: '0',
      },
      {
        v: -6.6,
        numFmt: '0.0',
      },
    ],
    [
      '  办公楼',
      {
        v: 256708,
        numFmt: '0',
      },
      {
        v: 332319,
        numFmt: '0',
      },
      {
        v: -22.8,
        numFmt: '0.0',
      },
      {
        v: 3.63,
        numFmt: '0.00',
      },
    ],
    [
      '  商业营业用房',
      {
        v: 1006881,
        numFmt: '0',
      },
      {
        v: 944833,
        numFmt: '0',
      },
      {
        v: 6.6,
        numFmt: '0.0',
      },
      {
        v: 14.25,
        numFmt: '0.00',
      },
    ],
    [
      '  其他',
      {
        v: 946038,
        numFmt: '0',
      },
      {
        v: 1174547,
        numFmt: '0',
      },
      {
        v: -19.5,
        numFmt: '0.0',
      },
      {
        v: 13.39,
        numFmt: '0.00',
      },
    ],
    [],
    ['注：部分数据因四舍五入，分项之和与合计略有出入。'],
  ],
  merges: ['A2:E2'],
  plant: {
    address: 'C4',
    value: 7752502,
  },
};

describeCaseBook('round-117', [
  remarkOnPointsRow,
  growthNamingItsLevelInShort,
  ofWhichAtMembersDepth,
  moneyToTheCentUnstated,
  roundedApartWholeFigures,
]);

import { describeCaseBook, type CaseSheet } from './helpers/case-book';

/**
 * Issue 9, round 118 (written by outside testers who had not written statlint; the sheets below are theirs, copied
 * from /tmp/round118a and /tmp/round118b, with the figures they generated). 118A, quarterly reports of party building
 * in non-public enterprises (非公企业党建季度报表); 118B, education (教育事业):
 * - 指标 | 单位 | 2022年 | 2021年 | 增长(%)/增减(百分点): the rates' rows give points, the counts' rows per cent, as the
 *   header says (小学专任教师 | 人 | 6999 | 6901 | 1.4) (118B h1_081).
 * - 季度 | 新建党组织数 | 其中：规上企业 | 新发展党员 | …: new members are people, no part of the new organisations after
 *   the 其中 column (118A h1_037).
 */
const growthOrPointsInOneColumn: CaseSheet = {
  name: '教育主要指标',
  rows: [
    ['顺定市2022年教育事业发展主要指标'],
    ['指标', '单位', '2022年', '2021年', '增长(%)/增减(百分点)'],
    [
      '初中学校数',
      '所',
      {
        v: 61,
        numFmt: '#,##0',
      },
      {
        v: 60,
        numFmt: '#,##0',
      },
      {
        v: 1.7,
        numFmt: '0.0',
      },
    ],
    [
      '小学专任教师',
      '人',
      {
        v: 6999,
        numFmt: '#,##0',
      },
      {
        v: 6901,
        numFmt: '#,##0',
      },
      {
        v: 1.4,
        numFmt: '0.0',
      },
    ],
    [
      '小学学龄儿童净入学率',
      '%',
      {
        v: 100,
        numFmt: '0.0',
      },
      {
        v: 99.9,
        numFmt: '0.0',
      },
      {
        v: 0.1,
        numFmt: '0.0',
      },
    ],
    [
      '残疾儿童少年入学率',
      '%',
      {
        v: 97.3,
        numFmt: '0.0',
      },
      {
        v: 97.9,
        numFmt: '0.0',
      },
      {
        v: -0.6,
        numFmt: '0.0',
      },
    ],
    [
      '高中阶段毛入学率',
      '%',
      {
        v: 95.3,
        numFmt: '0.0',
      },
      {
        v: 96,
        numFmt: '0.0',
      },
      {
        v: -0.7,
        numFmt: '0.0',
      },
    ],
    [
      '初中生师比',
      '',
      {
        v: 13.7,
        numFmt: '0.0',
      },
      {
        v: 13.3,
        numFmt: '0.0',
      },
      {
        v: 0.4,
        numFmt: '0.0',
      },
    ],
    [],
    ['注：民办学校数据包含在合计中。'],
    ['填表说明：统计时点为当年9月1日。'],
  ],
  merges: ['A1:E1'],
  plant: {
    address: 'E4',
    value: 3.4,
  },
};

const peopleAfterOfWhich: CaseSheet = {
  name: '季度汇总',
  rows: [
    ['吉山区2022年非公企业党建工作分季度汇总表'],
    [
      '季度',
      '新建党组织数',
      '其中：规上企业',
      '新发展党员',
      '新确定发展对象',
      '期末应建数',
      '期末已建数',
      '期末覆盖率（%）',
      '比上季度增减（百分点）',
    ],
    [
      '一季度',
      {
        v: 14,
        numFmt: '0',
      },
      {
        v: 4,
        numFmt: '0',
      },
      {
        v: 7,
        numFmt: '0',
      },
      {
        v: 20,
        numFmt: '0',
      },
      {
        v: 530,
        numFmt: '0',
      },
      {
        v: 359,
        numFmt: '0',
      },
      '67.74',
      {
        v: 8.49,
        numFmt: '0.00',
      },
    ],
    [
      '二季度',
      {
        v: 21,
        numFmt: '0',
      },
      {
        v: 7,
        numFmt: '0',
      },
      {
        v: 15,
        numFmt: '0',
      },
      {
        v: 41,
        numFmt: '0',
      },
      {
        v: 533,
        numFmt: '0',
      },
      {
        v: 379,
        numFmt: '0',
      },
      {
        v: 71.11,
        numFmt: '0.00',
      },
      {
        v: 3.37,
        numFmt: '0.00',
      },
    ],
    [
      '年初至今',
      '35',
      {
        v: 11,
        numFmt: '0',
      },
      '22',
      '61',
      '533',
      {
        v: 379,
        numFmt: '0',
      },
      '71.11',
      '—',
    ],
    [],
    [
      '注：应建指有3名以上正式党员、应单独建立党组织的企业及纳入联合党组织覆盖范围的企业。已建含单独组建和联合组建。期末应建数、期末已建数、期末覆盖率为时点数，合计行填报最后一个季度末数据。',
    ],
  ],
  merges: ['A1:I1'],
  plant: {
    address: 'C4',
    value: 27,
  },
};

describeCaseBook('round-118', [growthOrPointsInOneColumn, peopleAfterOfWhich]);

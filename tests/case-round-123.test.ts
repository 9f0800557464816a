import { describeCaseBook, type CaseSheet } from './helpers/case-book';

/**
 * Issue 9, round 123 (written by outside testers who had not written statlint; the sheet below is theirs, copied from
 * /tmp/round123a, with the figures they generated). 123A, party building in internet platform companies (互联网企业、
 * 平台经济党建):
 * - 党组织数 over 合计 | 党委 | 党总支 | 党支部 | 单独建 | 联合建: 党委 + 党总支 + 党支部 is 合计 by level, not 单独建; the rule
 *   own-organisations-sum fails on the two rows with joint organisations, each where the three add up to 合计, and
 *   holds on the others only because 单独建 is 合计 there: refuted by the figures, not reported (123A h1_33_085).
 */
const twoBreakdownsOfOrganisations: CaseSheet = {
  name: '互联网企业党建',
  rows: [
    ['金华市2020年互联网平台企业党建工作情况（分地区）'],
    [
      '地 区',
      '平台企业数（个）',
      '已建党组织企业数（个）',
      '党组织覆盖率(%)',
      '从业人员',
      null,
      null,
      '党员占从业人员比重（‰）',
      '党组织数',
      null,
      null,
      null,
      null,
      null,
      '党建指导员（名）',
      '党建工作经费（万元）',
    ],
    [
      null,
      null,
      null,
      null,
      '合计（人）',
      '其中：党员（人）',
      '入党积极分子（人）',
      null,
      '合计（个）',
      '党委（个）',
      '党总支（个）',
      '党支部（个）',
      '单独建（个）',
      '联合建（个）',
    ],
    [
      '全市合计',
      {
        v: 747,
        numFmt: '0',
      },
      {
        v: 520,
        numFmt: '0',
      },
      {
        v: 69.6,
        numFmt: '0.0',
      },
      {
        v: 147906,
        numFmt: '0',
      },
      {
        v: 7278,
        numFmt: '0',
      },
      {
        v: 720,
        numFmt: '0',
      },
      '49.2',
      {
        v: 55,
        numFmt: '0',
      },
      {
        v: 5,
        numFmt: '0',
      },
      {
        v: 3,
        numFmt: '0',
      },
      {
        v: 47,
        numFmt: '0',
      },
      {
        v: 47,
        numFmt: '0',
      },
      {
        v: 8,
        numFmt: '0',
      },
      {
        v: 99,
        numFmt: '0',
      },
      {
        v: 262.9,
        numFmt: '0.0',
      },
    ],
    [
      {
        v: '婺城区',
        indent: 1,
      },
      {
        v: 193,
        numFmt: '0',
      },
      {
        v: 78,
        numFmt: '0',
      },
      {
        v: 40.4,
        numFmt: '0.0',
      },
      {
        v: 35749,
        numFmt: '0',
      },
      {
        v: 913,
        numFmt: '0',
      },
      {
        v: 53,
        numFmt: '0',
      },
      {
        v: 25.5,
        numFmt: '0.0',
      },
      {
        v: 19,
        numFmt: '0',
      },
      {
        v: 3,
        numFmt: '0',
      },
      {
        v: 3,
        numFmt: '0',
      },
      {
        v: 13,
        numFmt: '0',
      },
      {
        v: 19,
        numFmt: '0',
      },
      {
        v: 0,
        numFmt: '0',
      },
      {
        v: 38,
        numFmt: '0',
      },
      {
        v: 147,
        numFmt: '0.0',
      },
    ],
    [
      {
        v: '金东区',
        indent: 1,
      },
      {
        v: 215,
        numFmt: '0',
      },
      {
        v: 176,
        numFmt: '0',
      },
      {
        v: 81.9,
        numFmt: '0.0',
      },
      {
        v: 56736,
        numFmt: '0',
      },
      {
        v: 2779,
        numFmt: '0',
      },
      {
        v: 239,
        numFmt: '0',
      },
      {
        v: 49,
        numFmt: '0.0',
      },
      {
        v: 18,
        numFmt: '0',
      },
      {
        v: 2,
        numFmt: '0',
      },
      {
        v: 0,
        numFmt: '0',
      },
      {
        v: 16,
        numFmt: '0',
      },
      {
        v: 10,
        numFmt: '0',
      },
      {
        v: 8,
        numFmt: '0',
      },
      {
        v: 18,
        numFmt: '0',
      },
      {
        v: 42.4,
        numFmt: '0.0',
      },
    ],
    [
      {
        v: '义乌市',
        indent: 1,
      },
      {
        v: 339,
        numFmt: '0',
      },
      '266',
      {
        v: 78.5,
        numFmt: '0.0',
      },
      {
        v: 55421,
        numFmt: '0',
      },
      {
        v: 3586,
        numFmt: '0',
      },
      {
        v: 428,
        numFmt: '0',
      },
      {
        v: 64.7,
        numFmt: '0.0',
      },
      {
        v: 18,
        numFmt: '0',
      },
      '-',
      {
        v: 0,
        numFmt: '0',
      },
      {
        v: 18,
        numFmt: '0',
      },
      {
        v: 18,
        numFmt: '0',
      },
      '-',
      {
        v: 43,
        numFmt: '0',
      },
      {
        v: 73.4,
        numFmt: '0.0',
      },
    ],
  ],
  merges: ['A1:P1', 'E2:G2', 'I2:N2', 'A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'H2:H3', 'O2:O3', 'P2:P3'],
  plant: {
    address: 'D6',
    value: 91.9,
  },
};

describeCaseBook('round-123', [twoBreakdownsOfOrganisations]);

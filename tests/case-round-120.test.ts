import { describeCaseBook, type CaseSheet } from './helpers/case-book';

/**
 * Issue 9, round 120 (written by outside testers who had not written statlint; the sheets below are theirs, copied
 * from /tmp/round120a and /tmp/round120b, with the figures they generated). 120A, trade unions, youth league and
 * women's federations in non-public enterprises and social organisations (工会、共青团、妇联组建); 120B, science and
 * technology (科技活动、研发投入):
 * - 总计 | 非公有制企业 (one level in) | 规模以上企业 (two) | #外商投资企业 (flush left) | 规模以下企业 (two) | 社会组织 (one):
 *   a `#` row typed shallower than the row above it is that row's part, and the rows after it at that row's depth are its siblings, not more of
 *   its run (120A cases_009).
 * - 合计 | 其中：基础研究 | 企业 | 研究与开发机构 | 高等学校 | 其他, the performers' blanks typed as —: the columns after
 *   the 其中 column add up to 合计 with their dashes as 0, so they are its breakdown, not more of the 其中 list (120B
 *   h2_086).
 * - R&D人员 合计 | 其中：女性 | 研究人员: a sex beside an occupation cuts across it; their sum is not held to the whole
 *   (120B h1_001).
 */
const shallowMarkedRow: CaseSheet = {
  name: '按规模分',
  rows: [
    ['2021年非公有制企业和社会组织妇联组织组建情况（按企业规模分）'],
    ['分类', '应建妇联组织数（个）', '已建妇联组织数（个）', '覆盖率（%）', '本年新建（个）', '妇联执委人数（人）'],
    [
      '总计',
      2854,
      2349,
      {
        v: 82.31,
        numFmt: '0.00',
      },
      '183',
      57497,
    ],
    [
      '　非公有制企业',
      2154,
      1865,
      {
        v: 86.58,
        numFmt: '0.00',
      },
      162,
      51205,
    ],
    [
      '　　规模以上企业',
      1957,
      1745,
      {
        v: 89.17,
        numFmt: '0.00',
      },
      151,
      50605,
    ],
    [
      '#外商投资企业',
      329,
      116,
      {
        v: 35.26,
        numFmt: '0.00',
      },
      19,
      3596,
    ],
    [
      '　　规模以下企业',
      197,
      120,
      {
        v: 60.91,
        numFmt: '0.00',
      },
      11,
      600,
    ],
    [
      '　社会组织',
      700,
      484,
      {
        v: 69.14,
        numFmt: '0.00',
      },
      21,
      6292,
    ],
  ],
  merges: ['A1:F1'],
  plant: {
    address: 'B7',
    value: 297,
  },
};

const dashesInMembersAfterOfWhich: CaseSheet = {
  name: 'R&D经费',
  rows: [
    ['2022年各县（市、区）R&D经费内部支出情况'],
    ['地 区', 'R&D经费内部支出'],
    [null, '合计(万元)', '其中：基础研究(万元)', '企业(万元)', '研究与开发机构(万元)', '高等学校(万元)', '其他(万元)'],
    [
      {
        v: '白河县',
        indent: 1,
      },
      {
        v: 92861,
        numFmt: '0',
      },
      {
        v: 4301,
        numFmt: '#,##0',
      },
      {
        v: 89040,
        numFmt: '#,##0',
      },
      {
        v: 3032,
        numFmt: '#,##0',
      },
      '—',
      {
        v: 789,
        numFmt: '#,##0',
      },
    ],
    [
      {
        v: '临江县',
        indent: 1,
      },
      {
        v: 23917,
        numFmt: '0',
      },
      {
        v: 1478,
        numFmt: '0',
      },
      {
        v: 17775,
        numFmt: '0',
      },
      '—',
      {
        v: 5877,
        numFmt: '0',
      },
      {
        v: 265,
        numFmt: '0',
      },
    ],
    [
      {
        v: '云溪县',
        indent: 1,
      },
      {
        v: 84419,
        numFmt: '#,##0',
      },
      {
        v: 3022,
        numFmt: '#,##0',
      },
      {
        v: 75147,
        numFmt: '0',
      },
      {
        v: 8324,
        numFmt: '0',
      },
      {
        v: 506,
        numFmt: '#,##0',
      },
      {
        v: 442,
        numFmt: '0',
      },
    ],
    [
      {
        v: '安平县',
        indent: 1,
      },
      {
        v: 81301,
        numFmt: '0',
      },
      {
        v: 3034,
        numFmt: '0',
      },
      {
        v: 80323,
        numFmt: '#,##0',
      },
      '—',
      {
        v: 679,
        numFmt: '0',
      },
      {
        v: 299,
        numFmt: '#,##0',
      },
    ],
    [
      {
        v: '青山县',
        indent: 1,
      },
      {
        v: 73079,
        numFmt: '#,##0',
      },
      {
        v: 3171,
        numFmt: '#,##0',
      },
      {
        v: 73079,
        numFmt: '0',
      },
      '—',
      '—',
      '—',
    ],
    [
      '全市合计',
      {
        v: 355577,
        numFmt: '#,##0',
      },
      {
        v: 15006,
        numFmt: '#,##0',
      },
      {
        v: 335364,
        numFmt: '0',
      },
      {
        v: 11356,
        numFmt: '0',
      },
      {
        v: 7062,
        numFmt: '#,##0',
      },
      {
        v: 1795,
        numFmt: '0',
      },
    ],
    [],
    ['注：本表统计范围为全社会R&D活动单位。'],
  ],
  merges: ['A1:G1', 'B2:G2', 'A2:A3'],
  plant: {
    address: 'D5',
    value: 18775,
  },
};

const womenBesideResearchers: CaseSheet = {
  name: 'R&D人员',
  rows: [
    ['表2  2022年R&D人员情况'],
    ['项目', 'R&D人员', null, null, 'R&D人员全时当量', null, '研究人员占比(%)'],
    [null, '合计(人)', '其中：女性(人)', '研究人员(人)', '合计(人年)', '其中：研究人员(人年)'],
    ['甲', 1, 2, 3, 4, 5, 6],
    [
      '全市',
      {
        v: 120685,
        numFmt: '0',
      },
      {
        v: 48926,
        numFmt: '0',
      },
      {
        v: 64572,
        numFmt: '0',
      },
      {
        v: 77305,
        numFmt: '0',
      },
      {
        v: 45357,
        numFmt: '0',
      },
      {
        v: 53.5,
        numFmt: '0.0',
      },
    ],
    [
      {
        v: '企业',
        indent: 1,
      },
      {
        v: 43180,
        numFmt: '#,##0',
      },
      {
        v: 15085,
        numFmt: '0',
      },
      {
        v: 25918,
        numFmt: '#,##0',
      },
      {
        v: 35994,
        numFmt: '#,##0',
      },
      {
        v: 23434,
        numFmt: '0',
      },
      {
        v: 60,
        numFmt: '0.0',
      },
    ],
    [
      {
        v: '#规模以上工业企业',
        indent: 2,
      },
      '35037',
      {
        v: 11352,
        numFmt: '0',
      },
      {
        v: 21449,
        numFmt: '0',
      },
      {
        v: 28775,
        numFmt: '#,##0',
      },
      {
        v: 17956,
        numFmt: '0',
      },
      {
        v: 61.2,
        numFmt: '0.0',
      },
    ],
    [
      {
        v: '研究与开发机构',
        indent: 1,
      },
      {
        v: 36555,
        numFmt: '#,##0',
      },
      {
        v: 15710,
        numFmt: '#,##0',
      },
      {
        v: 12096,
        numFmt: '#,##0',
      },
      {
        v: 19208,
        numFmt: '#,##0',
      },
      {
        v: 12096,
        numFmt: '#,##0',
      },
      {
        v: 33.1,
        numFmt: '0.0',
      },
    ],
    [
      {
        v: '高等学校',
        indent: 1,
      },
      {
        v: 40290,
        numFmt: '#,##0',
      },
      {
        v: 17885,
        numFmt: '0',
      },
      {
        v: 26351,
        numFmt: '#,##0',
      },
      {
        v: 21644,
        numFmt: '#,##0',
      },
      {
        v: 9620,
        numFmt: '#,##0',
      },
      {
        v: 65.4,
        numFmt: '0.0',
      },
    ],
    [
      {
        v: '其他',
        indent: 1,
      },
      {
        v: 660,
        numFmt: '#,##0',
      },
      '246',
      {
        v: 207,
        numFmt: '#,##0',
      },
      {
        v: 459,
        numFmt: '0',
      },
      {
        v: 207,
        numFmt: '0',
      },
      {
        v: 31.4,
        numFmt: '0.0',
      },
    ],
    [],
    ['注：全时当量指全时人员数加非全时人员按工作量折算为全时人员数的总和。'],
  ],
  merges: ['A1:G1', 'B2:D2', 'E2:F2', 'A2:A3', 'G2:G3'],
  plant: {
    address: 'D8',
    value: 13096,
  },
};

describeCaseBook('round-120', [shallowMarkedRow, dashesInMembersAfterOfWhich, womenBesideResearchers]);

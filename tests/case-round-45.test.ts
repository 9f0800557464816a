import { describeCaseBook, type CaseRow } from './helpers/case-book';

/**
 * Issue 9, rounds 44 and 45 (/tmp/round44b, /tmp/round45b, written by outside testers who had not seen statlint):
 * enterprise lists as reporting systems export them, page by page (a page line and the header again inside a town's
 * rows) or town by town with a 小计 under each; and a table of two years' blocks with 增减 and 增长(%) blocks, each
 * block's name typed once above its rows.
 */

const header = ['序号', '所属乡镇', '企业名称', '从业人员', '党员人数', '是否建立党组织'];
type Firm = [string, number, number, string];
const towns: [string, Firm[]][] = [
  [
    '城关镇',
    [
      ['博远机械股份有限公司', 28, 0, '否'],
      ['恒通医药有限公司', 111, 0, '否'],
      ['汇丰建筑工程有限责任公司', 404, 12, '是'],
      ['聚力医药有限公司', 231, 12, '是'],
    ],
  ],
  [
    '东关镇',
    [
      ['锦程印务有限公司', 300, 24, '是'],
      ['恒通化工实业有限公司', 381, 4, '是'],
      ['天成机械有限公司', 398, 9, '是'],
    ],
  ],
  [
    '西河乡',
    [
      ['汇丰环保科技有限公司', 89, 7, '是'],
      ['博远汽车服务股份有限公司', 181, 6, '是'],
      ['恒通医药实业有限公司', 93, 7, '是'],
      ['佳美建筑工程有限责任公司', 25, 2, '否'],
      ['华鑫服装有限责任公司', 155, 4, '是'],
    ],
  ],
  [
    '南山镇',
    [
      ['瑞丰化工股份有限公司', 136, 10, '是'],
      ['隆鑫商贸实业有限公司', 292, 0, '否'],
      ['博远服装股份有限公司', 314, 17, '是'],
    ],
  ],
];

/** The list town by town, a 小计 under each, a 合计 of the 小计 rows; `pageAfter` firms, a page line and the header. */
function ledger(pageAfter?: number): CaseRow[] {
  const rows: CaseRow[] = [
    ['非公有制企业党组织覆盖情况明细表'],
    ['统计时间：2024年12月31日', null, null, null, null, '单位：人'],
  ];
  rows.push(header);
  let n = 0;
  const total = [0, 0];
  for (const [town, firms] of towns) {
    const sub = [0, 0];
    for (const [name, staff, members, built] of firms) {
      rows.push([++n, town, `某县${name}`, staff, members, built]);
      sub[0] += staff;
      sub[1] += members;
      if (n === pageAfter) rows.push(['第 1 页 共 2 页'], header);
    }
    rows.push([null, `${town}小计`, null, sub[0], sub[1]]);
    total[0] += sub[0];
    total[1] += sub[1];
  }
  rows.push([null, '合计', null, total[0], total[1]], ['第 2 页 共 2 页']);
  return rows;
}

// Two years' blocks, then 增减 and 增长(%) blocks of the same indicators, each block's name typed on its first row only.
const yearBlocks: CaseRow[] = [
  ['两年对比表'],
  [],
  ['年份', '指标', '合计', '柳林镇', '石门乡', '清水镇', '白马乡', '龙泉镇', '杨家庄乡'],
  ['2023年', '企业数', 446, 47, 129, 79, 117, 50, 24],
  [null, '已建立党组织企业数', 259, 43, 51, 44, 81, 30, 10],
  [null, '党组织覆盖率(%)', 58.1, 91.5, 39.5, 55.7, 69.2, 60, 41.7],
  [null, '党员数', 1751, 240, 453, 118, 680, 186, 74],
  [null, '  其中：女党员', 337, 107, 129, 18, 61, 2, 20],
  ['2024年', '企业数', 493, 55, 137, 84, 123, 62, 32],
  [null, '已建立党组织企业数', 278, 45, 54, 44, 87, 34, 14],
  [null, '党组织覆盖率(%)', 56.4, 81.8, 39.4, 52.4, 70.7, 54.8, 43.8],
  [null, '党员数', 1852, 249, 458, 141, 692, 215, 97],
  [null, '  其中：女党员', 360, 111, 131, 23, 65, 6, 24],
  ['增减', '企业数', 47, 8, 8, 5, 6, 12, 8],
  [null, '已建立党组织企业数', 19, 2, 3, 0, 6, 4, 4],
  [null, '党员数', 101, 9, 5, 23, 12, 29, 23],
  [null, '  其中：女党员', 23, 4, 2, 5, 4, 4, 4],
  ['增长(%)', '企业数', 10.5, 17, 6.2, 6.3, 5.1, 24, 33.3],
  [null, '已建立党组织企业数', 7.3, 4.7, 5.9, 0, 7.4, 13.3, 40],
  [null, '党员数', 5.8, 3.8, 1.1, 19.5, 1.8, 15.6, 31.1],
  [null, '  其中：女党员', 6.8, 3.7, 1.6, 27.8, 6.6, 200, 20],
];

// A village table whose 人口 column has no unit: a number of people (peopleEndings), summed by the 合计 as a count is;
// the figures alone, one column, could not say so.
const villageRows: CaseRow[] = [
  ['城关镇各村人口'],
  ['村名', '人口', '人均纯收入（元）'],
  ['东街村', 1386, 15820],
  ['西街村', 1297, 16240],
  ['南关村', 1004, 14310],
  ['北关村', 1733, 15570],
  ['柳河村', 802, 13980],
  ['合计', 6222, 15300],
];

describe('rounds 44 and 45: exported lists with subtotals and page breaks, blocks of years and changes', () => {
  // Town by town: 小计 on rows 8, 12, 18 and 22, 合计 on 23. Paged after the ninth firm: 西河乡's first two firms on rows
  // 13–14, the page line and the header again on 15–16, its other three on 17–19 and its 小计 on 20.
  describeCaseBook('企业明细', [
    { name: '按乡镇小计', rows: ledger(), plant: { address: 'D23', value: 3148 } },
    { name: '分页导出', rows: ledger(9), plant: { address: 'E20', value: 29 } },
    { name: '两年对比', rows: yearBlocks, merges: ['A1:I1'], plant: { address: 'C9', value: 503 } },
    { name: '村人口', rows: villageRows, plant: { address: 'B8', value: 6242 } },
  ]);
});

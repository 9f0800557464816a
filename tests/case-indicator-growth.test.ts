import { caseFindings, describeCaseBook, errorsOn, writeCaseBook, type CaseSheet } from './helpers/case-book';

/**
 * Issue 9, round 34: the main-indicator tables of county communiqués (an outside tester's, /tmp/round34-a files 38
 * and 39). Growth of 地区生产总值 and of each industry's 增加值 is published at comparable prices, with or without a
 * note saying so, and is not the change of the current-price figures shown: before, the table without a note raised
 * four errors on it. The other rows' growth is nominal and is checked: a note naming the rows it speaks of no longer
 * turns off the whole table's growth checks, and a table stating each row's unit (in a 计量单位 column or in its labels'
 * brackets) has its 增长（%） checked against 2023年 and 2024年 where its rows confirm it.
 */

const rows = (growth: (number | string)[]) => [
  ['地区生产总值', '亿元', 242.93, 223.12, growth[0]],
  ['  第一产业增加值', '亿元', 21.25, 21.02, growth[1]],
  ['  第二产业增加值', '亿元', 101.05, 90.34, growth[2]],
  ['  第三产业增加值', '亿元', 120.63, 111.76, growth[3]],
  ['规模以上工业增加值', '亿元', '—', '—', 8],
  ['固定资产投资', '亿元', 138.07, 129.79, 6.4],
  ['社会消费品零售总额', '亿元', 83.69, 78.28, 6.9],
  ['一般公共预算收入', '万元', 137951, 129509, 6.5],
  ['  其中：税收收入', '万元', 94593, 90698, 4.3],
  ['金融机构人民币各项存款余额', '亿元', 313.5, 292.46, 7.2],
  ['  其中：住户存款', '亿元', 217.94, 204.91, 6.4],
  ['进出口总额', '万美元', 105339, 97547, 8],
  ['  其中：出口', '万美元', 79709, 71509, 11.5],
  ['        进口', '万美元', 25630, 26038, -1.6],
];

/** 本年 | 上年, no note: the industries' real growth (3.9, 7.8, 6.1) is not their nominal (1.1, 11.9, 7.9). */
const unnoted: CaseSheet = {
  name: '本年上年',
  rows: [
    ['桃江县2024年国民经济主要指标'],
    ['指标', '计量单位', '本年', '上年', '增长（%）'],
    ...rows([6.6, 3.9, 7.8, 6.1]),
  ],
  merges: ['A1:E1'],
  // 社会消费品零售总额's growth typed from another row.
  plant: { address: 'E9', value: 9.1 },
};

/** 2024年 | 2023年 in the units each row states, with a note naming the rows at comparable prices. */
const noted: CaseSheet = {
  name: '两年',
  rows: [
    ['长丰县2024年国民经济主要指标'],
    ['指标', '计量单位', '2024年', '2023年', '增长（%）'],
    ...rows([6.6, 3.9, 7.8, 6.1]),
    ['注：地区生产总值、各产业增加值及规模以上工业增加值增速按可比价格计算，绝对数按现价计算。'],
  ],
  merges: ['A1:E1'],
  plant: { address: 'E12', value: 2.5 },
};

/** 02: each row's unit in its label's bracket, no 计量单位 column, 2023年 before 2022年 and a 比上年增长（%）. */
const bracketed: CaseSheet = {
  name: '单位在括号',
  rows: [
    ['南川市2023年国民经济主要指标'],
    ['指标', '2023年', '2022年', '比上年增长（%）'],
    ['地区生产总值（亿元）', 614.12, 567.9, 5.8],
    ['  第一产业增加值（亿元）', 50.77, 51.01, 3.5],
    ['  第二产业增加值（亿元）', 227.09, 206.47, 5.8],
    ['  第三产业增加值（亿元）', 336.26, 310.42, 6.1],
    ['固定资产投资（亿元）', 402.84, 373.43, 7.9],
    ['社会消费品零售总额（亿元）', 230.31, 214.93, 7.2],
    ['一般公共预算收入（万元）', 348908, 330018, 5.7],
    ['  其中：税收收入（万元）', 260002, 239800, 8.4],
    ['金融机构人民币各项存款余额（亿元）', 767.46, 716.62, 7.1],
    ['金融机构人民币各项贷款余额（亿元）', 504.99, 472.84, 6.8],
    ['进出口总额（万美元）', 159396, 158901, 0.3],
    ['年末常住人口（万人）', 124.61, 125.08, '—'],
    ['常住人口城镇化率（%）', 48.17, 47.45, '—'],
  ],
  merges: ['A1:D1'],
  plant: { address: 'D9', value: -0.7 },
};

describe('round 34: growth at comparable prices beside nominal growth', () => {
  describeCaseBook('主要指标', [unnoted, noted, bracketed]);

  test('growth that matches no row of the figures, each row in its own unit, is not checked', async () => {
    const real: CaseSheet = {
      ...noted,
      name: '实际增长',
      rows: noted.rows.map((r) => (typeof r[4] === 'number' ? [...r.slice(0, 4), r[4] - 1.3] : r)),
    };
    expect(errorsOn(await caseFindings(await writeCaseBook('实际增长', [real], false)), real.name)).toEqual([]);
  });
});

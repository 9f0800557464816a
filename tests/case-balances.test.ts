import { caseFindings, describeCaseBook, errorsOn, shownTo, writeCaseBook, type CaseSheet } from './helpers/case-book';

/**
 * Balances the headers state (inference.openingWords, closingWords, increaseWords, decreaseWords): a closing stock is
 * the opening one plus what was added, less what was taken away (年末人数 = 上年末人数 + 本年转入 − 本年转出), on each
 * row. A figure that breaks it on one row is that row's, not the total's: before, a wrong 年末人数 of one town was
 * blamed on the 合计 over it, which only the column's sum could see.
 */

const TOWNS = [
  '城关镇',
  '东城街道',
  '西城街道',
  '南湖乡',
  '北山镇',
  '河口镇',
  '新华街道',
  '太平乡',
  '红旗镇',
  '青山乡',
];

/** Deterministic figures (a linear congruential generator), as a clean sheet's. */
function figures(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

/** Each town's opening, flows and closing, with their 合计 first: [opening, ...added, ...taken, closing]. */
function balanceRows(seed: number, added: number, taken: number, scale = 1): number[][] {
  const next = figures(seed);
  const rows = TOWNS.map(() => {
    const opening = Math.round((200 + next() * 800) * scale);
    const ups = Array.from({ length: added }, () => Math.round(next() * 60 * scale));
    const downs = Array.from({ length: taken }, () => Math.round(next() * 40 * scale));
    const closing = opening + ups.reduce((s, v) => s + v, 0) - downs.reduce((s, v) => s + v, 0);
    return [opening, ...ups, ...downs, closing];
  });
  const total = rows[0].map((_, i) => rows.reduce((s, r) => s + r[i], 0));
  return [total, ...rows];
}

// Spellings no declared rule binds: 上年末人数 | 本年转入 | 本年转出 | 年末人数; the plant is a town's 年末人数.
const transfers = balanceRows(7, 1, 1);
const membersMoved: CaseSheet = {
  name: '党员变动',
  rows: [
    ['2025年党员组织关系转接情况'],
    ['单位：名'],
    ['地区', '上年末人数', '本年转入', '本年转出', '年末人数'],
    ...transfers.map((r, i) => [i === 0 ? '合计' : TOWNS[i - 1], ...r]),
  ],
  merges: ['A1:E1'],
  plant: { address: 'E8', value: transfers[4][3] + 10 },
};

// A fund's balance in 万元 to two decimals: 期初结余 | 收入 | 支出 | 期末结余; the plant is a town's 收入.
const fund = balanceRows(11, 1, 1, 100).map((r) => r.map((v) => v / 100));
const fundSheet: CaseSheet = {
  name: '基金收支',
  rows: [
    ['2025年党费收支情况'],
    ['单位：万元'],
    ['单位', '期初结余', '本年收入', '本年支出', '期末结余'],
    ...fund.map((r, i) => [i === 0 ? '合计' : TOWNS[i - 1], ...r.map((v) => shownTo(v, 2))]),
  ],
  merges: ['A1:E1'],
  plant: { address: 'C10', value: fund[6][1] + 1.5 },
};

// Flows broken down under their own 小计 (转入 / 小计 | 省内 | 省外), the closing first; the plant is a town's 期末人数. The
// balance over the 小计 holds, over their parts too; over one part alone it does not.
const broken = balanceRows(23, 2, 2);
const withParts = broken.map(([opening, a, b, c, d, closing]) => [closing, opening, a + b, a, b, c + d, c, d]);
const breakdown: CaseSheet = {
  name: '转接明细',
  rows: [
    ['2025年流动党员组织关系转接情况'],
    ['单位：人'],
    ['地区', '期末人数', '期初人数', '本期转入', null, null, '本期转出'],
    [null, null, null, '小计', '省内', '省外', '小计', '省内', '省外'],
    ...withParts.map((r, i) => [i === 0 ? '合计' : TOWNS[i - 1], ...r]),
  ],
  merges: ['A1:I1', 'A3:A4', 'B3:B4', 'C3:C4', 'D3:F3', 'G3:I3'],
  plant: { address: 'B8', value: withParts[3][0] - 5 },
};

// Towns as columns, the stocks and flows as rows, 合计 first; the plant is a town's 期末人数.
const across = balanceRows(31, 1, 1);
const transposed: CaseSheet = {
  name: '分镇',
  rows: [
    ['2025年各镇党员转接情况'],
    ['项目', '合计', ...TOWNS],
    ...['期初人数', '本期转入', '本期转出', '期末人数'].map((label, i) => [label, ...across.map((r) => r[i])]),
  ],
  merges: ['A1:L1'],
  plant: { address: 'F6', value: across[4][3] - 20 },
};

// 户籍人口 over births, deaths and migration, terms of both signs interleaved; the plant is a town's 年末户籍人口.
const population = balanceRows(41, 2, 2, 10).map(([opening, born, arrived, died, left, closing]) => [
  opening,
  born,
  died,
  arrived,
  left,
  closing,
]);
const householdSheet: CaseSheet = {
  name: '户籍人口',
  rows: [
    ['2025年户籍人口变动情况'],
    ['单位：人'],
    ['地区', '年初户籍人口', '出生', '死亡', '迁入', '迁出', '年末户籍人口'],
    ...population.map((r, i) => [i === 0 ? '合计' : TOWNS[i - 1], ...r]),
  ],
  merges: ['A1:G1'],
  plant: { address: 'G12', value: population[8][5] + 100 },
};

describe('balances by their headers: closing = opening + added − taken', () => {
  describeCaseBook('结余', [membersMoved, fundSheet, breakdown, transposed, householdSheet]);
});

describe('a balance the figures do not bear out is no relation', () => {
  // 年末人数 also counts adjustments the table does not list, on half the towns: the headers' balance is refused.
  const adjusted = transfers.map((r, i) => (i > 0 && i % 2 === 0 ? [...r.slice(0, 3), r[3] + i] : r));
  adjusted[0] = adjusted[0].map((_, c) => adjusted.slice(1).reduce((s, r) => s + r[c], 0));
  const unlisted: CaseSheet = {
    ...membersMoved,
    name: '调整',
    rows: [...membersMoved.rows.slice(0, 3), ...adjusted.map((r, i) => [i === 0 ? '合计' : TOWNS[i - 1], ...r])],
  };

  test('no finding where the closing also holds what no column lists', async () => {
    const findings = await caseFindings(await writeCaseBook('调整', [unlisted], false));
    expect(errorsOn(findings, '调整')).toEqual([]);
  });
});
